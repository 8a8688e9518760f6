"""The export job: topics x formats x options -> files. One call serves the CLI and the window.

Order of work: load and check the data and the templates first (fail before writing anything),
compose every briefing, draw every chart in one browser session (cached), then write each file
atomically. Progress goes to a ``Progress``; a ``CancelToken`` stops the job between steps.

A file a person edited is never lost: before anything is written, every target that exists is
checked against the folder's manifest (``briefkit.manifest``). One that Briefkit wrote and
nobody changed is replaced; any other stops the job with ``ProtectedFiles`` unless the request
says to replace it (``OnExisting.REPLACE``) or to write beside it (``KEEP``: ``name-2``; an
untouched copy written beside it before with the same bytes is used again, not written twice).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from briefkit.atomic import Placer, write_atomic_sha256
from briefkit.catalog import Catalog, load_catalog
from briefkit.compose import compose_briefing
from briefkit.compose.assemble import assemble_custom
from briefkit.compose.custom import CompositionError, CustomBriefing, check_compositions
from briefkit.compose.model import Briefing, ChartImage, ChartSpec
from briefkit.export_errors import (
    CompositionExportError,
    ExportError,
    OutputError,
    ProtectedFiles,
    RequestError,
)
from briefkit.manifest import (
    MANIFEST_NAME,
    ManifestEntry,
    ManifestWriteError,
    Origin,
    earlier_copies,
    record_then,
)
from briefkit.options import (
    DECK_FORMATS,
    REPORT_FORMATS,
    ChartMode,
    ExportOptions,
    Format,
    OnExisting,
    document_names,
)
from briefkit.progress import CancelToken, NullProgress, Progress, say
from briefkit.resources import bundled
from briefkit.scratch import scratch_dir, sweep_stale
from briefkit.targets import free_name, made_from, plan_targets
from briefkit.write_errors import write_failure

__all__ = [  # the errors (``briefkit.export_errors``) are imported from here by the callers
    "CompositionExportError",
    "ExportError",
    "ExportRequest",
    "ExportResult",
    "OutputError",
    "ProtectedFiles",
    "RequestError",
    "WrittenFile",
    "chart_drawing",
    "free_name",
    "made_from",
    "plan_targets",
    "resolve_topics",
    "run_export",
]

if TYPE_CHECKING:
    from briefkit.charts.background import BackgroundCharts
    from briefkit.charts.renderer import ChartLook
    from briefkit.render.cache import DocumentCache
    from briefkit.render.deck.template import DeckTemplate
    from briefkit.render.recording import Recording
    from briefkit.render.report.template import ReportTemplate


@dataclass(frozen=True)
class ExportRequest:
    """What to export, where, and how (``options``)."""

    topics: tuple[str, ...]
    options: ExportOptions = field(default_factory=ExportOptions)
    out_dir: Path = Path("briefings")
    on_existing: OnExisting = OnExisting.REFUSE
    """What to do with a target file that was edited or not written by Briefkit."""
    compositions: tuple[CustomBriefing, ...] = ()  # composed briefings (with no topics: only these)
    data_dir: Path | None = None
    cache_dir: Path | None = None
    issued: dt.date | None = None
    changes_since: Path | None = None
    """An earlier document of one of the briefings: that briefing says what changed since."""


@dataclass(frozen=True)
class WrittenFile:
    """One file the job wrote."""

    topic: str
    format: Format
    path: Path
    bytes: int
    reused: bool = False
    """True when an identical copy written earlier beside an edited file stands for it
    (``KEEP``): nothing new was written."""


@dataclass
class ExportResult:
    """What the job did."""

    files: list[WrittenFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    charts: int = 0
    charts_drawn: int = 0
    seconds: float = 0.0
    lang: str = "en"
    """The language the briefings were written in."""


def resolve_topics(catalog: Catalog, wanted: Sequence[str]) -> tuple[str, ...]:
    """The topic ids to export ("all" or an empty list means every topic)."""
    if not wanted or "all" in wanted:
        return tuple(catalog.topics)
    unknown = [t for t in wanted if t not in catalog.topics]
    if unknown:
        known = ", ".join(catalog.topics)
        raise RequestError(f"unknown topic(s): {', '.join(unknown)}; known topics: {known}")
    return tuple(dict.fromkeys(wanted))


def _recorded(
    topic: str,
    fmt: Format,
    planned: str,
    path: Path,
    origin: Origin | None = None,
    same: Mapping[str, Path] | None = None,
) -> Placer:
    """Puts a written file in place only once the folder's manifest records it (one lock);
    not at all when ``same`` (earlier copies by their sha256) holds its bytes already."""
    replaces = planned if path.name != planned else ""

    def place(sha: str, rename: Callable[[], None]) -> None:
        if same and sha in same:
            return
        entry = ManifestEntry.now(sha, topic, fmt, replaces, origin)
        try:
            record_then(path.parent, {path.name: entry}, rename)
        except ManifestWriteError as exc:
            reason = write_failure(path.parent / MANIFEST_NAME, exc.error)
            raise OutputError(f"{reason}; {path.name} was not written either") from exc

    return place


@dataclass(frozen=True)
class _RenderSetup:
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

    def look(self, fmt: Format) -> ChartLook:
        """The look of the charts in a document of ``fmt`` (a handout is made from the deck)."""
        return self.looks[Format.DOCX if fmt == Format.DOCX else Format.PPTX]


def _render_setup(request: ExportRequest) -> _RenderSetup:
    """Load and check the templates in use; TemplateError says what is wrong."""
    from briefkit.render.chart_looks import deck_look, report_look
    from briefkit.render.deck.template import load_deck_template
    from briefkit.render.report.template import load_report_template

    options = request.options
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

    documents = DocumentCache((request.cache_dir or default_cache_dir()) / "documents")
    report_sha = _template_digest(report)
    deck_sha = _template_digest(deck)
    digests = {
        Format.DOCX: report_sha,
        Format.PPTX: deck_sha,
        Format.HANDOUT: f"{report_sha}+{deck_sha}",
    }
    return _RenderSetup(report, deck, options.chart_mode, documents, digests, looks)


def _template_digest(template: ReportTemplate | DeckTemplate | None) -> str:
    """sha256 of a template's bytes in use and its warnings, which a cached document repeats
    (two files that clean up to the same bytes have different warnings)."""
    if template is None:
        return ""
    digest = hashlib.sha256(template.package)
    digest.update("\n".join(template.warnings).encode())
    return digest.hexdigest()


def _out_dir(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} exists and is not a folder; choose another --out")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {path}: {exc.strerror}") from exc


def chart_drawing(
    specs: Sequence[ChartSpec],
    cache_dir: Path | None,
    cancel: CancelToken,
    looks: Sequence[ChartLook] = (),
) -> BackgroundCharts:
    """The job's charts, drawn in the background (``BackgroundCharts``) in one browser session,
    in each of ``looks`` (none: the house look)."""
    from briefkit.charts import default_cache_dir
    from briefkit.charts.background import BackgroundCharts

    stop = lambda: cancel.is_cancelled  # noqa: E731
    return BackgroundCharts(specs, cache_dir or default_cache_dir(), stop, looks)


def _render(
    briefing: Briefing,
    fmt: Format,
    images: dict[str, ChartImage],
    setup: _RenderSetup,
    stream: BinaryIO,
    record: Recording | None = None,
) -> list[str]:
    """Write one document to a stream, from the document cache when it holds it, with its
    ``record`` inside; returns the renderer's warnings."""
    from briefkit.render.chart_looks import look_key

    cache = setup.documents
    options: dict[str, str] = {"charts": look_key(setup.look(fmt))}
    if fmt in (Format.PPTX, Format.HANDOUT):
        options["chart_mode"] = setup.chart_mode
    if record is not None:
        options["record"] = record.key
    key = cache.key(briefing, fmt, options, setup.template_digests.get(fmt, ""), images)
    if key is not None and (hit := cache.get(key)) is not None:
        stream.write(hit[0])
        return hit[1]
    buffer = io.BytesIO()
    warnings = _render_fresh(briefing, fmt, images, setup, buffer, record)
    data = buffer.getvalue()
    stream.write(data)
    if key is not None:
        cache.put(key, data, warnings)
    return warnings


def _render_fresh(
    briefing: Briefing,
    fmt: Format,
    images: dict[str, ChartImage],
    setup: _RenderSetup,
    stream: BinaryIO,
    record: Recording | None = None,
) -> list[str]:
    """Render one document to a stream, with ``record`` inside; returns the renderer's
    warnings."""
    from briefkit.render.deck.writer import render_deck
    from briefkit.render.report.writer import render_report

    finish = record.stamp if record is not None else None
    if fmt == Format.DOCX and setup.report is not None:
        return render_report(briefing, images, setup.report, stream, finish=finish)
    style = setup.look(fmt).style
    if fmt == Format.PPTX and setup.deck is not None:
        return render_deck(
            briefing,
            images,
            setup.deck,
            stream,
            chart_mode=setup.chart_mode,
            chart_style=style,
            finish=finish,
        )
    if fmt == Format.HANDOUT and setup.deck is not None and setup.report is not None:
        from briefkit.render.handout import render_handout

        deck = io.BytesIO()
        render_deck(
            briefing, images, setup.deck, deck, chart_mode=setup.chart_mode, chart_style=style
        )
        words = briefing.language.w("speaker_notes")
        title = f"{briefing.title}: {words[:1].lower()}{words[1:]}"
        language = briefing.language
        return render_handout(deck.getvalue(), title, setup.report, stream, language, finish)
    raise ExportError(f"no template loaded for {fmt}")


def _write_document(
    briefing: Briefing,
    fmt: Format,
    images: dict[str, ChartImage],
    setup: _RenderSetup,
    path: Path,
    place: Placer,
    record: Recording | None = None,
) -> tuple[list[str], int, str]:
    """Write one document atomically, put in place by ``place``; the warnings, the size and
    the sha256."""
    warnings: list[str] = []

    def write(stream: BinaryIO) -> None:
        warnings.extend(_render(briefing, fmt, images, setup, stream, record))

    try:
        size, sha = write_atomic_sha256(path, write, place)
    except OSError as exc:
        raise OutputError(write_failure(path, exc)) from exc
    return warnings, size, sha


def _copier(source: Path) -> Callable[[BinaryIO], object]:
    """A writer that copies ``source`` into the stream."""

    def copy(stream: BinaryIO) -> None:
        with source.open("rb") as data:
            shutil.copyfileobj(data, stream)

    return copy


def _write_pdfs(
    briefing: Briefing,
    images: Mapping[Format, dict[str, ChartImage]],
    setup: _RenderSetup,
    targets: dict[str, Path],
    cancel: CancelToken,
    origins: Mapping[str, Origin],
) -> list[WrittenFile]:
    """The report and the deck as ``<topic>-report.pdf`` and ``<topic>-deck.pdf``.

    The report is laid out twice when pdftotext is there: the first PDF tells on which page
    each heading falls, and the second carries those numbers in its table of contents.
    ``images`` holds the report's (DOCX) and the deck's (PPTX) chart images.
    """
    from briefkit.render.office.pdf import PdfError, convert_to_pdf, page_texts
    from briefkit.render.report.writer import find_heading_pages, render_report, report_outline

    written = []

    def stop() -> bool:
        return cancel.is_cancelled

    with scratch_dir("pdf") as tmp:
        work = Path(tmp)
        report_pdf, deck_pdf = document_names(briefing.topic_id, Format.PDF, briefing.language.code)
        report = work / Path(report_pdf).with_suffix(".docx")
        deck = work / Path(deck_pdf).with_suffix(".pptx")
        for source in (report, deck):
            fmt = Format(source.suffix[1:])
            with source.open("wb") as stream:
                _render(briefing, fmt, images[fmt], setup, stream)
        try:
            pdfs = convert_to_pdf([report, deck], work, cancel=stop)
            texts = page_texts(pdfs[0])
            pages = find_heading_pages(report_outline(briefing), texts) if texts else {}
            if pages and setup.report is not None:
                with report.open("wb") as stream:
                    render_report(
                        briefing, images[Format.DOCX], setup.report, stream, toc_pages=pages
                    )
                convert_to_pdf([report], work, cancel=stop)
        except PdfError as exc:
            raise ExportError(str(exc)) from exc
        for pdf in pdfs:
            cancel.check()
            target = targets[pdf.name]
            place = _recorded(briefing.topic_id, Format.PDF, pdf.name, target, origins[pdf.name])
            try:
                size, _ = write_atomic_sha256(target, _copier(pdf), place)
            except OSError as exc:
                raise OutputError(write_failure(target, exc)) from exc
            written.append(WrittenFile(briefing.topic_id, Format.PDF, target, size))
    return written


def _recording(
    briefing: Briefing,
    fmt: Format,
    request: ExportRequest,
    setup: _RenderSetup,
    catalog: Catalog,
    template: str,
) -> Recording:
    """What the document of ``briefing`` in ``fmt`` records of itself (``render.recording``)."""
    from briefkit.render.recording import document_recording

    packages = {
        kind: loaded.package
        for kind, loaded in ((Format.DOCX, setup.report), (Format.PPTX, setup.deck))
        if loaded is not None
    }
    return document_recording(
        briefing, fmt, request.options, catalog, request.compositions, template, packages
    )


def _in_language(request: ExportRequest, catalog: Catalog, topic_ids: Sequence[str]) -> Catalog:
    """The catalog in the requested language; refuses a language missing or incomplete for the
    chosen topics (nothing is written then)."""
    from briefkit.catalog.languages import available_languages
    from briefkit.catalog.translations import translate

    lang = request.options.lang
    languages = available_languages(catalog.root)
    if lang not in languages:
        raise RequestError(
            f"no {lang!r} translations in the data; available languages: {', '.join(languages)}"
        )
    translation = translate(catalog, lang)
    missing = translation.problems_for(topic_ids)
    if missing:
        shown = "\n".join(f"  {p}" for p in missing[:15])
        more = f"\n  ... and {len(missing) - 15} more" if len(missing) > 15 else ""
        raise ExportError(
            f"the {lang!r} translation of {', '.join(topic_ids)} is incomplete "
            f"({len(missing)} problem(s)); nothing was written. Complete it (briefkit check "
            f"--lang {lang}) or export in another language:\n{shown}{more}"
        )
    return translation.catalog


def _check_choices(name: str, given: Sequence[str], choices: type[StrEnum]) -> None:
    """Raise ExportError naming what is not one of ``choices`` (a request built by hand)."""
    known = tuple(choices)
    if bad := [value for value in given if value not in known]:
        raise ExportError(f"unknown {name} {', '.join(map(repr, bad))}; use {' or '.join(known)}")


def _only_custom(request: ExportRequest) -> bool:
    """True when the request names compositions and no topics (not: every topic)."""
    return bool(request.compositions) and not request.topics


def run_export(
    request: ExportRequest,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Run one export job; raises CatalogError, TemplateError, ExportError, Cancelled, ..."""
    started = time.perf_counter()
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    options = request.options
    _check_choices("format(s)", options.formats, Format)
    _check_choices("chart_mode", (options.chart_mode,), ChartMode)
    _check_choices("on_existing", (request.on_existing,), OnExisting)
    if Format.PDF in options.formats:
        from briefkit.render.office.pdf import NOT_INSTALLED, find_soffice

        sweep_stale()  # what a PDF export killed outright left behind

        if find_soffice() is None:
            raise ExportError(NOT_INSTALLED)
    catalog = load_catalog(request.data_dir)
    # with compositions and no topics, only the compositions are written
    topic_ids = resolve_topics(catalog, request.topics) if not _only_custom(request) else ()
    try:
        check_compositions(catalog, request.compositions)
    except CompositionError as exc:
        raise CompositionExportError(str(exc)) from None
    used = list(dict.fromkeys([*topic_ids, *(t for c in request.compositions for t in c.topics)]))
    catalog = _in_language(request, catalog, used)
    cancel.check()  # each preparation step takes up to about half a second: check between them

    composed: dict[tuple[str, bool], Briefing] = {}

    def topic_briefing(tid: str, grades: bool = options.grades) -> Briefing:
        """Each topic composed once, for its own files and for the compositions using it."""
        if (tid, grades) not in composed:
            cancel.check()
            composed[tid, grades] = compose_briefing(
                catalog,
                tid,
                issued=request.issued,
                marking=options.marking,
                prepared_by=options.prepared_by,
                grades=grades,
            )
        return composed[tid, grades]

    briefings = [topic_briefing(tid) for tid in topic_ids]
    for spec in request.compositions:
        graded = options.grades or spec.grades
        parts = {tid: topic_briefing(tid, graded) for tid in spec.topics}
        briefings.append(assemble_custom(catalog, spec, parts))
    if request.changes_since is not None:  # a "What changed since" part (RequestError)
        from briefkit.document_changes import with_changes_since

        briefings = with_changes_since(request.changes_since, catalog, briefings)
    names = [*topic_ids, *(spec.slug for spec in request.compositions)]
    # a composed briefing shows its topics' charts: each chart is drawn once
    specs = list({c.id: c for b in briefings for c in b.charts}.values())
    documents = [(b, f) for b in briefings for f in options.formats]
    result = ExportResult(charts=len(specs), lang=options.lang)
    # Charts in the templates' own looks need the templates first; in the house look, the
    # browser starts and the charts draw while the templates and targets are checked (a
    # refusal there stops the drawing before any document is written).
    from briefkit.render.bundled_templates import house_templates

    early = None if house_templates(options) else _render_setup(request)
    looks: list[ChartLook] = []
    for look in early.looks.values() if early is not None else ():
        if look not in looks:  # a report and a deck in one look: drawn once
            looks.append(look)
    try:
        with chart_drawing(specs, request.cache_dir, cancel, looks) as charts:
            setup = early or _render_setup(request)
            cancel.check()
            _out_dir(request.out_dir)
            origins = made_from(options, names, request.compositions)
            targets = plan_targets(
                names, options.formats, request.out_dir, request.on_existing, options.lang, origins
            )
            words = catalog.language  # the steps are said in the briefing's language
            total = len(specs) * max(1, len(looks)) + len(documents)
            progress.start(total, say(words, "starting"))
            for briefing, fmt in documents:
                ids = [c.id for c in briefing.charts]
                drawn = {
                    kind: charts.images(ids, progress.advance, cancel.check, setup.look(kind))
                    for kind in ((Format.DOCX, Format.PPTX) if fmt == Format.PDF else (fmt,))
                }
                images = drawn.get(fmt, {})
                cancel.check()
                if fmt == Format.PDF:
                    progress.advance(say(words, "converting", name=briefing.topic_id))
                    result.files += _write_pdfs(briefing, drawn, setup, targets, cancel, origins)
                    continue
                [name] = document_names(briefing.topic_id, fmt, options.lang)
                path = targets[name]
                progress.advance(say(words, "writing", file=path.name))
                same = earlier_copies(request.out_dir / name) if path.name != name else {}
                place = _recorded(briefing.topic_id, fmt, name, path, origins[name], same)
                record = _recording(briefing, fmt, request, setup, catalog, origins[name].template)
                warnings, size, sha = _write_document(
                    briefing, fmt, images, setup, path, place, record
                )
                path = same.get(sha, path)
                result.warnings += [f"{path.name}: {w}" for w in warnings]
                written = WrittenFile(briefing.topic_id, fmt, path, size, reused=sha in same)
                result.files.append(written)
            result.charts_drawn = charts.finish(progress.advance, cancel.check)
    except BaseException:
        if cancel.is_cancelled:
            progress.cancelled()
        raise
    result.seconds = time.perf_counter() - started
    files = catalog.language.count_noun(len(result.files), "file")
    seconds = catalog.language.number(result.seconds, 1)
    progress.finish(
        say(catalog.language, "wrote", files=files, language=catalog.language.name, seconds=seconds)
    )
    return result
