"""Write a planned import: into the data folder in use, all files or none; never into the
bundled data (the first import makes the user's own copy instead)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefkit.catalog.folder import (
    ENV_VAR,
    DataFolder,
    Origin,
    publish_user_copy,
    resolve_data_folder,
    stage_user_copy,
    user_data_folder,
)
from briefkit.catalog.importing.plan import ImportPlan, file_digest
from briefkit.catalog.lock import FolderLockedError, folder_lock
from briefkit.catalog.transaction import replace_together
from briefkit.messages import message

LOCK_WAIT = 2.0
"""Seconds a change waits for another process's change to the same folder to finish."""


class ImportRefusedError(Exception):
    """The import cannot be written; the message says why and what to do."""


@dataclass(frozen=True)
class ImportTarget:
    """Where an import reads the data and where it writes."""

    folder: DataFolder
    """The data folder read (the bundled data while the user's copy is still to be made)."""
    write_to: Path
    make_copy: bool
    """True when this import makes the user's own copy of the bundled data."""


def import_target(given: Path | None) -> ImportTarget:
    """The folder an import changes: ``given`` (``--data``), BRIEFKIT_DATA, or the user's own
    copy (to be made from the bundled data when it does not exist yet)."""
    folder = resolve_data_folder(given)
    if folder.origin is Origin.BUNDLED:
        return ImportTarget(folder, user_data_folder(), make_copy=True)
    if folder.bundled:
        named = "--data" if folder.origin is Origin.OPTION else ENV_VAR
        raise ImportRefusedError(
            message("import_into_bundled", folder=folder.path, named=named, variable=ENV_VAR)
        )
    return ImportTarget(folder, folder.path, make_copy=False)


@contextlib.contextmanager
def holding(target: ImportTarget, writing: bool = True) -> Iterator[None]:
    """The folder's lock held for a whole change (read, plan, write), so that no other
    process changes it in between; ImportRefusedError while another holds it."""
    if target.make_copy or not writing:
        yield
        return
    try:
        with folder_lock(target.write_to, wait=LOCK_WAIT):
            yield
    except FolderLockedError as exc:
        raise ImportRefusedError(exc.args[0]) from None


def apply_import(
    plan: ImportPlan, target: ImportTarget, after_each: Callable[[str], None] | None = None
) -> list[str]:
    """Write the plan's changes; returns the names of the files written.

    ImportRefusedError when a file changed since the plan read it (nothing is written then).
    """
    if not plan.encoded:
        return []
    if target.make_copy:
        _check_unchanged(plan)
        _write_copy(plan)
        return list(plan.encoded)
    try:
        with folder_lock(target.write_to, wait=LOCK_WAIT):
            _check_unchanged(plan)
            replace_together(target.write_to, plan.encoded, after_each)
    except FolderLockedError as exc:
        raise ImportRefusedError(exc.args[0]) from None
    return list(plan.encoded)


def _check_unchanged(plan: ImportPlan) -> None:
    for name, digest in plan.based_on.items():
        if file_digest(plan.root / name) != digest:
            raise ImportRefusedError(message("import_changed_since_checked", path=plan.root / name))


def _write_copy(plan: ImportPlan) -> None:
    """The user's own copy of the bundled data, made with the plan's files in it."""
    staging = stage_user_copy()
    try:
        for name, data in plan.encoded.items():
            (staging / name).write_bytes(data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    publish_user_copy(staging)
