"""The map: the part of the world it shows and the incidents grouped by place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefkit.catalog.records import GeoPrecision, Incident
from briefkit.charts.summaries.common import Tally, short_place


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
