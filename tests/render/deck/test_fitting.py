"""Decks in templates people really have (issue 15, points 1-4): charts never left out, text
boxes sized to their text taken for the content area they stand for, big type shrunk before
it continues, LibreOffice-saved styles and bullets carried over. Each deck is reopened with
python-pptx and its geometry, sizes and pictures checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.util import Pt

from briefkit.compose.model import Briefing
from briefkit.render.deck.geometry import Rect, content_area, text_area
from briefkit.render.deck.placeholders import NS_A, PH, TEXT_TYPES, TITLE_TYPES, first
from briefkit.render.deck.prompt_styles import carry_prompt_styles
from briefkit.render.deck.template import load_deck_template
from briefkit.render.deck.text import Box, Line
from briefkit.render.deck.writer import render_deck
from helpers.documents import images_for, make_png, slides_with_layout
from helpers.samples import sample_briefing
from helpers.template_quirks import (
    big_body,
    cover_titles,
    google_slides,
    make_deck,
    office_layouts_only,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "templates" / "deck"


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return sample_briefing()


@pytest.fixture(scope="module")
def chart_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


def _render(briefing: Briefing, png: Path, template: Path, out: Path) -> tuple[Any, list[str]]:
    warnings = render_deck(briefing, images_for(briefing, png), template, out)
    return Presentation(str(out)), warnings


def _pictures(slide: Any) -> list[Any]:
    return [shape for shape in slide.shapes if shape._element.tag.endswith("}pic")]


@pytest.fixture(scope="module")
def google_deck(
    sample: Briefing, chart_png: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Any, list[str]]:
    folder = tmp_path_factory.mktemp("gslides")
    template = make_deck(folder / "gslides.pptx", office_layouts_only, google_slides)
    deck, warnings = _render(sample, chart_png, template, folder / "deck.pptx")
    return template, deck, warnings


def test_google_slides_chart_goes_above_its_caption_in_the_body_area(
    google_deck: tuple[Path, Any, list[str]], sample: Briefing
) -> None:
    template, deck, warnings = google_deck
    assert not any("left out" in w for w in warnings)
    prs = load_deck_template(template).new_document()
    area = content_area(next(lay for lay in prs.slide_layouts if lay.name == "TITLE_AND_BODY"))
    chart_titles = {c.headline or c.title for c in sample.charts}
    chart_slides = [s for s in deck.slides if s.shapes.title.text in chart_titles]
    assert len(chart_slides) == len(sample.charts)
    for slide in chart_slides:
        (picture,) = _pictures(slide)
        caption = first(slide, *TEXT_TYPES)
        assert caption is not None and "Figure" in caption.text_frame.text
        figure, below = Rect.of(picture), Rect.of(caption)
        assert below.top >= figure.bottom  # caption under the chart, not over it
        for rect in (figure, below):
            assert rect.left >= area.left and rect.right <= area.right
            assert rect.top >= area.top and rect.bottom <= area.bottom
        assert figure.height > 2 * below.height


def test_google_slides_text_takes_the_content_area(
    google_deck: tuple[Path, Any, list[str]],
) -> None:
    """The 0.3 in auto-fit body is resized on each slide to the layout's content area, and the
    text stays in it (styled by the theme)."""
    template, deck, _ = google_deck
    prs = load_deck_template(template).new_document()
    layout = next(lay for lay in prs.slide_layouts if lay.name == "TITLE_AND_BODY")
    body = first(layout, *TEXT_TYPES)
    assert body is not None and body.height < Pt(30)
    area = text_area(body)
    assert area.height > 8 * body.height
    slides = slides_with_layout(deck, "TITLE_AND_BODY")
    texts = [s for s in slides if first(s, *TEXT_TYPES) is not None and not _pictures(s)]
    assert texts
    for slide in texts:  # (callouts are then made as tall as their text)
        placed = Rect.of(first(slide, *TEXT_TYPES))
        assert (placed.left, placed.top, placed.width) == (area.left, area.top, area.width)
        assert placed.height <= area.height
    # Not one paragraph a slide: the bundled template's count, give or take.
    assert len(deck.slides) < 45


def test_big_type_shrinks_before_continuing(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    """40 pt body text: fewer slides than at 40 pt, written no smaller than 75 % (30 pt), in
    one size a slide; no continuation slide holds a single bullet that fits the slide before."""
    template = make_deck(tmp_path / "big.pptx", office_layouts_only, big_body)
    deck, _ = _render(sample, chart_png, template, tmp_path / "big-deck.pptx")
    shrunk = 0
    for slide in slides_with_layout(deck, "Title and Content"):
        body = first(slide, *TEXT_TYPES)
        if body is None or not body.has_text_frame:
            continue
        sizes = {
            run.font.size.pt
            for p in body.text_frame.paragraphs
            if p.level == 0
            for run in p.runs
            if run.font.size is not None
        }
        assert all(size >= 30 for size in sizes)
        assert len(sizes) <= 1
        shrunk += bool(sizes)
    assert shrunk  # some text was shrunk rather than continued
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    continued = [t for t in titles if t.endswith("(continued)")]
    bundled, _ = _render(
        sample,
        chart_png,
        make_deck(tmp_path / "plain.pptx", office_layouts_only),
        tmp_path / "plain-deck.pptx",
    )
    assert len(deck.slides) <= 1.5 * len(bundled.slides)
    assert len(continued) < len(titles) // 2


def test_bundled_text_is_not_shrunk(sample: Briefing, chart_png: Path, tmp_path: Path) -> None:
    """Briefkit's own template (20 pt body) writes its body text at the template's size."""
    template = make_deck(tmp_path / "plain.pptx", office_layouts_only)
    deck, _ = _render(sample, chart_png, template, tmp_path / "deck.pptx")
    for slide in slides_with_layout(deck, "Title and Content"):
        body = first(slide, *TEXT_TYPES)
        if body is not None and body.has_text_frame:
            assert all(r.font.size is None for p in body.text_frame.paragraphs for r in p.runs)


@pytest.mark.skipif(not (FIXTURES / "lotpl-dna.pptx").is_file(), reason="fixture missing")
def test_libreoffice_prompt_styles_and_bullets_are_carried(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    """A LibreOffice-saved template keeps its styles only on prompt text: the deck's layouts
    get them as list styles (size, bullet), so PowerPoint shows what LibreOffice does, and the
    agenda's numbers are drawn in the text's font, not the bullets' Wingdings."""
    deck, _ = _render(sample, chart_png, FIXTURES / "lotpl-dna.pptx", tmp_path / "dna.pptx")
    slide = next(s for s in deck.slides if s.shapes.title.text.startswith(sample.sections[0].title))
    body = first(slide, *TEXT_TYPES)
    layout_body = first(slide.slide_layout, PH.OBJECT, PH.BODY)
    master_body = first(slide.slide_layout.slide_master, PH.BODY)
    assert body is not None and layout_body is not None and master_body is not None
    level = master_body._element.find(f".//{NS_A}lstStyle/{NS_A}lvl1pPr")
    assert level is not None
    assert level.find(f"{NS_A}buChar") is not None
    assert level.find(f"{NS_A}defRPr").get("sz") == "2960"
    agenda = first(deck.slides[1], *TEXT_TYPES)
    assert agenda is not None
    for paragraph in agenda.text_frame.paragraphs:
        ppr = paragraph._p.pPr
        assert ppr.find(f"{NS_A}buFontTx") is not None
        assert ppr.find(f"{NS_A}buAutoNum") is not None


def _tiny_chart_caption(prs: Any) -> None:
    """The Chart layout's caption box cut to 0.3 in tall, fixed (no auto-fit)."""
    layout = next(lay for m in prs.slide_masters for lay in m.slide_layouts if lay.name == "Chart")
    caption = first(layout, PH.BODY)
    caption.height = Pt(22)
    body_pr = caption._element.find(f".//{NS_A}bodyPr")
    for child in list(body_pr):
        body_pr.remove(child)


def test_caption_too_big_for_its_box_goes_under_the_chart(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    template = make_deck(tmp_path / "tiny-caption.pptx", _tiny_chart_caption)
    deck, _ = _render(sample, chart_png, template, tmp_path / "deck.pptx")
    slides = slides_with_layout(deck, "Chart")
    assert len(slides) == len(sample.charts)
    for slide, chart in zip(slides, sample.charts, strict=True):
        (picture,) = _pictures(slide)
        caption = first(slide, PH.BODY)
        assert caption is not None
        figure, below = Rect.of(picture), Rect.of(caption)
        text = caption.text_frame.text
        assert "Figure" in text
        if chart.caption.split()[0] in text:  # the whole caption: in a band under the chart
            assert below.top >= figure.bottom and below.height > Pt(22)
        else:  # else the figure line stays, the caption is in the notes
            assert chart.caption.split()[0] in slide.notes_slide.notes_text_frame.text
        assert figure.intersection(below) is None


def test_cover_title_becomes_a_heading_band(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    """A template whose content layout has a title 72% of the slide tall over a content strip
    (lotpl-typography-blue: 3.5x the slides): the title becomes a band at the top, the content
    placeholder takes the slide under it, and the deck has about the bundled slide count."""
    template = make_deck(tmp_path / "cover.pptx", office_layouts_only, cover_titles)
    prs = load_deck_template(template).new_document()
    height = prs.slide_height
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title and Content")
    title, body = first(layout, *TITLE_TYPES), first(layout, *TEXT_TYPES)
    assert title is not None and body is not None
    assert title.height <= 0.16 * height
    assert body.top >= title.top + title.height and body.height > 0.5 * height
    section = next(lay for lay in prs.slide_layouts if lay.name == "Section Header")
    assert first(section, *TITLE_TYPES).height > 0.7 * height  # a divider keeps its big title
    deck, _ = _render(sample, chart_png, template, tmp_path / "deck.pptx")
    bundled, _ = _render(
        sample,
        chart_png,
        make_deck(tmp_path / "plain.pptx", office_layouts_only),
        tmp_path / "plain-deck.pptx",
    )
    assert len(deck.slides) <= 1.3 * len(bundled.slides)
    for slide in slides_with_layout(deck, "Title and Content"):
        placed = first(slide, *TEXT_TYPES)
        if placed is not None:
            assert placed.top >= title.top + title.height


@pytest.mark.skipif(not (FIXTURES / "lotpl-dna.pptx").is_file(), reason="fixture missing")
def test_libreoffice_default_indents_are_written_where_a_template_has_none() -> None:
    """Body levels 2-9 with no left margin anywhere are indented as LibreOffice draws them
    (level 2's text 68 pt in), so PowerPoint shows the same and the text is measured in the
    width it really has; the first level and given margins stay."""
    prs = Presentation(str(FIXTURES / "lotpl-dna.pptx"))
    master = prs.slide_masters[0]
    master_body = first(master, PH.BODY)
    assert master_body is not None
    for ppr in master_body._element.iter(f"{NS_A}pPr"):
        ppr.attrib.pop("marL", None)
        ppr.attrib.pop("indent", None)
    carry_prompt_styles(prs)
    styles = master_body._element.find(f".//{NS_A}lstStyle")
    assert styles.find(f"{NS_A}lvl1pPr").get("marL") is None
    assert styles.find(f"{NS_A}lvl2pPr").get("marL") == "864000"
    assert styles.find(f"{NS_A}lvl3pPr").get("marL") == "1296000"
    assert styles.find(f"{NS_A}lvl2pPr").get("indent") == "-216000"
    assert round(Box.of(master_body).style(1).margin_left) == 68


def test_big_type_reduces_line_spacing_as_autofit_does(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    """Before text continues on another slide it takes PowerPoint's auto-fit line-spacing
    reduction (10 % or 20 %, written as the paragraphs' spacing), and still fits its box."""
    template = make_deck(tmp_path / "big.pptx", office_layouts_only, big_body)
    deck, _ = _render(sample, chart_png, template, tmp_path / "big-deck.pptx")
    reduced = 0
    for slide in slides_with_layout(deck, "Title and Content"):
        body = first(slide, *TEXT_TYPES)
        if body is None or not body.has_text_frame:
            continue
        spacings = {p.line_spacing for p in body.text_frame.paragraphs}
        assert spacings <= {None, 0.9, 0.8}
        if spacings & {0.9, 0.8}:
            reduced += 1
            (spacing,) = spacings
            box = Box.of(first(slide.slide_layout, *TEXT_TYPES))
            lines = [
                Line("".join(r.text for r in p.runs), p.level) for p in body.text_frame.paragraphs
            ]
            size = body.text_frame.paragraphs[0].runs[0].font.size  # None: the inherited size
            scale = 1.0 if size is None else size.pt / box.style(0).size
            assert box.height_of(lines, scale, spacing) <= box.height
            assert box.height_of(lines, scale) > box.height or scale < 1.0
    assert reduced


def _short_subtitle(prs: Any) -> None:
    """The title layout's subtitle cut to 0.2 in tall, fixed, with free room below it."""
    layout = next(
        lay for m in prs.slide_masters for lay in m.slide_layouts if lay.name == "Title Slide"
    )
    subtitle = first(layout, PH.SUBTITLE, PH.BODY)
    subtitle.height = Pt(14)
    body_pr = subtitle._element.find(f".//{NS_A}bodyPr")
    for child in list(body_pr):
        body_pr.remove(child)


def test_title_slide_text_takes_the_room_below_a_box_too_short(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    """Title-slide text that does not fit its box even at the least size makes the box taller
    (not past the next shape or the slide), so it is not drawn outside it."""
    template = make_deck(tmp_path / "short.pptx", office_layouts_only, _short_subtitle)
    deck, _ = _render(sample, chart_png, template, tmp_path / "short-deck.pptx")
    slide = deck.slides[0]
    subtitle = first(slide, PH.SUBTITLE, PH.BODY)
    assert subtitle is not None and subtitle.text_frame.text
    box = Box.of(subtitle)
    lines = [Line(p.text, p.level) for p in subtitle.text_frame.paragraphs]
    sizes = {r.font.size.pt for p in subtitle.text_frame.paragraphs for r in p.runs if r.font.size}
    scale = min(sizes) / box.style(0).size if sizes else 1.0
    assert subtitle.height > Pt(14)
    assert box.height_of(lines, scale) <= box.height + 1
    assert subtitle.top + subtitle.height <= deck.slide_height
    below = [s for s in slide.placeholders if s.top >= Pt(14) + subtitle.top and s is not subtitle]
    assert all(
        subtitle.top + subtitle.height <= s.top
        for s in below
        if s.left < subtitle.left + subtitle.width
    )
