"""How many pages a written report takes, estimated without laying it out.

``estimate_pages`` walks a python-docx document as a word processor would fill its pages:
each paragraph's lines in its font's real widths (``office.fonts``: a template's Times New Roman
measured as Liberation Serif, and so on) at its size, line spacing (on the line grid where the
page has one), indents and space before and after; pictures at their size; table rows at the
height of their tallest cell; page breaks before paragraphs and headings kept with what follows.
Paragraphs break between lines (two at least on each page), pictures and table rows do not.
Used by ``briefkit check`` to say how many pages a bundled topic takes with a report template;
on the report corpus it comes within a page or two of LibreOffice's count (see
``bench/template_corpus.py``, which prints both).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from briefkit.render.office.fonts import font_metrics
from briefkit.render.office.textfit import FontMetrics, count_lines
from briefkit.render.report.house_style import W_NS
from briefkit.render.report.style_chain import (
    effective_attr,
    effective_fonts,
    line_grid,
    merged_attrs,
    named_style,
    theme_font,
)

__all__ = ["estimate_pages", "paragraph_height", "placements"]

_W = f"{{{W_NS}}}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU_PER_PT = 12700
_SINGLE = 1.15  # a single line of a word processor, in font sizes (LibreOffice: 1.13-1.17)
_CELL_PADDING = 4.0  # pt above and below a table cell's text
_CELL_MARGINS = 216  # twips: a cell's left and right margins (Word's default, 108 each)
_TAB = "    "


@dataclass(frozen=True)
class _Look:
    """What a paragraph style says about the room its text takes."""

    size: float
    line: float  # a multiple of single spacing, or points when ``exact``/``at_least``
    rule: str
    before: float
    after: float
    left: float
    right: float
    page_break: bool
    keep_next: bool
    bold: bool
    snap: bool
    font: FontMetrics


def _twips(attrs: dict[str, str], key: str) -> float:
    try:
        return int(attrs.get(key, "0")) / 20
    except ValueError:
        return 0.0


def _on(element: Any) -> bool | None:
    if element is None:
        return None
    return element.get(f"{_W}val", "true") not in ("0", "false", "off")


class _Pages:
    """The page filling of one document."""

    def __init__(self, document: Any) -> None:
        self.styles_el = document.styles.element
        self.by_id = {s.get(f"{_W}styleId"): s for s in self.styles_el.iterchildren(f"{_W}style")}
        self.normal = named_style(self.styles_el, "Normal")
        section = document.sections[-1]
        self.width = ((section.page_width or 0) - (section.left_margin or 0)
                      - (section.right_margin or 0)) / _EMU_PER_PT  # fmt: skip
        self.height = ((section.page_height or 0) - (section.top_margin or 0)
                       - (section.bottom_margin or 0)) / _EMU_PER_PT  # fmt: skip
        if self.width <= 0 or self.height <= 0:
            self.width, self.height = 481.0, 697.0  # A4 with 2.5 cm margins
        pitch = line_grid(section._sectPr)
        self.grid = None if pitch is None else pitch / 20
        self.themes = {
            "major": theme_font(document, "major"),
            "minor": theme_font(document, "minor"),
        }
        self.looks: dict[str | None, _Look] = {}
        self.pages = 0
        self.used = 0.0
        self.held: list[float] = []  # heights of paragraphs kept with the next block

    # styles -------------------------------------------------------------------------------

    def look(self, style_id: str | None) -> _Look:
        if style_id not in self.looks:
            style = self.by_id.get(style_id) if style_id else self.normal
            self.looks[style_id] = self._look(style if style is not None else self.normal)
        return self.looks[style_id]

    def _look(self, style: Any) -> _Look:
        styles = self.styles_el

        def attrs(part: str, tag: str) -> dict[str, str]:
            return merged_attrs(styles, style, part, tag)

        def flag(part: str, tag: str) -> bool:
            value = effective_attr(styles, style, part, tag)
            return value is not None and value not in ("0", "false", "off")

        spacing, ind = attrs("pPr", "spacing"), attrs("pPr", "ind")
        size = attrs("rPr", "sz").get("val", "20")
        line, rule = spacing.get("line", "240"), spacing.get("lineRule", "auto")
        return _Look(
            size=int(size) / 2 if size.isdigit() else 10.0,
            line=(int(line) / 240 if rule == "auto" else int(line) / 20) if line.isdigit() else 1,
            rule=rule,
            before=_twips(spacing, "before"),
            after=_twips(spacing, "after"),
            left=_twips(ind, "left") or _twips(ind, "start"),
            right=_twips(ind, "right") or _twips(ind, "end"),
            page_break=flag("pPr", "pageBreakBefore"),
            keep_next=flag("pPr", "keepNext"),
            bold=flag("rPr", "b"),
            snap=effective_attr(styles, style, "pPr", "snapToGrid") not in ("0", "false", "off"),
            font=self._font(style),
        )

    def _font(self, style: Any) -> FontMetrics:
        fonts = effective_fonts(self.styles_el, style)
        name = fonts.get("ascii") or fonts.get("hAnsi")
        theme = fonts.get("asciiTheme") or fonts.get("hAnsiTheme")
        if name is None and theme:
            name = self.themes["major" if theme.startswith("major") else "minor"]
        return font_metrics(name)

    # measuring ----------------------------------------------------------------------------

    def line_height(self, look: _Look, size: float) -> float:
        single = size * _SINGLE
        if look.rule == "exact":
            height = look.line
        elif look.rule == "atLeast":
            height = max(look.line, single)
        else:
            height = single * look.line
        if self.grid and look.snap:
            height = self.grid * max(1, math.ceil(height / self.grid - 0.01))
        return height

    def paragraph(self, p: Any, width: float) -> tuple[_Look, float, int, float, float]:
        """(look, line height, lines, pictures' height, space before + after) of ``p``."""
        p_pr = p.find(f"{_W}pPr")
        style = None if p_pr is None else p_pr.find(f"{_W}pStyle")
        look = self.look(None if style is None else style.get(f"{_W}val"))
        own = {} if p_pr is None else _own(p_pr)
        before = _twips(own, "before") if "before" in own else look.before
        after = _twips(own, "after") if "after" in own else look.after
        if "line" in own and own["line"].isdigit():
            rule = own.get("lineRule", "auto")
            line = int(own["line"]) / (240 if rule == "auto" else 20)
            look = _replace_line(look, line, rule)
        sizes = [int(v) / 2 for v in _run_sizes(p)]
        size = max(sizes) if sizes else look.size
        text = "".join(_texts(p))
        pictures = sum(int(e.get("cy", "0")) for e in p.iter(f"{_WP}extent")) / _EMU_PER_PT
        room = max(width - look.left - look.right, size * 4)
        lines = count_lines(text, room, size, look.bold, look.font) if text or not pictures else 0
        return look, self.line_height(look, size), lines, pictures, before + after

    def paragraph_height(self, p: Any, width: float) -> float:
        _, line, lines, pictures, space = self.paragraph(p, width)
        return line * lines + pictures + space

    def cell_height(self, cell: Any, width: float) -> float:
        height = 0.0
        for child in cell:
            if child.tag == f"{_W}p":
                height += self.paragraph_height(child, width)
            elif child.tag == f"{_W}tbl":
                height += sum(self.row_heights(child, width))
        return height + 2 * _CELL_PADDING

    def row_heights(self, table: Any, width: float) -> Iterator[float]:
        grid = [int(c.get(f"{_W}w", "0")) / 20 for c in table.iter(f"{_W}gridCol")]
        for row in table.iterchildren(f"{_W}tr"):
            heights, column = [0.0], 0
            for cell in row.iterchildren(f"{_W}tc"):
                span_el = cell.find(f"{_W}tcPr/{_W}gridSpan")
                span = int(span_el.get(f"{_W}val", "1")) if span_el is not None else 1
                cell_width = sum(grid[column : column + span]) or width / max(len(grid), 1)
                column += span
                heights.append(self.cell_height(cell, cell_width - _CELL_MARGINS / 20))
            yield max(heights)

    # filling pages ------------------------------------------------------------------------

    def new_page(self) -> None:
        self.pages += 1
        self.used = 0.0

    def place(self, first: float, rest: list[float]) -> None:
        """A block whose first unit is ``first`` high (kept with the held paragraphs) and
        whose other units (lines or rows) may go on to the next pages."""
        held = sum(self.held)
        self.held = []
        if self.used > 0 and self.used + held + first > self.height:
            self.new_page()
        self.used += held
        for unit in (first, *rest):
            if self.used > 0 and self.used + unit > self.height:
                self.new_page()
            self.used += unit

    def add_paragraph(self, p: Any) -> None:
        look, line, lines, pictures, space = self.paragraph(p, self.width)
        own_break = p.find(f"{_W}pPr/{_W}pageBreakBefore")
        breaks = _on(own_break) if own_break is not None else look.page_break
        page_break = any(br.get(f"{_W}type") == "page" for br in p.iter(f"{_W}br"))
        if (breaks or page_break) and (self.used > 0 or self.held):
            self.held = []
            self.new_page()
        height = line * lines + pictures + space
        own_keep = p.find(f"{_W}pPr/{_W}keepNext")
        keep = _on(own_keep) if own_keep is not None else look.keep_next
        if keep and height < self.height / 3:
            self.held.append(height)
            return
        if pictures or lines <= 3:
            self.place(height, [])
            return
        # two lines at least on each page (widow and orphan control)
        first = space / 2 + 2 * line
        self.place(first, [line] * (lines - 4) + [2 * line + space / 2])

    def add_table(self, table: Any) -> None:
        rows = list(self.row_heights(table, self.width))
        if rows:
            self.place(rows[0], rows[1:])

    def fill(self, body: Any) -> int:
        for child in body:
            if child.tag == f"{_W}p":
                self.add_paragraph(child)
            elif child.tag == f"{_W}tbl":
                self.add_table(child)
            elif child.tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    self.fill(content)
        return self.pages + (1 if self.used > 0 or self.held else 0)


def _own(p_pr: Any) -> dict[str, str]:
    spacing = p_pr.find(f"{_W}spacing")
    if spacing is None:
        return {}
    return {k.split("}")[-1]: v for k, v in spacing.attrib.items()}


def _replace_line(look: _Look, line: float, rule: str) -> _Look:
    import dataclasses

    return dataclasses.replace(look, line=line, rule=rule)


def _run_sizes(p: Any) -> Iterator[str]:
    for size in p.iter(f"{_W}sz"):
        value = size.get(f"{_W}val", "")
        if value.isdigit() and size.getparent().getparent().tag == f"{_W}r":
            yield value


def _texts(p: Any) -> Iterator[str]:
    for node in p.iter(f"{_W}t", f"{_W}tab"):
        if node.tag == f"{_W}tab":
            if node.getparent().tag == f"{_W}r":
                yield _TAB
        elif node.text:
            yield node.text


def estimate_pages(document: Any) -> int:
    """The number of pages a python-docx ``document`` fills, estimated (see the module)."""
    return _Pages(document).fill(document.element.body)


def placements(document: Any) -> tuple[list[tuple[int, float]], float]:
    """Where each element of the body starts, estimated: (page index from 0, points of that
    page used above it) for each, and the height of a page's text column in points."""
    pages = _Pages(document)
    marks = []
    for child in document.element.body:
        marks.append((pages.pages, pages.used + sum(pages.held)))
        pages.fill([child])
    return marks, pages.height


def paragraph_height(document: Any, paragraph: Any) -> float:
    """The estimated height of one paragraph element of the body, in points."""
    pages = _Pages(document)
    return pages.paragraph_height(paragraph, pages.width)
