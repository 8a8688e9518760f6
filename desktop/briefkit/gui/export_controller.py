"""Runs exports for the window: what Export would do, starting, cancelling, and the outcome.

The controller asks its source (the window) what Export would write (``ExportChoice``), runs
it as an ``ExportJob`` on a pool of its own (one export at a time, never queued behind light
work), follows it on a progress view and shows how it ended on a results view (the export
strip): the files with Open and Show in Folder, a cancel note, or the error dialog. The rest of
the window follows its signals; it knows nothing else of the window.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from briefkit.gui import desktop_files
from briefkit.gui.dialogs import ErrorReport, Presenter, describe_error
from briefkit.gui.export_job import ExportJob, ExportOutcome
from briefkit.gui.export_panel import format_name
from briefkit.gui.i18n import language_name
from briefkit.options import ExportOptions, OnExisting, document_names

if TYPE_CHECKING:
    from briefkit.compose.custom import CustomBriefing
    from briefkit.export import ExportRequest, ExportResult, ProtectedFiles
    from briefkit.gui.export_job import RunExport


@dataclass(frozen=True)
class ExportChoice:
    """What Export would write now, as the window shows it."""

    topics: tuple[str, ...] | None
    """The topics ticked; None while the data loads."""
    options: ExportOptions
    out_dir: Path | None
    """The output folder; None while its box is empty."""
    data_dir: Path | None = None
    """The data folder in use; None: the bundled data."""
    template_problem: str = ""
    """Which template in use is known to be unusable: "report", "deck", or "" (none)."""
    changes_since_last: bool = False
    """Say what changed since the topic's last export in the output folder."""


class ExportSource(Protocol):
    """Where the controller learns what to export (the window)."""

    def export_choice(self) -> ExportChoice: ...


class ProgressView(Protocol):
    """Where an export is started and followed (the export strip)."""

    def set_export_label(self, text: str) -> None: ...
    def set_ready(self, summary: str, enabled: bool, why_not: str = "") -> None: ...
    def start(self) -> None: ...
    def advance(self, done: int, total: int, message: str) -> None: ...
    def cancelling(self) -> None: ...
    def stop(self) -> None: ...


class ResultsView(Protocol):
    """Where an export's outcome is shown (the export strip)."""

    def show_result(
        self, result: ExportResult, folder: Path, finished_first: bool = False
    ) -> None: ...
    def show_note(self, text: str, error: bool = False) -> None: ...
    def clear_result(self) -> None: ...


class ExportController(QObject):
    """The window's exports. Signals: ``ready_changed(bool)`` (Export can start),
    ``running_changed(bool)`` (an export started, or ended), ``status(text, msecs)`` (for the
    status bar; "" clears it) and ``finished(ExportOutcome)`` when one ends."""

    ready_changed = Signal(bool)
    running_changed = Signal(bool)
    status = Signal(str, int)
    finished = Signal(object)

    def __init__(
        self,
        source: ExportSource,
        view: ProgressView,
        results: ResultsView,
        presenter: Presenter,
        parent: QWidget,
        cache_dir: Path | None = None,
        run_export: RunExport | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.view, self.results = source, view, results
        self.presenter, self.parent_widget = presenter, parent
        self.cache_dir = cache_dir
        self.job: ExportJob | None = None
        self.last_error: ErrorReport | None = None
        self._last_shown: tuple[ExportOutcome, Path, bool] | None = None
        self._run_export = run_export
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    @property
    def running(self) -> bool:
        """True while an export runs."""
        return self.job is not None and self.job.running

    def why_not(self, topics_needed: bool = True) -> str:
        """Why Export cannot start now ("" when it can); a composition needs no ticked topic."""
        return self._why_not(self.source.export_choice(), topics_needed)

    def _why_not(self, choice: ExportChoice, topics_needed: bool = True) -> str:
        if choice.topics is None:
            return self.tr("Loading the topics…")
        if topics_needed and not choice.topics:
            return self.tr("Tick at least one topic to export.")
        if not choice.options.formats:
            return self.tr("Tick at least one format under Options.")
        if choice.out_dir is None:
            return self.tr("Choose an output folder under Options.")
        return ""

    def update_ready(self) -> None:
        """Say what Export would do (or why it cannot), and enable it accordingly."""
        choice = self.source.export_choice()
        n = len(choice.topics or ())
        label = self.tr("Export %n Briefing(s)", "", n) if n else self.tr("Export")
        self.view.set_export_label(label)
        if self.running:
            return
        formats = choice.options.formats
        files = n * sum(len(document_names("", f, formats=formats)) for f in formats)
        names = ", ".join(format_name(f) for f in formats)
        summary = self.tr("%n topic(s) as {formats}: ", "", n).format(formats=names) + self.tr(
            "%n file(s) into {folder}", "", files
        ).format(folder=choice.out_dir)
        summary += f" ({language_name(choice.options.lang)})"
        if choice.template_problem == "report":
            summary = self.tr("⚠ The report template cannot be used: see Templates under Options.")
        elif choice.template_problem:
            summary = self.tr("⚠ The deck template cannot be used: see Templates under Options.")
        why = self._why_not(choice)
        self.view.set_ready(summary, not why, why)
        self.ready_changed.emit(not why)

    def start(self) -> None:
        """Export the ticked topics with the chosen options, in the background."""
        choice = self.source.export_choice()
        if not self.running and not self._why_not(choice) and choice.topics:
            self._start(choice, choice.topics)

    def start_composition(self, spec: CustomBriefing) -> None:
        """Export a composed briefing (alone) with the window's options, in the background."""
        choice = self.source.export_choice()
        if not self.running and not self._why_not(choice, topics_needed=False):
            self._start(choice, (), (spec,))

    def _start(
        self,
        choice: ExportChoice,
        topics: tuple[str, ...],
        compositions: tuple[CustomBriefing, ...] = (),
    ) -> None:
        from briefkit.export import ExportRequest

        if choice.out_dir is None:
            return
        since = None
        if choice.changes_since_last and topics:
            from briefkit.update_export import last_export

            since = last_export(choice.out_dir, topics[0], choice.options.lang)
        request = ExportRequest(
            topics=topics,
            options=choice.options,
            out_dir=choice.out_dir,
            compositions=compositions,
            data_dir=choice.data_dir,
            cache_dir=self.cache_dir,
            changes_since=since,
        )
        self._run(request)

    def _run(self, request: ExportRequest) -> None:
        self.job = ExportJob(request, self, self._run_export)
        self.running_changed.emit(True)  # the window pauses thumbnails: the job needs the browser
        self.job.progressed.connect(self.view.advance)
        self.job.finished.connect(self._finished)
        self.view.start()
        self.status.emit(self.tr("Exporting…"), 0)
        self.job.start(self.pool)

    def cancel(self) -> None:
        """Stop the running export at its next step."""
        if self.job is not None and self.running and not self.job.cancel_requested:
            self.job.cancel()
            self.view.cancelling()

    def wait(self, msecs: int) -> bool:
        """Block until the export thread is done (closing the window)."""
        return self.pool.waitForDone(msecs)

    def _finished(self, outcome: ExportOutcome) -> None:
        from briefkit.export import ProtectedFiles

        error, job = outcome.error, self.job
        if isinstance(error, ProtectedFiles) and job and self._ask_existing(job.request, error):
            return  # the export runs again with the person's choice
        self.view.stop()
        self.running_changed.emit(False)
        folder = self.job.request.out_dir if self.job is not None else Path()
        late = self.job is not None and self.job.cancel_requested
        self._show_outcome(outcome, folder, late)
        failed = outcome.error is not None and not isinstance(outcome.error, ProtectedFiles)
        if failed and self.last_error is not None:  # described by _show_outcome
            self.presenter.error(self.parent_widget, self.last_error)
        self.update_ready()
        self.finished.emit(outcome)

    def _show_outcome(self, outcome: ExportOutcome, folder: Path, late: bool) -> None:
        """Say how the export ended, in the results view and the status bar."""
        from briefkit.export import ProtectedFiles

        self._last_shown = (outcome, folder, late)
        if outcome.status == "done" and outcome.result is not None:
            self.results.show_result(outcome.result, folder, finished_first=late)
            count = len(outcome.result.files)
            wrote = self.tr("Wrote %n file(s) to {folder}", "", count).format(folder=folder)
            self.status.emit(wrote, 15000)
        elif outcome.status == "cancelled":
            note = self.tr("Export cancelled; no partial file was left.")
            if outcome.kept:
                kept = ", ".join(p.name for p in outcome.kept)
                note += " " + self.tr("Files finished before you cancelled are kept: {files}.")
                note = note.format(files=kept)
            self.results.show_note(note)
            self.status.emit(self.tr("Export cancelled"), 10000)
        elif isinstance(outcome.error, ProtectedFiles):
            names = ", ".join(p.name for p in outcome.error.paths)
            self.results.show_note(
                self.tr(
                    "Export not started: nothing was written. Kept as they are: {files}."
                ).format(files=names)
            )
            self.status.emit(self.tr("Export cancelled; nothing was written"), 10000)
        elif outcome.error is not None:
            report = describe_error(outcome.error)
            self.last_error = report
            failed = self.tr("Export failed:")
            self.results.show_note(f"<b>{failed}</b> {report.title}.", error=True)
            self.status.emit(f"{failed} {report.title}", 15000)

    def retranslate(self) -> None:
        """The interface language changed: say what Export would do, or how it ended, anew."""
        if self._last_shown is not None and not self.running:
            self._show_outcome(*self._last_shown)
            self.status.emit("", 0)
        self.update_ready()

    def forget_template_error(self) -> None:
        """The templates changed and can be used: a failure a template caused is over."""
        from briefkit.render.office.errors import TemplateError

        shown = self._last_shown
        if shown is not None and isinstance(shown[0].error, TemplateError) and not self.running:
            self._last_shown = self.last_error = None
            self.results.clear_result()

    def _ask_existing(self, request: ExportRequest, error: ProtectedFiles) -> bool:
        """Ask Replace / Keep Both / Cancel (and Update, for edited decks Briefkit made); True
        when the export was started again."""
        choice = self.presenter.ask_existing(self.parent_widget, error.paths, error.made_from)
        if choice not in (OnExisting.REPLACE, OnExisting.KEEP, OnExisting.UPDATE):
            return False
        self.view.stop()
        self._run(dataclasses.replace(request, on_existing=choice))
        return True

    def show_last_error(self) -> None:
        """Show the last export's error dialog again (``retranslate`` describes it anew)."""
        if self.last_error is not None:
            self.presenter.error(self.parent_widget, self.last_error)

    def open(self, path: Path) -> None:
        """Open a file in its usual program; say so, with the path, when none could."""
        desktop_files.open_path(path, lambda reason: self._cannot_open(path, False, reason))

    def show_in_folder(self, path: Path) -> None:
        """Show a file in the file manager; say so, with the path, when it could not."""
        desktop_files.show_in_folder(path, lambda reason: self._cannot_open(path, True, reason))

    def _cannot_open(self, path: Path, folder: bool, reason: str) -> None:
        from briefkit.gui.open_failed import OpenFailure

        self.presenter.cannot_open(self.parent_widget, OpenFailure(path, folder, reason))
