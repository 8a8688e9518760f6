"""Where a deck's charts go, and the theme they sit in: what chart pictures are drawn for.

``chart_slot`` is the size of the box a chart fills on a chart slide, so that its picture is
drawn at that box's aspect instead of being letterboxed into it; ``chart_theme`` is the theme
of the slide master of the chart layout. Both read the layout chosen for
``DeckLayout.CHART``.
"""

from __future__ import annotations

from typing import Any

from briefkit.render.deck.placeholders import PH, TITLE_TYPES, extent, first
from briefkit.render.deck.template import DeckLayout, DeckTemplate
from briefkit.render.office.theme import TemplateTheme, deck_theme

__all__ = ["chart_slot", "chart_theme"]

_MARGIN = 0.05
"""The share of the slide's width and height kept clear at its edges, when a layout has no
picture or content placeholder to say where a chart goes."""


def _chart_layout(template: DeckTemplate) -> Any:
    return template.layout(template.new_document(), DeckLayout.CHART)


def chart_slot(template: DeckTemplate) -> tuple[int, int]:
    """(width, height) in EMU of the chart's box on a chart slide: the chart layout's picture
    or content placeholder, else the slide's area under the title, within its margins."""
    layout = _chart_layout(template)
    target = first(layout, PH.PICTURE, PH.OBJECT)
    if target is not None:
        _, _, width, height = extent(target)
        if width and height:
            return int(width), int(height)
    prs = layout.part.package.presentation_part.presentation
    slide_width, slide_height = int(prs.slide_width), int(prs.slide_height)
    top = round(slide_height * _MARGIN)
    title = first(layout, *TITLE_TYPES)
    if title is not None:
        _, title_top, _, title_height = extent(title)
        if title_top is not None and title_height is not None:
            top = max(top, int(title_top) + int(title_height))
    bottom = round(slide_height * (1 - _MARGIN))
    width = round(slide_width * (1 - 2 * _MARGIN))
    return width, max(bottom - top, round(slide_height * 0.3))


def chart_theme(template: DeckTemplate) -> TemplateTheme | None:
    """The theme of the chart layout's slide master, and its background."""
    layout = _chart_layout(template)
    part = str(layout.part.partname).lstrip("/")
    return deck_theme(template.package, part, template.path)
