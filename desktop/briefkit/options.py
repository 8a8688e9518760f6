"""The export options' vocabulary: formats, chart mode, what to do with files already there,
and ``ExportOptions``, the choices of how briefings are made.

The command line's choices, the export request, the window's options column and settings, and
the renderers all use these names. The module imports nothing of Briefkit's and no Qt, so that
every layer may use it and ``briefkit --help`` stays fast. To add an option: a field here (and
its type, if it is a new choice), then the command line, the options panel and the renderer
that uses it; the window remembers it by itself (``gui.settings``).
"""

from __future__ import annotations

from collections.abc import Collection
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
    NOTE = "note"
    """The two-page briefing note, a Word document in the report template."""


class ChartMode(StrEnum):
    """How the deck shows its charts."""

    PICTURE = "picture"
    """Every chart a picture."""
    NATIVE = "native"
    """Editable PowerPoint charts with their data, where PowerPoint can draw the kind."""


class Length(StrEnum):
    """How long the deck is."""

    FULL = "full"
    """Every section of the briefing."""
    SUMMARY = "summary"
    """At most twelve slides: title, key figures, the lead charts, one timeline, the disputes
    in one table, sources (written as ``<topic>-summary.pptx``)."""


class DisputeSlides(StrEnum):
    """Where the full deck shows the "Sources disagree" slides."""

    AUTO = "auto"
    """As an appendix when the deck would otherwise run past 30 slides, else in place."""
    APPENDIX = "appendix"
    """One overview table in place, the slides themselves in an appendix section at the end."""
    INLINE = "inline"
    """In place, where the topic puts them."""


class OnExisting(StrEnum):
    """What to do with a target file that was edited, or was not written by Briefkit."""

    REFUSE = "refuse"
    """Stop before anything is written."""
    REPLACE = "replace"
    """Replace it."""
    KEEP = "keep"
    """Keep it and write ``<name>-2.<ext>`` beside it."""
    UPDATE = "update"
    """A deck, report or handout Briefkit made and someone edited: merge today's content into
    it (the user's edits stay; ``briefkit.update_export``). Any other such file stops the
    job."""


DEFAULT_FORMATS = (Format.DOCX, Format.PPTX)
REPORT_FORMATS = frozenset({Format.DOCX, Format.PDF, Format.HANDOUT, Format.NOTE})
"""The formats made with the report (Word) template."""
DECK_FORMATS = frozenset({Format.PPTX, Format.PDF, Format.HANDOUT})
"""The formats made with the deck (PowerPoint) template."""


def document_stem(topic_id: str, lang: str = "en") -> str:
    """The start of the names of a topic's (or composed briefing's) files: output in another
    language than English carries its code (``aktobe-2016-ru``), so that the English and the
    Russian briefings of a topic can share a folder."""
    return topic_id if lang == "en" else f"{topic_id}-{lang}"


def pdf_documents(formats: Collection[Format]) -> tuple[Format, ...]:
    """What ``pdf`` converts among the other ``formats``: the note when ``note`` is chosen; the
    report and the deck when a full-length format (docx, pptx, handout) is chosen too, or when
    the note is not (``pdf`` alone: the report and the deck, as always)."""
    full = {Format.DOCX, Format.PPTX, Format.HANDOUT} & set(formats)
    out = (Format.DOCX, Format.PPTX) if full or Format.NOTE not in formats else ()
    return out + ((Format.NOTE,) if Format.NOTE in formats else ())


_PDF_NAMES = {Format.DOCX: "report", Format.PPTX: "deck", Format.NOTE: "note"}


def document_names(
    topic_id: str,
    fmt: Format,
    lang: str = "en",
    formats: Collection[Format] = (),
    length: Length = Length.FULL,
) -> list[str]:
    """The file names one topic (or composed briefing) in one format is written as, in
    ``lang`` (``document_stem``); for ``pdf``, of what it converts among ``formats``
    (``pdf_documents``); a summary deck (and its PDF and handout) carries ``-summary``."""
    stem = document_stem(topic_id, lang)
    deck = stem if length == Length.FULL else f"{stem}-summary"
    if fmt == Format.PDF:
        return [_pdf_name(stem, deck, kind) for kind in pdf_documents(formats)]
    if fmt == Format.HANDOUT:
        return [f"{deck}-handout.docx"]
    if fmt == Format.NOTE:
        return [f"{stem}-note.docx"]
    return [f"{deck if fmt == Format.PPTX else stem}.{fmt}"]


def _pdf_name(stem: str, deck: str, kind: Format) -> str:
    """The PDF of ``kind``: the deck's of a summary deck is ``deck``.pdf (``-summary``)."""
    if kind == Format.PPTX and deck != stem:
        return f"{deck}.pdf"
    return f"{stem}-{_PDF_NAMES[kind]}.pdf"


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
    pdfa: bool = False
    """PDF files as PDF/A-2b, for archiving (they are tagged PDF either way)."""
    grades: bool = False
    """Citations show the source's reliability and the information's credibility
    ("[3, B2]"), the Sources list each source's grade, and a box explains the scales."""
    length: Length = Length.FULL
    """The deck in full, or the summary deck (a composition may choose its own)."""
    dispute_slides: DisputeSlides = DisputeSlides.AUTO
    """Where the full deck shows the "Sources disagree" slides."""

    def template(self, fmt: Format) -> Path | None:
        """The template chosen for ``docx`` or ``pptx`` (None: the bundled one)."""
        return self.template_docx if fmt in (Format.DOCX, Format.NOTE) else self.template_pptx
