"""Where things go on a layout (``render.deck.geometry``): artwork, content area, text and
figure areas, on the bundled templates (unchanged: their placeholders are already right) and
on a recreation of a Google Slides export (text boxes sized to their text, a logo band)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation

from briefkit.render.deck.geometry import (
    EMU_PER_CM,
    Rect,
    artwork,
    caption_band,
    content_area,
    figure_area,
    is_auto_fit,
    text_area,
)
from briefkit.render.deck.placeholders import NS, PH, first, placeholder_elements
from briefkit.render.deck.template import TemplateCache

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"

# The geometry of the Google Slides export of a French ministry's deck (MTES-MCT/otelo-back,
# public/ppt/template.pptx): a 25.4 x 14.3 cm slide, a 0.8 cm title, a 22.9 x 0.8 cm body
# with auto-fit, a logo band at the bottom left at 13.1 cm.
SLIDE = (9144000, 5143500)
TITLE = (457200, 205741, 8229600, 277000)
BODY = (457200, 1183005, 8229600, 277000)
LOGO = (113825, 4733400, 1830635, 231000)
SLIDE_NUMBER = (8559801, 4783454, 127001, 127001)


def _xfrm(shape: Any, box: tuple[int, int, int, int]) -> None:
    shape.left, shape.top, shape.width, shape.height = box


def _autofit(shape: Any, kind: str = "normAutofit") -> None:
    body = shape._element.find(f"{{{NS['p']}}}txBody/{{{NS['a']}}}bodyPr")
    for child in list(body):
        body.remove(child)
    etree.SubElement(body, f"{{{NS['a']}}}{kind}")


def _filled_rect(owner: Any, box: tuple[int, int, int, int], name: str) -> None:
    left, top, width, height = box
    xml = (
        f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}"><p:nvSpPr><p:cNvPr id="90" '
        f'name="{name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{left}" '
        f'y="{top}"/><a:ext cx="{width}" cy="{height}"/></a:xfrm><a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="000091"/></a:solidFill>'
        "</p:spPr></p:sp>"
    )
    owner.shapes._spTree.append(etree.fromstring(xml))


def google_slides_like(tmp_path: Path) -> Path:
    """A template with the property that matters of a Google Slides export: its "Title and
    Content" body is a 0.8 cm auto-fit box under the title, above a bottom-left logo band."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE
    master = prs.slide_master
    for ph in list(master.placeholders):
        kind = ph.placeholder_format.type
        if kind == PH.TITLE:
            _xfrm(ph, TITLE)
        elif kind == PH.BODY:
            _xfrm(ph, (457200, 1200150, 8229600, 3943350))
        elif kind == PH.SLIDE_NUMBER:
            _xfrm(ph, SLIDE_NUMBER)
        else:
            ph._element.getparent().remove(ph._element)
    for layout in master.slide_layouts:
        for ph in list(layout.placeholders):
            if ph.placeholder_format.type in (PH.DATE, PH.FOOTER, PH.SLIDE_NUMBER):
                ph._element.getparent().remove(ph._element)
    content = master.slide_layouts[1]
    for ph in content.placeholders:
        _xfrm(ph, TITLE if ph.placeholder_format.type == PH.TITLE else BODY)
        if ph.placeholder_format.type != PH.TITLE:
            _autofit(ph)
    _filled_rect(content, LOGO, "Logo")
    two = master.slide_layouts[3]
    bodies = [ph for ph in two.placeholders if ph.placeholder_format.type != PH.TITLE]
    _xfrm(bodies[0], (457200, 1183005, 3977641, 277000))
    _xfrm(bodies[1], (4709159, 1183005, 3977641, 277000))
    path = tmp_path / "google-slides-like.pptx"
    prs.save(path)
    return path


def _layout(prs: Any, name: str) -> Any:
    return next(lay for m in prs.slide_masters for lay in m.slide_layouts if lay.name == name)


def _cm(value: int) -> float:
    return round(value / EMU_PER_CM, 1)


def test_rect_geometry() -> None:
    a, b = Rect(0, 0, 100, 50), Rect(60, 20, 100, 100)
    assert (a.right, a.bottom, a.area) == (100, 50, 5000)
    assert a.intersection(b) == Rect(60, 20, 40, 30)
    assert a.intersection(Rect(100, 0, 10, 10)) is None  # touching is not overlapping
    assert Rect(360000, 720000, 3600000, 1800000).cm() == "10.0 × 5.0 cm at 1.0, 2.0 cm"
    figure, band = caption_band(Rect(0, 0, 1000, 900_000), 100_000)
    assert band == Rect(0, 800_000, 1000, 100_000) and figure.bottom < band.top


@pytest.mark.parametrize("name", ["deck.pptx", "ministry-deck.pptx"])
def test_bundled_templates_keep_their_boxes(name: str) -> None:
    """The bundled layouts' placeholders are right: text and figure areas are their boxes."""
    prs = Presentation(str(TEMPLATES / name))
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            for ref in placeholder_elements(layout):
                if ref.kind not in (PH.BODY, PH.OBJECT):
                    continue
                shape = next(ph for ph in layout.placeholders if ph._element is ref.element)
                assert text_area(shape) == Rect.of(shape), (layout.name, shape.name)
            picture = first(layout, PH.PICTURE, PH.TABLE)
            if picture is not None:
                assert figure_area(layout) == Rect.of(picture)


def test_bundled_content_area_is_between_title_and_footer_rule() -> None:
    prs = Presentation(str(TEMPLATES / "ministry-deck.pptx"))
    layout = _layout(prs, "Heading and Text")
    area = content_area(layout)
    body = Rect.of(first(layout, PH.OBJECT))
    # From the body's top (below the title rule) to just above the footer rule; the side band
    # down the left lies outside the margins.
    assert area.top == body.top and area.left == body.left and area.right == body.right
    assert body.bottom <= area.bottom < 6327648
    band = artwork(layout)
    assert any(rect.left == 0 and rect.height == prs.slide_height for rect in band)
    assert all(area.intersection(rect) is None for rect in band)


def test_google_slides_body_takes_the_content_area(tmp_path: Path) -> None:
    prs = Presentation(str(google_slides_like(tmp_path)))
    layout = _layout(prs, "Title and Content")
    area = content_area(layout)
    # Below the 0.8 cm title, where the body starts; above the logo band at 13.1 cm; within the
    # title's margins.
    assert (area.left, area.right) == (457200, 8686800)
    assert area.top == BODY[1]
    assert LOGO[1] - 100_000 < area.bottom < LOGO[1]
    body = next(ph for ph in layout.placeholders if ph.placeholder_format.type != PH.TITLE)
    assert is_auto_fit(body)
    assert _cm(Rect.of(body).height) == 0.8
    assert text_area(body) == area
    assert _cm(area.height) > 9
    # No picture placeholder: a chart goes in the body's area; with a caption, above it.
    assert figure_area(layout) == area
    assert figure_area(layout, caption=400_000).bottom < area.bottom - 400_000


def test_slide_placeholder_measured_like_its_layout(tmp_path: Path) -> None:
    prs = Presentation(str(google_slides_like(tmp_path)))
    layout = _layout(prs, "Title and Content")
    slide = prs.slides.add_slide(layout)
    body = first(slide, PH.BODY, PH.OBJECT)
    assert text_area(body) == content_area(layout)


def test_two_content_columns_keep_their_width(tmp_path: Path) -> None:
    prs = Presentation(str(google_slides_like(tmp_path)))
    layout = _layout(prs, "Two Content")
    left, right = (ph for ph in layout.placeholders if ph.placeholder_format.type != PH.TITLE)
    for column in (left, right):
        area = text_area(column)
        assert (area.left, area.width) == (column.left, column.width)
        assert area.height > 10 * column.height


def test_fixed_small_box_is_not_grown_when_plausible(tmp_path: Path) -> None:
    """A body with no auto-fit that takes half the content area is meant as it is."""
    path = google_slides_like(tmp_path)
    prs = Presentation(str(path))
    layout = _layout(prs, "Title and Content")
    body = next(ph for ph in layout.placeholders if ph.placeholder_format.type != PH.TITLE)
    _autofit(body, "noAutofit")
    body.height = content_area(layout).height // 2
    assert text_area(body) == Rect.of(body)


def test_artwork_skips_backgrounds_and_hidden_master_shapes(tmp_path: Path) -> None:
    prs = Presentation(str(google_slides_like(tmp_path)))
    layout = _layout(prs, "Title and Content")
    _filled_rect(layout, (0, 0, *SLIDE), "Background")
    _filled_rect(layout.slide_master, (0, 0, 256032, SLIDE[1]), "Side band")
    rects = artwork(layout)
    assert Rect(*LOGO) in rects and Rect(*SLIDE_NUMBER) in rects
    assert Rect(0, 0, *SLIDE) not in rects
    assert Rect(0, 0, 256032, SLIDE[1]) in rects
    layout._element.set("showMasterSp", "0")
    assert Rect(0, 0, 256032, SLIDE[1]) not in artwork(layout)


def test_side_band_pushes_the_content_area(tmp_path: Path) -> None:
    prs = Presentation(str(google_slides_like(tmp_path)))
    layout = _layout(prs, "Title and Content")
    _filled_rect(layout, (0, 0, 2056200, SLIDE[1]), "Navy band")
    area = content_area(layout)
    assert area.left > 2056200 and area.right == 8686800
    assert area.height > 2_500_000  # the band is cut from the side, not from above


def test_areas_are_cached_per_template(tmp_path: Path) -> None:
    data = google_slides_like(tmp_path).read_bytes()
    cache = TemplateCache()
    first_prs = Presentation(io.BytesIO(data))
    area = content_area(_layout(first_prs, "Title and Content"), cache)
    again = content_area(_layout(Presentation(io.BytesIO(data)), "Title and Content"), cache)
    assert again is area
