"""The house style of charts: the house palette's colours, fonts and sizes, and the Plotly
template built from them.

Sizes are in layout pixels of a 1000 x 560 figure. Placed 16 cm wide on an A4 page one layout
pixel is about 0.45 pt, so 18 px text prints at about 8 pt; full width on a 16:9 slide it
shows at about 17 pt. Builders get a ``ChartStyle`` passed in; nothing here touches
``plotly.io.templates``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from briefkit import palette as house
from briefkit.palette import css

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["EVENT_TYPES", "FONT_FAMILY", "ChartStyle", "house_style"]

FONT_FAMILY = "Arial, Liberation Sans, Open Sans, sans-serif"
"""Fonts with Cyrillic and the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І): Arial, or on Linux
Liberation Sans 2 (Arial's metric twin) or Open Sans."""

# The house palette (``briefkit.palette``) as Plotly writes colours.
NAVY = css(house.NAVY)
SLATE = css(house.SLATE)
STEEL = css(house.STEEL)
PALE = css(house.PALE)
SLATE_GREY = css(house.SLATE_GREY)
GREY = css(house.GREY)
TEAL_SLATE = css(house.TEAL_SLATE)
VIOLET_SLATE = css(house.VIOLET_SLATE)
SAND = css(house.SAND)
ACCENT = css(house.ACCENT)

_EVENT_COLORS = MappingProxyType(
    {
        "bombing": NAVY,
        "suicide-bombing": ACCENT,
        "armed-assault": SLATE,
        "ct-operation": STEEL,
        "arrest": PALE,
        "foiled-plot": SLATE_GREY,
        "accidental-blast": SAND,
        "protest": TEAL_SLATE,
        "propaganda": VIOLET_SLATE,
        "other": GREY,
    }
)
EVENT_TYPES = tuple(_EVENT_COLORS)
"""The event types with a fixed colour, in the order a theme's colours are given to them."""


@dataclass(frozen=True)
class ChartStyle:
    """Colours, fonts and sizes shared by every chart."""

    font_family: str = FONT_FAMILY
    font_size: int = 18
    """Body text: axis titles, legend entries, bar values."""
    tick_size: int = 17
    note_size: int = 15
    """The smallest text: notes under a chart, map labels."""
    ink: str = css(house.INK)
    muted: str = css(house.MUTED)
    grid: str = css(house.GRID)
    axis: str = css(house.AXIS)
    background: str = css(house.WHITE)
    accent: str = ACCENT
    palette: tuple[str, ...] = (NAVY, SLATE, TEAL_SLATE, STEEL, VIOLET_SLATE, SLATE_GREY, SAND)
    """Series colours in order; the accent is kept apart for the one series that matters most."""
    event_colors: Mapping[str, str] = field(default_factory=lambda: _EVENT_COLORS)
    land: str = css(house.LAND)
    home_land: str = css(house.WHITE)
    """Kazakhstan itself on the map, lighter than its neighbours."""
    borders: str = css(house.BORDERS)
    water: str = css(house.WATER)

    def event_color(self, code: str, fallback_index: int = 0) -> str:
        """The fixed colour of an event type; unknown codes take palette colours in turn."""
        if code in self.event_colors:
            return self.event_colors[code]
        return self.palette[fallback_index % len(self.palette)]

    def series_color(self, index: int) -> str:
        """The colour of the n-th series of a chart without fixed colours."""
        return self.palette[index % len(self.palette)]

    def template(self) -> go.layout.Template:
        """The Plotly template of this style (pass it as ``layout.template``)."""
        import plotly.graph_objects as go

        return go.layout.Template(layout=self._layout(), data=self._data())

    def _axis(self, **extra: Any) -> dict[str, Any]:
        return {
            "automargin": True,
            "color": self.ink,
            "linecolor": self.axis,
            "tickcolor": self.axis,
            "tickfont": {"size": self.tick_size, "color": self.ink},
            "title": {"font": {"size": self.font_size, "color": self.muted}, "standoff": 12},
            "zeroline": False,
            **extra,
        }

    def _layout(self) -> dict[str, Any]:
        return {
            "font": {"family": self.font_family, "size": self.font_size, "color": self.ink},
            "paper_bgcolor": self.background,
            "plot_bgcolor": self.background,
            "colorway": [*self.palette],
            "margin": {"l": 16, "r": 24, "t": 64, "b": 16, "pad": 0, "autoexpand": True},
            "showlegend": True,
            "legend": {
                "orientation": "h",
                "x": 0,
                "xanchor": "left",
                "y": 1.0,
                "yanchor": "bottom",
                "yref": "paper",
                "font": {"size": self.font_size, "color": self.ink},
                "bgcolor": "rgba(0,0,0,0)",
                "itemsizing": "constant",
                "itemwidth": 30,
                "title": {"text": ""},
                "traceorder": "normal",
            },
            "xaxis": self._axis(showgrid=False, showline=True, ticks="outside", ticklen=5),
            "yaxis": self._axis(
                showgrid=True, gridcolor=self.grid, gridwidth=1, showline=False, ticks=""
            ),
            "bargap": 0.28,
            "bargroupgap": 0.06,
            "annotationdefaults": {
                "font": {"size": self.note_size, "color": self.muted},
                "showarrow": False,
            },
            "geo": {
                "resolution": 50,
                "showframe": False,
                "showland": True,
                "landcolor": self.land,
                "showcountries": True,
                "countrycolor": self.borders,
                "countrywidth": 0.8,
                "showcoastlines": True,
                "coastlinecolor": self.borders,
                "coastlinewidth": 0.6,
                "showlakes": True,
                "lakecolor": self.water,
                "showocean": True,
                "oceancolor": self.water,
                "showrivers": False,
                "bgcolor": self.background,
            },
            "uniformtext": {"minsize": self.note_size, "mode": "show"},
            "hoverlabel": {"font": {"family": self.font_family}},
        }

    def _data(self) -> dict[str, Any]:
        return {
            "bar": [
                {
                    "marker": {"line": {"color": self.background, "width": 1}},
                    "textfont": {"size": self.note_size + 1, "color": self.ink},
                    "cliponaxis": False,
                    "textangle": 0,
                }
            ],
            "scatter": [{"cliponaxis": False}],
        }


def house_style() -> ChartStyle:
    """Briefkit's house style: navy and slate with one warm accent."""
    return ChartStyle()
