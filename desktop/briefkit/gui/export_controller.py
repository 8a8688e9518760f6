"""Runs exports for the window: what Export would do, starting, cancelling, and the outcome.

The controller builds an ``ExportRequest`` from the panels, runs it as an ``ExportJob`` on a
pool of its own (one export at a time, never queued behind light work), and shows how it
ended: the files with Open and Show in Folder, a cancel note, or the error dialog.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from briefkit.gui import desktop_files
from briefkit.gui.dialogs import ErrorReport, describe_error
from briefkit.gui.export_job import ExportJob, ExportOutcome
from briefkit.gui.export_panel import format_name

if TYPE_CHECKING:
    from briefkit.compose.custom import CustomBriefing
    from briefkit.export import ExportRequest, ProtectedFiles
    from briefkit.gui.export_job import RunExport
    from briefkit.gui.main_window import MainWindow


class ExportController(QObject):
    """The window's exports; ``finished(ExportOutcome)`` when one ends."""

    finished = Signal(object)

    def __init__(
        self, window: MainWindow, cache_dir: Path | None, run_export: RunExport | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
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
        w = self.window
        if w.catalog is None:
            return self.tr("Loading the topics…")
        if topics_needed and not w.topics.checked_ids():
            return self.tr("Tick at least one topic to export.")
        if not w.options.formats():
            return self.tr("Tick at least one format under Options.")
        if w.options.output_folder() is None:
            return self.tr("Choose an output folder under Options.")
        return ""

    def update_ready(self) -> None:
        """Say what Export would do (or why it cannot), and enable it accordingly."""
        w = self.window
        n = len(w.topics.checked_ids())
        label = self.tr("Export %n Briefing(s)", "", n) if n else self.tr("Export")
        w.export_panel.set_export_label(label)
        if self.running:
            return
        formats = w.options.formats()
        files = n * sum(2 if f == "pdf" else 1 for f in formats)
        names = ", ".join(format_name(f) for f in formats)
        summary = self.tr("%n topic(s) as {formats}: ", "", n).format(formats=names) + self.tr(
            "%n file(s) into {folder}", "", files
        ).format(folder=w.options.output_folder())
        if problem := w.options.template_problem():
            if problem == "report":
                summary = self.tr(
                    "⚠ The report template cannot be used: see Templates under Options."
                )
            else:
                summary = self.tr(
                    "⚠ The deck template cannot be used: see Templates under Options."
                )
        why = self.why_not()
        w.export_panel.set_ready(summary, not why, why)
        w.commands.export.setEnabled(not why)

    def start(self) -> None:
        """Export the ticked topics with the chosen options, in the background."""
        if not self.running and not self.why_not():
            self._start(self.window.topics.checked_ids())

    def start_composition(self, spec: CustomBriefing) -> None:
        """Export a composed briefing (alone) with the window's options, in the background."""
        if not self.running and not self.why_not(topics_needed=False):
            self._start((), (spec,))

    def _start(
        self, topics: tuple[str, ...], compositions: tuple[CustomBriefing, ...] = ()
    ) -> None:
        from briefkit.export import ExportRequest

        w = self.window
        folder = w.options.output_folder()
        if folder is None:
            return
        request = ExportRequest(
            topics=topics,
            compositions=compositions,
            formats=w.options.formats(),
            out_dir=folder,
            template_docx=w.options.template("docx"),
            template_pptx=w.options.template("pptx"),
            marking=w.options.marking_text(),
            prepared_by=w.options.prepared_by_text(),
            charts=w.options.deck_charts(),
            data_dir=w.data_folder,
            cache_dir=self.cache_dir,
            lang=w.options.output_language(),
        )
        w.save_settings()
        self._run(request)

    def _run(self, request: ExportRequest) -> None:
        w = self.window
        w.preview.pause()  # the export needs the browser; thumbnails wait
        self.job = ExportJob(request, self, self._run_export)
        self.job.progressed.connect(w.export_panel.advance)
        self.job.finished.connect(self._finished)
        w.export_panel.start()
        w.options.setEnabled(False)
        w.commands.export.setEnabled(False)
        w.commands.cancel.setEnabled(True)
        w.statusBar().showMessage(self.tr("Exporting…"))
        self.job.start(self.pool)

    def cancel(self) -> None:
        """Stop the running export at its next step."""
        if self.job is not None and self.running and not self.job.cancel_requested:
            self.job.cancel()
            self.window.export_panel.cancelling()

    def wait(self, msecs: int) -> bool:
        """Block until the export thread is done (closing the window)."""
        return self.pool.waitForDone(msecs)

    def _finished(self, outcome: ExportOutcome) -> None:
        from briefkit.export import ProtectedFiles

        w = self.window
        error, job = outcome.error, self.job
        if isinstance(error, ProtectedFiles) and job and self._ask_existing(job.request, error):
            return  # the export runs again with the person's choice
        w.export_panel.stop()
        w.options.setEnabled(True)
        w.commands.cancel.setEnabled(False)
        folder = self.job.request.out_dir if self.job is not None else Path()
        late = self.job is not None and self.job.cancel_requested
        self._show_outcome(outcome, folder, late)
        failed = outcome.error is not None and not isinstance(outcome.error, ProtectedFiles)
        if failed and self.last_error is not None:  # described by _show_outcome
            w.presenter.error(w, self.last_error)
        w.preview.resume()
        self.update_ready()
        self.finished.emit(outcome)

    def _show_outcome(self, outcome: ExportOutcome, folder: Path, late: bool) -> None:
        """Say how the export ended, in the export strip and the status bar."""
        from briefkit.export import ProtectedFiles

        w = self.window
        self._last_shown = (outcome, folder, late)
        if outcome.status == "done" and outcome.result is not None:
            w.export_panel.show_result(outcome.result, folder, finished_first=late)
            count = len(outcome.result.files)
            w.statusBar().showMessage(
                self.tr("Wrote %n file(s) to {folder}", "", count).format(folder=folder), 15000
            )
        elif outcome.status == "cancelled":
            note = self.tr("Export cancelled; no partial file was left.")
            if outcome.kept:
                kept = ", ".join(p.name for p in outcome.kept)
                note += " " + self.tr("Files finished before you cancelled are kept: {files}.")
                note = note.format(files=kept)
            w.export_panel.show_note(note)
            w.statusBar().showMessage(self.tr("Export cancelled"), 10000)
        elif isinstance(outcome.error, ProtectedFiles):
            names = ", ".join(p.name for p in outcome.error.paths)
            w.export_panel.show_note(
                self.tr(
                    "Export not started: nothing was written. Kept as they are: {files}."
                ).format(files=names)
            )
            w.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 10000)
        elif outcome.error is not None:
            report = describe_error(outcome.error)
            self.last_error = report
            failed = self.tr("Export failed:")
            w.export_panel.show_note(f"<b>{failed}</b> {report.title}.", error=True)
            w.statusBar().showMessage(f"{failed} {report.title}", 15000)

    def retranslate(self) -> None:
        """The interface language changed: say what Export would do, or how it ended, anew."""
        if self._last_shown is not None and not self.running:
            self._show_outcome(*self._last_shown)
            self.window.statusBar().clearMessage()
        self.update_ready()

    def _ask_existing(self, request: ExportRequest, error: ProtectedFiles) -> bool:
        """Ask Replace / Keep Both / Cancel; True when the export was started again."""
        w = self.window
        choice = w.presenter.ask_existing(w, error.paths)
        if choice not in ("replace", "keep"):
            return False
        w.export_panel.stop()
        self._run(dataclasses.replace(request, on_existing=choice))
        return True

    def show_last_error(self) -> None:
        """Show the last export's error dialog again (``retranslate`` describes it anew)."""
        if self.last_error is not None:
            self.window.presenter.error(self.window, self.last_error)

    def open(self, path: Path) -> None:
        """Open a file in its usual program."""
        if not desktop_files.open_path(path):
            self.window.statusBar().showMessage(
                self.tr("No program is set up to open {name}").format(name=path.name), 10000
            )

    def show_in_folder(self, path: Path) -> None:
        """Show a file in the file manager."""
        if not desktop_files.show_in_folder(path):
            self.window.statusBar().showMessage(
                self.tr("Cannot open the folder {folder}").format(folder=path.parent), 10000
            )
