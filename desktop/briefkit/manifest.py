"""What Briefkit wrote into an output folder, so a regeneration never loses a person's edits.

``OUT/.briefkit-manifest.json`` maps each file name Briefkit wrote to the sha256 of the bytes it
wrote (with the generator version, the topic, the format, the time, and what else it was made
from: the language, the template, a composition's sections and whether it shows source grades).
A file on disk whose hash still matches is untouched since Briefkit made it and may be replaced,
unless it was made from another language, template or composition, or with or without source
grades (``made_differently``); any other existing file (edited, or not made by Briefkit) is
protected. A manifest beside the files is used rather
than the documents' own properties, because the programs that edit them rewrite properties.

The manifest is rewritten atomically; concurrent exports into one folder re-read and merge it
under a lock on ``OUT/.briefkit-manifest.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows, no lock where neither exists). A document is recorded first and renamed into place
under that same lock (``record_then``), so the manifest always holds the hash of what is on
disk, and a manifest that cannot be written leaves the document unwritten.

Neither the manifest nor the lock is followed when it is a symbolic link. A damaged manifest is
kept as a copy beside it, and the entries that can still be read from it are carried over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from briefkit import __version__
from briefkit.atomic import sha256_of, write_atomic

MANIFEST_NAME = ".briefkit-manifest.json"
LOCK_NAME = ".briefkit-manifest.lock"
MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
"""A manifest larger than this (a million entries) is not read: it cannot be Briefkit's."""
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_ENTRY = re.compile(r'"((?:[^"\\\n]|\\.){1,255})"\s*:\s*(\{[^{}]{0,4096}\})')
"""One ``"name": {...}`` entry, found in the text of a damaged manifest."""


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
    lang: str = ""
    """The language it was written in ("" in a manifest older than this field)."""
    template: str = ""
    """The template(s) it was made with: a file's name, or "bundled"."""
    sections: str = ""
    """For a composed briefing: its ``topic:section`` parts, in order."""
    grades: str = ""
    """Whether its citations show the source grades ("on", "off"; "" in an older manifest)."""

    @classmethod
    def now(
        cls, sha256: str, topic: str, fmt: str, replaces: str = "", origin: Origin | None = None
    ) -> ManifestEntry:
        """An entry stamped with the current time (``origin``: what else it was made from)."""
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        made = origin or Origin()
        return cls(
            sha256,
            topic,
            fmt,
            written=stamp,
            replaces=replaces,
            lang=made.lang,
            template=made.template,
            sections=made.sections,
            grades=made.grades,
        )


@dataclass(frozen=True)
class Origin:
    """What a file is made from besides its topic, that makes another file of the same name:
    the language, the template(s), for a composed briefing its sections, and whether its
    citations show source grades ("on", "off")."""

    lang: str = ""
    template: str = ""
    sections: str = ""
    grades: str = ""

    def differences(self, entry: ManifestEntry) -> list[tuple[str, str]]:
        """What ``entry`` was made from that this is not, e.g. ``[("language", "ru")]`` (the
        kinds: language, template, composition, grades); a field the entry lacks (an older
        manifest) is not compared."""
        found = []
        if entry.lang and entry.lang != self.lang:
            found.append(("language", entry.lang))
        if entry.template and entry.template != self.template:
            found.append(("template", entry.template))
        if entry.sections != self.sections and (entry.sections or entry.lang):
            found.append(("composition", entry.sections or "none"))
        if entry.grades and self.grades and entry.grades != self.grades:
            found.append(("grades", entry.grades))
        return found


def manifest_path(folder: Path) -> Path:
    """Where the manifest of ``folder`` lives."""
    return folder / MANIFEST_NAME


@dataclass(frozen=True)
class Manifest:
    """The entries read from a folder's manifest, and whether the file was damaged."""

    entries: dict[str, ManifestEntry]
    damaged: bool = False
    """The file exists but is not a readable manifest; ``entries`` holds what could be saved."""


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """The entries of ``folder``'s manifest; those that can be saved when it is damaged.

    A file missing from a damaged manifest is protected, which is the safe way to be wrong.
    """
    return load_manifest(folder).entries


def load_manifest(folder: Path) -> Manifest:
    """``folder``'s manifest; a missing one is empty, a damaged one says so."""
    try:
        raw = _read_no_follow(manifest_path(folder))
    except FileNotFoundError:
        return Manifest({})
    except OSError:  # a link, a folder, too large, unreadable
        return Manifest({}, damaged=True)
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except (ValueError, RecursionError):
        return Manifest(_salvage(raw.decode("utf-8", "replace")), damaged=True)
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return Manifest({}, damaged=True)
    entries = {str(name): e for name, raw_entry in files.items() if (e := _entry(raw_entry))}
    return Manifest(entries, damaged=len(entries) != len(files))


def _read_no_follow(path: Path) -> bytes:
    """The bytes of ``path``, refusing a symbolic link and anything over the size limit."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    with os.fdopen(fd, "rb") as stream:
        data = stream.read(MAX_MANIFEST_BYTES + 1)
    if len(data) > MAX_MANIFEST_BYTES:
        raise OSError(f"{path.name} is larger than {MAX_MANIFEST_BYTES} bytes")
    return data


def _salvage(text: str) -> dict[str, ManifestEntry]:
    """The entries still readable in a damaged manifest's text (e.g. one cut short)."""
    entries = {}
    for match in _ENTRY.finditer(text):
        try:
            name, raw = json.loads(f'"{match[1]}"'), json.loads(match[2])
        except ValueError:
            continue
        entry = _entry(raw)
        if entry is not None and name != "files":
            entries[name] = entry
    return entries


def _entry(raw: Any) -> ManifestEntry | None:
    """The entry ``raw`` describes, or None when it holds no sha256; other fields may lack."""
    if not isinstance(raw, dict) or not isinstance(raw.get("sha256"), str):
        return None
    known = ("generator", "written", "replaces", "lang", "template", "sections", "grades")
    given = {k: str(raw[k]) for k in known if k in raw}
    return ManifestEntry(
        raw["sha256"], str(raw.get("topic", "")), str(raw.get("format", "")), **given
    )


def is_untouched(path: Path, entries: Mapping[str, ManifestEntry]) -> bool:
    """True when ``path`` is a file Briefkit wrote and nobody changed since."""
    entry = entries.get(path.name)
    if entry is None:
        return False
    try:
        return sha256_of(path) == entry.sha256
    except OSError:
        return False


def earlier_copies(path: Path) -> dict[str, Path]:
    """The copies Briefkit wrote beside ``path`` (``--keep``) that nobody changed since, by the
    sha256 of their bytes: a new copy with the same bytes need not be written again."""
    entries = read_manifest(path.parent)
    copies = {}
    for name, entry in entries.items():
        copy = path.parent / name
        if entry.replaces == path.name and is_untouched(copy, entries):
            copies[entry.sha256] = copy
    return copies


def protected_files(paths: Sequence[Path]) -> tuple[list[Path], bool]:
    """The ``paths`` that exist and may not be replaced silently (edited, or not ours), and
    whether a manifest they were checked against is damaged (which may be why)."""
    manifests: dict[Path, Manifest] = {}
    protected = []
    for path in paths:
        if not path.exists():
            continue
        if path.parent not in manifests:
            manifests[path.parent] = load_manifest(path.parent)
        if not is_untouched(path, manifests[path.parent].entries):
            protected.append(path)
    return protected, any(m.damaged for m in manifests.values())


def made_differently(
    paths: Sequence[Path], origins: Mapping[Path, Origin]
) -> dict[Path, list[tuple[str, str]]]:
    """The untouched Briefkit files among ``paths`` that were made from another language,
    template or composition than ``origins`` says the new ones are, with what they were made
    from: replacing one would lose what cannot be made again from the new choices."""
    manifests: dict[Path, Mapping[str, ManifestEntry]] = {}
    found = {}
    for path in paths:
        origin = origins.get(path)
        if origin is None or not path.exists():
            continue
        if path.parent not in manifests:
            manifests[path.parent] = read_manifest(path.parent)
        entry = manifests[path.parent].get(path.name)
        if entry is not None and (differences := origin.differences(entry)):
            found[path] = differences
    return found


class ManifestWriteError(Exception):
    """The manifest could not be written (``error`` says why); the file was not put in place."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def record(folder: Path, new: Mapping[str, ManifestEntry]) -> None:
    """Add ``new`` entries to ``folder``'s manifest: locked, re-read, merged, written atomically."""
    record_then(folder, new, lambda: None)


def record_then(folder: Path, new: Mapping[str, ManifestEntry], then: Callable[[], None]) -> None:
    """Record ``new`` entries, then run ``then`` (the rename that puts the file in place), both
    under the folder's lock. If the manifest cannot be written, ``then`` never runs and
    ManifestWriteError is raised; if ``then`` fails, the manifest is put back as it was.

    A damaged manifest is first kept as ``.briefkit-manifest.damaged-<time>.json``.
    """
    with locked(folder):
        current = load_manifest(folder)
        if current.damaged:
            keep_damaged_copy(folder)
        try:
            _write(folder, {**current.entries, **new})
        except OSError as exc:
            raise ManifestWriteError(exc) from exc
        try:
            then()
        except BaseException:
            with contextlib.suppress(OSError):
                _write(folder, current.entries)
            raise


def keep_damaged_copy(folder: Path) -> None:
    """Rename a damaged manifest aside (never a link: that is only removed)."""
    path = manifest_path(folder)
    if path.is_symlink():
        path.unlink()
        return
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    with contextlib.suppress(OSError):
        path.replace(folder / f".briefkit-manifest.damaged-{stamp}.json")


def _write(folder: Path, entries: Mapping[str, ManifestEntry]) -> None:
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
def locked(folder: Path) -> Iterator[None]:
    """Hold the exclusive lock on ``folder``'s manifest (created if missing; none where the
    system has no locks): while it is held, the manifest matches the files on disk."""
    lock = folder / LOCK_NAME
    try:  # never through a link: that would create or lock a file elsewhere
        stream = os.fdopen(os.open(lock, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o666), "a+b")
    except OSError:  # a link, or a folder we may write files into but not this: go without
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
