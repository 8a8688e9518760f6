"""The trainer's handout: a Word document of a deck's slide titles and speaker notes.

It is made from the finished deck (not from the briefing), so it holds exactly what the
speaker sees: one heading per slide, then that slide's notes, in the report template's styles.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.catalog.language import Language
from briefkit.messages import message
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.properties import set_core_properties
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.template import ReportTemplate, document_styles, load_report_template
from briefkit.render.report.text import set_language, set_style

_HANDOUT_STYLES = ("Title", "Heading 1")


def read_deck(deck: bytes) -> tuple[list[tuple[int, str, str]], str]:
    """(number, title, notes) for every slide of a deck, and the deck's keywords: one parse."""
    from pptx import Presentation

    presentation = Presentation(io.BytesIO(deck))
    out = []
    for number, slide in enumerate(presentation.slides, 1):
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text if title_shape is not None else ""
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        out.append((number, " ".join(title.split()), notes.strip()))
    return out, str(presentation.core_properties.keywords or "")


def handout_styles(template: ReportTemplate, document: Any = None) -> tuple[Any, Any]:
    """The styles of the handout's title and slide headings: the report's "Title" and
    "Heading 1", mapped as the report maps them (by name in any case, by alias, or the house
    definition). Export calls this before writing anything: TemplateError names the template
    when one is not there."""
    document = template.new_document() if document is None else document
    styles = document_styles(document)
    found = tuple(template.style_in(styles, name) for name in _HANDOUT_STYLES)
    lacking = [name for name, style in zip(_HANDOUT_STYLES, found, strict=True) if style is None]
    if lacking:
        names = " or ".join(f"“{n}”" for n in lacking)
        said = message("handout_styles", name=template.path.name, styles=names)
        raise TemplateError(said, template.path)
    return found[0], found[1]


def render_handout(
    deck: bytes,
    title: str,
    template: Path | ReportTemplate,
    out: Path | BinaryIO,
    language: Language,
    finish: Callable[[Any], None] | None = None,
) -> list[str]:
    """Write the handout of ``deck`` (a .pptx's bytes) to ``out`` in ``language`` (its words
    "Slide" and "Speaker notes"); returns warnings. ``finish`` is called with the document's
    main part before it is saved."""
    loaded = template if isinstance(template, ReportTemplate) else load_report_template(template)
    document: Any = loaded.new_document()
    title_style, heading = handout_styles(loaded, document)
    set_style(document.add_paragraph(xml_safe(title)), title_style)
    slides, keywords = read_deck(deck)
    slide = language.w("slide")
    for number, slide_title, notes in slides:
        set_style(document.add_paragraph(xml_safe(f"{slide} {number}: {slide_title}")), heading)
        for line in notes.splitlines() or ["—"]:
            if line.strip():
                document.add_paragraph(xml_safe(line.strip()))
    set_core_properties(
        document.core_properties,
        title=title,
        subject=language.w("speaker_notes"),
        keywords=keywords,  # the deck's, not the template's
        comments="",
        language=language.code,
    )
    set_language(document, language.code)
    if finish is not None:
        finish(document.part)
    document.save(str(out) if isinstance(out, Path) else out)
    return list(loaded.warnings)
