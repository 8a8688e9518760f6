"""Finding English left in a Russian document: the Latin words outside those a Russian
document may hold (the sources' own titles, names and publications, the marking)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefkit.catalog import Catalog
from helpers.samples import DATA

RU = DATA / "translations" / "ru"
RU_TOPICS = sorted(p.stem for p in (RU / "topics").glob("*.yaml"))
MARKING = "FOR OFFICIAL USE ONLY"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
AS_IN_SOURCE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)* \(так в источнике\)")
"""A name kept in the source's own Latin spelling and marked so ("Nurlan Ekmembaev (так в ...)")."""
ALLOWED = {
    "Counter-terror",  # the website Counter-terror.kz
    "kz",
}
"""Words allowed besides the sources' titles, short names, authors and publications."""


def allowed_words(catalog: Catalog) -> set[str]:
    """Latin words a Russian document may hold: sources' own names, the marking, ALLOWED."""
    names = [MARKING]
    for s in catalog.sources.values():
        names += [s.title, s.short, s.author, s.publication]
    return {w for text in names for w in LATIN_WORD.findall(text)} | ALLOWED


def latin_words(texts: Iterator[str], allowed: set[str]) -> dict[str, str]:
    """Latin words outside the allowed ones, each with the text it was found in."""
    found: dict[str, str] = {}
    for text in texts:
        for word in LATIN_WORD.findall(AS_IN_SOURCE.sub("", text)):
            if word not in allowed:
                found.setdefault(word, text[:120])
    return found
