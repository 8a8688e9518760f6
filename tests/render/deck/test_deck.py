"""The PowerPoint deck: reopened with python-pptx and checked slide by slide.

The deck is built from the hand-made sample briefing (every block type) into the bundled
template; chart images are real PNGs made here. One slow test converts the deck with
LibreOffice and counts the PDF pages.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

from briefkit.compose.model import Briefing, ChartImage, Paragraph, Section
from briefkit.render.deck.template import LAYOUT_ALIASES, DeckLayout, load_deck_template
from briefkit.render.deck.writer import render_deck
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.textfit import paginate
from briefkit.render.office.xmltext import xml_safe
from helpers.documents import (
    DECK_TEMPLATE,
    assert_within_slides,
    images_for,
    make_png,
    notes_of,
    pdf_pages,
    plain,
    slide_text,
    slides_with_layout,
    soffice,
    title_of,
)
from helpers.samples import sample_briefing
from helpers.template_checks import load_script

ROOT = Path(__file__).resolve().parents[3]
TEMPLATE = DECK_TEMPLATE
EMU_PER_INCH = 914400


# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chart_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


def render(briefing: Briefing, png: Path, out: Path, template: Path = TEMPLATE) -> list[str]:
    return render_deck(briefing, images_for(briefing, png), template, out)


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return sample_briefing()


@pytest.fixture(scope="module")
def deck_path(sample: Briefing, chart_png: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "sample.pptx"
    warnings = render(sample, chart_png, out)
    assert warnings == []
    return out


@pytest.fixture(scope="module")
def deck(deck_path: Path) -> Any:
    return Presentation(str(deck_path))


def tables(slide: Any) -> list[Any]:
    return [s.table for s in slide.shapes if getattr(s, "has_table", False) and s.has_table]


# --- the deck ---------------------------------------------------------------------------------


def test_slides_are_16_9(deck: Any) -> None:
    assert deck.slide_width == 12192000
    assert deck.slide_height == 6858000


def test_title_slide_has_every_detail_and_the_marking(deck: Any, sample: Briefing) -> None:
    slide = deck.slides[0]
    assert slide.slide_layout.name == "Title Slide"
    text = slide_text(slide)
    for expected in (
        sample.title,
        sample.subtitle,
        sample.period_label,
        sample.issued_label,
        sample.prepared_by,
        sample.marking,
    ):
        assert expected in text
    footer = [
        ph for ph in slide.placeholders if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER
    ]
    assert [ph.text_frame.text for ph in footer] == [sample.marking]


def test_marking_and_slide_number_on_every_slide(deck: Any, sample: Briefing) -> None:
    for n, slide in enumerate(deck.slides, 1):
        kinds = {ph.placeholder_format.type: ph for ph in slide.placeholders}
        assert kinds[PP_PLACEHOLDER.FOOTER].text_frame.text == sample.marking
        if n > 1:
            number = kinds[PP_PLACEHOLDER.SLIDE_NUMBER]
            assert number._element.xpath(".//a:fld[@type='slidenum']")


def test_agenda_lists_the_sections(deck: Any, sample: Briefing) -> None:
    agenda = deck.slides[1]
    assert title_of(agenda) == sample.language.w("agenda")
    body = next(ph for ph in agenda.placeholders if ph.placeholder_format.idx == 1)
    assert [p.text for p in body.text_frame.paragraphs] == [s.title for s in sample.sections]


def cards(slide: Any) -> list[tuple[Any, Any]]:
    """The filled (value, label) card pairs of a key-figures slide, in reading order."""
    by_idx = {ph.placeholder_format.idx: ph for ph in slide.placeholders}
    values = [by_idx[i] for i in range(20, 30) if i in by_idx]
    values.sort(key=lambda ph: (ph.top, ph.left))
    return [(v, by_idx[v.placeholder_format.idx + 10]) for v in values]


def test_key_figures_are_in_their_placeholders(deck: Any, sample: Briefing) -> None:
    (slide,) = slides_with_layout(deck, "Key Figures")
    assert title_of(slide) == sample.language.w("key_figures")
    pairs = cards(slide)
    assert len(pairs) == len(sample.key_figures)
    for (value, label), figure in zip(pairs, sample.key_figures, strict=True):
        assert plain(value.text_frame.text) == figure.value
        assert figure.label in plain(label.text_frame.text)
        assert figure.detail in plain(label.text_frame.text)
        assert (label.left, label.top) == (value.left, value.top + value.height), "one card"


def rows_of(slide: Any) -> list[list[Any]]:
    """The value placeholders of the slide's cards, row by row."""
    rows: dict[int, list[Any]] = {}
    for value, _ in cards(slide):
        rows.setdefault(value.top, []).append(value)
    return [rows[top] for top in sorted(rows)]


def balanced(row: Sequence[Any], slide_width: int) -> bool:
    left_gap = row[0].left
    right_gap = slide_width - (row[-1].left + row[-1].width)
    return abs(left_gap - right_gap) < EMU_PER_INCH * 0.02


@pytest.mark.parametrize(
    ("count", "rows"), [(1, [1]), (2, [2]), (3, [3]), (4, [2, 2]), (5, [3, 2]), (6, [3, 3])]
)
def test_key_figures_share_one_slide_in_balanced_centred_rows(
    sample: Briefing, chart_png: Path, tmp_path: Path, count: int, rows: list[int]
) -> None:
    figures = [*sample.key_figures, *sample.key_figures][:count]
    briefing = dataclasses.replace(sample, key_figures=tuple(figures))
    render(briefing, chart_png, tmp_path / "deck.pptx")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    (slide,) = slides_with_layout(deck, "Key Figures")
    grid = rows_of(slide)
    assert [len(row) for row in grid] == rows
    assert all(balanced(row, deck.slide_width) for row in grid), "each row centred"
    layout_cards = [p for p in slide.slide_layout.placeholders if p.placeholder_format.idx >= 20]
    top = min(p.top for p in layout_cards)
    bottom = max(p.top + p.height for p in layout_cards)
    used_top = grid[0][0].top
    used_bottom = max(label.top + label.height for _, label in cards(slide))
    assert abs((used_top - top) - (bottom - used_bottom)) < EMU_PER_INCH * 0.02, "rows centred"
    assert [plain(v.text_frame.text) for v, _ in cards(slide)] == [f.value for f in figures]


def test_more_key_figures_than_cards_spread_evenly_over_slides(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    figures = (sample.key_figures * 2)[:7]  # six cards a slide: 4 and 3
    briefing = dataclasses.replace(sample, key_figures=figures)
    render(briefing, chart_png, tmp_path / "deck.pptx")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    slides = slides_with_layout(deck, "Key Figures")
    assert [[len(row) for row in rows_of(s)] for s in slides] == [[2, 2], [3]]
    assert (
        title_of(slides[1])
        == f"{sample.language.w('key_figures')} ({sample.language.w('continued')})"
    )


def test_each_chart_has_a_slide_with_headline_picture_and_alt_text(
    deck: Any, sample: Briefing
) -> None:
    slides = slides_with_layout(deck, "Chart")
    assert len(slides) == len(sample.charts)
    for slide, chart in zip(slides, sample.charts, strict=True):
        assert title_of(slide) == chart.headline
        pictures = [
            s
            for s in slide.shapes
            if s.shape_type == MSO_SHAPE_TYPE.PLACEHOLDER
            and s.placeholder_format.type == PP_PLACEHOLDER.PICTURE
        ]
        assert len(pictures) == 1
        picture = pictures[0]
        descr = picture._element.xpath("./p:nvPicPr/p:cNvPr/@descr")[0]
        assert descr == f"Chart: {chart.title}. {chart.caption}"
        # Neither cropped nor distorted: the placeholder has the image's aspect.
        assert abs(picture.height / picture.width - 0.56) < 0.005
        assert max(abs(picture.crop_left), abs(picture.crop_top)) < 0.005
        caption = slide_text(slide)
        assert chart.caption in caption
        assert f"{sample.language.w('figure')} " in caption


@pytest.mark.parametrize("rows", [30, 80])
def test_long_table_splits_over_slides_with_every_row_once(
    rows: int, chart_png: Path, tmp_path: Path
) -> None:
    briefing = sample_briefing(rows=rows)
    render(briefing, chart_png, tmp_path / "deck.pptx")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    table_block = next(b for s in briefing.sections for b in s.blocks if hasattr(b, "columns"))
    slides = [s for s in deck.slides if title_of(s).startswith(table_block.title)]
    assert len(slides) >= (2 if rows == 30 else 5)
    assert title_of(slides[0]) == table_block.title
    continued = briefing.language.w("continued")
    assert title_of(slides[1]) == f"{table_block.title} ({continued})"
    for n, slide in enumerate(slides[2:], start=2):  # every title unique (accessibility)
        assert title_of(slide) == f"{table_block.title} ({continued}, {n})"
    seen: list[str] = []
    for slide in slides:
        (table,) = tables(slide)
        header = [cell.text for cell in table.rows[0].cells]
        assert header == list(table_block.columns)
        for row in list(table.rows)[1:]:
            seen.append(row.cells[5].text)
            cell = row.cells[0].text_frame.paragraphs[0].runs[0]
            assert cell.font.size.pt >= 10
    assert seen == [row[5] for row in table_block.rows]
    assert_within_slides(deck)


def test_very_long_cells_are_cut_over_rows_not_lost(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    words = " ".join(f"word{i}" for i in range(900))
    section = sample.sections[1]
    block = next(b for b in section.blocks if hasattr(b, "columns"))
    long_row = ("1 May 2011", "Aktobe", "Armed assault", "1", "2", words, "[1]")
    new_block = dataclasses.replace(block, rows=(long_row, *block.rows[:2]))
    new_section = dataclasses.replace(section, blocks=(new_block,))
    briefing = dataclasses.replace(sample, sections=(new_section,))
    render(briefing, chart_png, tmp_path / "deck.pptx")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    text = " ".join(
        cell.text for s in deck.slides for t in tables(s) for r in t.rows for cell in r.cells
    )
    assert all(f"word{i} " in text + " " for i in range(900))
    assert_within_slides(deck)


def test_every_shape_is_on_the_slide(deck: Any) -> None:
    assert_within_slides(deck)


def test_every_text_is_in_a_placeholder_and_none_is_left_empty(deck: Any) -> None:
    for n, slide in enumerate(deck.slides, 1):
        for shape in slide.shapes:
            assert shape.is_placeholder, f"slide {n}: {shape.name} is not a placeholder"
            if shape.has_text_frame:
                assert shape.text_frame.text.strip(), f"slide {n}: {shape.name} is empty"


def test_timeline_is_a_table_with_disputed_entries_flagged(deck: Any, sample: Briefing) -> None:
    timeline = next(b for s in sample.sections for b in s.blocks if hasattr(b, "entries"))
    (slide,) = [s for s in deck.slides if title_of(s) == timeline.title]
    (table,) = tables(slide)
    header, *rows = [[plain(c.text) for c in r.cells] for r in table.rows]
    assert header == [sample.language.w("col_date"), sample.language.w("col_summary")]
    assert table._tbl.tblPr.get("firstRow") == "1"  # a header row, for screen readers
    assert [r[0] for r in rows] == [e.date_label for e in timeline.entries]
    for row, entry in zip(rows, timeline.entries, strict=True):
        assert entry.title in row[1]
        assert entry.text.cited in row[1]
        assert (sample.language.w("sources_disagree") in row[1]) == entry.disputed


def test_disagreement_is_a_visible_slide_with_each_version(deck: Any, sample: Briefing) -> None:
    callout = sample.sections[0].blocks[2]
    (slide,) = slides_with_layout(deck, "Callout")
    assert title_of(slide) == callout.title
    text = slide_text(slide)
    for paragraph in callout.paragraphs:
        assert paragraph.cited in text
    assert "Counter-terrorism measures" in text  # the sources are named, not only numbered


def test_speaker_notes_on_every_slide_after_the_title(deck: Any, sample: Briefing) -> None:
    lang = sample.language
    section: Section | None = None
    for slide in list(deck.slides)[1:]:
        notes = notes_of(slide)
        assert f"{lang.w('speaker_sources')}:" in notes
        if slide.slide_layout.name == "Section Header":
            section = next(s for s in sample.sections if s.title == title_of(slide))
        elif slide.slide_layout.name == "Sources":
            section = None
        if section is not None:
            for point in section.talking_points:
                assert point.cited in notes
            assert lang.w("talking_points") in notes


def test_notes_give_full_references_for_what_the_slide_cites(deck: Any, sample: Briefing) -> None:
    chart = sample.charts[0]
    (slide,) = [s for s in slides_with_layout(deck, "Chart") if title_of(s) == chart.headline]
    notes = notes_of(slide)
    for number in chart.citations:
        source = sample.sources[number - 1]
        assert f"[{number}] {source.reference}" in notes


def test_sources_slide_lists_every_source(deck: Any, sample: Briefing) -> None:
    slides = slides_with_layout(deck, "Sources")
    assert slides and title_of(slides[0]) == sample.language.w("sources")
    text = "\n".join(slide_text(s) for s in slides)
    for source in sample.sources:
        assert f"[{source.number}]\t{source.reference}" in text


def test_many_sources_continue_on_another_slide(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    sources = tuple(
        dataclasses.replace(sample.sources[i % 4], number=i + 1, title=f"Report {i + 1}")
        for i in range(40)
    )
    render(dataclasses.replace(sample, sources=sources), chart_png, tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    slides = slides_with_layout(deck, "Sources")
    assert len(slides) >= 2
    assert (
        title_of(slides[1]) == f"{sample.language.w('sources')} ({sample.language.w('continued')})"
    )
    text = "\n".join(slide_text(s) for s in slides)
    assert all(f"“Report {i + 1}”" in text for i in range(40))


def test_long_narrative_splits_into_continued_slides(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    sentence = "The sources describe a sequence of events in the west of the country"
    paragraphs = tuple(
        Paragraph.of(f"{sentence}, part {i}. " * 3 + "Kazakh: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі.", (1,))
        for i in range(12)
    )
    section = Section("long", "A long section", paragraphs, (Paragraph.of("Point.", (2,)),))
    render(dataclasses.replace(sample, sections=(section,)), chart_png, tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    slides = [s for s in deck.slides if title_of(s).startswith("A long section")]
    assert len(slides) >= 3  # the section header and at least two slides of text
    assert title_of(slides[2]) == "A long section (continued)"
    text = "\n".join(slide_text(s) for s in slides)
    for i in range(12):
        assert f"part {i}." in text
    assert text.count("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі") == 12


def test_text_takes_font_and_colour_from_the_theme(deck_path: Path) -> None:
    """No run names a font or an RGB colour, so a new theme restyles the whole deck."""
    with zipfile.ZipFile(deck_path) as package:
        for name in package.namelist():
            if name.startswith("ppt/slides/slide") and name.endswith(".xml"):
                xml = package.read(name).decode()
                assert "<a:latin" not in xml, name
                assert "srgbClr" not in xml, name


def test_core_properties(deck: Any, sample: Briefing) -> None:
    props = deck.core_properties
    assert props.title == sample.title
    assert props.subject == sample.subtitle
    assert props.author == sample.prepared_by
    assert all(k in props.keywords for k in sample.keywords)


def test_text_illegal_in_xml_is_dropped_and_the_rest_kept(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    briefing = dataclasses.replace(sample, title="Bad\x00 \x0bchars\ufffe kept: Әә “q” ☂ 😀")
    render(briefing, chart_png, tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    assert title_of(deck.slides[0]) == "Bad chars kept: Әә “q” ☂ 😀"
    assert deck.core_properties.title == "Bad chars kept: Әә “q” ☂ 😀"
    assert xml_safe("a\tb\nc\r\x01\x1f\ud800\U0001f600") == "a\tb\nc\r\U0001f600"


def test_renders_to_a_stream(sample: Briefing, chart_png: Path) -> None:
    stream = io.BytesIO()
    render_deck(sample, images_for(sample, chart_png), TEMPLATE, stream)
    assert len(Presentation(io.BytesIO(stream.getvalue())).slides) > 10


def test_missing_chart_image_is_a_warning(sample: Briefing, tmp_path: Path) -> None:
    warnings = render_deck(sample, {}, TEMPLATE, tmp_path / "d.pptx")
    assert any(sample.charts[0].id in w for w in warnings)
    deck = Presentation(str(tmp_path / "d.pptx"))
    assert [title_of(s) for s in slides_with_layout(deck, "Chart")] == [
        c.headline for c in sample.charts
    ]


def test_a_picture_of_another_aspect_is_fitted_not_cropped(
    sample: Briefing, tmp_path: Path
) -> None:
    square = make_png(tmp_path / "square.png", 800, 800)
    images = {c.id: ChartImage(str(square), 800, 800, "A square chart") for c in sample.charts}
    render_deck(sample, images, TEMPLATE, tmp_path / "d.pptx")
    deck = Presentation(str(tmp_path / "d.pptx"))
    for slide in slides_with_layout(deck, "Chart"):
        (picture,) = [s for s in slide.shapes if s._element.tag.endswith("}pic")]
        assert picture.crop_left == picture.crop_top == 0
        assert abs(picture.width - picture.height) < EMU_PER_INCH * 0.01
        frame = slide.slide_layout.placeholders.get(idx=picture.placeholder_format.idx)
        assert frame.top <= picture.top and picture.top + picture.height <= frame.top + frame.height
        assert (
            frame.left <= picture.left and picture.left + picture.width <= frame.left + frame.width
        )


def test_pagination_balances_pages() -> None:
    pages = paginate(list(range(30)), lambda _: 1.0, 9.0)
    assert len(pages) == 4
    assert {len(p) for p in pages} == {7, 8}
    assert [i for p in pages for i in p] == list(range(30))
    assert [len(p) for p in paginate([5.0, 1.0, 1.0, 5.0], lambda h: h, 6.0)] == [2, 2]
    assert paginate([], lambda _: 1.0, 9.0) == []


# --- the template -----------------------------------------------------------------------------


def test_bundled_template_has_every_layout_of_the_contract() -> None:
    template = load_deck_template(TEMPLATE)
    assert template.warnings == ()
    assert {ref.name for ref in template.layouts.values()} == set(DeckLayout)
    prs = Presentation(str(TEMPLATE))
    assert prs.slide_width == 12192000 and prs.slide_height == 6858000
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            assert ph.left + ph.width <= prs.slide_width, (layout.name, ph.name)
            assert ph.top + ph.height <= prs.slide_height, (layout.name, ph.name)
        idx = [ph.placeholder_format.idx for ph in layout.placeholders]
        assert len(idx) == len(set(idx)), layout.name


def test_bundled_template_uses_arial_and_is_up_to_date(monkeypatch: pytest.MonkeyPatch) -> None:
    with zipfile.ZipFile(TEMPLATE) as package:
        theme = package.read("ppt/theme/theme1.xml").decode()
    assert '<a:latin typeface="Arial"/>' in theme
    assert "Calibri" not in theme
    make_deck = load_script("make_deck", monkeypatch)
    assert make_deck.build() == TEMPLATE.read_bytes(), "run: uv run python templates/make_deck.py"


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "deck.pptx"
    bad.write_text("not a presentation")
    with pytest.raises(TemplateError, match="not a PowerPoint file"):
        load_deck_template(bad)


def test_an_old_binary_or_encrypted_file_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "deck.ppt"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    with pytest.raises(TemplateError, match=r"old binary PowerPoint file.*\.pptx"):
        load_deck_template(old)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        load_deck_template(tmp_path / "nowhere.pptx")


def test_macro_enabled_templates_are_refused(tmp_path: Path) -> None:
    pptm = tmp_path / "deck.pptm"
    shutil.copy(TEMPLATE, pptm)
    with pytest.raises(TemplateError, match=r"macro-enabled.*\.pptx"):
        load_deck_template(pptm)


def test_a_word_document_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "report.pptx"
    with zipfile.ZipFile(fake, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
    with pytest.raises(TemplateError, match="Word document"):
        load_deck_template(fake)


def test_a_potx_template_is_accepted(sample: Briefing, chart_png: Path, tmp_path: Path) -> None:
    potx = tmp_path / "deck.potx"
    with zipfile.ZipFile(TEMPLATE) as src, zipfile.ZipFile(potx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentation.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    render(sample, chart_png, tmp_path / "d.pptx", potx)
    assert len(Presentation(str(tmp_path / "d.pptx")).slides) > 10


def template_without(tmp_path: Path, *names: str) -> Path:
    prs = Presentation(str(TEMPLATE))
    for layout in list(prs.slide_layouts):
        if layout.name in names:
            prs.slide_layouts.remove(layout)
    path = tmp_path / "partial.pptx"
    prs.save(str(path))
    return path


def test_missing_layouts_fall_back_with_a_warning(
    sample: Briefing, chart_png: Path, tmp_path: Path
) -> None:
    partial = template_without(tmp_path, "Chart", "Key Figures", "Callout")
    warnings = render(sample, chart_png, tmp_path / "d.pptx", partial)
    for name in ("Chart", "Key Figures", "Callout"):
        assert any(f"no layout “{name}”" in w and "Title and Content" in w for w in warnings)
    deck = Presentation(str(tmp_path / "d.pptx"))
    chart_slides = [s for s in deck.slides if title_of(s) in {c.headline for c in sample.charts}]
    assert len(chart_slides) == len(sample.charts)
    for slide in chart_slides:
        assert slide.slide_layout.name == "Title and Content"
        (picture,) = [s for s in slide.shapes if s._element.tag.endswith("}pic")]
        assert picture._element.xpath("./p:nvPicPr/p:cNvPr/@descr")[0]
        assert sample.charts[0].caption in notes_of(slide) or sample.charts[1].caption in (
            notes_of(slide)
        )
    text = "\n".join(slide_text(s) for s in deck.slides)
    assert all(f.value in text for f in sample.key_figures)
    assert_within_slides(deck)


def test_a_template_without_a_content_layout_is_refused(tmp_path: Path) -> None:
    prs = Presentation(str(TEMPLATE))
    for layout in list(prs.slide_layouts):
        types = {ph.placeholder_format.type for ph in layout.placeholders}
        if types & {PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY}:
            prs.slide_layouts.remove(layout)
    path = tmp_path / "bare.pptx"
    prs.save(str(path))
    with pytest.raises(TemplateError, match="Title and Content"):
        load_deck_template(path)


def test_slides_in_a_template_are_left_out(sample: Briefing, tmp_path: Path) -> None:
    prs = Presentation(str(TEMPLATE))
    prs.slides.add_slide(prs.slide_layouts[1])
    path = tmp_path / "with-slide.pptx"
    prs.save(str(path))
    template = load_deck_template(path)
    assert any("left out" in w for w in template.warnings)
    assert len(template.new_document().slides) == 0


def test_roles_cover_the_contract() -> None:
    assert set(LAYOUT_ALIASES) == set(DeckLayout)
    mapping = load_deck_template(TEMPLATE).mapping
    assert [c.role for c in mapping] == list(DeckLayout)
    assert all(c.wanted == c.role.value and c.slides for c in mapping)


# --- LibreOffice ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_deck_and_prints_every_slide(deck_path: Path, tmp_path: Path) -> None:
    from briefkit.render.office.pdf import convert_to_pdf

    convert_to_pdf([deck_path], tmp_path, timeout=180)
    pdf = tmp_path / "sample.pdf"
    assert pdf.is_file()
    assert pdf_pages(pdf) == len(Presentation(str(deck_path)).slides)
