"""The metrics of the face a template names: its own, or those of the face LibreOffice uses.

``font_metrics("Calibri")`` gives Carlito's widths (the same as Calibri's), ``"Times New
Roman"`` Liberation Serif's, and so on for the metric-compatible faces; ``font_metrics.json``
holds their advance widths, made once from the font files by ``assets/fonts/make_metrics.py``
(run time needs no font file). Every face's line height is 1.2 em. A face without a
metric-compatible substitute is measured as the face LibreOffice falls back to (DejaVu Sans,
Serif or Sans Mono by the kind of face the name says), which is wide: the estimate leans
towards more lines. Arial, Helvetica and no name at all keep ``textfit.ARIAL``, the estimate
every measure had before faces were told apart.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefkit.render.office.textfit import ARIAL, LINE_HEIGHT, FontMetrics

__all__ = ["font_metrics", "known_faces"]

_DATA = Path(__file__).with_name("font_metrics.json")

#: Names (lower case) of faces measured as one of the faces in ``font_metrics.json``.
_SUBSTITUTES = {
    "liberation serif": "Liberation Serif",
    "times new roman": "Liberation Serif",
    "times": "Liberation Serif",
    "tinos": "Liberation Serif",
    "liberation mono": "Liberation Mono",
    "courier new": "Liberation Mono",
    "courier": "Liberation Mono",
    "cousine": "Liberation Mono",
    "calibri": "Carlito",
    "carlito": "Carlito",
    "cambria": "Caladea",
    "caladea": "Caladea",
    "liberation sans narrow": "Liberation Sans Narrow",
    "open sans": "Open Sans",
    "dejavu sans": "DejaVu Sans",
    "verdana": "DejaVu Sans",
    "tahoma": "DejaVu Sans",
    "bitstream vera sans": "DejaVu Sans",
    "dejavu sans condensed": "DejaVu Sans Condensed",
    "dejavu serif": "DejaVu Serif",
    "dejavu sans mono": "DejaVu Sans Mono",
}
#: Names measured as ``textfit.ARIAL``.
_ARIAL = {"", "arial", "helvetica", "liberation sans", "arimo"}
_MONO = re.compile(r"mono|courier|consol|code|typewriter|menlo|monaco|fixed")
_SERIF = re.compile(
    r"(?<!sans )serif|times|roman|georgia|garamond|cambria|antiqua|baskerville|bodoni|caslon|"
    r"palatino|schoolbook|minion|merriweather|playfair|lora|crimson|didot|bookman|constantia|"
    r"sitka|charter|perpetua|rockwell|century(?! gothic)|songti|simsun|mincho|ming|batang|"
    r"宋|明朝|仿宋|楷"
)


@functools.cache
def _data() -> dict[str, Any]:
    """``font_metrics.json``: the character ranges, and each face's widths over them."""
    data: dict[str, Any] = json.loads(_DATA.read_text(encoding="utf-8"))
    data["chars"] = [chr(c) for first, last in data["ranges"] for c in range(first, last + 1)]
    return data


def _widths(row: list[int]) -> dict[str, int]:
    """A face's widths up to U+24FF: those of ``font_metrics.json``, else Arial's estimate."""
    table = dict(ARIAL.regular)
    table.update((c, w) for c, w in zip(_data()["chars"], row, strict=True) if w >= 0)
    return table


def known_faces() -> list[str]:
    """The faces whose metrics Briefkit has (some named by their metric-compatible twin)."""
    return sorted(_data()["faces"])


def substitute(typeface: str | None) -> str:
    """The face whose metrics ``typeface`` is measured with ("Arial" for Arial's estimate)."""
    name = " ".join((typeface or "").strip().strip("'\"").lower().split())
    if name in _ARIAL:
        return "Arial"
    if name in _SUBSTITUTES:
        return _SUBSTITUTES[name]
    if _MONO.search(name):
        return "DejaVu Sans Mono"
    if _SERIF.search(name):
        return "DejaVu Serif"
    return "DejaVu Sans"


@functools.cache
def font_metrics(typeface: str | None, caps: bool = False) -> FontMetrics:
    """The metrics text in ``typeface`` is measured with (case does not matter); with ``caps``,
    of text shown in capitals (``cap="all"`` or ``"small"``): each letter as wide as its capital."""
    face = _face(substitute(typeface))
    return _capitals(face) if caps else face


@functools.cache
def _capitals(face: FontMetrics) -> FontMetrics:
    def upper(table: Mapping[str, int]) -> dict[str, int]:
        return {
            c: sum(table[u] if u in table else face.beyond(u) for u in c.upper()) for c in table
        }

    return dataclasses.replace(
        face,
        regular=upper(face.regular),
        bold=upper(face.bold),
        beyond=lambda c: sum(map(face.beyond, c.upper())),
    )


@functools.cache
def _face(face: str) -> FontMetrics:
    if face == "Arial":
        return ARIAL
    widths = _data()["faces"][face]
    regular, bold = _widths(widths["regular"]), _widths(widths["bold"])
    # LibreOffice and PowerPoint space single lines of slide text 1.2 sizes apart whatever the
    # face's own ascent, descent and gap say (measured: bench/font_lines.py, the "pitch").
    return FontMetrics(face, regular, bold, LINE_HEIGHT)
