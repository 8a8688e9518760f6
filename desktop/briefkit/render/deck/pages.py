"""Slides and notes pages of a deck being built, and the placeholders on them.

``DeckPages`` holds one rendering (the presentation, the template's layouts, the warnings) and
makes its pages: a new slide in a role's layout with the marking and the slide number filled,
its title fitted, and, when the slide is done, its empty placeholders removed and its speaker
notes written (talking points and the full references of the sources it cites). New slides and
notes pages are copied from blank ones made before (``_BlankPages``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart, SlidePart

from briefkit.charts.style import ChartStyle, house_style
from briefkit.compose.model import Briefing, ChartImage, Paragraph
from briefkit.messages import message
from briefkit.options import ChartMode
from briefkit.render.deck.geometry import GAP, Rect, room_below
from briefkit.render.deck.placeholders import (
    EMU_PER_PT,
    PH,
    TEXT_TYPES,
    TITLE_TYPES,
    first,
    furniture_shown,
    placeholder_elements,
    placeholder_shape,
    remove,
)
from briefkit.render.deck.prompt_styles import carry_prompt_styles
from briefkit.render.deck.template import DeckLayout, DeckTemplate, TemplateCache
from briefkit.render.deck.text import (
    FILL,
    Boxes,
    Line,
    fit_single,
    fitted_size,
    unique,
    write,
)

_SLIDE_NUMBER_FIELD_ID = "{B5E3C1A2-8D4F-4C3B-9E7A-1F2D3C4B5A69}"

#: Text shrinks to no less than this share of its size before it continues on another slide.
SHRINK_SHARE = 0.75
#: Briefkit's own templates' slide, in points: their sizes are reading sizes on it.
READING_SLIDE = (960.0, 540.0)


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
        self._last_slide_id: int | None = None
        self.count = len(prs.slides)
        """Slides in the deck (lxml counts an element's children one by one: kept here)."""

    def slide(self, layout: Any) -> Any:
        """A new slide in ``layout``, last in the deck: python-pptx's ``Slides.add_slide``, then
        the layout's slide number placeholder (and footer) cloned too, where the template shows
        them (``furniture_shown``)."""
        key = ("blank slide", str(layout.part.partname), self.footer)
        blank: bytes | None = self.cache.get(key)
        if blank is None:
            slide = self.prs.slides.add_slide(layout)
            self.count += 1
            shown = furniture_shown(layout)
            if self.footer and layout._element.get("type") != "title":
                # a handling marking goes on every slide, whatever the template says of its
                # own footer text (the title slide has it among its details instead)
                shown |= {PH.FOOTER}
            for ref in placeholder_elements(layout):
                wanted = (ref.kind == PH.FOOTER and self.footer) or ref.kind == PH.SLIDE_NUMBER
                if wanted and ref.kind in shown:
                    slide.shapes.clone_placeholder(placeholder_shape(layout, ref))
            self.cache.put(key, slide.part.blob)
            self._last_slide_id = None  # python-pptx numbered it
            return slide
        presentation = self.prs.part
        self.count += 1  # python-pptx's ``_next_slide_partname``, without counting the slides
        name = PackURI(f"/ppt/slides/slide{self.count}.xml")
        part = SlidePart(name, CT.PML_SLIDE, presentation.package, parse_xml(blank))
        part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        # A new part has no relationship yet: python-pptx's ``relate_to`` would look for one
        # among all the presentation's, and ``add_sldId`` would scan every slide id for the
        # largest (both once a slide: quadratic in the deck's length). Same ids, kept here.
        r_id = presentation.rels._add_relationship(RT.SLIDE, part)
        self._add_slide_id(r_id)
        return part.slide

    def _add_slide_id(self, r_id: str) -> None:
        """List the slide related as ``r_id`` in the presentation, with the next slide id
        (python-pptx's ``add_sldId``, with the largest id so far remembered)."""
        id_list = self.prs.slides._sldIdLst
        last = self._last_slide_id
        if last is None:
            last = max((int(i) for i in id_list.xpath("./p:sldId/@id")), default=255)
        if last >= 2147483647:  # the schema's largest: python-pptx looks for a free one
            id_list.add_sldId(r_id)
            self._last_slide_id = None
            return
        id_list._add_sldId(id=last + 1, rId=r_id)
        self._last_slide_id = last + 1

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


# --- The deck's pages -------------------------------------------------------------------------


class DeckPages:
    """A deck being built: the presentation, the warnings, and the making of its pages (new
    slides with marking and number, their titles, their speaker notes).

    The slide builders (``tables.TableSlides``, ``writer.DeckWriter``) fill the pages it makes.
    """

    def __init__(
        self,
        briefing: Briefing,
        images: Mapping[str, ChartImage],
        template: DeckTemplate,
        chart_mode: ChartMode = ChartMode.PICTURE,
        chart_style: ChartStyle | None = None,
    ) -> None:
        self.briefing = briefing
        self.chart_mode = chart_mode
        self.chart_style = chart_style or house_style()
        """The colours of native charts."""
        self.language = briefing.language
        self.images = images
        self.template = template
        self.prs = template.new_document()
        carry_prompt_styles(self.prs)
        self.warnings: list[str] = list(template.warnings)
        self.sources = {s.number: s for s in briefing.sources}
        self.boxes = Boxes(template.cache)
        self.blanks = _BlankPages(self.prs, template.cache, footer=bool(briefing.marking))
        self._unknown_cites: set[int] = set()

    # -- plumbing

    def layout(self, role: DeckLayout) -> Any:
        return self.template.layout(self.prs, role)

    def reading_scale(self) -> float:
        """This slide's size against Briefkit's own (``READING_SLIDE``), by its narrower side:
        1.0 on a 33.9 x 19.1 cm slide, 0.75 on a 25.4 x 14.3 cm one."""
        width, height = (int(v) / EMU_PER_PT for v in (self.prs.slide_width, self.prs.slide_height))
        return min(width / READING_SLIDE[0], height / READING_SLIDE[1])

    def text_areas(self, layout: Any) -> Mapping[tuple[Any, int], Rect]:
        """The text placeholders of ``layout`` (by type and idx) whose text area is not their
        box (``geometry.text_area``), and their areas; kept for the template."""
        key = ("text areas", str(layout.part.partname))
        found: dict[tuple[Any, int], Rect] | None = self.template.cache.get(key)
        if found is None:
            found = {}
            for ref in placeholder_elements(layout):
                if ref.kind in (*TITLE_TYPES, *TEXT_TYPES, PH.SUBTITLE):
                    area = self.boxes.area(placeholder_shape(layout, ref))
                    if area is not None:
                        found[(ref.kind, ref.idx)] = area
            self.template.cache.put(key, found)
        return found

    def new_slide(self, role: DeckLayout) -> Any:
        """A slide in the layout for ``role``, with the marking and the slide number filled,
        and its text placeholders given their text areas."""
        layout = self.layout(role)
        slide = self.blanks.slide(layout)
        areas = self.text_areas(layout)
        for ref in placeholder_elements(slide):
            area = areas.get((ref.kind, ref.idx))
            if area is not None:
                self.boxes.resize(placeholder_shape(slide, ref), area)
            if ref.kind == PH.FOOTER:
                write(placeholder_shape(slide, ref).text_frame, [Line(self.briefing.marking)])
            elif ref.kind == PH.SLIDE_NUMBER:
                self._slide_number(placeholder_shape(slide, ref), self.blanks.count)
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
        """Write the slide's title, shrunk until it fits (not below ``min_size``); a title that
        does not fit even then gets the room above its box (up to the slide's margin), then the
        free room below it (``geometry.room_below``)."""
        title = first(slide, *TITLE_TYPES)
        if title is None:
            return
        size = fitted_size(self.boxes, title, text, min_size=min_size, max_lines=None)
        box = self.boxes.of(title)
        needed = box.height_of([Line(text)], size / box.style(0).size)
        if needed > box.height:
            self._grow_title(slide, title, int((needed - box.height) / FILL * EMU_PER_PT))
        fit_single(self.boxes, title, text, min_size=min_size, max_lines=None, size=size)

    def _grow_title(self, slide: Any, title: Any, extra: int) -> None:
        """Make a title's box ``extra`` EMU taller: upwards, as far as the slide's top margin,
        then downwards into the free room under it (clear of what is below, with a gap)."""
        rect = Rect.of(title)
        margin = int(self.prs.slide_height) // 40
        rise = min(extra, max(0, rect.top - margin))
        free = room_below(slide, title, self.boxes.cache) - GAP - rect.bottom
        drop = min(extra - rise, max(0, free))
        if rise > 0 or drop > 0:
            self.boxes.resize(
                title, Rect(rect.left, rect.top - rise, rect.width, rect.height + rise + drop)
            )

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
                remove(ph)
        if not notes:
            return
        numbers = unique(shown, *(p.citations for p in talking_points))
        lines: list[Line] = [Line(text) for text in extra]
        if extra:
            lines.append(Line(""))
        if talking_points:
            lines.append(Line(f"{self.language.w('talking_points')}:", bold=True))
            lines += [Line(f"• {p.cited}") for p in talking_points]
            lines.append(Line(""))
        lines.append(Line(f"{self.language.w('speaker_sources')}:", bold=True))
        lines += [Line(self.reference(n)) for n in sorted(numbers)] or [Line("—")]
        write(_notes_text_frame(self.blanks.notes(slide)), lines)

    def reference(self, number: int, with_note: bool = True) -> str:
        """The full reference of source ``number`` ("[3] Author, Title..."), with its note
        unless ``with_note`` is False."""
        source = self.sources.get(number)
        if source is None:
            if number not in self._unknown_cites:
                self._unknown_cites.add(number)
                self.warnings.append(message("citation_unknown", number=number))
            return f"[{number}]"
        note = source.note.strip() if with_note else ""
        if note:
            note = f" {note[:1].upper()}{note[1:]}" + ("" if note[-1] in ".!?" else ".")
        return f"[{number}] {source.reference}{note}"

    def continued(self, title: str, page: int) -> str:
        return title if page == 0 else f"{title} ({self.language.w('continued')})"


def _notes_text_frame(notes: Any) -> Any:
    """python-pptx's ``notes_text_frame``: that of the notes page's first body placeholder."""
    body = next((ref for ref in placeholder_elements(notes) if ref.kind == PH.BODY), None)
    return None if body is None else placeholder_shape(notes, body).text_frame


def _is_filled(placeholder: Any) -> bool:
    """True for placeholders holding a field (slide number) rather than typed text."""
    return placeholder._element.find(".//" + qn("a:fld")) is not None
