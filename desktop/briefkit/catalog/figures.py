"""The figures and dates a text states, so that a translation can be held to the English ones.

"400,000", "400 000" and "400 000" are one number; "2,5" in Russian is "2.5" in English;
"5 June 2016", "5 июня 2016 г." and "2016 жылғы 5 маусым" are one date (its day and year as
numbers, its month as a month); a number written in words ("two", "двух", "екі") stands for
the same number in digits on the other side. Placeholders, ``[@id]`` citations, record ids and
web addresses are not figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from briefkit.catalog.language import Language

NOT_TEXT = re.compile(r"\{[^{}]*\}|\[@[^\]]*\]|https?://\S+|www\.\S+")
"""Placeholders, ``[@id]`` citations and web addresses: not a text's words or figures."""
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*|[^\W\d_]+")
_GROUP_MARKS = frozenset(",\u00a0\u202f ")
_NEAR = 3
"""How many words from a number (or from another month of a date) a month name is part of a
date."""

_WORDS_EN = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_WORDS_RU = (  # from five: the stems of пять, пяти, пятью
    "пят", "шест", "сем", "восем", "девят", "десят", "одиннадцат",
    "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
    "восемнадцат", "девятнадцат", "двадцат",
)  # fmt: skip
_RU_FORMS = {
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"),
    2: ("два", "две", "двух", "двум", "двумя", "двое", "двоих"),
    3: ("три", "трёх", "трех", "трём", "трем", "тремя", "трое", "троих"),
    4: ("четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя", "четверо"),
    8: ("восемь", "восьми", "восемью", "восьмью"),
}
_WORDS_KK = (
    "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "он_бір",
    "он_екі", "он_үш", "он_төрт", "он_бес", "он_алты", "он_жеті", "он_сегіз", "он_тоғыз",
    "жиырма",
)  # fmt: skip
_KK_GROUPS = {2: "екеу", 3: "үшеу", 4: "төртеу", 5: "бесеу", 6: "алтау", 7: "жетеу"}


def _number_words() -> dict[str, int]:
    """Each word form of the numbers one to twenty in English, Russian and Kazakh."""
    words = {w: n for n, w in enumerate(_WORDS_EN, 1)}
    words |= {w.replace("_", " "): n for n, w in enumerate(_WORDS_KK, 1)}
    for n, stem in enumerate(_WORDS_RU, 5):
        words |= {stem + ending: n for ending in ("ь", "и", "ью")}
    for n, forms in _RU_FORMS.items():
        words |= dict.fromkeys(forms, n)
    for n, group in ((4, "четвер"), (5, "пятер"), (6, "шестер"), (7, "семер")):
        words |= {group + ending: n for ending in ("о", "ых", "ым", "ыми")}
    for n, group in _KK_GROUPS.items():
        words |= {group + e: n for e in ("", "і", "ін", "ы", "ын", "міз", "мыз")}  # екеуі
    return words


NUMBER_WORDS = _number_words()
"""Number words (lower case) and their values; two-word Kazakh ones with a space."""


@dataclass(frozen=True)
class Figures:
    """What a text states: numbers in digits, numbers in words, and months of dates."""

    numbers: Counter[Decimal]
    words: Counter[Decimal]
    months: Counter[int]
    """The months of dates (names near a number)."""
    named: Counter[int]
    """Every month name, in a date or not ("in July", "шілдеде")."""


def figures_of(
    text: str, language: Language, ids: frozenset[str] = frozenset(), also: Language | None = None
) -> Figures:
    """The numbers, number words and months (1-12) that ``text`` in ``language`` states (with
    ``also``: that language's month names too, as a translation quoting English may write
    them)."""
    clean = NOT_TEXT.sub(" ", text)
    for rid in sorted((i for i in ids if i in clean), key=len, reverse=True):
        clean = clean.replace(rid, " ")
    numbers: Counter[Decimal] = Counter()
    iso = [int(match[2]) for match in _ISO_DAY.finditer(clean)]
    months: Counter[int] = Counter(iso)
    for match in _ISO_DAY.finditer(clean):
        numbers.update((Decimal(match[1]), Decimal(int(match[3]))))
    tokens = _TOKEN.findall(_ISO_DAY.sub(" ", clean))
    words: Counter[Decimal] = Counter()
    stems = _month_stems(language) + (_month_stems(also) if also else ())
    skip = False
    named: dict[int, int] = {}
    for n, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token[0].isdigit():
            numbers.update(_numbers(token, language.decimal))
            continue
        low = token.lower()
        pair = f"{low} {tokens[n + 1].lower()}" if n + 1 < len(tokens) else ""
        if pair in NUMBER_WORDS:
            words[Decimal(NUMBER_WORDS[pair])] += 1
            skip = True
        elif low in NUMBER_WORDS:
            words[Decimal(NUMBER_WORDS[low])] += 1
        month = _month(token, stems)
        if month:
            named[n] = month
    at = [n for n, token in enumerate(tokens) if token[0].isdigit()]
    months.update(named[n] for n in _in_dates(named, at))
    return Figures(numbers, words, months, Counter(iso) + Counter(named.values()))


def _in_dates(named: dict[int, int], numbers: list[int]) -> set[int]:
    """The places of the month names that are part of dates: near a number, or near a month
    name that is ("October to December 2011"); "қазаны" (the death) is not October."""
    found = {n for n in named if any(abs(n - d) <= _NEAR for d in numbers)}
    while True:
        more = {n for n in named if n not in found and any(abs(n - f) <= _NEAR for f in found)}
        if not more:
            return found
        found |= more


def _numbers(token: str, decimal: str) -> Iterator[Decimal]:
    """The numbers a run of digits and marks stands for: "400 000" one number, "2,5" in a
    language with a decimal comma one, "2011 2012" two."""
    parts = re.split(r"([.,\u00a0\u202f ])", token)
    whole, fraction = parts[0], ""
    for mark, digits in zip(parts[1::2], parts[2::2], strict=True):
        if not fraction and mark != decimal and mark in _GROUP_MARKS and len(digits) == 3:
            whole += digits  # a group of thousands
        elif not fraction and mark == decimal:
            fraction = digits
        else:
            yield _value(whole, fraction)
            whole, fraction = digits, ""
    yield _value(whole, fraction)


def _value(whole: str, fraction: str) -> Decimal:
    try:
        return Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation:
        return Decimal(0)


Stem = tuple[str, tuple[str, ...], int]
"""A month's stem, its full names, and its number (negative: a short name, a whole word)."""


def _month_stems(language: Language) -> tuple[Stem, ...]:
    """The language's month names: for each month the part its names share ("январ" of январь
    and января; "маусым"), matched at a word's start, and its short name as a whole word."""
    stems: list[Stem] = []
    for n, forms in enumerate(zip(language.months, language.months_genitive, strict=True), 1):
        stems.append((_shared(forms), forms, n))
        short = language.months_short[n - 1].rstrip(".")
        if short and short not in forms:
            stems.append((short, (short,), -n))
    return tuple(stems)


def _shared(forms: Iterable[str]) -> str:
    first, *rest = forms
    stem = first
    for other in rest:
        while not other.startswith(stem):
            stem = stem[:-1]
    return stem or first


def _month(token: str, stems: tuple[Stem, ...]) -> int:
    """The month (1-12) a word names, or 0. Capitalised names (English) match only as
    written, whole; lower-case ones (Russian, Kazakh) in any case, with any ending (июне,
    маусымда, декабрьские) where the stem has three letters or more, else (май) as one of the
    names, a name with an ending, or the stem and one letter (мае)."""
    for stem, forms, n in stems:
        if stem[:1].isupper():
            if token in forms:
                return abs(n)
            continue
        word = token.lower()
        if n < 0:
            found = word == stem.lower()
        elif len(stem) >= 3:
            found = word.startswith(stem.lower())
        else:
            names = tuple(f.lower() for f in forms)
            found = word.startswith(names) or (len(word) == len(stem) + 1 and word.startswith(stem))
        if found:
            return abs(n)
    return 0


@dataclass(frozen=True)
class Difference:
    """What one text states that the other does not: numbers and month names, as shown."""

    english: tuple[str, ...]
    translated: tuple[str, ...]


def difference(
    english: Figures, translated: Figures, en: Language, lang: Language
) -> Difference | None:
    """What differs between the two texts' figures (a number in words on one side standing
    for the same number in digits on the other, a date's month named on the other side where
    the words are in another order); None when they state the same."""
    only_en = english.numbers - translated.numbers
    only_tr = translated.numbers - english.numbers
    only_en -= translated.words
    only_tr -= english.words
    months_en = english.months - translated.named
    months_tr = translated.months - english.named
    if not (only_en or only_tr or months_en or months_tr):
        return None
    return Difference(_shown(only_en, months_en, en), _shown(only_tr, months_tr, lang))


def _number(language: Language, value: Decimal) -> str:
    """A number as a message shows it: a year as written (2016), others by the language."""
    return (
        str(value)
        if value == value.to_integral_value() and value < 10000
        else language.number(float(value))
    )


def _shown(numbers: Counter[Decimal], months: Counter[int], language: Language) -> tuple[str, ...]:
    values = [_number(language, v) for v in sorted(numbers.elements())]
    return (*values, *(language.months[m - 1] for m in sorted(months.elements())))
