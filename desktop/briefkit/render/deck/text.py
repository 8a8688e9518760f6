"""Text on slides: the lines a slide shows, the room a placeholder has, writing and fitting.

A ``Line`` is one paragraph to write (text, list level, the sources it cites, emphasis); a
``Box`` is a text placeholder's room for text with the list styles it inherits (``Boxes`` works
them out once per template). Long paragraphs become a first sentence with the rest beneath it
(``bullets``). ``write`` replaces a text frame's paragraphs in plain lxml calls; the ``fit_*``
and ``write_*`` helpers measure text with ``office.textfit`` and shrink it (never below a floor)
so it stays inside its placeholder. Used by the deck writer and its pages and tables.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pptx.oxml.ns import qn
from pptx.oxml.text import CT_RegularTextRun
from pptx.parts.slide import SlideLayoutPart
from pptx.text.text import Font
from pptx.util import Emu, Pt

from briefkit.compose.model import Cite, Paragraph, Text
from briefkit.render.deck.flag_colours import HOUSE_FLAG, FlagColours
from briefkit.render.deck.geometry import Rect, text_area
from briefkit.render.deck.placeholders import EMU_PER_PT, extent
from briefkit.render.deck.template import TemplateCache
from briefkit.render.deck.text_styles import (
    LevelStyle,
    box_insets,
    exact_line_spacing,
    inheritance_key,
    level_style,
)
from briefkit.render.office.textfit import (
    WIDTH_SLACK,
    count_lines,
    fit_size,
    text_width,
)
from briefkit.render.office.xmltext import xml_safe

#: Paragraphs longer than this become one bullet per sentence.
LONG_BULLET_CHARS = 200
#: Share of a text box the estimate may fill (renderers differ a little).
FILL = 0.96


# --- Small data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One paragraph to write: text, list level, the sources it cites, emphasis."""

    text: str
    level: int = 0
    cites: tuple[int, ...] = ()
    bold: bool | None = None
    flag: bool = False  # drawn in the accent colour (disputed entries)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _glue_citations(self.text))


@dataclass(frozen=True)
class Box:
    """A text placeholder's room for text, in points, its level styles and its insets, and
    whether its line spacing is in points."""

    width: float
    height: float
    styles: tuple[LevelStyle, ...]
    insets: tuple[float, float, float, float]
    exact_spacing: bool = False  # line spacing in points (see ``fit_single``)

    @classmethod
    def of(cls, placeholder: Any, area: Rect | None = None) -> Box:
        """The room of ``placeholder``, or of ``area`` with its styles (where it is resized)."""
        insets = left, top, right, bottom = box_insets(placeholder)
        _, _, width, height = area.extent if area is not None else extent(placeholder)
        return cls(
            width=width / EMU_PER_PT - left - right,
            height=(height / EMU_PER_PT - top - bottom) * FILL,
            styles=tuple(level_style(placeholder, n) for n in range(3)),
            insets=insets,
            exact_spacing=exact_line_spacing(placeholder),
        )

    def style(self, level: int) -> LevelStyle:
        return self.styles[min(level, len(self.styles) - 1)]

    def line_height(self, line: Line, scale: float = 1.0, spacing: float = 1.0) -> float:
        """Height of ``line`` at ``scale`` times its size and ``spacing`` times its line
        spacing (auto-fit's line-spacing reduction)."""
        st = self.style(line.level)
        size = st.size * scale
        bold = st.bold if line.bold is None else line.bold
        font = st.metrics
        lines = count_lines(line.text, self.width - st.margin_left, size, bold, font)
        pitch = size * font.line_height * st.line_factor * spacing
        return lines * pitch + st.space_before * scale

    def height_of(self, lines: Sequence[Line], scale: float = 1.0, spacing: float = 1.0) -> float:
        return sum(self.line_height(line, scale, spacing) for line in lines)


class Boxes:
    """``Box.of`` placeholders, worked out once for all that inherit the same.

    A box takes the insets, list styles and size a placeholder inherits from its layout and
    master, found by walking them, and text is measured in the same few placeholders again and
    again. Kept in the template's cache under ``inheritance_key``, so for every deck.

    A layout's placeholder is measured in its text area (``geometry.text_area``: the content
    area where the box is auto-fit or implausibly small), as its slides' placeholders are
    resized (``resize``); a resized one is kept under its inherited key and its area.
    """

    def __init__(self, cache: TemplateCache) -> None:
        self.cache = cache
        self._resized: dict[Any, tuple[tuple[Any, ...] | None, Rect]] = {}

    def resize(self, placeholder: Any, area: Rect) -> None:
        """Give a slide placeholder ``area`` (its text stays in it, styled by the theme);
        measured at that size from then on."""
        key = inheritance_key(placeholder)  # before it has a place of its own
        placeholder.left, placeholder.top = Emu(area.left), Emu(area.top)
        placeholder.width, placeholder.height = Emu(area.width), Emu(area.height)
        self._resized[placeholder._element] = (key, area)

    def area(self, placeholder: Any) -> Rect | None:
        """Where a layout's placeholder really has room for text, or a slide's was resized
        to; None when that is its own box."""
        resized = self._resized.get(placeholder._element)
        if resized is not None:
            return resized[1]
        if not isinstance(placeholder.part, SlideLayoutPart):
            return None
        area = text_area(placeholder, self.cache)
        return area if area.area and area != Rect.of(placeholder) else None

    def of(self, placeholder: Any) -> Box:
        resized = self._resized.get(placeholder._element)
        key = inheritance_key(placeholder) if resized is None else resized[0]
        if key is None:
            return Box.of(placeholder, self.area(placeholder))
        if resized is not None:
            key = (*key, resized[1].extent)
        box: Box | None = self.cache.get(("box", key))
        if box is None:
            box = Box.of(placeholder, self.area(placeholder))
            self.cache.put(("box", key), box)
        return box


def unique(*groups: Iterable[int]) -> tuple[int, ...]:
    seen: dict[int, None] = {}
    for group in groups:
        seen.update(dict.fromkeys(group))
    return tuple(seen)


def cite_label(numbers: Sequence[int]) -> str:
    return Cite(tuple(numbers)).label() if numbers else ""


# --- Sentences --------------------------------------------------------------------------------

_END = re.compile(r"[.!?][\"”’)]?(?: ?\[[\d,;A-F? ]+\])?\.?(?=\s+[\"“‘(\dA-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "vs",
    "e.g",
    "i.e",
    "gen",
    "col",
    "lt",
    "u.s",
    "u.n",
    "jan",
    "feb",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "etc",
}


def _cited_with_offsets(paragraph: Paragraph) -> tuple[str, list[tuple[int, tuple[int, ...]]]]:
    """The paragraph as printed, with the character offset of each citation marker."""
    text = ""
    marks: list[tuple[int, tuple[int, ...]]] = []
    for run in paragraph.runs:
        if isinstance(run, Text):
            text += run.text
        else:
            text = text.rstrip() + " "
            marks.append((len(text), run.numbers))
            text += run.label()
    stripped = len(text) - len(text.lstrip())
    return text.strip(), [(pos - stripped, nums) for pos, nums in marks]


def bullets(paragraph: Paragraph) -> list[Line]:
    """A paragraph as one bullet; a long one as its first sentence with the rest beneath it."""
    text, marks = _cited_with_offsets(paragraph)
    if len(text) <= LONG_BULLET_CHARS:
        return [Line(text, 0, paragraph.citations)]
    cuts = [0]
    for match in _END.finditer(text):
        before = text[: match.start() + 1].rsplit(None, 1)
        word = before[-1].rstrip(".").lower() if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    lines: list[Line] = []
    for start, end in itertools.pairwise(cuts):
        sentence = text[start:end].strip()
        if sentence:
            nums = unique(*(n for pos, n in marks if start <= pos < end))
            lines.append(Line(sentence, 1 if lines else 0, nums))
    return lines


# --- Writing and fitting ----------------------------------------------------------------------


_MARKER = re.compile(r" +\[(\d+(?:, ?[A-F?]?\d*)*(?:; \d+(?:, ?[A-F?]?\d*)?)*)\]")


def _glue_citations(text: str) -> str:
    """Keep a citation marker whole and on the line of the word it cites (no-break spaces)."""
    return _MARKER.sub(
        lambda m: "\u00a0[" + m.group(1).replace(", ", ",\u00a0").replace("; ", ";\u00a0") + "]",
        text,
    )


_A_P, _A_PPR, _A_R, _A_T, _A_BR, _A_FLD, _A_RPR, _A_END = (
    qn(f"a:{tag}") for tag in ("p", "pPr", "r", "t", "br", "fld", "rPr", "endParaRPr")
)


def _insert(parent: Any, tag: str, successors: Sequence[str]) -> Any:
    """A new ``tag`` child of ``parent``, before the first of ``successors`` (as python-pptx
    places it), else last."""
    child = parent.makeelement(tag)
    following = next((c for c in parent if c.tag in successors), None)
    if following is None:
        parent.append(child)
    else:
        following.addprevious(child)
    return child


def write(
    text_frame: Any,
    lines: Sequence[Line],
    sizes: Sequence[float] | None = None,
    flag: FlagColours = HOUSE_FLAG,
) -> None:
    """Replace the text of ``text_frame`` with ``lines`` (one paragraph each); a flagged line
    in ``flag``'s text colour.

    Makes the XML python-pptx's ``clear``, ``add_paragraph``, ``add_run``, ``add_line_break``
    and ``font`` would, in plain lxml calls (they took a sixth of the time of a deck); the
    attributes are still set through python-pptx's element classes.
    """
    body = text_frame._txBody
    first, *others = body.findall(_A_P)
    for other in others:
        body.remove(other)
    for child in list(first):
        if child.tag in (_A_R, _A_BR, _A_FLD):
            first.remove(child)
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else _insert(body, _A_P, ())
        ppr = paragraph.find(_A_PPR)
        if ppr is None:
            ppr = _insert(paragraph, _A_PPR, (_A_R, _A_BR, _A_FLD, _A_END))
        ppr.lvl = min(line.level, 8)
        text = _glue_citations(xml_safe(line.text).replace("\r\n", "\n").replace("\r", "\n"))
        for j, part in enumerate(text.split("\n")):
            if j:
                _insert(paragraph, _A_BR, (_A_END,))
            run = _insert(paragraph, _A_R, (_A_END,))
            t = run.makeelement(_A_T)
            run.append(t)
            t.text = CT_RegularTextRun._escape_ctrl_chars(part)
            if sizes is None and line.bold is None and not line.flag:
                continue
            rpr = run.makeelement(_A_RPR)
            t.addprevious(rpr)
            if sizes is not None:
                rpr.sz = Pt(sizes[i]).centipoints
            if line.bold is not None:
                rpr.b = line.bold
            if line.flag:
                color = Font(rpr).color
                color.theme_color = flag.text
                if flag.text_brightness:
                    color.brightness = flag.text_brightness


def fit_scale(
    boxes: Boxes,
    placeholder: Any,
    lines: Sequence[Line],
    min_scale: float = 0.5,
    whole_words: bool = False,
) -> float:
    """The largest scale (1.0 down to ``min_scale``, in steps of 5 %) at which ``lines`` fit
    the placeholder (with ``whole_words``, also without breaking a word); 0.0 if they do not
    fit even at ``min_scale``."""
    return fit_scale_spacing(boxes, placeholder, lines, min_scale, whole_words=whole_words)[0]


def fit_scale_spacing(
    boxes: Boxes,
    placeholder: Any,
    lines: Sequence[Line],
    min_scale: float = 0.5,
    spacings: Sequence[float] = (1.0,),
    *,
    whole_words: bool = False,
) -> tuple[float, float]:
    """The largest scale (as ``fit_scale``), then the widest of ``spacings`` (shares of the
    line spacing, as auto-fit reduces it), at which ``lines`` fit the placeholder; (0.0, 1.0)
    if they do not fit even at ``min_scale`` and the least spacing."""
    box = boxes.of(placeholder)
    scale = 1.0
    while scale >= min_scale - 1e-9:
        for spacing in spacings:
            fits = box.height_of(lines, scale, spacing) <= box.height
            if fits and (not whole_words or _words_fit(box, lines, scale)):
                return scale, spacing
        scale = round(scale - 0.05, 2)
    return 0.0, 1.0


def _words_fit(box: Box, lines: Sequence[Line], scale: float) -> bool:
    """True when no word of ``lines`` is wider than the box at ``scale`` (none is broken)."""
    for line in lines:
        st = box.style(line.level)
        bold = st.bold if line.bold is None else line.bold
        room = (box.width - st.margin_left) * WIDTH_SLACK
        font = st.metrics
        if any(text_width(w, st.size * scale, bold, font) > room for w in line.text.split()):
            return False
    return True


def write_scaled(
    boxes: Boxes, placeholder: Any, lines: Sequence[Line], scale: float, spacing: float = 1.0
) -> None:
    """Write ``lines`` at ``scale`` times their inherited sizes (inherited sizes when 1.0) and,
    below 1.0, ``spacing`` times their inherited line spacing (written as a percentage)."""
    if scale >= 1.0 and spacing >= 1.0:
        write(placeholder.text_frame, lines)
        return
    box = boxes.of(placeholder)
    sizes = [round(box.style(ln.level).size * scale, 1) for ln in lines]
    write(placeholder.text_frame, lines, sizes if scale < 1.0 else None)
    if spacing < 1.0:
        paragraphs = placeholder.text_frame._txBody.findall(_A_P)
        for paragraph, line in zip(paragraphs, lines, strict=True):
            percent = round(box.style(line.level).line_factor * spacing * 100)
            paragraph.find(_A_PPR).line_spacing = percent / 100


MIN_SLIDE_TEXT_PT = 10.0
"""No text on a slide is written smaller (the accessibility check's rule)."""


def cards_scale(boxes: Boxes, cards: Sequence[tuple[Any, Sequence[Line]]], least: float) -> float:
    """One scale for every card's lines: the largest at which each fits its placeholder (whole
    words first), never below ``least`` nor below ``MIN_SLIDE_TEXT_PT`` for any line; 0.0 when
    some card does not fit at that."""
    scales = []
    for placeholder, lines in cards:
        box = boxes.of(placeholder)
        smallest = min((box.style(line.level).size for line in lines), default=MIN_SLIDE_TEXT_PT)
        floor = max(least, MIN_SLIDE_TEXT_PT / smallest)
        scale = fit_scale(boxes, placeholder, lines, floor, whole_words=True) or fit_scale(
            boxes, placeholder, lines, floor
        )
        if not scale:
            return 0.0
        scales.append(scale)
    return min(scales, default=1.0)


def write_fitted(
    boxes: Boxes, placeholder: Any, lines: Sequence[Line], min_size: float = 10.0
) -> float:
    """Write ``lines``; if they would overflow the placeholder, shrink them (not below
    min_size). Returns the scale written."""
    box = boxes.of(placeholder)
    smallest = min((box.style(line.level).size for line in lines), default=min_size)
    scale = fit_scale(boxes, placeholder, lines, min_scale=min(1.0, min_size / smallest))
    scale = scale or min(1.0, min_size / smallest)
    write_scaled(boxes, placeholder, lines, scale)
    return scale


def grow_to_text(
    boxes: Boxes, placeholder: Any, lines: Sequence[Line], scale: float, bottom: int
) -> None:
    """Make a placeholder whose ``lines`` (at ``scale``) overflow it taller, from the same top,
    down to ``bottom`` (EMU) at most."""
    box = boxes.of(placeholder)
    _, top_in, _, bottom_in = box.insets
    needed = int((box.height_of(lines, scale) / FILL + top_in + bottom_in) * EMU_PER_PT)
    left, top, width, height = extent(placeholder)
    if needed > int(height) and bottom > int(top) + int(height):
        placeholder.left, placeholder.top, placeholder.width = left, top, width
        placeholder.height = Emu(min(needed, bottom - int(top)))


def fitted_size(
    boxes: Boxes, placeholder: Any, text: str, *, min_size: float, max_lines: int | None
) -> float:
    """The largest size, up to the inherited one, at which one paragraph fits the placeholder."""
    box = boxes.of(placeholder)
    st = box.style(0)
    return fit_size(
        _glue_citations(xml_safe(text)),
        box.width - st.margin_left,
        box.height,
        st.size,
        bold=st.bold,
        min_size_pt=min(min_size, st.size),
        line_factor=st.line_factor,
        max_lines=max_lines,
        font=st.metrics,
    )


def fit_single(
    boxes: Boxes,
    placeholder: Any,
    text: str,
    *,
    min_size: float,
    max_lines: int | None,
    size: float = 0.0,
) -> None:
    """Write one paragraph, shrunk until it fits (titles, key-figure values), or at ``size``."""
    box = boxes.of(placeholder)
    style = box.style(0)
    size = size or fitted_size(boxes, placeholder, text, min_size=min_size, max_lines=max_lines)
    write(placeholder.text_frame, [Line(text)], [size] if size < style.size else None)
    if size < style.size and box.exact_spacing:
        # Spacing in points stays as it is when the text shrinks: make it shrink with it.
        for paragraph in placeholder.text_frame.paragraphs:
            paragraph.line_spacing = round(style.line_factor, 2)


def shrink_to_text(
    boxes: Boxes, placeholder: Any, lines: Sequence[Line], scale: float = 1.0, spacing: float = 1.0
) -> None:
    """Make a boxed placeholder (a callout) only as tall as its text, from the same top."""
    box = boxes.of(placeholder)
    _, top_in, _, bottom_in = box.insets
    needed = (box.height_of(lines, scale, spacing) / FILL + top_in + bottom_in + 12) * EMU_PER_PT
    left, top, width, full_height = extent(placeholder)
    height = int(full_height)
    if needed < height:
        placeholder.left, placeholder.top, placeholder.width = left, top, width
        placeholder.height = Emu(max(int(needed), height // 3))
