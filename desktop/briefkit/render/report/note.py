"""The briefing note: a ``Note`` written into the report template, two A4 pages at most.

Title line (marking, title, "Briefing note", date, period, prepared by), purpose and bottom
line, key figures, the lead chart, key points, where the sources disagree, numbered sources.
Every style is the report's (``templates/README.md``); nothing here is a style of its own but
the key points' hanging indent.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.compose.model import ChartImage, Paragraph
from briefkit.compose.note import Note
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.template import ReportTemplate, load_report_template
from briefkit.render.report.writer import _ReportWriter

S = ReportStyle

NOTE_CHART_WIDTH_CM = 13.5
"""The lead chart's width in the note (narrower when the text column is)."""
NOTE_CHART_HEIGHT_SHARE = 0.36
"""The lead chart never takes more than this share of a page's text column."""
BULLET = "•"
_INDENT_CM = 0.6


def render_note(
    note: Note,
    images: Mapping[str, ChartImage],
    template: Path | ReportTemplate,
    out: Path | BinaryIO,
) -> list[str]:
    """Write ``note`` as a Word document into ``out``; returns warnings for the user."""
    loaded = template if isinstance(template, ReportTemplate) else load_report_template(template)
    writer = _NoteWriter(note, images, loaded)
    writer.write()
    writer.doc.save(str(out) if isinstance(out, Path) else out)
    return writer.warnings


class _NoteWriter(_ReportWriter):
    """Writes one note into a fresh document made from the report template."""

    chart_width_cm = NOTE_CHART_WIDTH_CM
    chart_height_share = NOTE_CHART_HEIGHT_SHARE

    def __init__(
        self, note: Note, images: Mapping[str, ChartImage], template: ReportTemplate
    ) -> None:
        super().__init__(note.briefing, images, template, {})
        self.note = note

    def write(self) -> None:
        note, lang = self.note, self.language
        self._title_line()
        self._labelled(lang.w("note_purpose"), Paragraph.of(note.purpose))
        self._labelled(lang.w("note_bottom_line"), note.bottom_line)
        if self.briefing.key_figures:
            self._sub_heading(lang.w("key_figures"))
            self._key_figures(self.briefing.key_figures)
        if note.chart is not None:
            self._gap_pending = True
            self._chart(note.chart)
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
        self._header_footer()
        self._properties()

    def _title_line(self) -> None:
        b, lang = self.briefing, self.language
        if b.marking:
            self._para(self.doc, S.MARKING, b.marking)
        from docx.shared import Pt

        title = self._para(self.doc, S.TITLE, b.title)
        title.paragraph_format.page_break_before = False
        title.paragraph_format.space_before = Pt(0)  # a cover's title stands lower
        details = [lang.w("note"), b.issued_label]
        if b.period_label.strip():
            details.append(f"{lang.w('period')}: {b.period_label}")
        if b.prepared_by:
            details.append(f"{lang.w('prepared_by')}: {b.prepared_by}")
        line = self._para(self.doc, S.NORMAL)
        line.add_run(xml_safe(details[0])).bold = True
        line.add_run(xml_safe("  ·  " + "  ·  ".join(details[1:])))

    def _sub_heading(self, text: str) -> Any:
        paragraph = self._para(self.doc, S.HEADING_2, text)
        paragraph.paragraph_format.page_break_before = False
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def _labelled(self, label: str, text: Paragraph) -> None:
        paragraph = self._para(self.doc, S.NORMAL)
        paragraph.add_run(xml_safe(label) + ". ").bold = True
        self._write_runs(paragraph, text)

    def _bullet(self, point: Paragraph) -> None:
        from docx.shared import Cm

        paragraph = self._para(self.doc, S.NORMAL)
        form = paragraph.paragraph_format
        form.left_indent = Cm(_INDENT_CM)
        form.first_line_indent = Cm(-_INDENT_CM)
        form.tab_stops.add_tab_stop(Cm(_INDENT_CM))
        paragraph.add_run(BULLET + "\t")
        self._write_runs(paragraph, point)

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
