"""Kazakh case endings after a number written in digits: 950-ден, 6-ға, 20-ның, 30 %-дан.

The ending follows the last word of the number as it is spoken (2016: "екі мың он алты", so
"алты": 2016-дан): its vowel harmony (back а о ұ ы or front ә е ө ү і) and its last sound
(a vowel, a nasal м н ң, another voiced sound, ж or з, or a voiceless consonant). A decimal
("2,5": "екі бүтін оннан бес") ends in its fraction's last word; "млн", "млрд" and "%" are
spoken "миллион", "миллиард" and "пайыз".
"""

from __future__ import annotations

import re
from typing import Literal

Case = Literal["abl", "dat", "loc", "gen", "acc", "ins"]
CASES: tuple[Case, ...] = ("abl", "dat", "loc", "gen", "acc", "ins")
"""Ablative (-дан, "from, than"), dative (-ға, "to"), locative (-да, "in"), genitive (-ның,
"of"), accusative (-ны) and instrumental (-мен, "with")."""

Sound = Literal["vowel", "nasal", "voiced", "sibilant", "voiceless"]

_WORDS: dict[str, tuple[bool, Sound]] = {
    # the last word spoken: (front vowels, last sound)
    "нөл": (True, "voiced"),
    "бір": (True, "voiced"),
    "екі": (True, "vowel"),
    "үш": (True, "voiceless"),
    "төрт": (True, "voiceless"),
    "бес": (True, "voiceless"),
    "алты": (False, "vowel"),
    "жеті": (True, "vowel"),
    "сегіз": (True, "sibilant"),
    "тоғыз": (False, "sibilant"),
    "он": (False, "nasal"),
    "жиырма": (False, "vowel"),
    "отыз": (False, "sibilant"),
    "қырық": (False, "voiceless"),
    "елу": (True, "voiced"),
    "алпыс": (False, "voiceless"),
    "жетпіс": (True, "voiceless"),
    "сексен": (True, "nasal"),
    "тоқсан": (False, "nasal"),
    "жүз": (True, "sibilant"),
    "мың": (False, "nasal"),
    "миллион": (False, "nasal"),
    "миллиард": (False, "voiceless"),  # a loanword's final д is said as т: миллиардтан
    "триллион": (False, "nasal"),
    "пайыз": (False, "sibilant"),
}
_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_GROUPS = ("мың", "миллион", "миллиард", "триллион")
_SPOKEN = {"%": "пайыз", "млн": "миллион", "млрд": "миллиард", "мың": "мың"}
"""Signs and short words written after a figure, as they are spoken."""

_ENDINGS: dict[Case, tuple[str, ...]] = {
    # after a vowel, a nasal, another voiced sound, ж or з, a voiceless consonant (the order of
    # ``Sound``); the back-vowel form: the front one swaps а→е, ы→і, ғ→г, қ→к
    "abl": ("дан", "нан", "дан", "дан", "тан"),
    "dat": ("ға", "ға", "ға", "ға", "қа"),
    "loc": ("да", "да", "да", "да", "та"),
    "gen": ("ның", "ның", "дың", "дың", "тың"),
    "acc": ("ны", "ды", "ды", "ды", "ты"),
    "ins": ("мен", "мен", "мен", "бен", "пен"),
}
_SOUNDS: tuple[Sound, ...] = ("vowel", "nasal", "voiced", "sibilant", "voiceless")
_FRONT = str.maketrans("аығқ", "еігк")
_FIGURE = re.compile(
    r"(\d+(?:[\u00a0\u202f ]\d{3})*)(?:[.,](\d+))?(?:[\u00a0\u202f ]?(%|млн|млрд|мың))?$"
)


def last_word(n: int) -> str:
    """The last word of the whole number ``n`` (0 or more) as spoken: 2016 → "алты"."""
    if n == 0:
        return "нөл"
    if n % 10:
        return _UNITS[n % 10]
    if n % 100:
        return _TENS[n % 100 // 10]
    if n % 1000:
        return "жүз"
    group = 0
    while n % 1000 == 0 and group < len(_GROUPS):
        n //= 1000
        group += 1
    return _GROUPS[group - 1]


def spoken_end(figure: str) -> str:
    """The last word of a figure as written ("1 500", "2,5", "30 %", "1,3 млрд") when spoken;
    ValueError if ``figure`` does not end in one."""
    found = _FIGURE.search(figure.strip())
    if found is None:
        raise ValueError(f"{figure!r} does not end in a number, so it takes no case ending")
    whole, fraction, word = found.groups()
    if word:
        return _SPOKEN[word]
    if fraction and int(fraction):
        return last_word(int(fraction))
    return last_word(int(re.sub(r"\D", "", whole)))


def ending(figure: str | int, case: Case) -> str:
    """The ending ``case`` takes after ``figure`` (without the hyphen): 950 → "ден" (abl)."""
    word = spoken_end(str(figure))
    front, sound = _WORDS[word]
    back = _ENDINGS[case][_SOUNDS.index(sound)]
    return back.translate(_FRONT) if front and case != "ins" else back


def with_ending(figure: str | int, case: Case) -> str:
    """The figure with its ending, as written: "950-ден", "30\u00a0%-дан"."""
    return f"{str(figure).strip()}-{ending(figure, case)}"
