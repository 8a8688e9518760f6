"""The PowerPoint deck: a ``Briefing`` rendered into the slide layouts of a deck template.

Every text goes into a placeholder of the layout chosen for its slide (see
``deck_template.LAYOUT_NAMES``), so a trainer can edit the deck and a new theme restyles it.
Slides never overflow: text, tables and source lists are measured first (``textfit``) and carried
over to continuation slides. Each slide after the title has speaker notes with the section's
talking points and the full references of the sources it shows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.oxml.text import CT_RegularTextRun
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.shapes.placeholder import PicturePlaceholder, TablePlaceholder
from pptx.text.text import Font
from pptx.util import Emu, Pt

from briefkit.compose.model import (
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
from briefkit.render.deck_template import (
    EMU_PER_PT,
    PH,
    TEXT_TYPES,
    TITLE_TYPES,
    DeckTemplate,
    LevelStyle,
    Role,
    TemplateCache,
    box_insets,
    extent,
    inheritance_key,
    key_figure_slots,
    level_style,
    load_deck_template,
    placeholder_elements,
    placeholder_shape,
)
from briefkit.render.native_charts import CHART_MODES, add_native_chart, native_chart
from briefkit.render.textfit import (
    LINE_HEIGHT,
    WIDTH_SLACK,
    count_lines,
    fit_size,
    paginate,
    split_to_lines,
    text_width,
)
from briefkit.render.xmltext import language_tag, xml_safe

__all__ = ["render_deck"]

#: Table text: legible from the back of a room, small enough for an incident list.
TABLE_FONT_PT = 12.0
MIN_TABLE_FONT_PT = 10.0
WIDE_TABLE_FONT_PT = 14.0
CELL_MARGIN_X = Emu(54864)  # 0.06 in
CELL_MARGIN_Y = Emu(27432)  # 0.03 in
#: Paragraphs longer than this become one bullet per sentence.
LONG_BULLET_CHARS = 200
#: Share of a text box the estimate may fill (renderers differ a little).
FILL = 0.96
_SLIDE_NUMBER_FIELD_ID = "{B5E3C1A2-8D4F-4C3B-9E7A-1F2D3C4B5A69}"


def render_deck(
    briefing: Briefing,
    images: Mapping[str, ChartImage],
    template: Path | DeckTemplate,
    out: Path | BinaryIO,
    charts: str = "picture",
) -> list[str]:
    """Write ``briefing`` as a 16:9 deck in ``template``'s layouts to ``out``; return warnings.

    ``images`` holds the chart pictures keyed by ``ChartSpec.id``. ``template`` is a .pptx path
    (checked with ``load_deck_template``) or a template loaded before. ``charts`` is "picture"
    (every chart a picture) or "native": charts PowerPoint can draw itself become editable
    charts with their data inside (see ``native_charts``), the others stay pictures. Raises
    ``TemplateError`` if the template cannot be used, ``ValueError`` for another ``charts``.
    """
    if charts not in CHART_MODES:
        raise ValueError(f"charts must be one of {', '.join(CHART_MODES)}, not {charts!r}")
    deck_template = template if isinstance(template, DeckTemplate) else load_deck_template(template)
    deck = _Deck(briefing, images, deck_template, native=charts == "native")
    deck.build()
    deck.prs.save(str(out) if isinstance(out, Path) else out)
    return deck.warnings


# --- Small data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One paragraph to write: text, list level, the sources it cites, emphasis."""

    text: str
    level: int = 0
    cites: tuple[int, ...] = ()
    bold: bool | None = None
    flag: bool = False  # drawn in the accent colour (disputed entries)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _glue_citations(self.text))


@dataclass(frozen=True)
class _Box:
    """A text placeholder's room for text, in points, its level styles and its insets."""

    width: float
    height: float
    styles: tuple[LevelStyle, ...]
    insets: tuple[float, float, float, float]

    @classmethod
    def of(cls, placeholder: Any) -> _Box:
        insets = left, top, right, bottom = box_insets(placeholder)
        _, _, width, height = extent(placeholder)
        return cls(
            width=width / EMU_PER_PT - left - right,
            height=(height / EMU_PER_PT - top - bottom) * FILL,
            styles=tuple(level_style(placeholder, n) for n in range(3)),
            insets=insets,
        )

    def style(self, level: int) -> LevelStyle:
        return self.styles[min(level, len(self.styles) - 1)]

    def line_height(self, line: _Line, scale: float = 1.0) -> float:
        st = self.style(line.level)
        size = st.size * scale
        bold = st.bold if line.bold is None else line.bold
        lines = count_lines(line.text, self.width - st.margin_left, size, bold)
        return lines * size * LINE_HEIGHT * st.line_factor + st.space_before * scale

    def height_of(self, lines: Sequence[_Line], scale: float = 1.0) -> float:
        return sum(self.line_height(line, scale) for line in lines)


class _Boxes:
    """``_Box.of`` placeholders, worked out once for all that inherit the same.

    A box takes the insets, list styles and size a placeholder inherits from its layout and
    master, found by walking them, and text is measured in the same few placeholders again and
    again. Kept in the template's cache under ``inheritance_key``, so for every deck.
    """

    def __init__(self, cache: TemplateCache) -> None:
        self.cache = cache

    def of(self, placeholder: Any) -> _Box:
        key = inheritance_key(placeholder)
        if key is None:
            return _Box.of(placeholder)
        box: _Box | None = self.cache.get(("box", key))
        if box is None:
            box = _Box.of(placeholder)
            self.cache.put(("box", key), box)
        return box


def _unique(*groups: Iterable[int]) -> tuple[int, ...]:
    seen: dict[int, None] = {}
    for group in groups:
        seen.update(dict.fromkeys(group))
    return tuple(seen)


def _cite_label(numbers: Sequence[int]) -> str:
    return Cite(tuple(numbers)).label() if numbers else ""


# --- Sentences --------------------------------------------------------------------------------

_END = re.compile(r"[.!?][\"”’)]?(?: ?\[[\d, ]+\])?\.?(?=\s+[\"“‘(\dA-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
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


def _bullets(paragraph: Paragraph) -> list[_Line]:
    """A paragraph as one bullet; a long one as its first sentence with the rest beneath it."""
    text, marks = _cited_with_offsets(paragraph)
    if len(text) <= LONG_BULLET_CHARS:
        return [_Line(text, 0, paragraph.citations)]
    cuts = [0]
    for match in _END.finditer(text):
        before = text[: match.start() + 1].rsplit(None, 1)
        word = before[-1].rstrip(".").lower() if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    lines: list[_Line] = []
    for start, end in itertools.pairwise(cuts):
        sentence = text[start:end].strip()
        if sentence:
            nums = _unique(*(n for pos, n in marks if start <= pos < end))
            lines.append(_Line(sentence, 1 if lines else 0, nums))
    return lines


# --- Placeholders -----------------------------------------------------------------------------


def _matching(slide: Any, types: Sequence[Any], exclude: Sequence[Any] = ()) -> list[Any]:
    """The slide's (or layout's) placeholders of the given types, in the order of ``types``,
    then by idx; without those in ``exclude``."""
    excluded = [ph._element for ph in exclude if ph is not None]
    found = [
        ref
        for ref in placeholder_elements(slide)
        if ref.kind in types and not any(ref.element is other for other in excluded)
    ]
    found.sort(key=lambda ref: (types.index(ref.kind), ref.idx))
    return found


def _placeholders(slide: Any, *types: Any) -> list[Any]:
    """The slide's placeholders of the given types, in the order of ``types``, then by idx."""
    return [placeholder_shape(slide, ref) for ref in _matching(slide, types)]


def _first(slide: Any, *types: Any, exclude: Sequence[Any] = ()) -> Any | None:
    found = _matching(slide, types, exclude)
    return placeholder_shape(slide, found[0]) if found else None


def _remove(shape: Any) -> None:
    element = shape._element
    element.getparent().remove(element)


_MARKER = re.compile(r" +\[(\d+(?:, ?\d+)*)\]")


def _glue_citations(text: str) -> str:
    """Keep a citation marker whole and on the line of the word it cites (no-break spaces)."""
    return _MARKER.sub(lambda m: "\u00a0[" + m.group(1).replace(", ", ",\u00a0") + "]", text)


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


def _write(text_frame: Any, lines: Sequence[_Line], sizes: Sequence[float] | None = None) -> None:
    """Replace the text of ``text_frame`` with ``lines`` (one paragraph each).

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
                color.theme_color = MSO_THEME_COLOR.ACCENT_2
                color.brightness = -0.25


def _fit_scale(
    boxes: _Boxes,
    placeholder: Any,
    lines: Sequence[_Line],
    min_scale: float = 0.5,
    whole_words: bool = False,
) -> float:
    """The largest scale (1.0 down to ``min_scale``, in steps of 5 %) at which ``lines`` fit
    the placeholder (with ``whole_words``, also without breaking a word); 0.0 if they do not
    fit even at ``min_scale``."""
    box = boxes.of(placeholder)
    scale = 1.0
    while scale >= min_scale - 1e-9:
        fits = box.height_of(lines, scale) <= box.height
        if fits and (not whole_words or _words_fit(box, lines, scale)):
            return scale
        scale = round(scale - 0.05, 2)
    return 0.0


def _words_fit(box: _Box, lines: Sequence[_Line], scale: float) -> bool:
    """True when no word of ``lines`` is wider than the box at ``scale`` (none is broken)."""
    for line in lines:
        st = box.style(line.level)
        bold = st.bold if line.bold is None else line.bold
        room = (box.width - st.margin_left) * WIDTH_SLACK
        if any(text_width(w, st.size * scale, bold) > room for w in line.text.split()):
            return False
    return True


def _write_scaled(boxes: _Boxes, placeholder: Any, lines: Sequence[_Line], scale: float) -> None:
    """Write ``lines`` at ``scale`` times their inherited sizes (inherited sizes when 1.0)."""
    if scale >= 1.0:
        _write(placeholder.text_frame, lines)
        return
    box = boxes.of(placeholder)
    _write(
        placeholder.text_frame, lines, [round(box.style(ln.level).size * scale, 1) for ln in lines]
    )


def _write_fitted(
    boxes: _Boxes, placeholder: Any, lines: Sequence[_Line], min_size: float = 10.0
) -> None:
    """Write ``lines``; if they would overflow the placeholder, shrink them (not below min_size)."""
    box = boxes.of(placeholder)
    smallest = min((box.style(line.level).size for line in lines), default=min_size)
    scale = _fit_scale(boxes, placeholder, lines, min_scale=min(1.0, min_size / smallest))
    _write_scaled(boxes, placeholder, lines, scale or min(1.0, min_size / smallest))


def _fitted_size(
    boxes: _Boxes, placeholder: Any, text: str, *, min_size: float, max_lines: int | None
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
    )


def _fit_single(
    boxes: _Boxes,
    placeholder: Any,
    text: str,
    *,
    min_size: float,
    max_lines: int | None,
    size: float = 0.0,
) -> None:
    """Write one paragraph, shrunk until it fits (titles, key-figure values), or at ``size``."""
    inherited = boxes.of(placeholder).style(0).size
    size = size or _fitted_size(boxes, placeholder, text, min_size=min_size, max_lines=max_lines)
    _write(placeholder.text_frame, [_Line(text)], [size] if size < inherited else None)


# --- New slides -------------------------------------------------------------------------------


class _BlankPages:
    """New slides and notes pages, copied from blank ones made before.

    python-pptx clones the placeholders of the layout (or of the notes master) into each new
    slide one at a time, searching the slide for a free id and name with freshly compiled XPath
    expressions, and names each notes page after walking the whole package: milliseconds a
    slide. What it makes depends only on the layout (or the notes master) and on whether the
    footer is added, so python-pptx makes the first slide of each layout and the first notes
    page, and the template's cache keeps their XML, taken blank (before any text went in), for
    the copies. One instance serves one presentation.
    """

    _NOTES_NAME = "/ppt/notesSlides/notesSlide%d.xml"

    def __init__(self, prs: Any, cache: TemplateCache, footer: bool) -> None:
        self.prs = prs
        self.cache = cache
        self.footer = footer
        self._notes_names: set[str] | None = None

    def slide(self, layout: Any) -> Any:
        """A new slide in ``layout``, last in the deck: python-pptx's ``Slides.add_slide``, then
        the layout's slide number placeholder (and footer) cloned too."""
        key = ("blank slide", str(layout.part.partname), self.footer)
        blank: bytes | None = self.cache.get(key)
        if blank is None:
            slide = self.prs.slides.add_slide(layout)
            for ref in placeholder_elements(layout):
                if (ref.kind == PH.FOOTER and self.footer) or ref.kind == PH.SLIDE_NUMBER:
                    slide.shapes.clone_placeholder(placeholder_shape(layout, ref))
            self.cache.put(key, slide.part.blob)
            return slide
        presentation = self.prs.part
        part = SlidePart(
            presentation._next_slide_partname, CT.PML_SLIDE, presentation.package, parse_xml(blank)
        )
        part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        self.prs.slides._sldIdLst.add_sldId(presentation.relate_to(part, RT.SLIDE))
        return part.slide

    def notes(self, slide: Any) -> Any:
        """A new notes page for ``slide`` (which has none): python-pptx's ``notes_slide``."""
        package = self.prs.part.package
        if self._notes_names is None:
            prefix = self._NOTES_NAME.split("%")[0]
            self._notes_names = {
                str(p.partname) for p in package.iter_parts() if p.partname.startswith(prefix)
            }
        blank: bytes | None = self.cache.get(("blank notes page",))
        if blank is None:
            notes = slide.notes_slide
            self._notes_names.add(str(notes.part.partname))
            self.cache.put(("blank notes page",), notes.part.blob)
            return notes
        name = self._next_notes_name(self._notes_names)
        part = NotesSlidePart(name, CT.PML_NOTES_SLIDE, package, parse_xml(blank))
        part.relate_to(package.presentation_part.notes_master_part, RT.NOTES_MASTER)
        part.relate_to(slide.part, RT.SLIDE)
        slide.part.relate_to(part, RT.NOTES_SLIDE)
        return slide.notes_slide

    @classmethod
    def _next_notes_name(cls, names: set[str]) -> PackURI:
        """python-pptx's ``OpcPackage.next_partname`` for notes pages, from ``names`` (those in
        the package, kept here: no notes page is added or dropped but here) rather than by
        walking the whole package; the new name is added to them."""
        n = next(n for n in range(len(names) + 1, 0, -1) if cls._NOTES_NAME % n not in names)
        names.add(cls._NOTES_NAME % n)
        return PackURI(cls._NOTES_NAME % n)


# --- The deck ---------------------------------------------------------------------------------


class _Deck:
    """One rendering: the presentation being built and the warnings collected on the way."""

    def __init__(
        self,
        briefing: Briefing,
        images: Mapping[str, ChartImage],
        template: DeckTemplate,
        native: bool = False,
    ) -> None:
        self.briefing = briefing
        self.native = native
        self.labels = briefing.labels
        self.images = images
        self.template = template
        self.prs = template.open()
        self.warnings: list[str] = list(template.warnings)
        self.sources = {s.number: s for s in briefing.sources}
        self.boxes = _Boxes(template.cache)
        self.blanks = _BlankPages(self.prs, template.cache, footer=bool(briefing.marking))
        self._unknown_cites: set[int] = set()

    # -- plumbing

    def layout(self, role: str) -> Any:
        return self.template.layout(self.prs, role)

    def new_slide(self, role: str) -> Any:
        """A slide in the layout for ``role``, with the marking and the slide number filled."""
        slide = self.blanks.slide(self.layout(role))
        for ref in placeholder_elements(slide):
            if ref.kind == PH.FOOTER:
                _write(placeholder_shape(slide, ref).text_frame, [_Line(self.briefing.marking)])
            elif ref.kind == PH.SLIDE_NUMBER:
                self._slide_number(placeholder_shape(slide, ref), len(self.prs.slides))
        return slide

    @staticmethod
    def _slide_number(placeholder: Any, number: int) -> None:
        text_frame = placeholder.text_frame
        text_frame.clear()
        p = text_frame.paragraphs[0]._p
        for child in list(p):
            if child.tag != qn("a:pPr"):
                p.remove(child)
        p.append(
            parse_xml(
                f'<a:fld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                f'id="{_SLIDE_NUMBER_FIELD_ID}" type="slidenum"><a:rPr lang="en-GB"/>'
                f"<a:t>{number}</a:t></a:fld>"
            )
        )

    def set_title(self, slide: Any, text: str, min_size: float = 18.0) -> None:
        title = _first(slide, *TITLE_TYPES)
        if title is not None:
            _fit_single(self.boxes, title, text, min_size=min_size, max_lines=None)

    def finish(
        self,
        slide: Any,
        shown: Iterable[int],
        talking_points: Sequence[Paragraph] = (),
        extra: Sequence[str] = (),
        notes: bool = True,
    ) -> None:
        """Remove empty placeholders and write the speaker notes: ``extra`` lines, talking
        points, and the full references of the sources the slide and its notes cite."""
        for ref in placeholder_elements(slide):
            ph = placeholder_shape(slide, ref)
            if ph.has_text_frame and not ph.text_frame.text.strip() and not _is_filled(ph):
                _remove(ph)
        if not notes:
            return
        numbers = _unique(shown, *(p.citations for p in talking_points))
        lines: list[_Line] = [_Line(text) for text in extra]
        if extra:
            lines.append(_Line(""))
        if talking_points:
            lines.append(_Line(f"{self.labels.talking_points}:", bold=True))
            lines += [_Line(f"• {p.cited}") for p in talking_points]
            lines.append(_Line(""))
        lines.append(_Line(f"{self.labels.speaker_sources}:", bold=True))
        lines += [_Line(self.reference(n)) for n in sorted(numbers)] or [_Line("—")]
        _write(_notes_text_frame(self.blanks.notes(slide)), lines)

    def reference(self, number: int) -> str:
        source = self.sources.get(number)
        if source is None:
            if number not in self._unknown_cites:
                self._unknown_cites.add(number)
                self.warnings.append(
                    f"Citation [{number}] has no entry in the briefing's sources; the deck shows "
                    "the number without a reference."
                )
            return f"[{number}]"
        note = source.note.strip()
        if note:
            note = f" {note[:1].upper()}{note[1:]}" + ("" if note[-1] in ".!?" else ".")
        return f"[{number}] {source.reference}{note}"

    def continued(self, title: str, page: int) -> str:
        return title if page == 0 else f"{title} ({self.labels.continued})"

    # -- the slides

    def build(self) -> None:
        self.title_slide()
        self.agenda()
        self.key_figures()
        for number, section in enumerate(self.briefing.sections, 1):
            self.section(number, section)
        self.source_slides()
        self.properties()

    def title_slide(self) -> None:
        b, labels = self.briefing, self.labels
        slide = self.new_slide(Role.TITLE)
        title = _first(slide, PH.CENTER_TITLE, PH.TITLE)
        if title is not None:
            _fit_single(self.boxes, title, b.title, min_size=24, max_lines=None)
        details = [
            f"{label}: {value}"
            for label, value in (
                (labels.period, b.period_label),
                (labels.issued, b.issued_label),
                (labels.prepared_by, b.prepared_by),
            )
            if value
        ]
        if b.marking and not _first(slide, PH.FOOTER):
            details.append(b.marking)
        boxes = _placeholders(slide, PH.SUBTITLE, PH.BODY, PH.OBJECT)
        if len(boxes) >= 2:
            _write_fitted(self.boxes, boxes[0], [_Line(b.subtitle)] if b.subtitle else [])
            _write_fitted(self.boxes, boxes[1], [_Line(d) for d in details])
        elif boxes:
            _write_fitted(self.boxes, boxes[0], [_Line(t) for t in (b.subtitle, *details) if t])
        self.finish(slide, (), notes=False)  # the agenda's notes carry the summary

    def agenda(self) -> None:
        sections = self.briefing.sections
        if not sections:
            return
        pages = self.paged(Role.CONTENT, [[_Line(s.title)] for s in sections])
        start = 1
        for page, chunk in enumerate(pages):
            slide = self.new_slide(Role.CONTENT)
            self.set_title(slide, self.continued(self.labels.agenda, page))
            body = _first(slide, *TEXT_TYPES)
            if body is not None:
                _write(body.text_frame, chunk)
                for paragraph in body.text_frame.paragraphs:
                    _autonumber(paragraph, start)
            start += len(chunk)
            self.finish(slide, (), self.briefing.summary)

    def paged(self, role: str, groups: Sequence[Sequence[_Line]]) -> list[list[_Line]]:
        """Groups of lines (a paragraph and its sub-bullets) split over slides of ``role``.

        A group stays on one slide unless it is taller than a whole slide; measured in the text
        placeholder of ``role``'s layout.
        """
        layout = self.layout(role)
        target = _first(layout, *TEXT_TYPES)
        flat = [line for group in groups for line in group]
        if target is None or not flat:
            return [flat]
        box = self.boxes.of(target)
        items: list[Sequence[_Line]] = []
        for group in groups:
            if box.height_of(group) > box.height:
                items += [[line] for line in group]
            elif group:
                items.append(group)
        pages = paginate(items, box.height_of, box.height)
        return [[line for group in page for line in group] for page in pages]

    def key_figures(self) -> None:
        figures = self.briefing.key_figures
        if not figures:
            return
        layout = self.layout(Role.KEY_FIGURES)
        per_slide = len(key_figure_slots(layout))
        if not per_slide:
            self.key_figures_as_list(figures)
            return
        count = -(-len(figures) // per_slide)  # slides needed
        per_slide = -(-len(figures) // count)  # the figures spread evenly over them
        chunks = [figures[i : i + per_slide] for i in range(0, len(figures), per_slide)]
        for page, chunk in enumerate(chunks):
            slide = self.new_slide(Role.KEY_FIGURES)
            self.set_title(slide, self.continued(self.labels.key_figures, page))
            slots = key_figure_slots(slide)
            geometry = [[extent(ph) for ph in pair] for pair in slots]
            pairs = list(zip(chunk, slots, strict=False))
            size = min(  # one size for every value on the slide, the largest that fits them all
                _fitted_size(self.boxes, value_ph, f.value, min_size=20, max_lines=1)
                for f, (value_ph, _) in pairs
            )
            texts = [
                [
                    _Line(f.label, 0),
                    _Line(" ".join(t for t in (f.detail, _cite_label(f.citations)) if t), 1),
                ]
                for f, _ in pairs
            ]
            # One text size for every label too: the largest at which all of them fit.
            scale = min(
                _fit_scale(self.boxes, label_ph, lines, 0.6, whole_words=True)
                or _fit_scale(self.boxes, label_ph, lines, 0.6)
                for lines, (_, (_, label_ph)) in zip(texts, pairs, strict=True)
            )
            for (figure, (value_ph, label_ph)), lines in zip(pairs, texts, strict=True):
                _fit_single(self.boxes, value_ph, figure.value, min_size=20, max_lines=1, size=size)
                _write_scaled(self.boxes, label_ph, lines, scale or 0.6)
            for value_ph, label_ph in slots[len(chunk) :]:
                _remove(value_ph)
                _remove(label_ph)
            _centre_cards(slots[: len(chunk)], geometry)
            self.finish(
                slide,
                _unique(*(f.citations for f in chunk)),
                extra=[_figure_note(f) for f in chunk],
            )

    def key_figures_as_list(self, figures: Sequence[KeyFigure]) -> None:
        lines = [
            _Line(
                f"{f.value} — {f.label} ({f.detail}) {_cite_label(f.citations)}".strip(),
                0,
                f.citations,
            )
            for f in figures
        ]
        for page, chunk in enumerate(self.paged(Role.KEY_FIGURES, [[line] for line in lines])):
            slide = self.new_slide(Role.KEY_FIGURES)
            self.set_title(slide, self.continued(self.labels.key_figures, page))
            body = _first(slide, *TEXT_TYPES)
            if body is not None:
                _write(body.text_frame, chunk)
            self.finish(slide, _unique(*(line.cites for line in chunk)))

    def section(self, number: int, section: Section) -> None:
        slide = self.new_slide(Role.SECTION)
        self.set_title(slide, section.title, min_size=24)
        body = _first(slide, *TEXT_TYPES)
        if body is not None:
            _write(body.text_frame, [_Line(f"{number:02d}")])
        self.finish(slide, (), section.talking_points)

        pending: list[Paragraph] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                pending.append(block)
                continue
            if pending:
                self.narrative(section, pending)
                pending = []
            if isinstance(block, ChartBlock):
                self.chart(section, block)
            elif isinstance(block, TableBlock):
                self.table(section, block)
            elif isinstance(block, TimelineBlock):
                self.timeline(section, block)
            elif isinstance(block, Callout):
                self.callout(section, block)
        if pending:
            self.narrative(section, pending)

    def narrative(self, section: Section, paragraphs: Sequence[Paragraph]) -> None:
        groups = [_bullets(p) for p in paragraphs if p.cited]
        for page, chunk in enumerate(self.paged(Role.CONTENT, groups)):
            slide = self.new_slide(Role.CONTENT)
            self.set_title(slide, self.continued(section.title, page))
            body = _first(slide, *TEXT_TYPES)
            if body is not None:
                _write(body.text_frame, chunk)
            self.finish(slide, _unique(*(line.cites for line in chunk)), section.talking_points)

    def chart(self, section: Section, block: ChartBlock) -> None:
        chart, labels = block.chart, self.labels
        slide = self.new_slide(Role.CHART)
        self.set_title(slide, chart.headline or chart.title)
        target = _first(slide, PH.PICTURE, PH.OBJECT)
        caption_ph = _first(slide, PH.BODY, PH.OBJECT, exclude=[target])
        image = self.images.get(chart.id)
        native = native_chart(chart) if self.native and target is not None else None
        extra: list[str] = []
        if native is not None and target is not None:
            left, top, width, height = (int(v) for v in extent(target))
            _remove(target)
            add_native_chart(slide.shapes, chart, native, (left, top, width, height))
            extra += native.notes
        elif image is None or not Path(image.path).is_file():
            self.warnings.append(
                f"Chart “{chart.id}” has no image; its slide shows the headline and caption only."
            )
        elif target is not None:
            _insert_picture(slide, target, image, chart.language.w("chart_name", title=chart.title))
        else:
            self.warnings.append(
                f"The layout for chart slides has no picture or content placeholder; chart "
                f"“{chart.id}” is left out."
            )
        figure = f"{labels.figure} {block.number}: {chart.title}"
        caption = " ".join(t for t in (chart.caption, _cite_label(chart.citations)) if t)
        refs = [_Line(self.reference(n), 1) for n in chart.citations]
        if caption_ph is not None:
            full = [_Line(figure, 0, bold=True), _Line(caption, 0)]
            box = self.boxes.of(caption_ph)
            with_refs = [*full, _Line(f"{labels.sources}:", 1, bold=True), *refs]
            lines = with_refs if refs and box.height_of(with_refs) <= box.height else full
            _write_fitted(self.boxes, caption_ph, lines)
        else:
            extra = [figure, caption, *extra]
        self.finish(slide, chart.citations, section.talking_points, extra)

    # -- tables

    def table_frame(self) -> tuple[Any, _Box | None]:
        """The table layout's table target placeholder and its caption box."""
        layout = self.layout(Role.TABLE)
        target = _first(layout, PH.TABLE, PH.OBJECT, PH.BODY)
        caption = _first(layout, PH.BODY, exclude=[target])
        return target, (self.boxes.of(caption) if caption is not None else None)

    def table(self, section: Section, block: TableBlock) -> None:
        labels = self.labels
        cols = len(block.columns)
        widths = _normalised(block.widths, cols)
        header = [_Cell((_Line(c, bold=True),)) for c in block.columns]
        body = [
            [_Cell((_Line(cell),)) for cell in (*row, *([""] * (cols - len(row))))[:cols]]
            for row in block.rows
        ]
        notes = " ".join(p.cited for p in block.notes)
        shown = _unique(block.citations, *(p.citations for p in block.notes))
        head = f"{labels.table} {block.number}."
        sources = f"{labels.sources}: {_cite_label(shown)}" if shown else ""
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

    def timeline(self, section: Section, block: TimelineBlock) -> None:
        labels = self.labels
        rows = []
        for entry in block.entries:
            event = [_Line(entry.title, bold=True)]
            if entry.disputed:
                event.append(_Line(labels.sources_disagree, bold=True, flag=True))
            if entry.text.runs:
                event.append(_Line(entry.text.cited))
            rows.append(
                [
                    _Cell((_Line(entry.date_label, bold=True),), entry.disputed),
                    _Cell(tuple(event), entry.disputed),
                ]
            )
        shown = _unique(block.citations, *(e.text.citations for e in block.entries))
        caption = f"{labels.sources}: {_cite_label(shown)}" if shown else ""
        self.table_slides(
            section,
            block.title or labels.timeline,
            None,
            rows,
            [0.2, 0.8],
            (caption, caption),
            "",
            shown,
            [False, False],
        )

    def table_slides(
        self,
        section: Section,
        title: str,
        header: Sequence[_Cell] | None,
        rows: Sequence[Sequence[_Cell]],
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
        target, caption_box = self.table_frame()
        if target is None:  # cannot happen with a checked template
            return
        frame_w, frame_h = int(target.width), int(target.height)
        col_w = [int(frame_w * w) for w in widths]
        col_w[-1] = frame_w - sum(col_w[:-1])
        col_w = _fit_words(col_w, [*([header] if header is not None else []), *rows])
        caption = captions[0]
        if caption_box is not None and caption_box.height_of([_Line(caption)]) > caption_box.height:
            caption = captions[1]
        # The preferred size, or one point less when that saves a continuation slide.
        size = _table_font(col_w)
        layouts = [_lay_out_rows(col_w, s, header, rows, frame_h) for s in (size, size - 1)]
        if size - 1 < MIN_TABLE_FONT_PT + 1 or len(layouts[1][1]) >= len(layouts[0][1]):
            header_h, pages = layouts[0]
        else:
            size -= 1
            header_h, pages = layouts[1]
        for page, chunk in enumerate(pages):
            slide = self.new_slide(Role.TABLE)
            self.set_title(slide, self.continued(title, page))
            ph = _first(slide, PH.TABLE, PH.OBJECT, PH.BODY)
            all_rows = ([(header, header_h)] if header else []) + chunk
            frame = _insert_table(slide, ph, len(all_rows), len(col_w))
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
                    _fill_cell(table.cell(r, c), cell, size, centred[c] and r > 0)
            frame.height = Emu(sum(h for _, h in all_rows))
            cap_ph = _first(slide, PH.BODY)
            extra: list[str] = []
            if cap_ph is not None and caption:
                _write_fitted(self.boxes, cap_ph, [_Line(caption)])
                _place_below(cap_ph, frame)
            elif caption:
                extra.append(captions[0])
            if notes and cap_ph is not None and caption != captions[0]:
                extra.append(notes)
            self.finish(slide, shown, section.talking_points, extra)

    # -- callouts and sources

    def callout(self, section: Section, block: Callout) -> None:
        """A boxed remark; a disagreement names each source under its version.

        The versions belong side by side, so the text shrinks a little before it would be
        carried over to a second slide.
        """
        labels = self.labels
        title = block.title
        disagree = block.kind == "disagreement"
        if disagree and labels.sources_disagree.casefold() not in title.casefold():
            title = f"{labels.sources_disagree}: {title}"
        groups: list[list[_Line]] = []
        for p in block.paragraphs:
            group = [_Line(p.cited, 0, p.citations, bold=None if disagree else False)]
            if disagree:
                group += [_Line(self.reference(n), 1, (n,)) for n in p.citations]
            groups.append(group)
        shown = _unique(*(line.cites for group in groups for line in group))
        flat = [line for group in groups for line in group]
        layout_body = _first(self.layout(Role.CALLOUT), *TEXT_TYPES)
        scale = (
            _fit_scale(self.boxes, layout_body, flat, min_scale=0.8)
            if layout_body is not None
            else 0
        )
        pages = [flat] if scale else self.paged(Role.CALLOUT, groups)
        for page, chunk in enumerate(pages):
            slide = self.new_slide(Role.CALLOUT)
            self.set_title(slide, self.continued(title, page))
            body = _first(slide, *TEXT_TYPES)
            if body is not None:
                _write_scaled(self.boxes, body, chunk, scale or 1.0)
                _shrink_to_text(self.boxes, body, chunk, scale or 1.0)
            self.finish(slide, shown, section.talking_points)

    def source_slides(self) -> None:
        sources = self.briefing.sources
        if not sources:
            return
        lines = [
            _Line(self.reference(s.number).replace("] ", "]\t", 1), 0, (s.number,)) for s in sources
        ]
        for page, chunk in enumerate(self.paged(Role.SOURCES, [[line] for line in lines])):
            slide = self.new_slide(Role.SOURCES)
            self.set_title(slide, self.continued(self.labels.sources, page))
            body = _first(slide, *TEXT_TYPES)
            if body is not None:
                _write(body.text_frame, chunk)
            self.finish(slide, _unique(*(line.cites for line in chunk)))

    def properties(self) -> None:
        b = self.briefing
        props = self.prs.core_properties
        props.title = xml_safe(b.title)
        props.subject = xml_safe(b.subtitle)
        props.author = xml_safe(b.prepared_by)
        props.keywords = xml_safe("; ".join(b.keywords))
        props.category = xml_safe(b.marking)
        props.language = b.language
        if b.language != "en":  # proofing language of every run (the template's is English)
            tag = language_tag(b.language)
            for slide in self.prs.slides:
                parts = [slide._element]
                if slide.has_notes_slide:
                    parts.append(slide.notes_slide._element)
                for part in parts:
                    for rpr in part.iter(qn("a:rPr"), qn("a:endParaRPr")):
                        rpr.set("lang", tag)
        props.last_modified_by = "Briefkit"
        props.comments = xml_safe(f"{self.labels.period}: {b.period_label}")
        props.revision = 1
        issued = dt.datetime.combine(b.issued, dt.time())
        props.created = issued
        props.modified = issued


def _shrink_to_text(
    boxes: _Boxes, placeholder: Any, lines: Sequence[_Line], scale: float = 1.0
) -> None:
    """Make a boxed placeholder (a callout) only as tall as its text, from the same top."""
    box = boxes.of(placeholder)
    _, top_in, _, bottom_in = box.insets
    needed = (box.height_of(lines, scale) / FILL + top_in + bottom_in + 12) * EMU_PER_PT
    left, top, width, full_height = extent(placeholder)
    height = int(full_height)
    if needed < height:
        placeholder.left, placeholder.top, placeholder.width = left, top, width
        placeholder.height = Emu(max(int(needed), height // 3))


def _notes_text_frame(notes: Any) -> Any:
    """python-pptx's ``notes_text_frame``: that of the notes page's first body placeholder."""
    body = next((ref for ref in placeholder_elements(notes) if ref.kind == PH.BODY), None)
    return None if body is None else placeholder_shape(notes, body).text_frame


def _is_filled(placeholder: Any) -> bool:
    """True for placeholders holding a field (slide number) rather than typed text."""
    return placeholder._element.find(".//" + qn("a:fld")) is not None


def _autonumber(paragraph: Any, start: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    for child in list(ppr):
        if child.tag in (qn("a:buNone"), qn("a:buChar"), qn("a:buAutoNum")):
            ppr.remove(child)
    auto = ppr.makeelement(qn("a:buAutoNum"), {"type": "arabicPeriod"})
    if start > 1:
        auto.set("startAt", str(start))
    ppr.append(auto)


def _figure_note(figure: KeyFigure) -> str:
    cites = _cite_label(figure.citations)
    return " ".join(t for t in (f"{figure.value} — {figure.label}, {figure.detail}", cites) if t)


def _centre_cards(
    slots: Sequence[tuple[Any, Any]], geometry: Sequence[Sequence[tuple[int, ...]]]
) -> None:
    """Move a part-filled row of key-figure cards to the middle of the row."""
    used = len(slots)
    if used == 0 or used == len(geometry) or len(geometry) < 2:
        return
    tops = {g[0][1] for g in geometry}
    if len(tops) != 1:  # not a single row: leave the grid as the layout draws it
        return
    pitch = geometry[1][0][0] - geometry[0][0][0]
    shift = (len(geometry) - used) * pitch // 2
    for pair, boxes in zip(slots, geometry, strict=False):
        for ph, (left, top, width, height) in zip(pair, boxes, strict=True):
            ph.left, ph.top, ph.width, ph.height = Emu(left + shift), top, width, height


def _insert_picture(slide: Any, target: Any, image: ChartImage, name: str) -> Any:
    """Put the chart picture into ``target``, whole and undistorted, with its alt text."""
    left, top, width, height = (int(v) for v in extent(target))
    if target.placeholder_format.type in (PH.PICTURE, PH.OBJECT):
        placeholder: Any = PicturePlaceholder(target._element, target._parent)
        picture = placeholder.insert_picture(image.path)
    else:
        _remove(target)
        picture = slide.shapes.add_picture(image.path, left, top, width, height)
    aspect = image.height_px / image.width_px if image.width_px else 0.56
    if abs(aspect - height / width) > 0.01 * aspect:
        picture.crop_left = picture.crop_right = picture.crop_top = picture.crop_bottom = 0.0
        fit_w = min(width, round(height / aspect))
        fit_h = round(fit_w * aspect)
        picture.left = Emu(left + (width - fit_w) // 2)
        picture.top = Emu(top + (height - fit_h) // 2)
        picture.width, picture.height = Emu(fit_w), Emu(fit_h)
    c_nv_pr = picture._element.xpath("./p:nvPicPr/p:cNvPr")[0]
    c_nv_pr.set("descr", xml_safe(image.alt_text or name))
    c_nv_pr.set("name", xml_safe(name)[:200])
    return picture


def _place_below(caption: Any, frame: Any) -> None:
    """Move a table's caption up under the table when the table is shorter than its frame."""
    gap = Emu(91440)  # 0.1 in
    bottom = int(frame.top) + int(frame.height) + gap
    left, top, width, height = extent(caption)
    if bottom < int(top):
        caption.left, caption.top, caption.width, caption.height = left, Emu(bottom), width, height


def _insert_table(slide: Any, target: Any, rows: int, cols: int) -> Any:
    kind = target.placeholder_format.type
    if kind in (PH.TABLE, PH.OBJECT):
        placeholder: Any = TablePlaceholder(target._element, target._parent)
        return placeholder.insert_table(rows, cols)
    left, top, width, height = extent(target)
    _remove(target)
    return slide.shapes.add_table(rows, cols, left, top, width, height)


# --- Table cells ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cell:
    lines: tuple[_Line, ...]
    flagged: bool = False


def _normalised(widths: Sequence[float], count: int) -> list[float]:
    if len(widths) != count or any(w <= 0 for w in widths):
        return [1 / count] * count
    total = sum(widths)
    return [w / total for w in widths]


def _fit_words(col_w: list[int], rows: Sequence[Sequence[_Cell]]) -> list[int]:
    """Widen columns where a word of the heading or of a short cell is wider than the column
    (longer words of another language: "Источники", "Сообщалось"), taking the room from the
    widest column."""
    size = _table_font(col_w)
    out = list(col_w)
    for i in range(len(out)):
        texts = [" ".join(ln.text for ln in row[i].lines) for row in rows if i < len(row)]
        short = [t for n, t in enumerate(texts) if n == 0 or len(t) <= _SHORT_CELL_CHARS]
        words = [w for t in short for w in t.split()]
        longest = max((text_width(w, size, True) for w in words), default=0.0)
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


class _RowMeasure:
    """Row heights (EMU) of a table with given column widths and font size."""

    def __init__(self, col_w: Sequence[int], size: float) -> None:
        self.inner = [(w - 2 * CELL_MARGIN_X) / EMU_PER_PT for w in col_w]
        self.size = size

    def cell_height(self, cell: _Cell, col: int) -> float:
        return (
            sum(
                count_lines(line.text, self.inner[col], self.size, bool(line.bold))
                for line in cell.lines
            )
            * self.size
            * LINE_HEIGHT
        )

    def height(self, row: Sequence[_Cell]) -> int:
        text = max((self.cell_height(cell, c) for c, cell in enumerate(row)), default=0.0)
        return round(text * EMU_PER_PT + 2 * CELL_MARGIN_Y + EMU_PER_PT * 2)

    def split(self, row: Sequence[_Cell], room: int) -> list[Sequence[_Cell]]:
        """The row, cut into several rows if it is taller than a whole table."""
        if self.height(row) <= room:
            return [row]
        per_row = max(
            1,
            int(
                (room - 2 * CELL_MARGIN_Y - EMU_PER_PT * 2) / EMU_PER_PT / (self.size * LINE_HEIGHT)
            ),
        )
        columns: list[list[_Cell]] = []
        for c, cell in enumerate(row):
            wrapped = [  # (which paragraph, one wrapped line of it)
                (n, text)
                for n, line in enumerate(cell.lines)
                for text in split_to_lines(line.text, self.inner[c], self.size, bool(line.bold))
            ]
            parts: list[_Cell] = []
            for i in range(0, len(wrapped), per_row):
                piece = wrapped[i : i + per_row]
                merged = [
                    _Line(
                        " ".join(t for m, t in piece if m == n),
                        cell.lines[n].level,
                        cell.lines[n].cites,
                        cell.lines[n].bold,
                        cell.lines[n].flag,
                    )
                    for n in dict.fromkeys(m for m, _ in piece)
                ]
                parts.append(_Cell(tuple(merged), cell.flagged))
            columns.append(parts)
        count = max(len(parts) for parts in columns)
        return [
            [parts[i] if i < len(parts) else _Cell(()) for parts in columns] for i in range(count)
        ]


def _lay_out_rows(
    col_w: Sequence[int],
    size: float,
    header: Sequence[_Cell] | None,
    rows: Sequence[Sequence[_Cell]],
    frame_h: int,
) -> tuple[int, list[list[tuple[Sequence[_Cell], int]]]]:
    """The header height and the rows (with heights) on each slide, at text size ``size``."""
    measure = _RowMeasure(col_w, size)
    header_h = measure.height(header) if header else 0
    room = frame_h - header_h
    fitted = [(part, measure.height(part)) for row in rows for part in measure.split(row, room)]
    return header_h, paginate(fitted, lambda r: float(r[1]), float(room))


def _fill_cell(cell: Any, content: _Cell, size: float, centred: bool) -> None:
    cell.margin_left = cell.margin_right = CELL_MARGIN_X
    cell.margin_top = cell.margin_bottom = CELL_MARGIN_Y
    cell.vertical_anchor = MSO_ANCHOR.TOP
    _write(cell.text_frame, list(content.lines) or [_Line("")], [size] * max(1, len(content.lines)))
    if centred:
        for paragraph in cell.text_frame.paragraphs:
            paragraph.alignment = PP_ALIGN.CENTER
    if content.flagged:
        cell.fill.solid()
        cell.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_2
        cell.fill.fore_color.brightness = 0.8
