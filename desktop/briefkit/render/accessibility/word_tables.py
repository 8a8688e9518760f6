"""What a Word table style gives a cell: its shading and its text's run properties.

A table names its style (``w:tblStyle``); the style's own ``w:tcPr``/``w:rPr`` apply to every
cell, its conditional parts (``w:tblStylePr``: banded rows and columns, first and last row and
column, corners) where the table's look (``w:tblLook``) switches them on, later ones winning in
Word's order. A style the document does not define gives nothing.
"""

from __future__ import annotations

from typing import Any

from briefkit.render.accessibility.word_styles import W, WordStyles

__all__ = ["cell_style_parts", "style_shading"]

_LOOK_BITS = {"firstRow": 0x20, "lastRow": 0x40, "firstColumn": 0x80, "lastColumn": 0x100}
_NO_BAND_BITS = {"noHBand": 0x200, "noVBand": 0x400}


def _look(table: Any) -> dict[str, bool]:
    """The table's look: which conditional parts are on (Word's defaults when unsaid)."""
    look = table.find(f"{W}tblPr/{W}tblLook")
    found = {"firstRow": True, "lastRow": False, "firstColumn": True, "lastColumn": False}
    found |= {"noHBand": False, "noVBand": True}
    if look is None:
        return found
    try:
        bits = int(str(look.get(f"{W}val", "")), 16) if look.get(f"{W}val") else None
    except ValueError:
        bits = None
    for name, bit in (_LOOK_BITS | _NO_BAND_BITS).items():
        said = look.get(f"{W}{name}")
        if said is not None:
            found[name] = said in ("1", "true", "on")
        elif bits is not None:
            found[name] = bool(bits & bit)
    return found


def _cell_place(cell: Any) -> tuple[Any, int, int, int, int] | None:
    """(table, row, column, rows, columns) of a ``w:tc``, or None."""
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    if row is None or table is None or row.tag != f"{W}tr" or table.tag != f"{W}tbl":
        return None
    rows = table.findall(f"{W}tr")
    cells = row.findall(f"{W}tc")
    return table, rows.index(row), cells.index(cell), len(rows), len(cells)


def cell_style_parts(cell: Any, styles: WordStyles) -> list[Any]:
    """The table style's parts (``w:style`` or ``w:tblStylePr`` elements, the style chain's
    base included) that apply to ``cell``, nearest (winning) first."""
    place = _cell_place(cell)
    if place is None:
        return []
    table, row, col, rows, cols = place
    named = table.find(f"{W}tblPr/{W}tblStyle")
    chain = styles.chain(str(named.get(f"{W}val"))) if named is not None else []
    if not chain:
        return []
    look = _look(table)
    top, bottom = row == 0 and look["firstRow"], row == rows - 1 and look["lastRow"]
    left, right = col == 0 and look["firstColumn"], col == cols - 1 and look["lastColumn"]
    kinds = []
    if not look["noVBand"] and not (left or right):
        kinds.append("band1Vert" if (col - look["firstColumn"]) % 2 == 0 else "band2Vert")
    if not look["noHBand"] and not (top or bottom):
        kinds.append("band1Horz" if (row - look["firstRow"]) % 2 == 0 else "band2Horz")
    kinds += [k for k, on in (("lastCol", right), ("firstCol", left)) if on]
    kinds += [k for k, on in (("lastRow", bottom), ("firstRow", top)) if on]
    corners = {
        "seCell": bottom and right,
        "swCell": bottom and left,
        "neCell": top and right,
        "nwCell": top and left,
    }
    kinds += [k for k, on in corners.items() if on]
    found: list[Any] = []
    for kind in reversed(kinds):
        for style in chain:
            part = next(
                (p for p in style.findall(f"{W}tblStylePr") if p.get(f"{W}type") == kind), None
            )
            if part is not None:
                found.append(part)
    return found + chain


def style_shading(cell: Any, styles: WordStyles) -> str | None:
    """The shading a cell takes from its table's style, if any."""
    for part in cell_style_parts(cell, styles):
        colour = styles.colour(part.find(f"{W}tcPr/{W}shd"))
        if colour:
            return colour
    return None
