"""How much room text takes: a width estimate from a font's metrics, line counts, pagination.

Slides and table cells do not grow, so the deck renderer estimates the height of text before it
places it and moves the rest to a continuation slide. Widths are in thousandths of an em: by
default Arial's (Liberation Sans has the same metrics, ``ARIAL``); a ``FontMetrics`` of another
face (``office.fonts.font_metrics``) gives that face's widths and line height. The estimate
leans towards more lines rather than fewer.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

__all__ = [
    "ARIAL",
    "FontMetrics",
    "count_lines",
    "fit_size",
    "paginate",
    "split_to_lines",
    "text_width",
]

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


@dataclass(frozen=True, eq=False)
class FontMetrics:
    """One face's advance widths (thousandths of an em) and single line height (in ems).

    ``regular`` and ``bold`` cover every character up to U+24FF, so that measuring a word is
    one C-level pass over it; ``beyond`` measures the rest. ``bold_factor`` widens ``bold``
    (for a face whose bold widths are not known, as Arial's estimate).
    """

    name: str
    regular: Mapping[str, int] = field(repr=False)
    bold: Mapping[str, int] = field(repr=False)
    line_height: float
    bold_factor: float = 1.0
    beyond: Callable[[str], int] = field(default=_char_width, repr=False)

    def units(self, text: str, bold: bool = False) -> int:
        """The width of ``text`` in thousandths of an em."""
        table = self.bold if bold else self.regular
        try:
            return sum(map(table.__getitem__, text))
        except KeyError:  # a character beyond the table
            return sum(table[c] if c in table else self.beyond(c) for c in text)


#: Arial's estimate (Liberation Sans has the same widths), the default of every measure here.
ARIAL = FontMetrics("Arial", _TABLE, _TABLE, LINE_HEIGHT, BOLD_FACTOR)


def text_width(
    text: str, size_pt: float, bold: bool = False, font: FontMetrics | None = None
) -> float:
    """The estimated width of ``text`` on one line, in points (in Arial unless ``font``)."""
    metrics = ARIAL if font is None else font
    table = metrics.bold if bold else metrics.regular
    try:
        units = sum(map(table.__getitem__, text))
    except KeyError:  # a character beyond the table
        units = metrics.units(text, bold)
    width = units * size_pt / 1000
    return width * metrics.bold_factor if bold else width


def _measure(size_pt: float, bold: bool, font: FontMetrics | None) -> Callable[[str], float]:
    """``text_width`` for one size, weight and face, with its table looked up once."""
    metrics = ARIAL if font is None else font
    get = (metrics.bold if bold else metrics.regular).__getitem__
    factor = metrics.bold_factor if bold else 1.0

    def width(text: str) -> float:
        try:
            units = sum(map(get, text))
        except KeyError:  # a character beyond the table
            units = metrics.units(text, bold)
        return units * size_pt / 1000 * factor

    return width


#: Where a word wider than its box breaks first (after the mark).
HYPHENS = ("-", "\u2010", "\u2013")


def split_to_lines(
    text: str,
    width_pt: float,
    size_pt: float,
    bold: bool = False,
    font: FontMetrics | None = None,
) -> list[str]:
    """``text`` broken into the lines it would take in a box ``width_pt`` wide.

    Each paragraph (``\\n``) starts a new line; lines break at plain spaces only (a no-break
    space keeps its neighbours together); words wider than the box are broken, after their last
    hyphen that fits where they have one.
    """
    avail = max(width_pt * WIDTH_SLACK, size_pt)
    measure = _measure(size_pt, bold, font)
    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        current_w = 0.0
        for word in (w for w in paragraph.split(" ") if w):
            w = measure(word)
            if current and current_w + space + w <= avail:
                current += " " + word
                current_w += space + w
                continue
            if current:
                lines.append(current)
            while w > avail:  # a word wider than the box: break it, after a hyphen if it can
                cut = 1
                while cut < len(word) and measure(word[: cut + 1]) <= avail:
                    cut += 1
                hyphen = max(word.rfind(mark, 0, cut) for mark in HYPHENS)
                if 0 < hyphen < len(word) - 1:  # as LibreOffice does: "Counter-" / "terrorism"
                    cut = hyphen + 1
                lines.append(word[:cut])
                word = word[cut:]
                w = measure(word)
            current, current_w = word, w
        lines.append(current)
    return lines


def count_lines(
    text: str,
    width_pt: float,
    size_pt: float,
    bold: bool = False,
    font: FontMetrics | None = None,
) -> int:
    """How many lines ``text`` takes in a box ``width_pt`` wide (at least one)."""
    return max(1, len(split_to_lines(text, width_pt, size_pt, bold, font)))


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
    font: FontMetrics | None = None,
) -> float:
    """The largest size up to ``size_pt`` at which ``text`` fits the box, or ``min_size_pt``."""
    size = size_pt
    line_height = LINE_HEIGHT if font is None else font.line_height
    while size > min_size_pt:
        lines = count_lines(text, width_pt, size, bold, font)
        fits = lines * size * line_height * line_factor <= height_pt
        if fits and (max_lines is None or lines <= max_lines):
            return size
        size = max(min_size_pt, size - max(1.0, math.floor(size * 0.08)))
    return min_size_pt


def paginate(
    items: Sequence[T],
    height_of: Callable[[T], float],
    capacity: float,
    *,
    balance: bool = True,
    single: Callable[[T], bool] | None = None,
) -> list[list[T]]:
    """Items in order, grouped into pages whose heights sum to at most ``capacity``.

    With ``balance`` the pages are filled evenly (30 rows over 4 pages give 8, 8, 7, 7 rather
    than 9, 9, 9, 3) without using more pages, and no page after the first is left with a
    single item (of those ``single`` says are one: every item when None) where the previous
    page can spare one (``_no_lone_items``). An item taller than a whole page gets a page to
    itself; callers split such items first.
    """
    heights = [height_of(item) for item in items]
    pages = _greedy(heights, capacity)
    if balance and len(pages) > 1:
        even = _even(heights, capacity, len(pages))
        if len(even) <= len(pages):
            pages = even
        lone = [True] * len(items) if single is None else [single(item) for item in items]
        _no_lone_items(pages, heights, capacity, lone)
    return [[items[i] for i in page] for page in pages]


def _no_lone_items(
    pages: list[list[int]], heights: Sequence[float], capacity: float, lone: Sequence[bool]
) -> None:
    """Give a continued page holding a single item (one that would look ``lone`` there) the
    previous page's last one too, where it fits and the previous page keeps two items or more
    (the first page, one or more)."""
    for n in range(1, len(pages)):
        page, before = pages[n], pages[n - 1]
        if len(page) != 1 or not lone[page[0]] or len(before) < (2 if n == 1 else 3):
            continue
        if heights[before[-1]] + heights[page[0]] <= capacity:
            page.insert(0, before.pop())


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
