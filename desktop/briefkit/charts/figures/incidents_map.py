"""The incidents-map figure: incidents on a map of Kazakhstan and its neighbours."""

from __future__ import annotations

import math

import plotly.graph_objects as go

from briefkit.catalog.records import Incident
from briefkit.charts.figures.map_layout import (
    MAP_HEIGHT_PX,
    MAP_WIDTH_PX,
    NEIGHBOURS,
    MapFrame,
    cluster_places,
    marker_px,
    place_labels,
)
from briefkit.charts.figures.parts import new_figure
from briefkit.charts.style import ChartStyle
from briefkit.charts.summaries import MAP_VIEW, MapView, label_for, map_places
from briefkit.compose.model import ChartSpec


def _veil(background: str) -> str:
    """The chart's background, slightly see-through: behind a note on the map."""
    red, green, blue = (int(background.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({red},{green},{blue},0.88)"


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
    lang = spec.language
    fig = new_figure(style, lang)
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
        lat=[lat for _, lat, _ in NEIGHBOURS],
        lon=[lon for _, _, lon in NEIGHBOURS],
        text=[lang.w(key) for key, _, _ in NEIGHBOURS],
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
                "size": [marker_px(i.killed, largest) for i in incs],
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
    frame = MapFrame(view, MAP_WIDTH_PX, MAP_HEIGHT_PX - top - 4)
    radius = {g: max(marker_px(i.killed, largest) for i in g.incidents) / 2 for g in places}
    labelled = place_labels(cluster_places(places, frame), radius, style, frame, lang)
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
        key = lang.w("chart_marker_key")
        if any(i.killed is None for i in inside):
            key += "; " + lang.w("chart_hollow_unknown")
        notes.append(key + ".")
    if outside:
        countries = sorted({i.country for i in outside})
        notes.append(
            lang.w(
                "chart_not_on_map_abroad",
                incidents=lang.count_noun(len(outside), "incident"),
                countries=", ".join(countries),
            )
        )
    if vague:
        notes.append(
            lang.w("chart_not_on_map_vague", incidents=lang.count_noun(len(vague), "incident"))
        )
    if not inside:
        notes.insert(0, lang.w("chart_no_incidents_on_map"))
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
            bgcolor=_veil(style.background),
            borderpad=5,
        )
    fig.update_layout(legend={"x": 0.004, "y": 1.005}, margin={"l": 4, "r": 4, "t": top, "b": 4})
    return fig
