"""A deck table's style, as the deck's ``ppt/tableStyles.xml`` defines it: the fill and the text
colour each cell takes from it.

A table names its style by id (``a:tableStyleId``); PowerPoint also knows built-in styles by id
that a file need not define. Only what the file defines is read: a style it does not define
gives nothing (the cell is judged as before, on its own fill only). A cell takes the style's
parts in Office's order, later ones winning: the whole table, banded columns, banded rows, last
column, first column, last row, first row and the corner cells, each only where the table's
flags (``firstRow``, ``bandRow`` ...) switch it on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefkit.render.accessibility.drawing import A, Fill, fill_of
from briefkit.render.office.parts import PackageParts
from briefkit.render.office.theme import resolve_colour

__all__ = ["CellLook", "TableStyles"]

_COLOURS = frozenset(
    f"{A}{tag}" for tag in ("srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr")
)
MAX_STYLES = 500


@dataclass(frozen=True)
class CellLook:
    """What a table style gives one cell: whether it sets a fill, the fill, its text colour."""

    filled: bool
    fill: Fill
    text: str | None


NO_LOOK = CellLook(False, [], None)


def _flag(props: Any, name: str) -> bool:
    return props is not None and props.get(name) in ("1", "true")


class TableStyles:
    """The table styles a deck defines, by id."""

    def __init__(self, parts: PackageParts) -> None:
        part = parts.related("ppt/presentation.xml", "/tableStyles")
        root = parts.xml(part) if part else None
        self.styles: dict[str, Any] = {}
        for style in (root.findall(f"{A}tblStyle") if root is not None else [])[:MAX_STYLES]:
            self.styles[str(style.get("styleId", "")).upper()] = style

    def style_of(self, table: Any) -> Any | None:
        """The style a table (``a:tbl``) names, if the deck defines it."""
        props = table.find(f"{A}tblPr")
        ident = props.findtext(f"{A}tableStyleId") if props is not None else None
        return self.styles.get((ident or "").strip().upper()) if ident else None

    def cell_look(
        self,
        table: Any,
        style: Any,
        where: tuple[int, int, int, int],
        scheme: dict[str, str],
        mapping: dict[str, str],
        theme: Any | None,
    ) -> CellLook:
        """The fill and text colour ``style`` gives the cell at (row, column) of a table of
        (rows, columns) ``where``; the latest part that sets each wins."""
        filled, text = False, None
        fill_list: Fill = []
        for name in _parts(table.find(f"{A}tblPr"), *where):
            part = style.find(f"{A}{name}")
            if part is None:
                continue
            colour = _text_colour(part.find(f"{A}tcTxStyle"), scheme, mapping)
            text = colour or text
            given, found = _cell_fill(part.find(f"{A}tcStyle"), scheme, mapping, theme)
            if given:
                filled, fill_list = True, found
        return CellLook(filled, fill_list, text)


def _parts(props: Any, row: int, col: int, rows: int, cols: int) -> list[str]:
    """The style parts that apply to a cell, lowest first."""
    first_row, last_row = _flag(props, "firstRow"), _flag(props, "lastRow")
    first_col, last_col = _flag(props, "firstCol"), _flag(props, "lastCol")
    top, bottom = row == 0 and first_row, row == rows - 1 and last_row
    left, right = col == 0 and first_col, col == cols - 1 and last_col
    found = ["wholeTbl"]
    if _flag(props, "bandCol") and not (left or right):
        found.append("band1V" if (col - first_col) % 2 == 0 else "band2V")
    if _flag(props, "bandRow") and not (top or bottom):
        found.append("band1H" if (row - first_row) % 2 == 0 else "band2H")
    found += [name for name, on in (("lastCol", right), ("firstCol", left)) if on]
    found += [name for name, on in (("lastRow", bottom), ("firstRow", top)) if on]
    corners = {
        "seCell": bottom and right,
        "swCell": bottom and left,
        "neCell": top and right,
        "nwCell": top and left,
    }
    return found + [name for name, on in corners.items() if on]


def _text_colour(style: Any, scheme: dict[str, str], mapping: dict[str, str]) -> str | None:
    """The text colour a ``tcTxStyle`` sets: its own colour, else its font reference's."""
    if style is None:
        return None
    for holder in (style, style.find(f"{A}fontRef")):
        if holder is None:
            continue
        colour = next((c for c in holder if c.tag in _COLOURS), None)
        if colour is not None:
            return resolve_colour(colour, scheme, mapping)
    return None


def _cell_fill(
    style: Any, scheme: dict[str, str], mapping: dict[str, str], theme: Any | None
) -> tuple[bool, Fill]:
    """Whether a ``tcStyle`` sets a fill, and its colours (a theme fill by reference too)."""
    if style is None:
        return False, []
    fill = style.find(f"{A}fill")
    if fill is not None:
        return fill_of(fill, scheme, mapping)
    ref = style.find(f"{A}fillRef")
    if ref is None:
        return False, []
    base = next((c for c in ref if c.tag in _COLOURS), None)
    colour = resolve_colour(base, scheme, mapping) if base is not None else None
    try:
        index = int(ref.get("idx", "0"))
    except ValueError:
        return True, None
    if index == 0:
        return True, []
    styles = (
        theme.find(f"{A}themeElements/{A}fmtScheme/{A}fillStyleLst") if theme is not None else None
    )
    if styles is None or index > len(styles):
        return True, None if colour is None else [colour]
    return fill_of([styles[index - 1]], scheme, mapping, colour)
