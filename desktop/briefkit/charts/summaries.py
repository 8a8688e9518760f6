"""What each chart counts, in plain Python: shared by the figure builders and the alt text.

Nothing here imports plotly, so the numbers a chart draws and the sentences that describe it
come from one place and cannot drift apart. Unknown counts (``None``) are never read as zero:
each total says how many incidents it could not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from briefkit.catalog.language import ENGLISH_WORDS, current
from briefkit.catalog.records import (
    DatePrecision,
    GeoPrecision,
    Incident,
    Indicator,
    Measure,
)
from briefkit.compose.wording import QUALIFIER_WORDS

__all__ = [
    "EVENT_TYPE_ORDER",
    "MAP_VIEW",
    "CasualtyCategories",
    "Granularity",
    "IncidentTimeline",
    "IndicatorGroup",
    "MapView",
    "PlaceGroup",
    "RegionCasualties",
    "Tally",
    "TimeBin",
    "casualties_by_category",
    "casualties_by_region",
    "format_number",
    "incidents_over_time",
    "indicator_groups",
    "label_for",
    "loose_precision",
    "map_places",
    "measure_date_label",
    "measures_in_order",
    "period_label",
    "plural",
    "region_bars",
    "region_of",
    "running_label",
    "short_place",
    "unit_label",
    "value_text",
]

EVENT_TYPE_ORDER: tuple[str, ...] = (
    "bombing",
    "suicide-bombing",
    "armed-assault",
    "ct-operation",
    "arrest",
    "foiled-plot",
    "accidental-blast",
    "protest",
    "propaganda",
    "other",
)
"""Event type codes in the order legends list them when counts tie."""

DEFAULT_LABELS: Mapping[str, str] = {
    "bombing": "Bombing",
    "suicide-bombing": "Suicide bombing",
    "armed-assault": "Armed assault",
    "ct-operation": "Counter-terrorism operation",
    "arrest": "Arrest",
    "foiled-plot": "Foiled plot",
    "accidental-blast": "Accidental blast",
    "protest": "Protest",
    "propaganda": "Propaganda",
    "other": "Other",
    "law": "Law",
    "decree": "Decree",
    "body": "Body",
    "strategy": "Strategy",
    "programme": "Programme",
    "initiative": "Initiative",
    "usd": "US dollars",
    "kzt": "tenge",
    "people": "people",
    "persons": "people",
    "websites": "websites",
    "percent": "%",
}
"""Labels used when the composer gave none for a code."""

_ACRONYMS = {"ct": "CT", "us": "US", "un": "UN", "osce": "OSCE", "sco": "SCO", "cis": "CIS"}


def label_for(code: str, labels: Mapping[str, str]) -> str:
    """The human label of a coded value: the composer's, a built-in one, or the code prettified."""
    if code in labels:
        return labels[code]
    if code in DEFAULT_LABELS:
        return DEFAULT_LABELS[code]
    words = [_ACRONYMS.get(w, w) for w in code.replace("_", "-").split("-") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else code


def unit_label(code: str, labels: Mapping[str, str]) -> str:
    """The label of a unit code: the composer gives them as ``"unit:<code>"``."""
    return labels.get(f"unit:{code}") or label_for(code, labels)


def short_place(place: str) -> str:
    """A place name short enough for a map label: the part before the first comma."""
    return place.split(",")[0].strip() or place


def running_label(label: str) -> str:
    """A label as it reads inside a sentence ("Armed assault" -> "armed assault")."""
    if len(label) > 1 and label[1].isupper():  # an acronym such as "CT operation"
        return label
    return label[:1].lower() + label[1:]


def plural(n: int, singular: str, many: str | None = None) -> str:
    """``"1 incident"``, ``"3 incidents"`` (in the current language when it has the noun)."""
    key = singular.replace(" ", "_")
    if f"{key}_one" in ENGLISH_WORDS:
        return current().count_noun(n, key)
    return f"{n} {singular if n == 1 else (many or singular + 's')}"


def format_number(value: float) -> str:
    """A figure as printed: ``27``, ``1,250``, ``3.5``, ``1.3 million``, ``1.3 bn``."""
    lang = current()
    magnitude = abs(value)
    if magnitude >= 1e9:
        return lang.w("billions_short", value=f"{value / 1e9:.3g}".replace(".", lang.decimal))
    if magnitude >= 1e6:
        return lang.w("millions", value=f"{value / 1e6:.3g}".replace(".", lang.decimal))
    if float(value).is_integer():
        return lang.number(value)
    return lang.number(value, 2).rstrip("0").rstrip(lang.decimal)


# ---------------------------------------------------------------------------------------------
# Counts that may be unknown


@dataclass(frozen=True)
class Tally:
    """A sum over incidents of a count that some incidents may not report."""

    known: int = 0
    """The sum of the counts that are known."""
    unknown: int = 0
    """How many incidents did not report the count."""
    reported: int = 0
    """How many incidents did report it (zero included)."""

    @classmethod
    def of(cls, values: Iterable[int | None]) -> Tally:
        """Sum the known values and count the unknown ones."""
        known = unknown = reported = 0
        for v in values:
            if v is None:
                unknown += 1
            else:
                known += v
                reported += 1
        return cls(known, unknown, reported)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.known + other.known, self.unknown + other.unknown, self.reported + other.reported
        )

    @property
    def all_unknown(self) -> bool:
        """True when no incident reported the count."""
        return self.unknown > 0 and self.reported == 0

    @property
    def text(self) -> str:
        """The tally as printed: ``"7"``, ``"≥7"`` when some counts are unknown, ``"unknown"``."""
        lang = current()
        if self.all_unknown:
            return lang.w("chart_unknown")
        if self.unknown:
            return f"≥{lang.number(self.known)}" if self.known else lang.w("chart_plus_unknown")
        return lang.number(self.known)


# ---------------------------------------------------------------------------------------------
# Incidents over time


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


def _month(number: int) -> str:
    """The short name of a month (1-12) in the current language."""
    return current().months_short[number - 1]


def _quarter(number: int) -> str:
    return current().w("quarter_short", quarter=number)


@dataclass(frozen=True)
class TimeBin:
    """One bar of the timeline: a month, quarter or year."""

    key: tuple[int, int]
    """(year, month), (year, quarter) or (year, 0): sorts in time order."""
    granularity: Granularity

    @property
    def label(self) -> str:
        """``"May 2011"``, ``"Q2 2011"`` or ``"2011"``."""
        year, part = self.key
        if self.granularity is Granularity.MONTH:
            return f"{_month(part)} {year}"
        if self.granularity is Granularity.QUARTER:
            return f"{_quarter(part)} {year}"
        return str(year)

    def tick(self, first: bool) -> str:
        """The axis label: the year only under the first bar and each new year's first bar."""
        year, part = self.key
        if self.granularity is Granularity.YEAR:
            return str(year)
        name = _month(part) if self.granularity is Granularity.MONTH else _quarter(part)
        return f"{name}<br>{year}" if first or part == 1 else name

    def next(self) -> TimeBin:
        """The bin after this one."""
        year, part = self.key
        last = {Granularity.MONTH: 12, Granularity.QUARTER: 4, Granularity.YEAR: 0}[
            self.granularity
        ]
        if part >= last:
            return TimeBin((year + 1, 1 if last else 0), self.granularity)
        return TimeBin((year, part + 1), self.granularity)


def loose_precision(incidents: Iterable[Incident]) -> str:
    """How loosely a set of incidents is dated: ``"quarter"``, ``"year"``, ``"quarter or year"``."""
    words = {
        DatePrecision.QUARTER: "quarter",
        DatePrecision.YEAR: "year",
        DatePrecision.BY: "year",
        DatePrecision.MONTH: "month",
        DatePrecision.DAY: "day",
    }
    lang = current()
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


# ---------------------------------------------------------------------------------------------
# Casualties by region


def region_of(incident: Incident) -> str:
    """Where an incident counts in the regional chart: its region (oblast), or its country abroad.

    An incident abroad is grouped under its country ("Syria"), or "region, country" when the
    region is given; an incident at home with no region falls back to its place.
    """
    if incident.abroad:
        return f"{incident.region}, {incident.country}" if incident.region else incident.country
    return incident.region or incident.place


@dataclass(frozen=True)
class RegionCasualties:
    """People killed and wounded in one region."""

    region: str
    incidents: int
    killed: Tally
    wounded: Tally
    abroad: bool = False


def casualties_by_region(incidents: Sequence[Incident]) -> tuple[RegionCasualties, ...]:
    """Killed and wounded per region, the hardest-hit region first."""
    groups: dict[str, list[Incident]] = {}
    for inc in incidents:
        groups.setdefault(region_of(inc), []).append(inc)
    rows = [
        RegionCasualties(
            region=name,
            incidents=len(group),
            killed=Tally.of(i.killed for i in group),
            wounded=Tally.of(i.wounded for i in group),
            abroad=all(i.abroad for i in group),
        )
        for name, group in groups.items()
    ]
    rows.sort(key=lambda r: (-r.killed.known, -r.wounded.known, r.abroad, r.region))
    return tuple(rows)


def region_bars(
    rows: Sequence[RegionCasualties], limit: int = 10
) -> tuple[tuple[RegionCasualties, ...], tuple[RegionCasualties, ...]]:
    """The rows a chart draws, and the regions left out because they report no figures at all.

    Beyond ``limit`` rows, the smallest regions are merged into one "n other regions" row.
    """
    silent = tuple(r for r in rows if r.killed.all_unknown and r.wounded.all_unknown)
    drawn = [r for r in rows if r not in silent]
    if len(drawn) > limit:
        rest = drawn[limit - 1 :]
        merged = RegionCasualties(
            region=plural(len(rest), "other region"),
            incidents=sum(r.incidents for r in rest),
            killed=sum((r.killed for r in rest), Tally()),
            wounded=sum((r.wounded for r in rest), Tally()),
        )
        drawn = [*drawn[: limit - 1], merged]
    return tuple(drawn), silent


# ---------------------------------------------------------------------------------------------
# Casualties by category


@dataclass(frozen=True)
class CasualtyCategories:
    """The dead of a set of incidents, by who they were."""

    security: int = 0
    civilians: int = 0
    perpetrators: int = 0
    not_broken_down: int = 0
    """Deaths in a reported total that the sources do not attribute to a category."""
    incidents: int = 0
    unknown: int = 0
    """Incidents with no death toll at all (neither a total nor any category)."""
    partial: int = 0
    """Incidents with some categories but no total: their full toll may be higher."""

    CATEGORIES = (
        ("security", "Security forces"),
        ("civilians", "Civilians"),
        ("perpetrators", "Perpetrators"),
        ("not_broken_down", "Not broken down"),
    )
    """Attribute names and English labels, in the order the chart draws them."""

    @classmethod
    def labelled(cls) -> tuple[tuple[str, str], ...]:
        """Attribute names and labels in the current language, in the chart's order."""
        return tuple((name, current().w("cat_" + name)) for name, _ in cls.CATEGORIES)

    @property
    def total(self) -> int:
        """All deaths counted."""
        return self.security + self.civilians + self.perpetrators + self.not_broken_down

    def value(self, name: str) -> int:
        """The count for one attribute name of ``CATEGORIES``."""
        return int(getattr(self, name))

    def caveats(self) -> list[str]:
        """What a reader of the counts must know: incidents left out or only partly counted."""
        notes = []
        if self.unknown:
            notes.append(
                current().w("chart_not_counted", incidents=plural(self.unknown, "incident"))
            )
        if self.partial:
            notes.append(current().w("chart_partial", incidents=plural(self.partial, "incident")))
        return notes


def casualties_by_category(incidents: Sequence[Incident]) -> CasualtyCategories:
    """Deaths split into security forces, civilians and perpetrators.

    When an incident reports a total larger than its categories, the rest is "not broken down".
    An incident with no figures is counted in ``unknown``, never as zero dead.
    """
    security = civilians = perpetrators = rest = unknown = partial = 0
    for inc in incidents:
        parts = (inc.killed_security, inc.killed_civilians, inc.killed_perpetrators)
        known_parts = sum(p for p in parts if p is not None)
        if inc.killed is None and all(p is None for p in parts):
            unknown += 1
            continue
        security += inc.killed_security or 0
        civilians += inc.killed_civilians or 0
        perpetrators += inc.killed_perpetrators or 0
        if inc.killed is None:
            partial += 1
        else:
            rest += max(0, inc.killed - known_parts)
    return CasualtyCategories(
        security, civilians, perpetrators, rest, len(incidents), unknown, partial
    )


# ---------------------------------------------------------------------------------------------
# The map


@dataclass(frozen=True)
class MapView:
    """The part of the world the incidents map shows (degrees)."""

    lat: tuple[float, float]
    lon: tuple[float, float]

    def contains(self, latitude: float, longitude: float) -> bool:
        """True if the point falls inside the view."""
        return self.lat[0] <= latitude <= self.lat[1] and self.lon[0] <= longitude <= self.lon[1]

    @property
    def center(self) -> tuple[float, float]:
        """(lat, lon) of the middle of the view."""
        return ((self.lat[0] + self.lat[1]) / 2, (self.lon[0] + self.lon[1]) / 2)


MAP_VIEW = MapView(lat=(38.0, 56.8), lon=(37.0, 97.0))
"""Kazakhstan and its neighbours: the Caspian, the south of Russia, Central Asia, west China."""


@dataclass(frozen=True, eq=False)
class PlaceGroup:
    """Incidents at one place, drawn as one label."""

    place: str
    latitude: float
    longitude: float
    incidents: tuple[Incident, ...] = field(default=())

    @property
    def killed(self) -> Tally:
        """People killed at this place."""
        return Tally.of(i.killed for i in self.incidents)


def map_places(
    incidents: Sequence[Incident], view: MapView = MAP_VIEW
) -> tuple[tuple[PlaceGroup, ...], tuple[Incident, ...], tuple[Incident, ...]]:
    """Incidents grouped by place (busiest first), those outside the view, and those located
    only to a country (a country's centre is no place on a map)."""
    inside: dict[tuple[str, float, float], list[Incident]] = {}
    outside: list[Incident] = []
    vague: list[Incident] = []
    for inc in incidents:
        if inc.geo_precision is GeoPrecision.COUNTRY:
            vague.append(inc)
            continue
        if not view.contains(inc.latitude, inc.longitude):
            outside.append(inc)
            continue
        key = (short_place(inc.place), round(inc.latitude, 1), round(inc.longitude, 1))
        inside.setdefault(key, []).append(inc)
    groups = [
        PlaceGroup(place, group[0].latitude, group[0].longitude, tuple(group))
        for (place, _, _), group in inside.items()
    ]
    groups.sort(key=lambda g: (-len(g.incidents), -g.killed.known, g.place))
    return tuple(groups), tuple(outside), tuple(vague)


# ---------------------------------------------------------------------------------------------
# Indicators


@dataclass(frozen=True)
class IndicatorGroup:
    """The values of one measured thing (``Indicator.indicator``), oldest period first."""

    indicator: str
    label: str
    unit: str
    values: tuple[Indicator, ...]


def indicator_groups(indicators: Sequence[Indicator]) -> tuple[IndicatorGroup, ...]:
    """Group indicator values by their ``indicator`` key, in order of first appearance."""
    groups: dict[str, list[Indicator]] = {}
    for ind in indicators:
        groups.setdefault(ind.indicator, []).append(ind)
    return tuple(
        IndicatorGroup(
            key,
            group[0].label,
            group[0].unit,
            tuple(sorted(group, key=lambda i: (i.year, i.period))),
        )
        for key, group in groups.items()
    )


def indicator_periods(groups: Sequence[IndicatorGroup]) -> list[str]:
    """Every period of the groups, oldest first."""
    seen: dict[str, tuple[int, str]] = {}
    for g in groups:
        for ind in g.values:
            seen.setdefault(ind.period, (ind.year, ind.period))
    return sorted(seen, key=lambda p: seen[p])


def period_label(period: str) -> str:
    """``"2008"``, ``"2011-05"`` -> ``"May 2011"``, ``"2011/2012"`` -> ``"2011–2012"``."""

    def one(part: str) -> str:
        if len(part) == 7:
            return f"{_month(int(part[5:]))} {part[:4]}"
        return part

    return "–".join(one(p) for p in period.split("/"))


def value_text(indicator: Indicator) -> str:
    """The value as its source states it: ``"27"``, ``"almost 170"``, ``"not reported"``."""
    if indicator.value is None:
        return indicator.value_text or current().w("not_reported")
    key = QUALIFIER_WORDS.get(indicator.qualifier)
    number = format_number(indicator.value)
    return current().w(key, value=number) if key else number


# ---------------------------------------------------------------------------------------------
# Measures


def measures_in_order(measures: Sequence[Measure]) -> tuple[Measure, ...]:
    """Measures by date, then title."""
    return tuple(sorted(measures, key=lambda m: (m.date, m.title)))


def measure_date_label(measure: Measure) -> str:
    """The date as precisely as the sources give it: ``"5 Jun 2016"``, ``"by 2013"``."""
    d = measure.date
    p = measure.date_precision
    lang = current()
    parts = lang.date_parts(d)
    if p is DatePrecision.DAY:
        return lang.w("date_short_day", **parts)
    if p is DatePrecision.MONTH:
        return lang.w("date_short_month", **parts)
    if p is DatePrecision.QUARTER:
        return f"{_quarter((d.month - 1) // 3 + 1)} {d.year}"
    if p is DatePrecision.BY:
        return lang.w("date_short_by", **parts)
    return str(d.year)
