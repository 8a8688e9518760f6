"""Small steps of the export job (``briefkit.export``): the template digest its document cache
keys on, the output folder made, a file copied into a stream, a choice checked."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from briefkit.export_errors import ExportError, OutputError
from briefkit.messages import message, os_reason

if TYPE_CHECKING:
    from briefkit.render.deck.template import DeckTemplate
    from briefkit.render.report.template import ReportTemplate


def template_digest(template: ReportTemplate | DeckTemplate | None) -> str:
    """sha256 of a template's bytes in use and its warnings, which a cached document repeats
    (two files that clean up to the same bytes have different warnings)."""
    if template is None:
        return ""
    digest = hashlib.sha256(template.package)
    digest.update("\n".join(template.warnings).encode())
    return digest.hexdigest()


def make_out_dir(path: Path) -> None:
    """Make the output folder (OutputError when it cannot be one)."""
    try:
        if path.exists() and not path.is_dir():
            raise OutputError(message("out_not_a_folder", path=path))
        path.mkdir(parents=True, exist_ok=True)
    except OutputError:
        raise
    except OSError as exc:  # a name too long is refused by the look before the making
        raise OutputError(message("out_cannot_create", path=path, reason=os_reason(exc))) from exc


def copier(source: Path) -> Callable[[BinaryIO], object]:
    """A writer that copies ``source`` into the stream."""

    def copy(stream: BinaryIO) -> None:
        with source.open("rb") as data:
            shutil.copyfileobj(data, stream)

    return copy


def check_choices(name: str, given: Sequence[str], choices: type[StrEnum]) -> None:
    """Raise ExportError naming what is not one of ``choices`` (a request built by hand)."""
    known = tuple(choices)
    if bad := [value for value in given if value not in known]:
        raise ExportError(f"unknown {name} {', '.join(map(repr, bad))}; use {' or '.join(known)}")
