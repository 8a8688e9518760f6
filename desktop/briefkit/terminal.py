"""Progress on a terminal: a rich bar when stderr is a terminal, plain lines otherwise.

The lines are the job's own ``Step`` texts, in the briefing's language (``--lang``), or as
``said`` says them (the command line's language, when BRIEFKIT_LANG names one).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TextIO

from briefkit.progress import Step, say


def cancelled_line(started: str) -> str:
    """What a cancelled job left, in the language of its first step ``started``."""
    if isinstance(started, Step) and started.words is not None:
        return say(started.words, "cancelled")
    return "Cancelled; no partial files were left."


class LineProgress:
    """One plain line per step, for pipes and logs."""

    def __init__(self, stream: TextIO, said: Callable[[str], str] = str) -> None:
        self.stream, self.said = stream, said
        self.total = 0
        self.done = 0
        self.started = ""

    def start(self, total: int, message: str) -> None:
        self.total, self.started = total, message

    def advance(self, message: str) -> None:
        self.done += 1
        print(f"[{self.done}/{self.total}] {self.said(message)}", file=self.stream, flush=True)

    def finish(self, message: str) -> None:
        print(self.said(message), file=self.stream, flush=True)

    def cancelled(self) -> None:
        print(self.said(cancelled_line(self.started)), file=self.stream, flush=True)


class BarProgress:
    """A rich progress bar on the terminal."""

    def __init__(self, stream: TextIO, said: Callable[[str], str] = str) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description:<40}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=stream),
            transient=False,
        )
        self._task: Any = None
        self.said = said

    def start(self, total: int, message: str) -> None:
        self._progress.start()
        self._task = self._progress.add_task(self.said(message), total=total)

    def advance(self, message: str) -> None:
        self._progress.update(self._task, advance=1, description=self.said(message))

    def finish(self, message: str) -> None:
        self._progress.update(self._task, description=self.said(message))
        self._progress.stop()

    def cancelled(self) -> None:
        self._progress.stop()


def terminal_progress(
    quiet: bool = False, stream: TextIO | None = None, said: Callable[[str], str] = str
) -> Any:
    """The right progress display for this stream; ``said`` says each step."""
    from briefkit.progress import NullProgress

    stream = stream or sys.stderr
    if quiet:
        return NullProgress()
    if stream.isatty():
        return BarProgress(stream, said)
    return LineProgress(stream, said)
