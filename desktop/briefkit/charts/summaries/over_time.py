"""Incidents over time: counted per month, quarter or year and per event type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from briefkit.catalog.language import Language
from briefkit.catalog.records import DatePrecision, Incident
from briefkit.charts.summaries.common import EVENT_TYPE_ORDER


class Granularity(StrEnum):
    """The width of one bar of the incidents-over-time chart."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.QUARTER: 2,
    DatePrecision.YEAR: 3,
    DatePrecision.BY: 3,
}
_GRANULARITY_RANK = {Granularity.MONTH: 1, Granularity.QUARTER: 2, Granularity.YEAR: 3}


def month_name(lang: Language, number: int) -> str:
    """The short name of a month (1-12) in ``lang``."""
    return lang.months_short[number - 1]


def quarter_name(lang: Language, number: int) -> str:
    """The short name of a quarter (1-4) in ``lang``: "Q2"."""
    return lang.w("quarter_short", quarter=number)


@dataclass(frozen=True)
class TimeBin:
    """One bar of the timeline: a month, quarter or year."""

    key: tuple[int, int]
    """(year, month), (year, quarter) or (year, 0): sorts in time order."""
    granularity: Granularity

    def label(self, lang: Language) -> str:
        """``"May 2011"``, ``"Q2 2011"`` or ``"2011"``."""
        year, part = self.key
        if self.granularity is Granularity.MONTH:
            return lang.short_period(month_name(lang, part), year)
        if self.granularity is Granularity.QUARTER:
            return lang.short_period(quarter_name(lang, part), year)
        return str(year)

    def tick(self, lang: Language, first: bool) -> str:
        """The axis label: the year only under the first bar and each new year's first bar."""
        year, part = self.key
        if self.granularity is Granularity.YEAR:
            return str(year)
        if self.granularity is Granularity.MONTH:
            name = month_name(lang, part)
        else:
            name = quarter_name(lang, part)
        return lang.short_period(name, year, lines=True) if first or part == 1 else name

    def next(self) -> TimeBin:
        """The bin after this one."""
        year, part = self.key
        last = {Granularity.MONTH: 12, Granularity.QUARTER: 4, Granularity.YEAR: 0}[
            self.granularity
        ]
        if part >= last:
            return TimeBin((year + 1, 1 if last else 0), self.granularity)
        return TimeBin((year, part + 1), self.granularity)


def loose_precision(lang: Language, incidents: Iterable[Incident]) -> str:
    """How loosely a set of incidents is dated: ``"quarter"``, ``"year"``, ``"quarter or year"``."""
    words = {
        DatePrecision.QUARTER: "quarter",
        DatePrecision.YEAR: "year",
        DatePrecision.BY: "year",
        DatePrecision.MONTH: "month",
        DatePrecision.DAY: "day",
    }
    found = sorted({i.date_precision for i in incidents}, key=lambda p: _PRECISION_RANK[p])
    names = list(dict.fromkeys(lang.w("chart_precision_" + words[p]) for p in found))
    return f" {lang.w('or')} ".join(names)


def _bin_of(day: dt.date, granularity: Granularity) -> TimeBin:
    if granularity is Granularity.MONTH:
        return TimeBin((day.year, day.month), granularity)
    if granularity is Granularity.QUARTER:
        return TimeBin((day.year, (day.month - 1) // 3 + 1), granularity)
    return TimeBin((day.year, 0), granularity)


@dataclass(frozen=True)
class IncidentTimeline:
    """Incidents counted per bin and event type."""

    granularity: Granularity
    bins: tuple[TimeBin, ...]
    types: tuple[str, ...]
    """Event type codes, most frequent first."""
    counts: Mapping[str, tuple[int, ...]]
    """Per event type, one count per bin."""
    left_out: tuple[Incident, ...] = ()
    """Incidents dated too loosely to place in a bin (for example only to the year)."""

    @property
    def totals(self) -> tuple[int, ...]:
        """Incidents per bin, all types together."""
        return tuple(sum(c[i] for c in self.counts.values()) for i in range(len(self.bins)))

    @property
    def total(self) -> int:
        """Incidents drawn."""
        return sum(self.totals)

    def type_total(self, code: str) -> int:
        """Incidents of one type drawn."""
        return sum(self.counts[code])


def _granularity_for(incidents: Sequence[Incident]) -> Granularity:
    first = min(i.date for i in incidents)
    last = max(i.date for i in incidents)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= 18:
        return Granularity.MONTH
    if months <= 16 * 3:
        return Granularity.QUARTER
    return Granularity.YEAR


def incidents_over_time(incidents: Sequence[Incident]) -> IncidentTimeline:
    """Count incidents per month, quarter or year (as fits the span) and per event type.

    Incidents dated more loosely than the bars are left out and listed in ``left_out``; when
    more than a quarter of them would be left out, the bars widen (month -> quarter -> year).
    """
    if not incidents:
        return IncidentTimeline(Granularity.YEAR, (), (), {})
    granularity = _granularity_for(incidents)
    while True:
        rank = _GRANULARITY_RANK[granularity]
        placed = [i for i in incidents if _PRECISION_RANK[i.date_precision] <= rank]
        left_out = [i for i in incidents if _PRECISION_RANK[i.date_precision] > rank]
        if granularity is Granularity.YEAR or len(left_out) * 4 <= len(incidents):
            break
        granularity = Granularity.QUARTER if rank == 1 else Granularity.YEAR
    if not placed:
        return IncidentTimeline(granularity, (), (), {}, tuple(left_out))

    first = _bin_of(min(i.date for i in placed), granularity)
    last = _bin_of(max(i.date for i in placed), granularity)
    bins = [first]
    while bins[-1].key < last.key:
        bins.append(bins[-1].next())
    index = {b.key: n for n, b in enumerate(bins)}

    per_type: dict[str, list[int]] = {}
    for inc in placed:
        row = per_type.setdefault(inc.event_type, [0] * len(bins))
        row[index[_bin_of(inc.date, granularity).key]] += 1

    def order(code: str) -> tuple[int, int, str]:
        known = EVENT_TYPE_ORDER.index(code) if code in EVENT_TYPE_ORDER else len(EVENT_TYPE_ORDER)
        return (-sum(per_type[code]), known, code)

    types = tuple(sorted(per_type, key=order))
    counts = {code: tuple(per_type[code]) for code in types}
    return IncidentTimeline(granularity, tuple(bins), types, counts, tuple(left_out))
