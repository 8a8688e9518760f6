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
from briefkit.gui.export_panel import FORMAT_NAMES

if TYPE_CHECKING:
    from briefkit.compose.custom import CustomBriefing
    from briefkit.export import ExportRequest, ProtectedFiles
    from briefkit.gui.export_job import RunExport
    from briefkit.gui.main_window import MainWindow


def plural(n: int, word: str) -> str:
    """``n`` and the word, with an s unless n is 1: "1 topic", "3 topics"."""
    return f"{n} {word}{'s' if n != 1 else ''}"


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
            return "Loading the topics…"
        if topics_needed and not w.topics.checked_ids():
            return "Tick at least one topic to export."
        if not w.options.formats():
            return "Tick at least one format under Options."
        if w.options.output_folder() is None:
            return "Choose an output folder under Options."
        return ""

    def update_ready(self) -> None:
        """Say what Export would do (or why it cannot), and enable it accordingly."""
        w = self.window
        n = len(w.topics.checked_ids())
        w.export_panel.set_export_label(f"Export {plural(n, 'Briefing')}" if n else "Export")
        if self.running:
            return
        formats = w.options.formats()
        files = n * sum(2 if f == "pdf" else 1 for f in formats)
        names = ", ".join(FORMAT_NAMES[f] for f in formats)
        summary = (
            f"{plural(n, 'topic')} as {names}: {plural(files, 'file')} "
            f"into {w.options.output_folder()}"
        )
        if problem := w.options.template_problem():
            summary = f"⚠ The {problem} template cannot be used: see Templates under Options."
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
        w.statusBar().showMessage("Exporting…")
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
        if outcome.status == "done" and outcome.result is not None:
            late = self.job is not None and self.job.cancel_requested
            w.export_panel.show_result(outcome.result, folder, finished_first=late)
            written = plural(len(outcome.result.files), "file")
            w.statusBar().showMessage(f"Wrote {written} to {folder}", 15000)
        elif outcome.status == "cancelled":
            note = "Export cancelled; no partial file was left."
            if outcome.kept:
                kept = ", ".join(p.name for p in outcome.kept)
                note += f" Files finished before you cancelled are kept: {kept}."
            w.export_panel.show_note(note)
            w.statusBar().showMessage("Export cancelled", 10000)
        elif isinstance(outcome.error, ProtectedFiles):
            names = ", ".join(p.name for p in outcome.error.paths)
            w.export_panel.show_note(
                f"Export not started: nothing was written. Kept as they are: {names}."
            )
            w.statusBar().showMessage("Export cancelled; nothing was written", 10000)
        elif outcome.error is not None:
            report = describe_error(outcome.error)
            self.last_error = report
            w.export_panel.show_note(f"<b>Export failed:</b> {report.title}.", error=True)
            w.statusBar().showMessage(f"Export failed: {report.title}", 15000)
            w.presenter.error(w, report)
        w.preview.resume()
        self.update_ready()
        self.finished.emit(outcome)

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
        """Show the last export's error dialog again."""
        if self.last_error is not None:
            self.window.presenter.error(self.window, self.last_error)

    def open(self, path: Path) -> None:
        """Open a file in its usual program."""
        if not desktop_files.open_path(path):
            self.window.statusBar().showMessage(f"No program is set up to open {path.name}", 10000)

    def show_in_folder(self, path: Path) -> None:
        """Show a file in the file manager."""
        if not desktop_files.show_in_folder(path):
            self.window.statusBar().showMessage(f"Cannot open the folder {path.parent}", 10000)
