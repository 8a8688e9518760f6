"""Where a deck's charts go, and the theme they sit in: what chart pictures are drawn for.

``chart_slot`` is the size of the place a chart gets on a chart slide, so that its picture is
drawn at that place's aspect instead of being letterboxed into it; ``chart_theme`` is the theme
of the slide master of the chart layout. Both read the layout chosen for
``DeckLayout.CHART``.
"""

from __future__ import annotations

from briefkit.render.deck.chart_slides import chart_plan
from briefkit.render.deck.geometry import content_area
from briefkit.render.deck.placeholders import PH, first
from briefkit.render.deck.prompt_styles import carry_prompt_styles
from briefkit.render.deck.template import DeckLayout, DeckTemplate
from briefkit.render.deck.text import Boxes, Line
from briefkit.render.office.theme import TemplateTheme, deck_theme

__all__ = ["chart_slot", "chart_theme"]

#: A chart's caption as long as the bundled topics' usually are (figure line, two sentences and
#: the citation, four sources): what the place is worked out for, as every chart of a deck
#: shares one picture size.
TYPICAL_CAPTION = (
    Line("Figure 1: Violent incidents in Kazakhstan by year, 2011-2016", 0, bold=True),
    Line(
        "Attacks, operations and other violent incidents recorded in the sources, per year. "
        "Where sources disagree, the chart uses the value in the incident table. [1, 2, 3, 4]",
        0,
    ),
)
TYPICAL_SOURCES = (
    Line("Sources:", 1, bold=True),
    *(
        Line(f"[{n}] Author, Title of the source on the events of the year, Publisher, 2016.", 1)
        for n in range(1, 5)
    ),
)


def _chart_box(template: DeckTemplate) -> tuple[tuple[int, int], str]:
    """The chart's place on a chart slide (width, height) and the layout's part name, worked
    out once per template (each needs the template opened as a presentation)."""
    found: tuple[tuple[int, int], str] | None = template.cache.get(("chart box",))
    if found is None:
        document = template.new_document()
        carry_prompt_styles(document)  # measured as the deck's writer measures
        layout = template.layout(document, DeckLayout.CHART)
        target = first(layout, PH.PICTURE, PH.OBJECT)
        caption = first(layout, PH.BODY, PH.OBJECT, exclude=[target])
        boxes, full = Boxes(template.cache), TYPICAL_CAPTION
        plan = chart_plan(boxes, layout, target, caption, full, full + TYPICAL_SOURCES)
        area = plan.place or content_area(layout, template.cache)
        found = ((area.width, area.height), str(layout.part.partname).lstrip("/"))
        template.cache.put(("chart box",), found)
    return found


def chart_slot(template: DeckTemplate) -> tuple[int, int]:
    """(width, height) in EMU of the place a chart gets on a chart slide (``chart_plan``: its
    picture or content placeholder clear of the title, caption and slide number, less a band
    for a typical caption where it goes under the chart; else the free content area)."""
    return _chart_box(template)[0]


def chart_theme(template: DeckTemplate) -> TemplateTheme | None:
    """The theme of the chart layout's slide master, and its background."""
    return deck_theme(template.package, _chart_box(template)[1], template.path)
