"""Report tables: data tables, timelines and the key-figure cards as Word tables.

Column widths are worked out from the text of the cells (``_min_widths``, ``_widen``): short
cells such as dates and places are kept on one line and no word is broken where the text column
allows, numeric columns are right-aligned, rows are kept whole on a page unless very long, and
the header row repeats on each page. The table, row and cell properties python-docx has no API
for (fixed layout, look, caption, shading, ``cantSplit``, ``tblHeader``) are written by hand.
``ReportTables`` is that part of the report writer (``writer._ReportWriter`` builds on it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefkit.catalog.language import Language
from briefkit.compose.model import KeyFigure, TableBlock, TimelineBlock
from briefkit.messages import message
from briefkit.palette import ACCENT_INK, ACCENT_TINT, WHITE
from briefkit.render.office.textfit import text_width
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.style_chain import effective_attr, effective_fonts, theme_font
from briefkit.render.report.text import NBSP, ReportText, W, el, set_outline_level

S = ReportStyle

_EMU_PER_TWIP = 635
_EMU_PER_PT = 12700
_TABLE_FONT_PT = 9.0
_WIDTH_SLACK = 1.03  # text_width is Arial's; leave room for rounding in Word and LibreOffice
_CELL_PADDING_PT = 10.0  # the table style's cell margins (2 x 4.25 pt) and a little air
_CARD_PADDING_PT = 16.0  # the key-figure cards' margins (2 x 7.1 pt) and a little air
_SHORT_CELL_CHARS = 18  # cells up to this long are kept on one line when the table allows
_SHORT_CELL_GROWTH = 1.5  # ... as long as that widens their column by half at most
_LONG_ROW_CHARS = 700
"""Rows with more text than this may break across pages (a longer row might not fit one)."""
_NUMBER = re.compile(r"^[~≈<>≤≥+−-]?\s?\d[\d,.\s]*%?\s?\*?$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NOT_GIVEN = {"", "—", "–", "-", "?", "n/a"}


def _set_cell_shading(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(f"{W}shd"):
        tc_pr.remove(old)
    shd = el("w:shd", w_val="clear", w_color="auto", w_fill=fill)
    # w:shd comes after tcW, gridSpan, vMerge and tcBorders, before noWrap, tcMar and vAlign.
    later = [c for c in tc_pr if c.tag in {f"{W}{t}" for t in ("noWrap", "tcMar", "vAlign")}]
    if later:
        later[0].addprevious(shd)
    else:
        tc_pr.append(shd)


def _set_row_flags(row: Any, *, header: bool = False, cant_split: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        tr_pr.append(el("w:cantSplit"))
    if header:
        tr_pr.append(el("w:tblHeader"))


def _set_table_look(table: Any, *, first_row: bool, banded: bool) -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(f"{W}tblLook"):
        tbl_pr.remove(old)
    # The bit mask in w:val is what older readers (and LibreOffice) look at.
    mask = (0x0020 if first_row else 0) | (0 if banded else 0x0200) | 0x0400
    tbl_pr.append(
        el(
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


def _words(text: str) -> list[str]:
    """The pieces a line may not break inside: words, split after hyphens and slashes."""
    return [w for w in re.split(r"\s+|(?<=[-/‐–])", text) if w]


@dataclass(frozen=True)
class CellFont:
    """The table cells' text as the template sets it: sizes (pt) and how much wider than
    Arial its font runs (1.0 for Arial and fonts of Arial's widths or narrower)."""

    text_size: float = _TABLE_FONT_PT
    header_size: float = _TABLE_FONT_PT
    widening: float = 1.0

    def smaller(self, step: float = 0.5) -> CellFont:
        """The same font ``step`` pt smaller (the header no larger than the text)."""
        size = self.text_size - step
        return CellFont(size, min(self.header_size, size), self.widening)

    def width(self, text: str, *, bold: bool = False) -> float:
        """EMU that ``text`` in a table cell needs on one line, with the cell's padding."""
        size = self.header_size if bold else self.text_size
        points = text_width(text, size, bold) * _WIDTH_SLACK * self.widening + _CELL_PADDING_PT
        return points * _EMU_PER_PT


#: Fonts whose letters are no wider than Arial's (or are its metric twins, as LibreOffice
#: substitutes them); others (DejaVu Sans, a CJK font's Latin letters) run up to a fifth wider.
_ARIAL_WIDE_OR_NARROWER = frozenset(
    {"arial", "liberation sans", "arimo", "helvetica", "times new roman", "liberation serif",
     "tinos", "times", "calibri", "carlito", "cambria", "caladea", "arial narrow"}
)  # fmt: skip
_WIDER_FONT = 1.16  # DejaVu Sans and Serif (LibreOffice's stand-ins for missing fonts): 1.13-1.18


def font_widening(font: str | None) -> float:
    """How much wider than Arial text in ``font`` runs (see ``CellFont``)."""
    if font is None or font.strip().lower() in _ARIAL_WIDE_OR_NARROWER:
        return 1.0
    return _WIDER_FONT


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
    for old in tbl_pr.findall(f"{W}tblCaption"):
        tbl_pr.remove(old)
    tbl_pr.append(el("w:tblCaption", w_val=xml_safe(caption)))


def _set_table_geometry(table: Any, widths_emu: Sequence[int]) -> None:
    """Fixed layout at the given column widths (the total is the text column's width)."""
    from docx.shared import Emu

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    total_twips = sum(widths_emu) // _EMU_PER_TWIP
    for tag in ("tblW", "tblLayout"):
        for old in tbl_pr.findall(f"{W}{tag}"):
            tbl_pr.remove(old)
    tbl_w = el("w:tblW", w_w=str(total_twips), w_type="dxa")
    layout = el("w:tblLayout", w_type="fixed")
    # Schema order: tblStyle, ..., tblW, jc, ..., tblBorders, shd, tblLayout, tblCellMar, tblLook
    style = tbl_pr.find(f"{W}tblStyle")
    if style is not None:
        style.addnext(tbl_w)
    else:
        tbl_pr.insert(0, tbl_w)
    following = [c for c in tbl_pr if c.tag in (f"{W}tblCellMar", f"{W}tblLook")]
    if following:
        following[0].addprevious(layout)
    else:
        tbl_pr.append(layout)
    for column, width in zip(table.columns, widths_emu, strict=True):
        column.width = Emu(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_emu, strict=True):
            cell.width = Emu(width)


def _width_tiers(
    emus: Sequence[float],
    words: Sequence[float],
    whole: Sequence[float],
    flexible: Sequence[bool],
    heads: Sequence[float],
) -> list[list[float]]:
    """Column minimums to try in turn, best first (see ``ReportTables._min_widths``).

    Best: short cells (dates, places, numbers) on one line if that costs a column at most half
    again its width, long-text columns giving up at most a quarter of theirs; else no word
    broken and long-text columns at three quarters or more; else no word broken; then short
    cells at least as wide as asked with no word broken, long-text columns at most 1.3 times
    as wide (long words of another language may not all fit), and last no heading broken.
    """
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
    heads = [max(h, min(w, e)) for h, w, e in zip(heads, words, emus, strict=True)]
    short_words = [
        max(h, min(w, 1.3 * e)) if f else max(w, e)
        for h, w, e, f in zip(heads, words, emus, flexible, strict=True)
    ]
    return [*tiers, list(words), short_words, heads]


# --- the writer's tables ---------------------------------------------------------------------


class ReportTables(ReportText):
    """Tables, timelines and key-figure cards of the report writer."""

    language: Language
    warnings: list[str]
    text_width: int
    cell_font: CellFont

    def _add_table(self, rows: int, cols: int) -> Any:
        """A new table, kept apart from a table just before it (Word would join the two)."""
        body = self.doc.element.body
        previous = [c for c in body if c.tag != f"{W}sectPr"][-1:]
        if previous and previous[0].tag == f"{W}tbl":
            self._para(self.doc, S.TABLE_NOTE)
        self._gap_pending = False
        return self.doc.add_table(rows=rows, cols=cols)

    def _key_value_size(self, figures: Sequence[KeyFigure], card_width: int) -> float | None:
        """A smaller size (pt) for the key figures' values when the longest word of one
        would not fit its card at the style's size, else None."""
        size, widening = style_metrics(self.doc, self._style(S.KEY_FIGURE_VALUE), 20.0)
        words = [w for figure in figures for w in _words(figure.value)]
        room = card_width / _EMU_PER_PT - _CARD_PADDING_PT
        need = max((text_width(w, size, True) * _WIDTH_SLACK * widening for w in words), default=0)
        if need <= room:
            return None
        return max(math.floor(size * room / need * 2) / 2, _TABLE_FONT_PT)

    def _key_figures(self, figures: Sequence[KeyFigure]) -> None:
        from docx.shared import Pt

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
        value_size = self._key_value_size(figures, self.text_width // cols)
        for cell, figure in zip(cells, figures, strict=False):
            value = cell.paragraphs[0]
            self._styled(value, S.KEY_FIGURE_VALUE)
            run = value.add_run(xml_safe(figure.value))
            if value_size is not None:
                run.font.size = Pt(value_size)
            self._para(cell, S.KEY_FIGURE_LABEL, figure.label)
            detail = self._para(cell, S.KEY_FIGURE_DETAIL)
            self._text_with_cites(detail, figure.detail, figure.cite)
        for cell in cells[n:]:
            _set_cell_shading(cell, WHITE)
        self._gap_pending = True

    # tables -----------------------------------------------------------------------------

    def _table_style(self, table: Any, name: str) -> None:
        style = self._style(name)
        if style is not None:
            table.style = style

    def _table_font(self, block: TableBlock) -> CellFont:
        """The template's table font, made smaller (never below Briefkit's own 9 pt) until
        no word of any column breaks and long-text columns keep three quarters of their
        share of the text column."""
        font = self.cell_font
        emus = self._requested_widths(block, warn=False)
        while font.text_size - 0.5 >= _TABLE_FONT_PT:
            if sum(_width_tiers(emus, *self._min_widths(block, font))[2]) <= self.text_width:
                break
            font = font.smaller()
        return font

    def _requested_widths(self, block: TableBlock, *, warn: bool = True) -> list[float]:
        """The widths (EMU) the table asks for, spread over the text column."""
        n = len(block.columns)
        widths = list(block.widths)
        if len(widths) != n or any(w <= 0 for w in widths):
            if warn:
                said = {"number": block.number, "title": block.title, "widths": len(widths)}
                self.warnings.append(message("table_widths_mismatch", **said, n=n))
            widths = [1.0] * n
        total = sum(widths)
        return [self.text_width * w / total for w in widths]

    def _column_widths(self, block: TableBlock, font: CellFont) -> list[int]:
        emus = self._requested_widths(block)
        for minimums in _width_tiers(emus, *self._min_widths(block, font)):
            if sum(minimums) <= self.text_width:
                emus = _widen(emus, minimums)
                break
        result = [int(w) for w in emus]
        result[-1] += self.text_width - sum(result)
        return result

    def _min_widths(
        self, block: TableBlock, font: CellFont
    ) -> tuple[list[float], list[float], list[bool], list[float]]:
        """Per column: the width (EMU) that breaks no word, the width that keeps every cell
        on one line, whether the column holds long text that wraps anyway, and the width that
        breaks no word of the heading."""
        words, whole, flexible, heads = [], [], [], []
        for c, header in enumerate(block.columns):
            cells = [row[c].strip() for row in block.rows if c < len(row)]
            measure = font.width
            head = max((measure(w, bold=True) for w in _words(header)), default=0.0)
            word = max((measure(w) for cell in cells for w in _words(cell)), default=0.0)
            line = max((measure(cell) for cell in cells), default=0.0)
            words.append(max(head, word))
            whole.append(max(head, line))
            flexible.append(max((len(cell) for cell in cells), default=0) > _SHORT_CELL_CHARS)
            heads.append(head)
        return words, whole, flexible, heads

    def _table(self, block: TableBlock) -> None:
        n = len(block.columns)
        if n == 0:
            said = {"number": block.number, "title": block.title}
            self.warnings.append(message("table_no_columns", **said))
            return
        caption = self._caption(self.language.w("table"), block.number)
        caption.paragraph_format.keep_with_next = True
        self._text_with_cites(caption, block.title, block.citations)
        rows = [tuple(row) for row in block.rows]
        if any(len(row) != n for row in rows):
            said = {"number": block.number, "title": block.title, "n": n}
            self.warnings.append(message("table_rows_mismatch", **said))
            rows = [(tuple(row) + ("",) * n)[:n] for row in rows]
        numeric = [_is_numeric([row[c] for row in rows]) for c in range(n)]
        table = self._add_table(1 + len(rows), n)
        self._table_style(table, S.TABLE)
        _set_table_look(table, first_row=True, banded=True)
        _set_table_caption(table, f"{self.language.w('table')} {block.number}: {block.title}")
        font = self._table_font(block)
        _set_table_geometry(table, self._column_widths(block, font))
        smaller = font != self.cell_font
        table_rows = list(table.rows)
        _set_row_flags(table_rows[0], header=True, cant_split=True)
        header_size = font.header_size if smaller else None
        self._fill_row(table_rows[0], block.columns, S.TABLE_HEADER, numeric, header_size)
        for row, values in zip(table_rows[1:], rows, strict=True):
            _set_row_flags(row, cant_split=sum(len(v) for v in values) <= _LONG_ROW_CHARS)
            self._fill_row(row, values, S.TABLE_TEXT, numeric, font.text_size if smaller else None)
        if block.notes:
            # Keep-with-next on the last row keeps the first note on the table's last page.
            for cell in table_rows[-1].cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
        for note in block.notes:
            self._write_runs(self._para(self.doc, S.TABLE_NOTE), note)
        self._gap_pending = not block.notes

    def _fill_row(
        self,
        row: Any,
        values: Sequence[str],
        style: str,
        numeric: Sequence[bool],
        size: float | None = None,
    ) -> None:
        """One row's cells in ``style``; ``size`` (pt) when the table's text is made smaller."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        for cell, value, is_number in zip(row.cells, values, numeric, strict=True):
            paragraph = cell.paragraphs[0]
            self._styled(paragraph, style)
            if is_number:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(xml_safe(value))
            if size is not None:
                run.font.size = Pt(size)

    def _timeline(self, block: TimelineBlock) -> None:
        if block.title.strip():
            heading = self._para(self.doc, S.HEADING_3, block.title)
            # a label of the table below in the outline (body text), not a heading a level
            # too deep under the section's: headings stay in order (the accessibility check)
            set_outline_level(heading, 9)
        if not block.entries:
            return
        table = self._add_table(len(block.entries), 2)
        self._table_style(table, S.TABLE)
        _set_table_look(table, first_row=False, banded=False)
        date_width = int(self.text_width * 0.2)
        _set_table_geometry(table, [date_width, self.text_width - date_width])
        for row, entry in zip(table.rows, block.entries, strict=True):
            _set_row_flags(row, cant_split=True)
            date_cell, text_cell = row.cells
            date = date_cell.paragraphs[0]
            self._styled(date, S.TIMELINE_DATE)
            date.add_run(xml_safe(entry.date_label))
            head = text_cell.paragraphs[0]
            self._styled(head, S.TABLE_TEXT)
            head.paragraph_format.keep_with_next = True
            head.add_run(xml_safe(entry.title)).bold = True
            if entry.disputed:
                tag = head.add_run(" \u2014 " + xml_safe(self.language.w("sources_disagree")))
                tag.bold = True
                tag.font.color.rgb = _rgb(ACCENT_INK)
                for cell in row.cells:
                    _set_cell_shading(cell, ACCENT_TINT)
            body = text_cell.add_paragraph()
            self._styled(body, S.TABLE_TEXT)
            self._write_runs(body, entry.text)
        self._gap_pending = True
        if block.citations and not any(entry.text.citations for entry in block.entries):
            note = self._para(self.doc, S.TABLE_NOTE)
            note.add_run(xml_safe(self.language.w("sources")) + ":" + NBSP)
            self._cite(note, block.citations)


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


def style_metrics(document: Any, style: Any, default_size: float) -> tuple[float, float]:
    """A python-docx paragraph style's text size (pt; ``default_size`` when nothing sets
    one) and how much wider than Arial its Latin font runs (see ``font_widening``)."""
    styles_el = document.styles.element
    element = getattr(style, "element", None)
    half_points = effective_attr(styles_el, element, "rPr", "sz")
    try:
        size = int(half_points or "") / 2
    except ValueError:
        size = default_size
    fonts = effective_fonts(styles_el, element)
    font = fonts.get("ascii")
    if "asciiTheme" in fonts:
        font = theme_font(document, "major" if "major" in fonts["asciiTheme"] else "minor")
    return size, font_widening(font)


def read_cell_font(document: Any, text_style: Any, header_style: Any) -> CellFont:
    """The ``CellFont`` of a document's Table Text and Table Header styles (python-docx
    styles, or None where the template has none)."""
    text_size, widening = style_metrics(document, text_style, _TABLE_FONT_PT)
    header_size = style_metrics(document, header_style, _TABLE_FONT_PT)[0]
    return CellFont(text_size, header_size, widening)
