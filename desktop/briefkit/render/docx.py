"""The Word report: a ``Briefing`` rendered into a report template as a .docx file.

The layout is cover, contents, executive summary with key figures, the sections, and the
numbered sources. Styles come from the template by name (see ``ReportStyle`` and
``templates/README.md``); page size, margins and any header or footer artwork come from the
template's last section.

This is the one module of the report that writes WordprocessingML by hand: fields (TOC, SEQ,
PAGE, NUMPAGES, PAGEREF), bookmarks, internal hyperlinks, row and settings properties that
python-docx has no API for.

The table of contents is a real TOC field whose result is filled in here with one hyperlinked
entry per heading, so it reads correctly before anything updates it (LibreOffice shows that
result as it is). The field is flagged dirty and ``updateFields`` is set, so Word offers to
update the fields on opening and then fills in the page numbers. Page numbers in the stored
result need a laid-out document: pass ``toc_pages`` (see ``find_heading_pages``) from a first
rendering to have them written into the result too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.compose.model import (
    Block,
    Briefing,
    Callout,
    ChartBlock,
    ChartImage,
    Cite,
    KeyFigure,
    Paragraph,
    Section,
    TableBlock,
    Text,
    TimelineBlock,
)
from briefkit.render.report_template import (
    AMBER_FILL,
    AMBER_INK,
    ReportStyle,
    ReportTemplate,
    load_report_template,
)
from briefkit.render.textfit import text_width
from briefkit.render.xmltext import language_tag, xml_safe

__all__ = [
    "OutlineEntry",
    "find_heading_pages",
    "render_report",
    "report_outline",
]

S = ReportStyle

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"

CHART_WIDTH_CM = 16.0
"""Width of a chart picture; narrower when the template's text column is narrower."""
MAX_CHART_HEIGHT_SHARE = 0.6
"""A chart never takes more than this share of the text column's height."""
_EMU_PER_CM = 360000
_EMU_PER_TWIP = 635
_NBSP = "\u00a0"
_EMU_PER_PT = 12700
_TABLE_FONT_PT = 9.0
_WIDTH_SLACK = 1.03  # text_width is Arial's; leave room for rounding in Word and LibreOffice
_CELL_PADDING_PT = 10.0  # the table style's cell margins (2 x 4.25 pt) and a little air
_SHORT_CELL_CHARS = 18  # cells up to this long are kept on one line when the table allows
_SHORT_CELL_GROWTH = 1.5  # ... as long as that widens their column by half at most
_GAP_AFTER_BOX = 127000  # 10 pt in EMU: space between a table or callout and what follows
_LONG_ROW_CHARS = 700
"""Rows with more text than this may break across pages (a longer row might not fit one)."""
_NUMBER = re.compile(r"^[~≈<>≤≥+−-]?\s?\d[\d,.\s]*%?\s?\*?$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NOT_GIVEN = {"", "—", "–", "-", "?", "n/a"}


@dataclass(frozen=True)
class OutlineEntry:
    """A heading that the table of contents lists: level (1 or 2), text and bookmark name."""

    level: int
    text: str
    anchor: str


def report_outline(briefing: Briefing) -> tuple[OutlineEntry, ...]:
    """The headings of the report as the table of contents lists them, in order."""
    labels = briefing.labels
    texts: list[tuple[int, str]] = []
    if briefing.summary or briefing.key_figures:
        texts.append((1, labels.executive_summary))
        if briefing.key_figures:
            texts.append((2, labels.key_figures))
    texts.extend((1, section.title) for section in briefing.sections)
    if briefing.sources:
        texts.append((1, labels.sources))
    return tuple(
        OutlineEntry(level, xml_safe(text).strip(), f"_TocBriefkit{i:04d}")
        for i, (level, text) in enumerate(texts, start=1)
    )


def find_heading_pages(
    outline: Sequence[OutlineEntry], page_texts: Sequence[str]
) -> dict[str, int]:
    """Page numbers of the outline's headings in a laid-out rendering of the report.

    ``page_texts`` holds the text of each page (for example ``pdftotext -layout`` of a PDF
    made from a first rendering, split at form feeds). The contents end on the first page that
    lists the last heading; the body starts on a new page after it. Headings are matched in
    order as whole lines (or two lines, when a long one wraps). The result, keyed by anchor, is
    what ``render_report`` takes as ``toc_pages``; headings not found are left out.
    """
    if not outline:
        return {}
    pages = [_page_lines(text) for text in page_texts]
    last = _squash(outline[-1].text)
    toc_end = next((i for i, lines in enumerate(pages) if i > 0 and last in lines), None)
    if toc_end is None:
        return {}
    found: dict[str, int] = {}
    index = toc_end + 1
    for entry in outline:
        wanted = _squash(entry.text)
        for i in range(index, len(pages)):
            if wanted in pages[i]:
                found[entry.anchor] = i + 1
                index = i
                break
    return found


def _page_lines(text: str) -> set[str]:
    lines = [_squash(line) for line in text.splitlines() if line.strip()]
    return set(lines) | {a + " " + b for a, b in itertools.pairwise(lines)}


def _squash(text: str) -> str:
    return " ".join(text.split())


def render_report(
    briefing: Briefing,
    images: Mapping[str, ChartImage],
    template: Path | ReportTemplate,
    out: Path | BinaryIO,
    *,
    toc_pages: Mapping[str, int] | None = None,
) -> list[str]:
    """Write ``briefing`` as a Word report into ``out`` and return warnings for the user.

    ``images`` maps ``ChartSpec.id`` to the chart's PNG; ``template`` is a .docx/.dotx
    following the report template contract (or one already loaded). ``toc_pages`` optionally
    gives the page of each heading (keyed by ``OutlineEntry.anchor``) for the stored table of
    contents. Raises ``TemplateError`` when the template cannot be used.
    """
    loaded = template if isinstance(template, ReportTemplate) else load_report_template(template)
    warnings = list(loaded.warnings)
    document = loaded.new_document()
    _ReportWriter(document, loaded, briefing, images, toc_pages or {}, warnings).write()
    document.save(str(out) if isinstance(out, Path) else out)
    return warnings


# --- low-level XML helpers -------------------------------------------------------------------


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key.replace("_", ":", 1)), value)
    return element


def _run_el(text: str | None = None, *, rpr: Any = None) -> Any:
    run = _el("w:r")
    if rpr is not None:
        run.append(_copy(rpr))
    if text is not None:
        t = _el("w:t")
        t.text = xml_safe(text)
        if t.text != t.text.strip():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
    return run


def _copy(element: Any) -> Any:
    import copy

    return copy.deepcopy(element)


def _field_runs(instr: str, result: str, *, rpr: Any = None, dirty: bool = False) -> list[Any]:
    """The runs of a complex field: begin, code, separate, cached result, end."""
    begin = _run_el(rpr=rpr)
    char = _el("w:fldChar", w_fldCharType="begin")
    if dirty:
        char.set(f"{_W}dirty", "true")
    begin.append(char)
    code = _run_el(rpr=rpr)
    instr_el = _el("w:instrText")
    instr_el.text = f" {instr} "
    instr_el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.append(instr_el)
    separate = _run_el(rpr=rpr)
    separate.append(_el("w:fldChar", w_fldCharType="separate"))
    end = _run_el(rpr=rpr)
    end.append(_el("w:fldChar", w_fldCharType="end"))
    runs = [begin, code, separate]
    if result:
        runs.append(_run_el(result, rpr=rpr))
    runs.append(end)
    return runs


def _rpr(*, bold: bool = False, style_id: str | None = None, color: str | None = None) -> Any:
    rpr = _el("w:rPr")
    if style_id:
        rpr.append(_el("w:rStyle", w_val=style_id))
    if bold:
        rpr.append(_el("w:b"))
        rpr.append(_el("w:bCs"))
    if color:
        rpr.append(_el("w:color", w_val=color))
    return rpr


def _add_bookmark(paragraph: Any, name: str, ident: int) -> None:
    p = paragraph._p
    start = _el("w:bookmarkStart", w_id=str(ident), w_name=name)
    ppr = p.find(f"{_W}pPr")
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(_el("w:bookmarkEnd", w_id=str(ident)))


def _set_cell_shading(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(f"{_W}shd"):
        tc_pr.remove(old)
    shd = _el("w:shd", w_val="clear", w_color="auto", w_fill=fill)
    # w:shd comes after tcW, gridSpan, vMerge and tcBorders, before noWrap, tcMar and vAlign.
    later = [c for c in tc_pr if c.tag in {f"{_W}{t}" for t in ("noWrap", "tcMar", "vAlign")}]
    if later:
        later[0].addprevious(shd)
    else:
        tc_pr.append(shd)


def _set_row_flags(row: Any, *, header: bool = False, cant_split: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        tr_pr.append(_el("w:cantSplit"))
    if header:
        tr_pr.append(_el("w:tblHeader"))


def _set_style(paragraph: Any, style: Any) -> None:
    """Apply a paragraph style (python-docx's setter rescans all styles on every call)."""
    if style is not None:
        paragraph._p.get_or_add_pPr().style = style.style_id


def _set_table_look(table: Any, *, first_row: bool, banded: bool) -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(f"{_W}tblLook"):
        tbl_pr.remove(old)
    # The bit mask in w:val is what older readers (and LibreOffice) look at.
    mask = (0x0020 if first_row else 0) | (0 if banded else 0x0200) | 0x0400
    tbl_pr.append(
        _el(
            "w:tblLook",
            w_val=f"{mask:04X}",
            w_firstRow="1" if first_row else "0",
            w_lastRow="0",
            w_firstColumn="0",
            w_lastColumn="0",
            w_noHBand="0" if banded else "1",
            w_noVBand="1",
        )
    )


_ABBREVIATION_END = re.compile(r"(?:^|\s)[a-zа-яё]{1,3}\.$")
"""Text ending in an abbreviation ("2016 г.", "гг."): its point is no full stop."""


def _words(text: str) -> list[str]:
    """The pieces a line may not break inside: words, split after hyphens and slashes."""
    return [w for w in re.split(r"\s+|(?<=[-/‐–])", text) if w]


def _cell_width(text: str, *, bold: bool = False) -> float:
    """EMU that ``text`` in a table cell needs on one line, with the cell's padding."""
    points = text_width(text, _TABLE_FONT_PT, bold) * _WIDTH_SLACK + _CELL_PADDING_PT
    return points * _EMU_PER_PT


def _widen(widths: Sequence[float], minimums: Sequence[float]) -> list[float]:
    """Widen columns to their minimums, taking the room from the columns that have spare.

    When the minimums do not all fit, the given widths are kept as they are.
    """
    total = sum(widths)
    if sum(minimums) >= total:
        return list(widths)
    result = list(widths)
    for _ in range(len(result)):
        short = [i for i, (w, m) in enumerate(zip(result, minimums, strict=True)) if w < m]
        if not short:
            break
        needed = sum(minimums[i] - result[i] for i in short)
        for i in short:
            result[i] = minimums[i]
        donors = [i for i in range(len(result)) if i not in short and result[i] > minimums[i]]
        spare = sum(result[i] - minimums[i] for i in donors)
        for i in donors:
            result[i] -= needed * (result[i] - minimums[i]) / spare
    return result


def _set_table_caption(table: Any, caption: str) -> None:
    """The table's title for screen readers (Word's Alt Text of a table)."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(f"{_W}tblCaption"):
        tbl_pr.remove(old)
    tbl_pr.append(_el("w:tblCaption", w_val=xml_safe(caption)))


def _set_table_geometry(table: Any, widths_emu: Sequence[int]) -> None:
    """Fixed layout at the given column widths (the total is the text column's width)."""
    from docx.shared import Emu

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    total_twips = sum(widths_emu) // _EMU_PER_TWIP
    for tag in ("tblW", "tblLayout"):
        for old in tbl_pr.findall(f"{_W}{tag}"):
            tbl_pr.remove(old)
    tbl_w = _el("w:tblW", w_w=str(total_twips), w_type="dxa")
    layout = _el("w:tblLayout", w_type="fixed")
    # Schema order: tblStyle, ..., tblW, jc, ..., tblBorders, shd, tblLayout, tblCellMar, tblLook
    style = tbl_pr.find(f"{_W}tblStyle")
    if style is not None:
        style.addnext(tbl_w)
    else:
        tbl_pr.insert(0, tbl_w)
    following = [c for c in tbl_pr if c.tag in (f"{_W}tblCellMar", f"{_W}tblLook")]
    if following:
        following[0].addprevious(layout)
    else:
        tbl_pr.append(layout)
    for column, width in zip(table.columns, widths_emu, strict=True):
        column.width = Emu(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_emu, strict=True):
            cell.width = Emu(width)


def _insert_setting(settings: Any, element: Any, successors: Iterable[str]) -> None:
    """Put ``element`` into settings.xml before the first element that must follow it."""
    tag = element.tag
    for old in settings.findall(tag):
        settings.remove(old)
    names = {f"{_W}{s}" for s in successors}
    for child in settings:
        if child.tag in names:
            child.addprevious(element)
            return
    settings.append(element)


_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


# --- the writer ------------------------------------------------------------------------------


class _ReportWriter:
    """Writes one briefing into one fresh document made from the template."""

    def __init__(
        self,
        document: Any,
        template: ReportTemplate,
        briefing: Briefing,
        images: Mapping[str, ChartImage],
        toc_pages: Mapping[str, int],
        warnings: list[str],
    ) -> None:
        self.doc = document
        self.template = template
        self.b = briefing
        self.labels = briefing.labels
        self.images = images
        self.toc_pages = toc_pages
        self.warnings = warnings
        self.outline = report_outline(briefing)
        self._anchors = iter(self.outline)
        self._bookmark_id = 100
        self._gap_pending = False
        self._styles = {s.name.lower(): s for s in document.styles if s.name}
        section = document.sections[-1]
        self.section = section
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        height = (
            (section.page_height or 0) - (section.top_margin or 0) - (section.bottom_margin or 0)
        )
        self.text_width = int(width) if width > 0 else int(16.5 * _EMU_PER_CM)
        self.text_height = int(height) if height > 0 else int(24.5 * _EMU_PER_CM)
        citation = self._style(S.CITATION)
        self._citation_rpr = _rpr(style_id=citation.style_id if citation is not None else None)

    # styles -----------------------------------------------------------------------------

    def _style(self, name: str) -> Any:
        resolved = self.template.style_name(name)
        if resolved is None:
            return None
        key = resolved.lower()
        return self._styles.get(key)

    def _para(self, container: Any, style: str, text: str | None = None) -> Any:
        paragraph = container.add_paragraph()
        resolved = self._style(style)
        _set_style(paragraph, resolved)
        if text:
            paragraph.add_run(xml_safe(text))
        if self._gap_pending and container is self.doc:
            self._gap_pending = False
            own = resolved.paragraph_format.space_before if resolved is not None else None
            if own is None or own < _GAP_AFTER_BOX:
                paragraph.paragraph_format.space_before = _GAP_AFTER_BOX
        return paragraph

    def _add_table(self, rows: int, cols: int) -> Any:
        """A new table, kept apart from a table just before it (Word would join the two)."""
        body = self.doc.element.body
        previous = [c for c in body if c.tag != f"{_W}sectPr"][-1:]
        if previous and previous[0].tag == f"{_W}tbl":
            self._para(self.doc, S.TABLE_NOTE)
        self._gap_pending = False
        return self.doc.add_table(rows=rows, cols=cols)

    # text -------------------------------------------------------------------------------

    def _write_runs(self, paragraph: Any, para: Paragraph) -> None:
        """Text and citation markers; a marker is tied to the word before it."""
        pending = ""
        for run in para.runs:
            if isinstance(run, Text):
                pending += run.text
                continue
            if not run.numbers:
                continue
            stripped = pending.rstrip()
            if stripped:
                paragraph.add_run(xml_safe(stripped + _NBSP))
            elif pending:
                paragraph.add_run(xml_safe(pending))
            pending = ""
            self._cite(paragraph, run.numbers)
        if pending:
            paragraph.add_run(xml_safe(pending))

    def _cite(self, paragraph: Any, numbers: Sequence[int]) -> None:
        if numbers:
            paragraph._p.append(_run_el(Cite(tuple(numbers)).label(), rpr=self._citation_rpr))

    def _text_with_cites(self, paragraph: Any, text: str, numbers: Sequence[int]) -> None:
        """``text`` closed by a full stop, with the citation marker before the stop."""
        text = xml_safe(text).strip()
        if not numbers:
            paragraph.add_run(text)
            return
        stop = ""
        if text.endswith((".", "!", "?")) and not _ABBREVIATION_END.search(text):
            text, stop = text[:-1], text[-1]
        if text:
            paragraph.add_run(text + _NBSP)
        self._cite(paragraph, numbers)
        if stop:
            paragraph.add_run(stop)

    # document ---------------------------------------------------------------------------

    def write(self) -> None:
        self._cover()
        self._contents()
        self._summary()
        for section in self.b.sections:
            self._section(section)
        self._sources()
        self._header_footer()
        self._properties()
        self._settings()

    def _heading(self, text: str, level: int) -> Any:
        """A heading the contents list, bookmarked; the first one starts a new page."""
        entry = next(self._anchors)
        style = S.HEADING_1 if level == 1 else S.HEADING_2
        paragraph = self._para(self.doc, style, text)
        if entry is self.outline[0]:
            paragraph.paragraph_format.page_break_before = True
        self._bookmark_id += 1
        _add_bookmark(paragraph, entry.anchor, self._bookmark_id)
        return paragraph

    def _cover(self) -> None:
        b, labels = self.b, self.labels
        if b.marking.strip():
            self._para(self.doc, S.COVER_MARKING, b.marking.strip())
        self._para(self.doc, S.TITLE, b.title)
        if b.subtitle.strip():
            self._para(self.doc, S.SUBTITLE, b.subtitle)
        details = (
            (labels.period, b.period_label),
            (labels.issued, b.issued_label),
            (labels.prepared_by, b.prepared_by),
        )
        for label, value in details:
            if not value.strip():
                continue
            paragraph = self._para(self.doc, S.COVER_DETAIL)
            paragraph.add_run(xml_safe(label)).bold = True
            paragraph.add_run("\t" + xml_safe(value))

    def _contents(self) -> None:
        heading = self._para(self.doc, S.TOC_HEADING, self.labels.contents)
        heading.paragraph_format.page_break_before = True
        toc = _field_runs('TOC \\o "1-2" \\h \\z \\u', "", dirty=True)
        begin, end = toc[:-1], toc[-1]
        if not self.outline:
            paragraph = self._para(self.doc, S.TOC_1)
            for run in toc:
                paragraph._p.append(run)
            return
        last = len(self.outline) - 1
        for i, entry in enumerate(self.outline):
            paragraph = self._para(self.doc, S.TOC_1 if entry.level == 1 else S.TOC_2)
            if i == 0:
                for run in begin:
                    paragraph._p.append(run)
            link = _el("w:hyperlink", w_anchor=entry.anchor, w_history="1")
            link.append(_run_el(entry.text))
            page = self.toc_pages.get(entry.anchor)
            if page is not None:
                tab = _run_el()
                tab.append(_el("w:tab"))
                link.append(tab)
                for run in _field_runs(f"PAGEREF {entry.anchor} \\h", str(page)):
                    link.append(run)
            paragraph._p.append(link)
            if i == last:
                paragraph._p.append(end)

    def _summary(self) -> None:
        b = self.b
        if not (b.summary or b.key_figures):
            return
        self._heading(self.labels.executive_summary, 1)
        for para in b.summary:
            self._write_runs(self._para(self.doc, S.NORMAL), para)
        if b.key_figures:
            self._heading(self.labels.key_figures, 2)
            self._key_figures(b.key_figures)

    def _key_figures(self, figures: Sequence[KeyFigure]) -> None:
        n = len(figures)
        cols = n if n <= 4 else 3 if n in (5, 6, 9) else 4
        rows = math.ceil(n / cols)
        table = self._add_table(rows, cols)
        self._table_style(table, S.KEY_FIGURES_TABLE)
        _set_table_look(table, first_row=False, banded=False)
        _set_table_geometry(table, [self.text_width // cols] * cols)
        cells = [cell for row in table.rows for cell in row.cells]
        for row in table.rows:
            _set_row_flags(row, cant_split=True)
        for cell, figure in zip(cells, figures, strict=False):
            value = cell.paragraphs[0]
            style = self._style(S.KEY_FIGURE_VALUE)
            _set_style(value, style)
            value.add_run(xml_safe(figure.value))
            self._para(cell, S.KEY_FIGURE_LABEL, figure.label)
            detail = self._para(cell, S.KEY_FIGURE_DETAIL)
            self._text_with_cites(detail, figure.detail, figure.citations)
        for cell in cells[n:]:
            _set_cell_shading(cell, "FFFFFF")
        self._gap_pending = True

    def _section(self, section: Section) -> None:
        self._heading(section.title, 1)
        for block in section.blocks:
            self._block(block)

    def _block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self._write_runs(self._para(self.doc, S.NORMAL), block)
        elif isinstance(block, ChartBlock):
            self._chart(block)
        elif isinstance(block, TableBlock):
            self._table(block)
        elif isinstance(block, TimelineBlock):
            self._timeline(block)
        else:
            self._callout(block)

    # figures ----------------------------------------------------------------------------

    def _caption(self, label: str, number: int) -> Any:
        paragraph = self._para(self.doc, S.CAPTION)
        identifier = re.sub(r"\W", "_", label.strip()) or "Figure"
        bold = _rpr(bold=True)
        paragraph._p.append(_run_el(xml_safe(label.strip()) + " ", rpr=bold))
        for run in _field_runs(f"SEQ {identifier} \\* ARABIC", str(number), rpr=bold):
            paragraph._p.append(run)
        paragraph._p.append(_run_el(": ", rpr=bold))
        return paragraph

    def _chart(self, block: ChartBlock) -> None:
        from docx.shared import Emu

        chart = block.chart
        image = self.images.get(chart.id)
        if image is None or not Path(image.path).is_file():
            why = "no image was given" if image is None else f"the file {image.path} is missing"
            self.warnings.append(
                f'Figure {block.number} ("{chart.title}") was left out of the report: {why}.'
            )
            return
        if chart.headline.strip():
            self._para(self.doc, S.CHART_HEADLINE, chart.headline)
        width = min(int(CHART_WIDTH_CM * _EMU_PER_CM), self.text_width)
        aspect = image.aspect if image.width_px > 0 and image.height_px > 0 else 0.56
        height = int(width * aspect)
        max_height = int(self.text_height * MAX_CHART_HEIGHT_SHARE)
        if height > max_height:
            width, height = int(max_height / aspect), max_height
        picture = self._para(self.doc, S.CHART_PICTURE)
        shape = picture.add_run().add_picture(image.path, width=Emu(width), height=Emu(height))
        alt = xml_safe(image.alt_text.strip() or f"{chart.headline} {chart.caption}".strip())
        title = xml_safe(chart.title.strip())
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", alt)
        doc_pr.set("title", title)
        for c_nv_pr in shape._inline.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"
        ):
            c_nv_pr.set("descr", alt)
        caption = self._caption(self.labels.figure, block.number)
        title_text = xml_safe(chart.title.strip())
        if title_text and not title_text.endswith((".", "!", "?")):
            title_text += "."
        caption.add_run(title_text + (" " if chart.caption.strip() else ""))
        if chart.caption.strip() or chart.citations:
            self._text_with_cites(caption, chart.caption, chart.citations)

    # tables -----------------------------------------------------------------------------

    def _table_style(self, table: Any, name: str) -> None:
        style = self._style(name)
        if style is not None:
            table.style = style

    def _column_widths(self, block: TableBlock) -> list[int]:
        n = len(block.columns)
        widths = list(block.widths)
        if len(widths) != n or any(w <= 0 for w in widths):
            self.warnings.append(
                f'Table {block.number} ("{block.title}") has {len(widths)} column widths for '
                f"{n} columns; the columns were made equally wide."
            )
            widths = [1.0] * n
        total = sum(widths)
        emus = [self.text_width * w / total for w in widths]
        words, whole, flexible, heads = self._min_widths(block)
        # Best: short cells (dates, places, numbers) on one line if that costs a column at
        # most half again its width, long-text columns giving up at most a quarter of theirs;
        # else no word broken and long-text columns at three quarters or more; else no word
        # broken; else as requested.
        tiers = [
            [
                max(w, share * e) if f else max(w, min(h, _SHORT_CELL_GROWTH * e))
                for w, h, e, f in zip(words, whole, emus, flexible, strict=True)
            ]
            for share in (0.85, 0.75)
        ]
        tiers.append(
            [max(w, 0.75 * e) if f else w for w, e, f in zip(words, emus, flexible, strict=True)]
        )
        # Then short cells at least as wide as asked with no word broken, long-text columns
        # at most 1.3 times as wide
        # (long words of another language may not all fit), and last no heading broken.
        heads = [max(h, min(w, e)) for h, w, e in zip(heads, words, emus, strict=True)]
        short_words = [
            max(h, min(w, 1.3 * e)) if f else max(w, e)
            for h, w, e, f in zip(heads, words, emus, flexible, strict=True)
        ]
        for minimums in (*tiers, words, short_words, heads):
            if sum(minimums) <= self.text_width:
                emus = _widen(emus, minimums)
                break
        result = [int(w) for w in emus]
        result[-1] += self.text_width - sum(result)
        return result

    def _min_widths(
        self, block: TableBlock
    ) -> tuple[list[float], list[float], list[bool], list[float]]:
        """Per column: the width (EMU) that breaks no word, the width that keeps every cell
        on one line, whether the column holds long text that wraps anyway, and the width that
        breaks no word of the heading."""
        words, whole, flexible, heads = [], [], [], []
        for c, header in enumerate(block.columns):
            cells = [row[c].strip() for row in block.rows if c < len(row)]
            head = max((_cell_width(w, bold=True) for w in _words(header)), default=0.0)
            word = max((_cell_width(w) for cell in cells for w in _words(cell)), default=0.0)
            line = max((_cell_width(cell) for cell in cells), default=0.0)
            words.append(max(head, word))
            whole.append(max(head, line))
            flexible.append(max((len(cell) for cell in cells), default=0) > _SHORT_CELL_CHARS)
            heads.append(head)
        return words, whole, flexible, heads

    def _table(self, block: TableBlock) -> None:
        n = len(block.columns)
        if n == 0:
            self.warnings.append(f'Table {block.number} ("{block.title}") has no columns.')
            return
        caption = self._caption(self.labels.table, block.number)
        caption.paragraph_format.keep_with_next = True
        self._text_with_cites(caption, block.title, block.citations)
        rows = [tuple(row) for row in block.rows]
        if any(len(row) != n for row in rows):
            self.warnings.append(
                f'Table {block.number} ("{block.title}") has rows that do not match its {n} '
                "columns; short rows were padded and long ones cut."
            )
            rows = [(tuple(row) + ("",) * n)[:n] for row in rows]
        numeric = [_is_numeric([row[c] for row in rows]) for c in range(n)]
        table = self._add_table(1 + len(rows), n)
        self._table_style(table, S.TABLE)
        _set_table_look(table, first_row=True, banded=True)
        _set_table_caption(table, f"{self.labels.table} {block.number}: {block.title}")
        _set_table_geometry(table, self._column_widths(block))
        table_rows = list(table.rows)
        _set_row_flags(table_rows[0], header=True, cant_split=True)
        self._fill_row(table_rows[0], block.columns, S.TABLE_HEADER, numeric)
        for row, values in zip(table_rows[1:], rows, strict=True):
            _set_row_flags(row, cant_split=sum(len(v) for v in values) <= _LONG_ROW_CHARS)
            self._fill_row(row, values, S.TABLE_TEXT, numeric)
        if block.notes:
            # Keep-with-next on the last row keeps the first note on the table's last page.
            for cell in table_rows[-1].cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
        for note in block.notes:
            self._write_runs(self._para(self.doc, S.TABLE_NOTE), note)
        self._gap_pending = not block.notes

    def _fill_row(
        self, row: Any, values: Sequence[str], style: str, numeric: Sequence[bool]
    ) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        resolved = self._style(style)
        for cell, value, is_number in zip(row.cells, values, numeric, strict=True):
            paragraph = cell.paragraphs[0]
            _set_style(paragraph, resolved)
            if is_number:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.add_run(xml_safe(value))

    def _timeline(self, block: TimelineBlock) -> None:
        if block.title.strip():
            self._para(self.doc, S.HEADING_3, block.title)
        if not block.entries:
            return
        table = self._add_table(len(block.entries), 2)
        self._table_style(table, S.TABLE)
        _set_table_look(table, first_row=False, banded=False)
        date_width = int(self.text_width * 0.2)
        _set_table_geometry(table, [date_width, self.text_width - date_width])
        text_style = self._style(S.TABLE_TEXT)
        date_style = self._style(S.TIMELINE_DATE)
        for row, entry in zip(table.rows, block.entries, strict=True):
            _set_row_flags(row, cant_split=True)
            date_cell, text_cell = row.cells
            date = date_cell.paragraphs[0]
            _set_style(date, date_style)
            date.add_run(xml_safe(entry.date_label))
            head = text_cell.paragraphs[0]
            _set_style(head, text_style)
            head.paragraph_format.keep_with_next = True
            head.add_run(xml_safe(entry.title)).bold = True
            if entry.disputed:
                tag = head.add_run(" \u2014 " + xml_safe(self.labels.sources_disagree))
                tag.bold = True
                tag.font.color.rgb = _rgb(AMBER_INK)
                for cell in row.cells:
                    _set_cell_shading(cell, AMBER_FILL)
            body = text_cell.add_paragraph()
            _set_style(body, text_style)
            self._write_runs(body, entry.text)
        self._gap_pending = True
        if block.citations and not any(entry.text.citations for entry in block.entries):
            note = self._para(self.doc, S.TABLE_NOTE)
            note.add_run(xml_safe(self.labels.sources) + ":" + _NBSP)
            self._cite(note, block.citations)

    # callouts ---------------------------------------------------------------------------

    def _callout(self, block: Callout) -> None:
        disagreement = block.kind == "disagreement"
        title_style = S.DISAGREEMENT_TITLE if disagreement else S.CALLOUT_TITLE
        text_style = S.DISAGREEMENT_TEXT if disagreement else S.CALLOUT_TEXT
        title = block.title.strip()
        if disagreement:
            label = self.labels.sources_disagree.strip()
            if not title.lower().startswith(label.lower()):
                title = f"{label}: {title}" if title else label
        paragraphs = [self._para(self.doc, title_style, title)] if title else []
        for para in block.paragraphs:
            paragraph = self._para(self.doc, text_style)
            self._write_runs(paragraph, para)
            paragraphs.append(paragraph)
        for paragraph in paragraphs[:-1]:
            paragraph.paragraph_format.keep_with_next = True
        self._gap_pending = True

    # sources ----------------------------------------------------------------------------

    def _sources(self) -> None:
        if not self.b.sources:
            return
        self._heading(self.labels.sources, 1)
        for source in self.b.sources:
            paragraph = self._para(self.doc, S.SOURCE_ENTRY)
            paragraph.add_run(f"[{source.number}]\t")
            paragraph.add_run(xml_safe(source.reference))
            if source.note.strip():
                paragraph.add_run(" (" + xml_safe(source.note.strip()) + ")").italic = True

    # header, footer, properties ---------------------------------------------------------

    def _free_paragraph(self, part: Any, style: str) -> Any:
        paragraphs = part.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].text and len(paragraphs[0]._p) <= 1:
            paragraph = paragraphs[0]
            resolved = self._style(style)
            _set_style(paragraph, resolved)
            return paragraph
        return self._para(part, style)

    def _header_footer(self) -> None:
        section = self.section
        section.different_first_page_header_footer = True
        marking = xml_safe(self.b.marking.strip())
        # The cover shows the marking at its top already; it goes at the foot of the cover
        # and at the top and foot of every other page.
        if marking:
            for part in (section.header, section.footer, section.first_page_footer):
                self._free_paragraph(part, S.MARKING).add_run(marking)
        footer = section.footer
        if not _has_page_field(footer):
            paragraph = self._free_paragraph(footer, S.FOOTER)
            of = self.labels.page_of
            paragraph.add_run(xml_safe(self.labels.page) + " ")
            for run in _field_runs("PAGE", "1"):
                paragraph._p.append(run)
            paragraph.add_run(f" {of} ")
            for run in _field_runs("NUMPAGES", "1"):
                paragraph._p.append(run)

    def _properties(self) -> None:
        b = self.b
        props = self.doc.core_properties
        author = xml_safe(b.prepared_by.strip() or "Briefkit")
        props.title = xml_safe(b.title)
        props.subject = xml_safe(b.subtitle)
        props.author = author
        props.last_modified_by = author
        props.keywords = xml_safe(", ".join(b.keywords))
        props.language = xml_safe(b.language)
        props.category = ""
        props.comments = xml_safe(b.period_label)
        props.content_status = ""
        props.identifier = xml_safe(b.topic_id)
        props.revision = 1
        issued = dt.datetime.combine(b.issued, dt.time(), tzinfo=dt.UTC)
        props.created = issued
        props.modified = issued
        self._set_language()

    def _set_language(self) -> None:
        set_language(self.doc, self.b.language)

    def _settings(self) -> None:
        settings = self.doc.settings.element
        _insert_setting(settings, _el("w:updateFields", w_val="true"), _AFTER_UPDATE_FIELDS)


def _rgb(hex_color: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(hex_color)


def _is_numeric(cells: Sequence[str]) -> bool:
    """Whether a column holds counts or amounts (set right-aligned): every cell a number or
    "not given", and some cell a number that is not a year."""
    values = [cell.strip() for cell in cells]
    if not all(_NUMBER.match(v) or v in _NOT_GIVEN for v in values):
        return False
    return any(_NUMBER.match(v) and not _YEAR.match(v) for v in values) or (
        any(values) and not any(_NUMBER.match(v) for v in values)
    )


def _has_page_field(part: Any) -> bool:
    element = part._element
    instr = " ".join(t.text or "" for t in element.iter(f"{_W}instrText"))
    simple = " ".join(f.get(f"{_W}instr", "") for f in element.iter(f"{_W}fldSimple"))
    return bool(re.search(r"\bPAGE\b", instr + " " + simple))


def set_language(doc: Any, code: str) -> None:
    """Make ``code`` ("ru") the language of the document's text (spelling, hyphenation)."""
    tag = language_tag(code)
    styles = doc.styles.element
    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = _el("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(f"{_W}rPrDefault")
    if rpr_default is None:
        rpr_default = _el("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{_W}rPr")
    if rpr is None:
        rpr = _el("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(f"{_W}lang")
    if lang is None:
        lang = _el("w:lang")
        # w:lang follows everything but eastAsianLayout, specVanish and oMath.
        tail = [c for c in rpr if c.tag in (f"{_W}eastAsianLayout", f"{_W}specVanish")]
        if tail:
            tail[0].addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(f"{_W}val", xml_safe(tag))
