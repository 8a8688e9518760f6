"""The Word report: rendered from the sample briefing, reopened with python-docx and checked."""

from __future__ import annotations

import dataclasses
import io
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from briefkit.compose.model import Briefing, Callout, ChartImage, Paragraph, TableBlock, Text
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.textfit import text_width as text_width_pt
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.template import load_report_template
from briefkit.render.report.writer import (
    OutlineEntry,
    find_heading_pages,
    render_report,
    report_outline,
)
from helpers.samples import sample_briefing
from helpers.template_checks import load_script

ROOT = Path(__file__).resolve().parents[3]
TEMPLATE = ROOT / "templates" / "report.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
CHART_PX = (2000, 1120)  # the real charts: 1000 x 560 at scale 2


def write_png(path: Path, width: int, height: int, rgb: tuple[int, int, int]) -> Path:
    """A real (plain-coloured) PNG file."""
    row = b"\x00" + bytes(rgb) * width
    raw = row * height

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 1))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ChartImage]:
    folder = tmp_path_factory.mktemp("charts")
    result = {}
    for i, chart in enumerate(sample_briefing().charts):
        png = write_png(folder / f"{chart.id}.png", *CHART_PX, (40 + 60 * i, 90, 140))
        result[chart.id] = ChartImage(str(png), *CHART_PX, f"Chart: {chart.title}, by quarter.")
    return result


Render = Callable[..., tuple[Any, list[str], Path]]


@pytest.fixture
def render(tmp_path: Path, images: dict[str, ChartImage]) -> Render:
    def _render(
        briefing: Briefing | None = None, template: Path = TEMPLATE, **kwargs: Any
    ) -> tuple[Any, list[str], Path]:
        out = tmp_path / "report.docx"
        warnings = render_report(briefing or sample_briefing(), images, template, out, **kwargs)
        return docx.Document(str(out)), warnings, out

    return _render


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, images: dict[str, ChartImage]) -> Any:
    out = tmp_path_factory.mktemp("report") / "report.docx"
    assert render_report(sample_briefing(), images, TEMPLATE, out) == []
    return docx.Document(str(out))


def plain(text: str) -> str:
    """Text with no-break spaces (which tie citations to the word before) as plain spaces."""
    return text.replace("\u00a0", " ")


def styled(document: Any, style: str) -> list[str]:
    return [plain(p.text) for p in document.paragraphs if p.style.name.lower() == style.lower()]


def all_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def instr_texts(element: Any) -> list[str]:
    return [t.text for t in element.iter(f"{W}instrText")]


def toc_index(document: Any) -> int:
    return next(i for i, p in enumerate(document.paragraphs) if p.text == "Contents")


# --- content ---------------------------------------------------------------------------------


def test_cover_has_title_subtitle_dates_marking_and_author(report: Any) -> None:
    b = sample_briefing()
    cover = [p.text for p in report.paragraphs[: toc_index(report)]]
    assert cover[0] == "FOR OFFICIAL USE ONLY"
    assert b.title in cover and b.subtitle in cover
    joined = "\n".join(cover)
    for text in (b.period_label, b.issued_label, b.prepared_by, "Prepared by"):
        assert text in joined
    assert styled(report, "Title") == [b.title]
    contents = report.paragraphs[toc_index(report)]
    assert contents.paragraph_format.page_break_before
    summary = next(
        p
        for p in report.paragraphs
        if p.text == "Executive summary" and p.style.name == "Heading 1"
    )
    assert summary.paragraph_format.page_break_before


def test_table_of_contents_is_a_prefilled_toc_field(report: Any) -> None:
    codes = instr_texts(report.element.body)
    assert any(c.strip().startswith("TOC ") for c in codes)
    begin = next(report.element.body.iter(f"{W}fldChar"))
    assert begin.get(f"{W}dirty") == "true"
    settings = report.settings.element
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"
    entries = [p.text for p in report.paragraphs if p.style.name.lower() in ("toc 1", "toc 2")]
    assert entries == [e.text for e in report_outline(sample_briefing())]
    assert entries == ["Executive summary", "Key figures", "Overview", "The incidents", "Sources"]


def test_toc_entries_link_to_bookmarked_headings(report: Any) -> None:
    body = report.element.body
    anchors = [h.get(qn("w:anchor")) for h in body.iter(f"{W}hyperlink")]
    bookmarks = {b.get(qn("w:name")) for b in body.iter(f"{W}bookmarkStart")}
    assert anchors and set(anchors) <= bookmarks


def test_headings_in_order(report: Any) -> None:
    assert styled(report, "Heading 1") == [
        "Executive summary",
        "Overview",
        "The incidents",
        "Sources",
    ]
    assert styled(report, "Heading 2") == ["Key figures"]
    assert styled(report, "Heading 3") == ["Timeline"]


def test_summary_and_key_figures(report: Any) -> None:
    text = all_text(report)
    assert "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі" in text
    table = next(t for t in report.tables if t.style.name == ReportStyle.KEY_FIGURES_TABLE)
    cells = [c.text for c in table.rows[0].cells]
    assert cells[0].startswith("17\nkilled in Aktobe\n5 June 2016")
    assert "27 → 171" in cells[1] and "2008 → 2012\u00a0[3]" in cells[1]
    values = styled_in_tables(report, ReportStyle.KEY_FIGURE_VALUE)
    assert values == ["17", "27 → 171", "950+", "US$1.3 bn"]


def styled_in_tables(document: Any, style: str) -> list[str]:
    return [
        p.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
        if p.style.name == style
    ]


def test_charts_are_inline_pictures_with_alt_text_and_seq_captions(report: Any) -> None:
    charts = sample_briefing().charts
    shapes = report.inline_shapes
    assert len(shapes) == len(charts)
    for shape, chart in zip(shapes, charts, strict=True):
        doc_pr = shape._inline.docPr
        assert doc_pr.get("descr") == f"Chart: {chart.title}, by quarter."
        assert doc_pr.get("title") == chart.title
        assert 15.9 < shape.width.cm <= 16.0
        assert shape.height / shape.width == pytest.approx(CHART_PX[1] / CHART_PX[0], rel=1e-3)
    captions = [p for p in report.paragraphs if p.style.name == "Caption"]
    figures = [p for p in captions if p.text.startswith("Figure")]
    assert [p.text.split(":")[0] for p in figures] == ["Figure 1", "Figure 2"]
    assert plain(figures[0].text) == (
        "Figure 1: Incidents per quarter, 2011-2012. Incidents per quarter by type [1, 3]."
    )
    for p in figures:
        assert any(c.strip().startswith("SEQ Figure") for c in instr_texts(p._p))
    assert styled(report, ReportStyle.CHART_HEADLINE) == [c.headline for c in charts]


def test_table_uses_template_style_with_repeated_header(report: Any) -> None:
    table = next(
        t
        for t in report.tables
        if t.style.name == ReportStyle.TABLE and t.rows[0].cells[0].text == "Date"
    )
    block = sample_briefing().sections[1].blocks[2]
    assert isinstance(block, TableBlock)
    assert [c.text for c in table.rows[0].cells] == list(block.columns)
    header_pr = table.rows[0]._tr.trPr
    assert header_pr.find(f"{W}tblHeader") is not None
    assert all(r._tr.trPr.find(f"{W}cantSplit") is not None for r in table.rows[1:])
    assert len(table.rows) == 31
    caption = next(p for p in report.paragraphs if p.text.startswith("Table 1"))
    assert plain(caption.text) == "Table 1: Incidents, 2011-2012 [1, 3]"
    assert any(c.strip().startswith("SEQ Table") for c in instr_texts(caption._p))
    assert "Counts are as the sources give them. [3]" in styled(report, ReportStyle.TABLE_NOTE)


def test_column_widths_follow_the_block_and_fill_the_text_column(report: Any) -> None:
    table = next(t for t in report.tables if t.rows[0].cells[0].text == "Date")
    widths = [c.width for c in table.columns]
    section = report.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert sum(widths) == pytest.approx(text_width, abs=5000)
    summary = widths[5]
    assert summary == max(widths)  # the long-text column stays the widest
    for width, header in zip(widths, [c.text for c in table.rows[0].cells], strict=True):
        assert width > (text_width_pt(header, 9, bold=True) + 8.5) * 12700, header
    assert widths[0] > widths[1]  # "10 May 2011" stays on one line


def test_number_columns_are_right_aligned(report: Any) -> None:
    table = next(t for t in report.tables if t.rows[0].cells[0].text == "Date")
    aligned = [c.paragraphs[0].alignment for c in table.rows[1].cells]
    assert aligned == [
        None,
        None,
        None,
        WD_ALIGN_PARAGRAPH.RIGHT,
        WD_ALIGN_PARAGRAPH.RIGHT,
        None,
        None,
    ]


def test_long_table_keeps_every_row(render: Render) -> None:
    document, warnings, _ = render(sample_briefing(rows=250))
    assert warnings == []
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Date")
    assert len(table.rows) == 251
    summaries = [row.cells[5].text for row in table.rows[1:]]
    assert summaries[0].startswith("Row 1:") and summaries[-1].startswith("Row 250:")
    assert len(set(summaries)) == 250


def test_first_heading_after_the_contents_starts_a_page(render: Render) -> None:
    b = dataclasses.replace(sample_briefing(), summary=(), key_figures=())
    document, _, _ = render(b)
    assert styled(document, "Heading 1")[0] == "Overview"
    first = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    assert first.paragraph_format.page_break_before
    assert [e.text for e in report_outline(b)] == ["Overview", "The incidents", "Sources"]


def test_disagreement_callout_is_boxed_and_labelled(report: Any) -> None:
    titles = styled(report, ReportStyle.DISAGREEMENT_TITLE)
    assert titles == ["Sources disagree: date of the Shubarshi operation"]
    assert styled(report, ReportStyle.DISAGREEMENT_TEXT) == ["11 July 2011 [3]", "8 July 2011 [2]"]
    style = report.styles[ReportStyle.DISAGREEMENT_TEXT]
    ppr = style.element.pPr
    assert ppr.find(f"{W}pBdr") is not None and ppr.find(f"{W}shd") is not None


def test_disagreement_callout_without_label_gets_it(render: Render) -> None:
    b = sample_briefing()
    overview = b.sections[0]
    original = overview.blocks[2]
    assert isinstance(original, Callout)
    callout = dataclasses.replace(original, title="Date of the operation")
    section = dataclasses.replace(overview, blocks=(*overview.blocks[:2], callout))
    document, _, _ = render(dataclasses.replace(b, sections=(section, *b.sections[1:])))
    assert styled(document, ReportStyle.DISAGREEMENT_TITLE) == [
        "Sources disagree: Date of the operation"
    ]


def test_timeline_marks_disputed_entries(report: Any) -> None:
    table = next(t for t in report.tables if t.rows[0].cells[0].text == "17 May 2011")
    assert len(table.rows) == 5
    assert "Event 3 — Sources disagree" in plain(table.rows[2].cells[1].text)
    assert "Sources disagree" not in table.rows[1].cells[1].text


def test_citations_are_bracketed_numbers_in_citation_style(report: Any) -> None:
    text = all_text(report)
    assert "operations\u00a0[1, 3]." in text
    assert "Kazakh letters for the font check: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі.\u00a0[2]" in text
    summary = report.paragraphs[toc_index(report) + 7]
    cites = [r.text for r in summary.runs if r.style.name == ReportStyle.CITATION]
    assert cites == ["[1, 3]"]


def test_sources_list_is_complete_and_numbered(report: Any) -> None:
    entries = styled(report, ReportStyle.SOURCE_ENTRY)
    sources = sample_briefing().sources
    assert len(entries) == len(sources)
    for entry, source in zip(entries, sources, strict=True):
        assert entry.startswith(f"[{source.number}]\t")
        assert source.reference in entry
        assert source.note in entry


def test_header_and_footer_carry_marking_and_page_numbers(report: Any) -> None:
    section = report.sections[-1]
    assert section.different_first_page_header_footer
    assert "FOR OFFICIAL USE ONLY" in "\n".join(p.text for p in section.header.paragraphs)
    footer = section.footer
    assert "FOR OFFICIAL USE ONLY" in footer.paragraphs[0].text
    codes = [c.strip() for c in instr_texts(footer._element)]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.paragraphs[-1].text == "Page 1 of 1"  # cached; Word and LibreOffice update
    # The cover: marking at the foot, no page number.
    assert "FOR OFFICIAL USE ONLY" in section.first_page_footer.paragraphs[0].text
    assert instr_texts(section.first_page_footer._element) == []


def test_without_marking_nothing_is_marked(render: Render) -> None:
    document, _, _ = render(sample_briefing(marking=""))
    assert styled(document, ReportStyle.COVER_MARKING) == []
    section = document.sections[-1]
    assert "OFFICIAL" not in "".join(p.text for p in section.header.paragraphs)
    assert [p.text for p in section.footer.paragraphs] == ["Page 1 of 1"]


def test_core_properties(report: Any) -> None:
    b = sample_briefing()
    props = report.core_properties
    assert props.title == b.title
    assert props.subject == b.subtitle
    assert props.author == "Analysis Unit"
    assert props.keywords == "Kazakhstan, terrorism, Aktobe"
    assert props.language == "en"
    assert props.created.date() == b.issued
    lang = report.styles.element.find(f"{W}docDefaults").find(f".//{W}lang")
    assert lang.get(f"{W}val") == "en-GB"


def test_author_defaults_to_briefkit(render: Render) -> None:
    document, _, _ = render(dataclasses.replace(sample_briefing(), prepared_by=""))
    assert document.core_properties.author == "Briefkit"
    assert "Prepared by" not in all_text(document)


def test_no_empty_paragraphs_in_the_body(report: Any) -> None:
    for p in report.paragraphs:
        has_content = p.text.strip() or p._p.findall(f".//{W}drawing") or instr_texts(p._p)
        assert has_content, f"empty paragraph in style {p.style.name}"


def test_control_characters_are_stripped_and_other_text_kept(render: Render) -> None:
    b = sample_briefing()
    dirty = "Title\x01 with \x0bcontrol\x1f chars — Қазақстан 🙂"
    summary = (Paragraph((Text("Bad\x00 text\x08 here"),)), *b.summary)
    document, _, _ = render(dataclasses.replace(b, title=dirty, summary=summary))
    assert document.core_properties.title == "Title with control chars — Қазақстан 🙂"
    assert "Title with control chars — Қазақстан 🙂" in styled(document, "Title")
    assert "Bad text here" in all_text(document)


def test_xml_safe_keeps_every_legal_character() -> None:
    legal = "\t\n\r Ә ң \u00a0 \ud7ff \ue000 \ufffd \U0001f600 \U0010ffff"
    assert xml_safe(legal) == legal
    assert xml_safe("a\x00b\x1fc\ufffed\ud800e") == "abcde"


def test_renders_to_a_stream(images: dict[str, ChartImage]) -> None:
    stream = io.BytesIO()
    assert render_report(sample_briefing(), images, TEMPLATE, stream) == []
    assert docx.Document(io.BytesIO(stream.getvalue())).core_properties.title


def test_missing_chart_image_is_left_out_with_a_warning() -> None:
    b = sample_briefing()
    only_first = {b.charts[0].id: ChartImage("/nonexistent.png", 10, 10, "x")}
    stream = io.BytesIO()
    warnings = render_report(b, only_first, TEMPLATE, stream)
    assert len(warnings) == 2
    assert 'Figure 1 ("Incidents per quarter, 2011-2012")' in warnings[0]
    assert "missing" in warnings[0] and "no image was given" in warnings[1]
    document = docx.Document(io.BytesIO(stream.getvalue()))
    assert len(document.inline_shapes) == 0
    assert not [p for p in document.paragraphs if p.text.startswith("Figure")]


def test_toc_pages_are_written_as_pageref_fields(render: Render) -> None:
    outline = report_outline(sample_briefing())
    pages = {e.anchor: 3 + i for i, e in enumerate(outline)}
    document, _, _ = render(toc_pages=pages)
    entries = [p for p in document.paragraphs if p.style.name.lower() in ("toc 1", "toc 2")]
    assert [p.text for p in entries] == [f"{e.text}\t{3 + i}" for i, e in enumerate(outline)]
    codes = [c.strip() for p in entries for c in instr_texts(p._p)]
    assert f"PAGEREF {outline[0].anchor} \\h" in codes


def test_find_heading_pages_matches_whole_lines_in_order() -> None:
    outline = (
        OutlineEntry(1, "Executive summary", "a"),
        OutlineEntry(1, "A heading long enough to wrap onto two lines", "b"),
        OutlineEntry(1, "Sources", "c"),
    )
    pages = [
        "cover",
        "Contents\nExecutive summary\nA heading long enough to wrap onto two lines",
        "Sources",  # the contents run onto a second page
        "  Executive summary\nText that cites Sources inline.",
        "Date  Place  Sources\n",
        "A heading long enough to\n  wrap onto two lines\n",
        "Sources\n[1] ...",
    ]
    assert find_heading_pages(outline, pages) == {"a": 4, "b": 6, "c": 7}
    assert find_heading_pages(outline, pages[:2]) == {}
    assert find_heading_pages((), pages) == {}


# --- templates -------------------------------------------------------------------------------


def test_bundled_template_is_built_reproducibly(monkeypatch: pytest.MonkeyPatch) -> None:
    module = load_script("make_report", monkeypatch)
    assert module.build() == TEMPLATE.read_bytes(), "run templates/make_report.py"


def test_bundled_template_is_a4_with_house_fonts_and_every_style() -> None:
    template = load_report_template(TEMPLATE)
    assert template.warnings == () and template.missing == ()
    document = template.new_document()
    section = document.sections[-1]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    with zipfile.ZipFile(TEMPLATE) as zf:
        styles = zf.read("word/styles.xml").decode()
        theme = zf.read("word/theme/theme1.xml").decode()
    assert "Theme=" not in styles and "Calibri" not in styles and "Cambria" not in styles
    assert 'w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"' in styles
    assert '<a:latin typeface="Arial"' in theme and "Calibri" not in theme.split("<a:font ")[0]
    assert list(document.element.body) == [section._sectPr]


def write_template_without(tmp_path: Path, *style_ids: str) -> Path:
    document = docx.Document(str(TEMPLATE))
    styles = document.styles.element
    for style in list(styles.iterchildren(f"{W}style")):
        if style.get(f"{W}styleId") in style_ids:
            styles.remove(style)
    path = tmp_path / "partial.docx"
    document.save(str(path))
    return path


def test_template_missing_styles_falls_back_with_one_warning(
    tmp_path: Path, render: Render
) -> None:
    template = write_template_without(tmp_path, "DisagreementTitle", "Heading1", "BriefkitTable")
    document, warnings, _ = render(template=template)
    assert len(warnings) == 1
    assert "partial.docx lacks 3 of Briefkit's 32 styles" in warnings[0]
    assert "(Heading 1, Disagreement Title, Briefkit Table)" in warnings[0]
    assert styled(document, "Heading 1")[0] == "Executive summary"
    assert styled(document, ReportStyle.DISAGREEMENT_TITLE)
    assert any(t.style.name == ReportStyle.TABLE for t in document.tables)


def test_template_style_of_the_wrong_kind_is_replaced_by_a_fallback(
    tmp_path: Path, render: Render
) -> None:
    document = docx.Document(str(TEMPLATE))
    citation = document.styles[ReportStyle.CITATION].element
    citation.set(f"{W}type", "paragraph")
    path = tmp_path / "odd.docx"
    document.save(str(path))
    result, warnings, _ = render(template=path)
    assert len(warnings) == 1 and '"Citation" that is not a character style' in warnings[0]
    assert "[1, 3]" in all_text(result)


def test_template_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("just text")
    with pytest.raises(TemplateError, match=r"notes\.docx is not a Word document") as info:
        load_report_template(path)
    assert "Save it from Word as a Word Document (.docx)" in str(info.value)
    assert info.value.path == path


def test_missing_template_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        load_report_template(tmp_path / "nowhere.docx")


def test_old_binary_doc_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(TemplateError, match=r"old-style Word file \(\.doc\)"):
        load_report_template(path)


def with_content_type(tmp_path: Path, name: str, content_type: str) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(TEMPLATE) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_CONTENT_TYPE.encode(), content_type.encode())
            dst.writestr(info, data)
    return path


def test_macro_enabled_files_are_refused(tmp_path: Path) -> None:
    docm = tmp_path / "macros.docm"
    shutil.copy(TEMPLATE, docm)
    with pytest.raises(TemplateError, match="macro-enabled"):
        load_report_template(docm)
    disguised = with_content_type(
        tmp_path, "disguised.docx", "application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    with pytest.raises(TemplateError, match=r"disguised\.docx is a macro-enabled Word file"):
        load_report_template(disguised)
    with_vba = tmp_path / "with-vba.docx"
    shutil.copy(TEMPLATE, with_vba)
    with zipfile.ZipFile(with_vba, "a") as zf:
        zf.writestr("word/vbaProject.bin", b"\x00" * 16)
    with pytest.raises(TemplateError, match="macro-enabled"):
        load_report_template(with_vba)


def test_powerpoint_file_is_refused(tmp_path: Path) -> None:
    path = with_content_type(
        tmp_path,
        "deck.docx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    )
    with pytest.raises(TemplateError, match="is a PowerPoint file, not a Word document"):
        load_report_template(path)


def test_word_template_dotx_is_accepted(tmp_path: Path, render: Render) -> None:
    dotx = with_content_type(
        tmp_path,
        "house.dotx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    )
    document, warnings, _ = render(template=dotx)
    assert warnings == []
    assert styled(document, "Heading 1")[0] == "Executive summary"


# --- LibreOffice ----------------------------------------------------------------------------


def soffice_pdf(docx_path: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return tmp_path / (docx_path.stem + ".pdf")


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext are needed",
)
def test_libreoffice_renders_the_report(tmp_path: Path, render: Render) -> None:
    b = sample_briefing()
    _, _, first = render(b)
    pages = pdf_pages(soffice_pdf(first, tmp_path))
    assert len(pages) > 2
    assert b.title.split()[0] in pages[0] and "FOR OFFICIAL USE ONLY" in pages[0]
    contents = [line.strip() for line in pages[1].splitlines() if line.strip()]
    outline = report_outline(b)
    for entry in outline:
        assert entry.text in contents
    assert "Page 2 of" in pages[1]
    # A second rendering with the page numbers LibreOffice laid out fills them in the TOC.
    found = find_heading_pages(outline, pages)
    assert set(found) == {e.anchor for e in outline}
    second_dir = tmp_path / "second"
    second_dir.mkdir()
    _, _, second = render(b, toc_pages=found)
    pages2 = pdf_pages(soffice_pdf(second.rename(second_dir / "report.docx"), second_dir))
    for entry in outline:
        line = next(line for line in pages2[1].splitlines() if entry.text in line)
        assert line.rstrip().endswith(str(found[entry.anchor])), line
