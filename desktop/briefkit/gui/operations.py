"""Background work: one core call on a ``QThreadPool``, its result back on the GUI thread.

Modelled on Anki's ``aqt.operations``. An ``Operation`` wraps a callable that knows nothing of
Qt widgets, runs it on a thread pool and reports through signals that Qt delivers on the GUI
thread, where ``on_success`` / ``on_failure`` callbacks run::

    Operation(lambda: load_catalog(folder)).on_success(show_topics).on_failure(show_error).start()

The worker may stream partial results with ``operation.report(value)`` (thread-safe); they
arrive as ``reported`` on the GUI thread. ``QtProgress`` is the core progress protocol
(``start``/``advance``/``finish``/``cancelled``) carried over the same kind of queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Created on the GUI thread; the worker emits its signals and Qt queues them across."""

    succeeded = Signal(object)
    failed = Signal(object)
    reported = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._work()
        except BaseException as exc:  # every failure goes back to the GUI thread, as a value
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(value)


class Operation(QObject):
    """A callable run on a thread pool; ``succeeded``/``failed``/``finished`` on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    reported = Signal(object)
    finished = Signal()

    _alive: ClassVar[set[Operation]] = set()  # keeps running operations from being collected

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._relay = _Relay()
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._relay.reported.connect(self._on_reported)
        self.running = False

    def on_success(self, callback: Callable[[Any], object]) -> Operation:
        """Call ``callback(result)`` on the GUI thread when the work returns."""
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], object]) -> Operation:
        """Call ``callback(exception)`` on the GUI thread when the work raises."""
        self.failed.connect(callback)
        return self

    def start(self, pool: QThreadPool | None = None) -> Operation:
        """Queue the work on ``pool`` (the global pool by default)."""
        self.running = True
        Operation._alive.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._work, self._relay))
        return self

    def report(self, value: object) -> None:
        """From the worker: send a partial result to the GUI thread (``reported``)."""
        self._relay.reported.emit(value)

    @Slot(object)
    def _on_reported(self, value: object) -> None:
        self.reported.emit(value)

    @Slot(object)
    def _on_succeeded(self, value: object) -> None:
        self._end()
        self.succeeded.emit(value)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._end()
        self.failed.emit(exc)
        self.finished.emit()

    def _end(self) -> None:
        self.running = False
        Operation._alive.discard(self)


class QtProgress(QObject):
    """The core ``Progress`` protocol as Qt signals; safe to call from the worker thread."""

    started = Signal(int, object)  # a str, or a briefkit.progress.Step (kept whole)
    advanced = Signal(object)
    done = Signal(str)
    stopped = Signal()

    def start(self, total: int, message: str) -> None:
        """The job has ``total`` steps."""
        self.started.emit(total, message)

    def advance(self, message: str) -> None:
        """One step began, e.g. "Rendering chart 4 of 17"."""
        self.advanced.emit(message)

    def finish(self, message: str) -> None:
        """The job is done."""
        self.done.emit(message)

    def cancelled(self) -> None:
        """The job stopped because it was cancelled."""
        self.stopped.emit()
