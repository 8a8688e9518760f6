"""The export options' vocabulary: formats, chart mode, what to do with files already there,
and ``ExportOptions``, the choices of how briefings are made.

The command line's choices, the export request, the window's options column and settings, and
the renderers all use these names. The module imports nothing of Briefkit's and no Qt, so that
every layer may use it and ``briefkit --help`` stays fast. To add an option: a field here (and
its type, if it is a new choice), then the command line, the options panel and the renderer
that uses it; the window remembers it by itself (``gui.settings``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Format(StrEnum):
    """A kind of document an export writes."""

    DOCX = "docx"
    """The Word report."""
    PPTX = "pptx"
    """The PowerPoint deck."""
    PDF = "pdf"
    """The report and the deck as PDF files (LibreOffice converts them)."""
    HANDOUT = "handout"
    """The deck's slide titles and speaker notes as a Word document."""


class ChartMode(StrEnum):
    """How the deck shows its charts."""

    PICTURE = "picture"
    """Every chart a picture."""
    NATIVE = "native"
    """Editable PowerPoint charts with their data, where PowerPoint can draw the kind."""


class OnExisting(StrEnum):
    """What to do with a target file that was edited, or was not written by Briefkit."""

    REFUSE = "refuse"
    """Stop before anything is written."""
    REPLACE = "replace"
    """Replace it."""
    KEEP = "keep"
    """Keep it and write ``<name>-2.<ext>`` beside it."""


DEFAULT_FORMATS = (Format.DOCX, Format.PPTX)
REPORT_FORMATS = frozenset({Format.DOCX, Format.PDF, Format.HANDOUT})
"""The formats made with the report (Word) template."""
DECK_FORMATS = frozenset({Format.PPTX, Format.PDF, Format.HANDOUT})
"""The formats made with the deck (PowerPoint) template."""


def document_stem(topic_id: str, lang: str = "en") -> str:
    """The start of the names of a topic's (or composed briefing's) files: output in another
    language than English carries its code (``aktobe-2016-ru``), so that the English and the
    Russian briefings of a topic can share a folder."""
    return topic_id if lang == "en" else f"{topic_id}-{lang}"


def document_names(topic_id: str, fmt: Format, lang: str = "en") -> list[str]:
    """The file names one topic (or composed briefing) in one format is written as, in
    ``lang`` (``document_stem``)."""
    stem = document_stem(topic_id, lang)
    if fmt == Format.PDF:
        return [f"{stem}-report.pdf", f"{stem}-deck.pdf"]
    if fmt == Format.HANDOUT:
        return [f"{stem}-handout.docx"]
    return [f"{stem}.{fmt}"]


@dataclass(frozen=True)
class ExportOptions:
    """How the briefings are made (not which, nor where): the choices the command line's
    options and the window's options column make, and the window remembers."""

    formats: tuple[Format, ...] = DEFAULT_FORMATS
    chart_mode: ChartMode = ChartMode.PICTURE
    lang: str = "en"
    """The briefings' language: "en", or one with ``data/translations/<lang>/``."""
    template_docx: Path | None = None
    """The Word template; None: the bundled one."""
    template_pptx: Path | None = None
    """The PowerPoint template; None: the bundled one."""
    marking: str = ""
    """The handling marking on the cover and every page, e.g. "FOR OFFICIAL USE ONLY"."""
    prepared_by: str = ""
    """The name shown as "Prepared by" on the cover."""
    house_style: bool = False
    """Charts in Briefkit's own colours and font whatever the templates; otherwise a template
    of the user's own gives its charts its theme's colours and font."""
    grades: bool = False
    """Citations show the source's reliability and the information's credibility
    ("[3, B2]"), the Sources list each source's grade, and a box explains the scales."""

    def template(self, fmt: Format) -> Path | None:
        """The template chosen for ``docx`` or ``pptx`` (None: the bundled one)."""
        return self.template_docx if fmt == Format.DOCX else self.template_pptx
