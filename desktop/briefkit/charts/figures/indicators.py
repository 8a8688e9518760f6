"""The indicator-comparison figure: values by period, each bar labelled as its source states it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from briefkit.catalog.language import Language
from briefkit.charts.figures.parts import add_notes, empty, new_figure, nice_step, wrap
from briefkit.charts.style import ChartStyle
from briefkit.charts.summaries import (
    IndicatorGroup,
    format_number,
    indicator_groups,
    indicator_periods,
    period_label,
    unit_label,
    value_text,
)
from briefkit.compose.model import ChartSpec


def period_colors(periods: Sequence[str], style: ChartStyle) -> dict[str, str]:
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
    lang = spec.language
    fig = new_figure(style, lang)
    groups = indicator_groups(spec.indicators)
    if not groups:
        return empty(fig, style, lang.w("chart_no_figures"))
    colors = period_colors(indicator_periods(groups), style)
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
    lang = spec.language
    width = max(14, 84 // max(1, len(groups)))
    outer: list[str] = []
    inner: list[str] = []
    values: list[float] = []
    texts: list[str] = []
    bar_colors: list[str] = []
    for g in groups:
        for ind in g.values:
            outer.append(wrap(g.label, width))
            inner.append(period_label(lang, ind.period))
            values.append(ind.value or 0.0)
            texts.append(value_text(lang, ind))
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
        **(_large_ticks(lang, top * 1.15) if top >= 1e6 else {"tickformat": ",~r"}),
    )
    notes = []
    if any(i.value is None for g in groups for i in g.values):
        notes.append(lang.w("chart_not_reported_note"))
    lines = max(o.count("<br>") for o in outer) + 1
    add_notes(fig, style, notes, below_px=44 + 22 * lines)


def _large_ticks(lang: Language, top: float) -> dict[str, object]:
    """Ticks for millions and billions in the language's words ("1,5 млрд", not plotly's
    "1.5G")."""
    step = nice_step(top)
    values = [step * n for n in range(int(top // step) + 1)]
    return {"tickvals": values, "ticktext": [format_number(lang, v) for v in values]}


def _panels(
    groups: Sequence[IndicatorGroup],
    colors: Mapping[str, str],
    spec: ChartSpec,
    style: ChartStyle,
) -> go.Figure:
    from plotly.subplots import make_subplots

    lang = spec.language
    cols = min(len(groups), 4)
    rows = math.ceil(len(groups) / cols)
    width = max(14, 76 // cols)
    titles = [wrap(f"{g.label} ({unit_label(g.unit, spec.labels)})", width) for g in groups]
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
            x=[period_label(lang, i.period) for i in g.values],
            y=[i.value or 0 for i in g.values],
            text=[value_text(lang, i) for i in g.values],
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
        notes.append(lang.w("chart_not_reported_note"))
    add_notes(fig, style, notes, below_px=44)
    return fig
