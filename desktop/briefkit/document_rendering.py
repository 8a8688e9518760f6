"""How one document is rendered: the templates and chart looks in use (``RenderSetup``), and a
briefing written in one format, from the document cache when it holds it."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from briefkit.compose.model import Briefing, ChartImage
from briefkit.export_errors import ExportError
from briefkit.export_steps import template_digest
from briefkit.options import (
    DECK_FORMATS,
    REPORT_FORMATS,
    ChartMode,
    DisputeSlides,
    ExportOptions,
    Format,
    Length,
)
from briefkit.resources import bundled

if TYPE_CHECKING:
    from briefkit.charts.renderer import ChartLook
    from briefkit.render.accessibility import Finding
    from briefkit.render.cache import DocumentCache
    from briefkit.render.deck.template import DeckTemplate
    from briefkit.render.recording import Recording
    from briefkit.render.report.template import ReportTemplate

__all__ = ["RenderSetup", "render_document", "render_fresh", "render_setup"]


@dataclass(frozen=True)
class RenderSetup:
    """What the renderers need besides the briefing: the checked templates, the chart mode."""

    report: ReportTemplate | None
    deck: DeckTemplate | None
    chart_mode: ChartMode
    documents: DocumentCache
    """Finished documents by what they are made from."""
    template_digests: Mapping[Format, str]
    """sha256 of the template bytes each format is rendered from (its document cache key)."""
    looks: Mapping[Format, ChartLook]
    """How the charts of the report (DOCX) and of the deck (PPTX) are drawn."""
    disputes: DisputeSlides = DisputeSlides.AUTO
    """Where the full deck puts its "Sources disagree" slides."""

    def look(self, fmt: Format) -> ChartLook:
        """The look of the charts in a document of ``fmt`` (a handout is made from the deck, a
        note in the report's template)."""
        return self.looks[Format.DOCX if fmt in (Format.DOCX, Format.NOTE) else Format.PPTX]


def render_setup(options: ExportOptions, cache_dir: Path | None = None) -> RenderSetup:
    """Load and check the templates in use; TemplateError says what is wrong."""
    from briefkit.render.chart_looks import deck_look, report_look
    from briefkit.render.deck.template import load_deck_template
    from briefkit.render.report.template import load_report_template

    report = deck = None
    looks: dict[Format, ChartLook] = {}
    if REPORT_FORMATS & set(options.formats):
        report = load_report_template(options.template_docx or bundled("templates") / "report.docx")
        looks[Format.DOCX], notes = report_look(report, options.house_style)
        report = dataclasses.replace(report, warnings=(*report.warnings, *notes))
    if DECK_FORMATS & set(options.formats):
        deck = load_deck_template(options.template_pptx or bundled("templates") / "deck.pptx")
        looks[Format.PPTX], notes = deck_look(deck, options.house_style)
        deck = dataclasses.replace(deck, warnings=(*deck.warnings, *notes))
    if Format.HANDOUT in options.formats and report is not None:
        from briefkit.render.handout import handout_styles

        handout_styles(report)  # what the handout needs, before any file is written
    from briefkit.charts import default_cache_dir
    from briefkit.render.cache import DocumentCache

    documents = DocumentCache((cache_dir or default_cache_dir()) / "documents")
    report_sha = template_digest(report)
    deck_sha = template_digest(deck)
    digests = {
        Format.DOCX: report_sha,
        Format.PPTX: deck_sha,
        Format.HANDOUT: f"{report_sha}+{deck_sha}",
        Format.NOTE: report_sha,
    }
    return RenderSetup(
        report, deck, options.chart_mode, documents, digests, looks, options.dispute_slides
    )


def render_document(
    briefing: Briefing,
    fmt: Format,
    images: dict[str, ChartImage],
    setup: RenderSetup,
    stream: BinaryIO,
    length: Length = Length.FULL,
    record: Recording | None = None,
) -> tuple[list[str], list[Finding]]:
    """Write one document to a stream, from the document cache when it holds it, with its
    ``record`` inside; returns the renderer's warnings and what the accessibility check found
    in it (kept in the cache beside the document). ``length``: the deck's (and its
    handout's)."""
    from briefkit.render.accessibility import check_rendered, findings_from_json
    from briefkit.render.chart_looks import look_key

    cache = setup.documents
    options: dict[str, str] = {"charts": look_key(setup.look(fmt))}
    if fmt in (Format.PPTX, Format.HANDOUT):
        options["chart_mode"] = setup.chart_mode
        options["disputes"] = setup.disputes
        options["length"] = length
    if record is not None:
        options["record"] = record.key
    key = cache.key(briefing, fmt, options, setup.template_digests.get(fmt, ""), images)
    if key is not None and (hit := cache.get(key)) is not None:
        stream.write(hit[0])
        return hit[1], findings_from_json(hit[2])
    buffer = io.BytesIO()
    warnings = render_fresh(briefing, fmt, images, setup, buffer, length, record)
    data = buffer.getvalue()
    stream.write(data)
    findings = check_rendered(data, deck=fmt == Format.PPTX)
    if key is not None:
        cache.put(key, data, warnings, [f.cached() for f in findings])
    return warnings, findings


def render_fresh(
    briefing: Briefing,
    fmt: Format,
    images: dict[str, ChartImage],
    setup: RenderSetup,
    stream: BinaryIO,
    length: Length = Length.FULL,
    record: Recording | None = None,
) -> list[str]:
    """Render one document to a stream, with ``record`` inside; returns the renderer's
    warnings."""
    from briefkit.render.report.writer import render_report

    finish = record.stamp if record is not None else None
    if fmt == Format.DOCX and setup.report is not None:
        return render_report(briefing, images, setup.report, stream, finish=finish)
    if fmt == Format.NOTE and setup.report is not None:
        from briefkit.compose.note import compose_note
        from briefkit.render.report.note import render_note

        return render_note(compose_note(briefing), images, setup.report, stream, finish=finish)
    if fmt == Format.PPTX and setup.deck is not None:
        return _render_deck(briefing, images, setup, stream, length, finish)
    if fmt == Format.HANDOUT and setup.deck is not None and setup.report is not None:
        from briefkit.render.handout import render_handout

        deck = io.BytesIO()
        _render_deck(briefing, images, setup, deck, length)
        words = briefing.language.w("speaker_notes")
        title = f"{briefing.title}: {words[:1].lower()}{words[1:]}"
        language = briefing.language
        return render_handout(deck.getvalue(), title, setup.report, stream, language, finish)
    raise ExportError(f"no template loaded for {fmt}")


def _render_deck(
    briefing: Briefing,
    images: dict[str, ChartImage],
    setup: RenderSetup,
    stream: BinaryIO,
    length: Length,
    finish: Callable[[Any], None] | None = None,
) -> list[str]:
    """The full deck or the summary deck, in the deck template (``finish``: as the
    renderers')."""
    from briefkit.render.deck.summary import render_summary_deck
    from briefkit.render.deck.writer import render_deck

    assert setup.deck is not None
    render = render_summary_deck if length == Length.SUMMARY else render_deck
    style = setup.look(Format.PPTX).style
    return render(
        briefing, images, setup.deck, stream, setup.chart_mode, style, setup.disputes, finish
    )
