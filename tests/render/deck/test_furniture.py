"""Slide number, footer and date where the template shows them, and nothing of ours under them
or over its design (issue 15, point 4): the template's header-and-footer settings, the master's
slide number kept off a layout's own picture, chart pictures clear of the slide number, titles
grown into the room below them, chart pictures drawn at the aspect of the place they get. Each
deck is reopened with python-pptx and its geometry checked."""

from __future__ import annotations

import copy
import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.oxml.shapes.picture import CT_Picture
from pptx.util import Cm, Emu

from briefkit.compose.model import Briefing, ChartImage
from briefkit.render.deck.chart_slot import chart_slot
from briefkit.render.deck.geometry import Rect, figure_area
from briefkit.render.deck.placeholders import NS_P, PH, TEXT_TYPES, TITLE_TYPES, first
from briefkit.render.deck.template import DeckLayout, load_deck_template
from briefkit.render.deck.text import Box, Line
from briefkit.render.deck.writer import render_deck
from helpers.documents import images_for, make_png, slides_with_layout
from helpers.samples import sample_briefing
from helpers.template_quirks import (
    LOGO_PNG,
    google_slides,
    make_deck,
    no_layout_placeholders,
    office_layouts_only,
)


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return sample_briefing()


@pytest.fixture(scope="module")
def chart_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


def _render(briefing: Briefing, images: dict[str, ChartImage], template: Path, out: Path) -> Any:
    render_deck(briefing, images, template, out)
    return Presentation(str(out))


def _numbers(slide: Any) -> list[Any]:
    return [s for s in slide.placeholders if s.placeholder_format.type == PH.SLIDE_NUMBER]


def _pictures(slide: Any) -> list[Any]:
    return [shape for shape in slide.shapes if shape._element.tag.endswith("}pic")]


def _hide_numbers(prs: Any) -> None:
    """The master's header-and-footer settings: no slide number (otelo's Google export)."""
    for master in prs.slide_masters:
        hf = etree.Element(f"{NS_P}hf", sldNum="0")
        master._element.find(f"{NS_P}txStyles").addprevious(hf)


def _not_on_title_slide(prs: Any) -> None:
    """PowerPoint's "Don't show on title slide"."""
    prs.part._element.set("showSpecialPlsOnTitleSld", "0")


def test_slide_numbers_only_where_the_template_shows_them(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    images = images_for(sample, chart_png)
    plain = _render(sample, images, make_deck(tmp_path / "p.pptx"), tmp_path / "p-deck.pptx")
    assert sum(bool(_numbers(slide)) for slide in plain.slides) > len(plain.slides) // 2
    hidden = _render(
        sample, images, make_deck(tmp_path / "h.pptx", _hide_numbers), tmp_path / "h-deck.pptx"
    )
    assert not any(_numbers(slide) for slide in hidden.slides)
    # Layouts of no placeholders: every one, the title slide too, gets the master's number...
    bare = (office_layouts_only, no_layout_placeholders)
    shown = _render(sample, images, make_deck(tmp_path / "b.pptx", *bare), tmp_path / "b-deck.pptx")
    numbered = [bool(_numbers(slide)) for slide in shown.slides]
    assert all(numbered)
    # ... but not the title slide where the presentation says so.
    titled = make_deck(tmp_path / "t.pptx", *bare, _not_on_title_slide)
    deck = _render(sample, images, titled, tmp_path / "t-deck.pptx")
    assert [bool(_numbers(slide)) for slide in deck.slides] == [False, *numbered[1:]]


def _hide_footers(prs: Any) -> None:
    """The master's header-and-footer settings: no footer (and no slide number)."""
    for master in prs.slide_masters:
        hf = etree.Element(f"{NS_P}hf", ftr="0", sldNum="0")
        master._element.find(f"{NS_P}txStyles").addprevious(hf)


def test_a_marking_is_on_every_slide_even_where_the_template_hides_its_footer(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    marked = dataclasses.replace(sample, marking="OFFICIAL-SENSITIVE")
    images = images_for(marked, chart_png)
    template = make_deck(tmp_path / "f.pptx", _hide_footers)
    deck = _render(marked, images, template, tmp_path / "f-deck.pptx")
    footers = [
        [s.text_frame.text for s in slide.placeholders if s.placeholder_format.type == PH.FOOTER]
        for slide in deck.slides
    ]
    assert all(texts == ["OFFICIAL-SENSITIVE"] for texts in footers[1:]), footers
    assert not any(_numbers(slide) for slide in deck.slides)  # the template's choice stands
    # the title slide carries it among its details
    assert "OFFICIAL-SENSITIVE" in " ".join(
        shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame
    )
    unmarked = _render(
        dataclasses.replace(sample, marking=""), images, template, tmp_path / "u-deck.pptx"
    )
    assert not any(
        s.placeholder_format.type == PH.FOOTER
        for slide in unmarked.slides
        for s in slide.placeholders
    )


def _title_banner(prs: Any) -> None:
    """A banner picture on the title slide layout, across the foot of the slide where the
    master has its slide number (poi-tika-2605's 'Title Slide', a layout of no placeholders)."""
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title Slide")
    master = layout.slide_master
    number = next(s for s in master.placeholders if s.placeholder_format.type == PH.SLIDE_NUMBER)
    _, rid = layout.part.get_or_add_image_part(io.BytesIO(LOGO_PNG))
    top = Emu(number.top - Cm(1))
    pic = CT_Picture.new_pic(
        90, "Banner", "banner", rid, 0, top, prs.slide_width, Emu(number.height + Cm(1.5))
    )
    tree = layout.shapes._spTree
    ext = tree.find(f"{NS_P}extLst")
    if ext is None:
        tree.append(pic)
    else:
        ext.addprevious(pic)


def test_the_masters_slide_number_stays_off_a_layouts_own_picture(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    template = make_deck(
        tmp_path / "banner.pptx", office_layouts_only, no_layout_placeholders, _title_banner
    )
    deck = _render(sample, images_for(sample, chart_png), template, tmp_path / "deck.pptx")
    assert deck.slides[0].slide_layout.name == "Title Slide"
    assert not _numbers(deck.slides[0])
    assert all(_numbers(slide) for slide in list(deck.slides)[1:])


def _object_over_the_number(prs: Any) -> None:
    """The chart layout's content placeholder runs down under the slide number (thu-v1's
    'Title and Content'); its picture placeholder goes."""
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Chart")
    number = first(layout, PH.SLIDE_NUMBER)
    for ph in list(layout.placeholders):
        if ph.placeholder_format.type in (PH.PICTURE, PH.BODY):
            ph._element.getparent().remove(ph._element)
    title = first(layout, *TITLE_TYPES)
    body = next(s for s in layout.slide_master.placeholders if s.placeholder_format.type == 2)
    clone = copy.deepcopy(body._element)
    clone.find(f".//{NS_P}nvPr/{NS_P}ph").attrib.pop("type")
    layout.shapes._spTree.append(clone)
    obj = first(layout, PH.OBJECT)
    obj.left, obj.width = title.left, title.width
    obj.top = Emu(title.top + title.height + Cm(0.5))
    obj.height = Emu(number.top + number.height - obj.top)


def test_a_chart_drawn_for_its_place_keeps_clear_of_the_slide_number(
    sample: Briefing, tmp_path: Path
) -> None:
    template = make_deck(tmp_path / "under.pptx", _object_over_the_number)
    width, height = chart_slot(load_deck_template(template))
    png = make_png(tmp_path / "slot.png", 2000, round(2000 * height / width))
    images = {
        c.id: ChartImage(str(png), 2000, round(2000 * height / width), c.title)
        for c in sample.charts
    }
    deck = _render(sample, images, template, tmp_path / "deck.pptx")
    slides = slides_with_layout(deck, "Chart")
    assert len(slides) == len(sample.charts)
    for slide in slides:
        (picture,) = _pictures(slide)
        (number,) = _numbers(slide)
        assert Rect.of(picture).intersection(Rect.of(number)) is None
        assert abs(Rect.of(picture).width - width) < Cm(0.1)  # its place: not letterboxed


def _thin_titles(prs: Any) -> None:
    """Titles 0.8 cm tall at the top of the slide, the content well below (otelo's Google
    Slides export: a two-line title ran out of its box)."""
    for layout in prs.slide_layouts:
        title = first(layout, *TITLE_TYPES)
        if title is not None and layout.name not in ("Title Slide", "Section Header"):
            title.top, title.height = Cm(0.3), Cm(0.8)


def test_a_two_line_title_grows_into_the_room_below_its_box(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    template = make_deck(tmp_path / "thin.pptx", _thin_titles)
    deck = _render(sample, images_for(sample, chart_png), template, tmp_path / "deck.pptx")
    grown = 0
    for slide in list(deck.slides)[1:]:
        title = first(slide, *TITLE_TYPES)
        if title is None or slide.slide_layout.name == "Section Header":
            continue
        box = Box.of(title)
        runs = title._element.findall(".//{*}rPr")
        size = max(int(r.get("sz")) / 100 for r in runs if r.get("sz"))
        needed = box.height_of([Line(title.text_frame.text)], size / box.style(0).size)
        assert needed <= box.height + 1, (title.text_frame.text, needed, box.height)
        grown += Rect.of(title).height > Cm(0.9)
        for other in (first(slide, *TEXT_TYPES), *_pictures(slide)):
            if other is not None:
                assert Rect.of(title).intersection(Rect.of(other)) is None
    assert grown  # the sample has titles of two lines at 18 pt


def test_a_chart_under_its_caption_band_is_drawn_at_that_aspect(tmp_path: Path) -> None:
    """A Google Slides export's chart layout has only a body: the chart goes above a caption
    band, so its picture is drawn for the area less the band, not the whole area."""
    template = load_deck_template(
        make_deck(tmp_path / "g.pptx", office_layouts_only, google_slides)
    )
    layout = template.layout(template.new_document(), DeckLayout.CHART)
    whole = figure_area(layout, cache=template.cache)
    width, height = chart_slot(template)
    assert width == whole.width and height < 0.85 * whole.height
