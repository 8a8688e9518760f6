"""Cross-checks between records: references, periods, counts, places, disputes, citations."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from briefkit.catalog import messages as m
from briefkit.catalog.chosen import TopicRecords, in_period
from briefkit.catalog.claims import unattributed
from briefkit.catalog.counts import placeholder_problems
from briefkit.catalog.language import Language
from briefkit.catalog.messages import Message
from briefkit.catalog.records import (
    KZ_LAT,
    KZ_LON,
    DatePrecision,
    Dispute,
    Incident,
    Indicator,
    Measure,
    Source,
    Vocabulary,
)
from briefkit.catalog.selection import Rule
from briefkit.catalog.short_forms import chart_in
from briefkit.catalog.topic import (
    CITATION,
    ChartBlock,
    KeyFigure,
    NoteBlock,
    TextBlock,
    Topic,
)
from briefkit.messages import message as _message

Located = tuple[str, int]  # (file shown, line)


@dataclass(frozen=True)
class Finding:
    """A cross-check failure before it is tied to a file and line."""

    where: Located
    field: str
    message: str


def format_date(day_iso: str, precision: DatePrecision) -> str:
    """A date cut to its precision: 2011-07-11, 2011-07 or 2011."""
    return {
        DatePrecision.DAY: day_iso,
        DatePrecision.MONTH: day_iso[:7],
        DatePrecision.BY: day_iso,
    }.get(precision, day_iso[:4])


def check_sources(
    ids: tuple[str, ...], sources: Mapping[str, Source], where: Located, field: str
) -> Iterator[Finding]:
    """Every source id must be in sources.yaml (not checked when it failed to load)."""
    if not sources:
        return
    for sid in ids:
        if sid not in sources:
            known = ", ".join(sorted(sources))
            yield Finding(where, field, Message(m.UNKNOWN_SOURCE, value=sid, known=known))


def period_start(day: dt.date, precision: DatePrecision) -> dt.date:
    """The first day of the month, quarter or year a date stands for (the day itself for
    ``day`` and ``by`` precision)."""
    match precision:
        case DatePrecision.MONTH:
            return day.replace(day=1)
        case DatePrecision.QUARTER:
            return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        case DatePrecision.YEAR:
            return dt.date(day.year, 1, 1)
        case _:
            return day


def check_date(
    day: dt.date, precision: DatePrecision, where: Located, future: bool = False
) -> Iterator[Finding]:
    """A date known only to the month, quarter or year is written as the period's first day;
    a date after today is a slip of the year unless ``future`` (a measure still planned)."""
    today = dt.date.today()
    if day > today and not future:
        message = Message(m.AFTER_TODAY, value=day.isoformat(), today=today.isoformat())
        yield Finding(where, "date", message)
    first = period_start(day, precision)
    if day != first:
        message = Message(
            m.FIRST_DAY, value=day.isoformat(), precision=precision.value, first=first.isoformat()
        )
        yield Finding(where, "date", message)


def check_source(s: Source, where: Located) -> Iterator[Finding]:
    """A publication date written as its period's first day."""
    yield from check_date(s.date, s.date_precision, where)


def check_code(
    code: str, labels: Mapping[str, str], where: Located, field: str
) -> Iterator[Finding]:
    """A coded value that vocabulary.yaml defines."""
    if code not in labels:
        yield Finding(
            where, field, Message(m.NOT_IN_VOCABULARY, value=code, known=", ".join(labels))
        )


def check_incident(
    inc: Incident, where: Located, sources: Mapping[str, Source], vocab: Vocabulary
) -> Iterator[Finding]:
    """Vocabulary, breakdown sums, and coordinates inside Kazakhstan unless abroad."""
    yield from check_sources(inc.sources, sources, where, "sources")
    yield from check_date(inc.date, inc.date_precision, where)
    yield from check_code(inc.event_type, vocab.event_types, where, "event_type")
    yield from check_code(inc.target_type, vocab.target_types, where, "target_type")
    parts = [inc.killed_perpetrators, inc.killed_security, inc.killed_civilians]
    known = sum(p for p in parts if p is not None)
    if inc.killed is not None and known > inc.killed:
        yield Finding(where, "killed", Message(m.BELOW_BREAKDOWN, value=inc.killed, known=known))
    if inc.killed is None and any(p is not None for p in parts):
        yield Finding(where, "killed", Message(m.NO_TOTAL))
    inside = KZ_LAT[0] <= inc.latitude <= KZ_LAT[1] and KZ_LON[0] <= inc.longitude <= KZ_LON[1]
    if not inc.abroad and not inside:
        message = Message(
            m.OUTSIDE,
            latitude=inc.latitude,
            longitude=inc.longitude,
            lat=f"{KZ_LAT[0]}-{KZ_LAT[1]}",
            lon=f"{KZ_LON[0]}-{KZ_LON[1]}",
        )
        yield Finding(where, "latitude", message)


def check_measure(
    m: Measure, where: Located, sources: Mapping[str, Source], vocab: Vocabulary
) -> Iterator[Finding]:
    """Known kind and sources."""
    yield from check_sources(m.sources, sources, where, "sources")
    planned = m.status in ("planned", "proposed")
    yield from check_date(m.date, m.date_precision, where, future=planned)
    yield from check_code(m.kind, vocab.measure_kinds, where, "kind")


def check_indicator(
    i: Indicator, where: Located, sources: Mapping[str, Source], vocab: Vocabulary
) -> Iterator[Finding]:
    """A value or a value text, a known unit, a known source."""
    yield from check_sources((i.source,), sources, where, "source")
    yield from check_code(i.unit, vocab.units, where, "unit")
    if i.value is None and not i.value_text:
        yield Finding(where, "value", Message(m.NO_VALUE))
    if i.value is not None and i.value < 0:
        yield Finding(where, "value", Message(m.NEGATIVE, value=i.value))
    if i.first_year > dt.date.today().year:
        yield Finding(where, "period", Message(m.PERIOD_AHEAD, value=i.period))


def _field_text(record: Incident | Indicator | Measure, field: str) -> str | None:
    value = getattr(record, field, None)
    if value is None:
        return None
    if field == "date" and isinstance(record, Incident | Measure):
        return format_date(value.isoformat(), record.date_precision)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def check_dispute(
    d: Dispute,
    where: Located,
    records: Mapping[str, Incident | Indicator | Measure],
    sources: Mapping[str, Source],
) -> Iterator[Finding]:
    """The record exists, the field exists, and the record shows one of the versions."""
    for v in d.versions:
        yield from check_sources((v.source,), sources, where, "versions.source")
    record = records.get(d.record)
    if record is None:
        yield Finding(where, "record", _message("data_not_a_record", id=d.record))
        return
    if d.field == "account":
        return
    if d.field not in type(record).model_fields:
        fields = ", ".join(type(record).model_fields)
        yield Finding(
            where, "field", _message("data_not_a_field", field=d.field, id=d.record, known=fields)
        )
        return
    current = _field_text(record, d.field)
    if current not in {v.value for v in d.versions}:
        yield Finding(
            where,
            "versions",
            _message("data_no_version_matches", id=d.record, field=d.field, current=current),
        )


def _texts(topic: Topic) -> Iterator[tuple[str, TextBlock | NoteBlock | str]]:
    for i, p in enumerate(topic.summary):
        yield f"summary[{i}]", p
    for i, j in enumerate(topic.key_judgments):
        yield f"key_judgments[{i}]", j
    for s_i, section in enumerate(topic.sections):
        for b_i, block in enumerate(section.body):
            if isinstance(block, TextBlock | NoteBlock):
                yield f"sections[{s_i}].body[{b_i}]", block
        for t_i, point in enumerate(section.talking_points):
            yield f"sections[{s_i}].talking_points[{t_i}]", point
    for k_i, p in enumerate(topic.key_points):
        yield f"key_points[{k_i}]", p
    if topic.bottom_line is not None:
        yield "bottom_line", topic.bottom_line


def check_topic(
    topic: Topic,
    chosen: TopicRecords,
    sources: Mapping[str, Source],
    incidents: Mapping[str, Incident],
    measures: Mapping[str, Measure],
    indicators: Mapping[str, Indicator],
) -> Iterator[tuple[str, str]]:
    """(field path, message) for every broken rule in a topic (its selections: rule_checks)."""
    dated: dict[str, Mapping[str, Incident] | Mapping[str, Measure]] = {
        "incidents": incidents,
        "measures": measures,
    }
    for kind, records in dated.items():
        rule: Rule = getattr(topic, kind)
        for i, rid in enumerate(rule.ids):
            record = records.get(rid)
            if record and not in_period(record, topic.period):
                yield (
                    rule.where(kind, i),
                    _message(
                        "data_dated_outside",
                        id=rid,
                        date=record.date,
                        start=topic.period.start,
                        end=topic.period.end,
                    ),
                )
    for i, xid in enumerate(topic.indicators.ids):
        ind = indicators.get(xid)
        if ind and not in_period(ind, topic.period):
            yield (
                topic.indicators.where("indicators", i),
                _message(
                    "data_covers_outside",
                    id=xid,
                    period=ind.period,
                    start=topic.period.start,
                    end=topic.period.end,
                ),
            )
    yield from _check_key_figures(topic.key_figures, chosen, incidents, indicators)
    yield from _check_texts(topic, sources)
    yield from _check_lead_charts(topic)
    ids = [s.id for s in topic.sections]
    for s_i, sid in enumerate(ids):
        if ids.index(sid) != s_i:
            yield f"sections[{s_i}].id", _message("data_section_id_twice", id=sid)


def _check_lead_charts(topic: Topic) -> Iterator[tuple[str, str]]:
    """Each ``lead_charts`` entry names a section of the topic and a chart it shows."""
    for i, ref in enumerate(topic.lead_charts):
        section_id, kind = ref.split(":", 1)
        section = next((s for s in topic.sections if s.id == section_id), None)
        if section is None:
            known = ", ".join(s.id for s in topic.sections)
            yield (
                f"lead_charts[{i}]",
                _message("data_not_a_section", id=section_id, known=known),
            )
        elif chart_in(section, kind) is None:
            shown = [b.chart for b in section.body if isinstance(b, ChartBlock)]
            has = ", ".join(f"{section_id}:{k}" for k in shown) or "no chart"
            yield (
                f"lead_charts[{i}]",
                f'section "{section_id}" shows no {kind} chart (it has {has})',
            )


def _check_key_figures(
    figures: tuple[KeyFigure, ...],
    chosen: TopicRecords,
    incidents: Mapping[str, Incident],
    indicators: Mapping[str, Indicator],
) -> Iterator[tuple[str, str]]:
    for k_i, kf in enumerate(figures):
        where = f"key_figures[{k_i}]"
        if kf.incident is not None:
            inc = incidents.get(kf.incident)
            if inc is None:
                yield f"{where}.incident", _message("data_not_in_incidents", id=kf.incident)
            elif kf.field and getattr(inc, kf.field) is None:
                yield (
                    f"{where}.field",
                    _message("data_no_figure", id=kf.incident, field=kf.field),
                )
            elif kf.incident not in chosen.incidents:
                yield f"{where}.incident", _message("data_not_in_topic_incidents", id=kf.incident)
        for name in ("indicator", "compare"):
            xid = getattr(kf, name)
            if xid is not None and xid not in indicators:
                yield f"{where}.{name}", _message("data_not_in_indicators", id=xid)
            elif xid is not None and xid not in chosen.indicators:
                yield f"{where}.{name}", _message("data_not_in_topic_indicators", id=xid)
        yield from _check_comparison(kf, where, indicators)


def _check_comparison(
    kf: KeyFigure, where: str, indicators: Mapping[str, Indicator]
) -> Iterator[tuple[str, str]]:
    """A key figure's "before -> after": another indicator, in the same unit, from before."""
    if kf.compare is None or kf.indicator is None:
        return
    if kf.compare == kf.indicator:
        yield (
            f"{where}.compare",
            _message("data_compares_itself", id=kf.indicator),
        )
        return
    before, after = indicators.get(kf.compare), indicators.get(kf.indicator)
    if before is None or after is None:
        return
    if before.unit != after.unit:
        yield (
            f"{where}.compare",
            _message(
                "data_compare_units",
                before=kf.compare,
                before_unit=before.unit,
                after=kf.indicator,
                after_unit=after.unit,
            ),
        )
    if before.first_year >= after.first_year:
        yield (
            f"{where}.compare",
            _message(
                "data_compare_not_earlier",
                before=kf.compare,
                before_period=before.period,
                after=kf.indicator,
                after_period=after.period,
            ),
        )


def _cited_texts(topic: Topic) -> Iterator[tuple[str, str, tuple[str, ...], bool]]:
    """(field path, text, the sources it lists, whether it is a block) for each text."""
    for where, item in _texts(topic):
        if isinstance(item, str):
            yield where, item, (), False
        else:
            text = item.text if isinstance(item, TextBlock) else item.note
            yield where, text, item.sources, True


def narrative(topic: Topic) -> Iterator[tuple[str, str]]:
    """(field path, text) of every paragraph, note, key judgment and talking point."""
    for where, text, _, _ in _cited_texts(topic):
        yield where, text


def check_placeholders(topic: Topic, language: Language) -> Iterator[tuple[str, str]]:
    """(field path, message) for each count placeholder a text gets wrong in ``language``."""
    texts = [(where, text) for where, text, _, _ in _cited_texts(topic)]
    for s_i, section in enumerate(topic.sections):
        for b_i, block in enumerate(section.body):
            if isinstance(block, ChartBlock):
                texts += [
                    (f"sections[{s_i}].body[{b_i}].{key}", getattr(block, key))
                    for key in ("headline", "caption")
                ]
    for where, text in texts:
        for message in placeholder_problems(text, topic, language):
            yield where, message


def check_attributions(topic: Topic, sources: Mapping[str, Source]) -> Iterator[tuple[str, str]]:
    """(field path, message) for each claim resting only on partisan sources it does not name."""
    for where, text, listed, _ in _cited_texts(topic):
        for claim, names in unattributed(text, listed, sources):
            yield (
                where,
                _message(
                    "data_partisan_only",
                    claim=claim.opening,
                    names=functools.reduce(_and, map(repr, names)),
                ),
            )


def _and(left: str, right: str) -> str:
    """``left`` and ``right``, said in a language's words for "and"."""
    return _message("data_and", left=left, right=right)


def _check_texts(topic: Topic, sources: Mapping[str, Source]) -> Iterator[tuple[str, str]]:
    for where, text, listed, block in _cited_texts(topic):
        cited = tuple(CITATION.findall(text)) + listed
        for sid in cited:
            if sid not in sources:
                yield (
                    where,
                    _message("data_cites_unknown", id=sid, known=", ".join(sorted(sources))),
                )
        if "[@" in CITATION.sub("", text):
            yield where, _message("data_malformed_citation")
        needs_citation = block or any(ch.isdigit() for ch in CITATION.sub("", text))
        if needs_citation and not cited:
            yield where, _message("data_cites_none")
    yield from check_attributions(topic, sources)
