"""Errors shared by the document renderers (Word and PowerPoint)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["TemplateError"]


class TemplateError(Exception):
    """A template file cannot be used.

    The message is a complete sentence for the user: it names the file, says
    what is wrong with it and how to fix it.
    """

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return self.message
