"""The progress protocol shared by the terminal bar and the Qt progress bar, and cancelling.

A job's messages are ``Step`` texts: said in the briefing's language from its words
(``progress_<key>`` in ``language.yaml``), and carrying the key and values they were said from,
so that the window can say them again in its own interface language.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Protocol


class Words(Protocol):
    """Where a step's words come from: a ``Language`` (``briefkit.catalog.language``)."""

    def w(self, key: str, **values: object) -> str: ...


class Step(str):
    """A progress message: its text, and the ``key`` and ``values`` it was said from."""

    key: str
    values: Mapping[str, object]
    words: Words | None
    """The words it was said in (a front end's own closing lines use them too)."""

    def __new__(
        cls, text: str, key: str, values: Mapping[str, object], words: Words | None = None
    ) -> Step:
        step = super().__new__(cls, text)
        step.key, step.values, step.words = key, dict(values), words
        return step


def say(words: Words, key: str, **values: object) -> Step:
    """The step ``key`` in ``words``' language: ``say(ru, "writing", file="a-ru.docx")``."""
    return Step(words.w(f"progress_{key}", **values), key, values, words)


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
