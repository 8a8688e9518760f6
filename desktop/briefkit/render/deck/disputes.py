"""The "Sources disagree" slides as an overview table, and in an appendix section at the end.

A deck whose disputes would interrupt the story (``APPENDIX_FROM``) shows, where the topic puts
them, one table listing each dispute, the sources of its versions and the slide that shows
it; the slides themselves follow the sources, after an "Appendix" section slide, in a
PowerPoint section of their own (``p14:sectionLst``: PowerPoint shows the sections in its
slide pane and sorter; LibreOffice, which has no sections, ignores it). The summary deck uses
the same table, pointing into the full deck.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from briefkit.compose.model import Briefing, Callout, Paragraph, Section
from briefkit.render.deck.placeholders import TEXT_TYPES, first
from briefkit.render.deck.tables import Cell, TableSlides
from briefkit.render.deck.template import DeckLayout
from briefkit.render.deck.text import Line, cite_label, unique, write

APPENDIX_FROM = 30
"""With ``DisputeSlides.AUTO``, a deck that would run past this many slides with its disputes
in place puts them in an appendix."""
_SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_UNKNOWN_SLIDE = "000"
"""What the slide column holds until the appendix is written (as wide as a slide number)."""


def disagreements(briefing: Briefing) -> list[tuple[Section, Callout]]:
    """Every "Sources disagree" callout of the briefing, with its section, in order."""
    return [
        (section, block)
        for section in briefing.sections
        for block in section.blocks
        if isinstance(block, Callout) and block.kind == "disagreement"
    ]


class DisputeTables(TableSlides):
    """The dispute overview table, and the appendix that holds the dispute slides."""

    appendix = False
    """Whether the disputes go to an appendix (set by the deck writer before it writes)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dispute_pages: list[tuple[Callout, int]] = []
        """Each disagreement slide written, and its slide number (its first, if continued)."""
        self.held: list[tuple[Section, Callout]] = []
        self.overview_slides: list[int] = []
        """Slide indexes of the overview tables whose slide column is filled in at the end."""
        self.appendix_start = 0

    def dispute_table(
        self,
        section: Section,
        title: str,
        rows: Sequence[tuple[Callout, str]],
        heading: str,
    ) -> range:
        """One table of ``rows`` (a dispute and the slide showing it): what is disputed, the
        sources of its versions, the slide; the indexes of the slides it takes."""
        lang = self.language
        prefix = f"{lang.w('sources_disagree')}: "
        header = [
            Cell((Line(text, bold=True),))
            for text in (lang.w("col_dispute"), lang.w("col_sources"), heading)
        ]
        body = []
        cited: list[tuple[int, ...]] = []
        for callout, page in rows:
            numbers = tuple(sorted(unique(*(p.citations for p in callout.paragraphs))))
            cited.append(numbers)
            what = callout.title.removeprefix(prefix)
            body.append(
                [Cell((Line(what),)), Cell((Line(cite_label(numbers)),)), Cell((Line(page),))]
            )
        shown = unique(*cited)
        caption = f"{lang.w('sources')}: {cite_label(shown)}" if shown else ""
        first_index = self.blanks.count
        self.table_slides(
            section,
            title,
            header,
            body,
            [0.62, 0.2, 0.18],
            (caption, caption),
            "",
            shown,
            [False, True, True],
        )
        return range(first_index, self.blanks.count)

    def hold_disputes(self, section: Section, callouts: Sequence[Callout]) -> None:
        """In place of ``callouts``: the overview table (its slide numbers filled in once the
        appendix is written); the callouts are kept for the appendix."""
        self.held += [(section, c) for c in callouts]
        points = (*(Paragraph.of(c.paragraphs[0].plain) for c in callouts if c.paragraphs),)
        listed = Section(section.id, section.title, (), (*section.talking_points, *points))
        title = self.language.w("where_sources_disagree")
        rows = [(c, _UNKNOWN_SLIDE) for c in callouts]
        self.overview_slides += self.dispute_table(listed, title, rows, self.language.w("slide"))

    def appendix_slides(self, write_callout: Any) -> None:
        """The appendix: a section slide, the held dispute slides (``write_callout(section,
        callout)`` writes one), then the overview tables' slide numbers and the sections."""
        if not self.held:
            return
        lang = self.language
        self.appendix_start = self.blanks.count
        slide = self.new_slide(DeckLayout.SECTION)
        # "Appendix" as its title: the overview slide is already "Where the sources disagree"
        # (titles are unique, for screen readers)
        self.set_title(slide, lang.w("appendix"), min_size=24)
        body = first(slide, *TEXT_TYPES)
        if body is not None:
            write(body.text_frame, [Line(lang.w("where_sources_disagree"))])
        self.finish(slide, ())
        first_page = len(self.dispute_pages)
        for section, callout in self.held:
            write_callout(section, callout)
        pages = iter(str(page) for _, page in self.dispute_pages[first_page:])
        slides = self.prs.slides
        for index in self.overview_slides:
            for cell in _slide_cells(slides[index]):
                run = next(iter(cell.iter(qn("a:t"))), None)
                if run is not None and run.text == _UNKNOWN_SLIDE:
                    run.text = next(pages, "")
        self.mark_sections()

    def inline_count(self) -> int:
        """The slides the deck would have with its disputes in place."""
        extra = len(self.overview_slides) + (1 if self.held else 0)
        return self.blanks.count - extra

    def mark_sections(self) -> None:
        """Two PowerPoint sections: the briefing, and the appendix from ``appendix_start``."""
        presentation = self.prs.part._element
        ids = [s.get("id") for s in self.prs.slides._sldIdLst]
        lang = self.language
        parts = (
            (lang.w("main_part"), ids[: self.appendix_start]),
            (lang.w("appendix"), ids[self.appendix_start :]),
        )
        ext_list = presentation.find(qn("p:extLst"))
        if ext_list is None:
            ext_list = etree.SubElement(presentation, qn("p:extLst"))
        for old in ext_list.findall(qn("p:ext")):
            if old.get("uri") == _SECTIONS_URI:
                ext_list.remove(old)
        ext = etree.SubElement(ext_list, qn("p:ext"), uri=_SECTIONS_URI)
        listing = etree.SubElement(ext, f"{{{_P14}}}sectionLst", nsmap={"p14": _P14})
        for n, (name, members) in enumerate(parts):
            guid = uuid.uuid5(uuid.NAMESPACE_URL, f"briefkit-deck-section-{n}")
            section = etree.SubElement(
                listing, f"{{{_P14}}}section", name=name, id="{" + str(guid).upper() + "}"
            )
            slide_ids = etree.SubElement(section, f"{{{_P14}}}sldIdLst")
            for slide_id in members:
                etree.SubElement(slide_ids, f"{{{_P14}}}sldId", id=str(slide_id))


def _slide_cells(slide: Any) -> list[Any]:
    """The last cell of each row of the tables on ``slide`` (the slide column)."""
    return [row[-1] for row in (tr.findall(qn("a:tc")) for tr in slide._element.iter(qn("a:tr")))]
