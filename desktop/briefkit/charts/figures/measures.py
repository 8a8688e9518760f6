"""The measures-timeline figure: measures on a time axis, one row each, coloured by kind."""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go

from briefkit.catalog.problems import shorten
from briefkit.charts.figures.parts import add_notes, empty, new_figure
from briefkit.charts.style import ChartStyle
from briefkit.charts.summaries import label_for, measure_date_label, measures_in_order
from briefkit.compose.model import ChartSpec


def build_measures_timeline(spec: ChartSpec, style: ChartStyle) -> go.Figure:
    """Measures on a time axis, one row each in date order, coloured by kind, labelled.

    Each label sits on the side of its dot with more room; proposed and planned measures are
    drawn hollow.
    """
    lang = spec.language
    fig = new_figure(style, lang)
    measures = measures_in_order(spec.measures)
    if not measures:
        return empty(fig, style, lang.w("chart_no_measures"))
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
        text = f"{shorten(title, chars)} ({when})"
        return ("middle left", f"{text}  ") if left else ("middle right", f"  {text}")

    for k, (kind, idxs) in enumerate(kinds.items()):
        ms = [measures[i] for i in idxs]
        color = style.series_color(k)
        hollow = [m.status in ("proposed", "planned") for m in ms]
        placed = [label(m.date, m.title, measure_date_label(lang, m)) for m in ms]
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
        months = lang.months_short
        fig.update_xaxes(
            tickvals=[d.isoformat() for d in ticks],
            ticktext=[lang.short_period(months[d.month - 1], d.year, lines=True) for d in ticks],
        )
    fig.update_yaxes(range=[n - 0.5, -0.5], visible=False, fixedrange=True, type="linear")
    notes = []
    if any(m.status in ("proposed", "planned") for m in measures):
        notes.append(lang.w("chart_hollow_measures"))
    add_notes(fig, style, notes, below_px=40 if years >= 2 else 58)
    return fig
