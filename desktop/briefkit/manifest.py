"""What Briefkit wrote into an output folder, so a regeneration never loses a person's edits.

``OUT/.briefkit-manifest.json`` maps each file name Briefkit wrote to the sha256 of the bytes it
wrote (with the generator version, the topic, the format and the time). A file on disk whose
hash still matches is untouched since Briefkit made it and may be replaced; any other existing
file (edited, or not made by Briefkit) is protected. A manifest beside the files is used rather
than the documents' own properties, because the programs that edit them rewrite properties.

The manifest is rewritten atomically; concurrent exports into one folder re-read and merge it
under a lock on ``OUT/.briefkit-manifest.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows, no lock where neither exists).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from briefkit import __version__
from briefkit.atomic import sha256_of, write_atomic

MANIFEST_NAME = ".briefkit-manifest.json"
LOCK_NAME = ".briefkit-manifest.lock"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class ManifestEntry:
    """One file Briefkit wrote: the hash of its bytes and where it came from."""

    sha256: str
    topic: str
    format: str
    generator: str = f"briefkit {__version__}"
    written: str = ""
    """When it was written (UTC, ISO 8601)."""
    replaces: str = ""
    """For a copy written beside a protected file (``--keep``): that file's name."""

    @classmethod
    def now(cls, sha256: str, topic: str, fmt: str, replaces: str = "") -> ManifestEntry:
        """An entry stamped with the current time."""
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        return cls(sha256, topic, fmt, written=stamp, replaces=replaces)


def manifest_path(folder: Path) -> Path:
    """Where the manifest of ``folder`` lives."""
    return folder / MANIFEST_NAME


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """The entries of ``folder``'s manifest; empty when it is missing or unreadable.

    An unreadable manifest protects every existing file, which is the safe way to be wrong.
    """
    try:
        data = json.loads(manifest_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    entries: dict[str, ManifestEntry] = {}
    for name, raw in files.items():
        entry = _entry(raw)
        if entry is not None:
            entries[str(name)] = entry
    return entries


def _entry(raw: Any) -> ManifestEntry | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("sha256"), str):
        return None
    fields = ("sha256", "topic", "format", "generator", "written", "replaces")
    return ManifestEntry(**{k: str(raw[k]) for k in fields if k in raw})


def is_untouched(path: Path, entries: Mapping[str, ManifestEntry]) -> bool:
    """True when ``path`` is a file Briefkit wrote and nobody changed since."""
    entry = entries.get(path.name)
    if entry is None:
        return False
    try:
        return sha256_of(path) == entry.sha256
    except OSError:
        return False


def protected_files(paths: Sequence[Path]) -> list[Path]:
    """The ``paths`` that exist and may not be replaced silently (edited, or not ours)."""
    entries: dict[Path, dict[str, ManifestEntry]] = {}
    protected = []
    for path in paths:
        if not path.exists():
            continue
        folder = path.parent
        if folder not in entries:
            entries[folder] = read_manifest(folder)
        if not is_untouched(path, entries[folder]):
            protected.append(path)
    return protected


def record(folder: Path, new: Mapping[str, ManifestEntry]) -> None:
    """Add ``new`` entries to ``folder``'s manifest: locked, re-read, merged, written atomically."""
    with _locked(folder / LOCK_NAME):
        entries = read_manifest(folder)
        entries.update(new)
        data = {
            "manifest": MANIFEST_VERSION,
            "about": "Files Briefkit wrote here, with the sha256 of the bytes it wrote. "
            "Briefkit replaces a file only while its hash matches.",
            "files": {name: _compact(entries[name]) for name in sorted(entries)},
        }
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        write_atomic(manifest_path(folder), lambda s: s.write(text.encode("utf-8")))


def _compact(entry: ManifestEntry) -> dict[str, str]:
    return {k: v for k, v in asdict(entry).items() if v}


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock`` (created if missing); no lock where none exists."""
    try:
        stream = lock.open("a+b")
    except OSError:  # a folder we may write files into but not create this in: go without
        yield
        return
    with stream:
        _lock(stream)
        try:
            yield
        finally:
            _unlock(stream)


if sys.platform == "win32":
    import msvcrt

    def _lock(stream: IO[bytes]) -> None:
        stream.seek(0)
        with contextlib.suppress(OSError):  # it retries for ten seconds, then we go without
            msvcrt.locking(stream.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(stream: IO[bytes]) -> None:
        stream.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)

else:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - a platform with neither
        fcntl = None  # type: ignore[assignment]

    def _lock(stream: IO[bytes]) -> None:
        if fcntl is not None:
            with contextlib.suppress(OSError):  # e.g. a file system without locks
                fcntl.flock(stream.fileno(), fcntl.LOCK_EX)

    def _unlock(stream: IO[bytes]) -> None:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(stream.fileno(), fcntl.LOCK_UN)
