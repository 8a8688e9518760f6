"""The records each selection of a topic takes, worked out once from the English catalog.

Rules match the data as written in English (a translation renames countries and regions), so
a catalog keeps what every topic's selections took when it was loaded; a translated catalog
shares it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from briefkit.catalog.records import Incident, Indicator, Measure
from briefkit.catalog.selection import Chosen, Rule, select
from briefkit.catalog.topic import ChartBlock, Period, TableBlock, TimelineBlock, Topic

Kind = Literal["incidents", "measures", "indicators"]
KINDS: tuple[Kind, ...] = ("incidents", "measures", "indicators")


def _key(kind: Kind, rule: Rule) -> tuple[str, str]:
    return kind, rule.model_dump_json()


@dataclass(frozen=True)
class TopicRecords:
    """The ids a topic takes, by kind, and what each selection inside it takes."""

    incidents: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    within: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def of(self, kind: Kind, rule: Rule | None) -> tuple[str, ...]:
        """What a selection inside the topic takes; absent (None): all of the topic's."""
        if rule is None:
            return self.topic(kind)
        return self.within[_key(kind, rule)]

    def topic(self, kind: Kind) -> tuple[str, ...]:
        """The topic's own records of one kind."""
        ids: tuple[str, ...] = getattr(self, kind)
        return ids

    def everything(self) -> tuple[str, ...]:
        """Every record the topic takes: incidents, measures, indicators."""
        return (*self.incidents, *self.measures, *self.indicators)


def inner_rules(topic: Topic) -> Iterator[tuple[str, Kind, Rule]]:
    """(field path, kind, rule) for every selection inside the topic: blocks, key figures,
    counts."""
    for s_i, section in enumerate(topic.sections):
        for b_i, block in enumerate(section.body):
            if isinstance(block, ChartBlock | TableBlock | TimelineBlock):
                for kind in KINDS:
                    rule: Rule | None = getattr(block, kind)
                    if rule is not None:
                        yield f"sections[{s_i}].body[{b_i}].{kind}", kind, rule
    for k_i, figure in enumerate(topic.key_figures):
        if figure.incidents is not None:
            yield f"key_figures[{k_i}].incidents", "incidents", figure.incidents
    for c_i, count in enumerate(topic.counts):
        if count.incidents is not None:
            yield f"counts[{c_i}].incidents", "incidents", count.incidents


def in_period(record: Chosen, period: Period) -> bool:
    """True when a dated record falls in the period, or an indicator's years overlap it."""
    if isinstance(record, Indicator):
        return record.year >= period.start.year and record.first_year <= period.end.year
    return period.contains(record.date)


def period_scope(table: Mapping[str, Chosen], period: Period) -> list[str]:
    """The ids of the table's records in the period, in the table's order (a topic's scope)."""
    return [rid for rid, r in table.items() if in_period(r, period)]


def records_of(
    topic: Topic,
    incidents: Mapping[str, Incident],
    measures: Mapping[str, Measure],
    indicators: Mapping[str, Indicator],
) -> TopicRecords:
    """What the topic's selections take from the records (each table in its catalog order)."""
    tables: dict[Kind, Mapping[str, Chosen]] = {
        "incidents": incidents,
        "measures": measures,
        "indicators": indicators,
    }
    own = {
        kind: select(getattr(topic, kind), table, period_scope(table, topic.period))
        for kind, table in tables.items()
    }
    within = {
        _key(kind, rule): select(rule, tables[kind], own[kind])
        for _, kind, rule in inner_rules(topic)
    }
    return TopicRecords(own["incidents"], own["measures"], own["indicators"], within)
