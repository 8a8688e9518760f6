"""The typeface a placeholder's text inherits, and text measured in it on the slides."""

from __future__ import annotations

import re
from typing import Any

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from briefkit.render.deck.placeholders import PH
from briefkit.render.deck.tables import Cell, _RowMeasure
from briefkit.render.deck.template import TemplateCache
from briefkit.render.deck.text import Box, Boxes, Line, fitted_size
from briefkit.render.deck.text_styles import level_style
from briefkit.render.office.fonts import font_metrics
from helpers.documents import DECK_TEMPLATE

LONG = (
    "Kazakhstan's security service reported that it prevented eleven planned attacks in 2016, "
    "most of them in the western regions, and detained more than forty suspects; the courts "
    "sentenced twenty-eight of them in the following year."
)


def _with_theme_fonts(prs: Any, major: str, minor: str) -> None:
    """Name ``major`` and ``minor`` in the theme of every master of ``prs``."""
    for master in prs.slide_masters:
        theme = master.part.part_related_by(RT.THEME)
        xml = theme.blob.decode("utf-8")
        for kind, face in (("majorFont", major), ("minorFont", minor)):
            xml = re.sub(rf'(<a:{kind}><a:latin typeface=")[^"]*"', rf'\g<1>{face}"', xml, count=1)
        theme._blob = xml.encode("utf-8")


def _layout(prs: Any, name: str) -> Any:
    return next(layout for layout in prs.slide_layouts if layout.name == name)


def _ph(owner: Any, kind: Any) -> Any:
    return next(ph for ph in owner.placeholders if ph.placeholder_format.type == kind)


def test_theme_fonts_are_resolved_along_the_chain() -> None:
    """``+mj-lt`` (titles) and ``+mn-lt`` (body) name the theme's faces; a typeface a layout
    placeholder names itself wins over the master's."""
    prs = Presentation(str(DECK_TEMPLATE))
    _with_theme_fonts(prs, "Cambria", "Calibri")
    layout = _layout(prs, "Title and Content")
    slide = prs.slides.add_slide(layout)
    assert level_style(slide.shapes.title).font == "Cambria"
    body = _ph(slide, PH.OBJECT)
    assert [level_style(body, n).font for n in range(3)] == ["Calibri"] * 3
    styles = _ph(layout, PH.OBJECT)._element.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}")
    styles.insert(
        0,
        parse_xml(
            f'<a:lvl1pPr {nsdecls("a")}><a:defRPr sz="2000"><a:latin '
            'typeface="Georgia"/></a:defRPr></a:lvl1pPr>'
        ),
    )
    slide = prs.slides.add_slide(layout)
    assert level_style(_ph(slide, PH.OBJECT), 0).font == "Georgia"
    assert level_style(_ph(slide, PH.OBJECT), 1).font == "Calibri"
    assert not level_style(slide.shapes.title).caps


def test_titles_shown_in_capitals_are_measured_in_capitals() -> None:
    """``cap="all"`` on the title style: the title is measured as the capitals it shows."""
    prs = Presentation(str(DECK_TEMPLATE))
    _with_theme_fonts(prs, "Calibri", "Calibri")
    layout = _layout(prs, "Title and Content")
    title = "Sources disagree: attack on a patrol, or an operation against a group?"
    boxes = Boxes(TemplateCache())
    plain = fitted_size(
        boxes, prs.slides.add_slide(layout).shapes.title, title, min_size=12, max_lines=1
    )
    style = prs.slide_master._element.find(f"{qn('p:txStyles')}/{qn('p:titleStyle')}")
    style.find(f"{qn('a:lvl1pPr')}/{qn('a:defRPr')}").set("cap", "all")
    slide = prs.slides.add_slide(layout)
    assert level_style(slide.shapes.title).caps
    caps = fitted_size(Boxes(TemplateCache()), slide.shapes.title, title, min_size=12, max_lines=1)
    assert caps < plain


def test_typefaces_of_templates_without_text_styles_come_from_their_prompts() -> None:
    """LibreOffice writes sizes and faces only on the prompt text ("Click to edit ...")."""
    prs = Presentation(str(DECK_TEMPLATE))
    master = prs.slide_master._element
    master.remove(master.find(qn("p:txStyles")))
    layout = _layout(prs, "Title and Content")
    for element in (layout._element, master):
        for style in element.iter(qn("a:lstStyle")):
            style.clear()
    title = _ph(layout, PH.TITLE)
    title.text_frame.text = "Click to edit the title"
    title.text_frame.paragraphs[0].runs[0].font.name = "Verdana"
    slide = prs.slides.add_slide(layout)
    assert level_style(slide.shapes.title).font == "Verdana"
    assert level_style(_ph(slide, PH.OBJECT)).font == "Arial"  # the theme's minor face


def test_boxes_measure_text_in_their_own_face() -> None:
    """The same text takes fewer lines in a Calibri box than in an Arial one, and more in a
    Verdana one; table cells are measured in the theme's minor face."""
    heights = {}
    for face in ("Arial", "Calibri", "Verdana"):
        prs = Presentation(str(DECK_TEMPLATE))
        _with_theme_fonts(prs, face, face)
        slide = prs.slides.add_slide(_layout(prs, "Title and Content"))
        box = Box.of(_ph(slide, PH.OBJECT))
        assert box.styles[0].font == face
        words = (LONG + " " + LONG).split()
        lines = [Line(" ".join(words[:n]), n % 2) for n in range(8, len(words))]
        heights[face] = box.height_of(lines)
    assert heights["Calibri"] < heights["Arial"] < heights["Verdana"]
    cell = Cell((Line(LONG),))
    arial = _RowMeasure([914400 * 2], 12).cell_height(cell, 0)
    calibri = _RowMeasure([914400 * 2], 12, font_metrics("Calibri")).cell_height(cell, 0)
    assert calibri < arial


def test_titles_in_a_narrower_face_are_shrunk_less() -> None:
    """A title that Arial's widths would shrink keeps more of its size in Times New Roman
    (narrower), and is shrunk more in Verdana (wider)."""
    title = "Counter-terrorism operations in the western regions, 2011–2016 (continued)"
    sizes = {}
    for face in ("Arial", "Times New Roman", "Verdana"):
        prs = Presentation(str(DECK_TEMPLATE))
        _with_theme_fonts(prs, face, "Arial")
        slide = prs.slides.add_slide(_layout(prs, "Title and Content"))
        boxes = Boxes(TemplateCache())
        sizes[face] = fitted_size(boxes, slide.shapes.title, title, min_size=12, max_lines=1)
    assert sizes["Verdana"] < sizes["Arial"] < sizes["Times New Roman"]
