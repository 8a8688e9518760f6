"""The Word report: a ``Briefing`` rendered into a report template as a .docx file.

The layout is cover, contents, executive summary with key figures, the sections, and the
numbered sources. Styles come from the template by name (see ``ReportStyle`` and
``templates/README.md``); page size, margins and any header or footer artwork come from the
template's last section.

What python-docx has no API for is written as WordprocessingML by hand: runs, fields (TOC, SEQ,
PAGE, NUMPAGES, PAGEREF), bookmarks and the language in ``text``; table, row and cell
properties in ``tables``; internal hyperlinks and settings here.

The table of contents is a real TOC field whose result is filled in here with one hyperlinked
entry per heading, so it reads correctly before anything updates it (LibreOffice shows that
result as it is). The field is flagged dirty and ``updateFields`` is set, so Word offers to
update the fields on opening and then fills in the page numbers. Page numbers in the stored
result need a laid-out document: pass ``toc_pages`` (see ``find_heading_pages``) from a first
rendering to have them written into the result too.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.compose.model import (
    Block,
    Briefing,
    Callout,
    ChartBlock,
    ChartImage,
    Paragraph,
    Section,
    TableBlock,
    TimelineBlock,
)
from briefkit.messages import message
from briefkit.render.office.properties import fit_keywords, set_core_properties
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.compact import starts_page
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.style_chain import effective_attr, line_grid
from briefkit.render.report.tables import ReportTables, read_cell_font
from briefkit.render.report.template import ReportTemplate, document_styles, load_report_template
from briefkit.render.report.text import (
    W,
    add_bookmark,
    el,
    field_runs,
    has_page_field,
    rpr,
    run_el,
    set_language,
)

__all__ = [
    "OutlineEntry",
    "find_heading_pages",
    "render_report",
    "report_outline",
]

S = ReportStyle

CHART_WIDTH_CM = 16.0
"""Width of a chart picture; narrower when the template's text column is narrower."""
MAX_CHART_HEIGHT_SHARE = 0.6
"""A chart never takes more than this share of the text column's height."""
_EMU_PER_CM = 360000


@dataclass(frozen=True)
class OutlineEntry:
    """A heading that the table of contents lists: level (1 or 2), text and bookmark name."""

    level: int
    text: str
    anchor: str


def report_outline(briefing: Briefing) -> tuple[OutlineEntry, ...]:
    """The headings of the report as the table of contents lists them, in order."""
    lang = briefing.language
    texts: list[tuple[int, str]] = []
    if briefing.summary or briefing.key_figures:
        texts.append((1, lang.w("executive_summary")))
        if briefing.key_judgments:
            texts.append((2, lang.w("key_judgments")))
        if briefing.key_figures:
            texts.append((2, lang.w("key_figures")))
    texts.extend((1, section.title) for section in briefing.sections)
    if briefing.sources:
        texts.append((1, lang.w("sources")))
    return tuple(
        OutlineEntry(level, xml_safe(text).strip(), f"_TocBriefkit{i:04d}")
        for i, (level, text) in enumerate(texts, start=1)
    )


def find_heading_pages(
    outline: Sequence[OutlineEntry], page_texts: Sequence[str]
) -> dict[str, int]:
    """Page numbers of the outline's headings in a laid-out rendering of the report.

    ``page_texts`` holds the text of each page (for example ``pdftotext -layout`` of a PDF
    made from a first rendering, split at form feeds). The contents end on the first page that
    lists the last heading; the body starts on a new page after it. Headings are matched in
    order as whole lines (or two lines, when a long one wraps). The result, keyed by anchor, is
    what ``render_report`` takes as ``toc_pages``; headings not found are left out.
    """
    if not outline:
        return {}
    pages = [_page_lines(text) for text in page_texts]
    last = _squash(outline[-1].text)
    toc_end = next((i for i, lines in enumerate(pages) if i > 0 and last in lines), None)
    if toc_end is None:
        return {}
    found: dict[str, int] = {}
    index = toc_end + 1
    for entry in outline:
        wanted = _squash(entry.text)
        for i in range(index, len(pages)):
            if wanted in pages[i]:
                found[entry.anchor] = i + 1
                index = i
                break
    return found


def _page_lines(text: str) -> set[str]:
    lines = [_squash(line) for line in text.splitlines() if line.strip()]
    return set(lines) | {a + " " + b for a, b in itertools.pairwise(lines)}


def _squash(text: str) -> str:
    return " ".join(text.split())


def render_report(
    briefing: Briefing,
    images: Mapping[str, ChartImage],
    template: Path | ReportTemplate,
    out: Path | BinaryIO,
    *,
    toc_pages: Mapping[str, int] | None = None,
    finish: Callable[[Any], None] | None = None,
) -> list[str]:
    """Write ``briefing`` as a Word report into ``out`` and return warnings for the user.

    ``images`` maps ``ChartSpec.id`` to the chart's PNG; ``template`` is a .docx/.dotx
    following the report template contract (or one already loaded). ``toc_pages`` optionally
    gives the page of each heading (keyed by ``OutlineEntry.anchor``) for the stored table of
    contents. ``finish`` is called with the document's main part before it is saved (the
    document's record goes in there). Raises ``TemplateError`` when the template cannot be used.
    """
    loaded = template if isinstance(template, ReportTemplate) else load_report_template(template)
    writer = _ReportWriter(briefing, images, loaded, toc_pages or {})
    writer.write()
    if finish is not None:
        finish(writer.doc.part)
    writer.doc.save(str(out) if isinstance(out, Path) else out)
    return writer.warnings


def _insert_setting(settings: Any, element: Any, successors: Iterable[str]) -> None:
    """Put ``element`` into settings.xml before the first element that must follow it."""
    tag = element.tag
    for old in settings.findall(tag):
        settings.remove(old)
    names = {f"{W}{s}" for s in successors}
    for child in settings:
        if child.tag in names:
            child.addprevious(element)
            return
    settings.append(element)


_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


# --- the writer ------------------------------------------------------------------------------


class _ReportWriter(ReportTables):
    """Writes one briefing into one fresh document made from the template."""

    chart_width_cm = CHART_WIDTH_CM
    chart_height_share = MAX_CHART_HEIGHT_SHARE

    def __init__(
        self,
        briefing: Briefing,
        images: Mapping[str, ChartImage],
        template: ReportTemplate,
        toc_pages: Mapping[str, int],
    ) -> None:
        self.briefing = briefing
        self.language = briefing.language
        self.images = images
        self.template = template
        self.doc = document = template.new_document()
        self.warnings: list[str] = list(template.warnings)
        self.toc_pages = toc_pages
        self.outline = report_outline(briefing)
        self._anchors = iter(self.outline)
        self._bookmark_id = 100
        self._gap_pending = False
        self._styles = document_styles(document)
        section = document.sections[-1]
        self.section = section
        self._on_grid = line_grid(section._sectPr) is not None
        self._fixes = {}
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        height = (
            (section.page_height or 0) - (section.top_margin or 0) - (section.bottom_margin or 0)
        )
        self.text_width = int(width) if width > 0 else int(16.5 * _EMU_PER_CM)
        self.text_height = int(height) if height > 0 else int(24.5 * _EMU_PER_CM)
        self.cell_font = read_cell_font(
            document, self._style(S.TABLE_TEXT), self._style(S.TABLE_HEADER)
        )
        citation = self._style(S.CITATION)
        self._citation_rpr = rpr(style_id=citation.style_id if citation is not None else None)

    # document ---------------------------------------------------------------------------

    def write(self) -> None:
        self._cover()
        self._contents()
        self._summary()
        for section in self.briefing.sections:
            self._section(section)
        self._sources()
        self._header_footer()
        self._properties()
        self._settings()

    def _heading(self, text: str, level: int) -> Any:
        """A heading the contents list, bookmarked; the first one starts a new page, the
        others flow on even where the template's chapters each start a page."""
        entry = next(self._anchors)
        style = S.HEADING_1 if level == 1 else S.HEADING_2
        paragraph = self._para(self.doc, style, text)
        if entry is self.outline[0]:
            paragraph.paragraph_format.page_break_before = True
        elif self._starts_page(style):  # and a line's space above, which the page gave
            paragraph.paragraph_format.page_break_before = False
            line = self._heading_line(style)
            own = paragraph.paragraph_format.space_before  # a gap after a box, or the style's
            if own is None and paragraph.style is not None:
                own = paragraph.style.paragraph_format.space_before
            if own is None or own < line:
                paragraph.paragraph_format.space_before = line
        self._bookmark_id += 1
        add_bookmark(paragraph, entry.anchor, self._bookmark_id)
        return paragraph

    def _starts_page(self, name: str) -> bool:
        resolved = self._style(name)
        return resolved is not None and starts_page(self.doc.styles.element, resolved.element)

    def _heading_line(self, name: str) -> Any:
        """A line of the heading's own size (12 pt when it sets none)."""
        from docx.shared import Pt

        resolved = self._style(name)
        size = effective_attr(self.doc.styles.element, resolved.element, "rPr", "sz")
        return Pt(int(size) / 2 if size and size.isdigit() else 12)

    def _cover(self) -> None:
        b, lang = self.briefing, self.language
        if b.marking.strip():
            self._para(self.doc, S.COVER_MARKING, b.marking.strip())
        self._para(self.doc, S.TITLE, b.title)
        if b.subtitle.strip():
            self._para(self.doc, S.SUBTITLE, b.subtitle)
        details = (
            (lang.w("period"), b.period_label),
            (lang.w("issued"), b.issued_label),
            (lang.w("prepared_by"), b.prepared_by),
        )
        for label, value in details:
            if not value.strip():
                continue
            paragraph = self._para(self.doc, S.COVER_DETAIL)
            paragraph.add_run(xml_safe(label)).bold = True
            paragraph.add_run("\t" + xml_safe(value))

    def _contents(self) -> None:
        heading = self._para(self.doc, S.TOC_HEADING, self.language.w("contents"))
        heading.paragraph_format.page_break_before = True
        toc = field_runs('TOC \\o "1-2" \\h \\z \\u', "", dirty=True)
        begin, end = toc[:-1], toc[-1]
        if not self.outline:
            paragraph = self._para(self.doc, S.TOC_1)
            for run in toc:
                paragraph._p.append(run)
            return
        last = len(self.outline) - 1
        for i, entry in enumerate(self.outline):
            paragraph = self._para(self.doc, S.TOC_1 if entry.level == 1 else S.TOC_2)
            if i == 0:
                for run in begin:
                    paragraph._p.append(run)
            link = el("w:hyperlink", w_anchor=entry.anchor, w_history="1")
            link.append(run_el(entry.text))
            page = self.toc_pages.get(entry.anchor)
            if page is not None:
                tab = run_el()
                tab.append(el("w:tab"))
                link.append(tab)
                for run in field_runs(f"PAGEREF {entry.anchor} \\h", str(page)):
                    link.append(run)
            paragraph._p.append(link)
            if i == last:
                paragraph._p.append(end)

    def _summary(self) -> None:
        b = self.briefing
        if not (b.summary or b.key_figures):
            self._guide()  # a composed briefing without key figures: the box stands alone
            return
        self._heading(self.language.w("executive_summary"), 1)
        for para in b.summary:
            self._write_runs(self._para(self.doc, S.NORMAL), para)
        if b.key_judgments:
            self._heading(self.language.w("key_judgments"), 2)
            for judgment in b.key_judgments:
                paragraph = self._para(self.doc, S.NORMAL)
                self._write_runs(paragraph, judgment.text)
                if judgment.assessment:
                    paragraph.add_run(" " + xml_safe(judgment.assessment)).italic = True
        self._guide()
        if b.key_figures:
            self._heading(self.language.w("key_figures"), 2)
            self._key_figures(b.key_figures)

    def _guide(self) -> None:
        """The "How to read this briefing" box, when the briefing has one."""
        if self.briefing.guide:
            self._callout(Callout("note", self.language.w("how_to_read"), self.briefing.guide))

    def _section(self, section: Section) -> None:
        self._heading(section.title, 1)
        for block in section.blocks:
            self._block(block)

    def _block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self._write_runs(self._para(self.doc, S.NORMAL), block)
        elif isinstance(block, ChartBlock):
            self._chart(block)
        elif isinstance(block, TableBlock):
            self._table(block)
        elif isinstance(block, TimelineBlock):
            self._timeline(block)
        else:
            self._callout(block)

    # figures ----------------------------------------------------------------------------

    def _chart(self, block: ChartBlock) -> None:
        from docx.shared import Emu

        chart = block.chart
        image = self.images.get(chart.id)
        if image is None or not Path(image.path).is_file():
            why = (
                message("figure_no_image")
                if image is None
                else message("figure_file_missing", path=image.path)
            )
            said = {"number": block.number, "title": chart.title, "why": why}
            self.warnings.append(message("figure_left_out", **said))
            return
        if chart.headline.strip():
            self._para(self.doc, S.CHART_HEADLINE, chart.headline)
        width = min(int(self.chart_width_cm * _EMU_PER_CM), self.text_width)
        aspect = image.aspect if image.width_px > 0 and image.height_px > 0 else 0.56
        height = int(width * aspect)
        max_height = int(self.text_height * self.chart_height_share)
        if height > max_height:
            width, height = int(max_height / aspect), max_height
        picture = self._para(self.doc, S.CHART_PICTURE)
        shape = picture.add_run().add_picture(image.path, width=Emu(width), height=Emu(height))
        alt = xml_safe(image.alt_text.strip() or f"{chart.headline} {chart.caption}".strip())
        title = xml_safe(chart.title.strip())
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", alt)
        doc_pr.set("title", title)
        for c_nv_pr in shape._inline.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"
        ):
            c_nv_pr.set("descr", alt)
        caption = self._caption(self.language.w("figure"), block.number)
        title_text = xml_safe(chart.title.strip())
        if title_text and not title_text.endswith((".", "!", "?")):
            title_text += "."
        caption.add_run(title_text + (" " if chart.caption.strip() else ""))
        if chart.caption.strip() or chart.citations:
            self._text_with_cites(caption, chart.caption, chart.citations)

    # callouts ---------------------------------------------------------------------------

    def _callout(self, block: Callout) -> None:
        disagreement = block.kind == "disagreement"
        title_style = S.DISAGREEMENT_TITLE if disagreement else S.CALLOUT_TITLE
        text_style = S.DISAGREEMENT_TEXT if disagreement else S.CALLOUT_TEXT
        title = block.title.strip()
        if disagreement:
            label = self.language.w("sources_disagree").strip()
            if not title.lower().startswith(label.lower()):
                title = f"{label}: {title}" if title else label
        paragraphs = [self._para(self.doc, title_style, title)] if title else []
        for para in block.paragraphs:
            paragraph = self._para(self.doc, text_style)
            self._write_runs(paragraph, para)
            paragraphs.append(paragraph)
        for paragraph in paragraphs[:-1]:
            paragraph.paragraph_format.keep_with_next = True
        self._gap_pending = True

    # sources ----------------------------------------------------------------------------

    def _sources(self) -> None:
        if not self.briefing.sources:
            return
        self._heading(self.language.w("sources"), 1)
        for source in self.briefing.sources:
            paragraph = self._para(self.doc, S.SOURCE_ENTRY)
            paragraph.add_run(f"[{source.number}]\t")
            paragraph.add_run(xml_safe(source.reference))
            if source.note.strip():
                paragraph.add_run(" (" + xml_safe(source.note.strip()) + ")").italic = True

    # header, footer, properties ---------------------------------------------------------

    def _free_paragraph(self, part: Any, style: str) -> Any:
        paragraphs = part.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].text and len(paragraphs[0]._p) <= 1:
            paragraph = paragraphs[0]
            self._styled(paragraph, style)
            return paragraph
        return self._para(part, style)

    def _header_footer(self) -> None:
        section = self.section
        section.different_first_page_header_footer = True
        marking = xml_safe(self.briefing.marking.strip())
        # The cover shows the marking at its top already; it goes at the foot of the cover
        # and at the top and foot of every other page.
        if marking:
            for part in (section.header, section.footer, section.first_page_footer):
                self._free_paragraph(part, S.MARKING).add_run(marking)
        footer = section.footer
        if not has_page_field(footer):
            paragraph = self._free_paragraph(footer, S.FOOTER)
            of = self.language.w("page_of")
            paragraph.add_run(xml_safe(self.language.w("page")) + " ")
            for run in field_runs("PAGE", "1"):
                paragraph._p.append(run)
            paragraph.add_run(f" {of} ")
            for run in field_runs("NUMPAGES", "1"):
                paragraph._p.append(run)

    def _properties(self) -> None:
        b = self.briefing
        author = b.prepared_by.strip() or "Briefkit"
        set_core_properties(
            self.doc.core_properties,
            title=b.title,
            subject=b.subtitle,
            author=author,
            last_modified_by=author,
            keywords=fit_keywords(b.keywords, ", "),
            language=b.language.code,
            category="",
            comments=b.period_label,
            content_status="",
            identifier=b.topic_id,
            revision=1,
            created=dt.datetime.combine(b.issued, dt.time(), tzinfo=dt.UTC),
        )
        set_language(self.doc, self.briefing.language.code)

    def _settings(self) -> None:
        settings = self.doc.settings.element
        _insert_setting(settings, el("w:updateFields", w_val="true"), _AFTER_UPDATE_FIELDS)
