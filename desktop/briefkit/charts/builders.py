"""Figure builders: one per chart kind, ``(spec, style) -> go.Figure``, pure and title-free.

Figures carry no title: the report prints the chart's title in its numbered caption and the
deck uses its headline as the slide title, so a title inside the picture would repeat it and
shrink the plot. Every figure keeps its legend on top, left-aligned, and puts short notes
(left-out or unknown counts) under the plot. Sizes come from the caller at render time.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import plotly.graph_objects as go

from briefkit.catalog.language import current, using, word
from briefkit.catalog.records import Incident
from briefkit.catalog.topic import ChartKind
from briefkit.charts.style import ChartStyle
from briefkit.charts.summaries import (
    MAP_VIEW,
    CasualtyCategories,
    IndicatorGroup,
    MapView,
    PlaceGroup,
    casualties_by_category,
    casualties_by_region,
    incidents_over_time,
    indicator_groups,
    indicator_periods,
    label_for,
    loose_precision,
    map_places,
    measure_date_label,
    measures_in_order,
    period_label,
    plural,
    region_bars,
    unit_label,
    value_text,
)
from briefkit.compose.model import ChartSpec

__all__ = [
    "BUILDERS",
    "build_casualties_by_category",
    "build_casualties_by_region",
    "build_figure",
    "build_incidents_map",
    "build_incidents_over_time",
    "build_indicator_comparison",
    "build_measures_timeline",
]

Builder = Callable[[ChartSpec, ChartStyle], go.Figure]

_NOTE_LINE_PX = 20


# ---------------------------------------------------------------------------------------------
# Shared pieces


def _figure(style: ChartStyle) -> go.Figure:
    return go.Figure(
        layout={"template": style.template(), "separators": current().plotly_separators}
    )


def _empty(fig: go.Figure, style: ChartStyle, message: str) -> go.Figure:
    """A figure that says plainly there is nothing to draw."""
    fig.update_layout(showlegend=False)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.add_annotation(
        text=message,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        font={"size": style.font_size, "color": style.muted},
    )
    return fig


def _notes(fig: go.Figure, style: ChartStyle, notes: Sequence[str], below_px: int) -> None:
    """Write notes under the plot, ``below_px`` under its bottom edge, and make room for them."""
    notes = [n for n in notes if n]
    if not notes:
        fig.update_layout(margin_b=max(16, below_px))
        return
    fig.add_annotation(
        text="<br>".join(notes),
        x=0,
        y=0,
        xref="paper",
        yref="paper",
        xanchor="left",
        yanchor="top",
        yshift=-below_px,
        align="left",
        font={"size": style.note_size, "color": style.muted},
    )
    fig.update_layout(margin_b=below_px + _NOTE_LINE_PX * len(notes) + 12)


def _nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 x 10^n) giving about ``ticks`` intervals up to ``top``."""
    if top <= 0:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return float(m * power)
    return float(10 * power)  # pragma: no cover


def _count_axis(top: int, headroom: float = 1.15) -> dict[str, Any]:
    """An axis for whole counts: integer ticks, from zero, room above the tallest bar's label."""
    step = max(1.0, _nice_step(top))
    return {"range": [0, max(1.0, top * headroom)], "dtick": step, "tickformat": ",d"}


def _horizontal_count_axes(
    fig: go.Figure, style: ChartStyle, title: str, top: int, headroom: float
) -> None:
    """Axes of a horizontal bar chart of counts: gridded count axis below, category line left."""
    fig.update_xaxes(
        title_text=title,
        showgrid=True,
        gridcolor=style.grid,
        showline=False,
        ticks="",
        **_count_axis(top, headroom=headroom),
    )
    fig.update_yaxes(showgrid=False, showline=True, linecolor=style.axis, ticks="")


def _wrap(text: str, width: int) -> str:
    """Break a label into lines of about ``width`` characters (``<br>`` between lines)."""
    lines: list[str] = []
    line = ""
    for token in text.split():
        if line and len(line) + 1 + len(token) > width:
            lines.append(line)
            line = token
        else:
            line = f"{line} {token}" if line else token
    lines.append(line)
    return "<br>".join(lines)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# incidents-over-time


def build_incidents_over_time(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """Incidents per month, quarter or year, stacked by event type, with the total on top."""
    fig = _figure(style)
    timeline = incidents_over_time(spec.incidents)
    if not timeline.bins:
        return _empty(fig, style, word("chart_no_dated_incidents"))
    x = [b.label for b in timeline.bins]
    for n, code in enumerate(timeline.types):
        fig.add_bar(
            x=x,
            y=list(timeline.counts[code]),
            name=label_for(code, spec.labels),
            marker_color=style.event_color(code, n),
        )
    totals = timeline.totals
    fig.add_scatter(
        x=x,
        y=list(totals),
        text=[str(t) if t else "" for t in totals],
        mode="text",
        textposition="top center",
        textfont={"size": style.note_size + 1, "color": style.ink},
        showlegend=False,
        hoverinfo="skip",
    )
    ticks = [b.tick(first=n == 0) for n, b in enumerate(timeline.bins)]
    two_line = any("<br>" in t for t in ticks)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category", tickvals=x, ticktext=ticks, tickangle=0)
    fig.update_yaxes(title_text=word("chart_incidents_axis"), **_count_axis(max(totals)))
    notes = []
    if timeline.left_out:
        notes.append(
            word(
                "chart_not_shown_loose",
                incidents=plural(len(timeline.left_out), "incident"),
                precision=loose_precision(timeline.left_out),
            )
        )
    _notes(fig, style, notes, below_px=58 if two_line else 36)
    return fig


# ---------------------------------------------------------------------------------------------
# casualties-by-region


def build_casualties_by_region(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """People killed and wounded per region, as horizontal grouped bars, hardest hit on top.

    A count some incidents did not report is labelled "≥n"; one no incident reported, "unknown".
    """
    fig = _figure(style)
    if not spec.incidents:
        return _empty(fig, style, word("chart_no_incidents"))
    drawn, silent = region_bars(casualties_by_region(spec.incidents))
    if not drawn:
        return _empty(fig, style, word("chart_no_casualties"))
    rows = tuple(reversed(drawn))  # plotly draws the first category at the bottom
    abroad = f" ({word('abroad')})"
    regions = [_wrap(r.region + (abroad if r.abroad else ""), 24) for r in rows]
    # Within a group plotly stacks horizontal bars bottom-up: wounded first puts killed on top.
    series = (
        (word("chart_wounded"), "wounded", style.series_color(1)),
        (word("chart_killed"), "killed", style.accent),
    )
    for name, attr, color in series:
        tallies = [getattr(r, attr) for r in rows]
        fig.add_bar(
            y=regions,
            x=[t.known for t in tallies],
            orientation="h",
            name=name,
            marker_color=color,
            text=[t.text for t in tallies],
            textposition="outside",
        )
    top = max(max(r.killed.known, r.wounded.known) for r in rows)
    fig.update_layout(barmode="group", legend_traceorder="reversed")
    _horizontal_count_axes(fig, style, word("chart_people_axis"), top, headroom=1.22)
    notes = []
    if any(r.killed.unknown or r.wounded.unknown for r in rows):
        notes.append(word("chart_some_unreported"))
    if silent:
        names = [r.region for r in silent]
        which = ", ".join(names) if len(names) <= 3 else plural(len(names), "other region")
        notes.append(word("chart_no_figures_for", regions=which))
    _notes(fig, style, notes, below_px=56)
    return fig


# ---------------------------------------------------------------------------------------------
# casualties-by-category


def _category_colors(style: ChartStyle) -> Mapping[str, str]:
    return {
        "security": style.palette[0],
        "civilians": style.accent,
        "perpetrators": style.series_color(5),
        "not_broken_down": style.series_color(3),
    }


def build_casualties_by_category(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """People killed by who they were: security forces, civilians, perpetrators, not broken down."""
    fig = _figure(style)
    cats: CasualtyCategories = casualties_by_category(spec.incidents)
    if not spec.incidents:
        return _empty(fig, style, word("chart_no_incidents"))
    if cats.total == 0 and cats.unknown == cats.incidents:
        return _empty(fig, style, word("chart_no_death_tolls"))
    shown = [
        (name, label)
        for name, label in CasualtyCategories.labelled()
        if name != "not_broken_down" or cats.not_broken_down
    ]
    shown.reverse()  # first category on top
    colors = _category_colors(style)
    values = [cats.value(name) for name, _ in shown]
    total = cats.total

    def text(v: int) -> str:
        n = current().number(v)
        return f"{n} ({word('percent', value=round(100 * v / total))})" if total else n

    fig.add_bar(
        y=[label for _, label in shown],
        x=values,
        orientation="h",
        marker_color=[colors[name] for name, _ in shown],
        text=[text(v) for v in values],
        textposition="outside",
        showlegend=False,
        width=0.62,
    )
    fig.update_layout(showlegend=False, margin_t=24)
    _horizontal_count_axes(fig, style, word("chart_people_killed"), max(values), headroom=1.3)
    notes = cats.caveats()
    _notes(fig, style, notes, below_px=56)
    return fig


# ---------------------------------------------------------------------------------------------
# incidents-map

_MAX_MARKER_PX = 46.0
_MIN_MARKER_PX = 11.0
_MAP_WIDTH_PX = 992.0
_MAP_HEIGHT_PX = 560.0
"""The figure size the map's label layout assumes (the renderer's default size)."""
_CLUSTER_PX = 16.0
"""Places closer than this on the map share one label ("Almaty area")."""

_NEIGHBOURS: tuple[tuple[str, float, float], ...] = (
    ("RUSSIA", 55.9, 66.0),
    ("CHINA", 43.4, 88.6),
    ("MONGOLIA", 47.6, 94.5),
    ("KYRGYZSTAN", 41.5, 74.9),
    ("UZBEKISTAN", 41.7, 63.6),
    ("TURKMENISTAN", 39.2, 58.6),
    ("TAJIKISTAN", 38.7, 71.2),
    ("Caspian<br>Sea", 41.7, 50.6),  # the middle Caspian, clear of both shores
)
"""Neighbouring countries and the sea, labelled on the map (names in the current language)."""


def _neighbour(name: str) -> str:
    return word("map_" + name.split("<br>")[0].lower())


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


def _marker_px(killed: int | None, largest: int) -> float:
    """Marker diameter: area proportional to people killed."""
    if killed is None or killed <= 0 or largest <= 0:
        return _MIN_MARKER_PX
    return max(_MIN_MARKER_PX, _MAX_MARKER_PX * math.sqrt(killed / largest))


class _MapFrame:
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


def _clusters(places: Sequence[PlaceGroup], frame: _MapFrame) -> list[list[PlaceGroup]]:
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


def _place_labels(
    clusters: Sequence[Sequence[PlaceGroup]],
    radius: Mapping[PlaceGroup, float],
    style: ChartStyle,
    frame: _MapFrame,
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
    for name, lat, lon in _NEIGHBOURS:  # keep clear of the country names too
        x, y = frame.px(lat, lon)
        lines = _neighbour(name).split("<br>")
        w = 0.55 * (style.note_size - 1) * max(len(line) for line in lines) / 2
        h = 0.65 * (style.note_size - 1) * len(lines)
        labels.append((x - w, y - h, x + w, y + h))
    chosen: list[tuple[PlaceGroup, str, str, float]] = []
    for n, cluster in enumerate(clusters):
        head = cluster[0]
        names = {g.place for g in cluster}
        text = min(names, key=len) + (f" {word('map_area')}" if len(names) > 1 else "")
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


def _ring(color: str) -> str:
    """A colour dark enough to draw a hollow marker's ring on white."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    if 0.2126 * r + 0.7152 * g + 0.0722 * b < 150:
        return color
    return "#{:02X}{:02X}{:02X}".format(*(int(c * 0.62) for c in (r, g, b)))


def build_incidents_map(spec: ChartSpec, style: ChartStyle, view: MapView = MAP_VIEW) -> go.Figure:
    """Incidents on a map of Kazakhstan and its neighbours: colour by type, area by people killed.

    Incidents outside the view (abroad, far away) are left out and named in a note; places are
    labelled where the label fits. The view is shaped for a 1000 x 560 figure.
    """
    fig = _figure(style)
    places, outside, vague = map_places(spec.incidents, view)
    inside = [i for g in places for i in g.incidents]
    lat0, lon0 = view.center
    fig.update_geos(
        projection={
            "type": "conic conformal",
            "parallels": [lat0 - 5, lat0 + 5],
            "rotation": {"lon": lon0},
        },
        lataxis_range=list(view.lat),
        lonaxis_range=list(view.lon),
        domain={"x": [0, 1], "y": [0, 1]},
        resolution=50,  # world_50m.json, shipped in assets/maps
    )
    fig.add_choropleth(
        locations=["KAZ"],
        z=[1],
        locationmode="ISO-3",
        colorscale=[[0, style.home_land], [1, style.home_land]],
        showscale=False,
        marker_line={"color": style.muted, "width": 1.4},
        hoverinfo="skip",
        showlegend=False,
    )
    fig.add_scattergeo(
        lat=[lat for _, lat, _ in _NEIGHBOURS],
        lon=[lon for _, _, lon in _NEIGHBOURS],
        text=[_neighbour(name) for name, _, _ in _NEIGHBOURS],
        mode="text",
        textfont={"size": style.note_size - 1, "color": style.axis},
        showlegend=False,
        hoverinfo="skip",
    )
    largest = max((i.killed or 0 for i in inside), default=0)
    types: dict[str, list[Incident]] = {}
    for inc in sorted(inside, key=lambda i: -(i.killed or 0)):  # big markers drawn first
        types.setdefault(inc.event_type, []).append(inc)
    order = sorted(types, key=lambda c: -len(types[c]))
    for n, code in enumerate(order):
        incs = types[code]
        color = style.event_color(code, n)
        known = [i.killed is not None for i in incs]
        fig.add_scattergeo(
            lat=[i.latitude for i in incs],
            lon=[i.longitude for i in incs],
            mode="markers",
            legendgroup=code,
            showlegend=False,
            marker={
                "size": [_marker_px(i.killed, largest) for i in incs],
                "color": [color if k else style.background for k in known],
                "opacity": 0.9,
                "line": {
                    "color": [style.background if k else _ring(color) for k in known],
                    "width": [1 if k else 2.5 for k in known],
                },
            },
            hoverinfo="skip",
        )
        fig.add_scattergeo(  # the legend entry: always a filled marker
            lat=[None],
            lon=[None],
            mode="markers",
            name=label_for(code, spec.labels),
            legendgroup=code,
            marker={"size": 13, "color": color, "line": {"color": style.background, "width": 1}},
        )
    rows = math.ceil(len(order) / 3)
    top = 8 + 30 * rows if order else 8
    frame = _MapFrame(view, _MAP_WIDTH_PX, _MAP_HEIGHT_PX - top - 4)
    radius = {g: max(_marker_px(i.killed, largest) for i in g.incidents) / 2 for g in places}
    labelled = _place_labels(_clusters(places, frame), radius, style, frame)
    if labelled:
        fig.add_scattergeo(  # invisible markers of the right size push each label clear
            lat=[g.latitude for g, _, _, _ in labelled],
            lon=[g.longitude for g, _, _, _ in labelled],
            text=[t for _, t, _, _ in labelled],
            textposition=[p for _, _, p, _ in labelled],
            mode="markers+text",
            marker={"size": [2 * r for _, _, _, r in labelled], "color": "rgba(0,0,0,0)"},
            textfont={"size": style.note_size, "color": style.ink, "shadow": "auto"},
            showlegend=False,
            hoverinfo="skip",
        )
    notes = []
    if inside:
        key = word("chart_marker_key")
        if any(i.killed is None for i in inside):
            key += "; " + word("chart_hollow_unknown")
        notes.append(key + ".")
    if outside:
        countries = sorted({i.country for i in outside})
        notes.append(
            word(
                "chart_not_on_map_abroad",
                incidents=plural(len(outside), "incident"),
                countries=", ".join(countries),
            )
        )
    if vague:
        notes.append(word("chart_not_on_map_vague", incidents=plural(len(vague), "incident")))
    if not inside:
        notes.insert(0, word("chart_no_incidents_on_map"))
    if notes:
        fig.add_annotation(
            text="<br>".join(notes),
            x=0.004,
            y=0.006,
            xref="paper",
            yref="paper",
            xanchor="left",
            yanchor="bottom",
            align="left",
            bgcolor="rgba(255,255,255,0.88)",
            borderpad=5,
        )
    fig.update_layout(legend={"x": 0.004, "y": 1.005}, margin={"l": 4, "r": 4, "t": top, "b": 4})
    return fig


# ---------------------------------------------------------------------------------------------
# indicator-comparison


def _period_colors(periods: Sequence[str], style: ChartStyle) -> dict[str, str]:
    """Older periods lighter, the latest navy."""
    ramp = [style.series_color(3), style.series_color(1), style.palette[0]]
    if len(periods) == 1:
        return {periods[0]: style.palette[0]}
    if len(periods) == 2:
        return {periods[0]: ramp[0], periods[1]: ramp[2]}
    shades = [*ramp[:1] * max(0, len(periods) - 3), *ramp]
    return dict(zip(periods, shades[-len(periods) :], strict=True))


def build_indicator_comparison(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """Indicator values by period, each bar labelled as its source states it ("almost 170").

    Indicators in one unit and of similar size share an axis (bars grouped by indicator, the
    periods under each group); otherwise each indicator gets a panel of its own.
    """
    fig = _figure(style)
    groups = indicator_groups(spec.indicators)
    if not groups:
        return _empty(fig, style, word("chart_no_figures"))
    colors = _period_colors(indicator_periods(groups), style)
    tops = [max((i.value or 0 for i in g.values), default=0) for g in groups]
    similar = min(tops) > 0 and max(tops) / min(tops) <= 5
    if len({g.unit for g in groups}) == 1 and (len(groups) == 1 or similar):
        _shared_axis(fig, groups, colors, spec, style)
    else:
        fig = _panels(groups, colors, spec, style)
    return fig


def _shared_axis(
    fig: go.Figure,
    groups: Sequence[IndicatorGroup],
    colors: Mapping[str, str],
    spec: ChartSpec,
    style: ChartStyle,
) -> None:
    width = max(14, 84 // max(1, len(groups)))
    outer: list[str] = []
    inner: list[str] = []
    values: list[float] = []
    texts: list[str] = []
    bar_colors: list[str] = []
    for g in groups:
        for ind in g.values:
            outer.append(_wrap(g.label, width))
            inner.append(period_label(ind.period))
            values.append(ind.value or 0.0)
            texts.append(value_text(ind))
            bar_colors.append(colors[ind.period])
    fig.add_bar(
        x=[outer, inner],
        y=values,
        text=texts,
        textposition="outside",
        marker_color=bar_colors,
        showlegend=False,
    )
    top = max(values)
    unit = unit_label(groups[0].unit, spec.labels)
    fig.update_layout(showlegend=False, margin_t=24, bargap=0.3)
    fig.update_xaxes(type="multicategory", tickangle=0, dividercolor=style.axis, dividerwidth=1)
    fig.update_yaxes(
        title_text=unit[:1].upper() + unit[1:],
        range=[0, max(1.0, top * 1.15)],
        tickformat="~s" if top >= 1e6 else ",~r",
    )
    notes = []
    if any(i.value is None for g in groups for i in g.values):
        notes.append("“not reported”: the sources give no figure for that period.")
    lines = max(o.count("<br>") for o in outer) + 1
    _notes(fig, style, notes, below_px=44 + 22 * lines)


def _panels(
    groups: Sequence[IndicatorGroup],
    colors: Mapping[str, str],
    spec: ChartSpec,
    style: ChartStyle,
) -> go.Figure:
    from plotly.subplots import make_subplots

    cols = min(len(groups), 4)
    rows = math.ceil(len(groups) / cols)
    width = max(14, 76 // cols)
    titles = [_wrap(f"{g.label} ({unit_label(g.unit, spec.labels)})", width) for g in groups]
    title_lines = max(t.count("<br>") for t in titles) + 1
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=titles,
        horizontal_spacing=0.05,
        vertical_spacing=0.3 if rows > 1 else 0.1,
    )
    fig.update_layout(template=style.template(), showlegend=False, margin_t=12 + 22 * title_lines)
    for n, g in enumerate(groups):
        row, col = n // cols + 1, n % cols + 1
        fig.add_bar(
            x=[period_label(i.period) for i in g.values],
            y=[i.value or 0 for i in g.values],
            text=[value_text(i) for i in g.values],
            textposition="outside",
            marker_color=[colors[i.period] for i in g.values],
            row=row,
            col=col,
        )
        top = max((i.value or 0 for i in g.values), default=0)
        fig.update_yaxes(
            range=[0, max(1.0, top * 1.2)],
            showticklabels=False,
            showgrid=False,
            row=row,
            col=col,
        )
        fig.update_xaxes(type="category", tickangle=0, row=row, col=col)
    fig.update_annotations(
        font={"size": style.font_size - 1, "color": style.ink}, yanchor="bottom", yshift=6
    )
    notes = []
    if any(i.value is None for g in groups for i in g.values):
        notes.append("“not reported”: the sources give no figure for that period.")
    _notes(fig, style, notes, below_px=44)
    return fig


# ---------------------------------------------------------------------------------------------
# measures-timeline


def build_measures_timeline(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """Measures on a time axis, one row each in date order, coloured by kind, labelled.

    Each label sits on the side of its dot with more room; proposed and planned measures are
    drawn hollow.
    """
    fig = _figure(style)
    measures = measures_in_order(spec.measures)
    if not measures:
        return _empty(fig, style, word("chart_no_measures"))
    n = len(measures)
    first = min(m.date for m in measures)
    last = max(m.date for m in measures)
    span = max((last - first).days, 180)
    pad = dt.timedelta(days=max(45, int(span * 0.05)))
    start, end = first - pad, last + pad
    row_px = 400 / n
    text_size = int(max(12, min(style.note_size + 1, row_px * 0.6)))
    marker_px = max(9.0, min(16.0, row_px * 0.5))
    plot_px = 960.0
    kinds: dict[str, list[int]] = {}
    for idx, m in enumerate(measures):
        kinds.setdefault(m.kind, []).append(idx)

    def share(day: dt.date) -> float:
        return (day - start).days / max(1, (end - start).days)

    def label(day: dt.date, title: str, when: str) -> tuple[str, str]:
        left = share(day) > 0.55
        room = (share(day) if left else 1 - share(day)) * plot_px - marker_px - 16
        chars = max(12, int(room / (0.52 * text_size)) - len(when) - 3)
        text = f"{_shorten(title, chars)} ({when})"
        return ("middle left", f"{text}  ") if left else ("middle right", f"  {text}")

    for k, (kind, idxs) in enumerate(kinds.items()):
        ms = [measures[i] for i in idxs]
        color = style.series_color(k)
        hollow = [m.status in ("proposed", "planned") for m in ms]
        placed = [label(m.date, m.title, measure_date_label(m)) for m in ms]
        fig.add_scatter(
            x=[m.date for m in ms],
            y=idxs,
            mode="markers+text",
            legendgroup=kind,
            showlegend=False,
            text=[t for _, t in placed],
            textposition=[p for p, _ in placed],
            textfont={"size": text_size, "color": style.ink},
            marker={
                "size": marker_px,
                "color": [style.background if h else color for h in hollow],
                "line": {"color": color, "width": [2.5 if h else 0 for h in hollow]},
            },
            cliponaxis=False,
        )
        fig.add_scatter(  # the legend entry: always a filled marker
            x=[None],
            y=[None],
            mode="markers",
            name=label_for(kind, spec.labels),
            legendgroup=kind,
            marker={"size": 13, "color": color},
        )
    for idx in range(n):
        fig.add_shape(
            type="line",
            x0=0,
            x1=1,
            xref="paper",
            y0=idx,
            y1=idx,
            line={"color": style.grid, "width": 1},
            layer="below",
        )
    years = last.year - first.year
    fig.update_xaxes(
        type="date",
        range=[start.isoformat(), end.isoformat()],
        showgrid=True,
        gridcolor=style.grid,
        dtick="M24" if years > 10 else "M12" if years >= 2 else "M3",
        tickformat="%Y" if years >= 2 else "%b<br>%Y",
    )
    if years < 2:  # plotly's month names are English: name the quarterly ticks ourselves
        ticks = [dt.date(start.year + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in range(1, 60, 3)]
        ticks = [d for d in ticks if start <= d <= end]
        months = current().months_short
        fig.update_xaxes(
            tickvals=[d.isoformat() for d in ticks],
            ticktext=[f"{months[d.month - 1]}<br>{d.year}" for d in ticks],
        )
    fig.update_yaxes(range=[n - 0.5, -0.5], visible=False, fixedrange=True, type="linear")
    notes = []
    if any(m.status in ("proposed", "planned") for m in measures):
        notes.append(word("chart_hollow_measures"))
    _notes(fig, style, notes, below_px=40 if years >= 2 else 58)
    return fig


# ---------------------------------------------------------------------------------------------
# Dispatch

BUILDERS: Mapping[ChartKind, Builder] = {
    "incidents-over-time": build_incidents_over_time,
    "casualties-by-region": build_casualties_by_region,
    "casualties-by-category": build_casualties_by_category,
    "incidents-map": build_incidents_map,
    "indicator-comparison": build_indicator_comparison,
    "measures-timeline": build_measures_timeline,
}
"""The builder of each chart kind (``ChartSpec.kind``)."""


def build_figure(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """The figure for a chart spec; an unknown ``kind`` raises ``ValueError`` naming the known."""
    try:
        builder = BUILDERS[spec.kind]
    except KeyError:
        known = ", ".join(BUILDERS)
        raise ValueError(
            f"Chart '{spec.id}' has an unknown kind '{spec.kind}': use one of {known}."
        ) from None
    with using(spec.language):
        return builder(spec, style)
