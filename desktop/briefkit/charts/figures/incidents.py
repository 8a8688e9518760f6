"""Figures of incidents: over time, killed and wounded by region, the dead by category."""

from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go

from briefkit.charts.figures.parts import (
    add_notes,
    count_axis,
    empty,
    horizontal_count_axes,
    new_figure,
    wrap,
)
from briefkit.charts.style import ChartStyle
from briefkit.charts.summaries import (
    CasualtyCategories,
    casualties_by_category,
    casualties_by_region,
    incidents_over_time,
    label_for,
    loose_precision,
    region_bars,
)
from briefkit.compose.model import ChartSpec

# ---------------------------------------------------------------------------------------------
# incidents-over-time


def build_incidents_over_time(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """Incidents per month, quarter or year, stacked by event type, with the total on top."""
    lang = spec.language
    fig = new_figure(style, lang)
    timeline = incidents_over_time(spec.incidents)
    if not timeline.bins:
        return empty(fig, style, lang.w("chart_no_dated_incidents"))
    x = [b.label(lang) for b in timeline.bins]
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
    ticks = [b.tick(lang, first=n == 0) for n, b in enumerate(timeline.bins)]
    two_line = any("<br>" in t for t in ticks)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category", tickvals=x, ticktext=ticks, tickangle=0)
    fig.update_yaxes(title_text=lang.w("chart_incidents_axis"), **count_axis(max(totals)))
    notes = []
    if timeline.left_out:
        notes.append(
            lang.w(
                "chart_not_shown_loose",
                incidents=lang.count_noun(len(timeline.left_out), "incident"),
                precision=loose_precision(lang, timeline.left_out),
            )
        )
    add_notes(fig, style, notes, below_px=58 if two_line else 36)
    return fig


# ---------------------------------------------------------------------------------------------
# casualties-by-region


def build_casualties_by_region(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """People killed and wounded per region, as horizontal grouped bars, hardest hit on top.

    A count some incidents did not report is labelled "≥n"; one no incident reported, "unknown".
    """
    lang = spec.language
    fig = new_figure(style, lang)
    if not spec.incidents:
        return empty(fig, style, lang.w("chart_no_incidents"))
    drawn, silent = region_bars(lang, casualties_by_region(spec.incidents))
    if not drawn:
        return empty(fig, style, lang.w("chart_no_casualties"))
    rows = tuple(reversed(drawn))  # plotly draws the first category at the bottom
    abroad = f" ({lang.w('abroad')})"
    regions = [wrap(r.region + (abroad if r.abroad else ""), 24) for r in rows]
    # Within a group plotly stacks horizontal bars bottom-up: wounded first puts killed on top.
    series = (
        (lang.w("chart_wounded"), "wounded", style.series_color(1)),
        (lang.w("chart_killed"), "killed", style.accent),
    )
    for name, attr, color in series:
        tallies = [getattr(r, attr) for r in rows]
        fig.add_bar(
            y=regions,
            x=[t.known for t in tallies],
            orientation="h",
            name=name,
            marker_color=color,
            text=[t.text(lang) for t in tallies],
            textposition="outside",
        )
    top = max(max(r.killed.known, r.wounded.known) for r in rows)
    fig.update_layout(barmode="group", legend_traceorder="reversed")
    horizontal_count_axes(fig, style, lang.w("chart_people_axis"), top, headroom=1.22)
    notes = []
    if any(r.killed.unknown or r.wounded.unknown for r in rows):
        notes.append(lang.w("chart_some_unreported"))
    if silent:
        names = [r.region for r in silent]
        which = ", ".join(names) if len(names) <= 3 else lang.count_noun(len(names), "other_region")
        notes.append(lang.w("chart_no_figures_for", regions=which))
    add_notes(fig, style, notes, below_px=56)
    return fig


# ---------------------------------------------------------------------------------------------
# casualties-by-category


def category_colors(style: ChartStyle) -> Mapping[str, str]:
    """The colour of each casualty category, as the picture and the native chart draw them."""
    return {
        "security": style.palette[0],
        "civilians": style.accent,
        "perpetrators": style.series_color(5),
        "not_broken_down": style.series_color(3),
    }


def build_casualties_by_category(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """People killed by who they were: security forces, civilians, perpetrators, not broken down."""
    lang = spec.language
    fig = new_figure(style, lang)
    cats: CasualtyCategories = casualties_by_category(spec.incidents)
    if not spec.incidents:
        return empty(fig, style, lang.w("chart_no_incidents"))
    if cats.total == 0 and cats.unknown == cats.incidents:
        return empty(fig, style, lang.w("chart_no_death_tolls"))
    shown = [
        (name, label)
        for name, label in CasualtyCategories.labelled(lang)
        if name != "not_broken_down" or cats.not_broken_down
    ]
    shown.reverse()  # first category on top
    colors = category_colors(style)
    values = [cats.value(name) for name, _ in shown]
    total = cats.total

    def text(v: int) -> str:
        n = lang.number(v)
        return f"{n} ({lang.w('percent', value=round(100 * v / total))})" if total else n

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
    horizontal_count_axes(fig, style, lang.w("chart_people_killed"), max(values), headroom=1.3)
    notes = cats.caveats(lang)
    add_notes(fig, style, notes, below_px=56)
    return fig
