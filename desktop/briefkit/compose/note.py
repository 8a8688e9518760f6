"""The briefing note: the two-page short form of a briefing, with its own numbered sources.

``compose_note`` takes what the briefing's ``ShortForm`` chose (bottom line, key points, the
lead chart, the weightiest dispute), the topic's key judgments (with their likelihood and
confidence) and its first key figures, and numbers their citations afresh in the order the
note reads, so that its Sources list holds only what it cites.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from briefkit.catalog.topic import KEY_POINTS
from briefkit.compose.model import (
    Briefing,
    ChartBlock,
    Cite,
    DisputeLine,
    KeyJudgment,
    Paragraph,
)
from briefkit.compose.short import lead_dispute

NOTE_KEY_FIGURES = 4
"""A note shows at most this many key figures (one row)."""


@dataclass(frozen=True)
class Note:
    """What a briefing note says, in the order it says it; citations number ``sources``."""

    briefing: Briefing
    """The briefing it shortens, with the note's key figures and sources (no sections)."""
    purpose: str
    bottom_line: Paragraph
    chart: ChartBlock | None
    key_points: tuple[Paragraph, ...]
    disputes: int
    lead_dispute: DisputeLine | None
    report_section: str
    """Where the full report shows the disputes ("": its tables and notes)."""
    whole: Briefing = dataclasses.field(repr=False, compare=False)
    """The briefing the note shortens, as composed."""
    key_judgments: tuple[KeyJudgment, ...] = ()
    """The topic's key judgments, each with its likelihood and confidence."""

    def shorter(self) -> Note | None:
        """The note with its last key point left out; None when it has the fewest allowed."""
        if len(self.key_points) <= KEY_POINTS[0]:
            return None
        return compose_note(self.whole, most_points=len(self.key_points) - 1)


class _Renumber:
    """New citation numbers in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[int, int] = {}

    def cite(self, old: Iterable[int]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.numbers.setdefault(n, len(self.numbers) + 1) for n in old))

    def paragraph(self, p: Paragraph) -> Paragraph:
        runs = [Cite(self.cite(r.numbers)) if isinstance(r, Cite) else r for r in p.runs]
        return Paragraph(tuple(runs))


def compose_note(briefing: Briefing, most_points: int | None = None) -> Note:
    """The note of ``briefing`` (one composed with a short form; ValueError otherwise), with
    at most ``most_points`` key points when given."""
    short = briefing.short
    if short is None:
        raise ValueError(f"{briefing.topic_id} has no short form to make a note of")
    new = _Renumber()
    bottom = new.paragraph(short.bottom_line)
    judgments = tuple(
        dataclasses.replace(j, text=new.paragraph(j.text)) for j in briefing.key_judgments
    )
    figures = tuple(
        dataclasses.replace(f, citations=new.cite(f.citations))
        for f in briefing.key_figures[:NOTE_KEY_FIGURES]
    )
    charts = {c.id: c for c in briefing.charts}
    chart = None
    if short.lead_charts and short.lead_charts[0] in charts:
        spec = charts[short.lead_charts[0]]
        chart = ChartBlock(dataclasses.replace(spec, citations=new.cite(spec.citations)), 1)
    points = tuple(new.paragraph(p) for p in short.key_points[:most_points])
    lead = lead_dispute(short.disputes)
    if lead is not None:
        lead = dataclasses.replace(lead, summary=new.paragraph(lead.summary))
    entries = {e.number: e for e in (*briefing.sources, *short.more_sources)}
    sources = tuple(dataclasses.replace(entries[old], number=n) for old, n in new.numbers.items())
    return Note(
        briefing=dataclasses.replace(
            briefing, summary=(), key_figures=figures, sections=(), sources=sources
        ),
        purpose=short.purpose,
        bottom_line=bottom,
        chart=chart,
        key_points=points,
        disputes=len(short.disputes),
        lead_dispute=lead,
        report_section=lead.section if lead is not None else "",
        whole=briefing,
        key_judgments=judgments,
    )
