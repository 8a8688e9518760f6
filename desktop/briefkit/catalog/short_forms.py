"""What the short forms (briefing note, summary deck) take from a topic, with the defaults.

A topic may say which charts lead (``lead_charts``), which points are key (``key_points``) and
what its bottom line is (``bottom_line``); when it says nothing these functions compute them
from the topic itself, so every topic has a note and a summary deck without new writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from briefkit.catalog.claims import claims
from briefkit.catalog.topic import (
    CITATION,
    KEY_POINTS,
    ChartBlock,
    ChartKind,
    Section,
    TextBlock,
    Topic,
)

T = TypeVar("T")

BOTTOM_LINE_WORDS = 60
"""The default bottom line takes the summary's first claims up to about this many words."""


def chart_in(section: Section, kind: str) -> ChartBlock | None:
    """The first chart of ``kind`` in the section, if it has one."""
    return next((b for b in section.body if isinstance(b, ChartBlock) and b.chart == kind), None)


def lead_charts(topic: Topic) -> tuple[tuple[str, ChartKind], ...]:
    """(section id, chart kind) of the charts the short forms lead with, in order.

    The topic's ``lead_charts`` (those that name a chart it has); by default every chart in the
    order of the sections, each kind's first chart before any second chart of a kind.
    """
    if topic.lead_charts:
        out: list[tuple[str, ChartKind]] = []
        for given in topic.lead_charts:
            section_id, name = given.split(":", 1)
            section = next((s for s in topic.sections if s.id == section_id), None)
            block = chart_in(section, name) if section is not None else None
            if block is not None:
                out.append((section_id, block.chart))
        return tuple(dict.fromkeys(out))
    every = [(s.id, b.chart) for s in topic.sections for b in s.body if isinstance(b, ChartBlock)]
    firsts: dict[ChartKind, tuple[str, ChartKind]] = {}
    for pair in every:
        firsts.setdefault(pair[1], pair)
    lead = list(dict.fromkeys(firsts.values()))
    return tuple(lead + [r for r in dict.fromkeys(every) if r not in lead])


def key_points(topic: Topic) -> tuple[TextBlock, ...]:
    """The note's key points: the topic's ``key_points``, or by default one cited point per
    section in turn (``section_points``), a second round when there are fewer than three
    sections, at most six."""
    if topic.key_points:
        return topic.key_points
    return in_turn([section_points(s) for s in topic.sections])


def in_turn(per_section: Sequence[Sequence[T]]) -> tuple[T, ...]:
    """Points taken one per section in turn, round after round until there are at least three
    (``KEY_POINTS``), at most six."""
    out: list[T] = []
    for rank in range(max((len(c) for c in per_section), default=0)):
        out += [c[rank] for c in per_section if rank < len(c)]
        if len(out) >= KEY_POINTS[0]:
            break
    return tuple(out[: KEY_POINTS[1]])


def section_points(section: Section) -> tuple[TextBlock, ...]:
    """A section's cited points, best first: its talking points that cite a source, then the
    first claim of each of its paragraphs that cites one."""
    out = [TextBlock(text=p) for p in section.talking_points if CITATION.search(p)]
    for block in section.body:
        if isinstance(block, TextBlock) and claims(block.text, block.sources)[0].sources:
            out.append(TextBlock(text=_claim_text(block, 1), sources=_listed(block, 1)))
    return tuple(out)


def bottom_line(topic: Topic) -> TextBlock:
    """The note's main point: the topic's ``bottom_line``, or by default the first claims of
    its summary's first paragraph, up to about ``BOTTOM_LINE_WORDS`` words (one at least)."""
    if topic.bottom_line is not None:
        return topic.bottom_line
    first = topic.summary[0]
    parts = claims(first.text, first.sources)
    taken, words = 0, 0
    for claim in parts:
        words += len(claim.text.split())
        if taken and words > BOTTOM_LINE_WORDS:
            break
        taken += 1
    return TextBlock(text=_claim_text(first, taken), sources=_listed(first, taken))


def _claim_text(block: TextBlock, taken: int) -> str:
    """The block's text up to the end of its ``taken``-th citation group and the full stop
    after it (the whole text when the claims taken reach its end)."""
    text, end, groups = block.text, 0, 0
    for match in CITATION.finditer(text):
        if groups == 0 or text[end : match.start()].strip():
            if groups == taken:
                cut = text[:end].rstrip()
                return cut if cut.endswith((".", "!", "?")) else cut.rstrip(";,:") + "."
            groups += 1
        end = match.end()
        while end < len(text) and text[end] in ".!?":
            end += 1
    return text if block.sources or not groups else text[:end].rstrip()


def _listed(block: TextBlock, taken: int) -> tuple[str, ...]:
    """The paragraph's ``sources:`` list, when the claims taken reach the text's end."""
    return block.sources if _claim_text(block, taken) == block.text else ()
