"""Casualties: people killed and wounded per region, and the dead by who they were."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefkit.catalog.language import Language
from briefkit.catalog.records import Incident
from briefkit.charts.summaries.common import Tally

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
    lang: Language, rows: Sequence[RegionCasualties], limit: int = 10
) -> tuple[tuple[RegionCasualties, ...], tuple[RegionCasualties, ...]]:
    """The rows a chart draws, and the regions left out because they report no figures at all.

    Beyond ``limit`` rows, the smallest regions are merged into one "n other regions" row.
    """
    silent = tuple(r for r in rows if r.killed.all_unknown and r.wounded.all_unknown)
    drawn = [r for r in rows if r not in silent]
    if len(drawn) > limit:
        rest = drawn[limit - 1 :]
        merged = RegionCasualties(
            region=lang.count_noun(len(rest), "other_region"),
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

    CATEGORIES = ("security", "civilians", "perpetrators", "not_broken_down")
    """Attribute names, in the order the chart draws them (labelled by the words ``cat_<name>``)."""

    @classmethod
    def labelled(cls, lang: Language) -> tuple[tuple[str, str], ...]:
        """Attribute names and their labels in ``lang``, in the chart's order."""
        return tuple((name, lang.w("cat_" + name)) for name in cls.CATEGORIES)

    @property
    def total(self) -> int:
        """All deaths counted."""
        return self.security + self.civilians + self.perpetrators + self.not_broken_down

    def value(self, name: str) -> int:
        """The count for one attribute name of ``CATEGORIES``."""
        return int(getattr(self, name))

    def caveats(self, lang: Language) -> list[str]:
        """What a reader of the counts must know: incidents left out or only partly counted."""
        notes = []
        if self.unknown:
            incidents = lang.count_noun(self.unknown, "incident")
            notes.append(lang.w("chart_not_counted", incidents=incidents))
        if self.partial:
            incidents = lang.count_noun(self.partial, "incident")
            notes.append(lang.w("chart_partial", incidents=incidents))
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
