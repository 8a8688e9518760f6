"""Where a deck's charts go, and the theme they sit in: what chart pictures are drawn for.

``chart_slot`` is the size of the box a chart fills on a chart slide, so that its picture is
drawn at that box's aspect instead of being letterboxed into it; ``chart_theme`` is the theme
of the slide master of the chart layout. Both read the layout chosen for
``DeckLayout.CHART``.
"""

from __future__ import annotations

from briefkit.render.deck.geometry import figure_area
from briefkit.render.deck.template import DeckLayout, DeckTemplate
from briefkit.render.office.theme import TemplateTheme, deck_theme

__all__ = ["chart_slot", "chart_theme"]


def _chart_box(template: DeckTemplate) -> tuple[tuple[int, int], str]:
    """The chart layout's figure area (width, height) and part name, worked out once per
    template (each needs the template opened as a presentation)."""
    found: tuple[tuple[int, int], str] | None = template.cache.get(("chart box",))
    if found is None:
        layout = template.layout(template.new_document(), DeckLayout.CHART)
        area = figure_area(layout, cache=template.cache)
        found = ((area.width, area.height), str(layout.part.partname).lstrip("/"))
        template.cache.put(("chart box",), found)
    return found


def chart_slot(template: DeckTemplate) -> tuple[int, int]:
    """(width, height) in EMU of the chart's box on a chart slide: the chart layout's figure
    area (``geometry.figure_area``: its picture or content placeholder, else the body's text
    area, else the free content area under the title)."""
    return _chart_box(template)[0]


def chart_theme(template: DeckTemplate) -> TemplateTheme | None:
    """The theme of the chart layout's slide master, and its background."""
    return deck_theme(template.package, _chart_box(template)[1], template.path)
