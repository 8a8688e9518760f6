"""What every figure builder shares: a figure in the house style, an empty figure's message,
notes under the plot, count axes and label wrapping."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

from briefkit.catalog.language import Language
from briefkit.charts.style import ChartStyle

NOTE_LINE_PX = 20
"""The height of one line of notes under a plot."""


def new_figure(style: ChartStyle, lang: Language) -> go.Figure:
    """An empty figure in the house style, with ``lang``'s decimal and thousands marks."""
    return go.Figure(layout={"template": style.template(), "separators": lang.plotly_separators})


def empty(fig: go.Figure, style: ChartStyle, message: str) -> go.Figure:
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


def add_notes(fig: go.Figure, style: ChartStyle, notes: Sequence[str], below_px: int) -> None:
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
    fig.update_layout(margin_b=below_px + NOTE_LINE_PX * len(notes) + 12)


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 x 10^n) giving about ``ticks`` intervals up to ``top``."""
    if top <= 0:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return float(m * power)
    return float(10 * power)  # pragma: no cover


def count_axis(top: int, headroom: float = 1.15) -> dict[str, Any]:
    """An axis for whole counts: integer ticks, from zero, room above the tallest bar's label."""
    step = max(1.0, nice_step(top))
    return {"range": [0, max(1.0, top * headroom)], "dtick": step, "tickformat": ",d"}


def horizontal_count_axes(
    fig: go.Figure, style: ChartStyle, title: str, top: int, headroom: float
) -> None:
    """Axes of a horizontal bar chart of counts: gridded count axis below, category line left."""
    fig.update_xaxes(
        title_text=title,
        showgrid=True,
        gridcolor=style.grid,
        showline=False,
        ticks="",
        **count_axis(top, headroom=headroom),
    )
    fig.update_yaxes(showgrid=False, showline=True, linecolor=style.axis, ticks="")


def wrap(text: str, width: int) -> str:
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
