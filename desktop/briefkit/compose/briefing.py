"""Compose a Briefing from a Topic and the Catalog: the one place that turns data into text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.counts import count_values, fill
from briefkit.catalog.estimative import assessment
from briefkit.catalog.language import Language
from briefkit.catalog.records import (
    DatePrecision,
    Dispute,
    GeoPrecision,
    Incident,
    Indicator,
    Measure,
)
from briefkit.catalog.selection import Rule
from briefkit.catalog.topic import (
    ChartBlock as ChartSpecBlock,
)
from briefkit.catalog.topic import (
    DisagreementsBlock,
    NoteBlock,
    TextBlock,
    Topic,
)
from briefkit.catalog.topic import (
    KeyFigure as KeyFigureRef,
)
from briefkit.catalog.topic import KeyJudgment as KeyJudgmentSpec
from briefkit.catalog.topic import Section as SectionSpec
from briefkit.catalog.topic import (
    TableBlock as TableSpec,
)
from briefkit.catalog.topic import (
    TimelineBlock as TimelineSpec,
)
from briefkit.compose.citations import Citations
from briefkit.compose.guide import reading_guide
from briefkit.compose.model import (
    Block,
    Briefing,
    Callout,
    ChartBlock,
    ChartSpec,
    KeyFigure,
    KeyJudgment,
    Paragraph,
    Section,
    TableBlock,
    TimelineBlock,
    TimelineEntry,
)
from briefkit.compose.short import short_form
from briefkit.compose.wording import (
    count,
    date_label,
    figure_value,
    figure_words,
    period_label,
    period_text,
)

INCIDENT_COLUMNS = ("date", "place", "type", "killed", "wounded", "summary", "sources")
INCIDENT_WIDTHS = (0.12, 0.13, 0.12, 0.07, 0.08, 0.40, 0.08)
MEASURE_COLUMNS = ("date", "measure", "kind", "status", "summary", "sources")
MEASURE_WIDTHS = (0.12, 0.22, 0.10, 0.09, 0.39, 0.08)
INDICATOR_COLUMNS = ("figure", "period", "value", "place", "source")
INDICATOR_WIDTHS = (0.44, 0.14, 0.20, 0.14, 0.08)
DISPUTED = " *"
COUNT_WORDS = (
    "killed",
    "killed_security",
    "killed_civilians",
    "killed_perpetrators",
    "wounded",
    "arrested",
)
"""Count fields whose disputed values are numbers ("17 killed")."""


def _columns(lang: Language, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Column headings in ``lang`` (keys ``col_<name>`` of the language words)."""
    return tuple(lang.w("col_" + k) for k in keys)


class _Composer:
    """Builds one briefing; keeps the citation numbering and figure/table counters."""

    def __init__(self, catalog: Catalog, topic: Topic, grades: bool = False) -> None:
        self.catalog = catalog
        self.topic = topic
        self.lang = catalog.language
        self.cite = Citations(dict(catalog.sources), catalog.language, grades=grades)
        self.figures = 0
        self.tables = 0
        vocab = catalog.vocabulary
        self.labels = vocab.code_labels
        self.units = dict(vocab.units)
        self.chosen = catalog.records_of(topic)
        self.counts = count_values(topic, self.chosen, catalog.incidents, vocab)

    def credibility(self, *record_ids: str) -> int | None:
        """The records' credibility grade when they share one (None: ungraded or mixed)."""
        grades = {
            self.catalog.credibility[r].grade if r in self.catalog.credibility else None
            for r in record_ids
        }
        return grades.pop() if len(grades) == 1 else None

    def said(self, text: str) -> str:
        """Narrative with its count placeholders filled from the data."""
        return fill(text, self.counts, self.lang)

    # records -------------------------------------------------------------------------------
    def incidents(self, rule: Rule | None) -> tuple[Incident, ...]:
        ids = self.chosen.of("incidents", rule)
        return tuple(sorted((self.catalog.incidents[i] for i in ids), key=lambda r: r.date))

    def measures(self, rule: Rule | None) -> tuple[Measure, ...]:
        ids = self.chosen.of("measures", rule)
        return tuple(sorted((self.catalog.measures[i] for i in ids), key=lambda r: r.date))

    def indicators(self, rule: Rule | None) -> tuple[Indicator, ...]:
        return tuple(self.catalog.indicators[i] for i in self.chosen.of("indicators", rule))

    def disputes(self, record_ids: list[str]) -> list[Dispute]:
        return [d for rid in record_ids for d in self.catalog.disputes_for(rid)]

    # blocks --------------------------------------------------------------------------------
    def dispute_paragraphs(self, dispute: Dispute) -> tuple[Paragraph, ...]:
        lines = [Paragraph.of(dispute.summary)]
        for v in dispute.versions:
            shown = self.shown_value(dispute.field, v.value)
            text = f"{shown}: {v.note}" if v.note else shown
            lines.append(Paragraph.of(text, self.cite.cite([v.source], v.credibility)))
        return tuple(lines)

    def shown_value(self, field: str, value: str) -> str:
        if field == "date" and len(value) >= 4:
            parts = [int(p) for p in value.split("-")]
            precision = ["year", "month", "day"][len(parts) - 1]
            day = dt.date(
                parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
            )
            return date_label(self.lang, day, DatePrecision(precision))
        if field in COUNT_WORDS:
            if value.isdigit():  # the noun agrees: "2 погибших мирных жителя"
                return self.lang.count_noun(int(value), "count_" + field)
            return f"{value} {self.lang.w('count_' + field + '_many')}"
        return self.labels.get(value, value)

    def dispute_notes(self, record_ids: list[str]) -> tuple[Paragraph, ...]:
        notes = []
        for d in self.disputes(record_ids):
            versions = "; ".join(
                f"{self.shown_value(d.field, v.value)} {self.cite.label([v.source], v.credibility)}"
                for v in d.versions
            )
            notes.append(Paragraph.of(f"*{d.summary} {self.lang.w('versions')}: {versions}."))
        return tuple(notes)

    def table(
        self,
        title: str,
        layout: tuple[tuple[str, ...], tuple[float, ...]],
        rows: Sequence[tuple[str, ...]],
        sources: list[str],
        record_ids: list[str],
        extra_notes: tuple[Paragraph, ...] = (),
    ) -> TableBlock:
        """A numbered table whose notes list every disputed version of its records."""
        self.tables += 1
        columns, widths = layout
        return TableBlock(
            title=title,
            columns=_columns(self.lang, columns),
            rows=tuple(rows),
            widths=widths,
            number=self.tables,
            citations=self.cite.numbers(sources),
            notes=(*self.dispute_notes(record_ids), *extra_notes),
        )

    def incident_table(self, spec: TableSpec) -> TableBlock:
        rows = []
        records = self.incidents(spec.incidents)
        all_sources: list[str] = []
        for inc in records:
            mark = DISPUTED if self.catalog.disputes_for(inc.id) else ""
            cite = self.cite.label(inc.sources, self.credibility(inc.id))
            all_sources += inc.sources
            place = (
                inc.place
                if not inc.abroad or inc.country == inc.place
                else f"{inc.place} ({inc.country})"
            )
            rows.append(
                (
                    date_label(self.lang, inc.date, inc.date_precision) + mark,
                    place,
                    self.labels.get(inc.event_type, inc.event_type),
                    count(self.lang, inc.killed),
                    count(self.lang, inc.wounded),
                    inc.summary,
                    cite,
                )
            )
        return self.table(
            spec.title,
            (INCIDENT_COLUMNS, INCIDENT_WIDTHS),
            rows,
            all_sources,
            [r.id for r in records],
            (Paragraph.of(self.lang.w("incident_table_note")),),
        )

    def measure_table(self, spec: TableSpec) -> TableBlock:
        records = self.measures(spec.measures)
        rows = []
        all_sources: list[str] = []
        for m in records:
            all_sources += m.sources
            mark = DISPUTED if self.catalog.disputes_for(m.id) else ""
            rows.append(
                (
                    date_label(self.lang, m.date, m.date_precision) + mark,
                    m.title,
                    self.labels.get(m.kind, m.kind),
                    self.lang.w("status_" + m.status),
                    m.summary,
                    self.cite.label(m.sources, self.credibility(m.id)),
                )
            )
        return self.table(
            spec.title,
            (MEASURE_COLUMNS, MEASURE_WIDTHS),
            rows,
            all_sources,
            [m.id for m in records],
        )

    def indicator_table(self, spec: TableSpec) -> TableBlock:
        records = self.indicators(spec.indicators)
        rows = []
        for i in records:
            value = figure_words(self.lang, i, self.units.get(i.unit, i.unit))
            rows.append(
                (
                    i.label,
                    period_text(self.lang, i.period),
                    value,
                    i.place,
                    self.cite.label([i.source], self.credibility(i.id)),
                )
            )
        return self.table(
            spec.title,
            (INDICATOR_COLUMNS, INDICATOR_WIDTHS),
            rows,
            [i.source for i in records],
            [i.id for i in records],
        )

    def timeline(self, spec: TimelineSpec) -> TimelineBlock:
        entries = []
        sources: list[str] = []
        if spec.timeline == "incidents":
            for inc in self.incidents(spec.incidents):
                sources += inc.sources
                kind = self.labels.get(inc.event_type, inc.event_type)
                entries.append(
                    TimelineEntry(
                        inc.date,
                        date_label(self.lang, inc.date, inc.date_precision),
                        f"{inc.place}: {kind.lower()}",
                        Paragraph.of(
                            inc.summary, self.cite.cite(inc.sources, self.credibility(inc.id))
                        ),
                        disputed=bool(self.catalog.disputes_for(inc.id)),
                        weight=(inc.killed or 0) + (inc.wounded or 0),
                    )
                )
        else:
            for m in self.measures(spec.measures):
                sources += m.sources
                entries.append(
                    TimelineEntry(
                        m.date,
                        date_label(self.lang, m.date, m.date_precision),
                        m.title,
                        Paragraph.of(m.summary, self.cite.cite(m.sources, self.credibility(m.id))),
                        disputed=bool(self.catalog.disputes_for(m.id)),
                    )
                )
        return TimelineBlock(spec.title, tuple(entries), self.cite.numbers(sources))

    def chronology(self, sections: Sequence[Section]) -> TimelineBlock | None:
        """The briefing's own timeline is enough when it has one; else its incidents (else its
        measures) as one, cited only by the sources numbered already (none new: the report and
        deck list the same sources), each event cited at least once."""
        if any(isinstance(b, TimelineBlock) for s in sections for b in s.blocks):
            return None
        kind = "incidents" if self.chosen.of("incidents", None) else "measures"
        cite, self.cite = self.cite, self.cite.known()
        try:
            block = self.timeline(TimelineSpec(timeline=kind, title=self.lang.w("timeline")))
        finally:
            self.cite = cite
        entries = tuple(e for e in block.entries if e.text.citations)
        if not entries:
            return None
        cited = tuple(dict.fromkeys(n for e in entries for n in e.text.citations))
        return TimelineBlock(block.title, entries, cited)

    def chart(self, spec: ChartSpecBlock, section_id: str) -> ChartBlock:
        violent = set(self.catalog.vocabulary.violent_event_types)
        incidents = tuple(i for i in self.incidents(spec.incidents) if i.event_type in violent)
        if spec.chart == "incidents-map":  # a country-level position is no place on a map
            incidents = tuple(i for i in incidents if i.geo_precision != GeoPrecision.COUNTRY)
        if spec.chart in ("indicator-comparison", "measures-timeline"):
            incidents = ()
        indicators = (
            self.indicators(spec.indicators) if spec.chart == "indicator-comparison" else ()
        )
        measures = self.measures(spec.measures) if spec.chart == "measures-timeline" else ()
        sources = [s for i in incidents for s in i.sources]
        sources += [i.source for i in indicators] + [s for m in measures for s in m.sources]
        caption = self.said(spec.caption)
        record_ids = (
            [r.id for r in incidents] + [r.id for r in indicators] + [r.id for r in measures]
        )
        if self.disputes(record_ids):
            caption = f"{caption} {self.lang.w('disputed_caption')}".strip()
        self.figures += 1
        chart = ChartSpec(
            id=f"{self.topic.id}--{section_id}--{spec.chart}--{self.figures}",
            kind=spec.chart,
            title=spec.title,
            headline=self.said(spec.headline),
            caption=caption,
            incidents=incidents,
            indicators=indicators,
            measures=measures,
            labels=self.catalog.vocabulary.chart_labels,
            citations=self.cite.numbers(sources),
            language=self.lang,
        )
        return ChartBlock(chart, self.figures)

    def block(self, spec: object, section_id: str) -> list[Block]:
        match spec:
            case TextBlock():
                return [self.cite.paragraph(self.said(spec.text), spec.sources)]
            case NoteBlock():
                note = self.cite.paragraph(self.said(spec.note), spec.sources)
                return [Callout("note", self.lang.w("note"), (note,))]
            case ChartSpecBlock():
                return [self.chart(spec, section_id)]
            case TableSpec(table="incidents"):
                return [self.incident_table(spec)]
            case TableSpec(table="measures"):
                return [self.measure_table(spec)]
            case TableSpec():
                return [self.indicator_table(spec)]
            case TimelineSpec():
                return [self.timeline(spec)]
            case DisagreementsBlock():
                ids = list(self.chosen.everything())
                return [
                    Callout(
                        "disagreement",
                        f"{self.lang.w('sources_disagree')}: {d.title}",
                        self.dispute_paragraphs(d),
                    )
                    for d in self.disputes(ids)
                ]
        raise TypeError(f"unknown block {spec!r}")

    def section(self, spec: SectionSpec) -> Section:
        blocks: list[Block] = []
        for b in spec.body:
            blocks += self.block(b, spec.id)
        points = tuple(self.cite.paragraph(self.said(p)) for p in spec.talking_points)
        return Section(spec.id, spec.title, tuple(blocks), points)

    def key_figure(self, ref: KeyFigureRef) -> KeyFigure:
        if ref.incidents is not None:
            return self.total_figure(ref, self.incidents(ref.incidents))
        if ref.incident is not None and ref.field is not None:
            inc = self.catalog.incidents[ref.incident]
            value = count(self.lang, getattr(inc, ref.field))
            detail = ref.note or date_label(self.lang, inc.date, inc.date_precision)
            cite = self.cite.cite(inc.sources, self.credibility(inc.id))
            return KeyFigure(value, ref.label, detail, cite.numbers, cite.grades)
        assert ref.indicator is not None
        ind = self.catalog.indicators[ref.indicator]
        value = figure_value(self.lang, ind)
        sources = [ind.source]
        detail = ref.note or period_text(self.lang, ind.period)
        if ref.compare is not None:
            before = self.catalog.indicators[ref.compare]
            value = f"{figure_value(self.lang, before)} → {value}"
            sources.insert(0, before.source)
            detail = (
                ref.note
                or f"{period_text(self.lang, before.period)} → {period_text(self.lang, ind.period)}"
            )
        read = (ref.indicator,) if ref.compare is None else (ref.compare, ref.indicator)
        cite = self.cite.cite(sources, self.credibility(*read))
        return KeyFigure(value, ref.label, detail, cite.numbers, cite.grades)

    def total_figure(self, ref: KeyFigureRef, taken: tuple[Incident, ...]) -> KeyFigure:
        """The total of ``ref.field`` over the incidents taken (known values), or how many."""
        if ref.field is None:
            value, counted = len(taken), taken
        else:
            counted = tuple(i for i in taken if getattr(i, ref.field) is not None)
            value = sum(getattr(i, ref.field) for i in counted)
        detail = ref.note or period_label(self.lang, self.topic.period.start, self.topic.period.end)
        sources = [s for inc in counted for s in inc.sources]
        cite = self.cite.cite(sources, self.credibility(*(i.id for i in counted)))
        return KeyFigure(count(self.lang, value), ref.label, detail, cite.numbers, cite.grades)

    def key_judgment(self, spec: KeyJudgmentSpec) -> KeyJudgment:
        text = self.cite.paragraph(self.said(spec.text), spec.sources)
        return KeyJudgment(text, assessment(self.lang, spec.likelihood, spec.confidence))


def compose_briefing(
    catalog: Catalog,
    topic_id: str,
    *,
    issued: dt.date | None = None,
    marking: str = "",
    prepared_by: str = "",
    grades: bool = False,
) -> Briefing:
    """The briefing for one topic: narrative, key figures, charts, tables, numbered sources.

    Written in the catalog's language (``translate(catalog, lang).catalog`` for another one).
    """
    topic = catalog.topic(topic_id)
    c = _Composer(catalog, topic, grades)
    summary = tuple(c.cite.paragraph(c.said(p.text), p.sources) for p in topic.summary)
    judgments = tuple(c.key_judgment(j) for j in topic.key_judgments)
    figures = tuple(c.key_figure(k) for k in topic.key_figures)
    sections = tuple(c.section(s) for s in topic.sections)
    chronology = c.chronology(sections)
    sources = c.cite.entries()
    short = short_form(
        topic,
        sections,
        c.disputes(list(c.chosen.everything())),
        catalog.incidents,
        lambda text, listed: c.cite.paragraph(c.said(text), listed),
    )
    short = dataclasses.replace(short, more_sources=c.cite.entries()[len(sources) :])
    day = issued or dt.date.today()
    return Briefing(
        topic_id=topic.id,
        title=topic.title,
        subtitle=topic.subtitle,
        period_label=period_label(c.lang, topic.period.start, topic.period.end),
        issued=day,
        issued_label=date_label(c.lang, day, DatePrecision.DAY),
        summary=summary,
        key_figures=figures,
        sections=sections,
        sources=sources,
        keywords=topic.keywords,
        marking=marking.strip(),
        prepared_by=prepared_by.strip(),
        key_judgments=judgments,
        graded=grades,
        guide=reading_guide(
            c.lang, grades=grades, likelihoods=any(j.assessment for j in judgments)
        ),
        chronology=chronology,
        language=c.lang,
        short=short,
    )
