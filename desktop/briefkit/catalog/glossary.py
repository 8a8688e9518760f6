"""A translation's glossary (``translations/<lang>/glossary.yaml``): the forms the translation
must use for names and terms, and the forms it must not.

Each term gives its English (``en``, with other spellings under ``also``), its form in the
glossary's language (under the language's code, ``kk``; ``stem`` is the part every inflected
form starts with, ``accept`` other forms allowed, such as an abbreviation), forms to ``avoid``,
and may give its form in other languages (``ru``). Where a translated text's English names a
term (whole words, any case), the text must have the term's form at the start of a word; no
text may have an ``avoid`` form, or another language's form where that differs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefkit.catalog.figures import NOT_TEXT
from briefkit.catalog.languages import TRANSLATIONS
from briefkit.catalog.load import shown_path
from briefkit.catalog.problems import Problem
from briefkit.catalog.text_pairs import TextPair
from briefkit.catalog.textfile import read_text
from briefkit.catalog.yamlfile import LineDict, LineList, load_yaml
from briefkit.messages import message as _message

GLOSSARY_FILE = "glossary.yaml"
_FIELDS = frozenset({"en", "also", "stem", "accept", "avoid", "kind", "code", "note"})
_CODE = re.compile(r"^[a-z]{2,3}$")
_QUOTES = re.compile(r"[«»“”„\"']")
_AS_PUBLISHED = (".publication",)
"""Fields that stay as published (a journal's name may be Russian): not held to the glossary."""


@dataclass(frozen=True)
class Term:
    """One glossary entry, its patterns ready."""

    line: int
    english: str
    form: str
    code: str
    """A vocabulary code (``bombing``): the term is that label, held to it only there."""
    named: re.Pattern[str]
    """The English, as whole words."""
    wanted: tuple[re.Pattern[str], ...]
    """The form, its stem and accepted forms, at a word's start."""
    avoided: tuple[tuple[str, re.Pattern[str]], ...]
    """(form as written, pattern) of what the text must not have: the ``avoid`` forms, then
    other languages' forms."""


@dataclass(frozen=True)
class Glossary:
    """The terms of one language's glossary."""

    name: str
    """The file's name, for messages (``glossary.yaml``)."""
    terms: tuple[Term, ...]


def load_glossary(root: Path, lang: str) -> tuple[Glossary | None, list[Problem]]:
    """The glossary of the ``lang`` translation in the data folder ``root`` (None when it has
    none), and the problems of its entries."""
    folder = root / TRANSLATIONS / lang
    path = folder / GLOSSARY_FILE
    if not path.is_file():
        return None, []
    shown = shown_path(path)
    text, problems = read_text(path, shown, within=folder)
    tree = None
    if text is not None and not problems:
        tree, problems = load_yaml(text, shown)
    terms = tree.get("terms") if isinstance(tree, LineDict) else None
    if not isinstance(terms, LineList):
        if not problems:
            problems.append(Problem(shown, 1, "terms", "is missing: give a list of terms"))
        return None, problems
    entries = [(terms.item_lines[n], n, e) for n, e in enumerate(terms)]
    found = [_term(shown, line, n, entry, lang, problems) for line, n, entry in entries]
    made = [(t, e) for t, (_, _, e) in zip(found, entries, strict=True) if t is not None]
    kept = tuple(_without_own_words([t for t, _ in made], [e for _, e in made], lang))
    return Glossary(GLOSSARY_FILE, kept), problems


def _term(
    shown: str, line: int, n: int, entry: object, lang: str, problems: list[Problem]
) -> Term | None:
    where = f"terms[{n}]"
    if not isinstance(entry, dict):
        problems.append(Problem(shown, line, where, f"should be a mapping with en: and {lang}:"))
        return None
    english, form = entry.get("en"), entry.get(lang)
    if not isinstance(english, str) or not isinstance(form, str) or not english or not form:
        problems.append(Problem(shown, line, where, f"needs en: and {lang}: (text)"))
        return None
    for key in entry:
        if key not in _FIELDS and not (isinstance(key, str) and _CODE.match(key)):
            problems.append(Problem(shown, line, f"{where}.{key}", "is not a glossary field"))
    names = [english, *_texts(entry.get("also"))]
    wanted = tuple(
        _start(w) for w in [str(entry.get("stem") or form), *_texts(entry.get("accept"))]
    )
    avoided = [(a, _start(a, whole=True)) for a in _texts(entry.get("avoid"))]
    for code, other in entry.items():
        foreign = isinstance(code, str) and _CODE.match(code) and code not in ("en", lang)
        # another language's form is refused unless it holds this one ("Джейкоб Зенн", "Зенн")
        if foreign and isinstance(other, str) and not any(w.search(_plain(other)) for w in wanted):
            avoided.append((other, _start(_stems(other), whole=True)))
    return Term(
        line,
        english,
        form,
        str(entry.get("code") or ""),
        re.compile("|".join(_words(n) for n in names), re.IGNORECASE),
        wanted,
        tuple(avoided),
    )


def _without_own_words(terms: list[Term], entries: list[object], lang: str) -> Iterator[Term]:
    """The terms with another language's form dropped where the glossary's own forms use it
    (a word both languages share: "теракт")."""
    own = " | ".join(_plain(str(e.get(lang))) for e in entries if isinstance(e, dict))
    for term, entry in zip(terms, entries, strict=True):
        listed = _texts(entry.get("avoid")) if isinstance(entry, dict) else []
        keep = tuple((a, p) for a, p in term.avoided if a in listed or not p.search(own))
        yield dataclasses.replace(term, avoided=keep)


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []


def _plain(text: str) -> str:
    """Text without quotation marks, its spaces single: what forms are matched in."""
    return " ".join(_QUOTES.sub("", text).split())


def _words(text: str) -> str:
    """A pattern for ``text`` as whole words."""
    return r"(?<!\w)" + r"\s+".join(map(re.escape, _plain(text).split())) + r"(?!\w)"


def _start(text: str, whole: bool = False) -> re.Pattern[str]:
    """``text`` at the start of a word, any ending after each of its words (``whole``: the
    last word's ending taken in the match), any case."""
    pattern = r"(?<!\w)" + r"\w*\s+".join(map(re.escape, _plain(text).split()))
    return re.compile(pattern + (r"\w*" if whole else ""), re.IGNORECASE)


def _stems(text: str) -> str:
    """Another language's form cut to what its inflected forms share ("Актюбинская область"
    -> "Актюбинск област"): long words lose two letters, shorter ones one."""
    cut = [w[:-2] if len(w) >= 7 else w[:-1] if len(w) >= 5 else w for w in _plain(text).split()]
    return " ".join(cut)


def glossary_problems(pairs: list[TextPair], glossary: Glossary) -> list[Problem]:
    """A problem for each text that lacks the form of a term its English names, and each
    that has a form the glossary avoids (placeholders and citations are not text)."""
    out = []
    for pair in pairs:
        if pair.field.endswith(_AS_PUBLISHED):
            continue
        english = NOT_TEXT.sub(" ", pair.english)
        text = _plain(NOT_TEXT.sub(" ", pair.translated))
        label = pair.field.rsplit(".", 1)[-1]
        for term in glossary.terms:
            where = f"glossary: {glossary.name}:{term.line}"
            named = term.named.search(english) and (not term.code or term.code == label)
            if named and not any(w.search(text) for w in term.wanted):
                message = _message(
                    "data_glossary_english", english=term.english, form=term.form, where=where
                )
                out.append(Problem(pair.file, pair.line, pair.field, message))
            hits = ((a, p.search(text)) for a, p in term.avoided)
            avoided, hit = next(((a, h) for a, h in hits if h), ("", None))
            if hit:
                message = _message(
                    "data_glossary_avoided",
                    found=hit.group(0),
                    avoided=avoided,
                    english=term.english,
                    form=term.form,
                    where=where,
                )
                out.append(Problem(pair.file, pair.line, pair.field, message))
    return out
