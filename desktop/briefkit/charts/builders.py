"""Figure builders: one per chart kind, ``(spec, style) -> go.Figure``, pure and title-free.

Figures carry no title: the report prints the chart's title in its numbered caption and the
deck uses its headline as the slide title, so a title inside the picture would repeat it and
shrink the plot. Every figure keeps its legend on top, left-aligned, and puts short notes
(left-out or unknown counts) under the plot. Sizes come from the caller at render time. Every
word comes from the spec's language (``ChartSpec.language``), so a builder called directly
draws in the language of its spec.

The builders live in ``briefkit.charts.figures``: ``incidents`` (over time, by region, by
category), ``incidents_map`` (with ``map_layout``), ``indicators`` and ``measures``, on the
shared ``parts``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import plotly.graph_objects as go

from briefkit.catalog.topic import ChartKind
from briefkit.charts.figures.incidents import (
    build_casualties_by_category,
    build_casualties_by_region,
    build_incidents_over_time,
)
from briefkit.charts.figures.incidents_map import build_incidents_map
from briefkit.charts.figures.indicators import build_indicator_comparison
from briefkit.charts.figures.measures import build_measures_timeline
from briefkit.charts.style import ChartStyle
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
    return builder(spec, style)
