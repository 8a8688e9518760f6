"""The progress protocol shared by the terminal bar and the Qt progress bar, and cancelling."""

from __future__ import annotations

import threading
from typing import Protocol


class Progress(Protocol):
    """Receives the steps of a job: ``start``, ``advance`` per step, ``finish`` or ``cancelled``."""

    def start(self, total: int, message: str) -> None: ...

    def advance(self, message: str) -> None: ...

    def finish(self, message: str) -> None: ...

    def cancelled(self) -> None: ...


class NullProgress:
    """A progress receiver that ignores everything (tests, pipes without output)."""

    def start(self, total: int, message: str) -> None:
        """Ignore."""

    def advance(self, message: str) -> None:
        """Ignore."""

    def finish(self, message: str) -> None:
        """Ignore."""

    def cancelled(self) -> None:
        """Ignore."""


class Cancelled(Exception):  # noqa: N818 - reads as what happened
    """The job was cancelled; nothing partial was left behind."""


class CancelToken:
    """A flag another thread sets to stop a job at its next step."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop."""
        self._event.set()

    @property
    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancel() was called."""
        if self._event.is_set():
            raise Cancelled("the export was cancelled")
