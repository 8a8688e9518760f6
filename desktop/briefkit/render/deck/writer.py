"""The PowerPoint deck: a ``Briefing`` rendered into the slide layouts of a deck template.

Every text goes into a placeholder of the layout chosen for its slide (see
``template.DeckLayout``), so a trainer can edit the deck and a new theme restyles it.
Slides never overflow: text, tables and source lists are measured first (``office.textfit``)
and carried over to continuation slides. Each slide after the title has speaker notes with the
section's talking points and the full references of the sources it shows.

Here are ``render_deck`` and the slide builders; text is written and fitted by ``text``,
slides and notes pages are made by ``pages``, table and timeline slides by ``tables``, chart
slides by ``chart_slides``; where things go on a layout is worked out by ``geometry``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.charts.style import ChartStyle
from briefkit.compose.model import (
    Briefing,
    Callout,
    ChartBlock,
    ChartImage,
    KeyFigure,
    Paragraph,
    Section,
    SourceEntry,
    TableBlock,
    TimelineBlock,
)
from briefkit.messages import message
from briefkit.options import ChartMode, DisputeSlides
from briefkit.render.deck.accessible import make_accessible
from briefkit.render.deck.chart_slides import ChartSlides
from briefkit.render.deck.disputes import APPENDIX_FROM, DisputeTables, disagreements
from briefkit.render.deck.geometry import room_below
from briefkit.render.deck.judgments import guide_slide, judgment_slides
from briefkit.render.deck.pages import SHRINK_SHARE
from briefkit.render.deck.placeholders import (
    PH,
    TEXT_TYPES,
    arrange_cards,
    first,
    key_figure_slots,
    placeholders,
    remove,
)
from briefkit.render.deck.prompt_styles import autonumber, symbol_bullets
from briefkit.render.deck.template import DeckLayout, DeckTemplate, load_deck_template
from briefkit.render.deck.text import (
    Box,
    Line,
    bullets,
    cards_scale,
    fit_scale_spacing,
    fit_single,
    fitted_size,
    grow_to_text,
    shrink_to_text,
    unique,
    write,
    write_fitted,
    write_scaled,
)
from briefkit.render.office.properties import fit_keywords, set_core_properties
from briefkit.render.office.textfit import paginate
from briefkit.render.office.xmltext import language_tag

__all__ = ["MAX_DECK_SLIDES", "DeckWriter", "plan_deck", "render_deck"]

#: Body text shrinks to no less than ``pages.SHRINK_SHARE`` of the template's size, nor below
#: ``MIN_SHRUNK_PT``, nor below ``READING_PT`` on a slide of ``pages.READING_SLIDE`` points
#: (Briefkit's own templates' size, which therefore never shrinks), before it continues on
#: another slide.
MIN_SHRUNK_PT = 16.0
READING_PT = 20.0
#: Line spacing auto-fit may take, tried in this order at each scale (PowerPoint's
#: ``lnSpcReduction`` of 10 % and 20 %).
LINE_SPACING_REDUCTIONS = (1.0, 0.9, 0.8)


@dataclass(frozen=True)
class Paging:
    """Lines split over slides, and the scale and line spacing all of them are written at."""

    pages: list[list[Line]]
    scale: float = 1.0
    spacing: float = 1.0


MAX_DECK_SLIDES = 300
"""No section starts after this many slides (a talk of several hours); the sections left out
are named in a warning that points to the report."""


def render_deck(
    briefing: Briefing,
    images: Mapping[str, ChartImage],
    template: Path | DeckTemplate,
    out: Path | BinaryIO,
    chart_mode: ChartMode = ChartMode.PICTURE,
    chart_style: ChartStyle | None = None,
    disputes: DisputeSlides = DisputeSlides.AUTO,
    finish: Callable[[Any], None] | None = None,
) -> list[str]:
    """Write ``briefing`` as a 16:9 deck in ``template``'s layouts to ``out``; return warnings.

    ``images`` holds the chart pictures keyed by ``ChartSpec.id``. ``template`` is a .pptx path
    (checked with ``load_deck_template``) or a template loaded before. ``chart_mode`` is
    PICTURE (every chart a picture) or NATIVE: charts PowerPoint can draw itself become editable
    charts with their data inside (see ``native_charts``), the others stay pictures; native
    charts take the colours of ``chart_style`` (the pictures' style; None: the house style).
    ``disputes`` says where the "Sources disagree" slides go (``plan_deck``). Raises
    ``TemplateError`` if the template cannot be used, ``ValueError`` for another chart mode.
    """
    if chart_mode not in tuple(ChartMode):
        modes = ", ".join(ChartMode)
        raise ValueError(f"chart_mode must be one of {modes}, not {chart_mode!r}")
    loaded = template if isinstance(template, DeckTemplate) else load_deck_template(template)
    writer = plan_deck(briefing, images, loaded, ChartMode(chart_mode), chart_style, disputes)
    if finish is not None:  # the main part, before saving: the deck's record goes in there
        finish(writer.prs.part)
    writer.prs.save(str(out) if isinstance(out, Path) else out)
    return writer.warnings


def plan_deck(
    briefing: Briefing,
    images: Mapping[str, ChartImage],
    template: DeckTemplate,
    chart_mode: ChartMode = ChartMode.PICTURE,
    chart_style: ChartStyle | None = None,
    disputes: DisputeSlides = DisputeSlides.AUTO,
    pages_only: bool = False,
) -> DisputeTables:
    """The deck built (not saved): its presentation (``prs``), warnings and the slide number
    of each dispute (``dispute_pages``). With ``AUTO`` the disputes go to an appendix when the
    deck would run past ``APPENDIX_FROM`` slides with them in place; a deck cut at
    ``MAX_DECK_SLIDES`` keeps them in place (an appendix would run past the cut).
    ``pages_only``: the slides are made for their numbers alone, without the finishing pass
    (languages, reading order, titles made unique, properties), as the summary deck needs."""
    appendix = disputes != DisputeSlides.INLINE and bool(disagreements(briefing))
    writer = DeckWriter(briefing, images, template, chart_mode, chart_style)
    writer.appendix, writer.pages_only = appendix, pages_only
    writer.write()
    short = disputes == DisputeSlides.AUTO and writer.inline_count() <= APPENDIX_FROM
    if appendix and (short or writer.stopped):
        writer = DeckWriter(briefing, images, template, chart_mode, chart_style)
        writer.pages_only = pages_only
        writer.write()
    return writer


# --- The deck ---------------------------------------------------------------------------------


class DeckWriter(ChartSlides, DisputeTables):
    """One rendering: the presentation being built and the warnings collected on the way."""

    stopped = False
    """Whether the deck stopped at ``MAX_DECK_SLIDES`` (sections left out)."""
    pages_only = False
    """Whether the deck is made for its slide numbers alone (``plan_deck``)."""

    # -- the slides

    def write(self) -> None:
        self.title_slide()
        self.agenda()
        judgment_slides(self)
        guide_slide(self)
        self.key_figures()
        sections = self.briefing.sections
        for number, section in enumerate(sections, 1):
            if self.blanks.count >= MAX_DECK_SLIDES:
                self.stopped = True
                left, total = len(sections) - number + 1, len(sections)
                said = {"slides": MAX_DECK_SLIDES, "left": left, "total": total}
                self.warnings.append(message("deck_stops", **said, title=section.title))
                break
            self.section(number, section)
        self.source_slides()
        self.appendix_slides(self.callout)
        if not self.pages_only:
            self.properties()

    def title_slide(self) -> None:
        b, lang = self.briefing, self.language
        slide = self.new_slide(DeckLayout.TITLE)
        title = first(slide, PH.CENTER_TITLE, PH.TITLE)
        if title is not None:
            fit_single(self.boxes, title, b.title, min_size=24, max_lines=None)
        details = [
            f"{label}: {value}"
            for label, value in (
                (lang.w("period"), b.period_label),
                (lang.w("issued"), b.issued_label),
                (lang.w("prepared_by"), b.prepared_by),
            )
            if value
        ]
        if b.marking and not first(slide, PH.FOOTER):
            details.append(b.marking)
        boxes = placeholders(slide, PH.SUBTITLE, PH.BODY, PH.OBJECT)
        written: list[tuple[Any, list[Line]]] = []
        if len(boxes) >= 2:
            written.append((boxes[0], [Line(b.subtitle)] if b.subtitle else []))
            lines = [Line(d) for d in details]
            if len(lines) > 1 and not self._fits(boxes[1], lines):  # a short box: one line
                lines = [Line(" · ".join(details))]
            written.append((boxes[1], lines))
        elif boxes:
            lines = [Line(t) for t in (b.subtitle, *details) if t]
            if len(details) > 1 and not self._fits(boxes[0], lines):
                lines = [Line(t) for t in (b.subtitle, " · ".join(details)) if t]
            written.append((boxes[0], lines))
        for box, lines in written:  # what does not fit at the least size takes the room below
            scale = write_fitted(self.boxes, box, lines)
            bottom = room_below(slide, box, self.boxes.cache)
            grow_to_text(self.boxes, box, lines, scale, bottom)
        self.finish(slide, (), notes=False)  # the agenda's notes carry the summary

    def agenda(self) -> None:
        sections = self.briefing.sections
        if not sections:
            return
        paging = self.paged(DeckLayout.CONTENT, [[Line(s.title)] for s in sections])
        start = 1
        for page, chunk in enumerate(paging.pages):
            slide = self.new_slide(DeckLayout.CONTENT)
            self.set_title(slide, self.continued(self.language.w("agenda"), page))
            body = first(slide, *TEXT_TYPES)
            if body is not None:
                write_scaled(self.boxes, body, chunk, paging.scale, paging.spacing)
                text_font = symbol_bullets(body)
                for paragraph in body.text_frame.paragraphs:
                    autonumber(paragraph, start, text_font)
            start += len(chunk)
            self.finish(slide, (), self.briefing.summary)

    def paged(self, role: DeckLayout, groups: Sequence[Sequence[Line]]) -> Paging:
        """Groups of lines (a paragraph and its sub-bullets) split over slides of ``role``, and
        the scale and line spacing to write them at.

        A group stays on one slide unless it is taller than a whole slide; measured in the text
        area of ``role``'s layout. Text that does not fit one slide shrinks first, as
        PowerPoint's auto-fit does (one scale for all of it, in steps of 5 %, not below
        ``shrink_floor``, and line spacing reduced by up to 20 %), when that takes fewer
        slides: the largest size, then the widest spacing, that takes the fewest. In big type
        a group may then also continue on the next slide (its sentences carried over as a
        page break carries a paragraph's lines), when that takes fewer slides still.
        """
        layout = self.layout(role)
        target = first(layout, *TEXT_TYPES)
        flat = [line for group in groups for line in group]
        if target is None or not flat:
            return Paging([flat])
        box = self.boxes.of(target)

        def pages_at(scale: float, spacing: float, split: bool = False) -> list[list[Line]]:
            items: list[Sequence[Line]] = []
            for group in groups:
                if split or box.height_of(group, scale, spacing) > box.height:
                    items += [[line] for line in group]
                elif group:
                    items.append(group)
            pages = paginate(
                items,
                lambda item: box.height_of(item, scale, spacing),
                box.height,
                single=lambda item: len(item) == 1,  # one bullet (not a paragraph's sentences)
            )
            return [[line for group in page for line in group] for page in pages]

        best = Paging(pages_at(1.0, 1.0))
        floor = self.shrink_floor(box)
        scales = [round(1.0 - 0.05 * step, 2) for step in range(6)]
        scales = [scale for scale in scales if scale >= floor - 1e-9]
        spacings = (1.0,) if box.exact_spacing else LINE_SPACING_REDUCTIONS
        if len(best.pages) > 1 and len(scales) > 1:
            for split in (False, True):
                fewest = len(pages_at(scales[-1], spacings[-1], split))
                if fewest < len(best.pages):
                    best = next(
                        Paging(shrunk, scale, spacing)
                        for scale in scales
                        for spacing in spacings
                        if len(shrunk := pages_at(scale, spacing, split)) == fewest
                    )
        return best

    def shrink_floor(self, box: Box) -> float:
        """The least scale body text may shrink to before it continues on another slide: 75 %
        of the template's size, never below 16 pt nor below Briefkit's own reading size (20 pt
        on its 33.9 x 19.1 cm slide, in proportion to this slide's narrower side)."""
        size = box.style(0).size
        least = max(SHRINK_SHARE * size, MIN_SHRUNK_PT, READING_PT * self.reading_scale())
        return min(1.0, least / size)

    def key_figures(
        self, one_slide: bool = False, talking_points: Sequence[Paragraph] = ()
    ) -> None:
        """The key figures' slides (with ``one_slide``, as many as one holds), their notes
        with ``talking_points``."""
        figures = self.briefing.key_figures
        if not figures:
            return
        layout = self.layout(DeckLayout.KEY_FIGURES)
        per_slide = len(key_figure_slots(layout))
        if not per_slide:
            self.key_figures_as_list(figures, one_slide, talking_points)
            return
        if one_slide:
            figures = figures[:per_slide]
        count = -(-len(figures) // per_slide)  # slides needed
        per_slide = -(-len(figures) // count)  # the figures spread evenly over them
        chunks = [figures[i : i + per_slide] for i in range(0, len(figures), per_slide)]
        for page, chunk in enumerate(chunks):
            slide = self.new_slide(DeckLayout.KEY_FIGURES)
            self.set_title(slide, self.continued(self.language.w("key_figures"), page))
            slots = key_figure_slots(slide)
            used = arrange_cards(slots, len(chunk))
            pairs = list(zip(chunk, (slots[i] for i in used), strict=True))
            size = min(  # one size for every value on the slide, the largest that fits them all
                fitted_size(self.boxes, value_ph, f.value, min_size=20, max_lines=1)
                for f, (value_ph, _) in pairs
            )
            texts = [
                [
                    Line(f.label, 0),
                    Line(" ".join(t for t in (f.detail, f.cite.label()) if t), 1),
                ]
                for f, _ in pairs
            ]
            # One text size for every label too: the largest at which all of them fit, not
            # under 10 pt; else the labels alone (the speaker notes keep the details).
            labels = [label_ph for _, (_, label_ph) in pairs]
            scale = cards_scale(self.boxes, list(zip(labels, texts, strict=True)), 0.6)
            if not scale:
                texts = [lines[:1] for lines in texts]
                scale = cards_scale(self.boxes, list(zip(labels, texts, strict=True)), 0.6)
            for (figure, (value_ph, label_ph)), lines in zip(pairs, texts, strict=True):
                fit_single(self.boxes, value_ph, figure.value, min_size=20, max_lines=1, size=size)
                write_scaled(self.boxes, label_ph, lines, scale or 0.6)
            for i, (value_ph, label_ph) in enumerate(slots):
                if i not in used:
                    remove(value_ph)
                    remove(label_ph)
            self.finish(
                slide,
                unique(*(f.citations for f in chunk)),
                talking_points,
                extra=[_figure_note(f) for f in chunk],
            )

    def key_figures_as_list(
        self,
        figures: Sequence[KeyFigure],
        one_slide: bool = False,
        talking_points: Sequence[Paragraph] = (),
    ) -> None:
        """Key figures as a list, "value — label (detail) [n]"; in big type without their
        details when that takes fewer slides (the speaker notes then give them)."""

        def listed(detail: bool) -> list[list[Line]]:
            return [
                [
                    Line(
                        " ".join(
                            t
                            for t in (
                                f"{f.value} — {f.label}",
                                f"({f.detail})" if detail and f.detail else "",
                                f.cite.label() if f.citations else "",
                            )
                            if t
                        ),
                        0,
                        f.citations,
                    )
                ]
                for f in figures
            ]

        groups, notes = listed(True), False
        target = first(self.layout(DeckLayout.KEY_FIGURES), *TEXT_TYPES)
        if target is not None and self.shrink_floor(self.boxes.of(target)) < 1.0:
            short = listed(False)
            full = len(self.paged(DeckLayout.KEY_FIGURES, groups).pages)
            if len(self.paged(DeckLayout.KEY_FIGURES, short).pages) < full:
                groups, notes = short, True
        by_line = {group[0]: _figure_note(f) for group, f in zip(groups, figures, strict=True)}
        if one_slide:
            groups = groups[: len(self.paged(DeckLayout.KEY_FIGURES, groups).pages[0])]
        self.text_slides(
            DeckLayout.KEY_FIGURES,
            self.language.w("key_figures"),
            groups,
            talking_points,
            extra=(lambda chunk: [by_line[line] for line in chunk]) if notes else None,
        )

    def section(self, number: int, section: Section) -> None:
        slide = self.new_slide(DeckLayout.SECTION)
        self.set_title(slide, section.title, min_size=24)
        body = first(slide, *TEXT_TYPES)
        if body is not None:
            write(body.text_frame, [Line(f"{number:02d}")])
        self.finish(slide, (), section.talking_points)

        pending: list[Paragraph] = []
        held: list[Callout] = []  # disputes for the appendix, listed in one table here
        for block in section.blocks:
            if self.appendix and isinstance(block, Callout) and block.kind == "disagreement":
                if pending:
                    self.narrative(section, pending)
                    pending = []
                held.append(block)
                continue
            if held:
                self.hold_disputes(section, held)
                held = []
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
        if held:
            self.hold_disputes(section, held)

    def narrative(self, section: Section, paragraphs: Sequence[Paragraph]) -> None:
        groups = [bullets(p) for p in paragraphs if p.cited]
        self.text_slides(DeckLayout.CONTENT, section.title, groups, section.talking_points)

    def text_slides(
        self,
        role: DeckLayout,
        title: str,
        groups: Sequence[Sequence[Line]],
        talking_points: Sequence[Paragraph] = (),
        extra: Callable[[Sequence[Line]], list[str]] | None = None,
    ) -> None:
        """Slides of ``role`` titled ``title`` (continued), holding ``groups`` as ``paged``
        splits them; the notes: ``extra`` of each slide's lines, ``talking_points`` and the
        sources each slide cites."""
        paging = self.paged(role, groups)
        for page, chunk in enumerate(paging.pages):
            slide = self.new_slide(role)
            self.set_title(slide, self.continued(title, page))
            body = first(slide, *TEXT_TYPES)
            if body is not None:
                scale = self.page_scale(role, chunk, paging.scale, paging.spacing)
                write_scaled(self.boxes, body, chunk, scale, paging.spacing)
            notes = extra(chunk) if extra is not None else []
            self.finish(slide, unique(*(line.cites for line in chunk)), talking_points, notes)

    def page_scale(
        self, role: DeckLayout, lines: Sequence[Line], scale: float, spacing: float = 1.0
    ) -> float:
        """``scale``, or less for a slide whose one paragraph is taller than it at ``scale``
        (down to ``shrink_floor``)."""
        target = first(self.layout(role), *TEXT_TYPES)
        if target is None:
            return scale
        box = self.boxes.of(target)
        floor = self.shrink_floor(box)
        if floor >= scale or box.height_of(lines, scale, spacing) <= box.height:
            return scale
        least = fit_scale_spacing(self.boxes, target, lines, floor, (spacing,))[0]
        return min(scale, least or floor)

    def callout(self, section: Section, block: Callout) -> None:
        """A boxed remark; a disagreement names each source under its version.

        The versions belong side by side, so the text shrinks a little before it would be
        carried over to a second slide.
        """
        lang = self.language
        title = block.title
        disagree = block.kind == "disagreement"
        if disagree and lang.w("sources_disagree").casefold() not in title.casefold():
            title = f"{lang.w('sources_disagree')}: {title}"
        if disagree:
            self.dispute_pages.append((block, self.blanks.count + 1))
        # A disagreement names each source under its version: in full, else, in big type,
        # without the source's note, else by its marker only (the notes hold every full
        # reference): the first that fits one slide.
        variants: list[list[list[Line]]] = []
        details: tuple[tuple[bool, bool], ...] = ((False, False),)
        if disagree:
            details = ((True, True), (True, False), (False, False))
        layout_body = first(self.layout(DeckLayout.CALLOUT), *TEXT_TYPES)
        if layout_body is None or self.shrink_floor(self.boxes.of(layout_body)) >= 1.0:
            details = details[:1]  # (big type only: Briefkit's own templates keep it in full)
        for detail in details:
            groups: list[list[Line]] = []
            for p in block.paragraphs:
                group = [Line(p.cited, 0, p.citations, bold=None if disagree else False)]
                if detail[0]:
                    group += [Line(self.reference(n, detail[1]), 1, (n,)) for n in p.citations]
                groups.append(group)
            variants.append(groups)
        shown = unique(*(line.cites for group in variants[0] for line in group))
        scale, spacing, flat = 0.0, 1.0, [line for group in variants[0] for line in group]
        if layout_body is not None:
            box = self.boxes.of(layout_body)
            floor = self.shrink_floor(box)
            least = min(max(0.8, MIN_SHRUNK_PT / box.style(0).size), floor)
            # In big type, auto-fit's line-spacing reduction too (as ``paged``).
            spacings = (1.0,) if floor >= 1.0 or box.exact_spacing else LINE_SPACING_REDUCTIONS
            for groups in variants:
                flat = [line for group in groups for line in group]
                scale, spacing = fit_scale_spacing(
                    self.boxes, layout_body, flat, min(1.0, least), spacings
                )
                if scale:
                    break
        paging = Paging([flat], scale, spacing)
        if not scale:  # over several slides: the fullest of those that take the fewest
            paging = min(
                (self.paged(DeckLayout.CALLOUT, groups) for groups in variants),
                key=lambda paged: len(paged.pages),
            )
        for page, chunk in enumerate(paging.pages):
            slide = self.new_slide(DeckLayout.CALLOUT)
            self.set_title(slide, self.continued(title, page))
            body = first(slide, *TEXT_TYPES)
            if body is not None:
                write_scaled(self.boxes, body, chunk, paging.scale, paging.spacing)
                shrink_to_text(self.boxes, body, chunk, paging.scale, paging.spacing)
            self.finish(slide, shown, section.talking_points)

    def source_slides(self, sources: Sequence[SourceEntry] | None = None) -> None:
        """The Sources slides: ``sources``, else every source of the briefing."""
        sources = self.briefing.sources if sources is None else sources
        if not sources:
            return

        def listed(with_note: bool) -> list[list[Line]]:
            return [
                [Line(self.reference(s.number, with_note).replace("] ", "]\t", 1), 0, (s.number,))]
                for s in sources
            ]

        groups = listed(True)
        target = first(self.layout(DeckLayout.SOURCES), *TEXT_TYPES)
        if target is not None and self.shrink_floor(self.boxes.of(target)) < 1.0:
            # Big type: the sources without their notes when that takes fewer slides (each
            # slide's speaker notes keep the full references).
            short = listed(False)
            if len(self.paged(DeckLayout.SOURCES, short).pages) < len(
                self.paged(DeckLayout.SOURCES, groups).pages
            ):
                groups = short
        self.text_slides(DeckLayout.SOURCES, self.language.w("sources"), groups)

    def properties(self) -> None:
        b = self.briefing
        # every run in the briefing language, titles first and unique (accessibility)
        make_accessible(self.prs, language_tag(b.language.code), self.language.w("continued"))
        set_core_properties(
            self.prs.core_properties,
            title=b.title,
            subject=b.subtitle,
            author=b.prepared_by,
            keywords=fit_keywords(b.keywords, "; "),
            category=b.marking,
            language=b.language.code,
            last_modified_by="Briefkit",
            comments=f"{self.language.w('period')}: {b.period_label}",
            revision=1,
            created=dt.datetime.combine(b.issued, dt.time()),
        )


def _figure_note(figure: KeyFigure) -> str:
    cites = figure.cite.label() if figure.citations else ""
    return " ".join(t for t in (f"{figure.value} — {figure.label}, {figure.detail}", cites) if t)
