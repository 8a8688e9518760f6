"""The short form of a briefing: purpose, bottom line, key points, lead charts, disputes.

Composed with the briefing's own citations (``short_form``), and for a composed briefing from
its topics' short forms (``assembled_short_form``). The topic's choices and their defaults are
``briefkit.catalog.short_forms``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from briefkit.catalog.records import Dispute, Incident
from briefkit.catalog.short_forms import bottom_line, in_turn, key_points, lead_charts
from briefkit.catalog.short_forms import section_points as topic_section_points
from briefkit.catalog.topic import DisagreementsBlock, TextBlock, Topic
from briefkit.compose.model import (
    Callout,
    ChartBlock,
    DisputeLine,
    Paragraph,
    Section,
    ShortForm,
    Text,
)

Cited = Callable[[str, tuple[str, ...]], Paragraph]
"""Text with ``[@id]`` markers (and a ``sources:`` list) as a paragraph of the briefing."""


def short_form(
    topic: Topic,
    sections: Sequence[Section],
    disputes: Sequence[Dispute],
    incidents: Mapping[str, Incident],
    cited: Cited,
) -> ShortForm:
    """The topic's short form, its texts cited by ``cited`` (the briefing's numbering)."""

    def para(block: TextBlock) -> Paragraph:
        return cited(block.text, block.sources)

    points = tuple(
        (spec.id, tuple(para(p) for p in topic_section_points(spec))) for spec in topic.sections
    )
    chosen = (
        tuple(para(p) for p in key_points(topic))
        if topic.key_points
        else in_turn([p for _, p in points])
    )
    return ShortForm(
        purpose=topic.description,
        bottom_line=para(bottom_line(topic)),
        key_points=chosen,
        lead_charts=_chart_ids(lead_charts(topic), sections),
        disputes=_dispute_lines(topic, disputes, incidents, cited),
        section_points=points,
    )


def _chart_ids(refs: Sequence[tuple[str, str]], sections: Sequence[Section]) -> tuple[str, ...]:
    """The composed charts the refs (section id, kind) name."""
    out = []
    for section_id, kind in refs:
        section = next((s for s in sections if s.id == section_id), None)
        charts = [b.chart for b in section.blocks if isinstance(b, ChartBlock)] if section else []
        out += [c.id for c in charts if c.kind == kind][:1]
    return tuple(out)


def _dispute_lines(
    topic: Topic, disputes: Sequence[Dispute], incidents: Mapping[str, Incident], cited: Cited
) -> tuple[DisputeLine, ...]:
    shown = next(
        (s.title for s in topic.sections if any(isinstance(b, DisagreementsBlock) for b in s.body)),
        "",
    )
    lines: dict[str, DisputeLine] = {}
    for d in disputes:
        incident = incidents.get(d.record)
        weight = (incident.killed or 0) if incident is not None else 0
        sources = tuple(dict.fromkeys(v.source for v in d.versions))
        text = d.summary.rstrip()
        if text.endswith("."):  # the marker goes before the full stop, as in the report
            summary = cited(text[:-1], sources)
            summary = Paragraph((*summary.runs, Text(".")))
        else:
            summary = cited(text, sources)
        lines.setdefault(d.id, DisputeLine(d.title, summary, weight, shown, d.record))
    return tuple(lines.values())


def lead_dispute(disputes: Sequence[DisputeLine]) -> DisputeLine | None:
    """The dispute a short form names: about the incident with the most dead, else the first."""
    return max(disputes, key=lambda d: d.weight, default=None)


def assembled_short_form(
    title: str,
    subtitle: str,
    sections: Sequence[tuple[str, Section]],
    shorts: Sequence[tuple[str, ShortForm]],
    renumber: Callable[[str, Paragraph], Paragraph],
    shown: Mapping[str, set[str]],
) -> ShortForm | None:
    """A composed briefing's short form, from its topics' (``shorts``, in order of use) and its
    ``sections`` (topic id, composed section): the first topic's bottom line, one point per
    section in turn, the topics' lead charts that it shows (else its first chart), and the
    disputes on the records its sections show (``shown``, by topic) or whose boxes it shows.
    ``renumber`` gives a topic's paragraph the new numbers."""
    if not shorts:
        return None
    first_topic, first = shorts[0]
    by_topic = dict(shorts)
    points: list[tuple[Paragraph, ...]] = []
    for topic_id, section in sections:
        own = dict(by_topic[topic_id].section_points).get(section.id.split(":", 1)[-1], ())
        points.append(tuple(renumber(topic_id, p) for p in own))
    charts = [b.chart.id for _, s in sections for b in s.blocks if isinstance(b, ChartBlock)]
    lead = [c for _, short in shorts for c in short.lead_charts if c in charts]
    boxes = {b.title: s.title for _, s in sections for b in s.blocks if isinstance(b, Callout)}
    disputes: dict[str, DisputeLine] = {}
    for topic_id, short in shorts:
        for d in short.disputes:
            where = [title for box, title in boxes.items() if box.endswith(d.title)]
            if where or d.record in shown.get(topic_id, set()):
                summary = renumber(topic_id, d.summary)
                line = DisputeLine(d.title, summary, d.weight, (where or [""])[0], d.record)
                disputes.setdefault(d.title, line)
    return ShortForm(
        purpose=subtitle or title,
        bottom_line=renumber(first_topic, first.bottom_line),
        key_points=in_turn(points),
        lead_charts=tuple(dict.fromkeys([*lead, *charts[:1]])),
        disputes=tuple(disputes.values()),
    )
