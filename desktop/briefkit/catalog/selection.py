"""Which records a topic, or a table, chart, map, key figure or count inside it, takes.

A selection is written either as a list of ids (exactly those records) or as a rule: criteria
that must all match (``from``/``to`` dates, ``countries``, ``regions``, ``event_types``,
``target_types``, ``sources``), explicit ``ids`` added to what they match, and an ``exclude``
list taken away. A rule with no criteria and no ids takes every record in its scope: for a
topic, every record of the catalog in the topic's period; inside a topic, the topic's records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ConfigDict, Field, PrivateAttr, model_validator

from briefkit.catalog.records import Id, Incident, Indicator, Measure, Record, ShortText
from briefkit.messages import message

Chosen = Incident | Indicator | Measure


class Rule(Record):
    """A selection of measures or indicators (the criteria every kind of record has)."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, populate_by_name=True
    )

    start: dt.date | None = Field(default=None, alias="from")
    end: dt.date | None = Field(default=None, alias="to")
    sources: tuple[Id, ...] = ()  # records citing any of these sources
    ids: tuple[Id, ...] = ()  # records taken whether or not the criteria match
    exclude: tuple[Id, ...] = ()  # records left out whatever else matches
    _listed: bool = PrivateAttr(default=False)  # written as a plain list of ids

    @model_validator(mode="wrap")
    @classmethod
    def _from_list(cls, value: Any, handler: Callable[[Any], Rule]) -> Rule:
        """A plain list of ids is the rule ``{ids: [...]}``."""
        if isinstance(value, list | tuple):
            rule = handler({"ids": value})
            rule._listed = True
            return rule
        return handler(value)

    @model_validator(mode="after")
    def _ordered(self) -> Rule:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(message("data_to_before_from"))
        return self

    @property
    def criteria(self) -> dict[str, object]:
        """The criteria given (by the name written in a topic file), empty when none."""
        written = {"start": "from", "end": "to"}
        return {
            written.get(name, name): value
            for name, value in self
            if name not in ("ids", "exclude") and value not in (None, ())
        }

    def where(self, field: str, index: int) -> str:
        """The field path of the ``index``-th explicit id of a selection at ``field``."""
        return f"{field}[{index}]" if self._listed else f"{field}.ids[{index}]"

    @property
    def listed(self) -> bool:
        """True when written as a plain list of ids: exactly those records."""
        return self._listed

    def matches(self, record: Chosen) -> bool:
        """True when the record meets every criterion given."""
        sources: tuple[str, ...]
        if isinstance(record, Indicator):  # a span of years: it overlaps the rule's dates
            first, last, sources = record.first_year, record.year, (record.source,)
            after = self.start is None or last >= self.start.year
            before = self.end is None or first <= self.end.year
        else:
            sources = record.sources
            after = self.start is None or record.date >= self.start
            before = self.end is None or record.date <= self.end
        return after and before and (not self.sources or bool(set(sources) & set(self.sources)))


class IncidentRule(Rule):
    """A selection of incidents: the common criteria and place, event and target."""

    countries: tuple[ShortText, ...] = ()
    regions: tuple[ShortText, ...] = ()
    event_types: tuple[Id, ...] = ()
    target_types: tuple[Id, ...] = ()

    def matches(self, record: Chosen) -> bool:
        """True when the incident meets every criterion given."""
        if not super().matches(record) or not isinstance(record, Incident):
            return False
        wanted = (
            (self.countries, record.country),
            (self.regions, record.region),
            (self.event_types, record.event_type),
            (self.target_types, record.target_type),
        )
        return all(not allowed or value in allowed for allowed, value in wanted)


def select(
    rule: Rule, records: Mapping[str, Chosen], scope: Sequence[str] | None = None
) -> tuple[str, ...]:
    """The ids the rule takes from ``scope`` (ids of ``records``; all of them when None).

    Matches come in the scope's order; explicit ids outside the scope follow, as written. A
    plain list keeps its own order.
    """
    ids = tuple(records) if scope is None else tuple(scope)
    if rule.listed or (not rule.criteria and rule.ids):
        chosen = rule.ids
    else:
        wanted = set(rule.ids)
        matched = [r for r in ids if r in wanted or (r in records and rule.matches(records[r]))]
        taken = set(matched)
        chosen = (*matched, *(r for r in rule.ids if r not in taken))
    left_out = set(rule.exclude)
    return tuple(dict.fromkeys(r for r in chosen if r not in left_out))
