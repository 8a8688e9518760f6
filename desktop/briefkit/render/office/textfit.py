"""How much room text takes: a width estimate from Arial's metrics, line counts, pagination.

Slides and table cells do not grow, so the deck renderer estimates the height of text before it
places it and moves the rest to a continuation slide. The widths are Arial's (Liberation Sans
has the same metrics) in thousandths of an em; other fonts of the same kind come close enough,
and the estimate leans towards more lines rather than fewer.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["count_lines", "fit_size", "paginate", "split_to_lines", "text_width"]

T = TypeVar("T")

#: Single line height as a multiple of the font size (PowerPoint and Impress use about 1.15-1.2).
LINE_HEIGHT = 1.2
#: Fraction of a box's width that the estimate lets a line fill.
WIDTH_SLACK = 0.97
BOLD_FACTOR = 1.07

_WIDTHS: dict[str, int] = {}


def _add(chars: str, width: int) -> None:
    for c in chars:
        _WIDTHS[c] = width


_add("abdeghnopqu0123456789$#_?", 556)
_add("ckszvxy", 500)
_add("fijlt", 278)
_WIDTHS.update({"i": 222, "j": 222, "l": 222, "r": 333, "m": 833, "w": 722})
_add("ABEKPSVXY", 667)
_add("CDHNRU", 722)
_add("GOQ", 778)
_add("FTZ", 611)
_WIDTHS.update({"I": 278, "J": 500, "L": 556, "M": 833, "W": 944})
_add(" .,:;!/[]\\|", 278)
_add("()-`", 333)
_add("'", 191)
_add('"', 355)
_add("%", 889)
_add("&", 667)
_add("*", 389)
_add("+<=>~", 584)
_add("@", 1015)
_add("{}", 334)
_add("‘’‚", 222)
_add("“”„«»", 333)
_add("–€£¥№", 556)
_add("—…→←↑↓‰", 1000)
_add("·•", 350)


def _char_width(c: str) -> int:
    width = _WIDTHS.get(c)
    if width is not None:
        return width
    if unicodedata.east_asian_width(c) in "WF":
        return 1000
    category = unicodedata.category(c)
    if category == "Lu":
        return 722
    if category == "Ll":
        return 580
    if category.startswith("M"):
        return 0
    return 600


#: ``_char_width`` of every character up to U+24FF (Latin, Greek, Cyrillic, punctuation,
#: arrows...), worked out once so that measuring a word is one C-level pass over it.
_TABLE: dict[str, int] = {chr(code): _char_width(chr(code)) for code in range(0x2500)}


def _units(text: str) -> int:
    """The width of ``text`` in thousandths of an em."""
    try:
        return sum(map(_TABLE.__getitem__, text))
    except KeyError:  # a character beyond the table
        return sum(map(_char_width, text))


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """The estimated width of ``text`` on one line, in points."""
    width = _units(text) * size_pt / 1000
    return width * BOLD_FACTOR if bold else width


def split_to_lines(text: str, width_pt: float, size_pt: float, bold: bool = False) -> list[str]:
    """``text`` broken into the lines it would take in a box ``width_pt`` wide.

    Each paragraph (``\\n``) starts a new line; lines break at plain spaces only (a no-break
    space keeps its neighbours together); words wider than the box are broken.
    """
    avail = max(width_pt * WIDTH_SLACK, size_pt)
    space = text_width(" ", size_pt, bold)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        current_w = 0.0
        for word in (w for w in paragraph.split(" ") if w):
            w = text_width(word, size_pt, bold)
            if current and current_w + space + w <= avail:
                current += " " + word
                current_w += space + w
                continue
            if current:
                lines.append(current)
            while w > avail:  # a word wider than the box: break it
                cut = 1
                while cut < len(word) and text_width(word[: cut + 1], size_pt, bold) <= avail:
                    cut += 1
                lines.append(word[:cut])
                word = word[cut:]
                w = text_width(word, size_pt, bold)
            current, current_w = word, w
        lines.append(current)
    return lines


def count_lines(text: str, width_pt: float, size_pt: float, bold: bool = False) -> int:
    """How many lines ``text`` takes in a box ``width_pt`` wide (at least one)."""
    return max(1, len(split_to_lines(text, width_pt, size_pt, bold)))


def fit_size(
    text: str,
    width_pt: float,
    height_pt: float,
    size_pt: float,
    *,
    bold: bool = False,
    min_size_pt: float = 10.0,
    line_factor: float = 1.0,
    max_lines: int | None = None,
) -> float:
    """The largest size up to ``size_pt`` at which ``text`` fits the box, or ``min_size_pt``."""
    size = size_pt
    while size > min_size_pt:
        lines = count_lines(text, width_pt, size, bold)
        fits = lines * size * LINE_HEIGHT * line_factor <= height_pt
        if fits and (max_lines is None or lines <= max_lines):
            return size
        size = max(min_size_pt, size - max(1.0, math.floor(size * 0.08)))
    return min_size_pt


def paginate(
    items: Sequence[T], height_of: Callable[[T], float], capacity: float, *, balance: bool = True
) -> list[list[T]]:
    """Items in order, grouped into pages whose heights sum to at most ``capacity``.

    With ``balance`` the pages are filled evenly (30 rows over 4 pages give 8, 8, 7, 7 rather
    than 9, 9, 9, 3) without using more pages. An item taller than a whole page gets a page to
    itself; callers split such items first.
    """
    heights = [height_of(item) for item in items]
    pages = _greedy(heights, capacity)
    if balance and len(pages) > 1:
        even = _even(heights, capacity, len(pages))
        if len(even) <= len(pages):
            pages = even
    return [[items[i] for i in page] for page in pages]


def _even(heights: Sequence[float], capacity: float, count: int) -> list[list[int]]:
    """Pages that end near equal shares of the total height, none over ``capacity``."""
    total = sum(heights)
    pages: list[list[int]] = []
    page: list[int] = []
    used = done = 0.0
    for i, h in enumerate(heights):
        share = total * (len(pages) + 1) / count
        past_share = done + h / 2 > share and len(pages) < count - 1
        if page and (used + h > capacity or past_share):
            pages.append(page)
            page, used = [], 0.0
        page.append(i)
        used += h
        done += h
    if page:
        pages.append(page)
    return pages


def _greedy(heights: Sequence[float], capacity: float) -> list[list[int]]:
    pages: list[list[int]] = []
    page: list[int] = []
    used = 0.0
    for i, h in enumerate(heights):
        if page and used + h > capacity:
            pages.append(page)
            page, used = [], 0.0
        page.append(i)
        used += h
    if page:
        pages.append(page)
    return pages
