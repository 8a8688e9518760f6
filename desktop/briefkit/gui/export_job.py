"""One export from the window: the command line's ``run_export`` on a background thread.

``ExportJob`` owns the request, a ``CancelToken`` and a ``QtProgress``; it turns the core's
outcomes into signals on the GUI thread: ``progressed(done, total, message)`` for each step (in
the interface language), then exactly one of ``succeeded(ExportResult)``, ``failed(exception)``
or ``cancelled()``, then ``finished(ExportOutcome)``. ``cancel()`` sets the token; the job
stops at its next check and, since every file is written atomically, leaves no partial file
behind.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from briefkit.gui.operations import Operation, QtProgress
from briefkit.gui.progress_text import progress_text
from briefkit.options import document_names

if TYPE_CHECKING:
    from briefkit.export import ExportRequest, ExportResult
    from briefkit.progress import CancelToken, Progress

    RunExport = Callable[[ExportRequest, Progress, CancelToken], ExportResult]


@dataclass
class ExportOutcome:
    """How an export ended: ``status`` is "done", "failed" or "cancelled"."""

    status: str
    result: ExportResult | None = None
    error: BaseException | None = None
    kept: list[Path] = field(default_factory=list)
    """When cancelled: files finished before the cancel, which stay (they are whole)."""
    cancel_seconds: float | None = None
    """When cancelled: seconds from ``cancel()`` to the job's end."""


def planned_files(request: ExportRequest) -> list[Path]:
    """The files the request would write, by the core's naming rule (without ``-2`` copies)."""
    options = request.options
    formats, lang, length = options.formats, options.lang, options.length
    names = [
        n
        for t in request.topics
        for f in formats
        for n in document_names(t, f, lang, formats, length)
    ]
    return [request.out_dir / name for name in names]


class ExportJob(QObject):
    """An export running in the background, with progress and cancel."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal(object)

    def __init__(
        self,
        request: ExportRequest,
        parent: QObject | None = None,
        run: RunExport | None = None,
    ) -> None:
        from briefkit.progress import CancelToken

        super().__init__(parent)
        self.request = request
        self.token = CancelToken()
        self.done = 0
        self.total = 0
        self._before: dict[Path, int | None] = {}
        self._cancel_at: float | None = None
        self._progress = QtProgress(self)
        self._progress.started.connect(self._on_started)
        self._progress.advanced.connect(self._on_advanced)
        self._run = run
        self._operation = Operation(self._work, self)
        self._operation.on_success(self._on_succeeded).on_failure(self._on_failed)

    @property
    def running(self) -> bool:
        """True from ``start()`` until ``finished``."""
        return self._operation.running

    @property
    def cancel_requested(self) -> bool:
        """True once ``cancel()`` was called."""
        return self.token.is_cancelled

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run the export on ``pool``."""
        self._before = {p: _mtime(p) for p in planned_files(self.request)}
        self._operation.start(pool)

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        if self.running and not self.token.is_cancelled:
            self._cancel_at = time.monotonic()
            self.token.cancel()

    def _work(self) -> ExportResult:
        run = self._run
        if run is None:
            from briefkit.export import run_export

            run = run_export
        return run(self.request, self._progress, self.token)

    @Slot(int, object)
    def _on_started(self, total: int, message: object) -> None:
        self.total = total
        self.progressed.emit(0, total, progress_text(message))

    @Slot(object)
    def _on_advanced(self, message: object) -> None:
        self.done = min(self.done + 1, self.total)
        self.progressed.emit(self.done, self.total, progress_text(message))

    def _on_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)
        self.finished.emit(ExportOutcome("done", result=result))  # type: ignore[arg-type]

    def _on_failed(self, exc: BaseException) -> None:
        from briefkit.progress import Cancelled

        if isinstance(exc, Cancelled):
            seconds = time.monotonic() - self._cancel_at if self._cancel_at else None
            kept = [p for p, before in self._before.items() if _mtime(p) not in (None, before)]
            self.cancelled.emit()
            self.finished.emit(ExportOutcome("cancelled", kept=kept, cancel_seconds=seconds))
            return
        self.failed.emit(exc)
        self.finished.emit(ExportOutcome("failed", error=exc))


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None
