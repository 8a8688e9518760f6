"""Narrative cut into claims, and the rule that a partisan source's claim names its source.

Citations are written after the fact they support (``... 17 people died [@id].``), so a
*claim* is the stretch of text one group of adjacent ``[@id]`` markers closes: from the end of
the previous group (or the start of the text) up to and including the group. Text after the
last group rests on the paragraph's ``sources:`` list when it has one (the composer prints that
list at the end), and is otherwise uncited commentary. Markers separated only by spaces form
one group, as in the documents (``[@a] [@b]`` prints ``[1, 2]``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from briefkit.catalog.problems import shorten
from briefkit.catalog.records import Source
from briefkit.catalog.topic import CITATION

_TRIM = " \t\n.;,:"


@dataclass(frozen=True)
class Claim:
    """The words of one claim (markers removed) and the sources its markers cite."""

    text: str
    sources: tuple[str, ...]

    @property
    def opening(self) -> str:
        """The claim's first words, to point a reader at it: "The attack followed a plan…"."""
        return shorten(" ".join(self.text.split()), 60)


def claims(text: str, listed: tuple[str, ...] = ()) -> tuple[Claim, ...]:
    """The text's claims in order; ``listed`` (a paragraph's ``sources:``) supports the last."""
    out: list[Claim] = []
    words: list[str] = []
    group: list[str] = []
    pos = 0
    for match in CITATION.finditer(text):
        between = text[pos : match.start()]
        if between.strip() and group:
            out.append(Claim(_words(words), tuple(group)))
            words, group = [], []
        words.append(between)
        group.append(match.group(1))
        pos = match.end()
    tail = text[pos:]
    if group and tail.strip(_TRIM):
        out.append(Claim(_words(words), tuple(group)))
        words, group = [], []
    words.append(tail)
    if group or _words(words) or not out:
        out.append(Claim(_words(words), tuple(dict.fromkeys([*group, *listed]))))
    return tuple(c for c in out if c.text or c.sources)


def _words(parts: list[str]) -> str:
    return " ".join("".join(parts).split()).strip(_TRIM)


def unattributed(
    text: str, listed: tuple[str, ...], sources: Mapping[str, Source]
) -> Iterator[tuple[Claim, tuple[str, ...]]]:
    """Each claim that cites only partisan sources and does not name them, with the names
    it should use (the sources' short names, in the catalog's language)."""
    for claim in claims(text, listed):
        known = [sources[s] for s in claim.sources if s in sources]
        if not known or not all(s.partisan for s in known):
            continue
        names = tuple(dict.fromkeys(s.short for s in known))
        said = claim.text.casefold()
        if not all(name.casefold() in said for name in names):
            yield claim, names
