"""Replace several files of a data folder together: all of them or none, even if killed.

Every new file is written to a temporary file and synced first; then each original is kept
as a hard link (or a copy) and a journal naming them is put in place atomically; then the new
files are renamed over the old ones, and the journal is removed, which commits. A process
killed before the journal is removed leaves the journal: the next reader of the folder
(``recover``, which ``check_catalog`` runs) puts every original back.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

JOURNAL = ".briefkit-transaction.json"
_PREFIX = ".briefkit-txn-"
"""Every file a transaction makes starts with this (swept up by ``recover``)."""


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("xb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _keep_original(target: Path, backup: Path) -> None:
    """``backup`` holds the original's bytes (a hard link, or a copy where links fail)."""
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
        with backup.open("rb+") as stream:
            os.fsync(stream.fileno())


def replace_together(
    root: Path, changes: Mapping[str, bytes], after_each: Callable[[str], None] | None = None
) -> None:
    """Write ``changes`` (file name inside ``root`` -> bytes) as one change.

    ``after_each(name)`` runs after each file is replaced (tests stop the process there).
    """
    if not recover(root):
        _sweep(root)  # what a transaction killed before its journal was in place left
    entries: list[dict[str, str | bool]] = []
    try:
        for i, (name, data) in enumerate(changes.items()):
            target = root / name
            temp = root / f"{_PREFIX}{i}.new"
            backup = root / f"{_PREFIX}{i}.old"
            _write_synced(temp, data)
            existed = target.exists()
            if existed:
                _keep_original(target, backup)
            entries.append(
                {"name": name, "temp": temp.name, "backup": backup.name, "existed": existed}
            )
        journal_temp = root / f"{_PREFIX}journal.new"
        _write_synced(journal_temp, json.dumps({"files": entries}).encode())
        _sync_folder(root)
        journal_temp.replace(root / JOURNAL)  # from here on, recover() restores the originals
        _sync_folder(root)
    except BaseException:
        _sweep(root)
        raise
    try:
        for entry in entries:
            (root / str(entry["temp"])).replace(root / str(entry["name"]))
            if after_each is not None:
                after_each(str(entry["name"]))
        _sync_folder(root)
    except BaseException:
        recover(root)
        raise
    (root / JOURNAL).unlink()  # the commit
    _sync_folder(root)
    _sweep(root)


def recover(root: Path) -> bool:
    """Undo a transaction a killed process left unfinished; True if there was one."""
    journal = root / JOURNAL
    if not journal.is_file():
        return False
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        entries = []
    for entry in entries if isinstance(entries, list) else []:
        if not _own_entry(entry):
            continue  # a journal names files of this folder only: anything else is ignored
        target = root / str(entry["name"])
        backup = root / str(entry["backup"])
        if backup.exists():
            backup.replace(target)
        elif not entry.get("existed", True):
            target.unlink(missing_ok=True)
    _sync_folder(root)
    journal.unlink()
    _sync_folder(root)
    _sweep(root)
    return True


def _own_entry(entry: object) -> bool:
    """A journal entry naming a file inside the folder and a backup this module made."""
    if not isinstance(entry, dict):
        return False
    name, backup = entry.get("name"), entry.get("backup")
    inside = isinstance(name, str) and bool(name) and _inside(name)
    plain = isinstance(backup, str) and Path(backup).name == backup
    return inside and plain and str(backup).startswith(_PREFIX)


def _inside(name: str) -> bool:
    """A file of the folder or of a folder inside it (``translations/ru/sources.yaml``)."""
    path = Path(name)
    return not path.is_absolute() and all(p not in ("", ".", "..") for p in path.parts)


def _sweep(root: Path) -> None:
    """Remove what a transaction made (temporary files, kept originals) once it is over."""
    for leftover in root.glob(f"{_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
