"""Where the incidents map puts its labels: the projection the figure uses, in pixels, and a
label for each place (or cluster of places) that fits clear of the markers and the other
labels."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from briefkit.catalog.language import Language
from briefkit.charts.style import ChartStyle
from briefkit.charts.summaries import MapView, PlaceGroup

MAX_MARKER_PX = 46.0
MIN_MARKER_PX = 11.0
MAP_WIDTH_PX = 992.0
MAP_HEIGHT_PX = 560.0
"""The figure size the map's label layout assumes (the renderer's default size)."""
_CLUSTER_PX = 16.0
"""Places closer than this on the map share one label ("Almaty area")."""

NEIGHBOURS: tuple[tuple[str, float, float], ...] = (
    ("map_russia", 55.9, 66.0),
    ("map_china", 43.4, 88.6),
    ("map_mongolia", 47.6, 94.5),
    ("map_kyrgyzstan", 41.5, 74.9),
    ("map_uzbekistan", 41.7, 63.6),
    ("map_turkmenistan", 39.2, 58.6),
    ("map_tajikistan", 38.7, 71.2),
    ("map_caspian", 41.7, 50.6),  # the middle Caspian, clear of both shores
)
"""Neighbouring countries and the sea labelled on the map: the word of each name, where."""


_POSITIONS: tuple[tuple[str, float, float], ...] = (
    # textposition, dx, dy (direction of the label's centre from the point; y up)
    ("top center", 0.0, 1.0),
    ("bottom center", 0.0, -1.0),
    ("middle right", 1.0, 0.0),
    ("middle left", -1.0, 0.0),
    ("top right", 1.0, 1.0),
    ("top left", -1.0, 1.0),
    ("bottom right", 1.0, -1.0),
    ("bottom left", -1.0, -1.0),
)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels, y up


def marker_px(killed: int | None, largest: int) -> float:
    """Marker diameter: area proportional to people killed."""
    if killed is None or killed <= 0 or largest <= 0:
        return MIN_MARKER_PX
    return max(MIN_MARKER_PX, MAX_MARKER_PX * math.sqrt(killed / largest))


class MapFrame:
    """Where points land on the rendered map, in pixels from the map's centre (y up).

    Mirrors plotly's geo: a Lambert conformal conic projection (parallels 5 degrees either
    side of the view's middle), centred on the middle of the lat/lon ranges and scaled so the
    range box fits the plot area. Used only to keep place labels apart.
    """

    def __init__(self, view: MapView, width: float, height: float) -> None:
        lat0, lon0 = view.center
        self.lon0 = lon0
        p1, p2 = math.radians(lat0 - 5), math.radians(lat0 + 5)
        self.n = math.log(math.cos(p1) / math.cos(p2)) / math.log(self._t(p2) / self._t(p1))
        self.f = math.cos(p1) * self._t(p1) ** self.n / self.n
        edge = [(view.lat[0], lon) for lon in _steps(*view.lon)]
        edge += [(view.lat[1], lon) for lon in _steps(*view.lon)]
        edge += [(lat, view.lon[0]) for lat in _steps(*view.lat)]
        edge += [(lat, view.lon[1]) for lat in _steps(*view.lat)]
        xs, ys = zip(*(self._raw(lat, lon) for lat, lon in edge), strict=True)
        self.k = min(width / (max(xs) - min(xs)), height / (max(ys) - min(ys)))
        self.cx, self.cy = self._raw(lat0, lon0)
        self.half_w = min(width, (max(xs) - min(xs)) * self.k) / 2
        self.half_h = min(height, (max(ys) - min(ys)) * self.k) / 2

    @staticmethod
    def _t(phi: float) -> float:
        return math.tan((math.pi / 2 + phi) / 2)

    def _raw(self, lat: float, lon: float) -> tuple[float, float]:
        x = math.radians(lon - self.lon0)
        r = self.f / self._t(math.radians(lat)) ** self.n
        return r * math.sin(self.n * x), self.f - r * math.cos(self.n * x)

    def px(self, lat: float, lon: float) -> tuple[float, float]:
        """The point's position in pixels from the map's centre, y up."""
        x, y = self._raw(lat, lon)
        return (x - self.cx) * self.k, (y - self.cy) * self.k


def _steps(lo: float, hi: float, n: int = 24) -> list[float]:
    return [lo + (hi - lo) * i / n for i in range(n + 1)]


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def cluster_places(places: Sequence[PlaceGroup], frame: MapFrame) -> list[list[PlaceGroup]]:
    """Group places that sit almost on top of each other; the busiest place leads each group."""
    clusters: list[list[PlaceGroup]] = []
    for g in places:  # busiest first
        x, y = frame.px(g.latitude, g.longitude)
        for cluster in clusters:
            hx, hy = frame.px(cluster[0].latitude, cluster[0].longitude)
            if math.hypot(x - hx, y - hy) < _CLUSTER_PX:
                cluster.append(g)
                break
        else:
            clusters.append([g])
    return clusters


def place_labels(
    clusters: Sequence[Sequence[PlaceGroup]],
    radius: Mapping[PlaceGroup, float],
    style: ChartStyle,
    frame: MapFrame,
    lang: Language,
) -> list[tuple[PlaceGroup, str, str, float]]:
    """(place, text, textposition, radius) for each cluster whose label fits clear of the rest.

    Busiest first. A label keeps a margin from other places' markers, so it cannot be read as
    theirs; a label that fits nowhere (or would leave the map) is dropped.
    """
    gap = 5.0
    markers: list[tuple[int, Box]] = []
    for n, cluster in enumerate(clusters):
        for g in cluster:
            x, y = frame.px(g.latitude, g.longitude)
            r = radius[g]
            markers.append((n, (x - r - gap, y - r - gap, x + r + gap, y + r + gap)))
    labels: list[Box] = []
    for key, lat, lon in NEIGHBOURS:  # keep clear of the country names too
        x, y = frame.px(lat, lon)
        lines = lang.w(key).split("<br>")
        w = 0.55 * (style.note_size - 1) * max(len(line) for line in lines) / 2
        h = 0.65 * (style.note_size - 1) * len(lines)
        labels.append((x - w, y - h, x + w, y + h))
    chosen: list[tuple[PlaceGroup, str, str, float]] = []
    for n, cluster in enumerate(clusters):
        head = cluster[0]
        names = {g.place for g in cluster}
        text = min(names, key=len) + (f" {lang.w('map_area')}" if len(names) > 1 else "")
        x, y = frame.px(head.latitude, head.longitude)
        r = max(radius[g] for g in cluster)
        w = 0.55 * style.note_size * len(text)
        h = 1.25 * style.note_size
        others = [box for owner, box in markers if owner != n]
        for position, dx, dy in _POSITIONS:
            cx = x + dx * (r + 2 + w / 2)
            cy = y + dy * (r + 2 + h / 2)
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if abs(cx) + w / 2 > frame.half_w or abs(cy) + h / 2 > frame.half_h:
                continue
            if not any(_overlaps(box, o) for o in (*others, *labels)):
                chosen.append((head, text, position, r))
                labels.append(box)
                break
    return chosen
