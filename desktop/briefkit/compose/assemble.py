"""Assemble a custom briefing from the composed briefings of its topics.

Each topic is composed as usual (``compose_briefing``); the chosen sections are then taken in the
chosen order and everything numbered is numbered again for the new document: citations in order
of first appearance (key figures first, then the sections, as the report reads), the Sources list
(each source once), figures and tables.

Key figures: a topic's key figure is carried when the topic's summary is chosen, or when the
records it reads (its incident, its indicator, or every incident its selection takes) are
shown by the tables, charts or timelines of the chosen sections of that topic. The period is
the union of the topics' periods.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.chosen import Kind, TopicRecords
from briefkit.catalog.topic import ChartBlock as ChartSpecBlock
from briefkit.catalog.topic import KeyFigure as KeyFigureRef
from briefkit.catalog.topic import TableBlock as TableSpec
from briefkit.catalog.topic import TimelineBlock as TimelineSpec
from briefkit.catalog.topic import Topic
from briefkit.compose.custom import SUMMARY, CustomBriefing, Part
from briefkit.compose.guide import reading_guide
from briefkit.compose.model import (
    Block,
    Briefing,
    Callout,
    ChartBlock,
    Cite,
    KeyFigure,
    Paragraph,
    Run,
    Section,
    SourceEntry,
    TableBlock,
    Text,
    TimelineBlock,
)
from briefkit.compose.short import assembled_short_form
from briefkit.compose.wording import period_label

MARKER = re.compile(r"\[(\d+(?:, [A-F?]\d?)?(?:[,;] \d+(?:, [A-F?]\d?)?)*)\]")
"""A citation already printed into text (table cells and table notes): ``[2, 5]``, or with
grades ``[2, B2; 5, C]``."""
_GRADED_PART = re.compile(r"(\d+)(, [A-F?]\d?)?")
CHART_RECORDS: dict[str, Kind] = {
    "indicator-comparison": "indicators",
    "measures-timeline": "measures",
}
"""The records a chart kind shows, when not incidents."""
KEYWORDS_LIMIT = 255  # Word's and PowerPoint's limit for a core property


def assemble_custom(
    catalog: Catalog, spec: CustomBriefing, briefings: Mapping[str, Briefing]
) -> Briefing:
    """Take ``spec``'s sections from the topics' ``briefings`` and number them afresh."""
    first = briefings[spec.parts[0].topic]
    numbering = _Numbering(briefings)
    carried: dict[tuple[str, str], KeyFigure] = {}  # a figure topics share is shown once
    for topic_id in spec.topics:
        topic = catalog.topic(topic_id)
        for figure in _carried_figures(topic, catalog.records_of(topic), spec, briefings[topic_id]):
            if (figure.value, figure.label) not in carried:
                carried[figure.value, figure.label] = numbering.key_figure(topic_id, figure)
    figures = tuple(carried.values())
    sections = [
        numbering.section(part, _section(part, briefings[part.topic])) for part in spec.parts
    ]
    topics = [catalog.topic(t) for t in spec.topics]
    start = min(t.period.start for t in topics)
    end = max(t.period.end for t in topics)
    keywords = _keywords(k for t in spec.topics for k in briefings[t].keywords)
    lang = catalog.language  # the words and date conventions of the topics
    subtitle = spec.subtitle or lang.w("sections_from") + ": " + "; ".join(
        briefings[t].title for t in spec.topics
    )
    period = period_label(lang, start, end)
    sources = numbering.entries()
    chosen = [(part.topic, s) for part, s in zip(spec.parts, sections, strict=True)]
    shorts = [(t, s) for t in spec.topics if (s := briefings[t].short) is not None]
    shown = {t.id: _shown_in(t, catalog.records_of(t), spec) for t in topics}
    short = assembled_short_form(
        spec.title, spec.subtitle, chosen, shorts, numbering.renumber, shown
    )
    if short is not None:
        short = dataclasses.replace(short, more_sources=numbering.entries()[len(sources) :])
    return dataclasses.replace(
        first,
        topic_id=spec.slug,
        title=spec.title,
        subtitle=subtitle,
        period_label=period,
        summary=(),
        key_figures=figures,
        sections=tuple(sections),
        sources=sources,
        keywords=keywords,
        key_judgments=(),
        guide=reading_guide(
            lang,
            grades=first.graded,
            likelihoods=any(
                j.assessment
                for part in spec.parts
                if part.section == SUMMARY
                for j in briefings[part.topic].key_judgments
            ),
        ),
        chronology=None,  # a summary deck shows the timeline of a chosen section, if any
        short=short,
    )


def _keywords(words: Iterable[str], limit: int = KEYWORDS_LIMIT) -> tuple[str, ...]:
    """The topics' keywords, each once, as many as fit a document property (255 characters)."""
    out: dict[str, str] = {}
    for word in words:
        if word.lower() not in out and len(", ".join([*out.values(), word])) <= limit:
            out[word.lower()] = word
    return tuple(out.values())


def _section(part: Part, briefing: Briefing) -> Section:
    """The chosen section of a topic's briefing; its summary as a section of its own."""
    if part.section == SUMMARY:
        title = f"{briefing.language.w('executive_summary')}: {briefing.title}"
        judgments = tuple(
            Paragraph((*j.text.runs, Text(" " + j.assessment))) if j.assessment else j.text
            for j in briefing.key_judgments
        )
        return Section(str(part), title, (*briefing.summary, *judgments))
    [section] = [s for s in briefing.sections if s.id == part.section]
    return dataclasses.replace(section, id=str(part))


def section_records(topic: Topic, chosen: TopicRecords, section_id: str) -> set[str]:
    """The records a section of the topic shows in its tables, charts and timelines."""
    shown: set[str] = set()
    [section] = [s for s in topic.sections if s.id == section_id]
    for block in section.body:
        kind: Kind
        if isinstance(block, TableSpec):
            kind = block.table
        elif isinstance(block, TimelineSpec):
            kind = block.timeline
        elif isinstance(block, ChartSpecBlock):
            kind = CHART_RECORDS.get(block.chart, "incidents")
        else:
            continue
        shown.update(chosen.of(kind, getattr(block, kind)))
    return shown


def _shown_in(topic: Topic, chosen: TopicRecords, spec: CustomBriefing) -> set[str]:
    """The records of the topic that the composition's sections of it show."""
    shown: set[str] = set()
    for part in spec.parts:
        if part.topic == topic.id and part.section != SUMMARY:
            shown |= section_records(topic, chosen, part.section)
    return shown


def _carried_figures(
    topic: Topic, chosen: TopicRecords, spec: CustomBriefing, briefing: Briefing
) -> list[KeyFigure]:
    """The topic's key figures the composition carries (see the module's rule)."""
    if SUMMARY in (p.section for p in spec.parts if p.topic == topic.id):
        return list(briefing.key_figures)
    shown = _shown_in(topic, chosen, spec)
    refs = topic.key_figures
    assert len(refs) == len(briefing.key_figures), "key figures are composed one per reference"
    return [
        figure
        for ref, figure in zip(refs, briefing.key_figures, strict=True)
        if set(figure_records(ref, chosen)) <= shown
    ]


def figure_records(ref: KeyFigureRef, chosen: TopicRecords) -> tuple[str, ...]:
    """The records a key figure reads: its incident or indicator, or every incident its
    selection takes."""
    if ref.incidents is not None:
        return chosen.of("incidents", ref.incidents)
    return tuple(r for r in (ref.incident, ref.indicator) if r is not None)


class _Numbering:
    """Numbers sources, figures and tables of the new briefing in order of appearance."""

    def __init__(self, briefings: Mapping[str, Briefing]) -> None:
        self._ids = {t: {e.number: e.id for e in b.sources} for t, b in briefings.items()}
        self._entries = {e.id: e for b in briefings.values() for e in b.sources}
        self._numbers: dict[str, int] = {}
        self._figures = 0
        self._tables = 0
        self._topic = ""

    def numbers(self, old: tuple[int, ...]) -> tuple[int, ...]:
        """The new numbers of a topic's old ones (numbering sources met for the first time)."""
        out: dict[int, None] = {}
        for n in old:
            sid = self._ids[self._topic][n]
            out[self._numbers.setdefault(sid, len(self._numbers) + 1)] = None
        return tuple(out)

    def printed(self, text: str) -> str:
        """Text with printed markers (``[2, 5]``) renumbered."""

        def swap(match: re.Match[str]) -> str:
            inner = match.group(1)
            if ";" in inner or any(c.isalpha() or c == "?" for c in inner):
                parts = _GRADED_PART.findall(inner)
                old = tuple(int(n) for n, _ in parts)
                grades = tuple(g.removeprefix(", ") for _, g in parts)
                return Cite(self.numbers(old), grades).label()
            old = tuple(int(n) for n in inner.split(", "))
            return "[" + ", ".join(str(n) for n in self.numbers(old)) + "]"

        return MARKER.sub(swap, text)

    def paragraph(self, p: Paragraph, *, printed: bool = False) -> Paragraph:
        runs: list[Run] = []
        for r in p.runs:
            if isinstance(r, Cite):
                runs.append(Cite(self.numbers(r.numbers), r.grades))
            else:
                runs.append(Text(self.printed(r.text)) if printed else r)
        return Paragraph(tuple(runs))

    def renumber(self, topic_id: str, p: Paragraph) -> Paragraph:
        """A paragraph of the topic's briefing with the new numbers."""
        self._topic = topic_id
        return self.paragraph(p)

    def key_figure(self, topic_id: str, figure: KeyFigure) -> KeyFigure:
        self._topic = topic_id
        return dataclasses.replace(figure, citations=self.numbers(figure.citations))

    def section(self, part: Part, section: Section) -> Section:
        self._topic = part.topic
        blocks = tuple(self.block(b) for b in section.blocks)
        points = tuple(self.paragraph(p) for p in section.talking_points)
        return dataclasses.replace(section, blocks=blocks, talking_points=points)

    def block(self, block: Block) -> Block:
        if isinstance(block, Paragraph):
            return self.paragraph(block)
        if isinstance(block, ChartBlock):
            self._figures += 1
            chart = dataclasses.replace(block.chart, citations=self.numbers(block.chart.citations))
            return ChartBlock(chart, self._figures)
        if isinstance(block, TableBlock):
            self._tables += 1
            rows = tuple(
                tuple(self.printed(c) if MARKER.fullmatch(c) else c for c in row)
                for row in block.rows
            )
            notes = tuple(self.paragraph(p, printed=True) for p in block.notes)
            return dataclasses.replace(
                block,
                rows=rows,
                notes=notes,
                number=self._tables,
                citations=self.numbers(block.citations),
            )
        if isinstance(block, TimelineBlock):
            entries = tuple(
                dataclasses.replace(e, text=self.paragraph(e.text)) for e in block.entries
            )
            return dataclasses.replace(
                block, entries=entries, citations=self.numbers(block.citations)
            )
        assert isinstance(block, Callout)
        paragraphs = tuple(self.paragraph(p) for p in block.paragraphs)
        return dataclasses.replace(block, paragraphs=paragraphs)

    def entries(self) -> tuple[SourceEntry, ...]:
        """The new Sources list: each source once, by its new number."""
        ordered = sorted(self._numbers.items(), key=lambda kv: kv[1])
        return tuple(dataclasses.replace(self._entries[sid], number=n) for sid, n in ordered)
