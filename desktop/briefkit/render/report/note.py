"""The briefing note: a ``Note`` written into the report template, two A4 pages at most.

Title line (marking, title, "Briefing note", date, period, prepared by), purpose and bottom
line, key judgments with the "How to read this briefing" key beneath them, key figures, the
lead chart, key points, where the sources disagree, numbered sources. The key never costs a
key point: a note it would take over two pages is written tight (``_written``).
Every style is the report's (``templates/README.md``); nothing here is a style of its own but
the key points' hanging indent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.compose.model import ChartImage, Paragraph
from briefkit.compose.note import Note
from briefkit.messages import message
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.template import ReportTemplate, load_report_template
from briefkit.render.report.text import set_outline_level
from briefkit.render.report.writer import _ReportWriter

S = ReportStyle

NOTE_CHART_WIDTH_CM = 13.5
"""The lead chart's width in the note (narrower when the text column is)."""
NOTE_CHART_HEIGHT_SHARE = 0.36
"""The lead chart never takes more than this share of a page's text column ..."""
NOTE_CHART_MIN_PT = 130.0
"""... and is made smaller, down to this height, to stay on the page its headline starts, or
to keep the note within ``NOTE_PAGES``."""
NOTE_PAGES = 2
NOTE_PAGE_MARGIN = 0.06
"""The share of a page the chart leaves free below it, for what the estimate misses."""
_EMU_PER_PT = 12700
_WP_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
BULLET = "•"
_INDENT_CM = 0.6


def render_note(
    note: Note,
    images: Mapping[str, ChartImage],
    template: Path | ReportTemplate,
    out: Path | BinaryIO,
    *,
    finish: Callable[[Any], None] | None = None,
) -> list[str]:
    """Write ``note`` as a Word document into ``out``; returns warnings for the user.
    ``finish`` is called with the document's main part before it is saved (the record)."""
    from briefkit.render.report.pages import estimate_pages

    loaded = template if isinstance(template, ReportTemplate) else load_report_template(template)
    while True:  # the key points that fit, as without the "How to read" key
        writer = _written(note, images, loaded, key=False)
        pages = estimate_pages(writer.doc)
        shorter = note.shorter() if pages > NOTE_PAGES else None
        if shorter is None:
            break
        note = shorter  # a key point less, in a template whose text is large
    keyed = bool(note.key_judgments and note.briefing.guide)
    if keyed:  # the key never costs a key point: the note is written tight when it must be
        writer = _written(note, images, loaded, key=True)
        pages = estimate_pages(writer.doc)
    if pages > NOTE_PAGES:
        writer = _written(note, images, loaded, key=keyed, tight=True)
        pages = estimate_pages(writer.doc)
    if pages > NOTE_PAGES:
        writer.warnings.append(message("note_pages_over", pages=pages, limit=NOTE_PAGES))
    if finish is not None:
        finish(writer.doc.part)
    writer.doc.save(str(out) if isinstance(out, Path) else out)
    return writer.warnings


def _written(
    note: Note,
    images: Mapping[str, ChartImage],
    template: ReportTemplate,
    *,
    key: bool,
    tight: bool = False,
) -> _NoteWriter:
    """The note written, its lead chart fitted (``_fitted_share``); ``key``: with the "How to
    read this briefing" key. ``tight``: the gaps between paragraphs halved, the key after the
    key figures (their cards stay on page 1) and the lead chart at its smallest when the note
    still runs over."""
    writer = _NoteWriter(note, images, template, NOTE_CHART_HEIGHT_SHARE, key, tight)
    writer.write()
    share = _fitted_share(writer)
    if share is not None:
        writer = _NoteWriter(note, images, template, share, key, tight)
        writer.write()
    return writer


def _fitted_share(writer: _NoteWriter) -> float | None:
    """The lead chart's height share that keeps it on the page its headline starts, with a
    margin for the estimate (when it would not fit there), or that keeps the note within two
    pages; None: as it is."""
    from briefkit.render.report.pages import estimate_pages, paragraph_height, placements

    if writer.chart_span is None:
        return None
    start, end = writer.chart_span
    doc = writer.doc
    body = list(doc.element.body)
    marks, height = placements(doc)
    too_long = estimate_pages(doc) > NOTE_PAGES
    picture = (
        sum(int(e.get("cy", "0")) for i in range(start, end) for e in body[i].iter(_WP_EXTENT))
        / _EMU_PER_PT
    )
    others = sum(paragraph_height(doc, body[i]) for i in range(start, end)) - picture
    room = height * (1 - NOTE_PAGE_MARGIN) - marks[start][1] - others
    if picture <= room and not too_long:
        return None
    if too_long and writer.tight:  # the last means to stay within two pages
        return min(picture, NOTE_CHART_MIN_PT) * _EMU_PER_PT / writer.text_height
    if room >= NOTE_CHART_MIN_PT:
        fitted = min(room, picture)
    elif too_long:
        fitted = NOTE_CHART_MIN_PT
    else:
        return None
    return fitted * _EMU_PER_PT / writer.text_height


class _NoteWriter(_ReportWriter):
    """Writes one note into a fresh document made from the report template."""

    chart_width_cm = NOTE_CHART_WIDTH_CM

    def __init__(
        self,
        note: Note,
        images: Mapping[str, ChartImage],
        template: ReportTemplate,
        chart_share: float,
        key: bool = True,
        tight: bool = False,
    ) -> None:
        super().__init__(note.briefing, images, template, {})
        self.note = note
        self.tight = tight
        """Whether the space above and below every paragraph is halved (a note that would
        run over two pages)."""
        self.key = key
        """Whether the note shows the "How to read this briefing" key (under its judgments)."""
        self.chart_height_share = chart_share
        self.chart_span: tuple[int, int] | None = None
        """The body elements of the lead chart (headline to caption), once written."""

    def write(self) -> None:
        note, lang = self.note, self.language
        self._title_line()
        self._labelled(lang.w("note_purpose"), Paragraph.of(note.purpose))
        self._labelled(lang.w("note_bottom_line"), note.bottom_line)
        if note.key_judgments:
            self._sub_heading(lang.w("key_judgments"))
            for judgment in note.key_judgments:
                paragraph = self._bullet(judgment.text)
                if judgment.assessment:
                    paragraph.add_run(" " + xml_safe(judgment.assessment)).italic = True
            if not self.tight:
                self._key()
        if self.briefing.key_figures:
            self._sub_heading(lang.w("key_figures"))
            self._key_figures(self.briefing.key_figures)
        if note.key_judgments and self.tight:
            self._key()
        if note.chart is not None:
            self._gap_pending = True
            start = len(self.doc.element.body) - 1  # the section properties stay last
            self._chart(note.chart)
            end = len(self.doc.element.body) - 1
            self.chart_span = (start, end) if end > start else None
        if note.key_points:
            self._sub_heading(lang.w("note_key_points"))
            for point in note.key_points:
                self._bullet(point)
        self._sub_heading(lang.w("where_sources_disagree"))
        self._disputes()
        if self.briefing.sources:
            self._sub_heading(lang.w("sources"))
            for source in self.briefing.sources:
                paragraph = self._para(self.doc, S.SOURCE_ENTRY)
                paragraph.add_run(f"[{source.number}]\t")
                paragraph.add_run(xml_safe(source.reference))
                if source.note.strip():
                    paragraph.add_run(" (" + xml_safe(source.note.strip()) + ")").italic = True
        if self.tight:
            self._tighten()
        self._header_footer()
        self._properties()

    def _tighten(self) -> None:
        """Halve the space before and after every paragraph of the body."""
        from briefkit.render.report.style_chain import merged_attrs
        from briefkit.render.report.text import W

        styles = self.doc.styles.element
        by_id = {s.get(f"{W}styleId"): s for s in styles.iterchildren(f"{W}style")}
        for p in self.doc.element.body.iterchildren(f"{W}p"):
            p_pr = p.get_or_add_pPr()
            style = p_pr.find(f"{W}pStyle")
            spacing = merged_attrs(
                styles,
                by_id.get(style.get(f"{W}val")) if style is not None else None,
                "pPr",
                "spacing",
            )
            own = p_pr.get_or_add_spacing()
            for side in ("before", "after"):
                value = own.get(f"{W}{side}") or spacing.get(side, "0")
                if value.isdigit():
                    own.set(f"{W}{side}", str(int(value) // 2))

    def _title_line(self) -> None:
        b, lang = self.briefing, self.language
        if b.marking:
            self._para(self.doc, S.MARKING, b.marking)
        from docx.shared import Pt

        title = self._para(self.doc, S.TITLE, b.title)
        title.paragraph_format.page_break_before = False
        title.paragraph_format.space_before = Pt(0)  # a cover's title stands lower
        details = [lang.w("note_title"), b.issued_label]
        if b.period_label.strip():
            details.append(f"{lang.w('period')}: {b.period_label}")
        if b.prepared_by:
            details.append(f"{lang.w('prepared_by')}: {b.prepared_by}")
        line = self._para(self.doc, S.NORMAL)
        line.add_run(xml_safe(details[0])).bold = True
        line.add_run(xml_safe("  ·  " + "  ·  ".join(details[1:])))

    def _key(self) -> None:
        """The "How to read this briefing" box, once, as one paragraph under the judgments: its
        title in bold, then the scales (the report's box, run together to save room)."""
        from docx.shared import Pt

        from briefkit.render.report.tables import style_metrics

        guide = self.briefing.guide
        if not (guide and self.key):
            return
        paragraph = self._para(self.doc, S.CALLOUT_TEXT)
        paragraph.paragraph_format.keep_together = True  # a box, never split by a page
        paragraph.add_run(xml_safe(self.language.w("how_to_read")) + ". ").bold = True
        for n, part in enumerate(guide):
            if n:
                paragraph.add_run(" ")
            self._write_runs(paragraph, part)
        # in the type of the note's sources list when the box's own is larger (room on page 1)
        own, _ = style_metrics(self.doc, self._style(S.CALLOUT_TEXT), 10.0)
        small, _ = style_metrics(self.doc, self._style(S.SOURCE_ENTRY), own)
        if small < own:
            for run in paragraph.runs:
                run.font.size = Pt(small)
        self._gap_pending = True

    def _sub_heading(self, text: str) -> Any:
        paragraph = self._para(self.doc, S.HEADING_2, text)
        set_outline_level(paragraph, 0)  # the note's top headings, under its title (accessibility)
        paragraph.paragraph_format.page_break_before = False
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def _labelled(self, label: str, text: Paragraph) -> None:
        paragraph = self._para(self.doc, S.NORMAL)
        paragraph.add_run(xml_safe(label) + ". ").bold = True
        self._write_runs(paragraph, text)

    def _bullet(self, point: Paragraph) -> Any:
        from docx.shared import Cm

        paragraph = self._para(self.doc, S.NORMAL)
        form = paragraph.paragraph_format
        form.left_indent = Cm(_INDENT_CM)
        form.first_line_indent = Cm(-_INDENT_CM)
        form.tab_stops.add_tab_stop(Cm(_INDENT_CM))
        paragraph.add_run(BULLET + "\t")
        self._write_runs(paragraph, point)
        return paragraph

    def _disputes(self) -> None:
        note, lang = self.note, self.language
        paragraph = self._para(self.doc, S.NORMAL)
        lead = note.lead_dispute
        if note.disputes == 0 or lead is None:
            paragraph.add_run(xml_safe(lang.w("note_no_disputes")))
            return
        counted = lang.count_noun(note.disputes, "dispute")
        paragraph.add_run(xml_safe(lang.w("note_disputes").format(disputes=counted) + " "))
        title = lead.title.strip()
        said = lang.w("note_lead_dispute").format(title=lang.quotes[0] + title + lang.quotes[1])
        if not title.endswith(("?", "!", ".")):
            said += "."
        paragraph.add_run(xml_safe(said) + " ").bold = True
        self._write_runs(paragraph, lead.summary)
        if note.report_section:
            where = lang.quotes[0] + note.report_section + lang.quotes[1]
            pointer = lang.w("note_full_report").format(section=where)
        else:
            pointer = lang.w("note_full_report_tables")
        paragraph.add_run(" " + xml_safe(pointer))
