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
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from briefkit.atomic import Placer, write_atomic_sha256
from briefkit.catalog import Catalog, load_catalog
from briefkit.compose import compose_briefing
from briefkit.compose.assemble import assemble_custom
from briefkit.compose.custom import CompositionError, CustomBriefing, check_compositions
from briefkit.compose.model import Briefing, ChartImage, ChartSpec
from briefkit.document_rendering import RenderSetup, render_document, render_setup
from briefkit.export_errors import (
    CompositionExportError,
    ExportError,
    OutputError,
    ProtectedFiles,
    RequestError,
)
from briefkit.export_scope import in_language, resolve_topics
from briefkit.export_steps import check_choices, copier, make_out_dir
from briefkit.manifest import (
    MANIFEST_NAME,
    ManifestEntry,
    ManifestWriteError,
    Origin,
    earlier_copies,
    record_then,
)
from briefkit.messages import message
from briefkit.options import (
    ChartMode,
    ExportOptions,
    Format,
    Length,
    OnExisting,
    document_names,
    pdf_documents,
)
from briefkit.progress import CancelToken, NullProgress, Progress, say
from briefkit.scratch import scratch_dir, sweep_stale
from briefkit.targets import FileOutcome, file_outcome, free_name, made_from, plan_targets
from briefkit.write_errors import write_failure

__all__ = [  # the errors (``briefkit.export_errors``) are imported from here by the callers
    "CompositionExportError",
    "ExportError",
    "ExportRequest",
    "ExportResult",
    "FileOutcome",
    "OutputError",
    "ProtectedFiles",
    "RequestError",
    "WrittenFile",
    "build_one",
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
    from briefkit.charts.shared import SharedBrowser
    from briefkit.render.accessibility import Finding
    from briefkit.render.recording import Recording


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
    browser: SharedBrowser | None = field(default=None, compare=False)
    """The window's chart browser, lent to the job; None: the job starts its own."""
    on_written: Callable[[WrittenFile], None] | None = field(default=None, compare=False)
    """Told of each document (not PDF) as soon as it is in place: the page preview lays it
    out while the next is written."""


@dataclass(frozen=True)
class WrittenFile:
    """One file the job wrote."""

    topic: str
    format: Format
    path: Path
    bytes: int
    outcome: FileOutcome = FileOutcome.WRITTEN
    """Written new, replaced, written beside a kept file, or an identical earlier copy reused."""

    @property
    def reused(self) -> bool:
        """True when an identical copy written earlier beside an edited file stands for it
        (``KEEP``): nothing new was written."""
        return self.outcome is FileOutcome.REUSED

    accessibility: tuple[Finding, ...] = ()
    """What the accessibility check found in it (a PDF: in the document it was made from)."""


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
            raise OutputError(
                message("manifest_not_written", reason=reason, name=path.name)
            ) from exc

    return place


def chart_drawing(
    specs: Sequence[ChartSpec],
    cache_dir: Path | None,
    cancel: CancelToken,
    looks: Sequence[ChartLook] = (),
    browser: SharedBrowser | None = None,
) -> BackgroundCharts:
    """The job's charts, drawn in the background (``BackgroundCharts``) in one browser session
    (``browser`` when lent), in each of ``looks`` (none: the house look)."""
    from briefkit.charts import default_cache_dir
    from briefkit.charts.background import BackgroundCharts

    stop = lambda: cancel.is_cancelled  # noqa: E731
    return BackgroundCharts(specs, cache_dir or default_cache_dir(), stop, looks, browser)


def _write_document(
    briefing: Briefing,
    fmt: Format,
    images: dict[str, ChartImage],
    setup: RenderSetup,
    path: Path,
    place: Placer,
    length: Length = Length.FULL,
    record: Recording | None = None,
) -> tuple[list[str], list[Finding], int, str]:
    """Write one document atomically, put in place by ``place``; the warnings, what the
    accessibility check found, the size and the sha256."""
    warnings: list[str] = []
    findings: list[Finding] = []

    def write(stream: BinaryIO) -> None:
        said, found = render_document(briefing, fmt, images, setup, stream, length, record)
        warnings.extend(said)
        findings.extend(found)

    try:
        size, sha = write_atomic_sha256(path, write, place)
    except OSError as exc:
        raise OutputError(write_failure(path, exc)) from exc
    return warnings, findings, size, sha


def _write_pdfs(
    briefing: Briefing,
    images: Mapping[Format, dict[str, ChartImage]],
    setup: RenderSetup,
    targets: dict[str, Path],
    cancel: CancelToken,
    origins: Mapping[str, Origin],
    formats: Sequence[Format],
    length: Length = Length.FULL,
    archive: bool = False,
) -> list[WrittenFile]:
    """The report, the deck and the note as ``<topic>-report.pdf``, ``-deck.pdf`` and
    ``-note.pdf``, those the formats ask for (``pdf_documents``): tagged PDF, and PDF/A-2b
    with ``archive``.

    The report is laid out twice when pdftotext is there: the first PDF tells on which page
    each heading falls, and the second carries those numbers in its table of contents.
    ``images`` holds the chart images of the report (DOCX), the deck (PPTX) and the note.
    """
    from briefkit.render.office.pdf import PdfError, convert_to_pdf, page_texts
    from briefkit.render.office.xmltext import language_tag
    from briefkit.render.report.writer import find_heading_pages, render_report, report_outline

    written = []

    def stop() -> bool:
        return cancel.is_cancelled

    with scratch_dir("pdf") as tmp:
        work = Path(tmp)
        kinds = pdf_documents(formats)
        names = document_names(
            briefing.topic_id, Format.PDF, briefing.language.code, formats, length
        )
        sources = {
            kind: work / Path(name).with_suffix(".pptx" if kind == Format.PPTX else ".docx")
            for kind, name in zip(kinds, names, strict=True)
        }
        found: dict[str, list[Finding]] = {}
        for fmt, source in sources.items():
            with source.open("wb") as stream:
                found[f"{source.stem}.pdf"] = render_document(
                    briefing, fmt, images[fmt], setup, stream, length
                )[1]
        tag = language_tag(briefing.language.code)
        try:
            pdfs = convert_to_pdf(
                list(sources.values()), work, cancel=stop, language=tag, archive=archive
            )
            report = sources.get(Format.DOCX)
            texts = page_texts(pdfs[0]) if report is not None else []
            pages = find_heading_pages(report_outline(briefing), texts) if texts else {}
            if pages and setup.report is not None and report is not None:
                with report.open("wb") as stream:
                    render_report(
                        briefing, images[Format.DOCX], setup.report, stream, toc_pages=pages
                    )
                convert_to_pdf([report], work, cancel=stop, language=tag, archive=archive)
        except PdfError as exc:
            raise ExportError(*exc.args) from exc
        for pdf in pdfs:
            cancel.check()
            target = targets[pdf.name]
            place = _recorded(briefing.topic_id, Format.PDF, pdf.name, target, origins[pdf.name])
            outcome = file_outcome(target, pdf.name, target.exists(), reused=False)
            try:
                size, _ = write_atomic_sha256(target, copier(pdf), place)
            except OSError as exc:
                raise OutputError(write_failure(target, exc)) from exc
            findings = tuple(dataclasses.replace(f, file=target.name) for f in found[pdf.name])
            written.append(
                WrittenFile(briefing.topic_id, Format.PDF, target, size, outcome, findings)
            )
    return written


def _recording(
    briefing: Briefing,
    fmt: Format,
    request: ExportRequest,
    setup: RenderSetup,
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


def _chart_ids(briefing: Briefing, fmt: Format) -> list[str]:
    """The charts a document of ``fmt`` shows: a note its lead chart, the others every one."""
    if fmt == Format.NOTE:
        short = briefing.short
        return list(short.lead_charts[:1]) if short is not None else []
    return [c.id for c in briefing.charts]


def _update_in_place(
    topic: str, path: Path, request: ExportRequest, result: ExportResult, cancel: CancelToken
) -> None:
    """Merge today's deck, report or handout into the edited one at ``path``
    (``OnExisting.UPDATE``); its conflicts join the warnings."""
    from briefkit.update_export import run_update

    done = run_update(path, build_one, data_dir=request.data_dir, cancel=cancel)
    size = path.stat().st_size
    made = Format(done.format)
    result.files.append(WrittenFile(topic, made, path, size, FileOutcome.UPDATED))
    for c in done.conflicts:
        said = message("update_conflict", piece=c.piece, kind=message(c.kind_code))
        result.warnings.append(message("file_warning", name=path.name, warning=said))


def build_one(
    briefing: str | CustomBriefing,
    options: ExportOptions,
    folder: Path,
    data: Path | None,
    cancel: CancelToken | None,
) -> Path:
    """Export a topic's briefing (by its id) or a composed one in ``options``' one format into
    ``folder`` (an update's today's file); its path."""
    topics, composed = ((briefing,), ()) if isinstance(briefing, str) else ((), (briefing,))
    request = ExportRequest(
        topics, options, folder, OnExisting.REPLACE, data_dir=data, compositions=composed
    )
    return run_export(request, None, cancel).files[0].path


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
    check_choices("format(s)", options.formats, Format)
    check_choices("chart_mode", (options.chart_mode,), ChartMode)
    check_choices("on_existing", (request.on_existing,), OnExisting)
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
        raise CompositionExportError(exc.args[0]) from None
    used = list(dict.fromkeys([*topic_ids, *(t for c in request.compositions for t in c.topics)]))
    catalog = in_language(catalog, request.options.lang, used)
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
    lengths = dict.fromkeys(names, options.length)
    lengths.update({spec.slug: spec.length or options.length for spec in request.compositions})
    # a composed briefing shows its topics' charts: each chart is drawn once (a note only its
    # lead chart: notes alone draw no more)
    kinds = [
        k
        for f in options.formats
        for k in (pdf_documents(options.formats) if f == Format.PDF else (f,))
    ]
    wanted = {i for b in briefings for k in kinds for i in _chart_ids(b, k)}
    specs = list({c.id: c for b in briefings for c in b.charts if c.id in wanted}.values())
    documents = [(b, f) for b in briefings for f in options.formats]
    result = ExportResult(charts=len(specs), lang=options.lang)
    to_update: list[tuple[str, Path]] = []
    # Charts in the templates' own looks need the templates first; in the house look, the
    # browser starts and the charts draw while the templates and targets are checked (a
    # refusal there stops the drawing before any document is written).
    from briefkit.render.bundled_templates import house_templates

    early = None if house_templates(options) else render_setup(request.options, request.cache_dir)
    looks: list[ChartLook] = []
    for look in early.looks.values() if early is not None else ():
        if look not in looks:  # a report and a deck in one look: drawn once
            looks.append(look)
    try:
        with chart_drawing(specs, request.cache_dir, cancel, looks, request.browser) as charts:
            setup = early or render_setup(request.options, request.cache_dir)
            cancel.check()
            make_out_dir(request.out_dir)
            origins = made_from(options, names, request.compositions, lengths)
            targets = plan_targets(
                names,
                options.formats,
                request.out_dir,
                request.on_existing,
                options.lang,
                origins,
                lengths,
            )
            words = catalog.language  # the steps are said in the briefing's language
            total = len(specs) * max(1, len(looks)) + len(documents)
            progress.start(total, say(words, "starting"))
            for briefing, fmt in documents:
                drawn = {
                    kind: charts.images(
                        _chart_ids(briefing, kind), progress.advance, cancel.check, setup.look(kind)
                    )
                    for kind in (pdf_documents(options.formats) if fmt == Format.PDF else (fmt,))
                }
                images = drawn.get(fmt, {})
                length = lengths[briefing.topic_id]
                cancel.check()
                if fmt == Format.PDF:
                    progress.advance(say(words, "converting", name=briefing.topic_id))
                    result.files += _write_pdfs(
                        briefing,
                        drawn,
                        setup,
                        targets,
                        cancel,
                        origins,
                        options.formats,
                        length,
                        options.pdfa,
                    )
                    continue
                [name] = document_names(briefing.topic_id, fmt, options.lang, length=length)
                if name not in targets:  # an edited file, updated below
                    to_update.append((briefing.topic_id, request.out_dir / name))
                    continue
                path = targets[name]
                progress.advance(say(words, "writing", file=path.name))
                same = earlier_copies(request.out_dir / name) if path.name != name else {}
                place = _recorded(briefing.topic_id, fmt, name, path, origins[name], same)
                record = _recording(briefing, fmt, request, setup, catalog, origins[name].template)
                existed = path.exists()
                warnings, found, size, sha = _write_document(
                    briefing, fmt, images, setup, path, place, length, record
                )
                outcome = file_outcome(path, name, existed, reused=sha in same)
                path = same.get(sha, path)
                result.warnings += [
                    message("file_warning", name=path.name, warning=w) for w in warnings
                ]
                named = tuple(dataclasses.replace(f, file=path.name) for f in found)
                written = WrittenFile(briefing.topic_id, fmt, path, size, outcome, named)
                result.files.append(written)
                if request.on_written is not None:
                    request.on_written(written)
            result.charts_drawn = charts.finish(progress.advance, cancel.check)
        for topic, path in to_update:
            _update_in_place(topic, path, request, result, cancel)
    except BaseException:
        if cancel.is_cancelled:
            progress.cancelled()
        raise
    result.seconds = time.perf_counter() - started
    files = catalog.language.count_noun(len(result.files), "file")
    seconds = catalog.language.number(result.seconds, 1)
    progress.finish(
        say(
            catalog.language,
            "wrote",
            files=files,
            language=catalog.language.name,
            seconds=seconds,
            n=len(result.files),  # for a front end that says the line in its own language
            elapsed=result.seconds,
        )
    )
    return result
