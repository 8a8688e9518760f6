"""Where a deck's charts go, and the theme they sit in: what chart pictures are drawn for.

``chart_slot`` is the size of the box a chart fills on a chart slide, so that its picture is
drawn at that box's aspect instead of being letterboxed into it; ``chart_theme`` is the theme
of the slide master of the chart layout. Both read the layout chosen for
``DeckLayout.CHART``.
"""

from __future__ import annotations

from typing import Any

from briefkit.render.deck.geometry import figure_area
from briefkit.render.deck.template import DeckLayout, DeckTemplate
from briefkit.render.office.theme import TemplateTheme, deck_theme

__all__ = ["chart_slot", "chart_theme"]


def _chart_layout(template: DeckTemplate) -> Any:
    return template.layout(template.new_document(), DeckLayout.CHART)


def chart_slot(template: DeckTemplate) -> tuple[int, int]:
    """(width, height) in EMU of the chart's box on a chart slide: the chart layout's figure
    area (``geometry.figure_area``: its picture or content placeholder, else the body's text
    area, else the free content area under the title)."""
    area = figure_area(_chart_layout(template), cache=template.cache)
    return area.width, area.height


def chart_theme(template: DeckTemplate) -> TemplateTheme | None:
    """The theme of the chart layout's slide master, and its background."""
    layout = _chart_layout(template)
    part = str(layout.part.partname).lstrip("/")
    return deck_theme(template.package, part, template.path)
