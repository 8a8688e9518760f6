"""Tables on slides: cells measured, rows cut and carried over to as many slides as they need.

``TableSlides`` adds the table and timeline slides to a deck: column widths from the block's
shares (widened where a word would break), one text size for the whole table (a point less when
that saves a slide), rows taller than a slide cut into several (``_RowMeasure``), the header row
repeated on each slide, and the caption placed under the table or moved to the speaker notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.placeholder import TablePlaceholder
from pptx.util import Emu, Pt

from briefkit.compose.model import Section, TableBlock, TimelineBlock
from briefkit.messages import message
from briefkit.render.deck.flag_colours import HOUSE_FLAG, FlagColours, flag_colours
from briefkit.render.deck.geometry import SMALL_SHARE, Rect, content_area
from briefkit.render.deck.header_colours import HeaderColours, header_colours
from briefkit.render.deck.pages import SHRINK_SHARE, DeckPages
from briefkit.render.deck.placeholders import EMU_PER_PT, NS_A, NS_P, PH, extent, first, remove
from briefkit.render.deck.table_looks import TableLooks, table_looks
from briefkit.render.deck.template import DeckLayout
from briefkit.render.deck.text import Box, Line, cite_label, unique, write, write_fitted
from briefkit.render.deck.text_styles import theme_font
from briefkit.render.office.fonts import font_metrics
from briefkit.render.office.textfit import (
    ARIAL,
    FontMetrics,
    count_lines,
    paginate,
    split_to_lines,
    text_width,
)
from briefkit.render.office.theme import deck_theme

#: Table text: legible from the back of a room, small enough for an incident list.
TABLE_FONT_PT = 12.0
MIN_TABLE_FONT_PT = 10.0
WIDE_TABLE_FONT_PT = 14.0
TIMELINE_WIDTHS = (0.2, 0.8)
"""A timeline's date and event columns."""
DECK_TABLE_ROWS = 100
"""Rows a table or timeline shows on slides (about a dozen slides of an incident list); the
rest are left to the report, and the caption and a warning say so."""
CELL_MARGIN_X = Emu(54864)  # 0.06 in
CELL_MARGIN_Y = Emu(27432)  # 0.03 in


class TableSlides(DeckPages):
    """The table and timeline slides of a deck (``writer.DeckWriter`` builds the others)."""

    # -- tables

    def table_frame(self) -> tuple[Any, Rect, Box | None]:
        """The table layout's table target placeholder, where the table goes, and its caption
        box. A text placeholder's target is its text area (see ``geometry.text_area``); a table
        placeholder too small for a table (under a third of the content area's height) gives
        way to the content area."""
        layout = self.layout(DeckLayout.TABLE)
        target = first(layout, PH.TABLE, PH.OBJECT, PH.BODY)
        caption = first(layout, PH.BODY, exclude=[target])
        caption_box = self.boxes.of(caption) if caption is not None else None
        if target is None:
            return None, Rect(0, 0, 0, 0), caption_box
        place = self.boxes.area(target) or Rect.of(target)
        area = content_area(layout, self.template.cache)
        if place.height < area.height * SMALL_SHARE and area.height > place.height:
            place = area
        return target, place, caption_box

    def table(self, section: Section, block: TableBlock) -> None:
        lang = self.language
        cols = len(block.columns)
        widths = _normalised(block.widths, cols)
        header = [Cell((Line(c, bold=True),)) for c in block.columns]
        body = [
            [Cell((Line(cell),)) for cell in (*row, *([""] * (cols - len(row))))[:cols]]
            for row in block.rows
        ]
        notes = " ".join(p.cited for p in block.notes)
        shown = unique(block.citations, *(p.citations for p in block.notes))
        head = f"{lang.w('table')} {block.number}."
        sources = f"{lang.w('sources')}: {cite_label(shown)}" if shown else ""
        captions = (
            " ".join(t for t in (head, notes, sources) if t),
            " ".join(t for t in (head, sources) if t),
        )
        numeric = [  # centred: counts and dashes (not the first column, usually a date or a name)
            i > 0
            and all(
                re.fullmatch(r"[\d\s,.%+?−–—-]*", row[i] if i < len(row) else "")
                for row in block.rows
            )
            for i in range(cols)
        ]
        self.table_slides(
            section, block.title, header, body, widths, captions, notes, shown, numeric
        )

    def timeline(
        self, section: Section, block: TimelineBlock, caption: str = "", brief: bool = False
    ) -> None:
        """A timeline's slides (``caption`` before its sources, if given: in the notes when
        the caption box cannot hold both; ``brief``: each event by its title and citation, as
        ``timeline_rows``)."""
        lang = self.language
        shown = unique(block.citations, *(e.text.citations for e in block.entries))
        cited = f"{lang.w('sources')}: {cite_label(shown)}" if shown else ""
        full = " ".join(t for t in (caption, cited) if t)
        # a header row, so that a screen reader can name each cell's column
        header = [Cell((Line(lang.w(c), bold=True),)) for c in ("col_date", "col_summary")]
        self.table_slides(
            section,
            block.title or lang.w("timeline"),
            header,
            self.timeline_rows(block, brief),
            TIMELINE_WIDTHS,
            (full, cited or full),
            caption,
            shown,
            [False, False],
        )

    def timeline_rows(self, block: TimelineBlock, brief: bool = False) -> list[list[Cell]]:
        """A timeline's rows: the date, and the event (flagged when the sources disagree);
        ``brief``: the event's title with its citation, without its text."""
        lang = self.language
        rows = []
        for entry in block.entries:
            cites = cite_label(entry.text.citations) if brief else ""
            event = [Line(f"{entry.title} {cites}".strip(), bold=True)]
            if entry.disputed:
                event.append(Line(lang.w("sources_disagree"), bold=True, flag=True))
            if entry.text.runs and not brief:
                event.append(Line(entry.text.cited))
            rows.append(
                [
                    Cell((Line(entry.date_label, bold=True),), entry.disputed),
                    Cell(tuple(event), entry.disputed),
                ]
            )
        return rows

    def table_pages(
        self, header: Sequence[Cell] | None, rows: Sequence[Sequence[Cell]], widths: Sequence[float]
    ) -> int:
        """How many slides ``table_slides`` would take for these rows."""
        target, place, _ = self.table_frame()
        if target is None:
            return 0
        return len(self._table_layout(target, place, header, rows, widths)[3])

    def _table_layout(
        self,
        target: Any,
        place: Rect,
        header: Sequence[Cell] | None,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
    ) -> tuple[list[int], float, int, list[list[tuple[Sequence[Cell], int]]]]:
        """Column widths, text size, header height and the rows on each slide: the preferred
        size, or a smaller one (``table_sizes``) when that saves a slide; the largest of those
        that take the fewest."""
        frame_w, frame_h = place.width, place.height
        font = font_metrics(theme_font(target, "+mn-lt"))  # table styles take the minor face
        col_w = [int(frame_w * w) for w in widths]
        col_w[-1] = frame_w - sum(col_w[:-1])
        col_w = _fit_words(col_w, [*([header] if header is not None else []), *rows], font)
        layouts = [
            (s, *_lay_out_rows(col_w, s, header, rows, frame_h, font))
            for s in table_sizes(_table_font(col_w), self.reading_scale())
        ]
        fewest = min(len(pages) for _, _, pages in layouts)
        size, header_h, pages = next(lay for lay in layouts if len(lay[2]) == fewest)
        return col_w, size, header_h, pages

    def table_slides(
        self,
        section: Section,
        title: str,
        header: Sequence[Cell] | None,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        captions: tuple[str, str],
        notes: str,
        shown: Sequence[int],
        centred: Sequence[bool],
    ) -> None:
        """A table over as many slides as its rows need, the header row repeated on each.

        ``captions`` is the caption with the table notes and a shorter one without them, used
        when the notes do not fit under the table (they go to the speaker notes instead).
        """
        target, place, caption_box = self.table_frame()
        if target is None:  # cannot happen with a checked template
            return
        if len(rows) > DECK_TABLE_ROWS:
            rows, captions = self._cut_rows(title, rows, captions)
        col_w, size, header_h, pages = self._table_layout(target, place, header, rows, widths)
        caption = captions[0]
        if caption_box is not None and caption_box.height_of([Line(caption)]) > caption_box.height:
            caption = captions[1]
        plain = _spaced_cells(self.layout(DeckLayout.TABLE))
        flag = self.flag_colours()
        header_look = self.header_colours() if header else None
        for page, chunk in enumerate(pages):
            slide = self.new_slide(DeckLayout.TABLE)
            self.set_title(slide, self.continued(title, page))
            ph = first(slide, PH.TABLE, PH.OBJECT, PH.BODY)
            all_rows = ([(header, header_h)] if header else []) + chunk
            frame = _insert_table(slide, ph, place, len(all_rows), len(col_w))
            table = frame.table
            table.first_row = header is not None
            # Column widths and row heights go straight into the grid, the frame's size once:
            # python-pptx's setters add up the whole table again after each one.
            for grid_col, w in zip(table._tbl.tblGrid.gridCol_lst, col_w, strict=True):
                grid_col.w = Emu(w)
            frame.width = Emu(sum(col_w))
            for r, (tr, (cells, height)) in enumerate(
                zip(table._tbl.tr_lst, all_rows, strict=True)
            ):
                tr.h = Emu(height)
                for c, cell in enumerate(cells):
                    _fill_cell(table.cell(r, c), cell, size, centred[c] and r > 0, plain, flag)
                    if r == 0 and header_look is not None:
                        _colour_header(table.cell(r, c), header_look)
            frame.height = Emu(sum(h for _, h in all_rows))
            cap_ph = first(slide, PH.BODY)
            extra: list[str] = []
            if cap_ph is not None and caption:
                write_fitted(self.boxes, cap_ph, [Line(caption)])
                _place_below(cap_ph, frame)
            elif caption:
                extra.append(captions[0])
            if notes and cap_ph is not None and caption != captions[0]:
                extra.append(notes)
            self.finish(slide, shown, section.talking_points, extra)

    def table_looks(self) -> TableLooks | None:
        """The colours a table's text and cells get on the table layout (read once per
        template)."""
        partname = str(self.layout(DeckLayout.TABLE).part.partname).lstrip("/")
        key = ("table looks", partname)
        found: tuple[TableLooks | None] | None = self.template.cache.get(key)
        if found is None:
            found = (table_looks(self.template.package, self.template.path, partname),)
            self.template.cache.put(key, found)
        return found[0]

    def flag_colours(self) -> FlagColours:
        """The colours of disputed rows, from the theme of the table layout's master and the
        colour the rows' text gets (worked out once per template)."""
        partname = str(self.layout(DeckLayout.TABLE).part.partname).lstrip("/")
        key = ("flag colours", partname)
        found: FlagColours | None = self.template.cache.get(key)
        if found is None:
            theme = deck_theme(self.template.package, partname, self.template.path)
            looks = self.table_looks()
            found = flag_colours(theme, looks.row_texts if looks is not None else ())
            self.template.cache.put(key, found)
        return found

    def header_colours(self) -> HeaderColours | None:
        """The colours the header row must set itself for 4.5:1 (None: the table style's
        do), from the table layout's theme and the template's table style."""
        return header_colours(self.table_looks())

    def _cut_rows(
        self, title: str, rows: Sequence[Sequence[Cell]], captions: tuple[str, str]
    ) -> tuple[Sequence[Sequence[Cell]], tuple[str, str]]:
        """The first ``DECK_TABLE_ROWS`` rows, and the captions saying the report has them all."""
        lang = self.language
        more = lang.w(
            "deck_table_rows_left_out",
            shown=lang.number(DECK_TABLE_ROWS),
            total=lang.number(len(rows)),
        )
        said = {"title": title, "rows": len(rows), "shown": DECK_TABLE_ROWS}
        self.warnings.append(message("deck_table_rows", **said))
        long, short = (f"{c} {more}" if c else more for c in captions)
        return rows[:DECK_TABLE_ROWS], (long, short)


def _colour_header(cell: Any, look: HeaderColours) -> None:
    """Give a header cell its own fill and text colour."""
    cell.fill.solid()
    cell.fill.fore_color.theme_color = look.fill
    if look.fill_brightness:
        cell.fill.fore_color.brightness = look.fill_brightness
    for paragraph in cell.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.color.theme_color = look.text


def _place_below(caption: Any, frame: Any) -> None:
    """Move a table's caption up under the table when the table is shorter than its frame."""
    gap = Emu(91440)  # 0.1 in
    bottom = int(frame.top) + int(frame.height) + gap
    left, top, width, height = extent(caption)
    if bottom < int(top):
        caption.left, caption.top, caption.width, caption.height = left, Emu(bottom), width, height


def _insert_table(slide: Any, target: Any, place: Rect, rows: int, cols: int) -> Any:
    """A table of ``rows`` by ``cols`` in ``target`` (a table or content placeholder) or, for a
    text placeholder, in its place on the slide; at ``place`` either way."""
    kind = target.placeholder_format.type
    if kind in (PH.TABLE, PH.OBJECT):
        placeholder: Any = TablePlaceholder(target._element, target._parent)
        frame = placeholder.insert_table(rows, cols)
        if Rect.of(frame) != place:
            frame.left, frame.top = Emu(place.left), Emu(place.top)
            frame.width, frame.height = Emu(place.width), Emu(place.height)
        return frame
    remove(target)
    return slide.shapes.add_table(rows, cols, *place.extent)


# --- Table cells ------------------------------------------------------------------------------


def _spaced_cells(layout: Any) -> bool:
    """Whether table text would inherit space between paragraphs or an alignment other than
    left from the master's other text style (as a template with 24 pt spacing, right-aligned,
    has): cells then set their own."""
    style = layout.slide_master._element.find(f"{NS_P}txStyles/{NS_P}otherStyle/{NS_A}lvl1pPr")
    if style is None:
        return False
    spaced = any(
        value not in (None, "0")
        for value in (
            *(el.get("val") for el in style.iterfind(f"{NS_A}spcBef/*")),
            *(el.get("val") for el in style.iterfind(f"{NS_A}spcAft/*")),
        )
    )
    return spaced or style.get("algn") not in (None, "l", "just")


@dataclass(frozen=True)
class Cell:
    """A table cell's paragraphs; a flagged one is shaded (a disputed row)."""

    lines: tuple[Line, ...]
    flagged: bool = False


def _normalised(widths: Sequence[float], count: int) -> list[float]:
    if len(widths) != count or any(w <= 0 for w in widths):
        return [1 / count] * count
    total = sum(widths)
    return [w / total for w in widths]


def _fit_words(
    col_w: list[int], rows: Sequence[Sequence[Cell]], font: FontMetrics | None = None
) -> list[int]:
    """Widen columns where a word of the heading or of a short cell is wider than the column
    (longer words of another language: "Источники", "Сообщалось"), taking the room from the
    widest column."""
    size = _table_font(col_w)
    out = list(col_w)
    for i in range(len(out)):
        texts = [" ".join(ln.text for ln in row[i].lines) for row in rows if i < len(row)]
        short = [t for n, t in enumerate(texts) if n == 0 or len(t) <= _SHORT_CELL_CHARS]
        words = [w for t in short for w in t.split()]
        longest = max((text_width(w, size, True, font) for w in words), default=0.0)
        need = int(longest * 12700 * 1.05) + 2 * int(CELL_MARGIN_X)
        widest = max(range(len(out)), key=out.__getitem__)
        if need > out[i] and widest != i and out[widest] - (need - out[i]) > need:
            out[widest] -= need - out[i]
            out[i] = need
    return out


_SHORT_CELL_CHARS = 24
"""Cells up to this long are labels (dates, places, kinds) whose words should not break."""


def _table_font(col_w: Sequence[int]) -> float:
    """12 pt, a little less for very narrow columns, more for a table of few wide columns."""
    narrowest = min(col_w) / 914400
    if len(col_w) <= 3 and narrowest >= 1.5:
        return WIDE_TABLE_FONT_PT
    if narrowest < 0.55:
        return MIN_TABLE_FONT_PT
    if narrowest < 0.75:
        return 11.0
    return TABLE_FONT_PT


def table_sizes(size: float, reading_scale: float = 1.0) -> list[float]:
    """The sizes a table's text may take to save a slide, largest first: its own, one point
    less (not down to ``MIN_TABLE_FONT_PT``); on a slide smaller than Briefkit's own
    (``reading_scale`` < 1), in half points down to its size in proportion to the slide, as
    body text shrinks no further than ``SHRINK_SHARE`` of its size nor below the least
    table size."""
    sizes = [size] + ([size - 1] if size - 1 >= MIN_TABLE_FONT_PT + 1 else [])
    least = max(size * reading_scale, SHRINK_SHARE * size, MIN_TABLE_FONT_PT)
    step = size - 0.5
    while step >= least - 1e-9:
        sizes.append(step)
        step -= 0.5
    return sorted(set(sizes), reverse=True)


class _RowMeasure:
    """Row heights (EMU) of a table with given column widths and font size."""

    def __init__(self, col_w: Sequence[int], size: float, font: FontMetrics | None = None) -> None:
        self.inner = [(w - 2 * CELL_MARGIN_X) / EMU_PER_PT for w in col_w]
        self.size = size
        self.font = ARIAL if font is None else font
        self.line_height = self.font.line_height

    def cell_height(self, cell: Cell, col: int) -> float:
        return (
            sum(
                count_lines(line.text, self.inner[col], self.size, bool(line.bold), self.font)
                for line in cell.lines
            )
            * self.size
            * self.line_height
        )

    def height(self, row: Sequence[Cell]) -> int:
        text = max((self.cell_height(cell, c) for c, cell in enumerate(row)), default=0.0)
        return round(text * EMU_PER_PT + 2 * CELL_MARGIN_Y + EMU_PER_PT * 2)

    def split(self, row: Sequence[Cell], room: int) -> list[Sequence[Cell]]:
        """The row, cut into several rows if it is taller than a whole table."""
        if self.height(row) <= room:
            return [row]
        per_row = max(
            1,
            int(
                (room - 2 * CELL_MARGIN_Y - EMU_PER_PT * 2)
                / EMU_PER_PT
                / (self.size * self.line_height)
            ),
        )
        columns: list[list[Cell]] = []
        for c, cell in enumerate(row):
            wrapped = [  # (which paragraph, one wrapped line of it)
                (n, text)
                for n, line in enumerate(cell.lines)
                for text in split_to_lines(
                    line.text, self.inner[c], self.size, bool(line.bold), self.font
                )
            ]
            parts: list[Cell] = []
            for i in range(0, len(wrapped), per_row):
                piece = wrapped[i : i + per_row]
                merged = [
                    Line(
                        " ".join(t for m, t in piece if m == n),
                        cell.lines[n].level,
                        cell.lines[n].cites,
                        cell.lines[n].bold,
                        cell.lines[n].flag,
                    )
                    for n in dict.fromkeys(m for m, _ in piece)
                ]
                parts.append(Cell(tuple(merged), cell.flagged))
            columns.append(parts)
        count = max(len(parts) for parts in columns)
        return [
            [parts[i] if i < len(parts) else Cell(()) for parts in columns] for i in range(count)
        ]


def _lay_out_rows(
    col_w: Sequence[int],
    size: float,
    header: Sequence[Cell] | None,
    rows: Sequence[Sequence[Cell]],
    frame_h: int,
    font: FontMetrics | None = None,
) -> tuple[int, list[list[tuple[Sequence[Cell], int]]]]:
    """The header height and the rows (with heights) on each slide, at text size ``size``."""
    measure = _RowMeasure(col_w, size, font)
    header_h = measure.height(header) if header else 0
    room = frame_h - header_h
    fitted = [(part, measure.height(part)) for row in rows for part in measure.split(row, room)]
    return header_h, paginate(fitted, lambda r: float(r[1]), float(room))


def _fill_cell(
    cell: Any,
    content: Cell,
    size: float,
    centred: bool,
    plain: bool = False,
    flag: FlagColours = HOUSE_FLAG,
) -> None:
    """Write a cell's lines at ``size``; with ``plain``, left-aligned with no space between
    paragraphs whatever the template's other text style says (see ``_spaced_cells``); a
    flagged cell shaded and its flagged lines coloured as ``flag`` says."""
    cell.margin_left = cell.margin_right = CELL_MARGIN_X
    cell.margin_top = cell.margin_bottom = CELL_MARGIN_Y
    cell.vertical_anchor = MSO_ANCHOR.TOP
    lines = list(content.lines) or [Line("")]
    write(cell.text_frame, lines, [size] * max(1, len(content.lines)), flag)
    for paragraph in cell.text_frame.paragraphs:
        if centred:
            paragraph.alignment = PP_ALIGN.CENTER
        elif plain:
            paragraph.alignment = PP_ALIGN.LEFT
        if plain:
            paragraph.space_before = paragraph.space_after = Pt(0)
    if content.flagged:
        cell.fill.solid()
        cell.fill.fore_color.theme_color = flag.fill
        if flag.fill_brightness:
            cell.fill.fore_color.brightness = flag.fill_brightness
