"""Reports in organisations' own templates: a Chinese government document template (16 pt on a
28-line grid, first lines indented), a 12 pt one on Word's Chinese grid with a Table Text style
of its own, and LibreOffice's new document. A bundled topic is written into each, reopened with
python-docx and, where layout matters, rendered by LibreOffice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner

from briefkit.cli import cli
from briefkit.compose import compose_briefing
from briefkit.compose.model import Briefing
from briefkit.render.office.pdf import convert_to_pdf, page_texts
from briefkit.render.report.derived import COMPACT_ROLES
from briefkit.render.report.house_style import HOUSE_STYLES, ReportStyle
from briefkit.render.report.style_chain import effective_attr, merged_attrs
from briefkit.render.report.tables import CellFont, font_widening
from briefkit.render.report.template import DERIVED, load_report_template
from briefkit.render.report.writer import render_report
from helpers.documents import images_for, make_png, pdf_pages, soffice
from helpers.report_quirks import (
    GONGWEN_PITCH,
    chapter_template,
    gongwen_template,
    grid_template,
    libreoffice_template,
)

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "templates" / "report.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOPIC = "aktobe-2016"
S = ReportStyle


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    return {
        "gongwen": gongwen_template(folder / "gongwen.docx"),
        "grid12": grid_template(folder / "grid12.docx"),
        "chapter": chapter_template(folder / "chapter.docx"),
    }


@pytest.fixture(scope="module")
def briefing(catalog: Any) -> Briefing:
    return compose_briefing(catalog, TOPIC)


@pytest.fixture(scope="module")
def written(
    templates: dict[str, Path], briefing: Briefing, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, list[str]]]:
    """The topic written into each template (and the bundled one): the file, the warnings."""
    folder = tmp_path_factory.mktemp("reports")
    images = images_for(briefing, make_png(folder / "chart.png"))
    result = {}
    for name, template in {**templates, "bundled": BUNDLED}.items():
        out = folder / f"{name}.docx"
        result[name] = out, render_report(briefing, images, template, out)
    return result


def _pdf_pages(docx_path: Path, folder: Path) -> tuple[int, list[str]]:
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    pdf = convert_to_pdf([docx_path], folder)[0]
    return pdf_pages(pdf), page_texts(pdf) or []


def _effective(document: Any, paragraph: Any, tag: str, attr: str = "val") -> str | None:
    """A paragraph property after its style chain and its own properties."""
    own = paragraph._p.pPr
    child = None if own is None else own.find(f"{W}{tag}")
    if child is not None and child.get(f"{W}{attr}") is not None:
        return str(child.get(f"{W}{attr}"))
    style = paragraph.style.element if paragraph.style is not None else None
    if tag == "ind":
        return merged_attrs(document.styles.element, style, "pPr", "ind").get(attr)
    return effective_attr(document.styles.element, style, "pPr", tag, attr)


def _broken_words(document: Any, page_texts: list[str]) -> list[str]:
    """Words of table cells that the PDF shows broken: a beginning of the word stands alone
    as a word in the PDF, though the document never has it (hyphenated words count as two)."""

    def words(text: str) -> set[str]:
        return {w for w in (re.sub(r"[^\w]", "", t) for t in re.split(r"[\s\-/‐–]+", text)) if w}

    every = words(" ".join(p.text for p in document.paragraphs))
    every |= words(" ".join(p.text for p in _cell_paragraphs(document)))
    shown = words(" ".join(page_texts))
    cell_words = words(" ".join(p.text for p in _cell_paragraphs(document)))
    return sorted(
        w
        for w in cell_words
        if len(w) >= 5 and any(w[:k] in shown and w[:k] not in every for k in range(2, len(w)))
    )


def _cell_paragraphs(document: Any) -> Iterator[Any]:
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


# --- the styles a template lacks ------------------------------------------------------------


def test_missing_styles_are_reported_once_grouped(templates: dict[str, Path]) -> None:
    template = load_report_template(templates["gongwen"])
    grouped = [w for w in template.warnings if "lacks" in w]
    assert len(grouped) == 1 and len(template.missing) >= 10
    assert f"lacks {len(template.missing)} of Briefkit's {len(HOUSE_STYLES)} styles" in grouped[0]
    assert "defined from its own Normal and heading styles" in grouped[0]
    assert "gongwen.docx" in grouped[0] and template.missing[0] in grouped[0]
    assert not any("has no paragraph style" in w for w in template.warnings)


def test_missing_styles_take_the_templates_fonts_sizes_and_colours(
    written: dict[str, tuple[Path, list[str]]],
) -> None:
    document = docx.Document(str(written["gongwen"][0]))
    styles = document.styles
    normal_id = styles["Normal"].style_id
    table_text = styles[S.TABLE_TEXT]
    assert table_text.base_style.style_id == normal_id  # Normal's FangSong carries over
    assert table_text.font.size.pt == 12  # 9 pt scaled for a 16 pt body, at most 4/3
    assert table_text.paragraph_format.first_line_indent == 0
    assert table_text.element.find(f"{W}pPr/{W}snapToGrid").get(f"{W}val") == "0"
    assert table_text.element.find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "0"
    assert styles[S.CAPTION].font.size.pt < 16 <= styles[S.KEY_FIGURE_VALUE].font.size.pt
    value_fonts = styles[S.KEY_FIGURE_VALUE].element.find(f"{W}rPr/{W}rFonts")
    assert value_fonts.get(f"{W}ascii") == "SimHei"  # the template's heading font
    assert str(styles[S.KEY_FIGURE_VALUE].font.color.rgb) == "000000"  # its heading colour
    assert styles[S.CALLOUT_TEXT].element.find(f"{W}rPr/{W}rFonts") is None  # Normal's font


# --- compact blocks -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["gongwen", "grid12"])
def test_table_cells_have_no_first_line_indent_and_keep_off_the_grid(
    name: str, written: dict[str, tuple[Path, list[str]]]
) -> None:
    document = docx.Document(str(written[name][0]))
    cells = list(_cell_paragraphs(document))
    assert len(cells) > 50
    for paragraph in cells:
        assert _effective(document, paragraph, "snapToGrid") == "0", paragraph.text
        assert int(_effective(document, paragraph, "ind", "firstLineChars") or 0) == 0
        assert int(_effective(document, paragraph, "ind", "firstLine") or 0) == 0
        assert _effective(document, paragraph, "jc") != "both", paragraph.text
    # The body keeps the template's indent and grid.
    body = [p for p in document.paragraphs if p.style.name == "Normal" and len(p.text) > 80]
    assert body and all(_effective(document, p, "ind", "firstLineChars") == "200" for p in body)
    assert all(_effective(document, p, "snapToGrid") in (None, "1") for p in body)


def test_compact_blocks_outside_tables_are_compact_too(
    written: dict[str, tuple[Path, list[str]]],
) -> None:
    document = docx.Document(str(written["grid12"][0]))
    compact = [p for p in document.paragraphs if p.style.name in COMPACT_ROLES]
    names = {p.style.name.lower() for p in compact}
    assert {"caption", S.SOURCE_ENTRY.lower()} <= names  # Caption is python-docx's own
    for paragraph in compact:
        assert _effective(document, paragraph, "snapToGrid") == "0", paragraph.style.name
        assert int(_effective(document, paragraph, "ind", "firstLineChars") or 0) == 0


def test_bundled_template_gets_no_paragraph_fixes(
    written: dict[str, tuple[Path, list[str]]],
) -> None:
    path, warnings = written["bundled"]
    assert warnings == []
    document = docx.Document(str(path))
    xml = document.element.xml
    assert "snapToGrid" not in xml and "firstLineChars" not in xml


# --- table columns --------------------------------------------------------------------------


def _run_size(table: Any) -> float:
    """The size (pt) of the table's body text: its runs' own, else the Table Text style's."""
    cell = table.rows[1].cells[0].paragraphs[0]
    run = cell.runs[0]
    size = run.font.size or cell.style.font.size
    return float(size.pt)


@pytest.mark.parametrize("name", ["gongwen", "grid12", "bundled"])
def test_table_columns_are_never_narrower_than_their_longest_word(
    name: str, written: dict[str, tuple[Path, list[str]]]
) -> None:
    document = docx.Document(str(written[name][0]))
    data = [t for t in document.tables if t.style is not None and t.style.name == S.TABLE]
    data = [t for t in data if t.rows[0].cells[0].paragraphs[0].style.name == S.TABLE_HEADER]
    assert data
    font = "FangSong" if name == "gongwen" else "Times New Roman" if name == "grid12" else None
    for table in data:
        size = _run_size(table)
        assert size >= 9
        measure = CellFont(size, size, font_widening(font))
        layout = table._tbl.tblPr.find(f"{W}tblLayout")
        assert layout is not None and layout.get(f"{W}type") == "fixed"
        for c, column in enumerate(table.columns):
            words = [
                w
                for row in table.rows[1:]
                for w in re.split(r"\s+|(?<=[-/‐–])", row.cells[c].text)
                if w
            ]
            longest = max((measure.width(w) for w in words), default=0)
            assert column.width >= longest * 0.999, (name, c, column.width, longest)


# --- pages (LibreOffice) --------------------------------------------------------------------


@pytest.mark.slow
def test_a_12pt_grid_template_keeps_the_bundled_page_count(
    written: dict[str, tuple[Path, list[str]]], tmp_path: Path
) -> None:
    bundled, _ = _pdf_pages(written["bundled"][0], tmp_path)
    pages, texts = _pdf_pages(written["grid12"][0], tmp_path)
    assert pages <= 1.3 * bundled, (pages, bundled)
    # Table text in whole words: no word of a table cell is split over two lines.
    assert texts
    assert _broken_words(docx.Document(str(written["grid12"][0])), texts) == []


@pytest.mark.slow
def test_a_16pt_template_says_what_to_expect_and_keeps_to_it(
    written: dict[str, tuple[Path, list[str]]], tmp_path: Path
) -> None:
    path, warnings = written["gongwen"]
    expect = [w for w in warnings if "expect about" in w]
    assert len(expect) == 1
    assert f"16 pt on a line grid of {GONGWEN_PITCH / 20:g} pt" in expect[0]
    factor = float(re.search(r"expect about ([\d.]+) times", expect[0]).group(1))  # type: ignore[union-attr]
    bundled, _ = _pdf_pages(written["bundled"][0], tmp_path)
    pages, _ = _pdf_pages(path, tmp_path)
    assert pages <= (factor + 0.5) * bundled, (pages, bundled, factor)
    assert pages < 24  # what this template gave before: one word per line in table cells


@pytest.mark.slow
def test_libreoffice_new_document_as_template(briefing: Briefing, tmp_path: Path) -> None:
    office = soffice()
    if office is None:
        pytest.skip("LibreOffice is not installed")
    template = libreoffice_template(tmp_path, office)
    loaded = load_report_template(template)
    assert {S.HEADING_1, S.TITLE, S.TABLE_TEXT} <= set(loaded.missing)
    assert len(loaded.warnings) == 1
    out = tmp_path / "report.docx"
    render_report(briefing, images_for(briefing, make_png(tmp_path / "c.png")), template, out)
    document = docx.Document(str(out))
    heading_fonts = document.styles[S.HEADING_1].element.find(f"{W}rPr/{W}rFonts")
    assert heading_fonts.get(f"{W}ascii") == "Liberation Sans"  # LibreOffice's "Heading"
    bundled = tmp_path / "bundled.docx"
    render_report(briefing, images_for(briefing, make_png(tmp_path / "c.png")), BUNDLED, bundled)
    assert _pdf_pages(out, tmp_path)[0] <= 1.3 * _pdf_pages(bundled, tmp_path)[0]


def _level_one_headings(path: Path) -> list[Any]:
    document = docx.Document(str(path))
    return [p for p in document.paragraphs if p.style is not None and p.style.name == S.HEADING_1]


def test_a_template_whose_chapters_start_a_page_gets_flowing_sections(
    written: dict[str, tuple[Path, list[str]]],
) -> None:
    """A thesis or annual report starts each chapter on a new page; a briefing's sections of a
    page or two flow on, as in the bundled template. The body after the contents still starts
    on a new page, and the template's Heading 1 keeps its own look."""
    headings = _level_one_headings(written["chapter"][0])
    assert len(headings) >= 4
    assert headings[0].paragraph_format.page_break_before is True
    assert all(h.paragraph_format.page_break_before is False for h in headings[1:])
    # A line of space above each, in place of the page that gave one (the style has none).
    assert all(h.paragraph_format.space_before.pt == 12 for h in headings[1:])
    assert headings[1].style.paragraph_format.page_break_before is True  # the style is kept
    assert headings[1].style.font.size.pt == 12
    # The bundled template's headings get nothing new.
    bundled = _level_one_headings(written["bundled"][0])
    assert all(h._p.pPr.find(f"{W}pageBreakBefore") is None for h in bundled[1:])


@pytest.mark.slow
def test_a_12pt_template_at_one_and_a_half_lines_keeps_within_1_3_times_the_pages(
    written: dict[str, tuple[Path, list[str]]], tmp_path: Path
) -> None:
    """LingConLab's annual report template gave 12 and 20 pages where the bundled one gives
    9 and 15 (1.33x): its chapters each started a new page."""
    bundled, _ = _pdf_pages(written["bundled"][0], tmp_path)
    pages, _ = _pdf_pages(written["chapter"][0], tmp_path)
    assert pages <= 1.3 * bundled, (pages, bundled)


# --- briefkit check -------------------------------------------------------------------------


def test_check_lists_every_style_and_prints_the_grouped_warning(
    templates: dict[str, Path],
) -> None:
    result = CliRunner().invoke(cli, ["check", "--template", str(templates["gongwen"])])
    out = result.output
    missing = load_report_template(templates["gongwen"]).missing
    assert out.count(DERIVED) == len(missing)
    for name in missing:
        assert f"“{name}”" in out
    assert out.count("lacks ") == 1 and "has no paragraph style" not in out


@pytest.mark.parametrize("name", ["gongwen", "grid12"])
def test_reports_in_foreign_templates_are_schema_valid(
    name: str, written: dict[str, tuple[Path, list[str]]]
) -> None:
    from helpers.schemavalid import schema_errors

    errors = schema_errors(written[name][0])
    # python-docx's default template (the base of these) keeps a stale stylesWithEffects part.
    assert [e for e in errors if not e.startswith("/word/stylesWithEffects.xml")] == []


def test_key_figure_values_fit_their_cards(written: dict[str, tuple[Path, list[str]]]) -> None:
    """A 16 pt template's key figures would be 26.5 pt: "~400,000" would break in a card."""
    from briefkit.render.office.textfit import text_width

    document = docx.Document(str(written["gongwen"][0]))
    cards = next(t for t in document.tables if t.style.name == S.KEY_FIGURES_TABLE)
    style_size = document.styles[S.KEY_FIGURE_VALUE].font.size.pt
    sizes = set()
    for cell in (c for row in cards.rows for c in row.cells):
        value = cell.paragraphs[0]
        if not value.runs:
            continue
        size = value.runs[0].font.size.pt if value.runs[0].font.size else style_size
        sizes.add(size)
        room = cell.width / 12700 - 16  # the cards' margins
        assert text_width(value.text, size, True) * 1.03 * font_widening("SimHei") <= room
    assert len(sizes) == 1 and 9 <= sizes.pop() < style_size  # one size for all, made smaller


def test_a_template_caption_at_double_spacing_is_single_spaced(
    briefing: Briefing, tmp_path: Path
) -> None:
    template = docx.Document()
    template.styles["Caption"].paragraph_format.line_spacing = 2.0
    path = tmp_path / "double.docx"
    template.save(str(path))
    out = tmp_path / "report.docx"
    render_report(briefing, images_for(briefing, make_png(tmp_path / "c.png")), path, out)
    document = docx.Document(str(out))
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert captions and all(p.paragraph_format.line_spacing == 1.05 for p in captions)
    body = [p for p in document.paragraphs if p.style.name == "Normal" and p.text]
    assert body and all(p.paragraph_format.line_spacing is None for p in body)


@pytest.mark.slow
def test_the_real_chinese_government_template(
    briefing: Briefing, written: dict[str, tuple[Path, list[str]]], tmp_path: Path
) -> None:
    """Mrered/GongWen-Tamplate-Lite's template (MIT): 24 pages with one word per line in table
    cells before; its body stays 16 pt FangSong on the grid, its tables compact."""
    template = ROOT / "tests" / "fixtures" / "templates" / "report" / "gongwen-template.dotx"
    out = tmp_path / "gongwen-real.docx"
    warnings = render_report(
        briefing, images_for(briefing, make_png(tmp_path / "c.png")), template, out
    )
    assert sum("lacks" in w for w in warnings) == 1
    document = docx.Document(str(out))
    for paragraph in _cell_paragraphs(document):
        assert _effective(document, paragraph, "snapToGrid") == "0"
        assert int(_effective(document, paragraph, "ind", "firstLineChars") or 0) == 0
    bundled, _ = _pdf_pages(written["bundled"][0], tmp_path)
    pages, texts = _pdf_pages(out, tmp_path)
    assert pages <= 2.2 * bundled and pages < 24, (pages, bundled)
    assert texts and _broken_words(document, texts) == []  # were "Shubar shi", "Wound ed"


def test_a_style_of_the_wrong_kind_joins_the_grouped_warning(tmp_path: Path) -> None:
    template = docx.Document()
    template.styles.add_style("Citation", 1)  # a paragraph style, where a character one is due
    path = tmp_path / "journal.docx"
    template.save(str(path))
    loaded = load_report_template(path)
    style_lines = [w for w in loaded.warnings if "style" in w]
    assert len(style_lines) == 1 and S.CITATION in loaded.unusable
    assert "lacks" in style_lines[0] and 'It also has a style "Citation"' in style_lines[0]
