"""Atomic file writes: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> int:
    """Write ``path`` through ``write(stream)``; it appears whole or not at all. Returns bytes."""
    return _write(path, write, digest=False)[0]


Placer = Callable[[str, Callable[[], None]], None]
"""Puts a finished temporary file in place: given its sha256 and the rename, calls the rename
(or raises, and the temporary file is removed; or returns without it, when a file of the same
bytes is already there, and the temporary file is removed). The manifest records the file this
way, under the same lock as the rename."""


def write_atomic_sha256(
    path: Path, write: Callable[[BinaryIO], object], place: Placer | None = None
) -> tuple[int, str]:
    """As ``write_atomic``; also returns the sha256 (hex) of the bytes that reached the disk.

    ``place`` runs between the hashing and the rename, and makes the rename itself.
    """
    return _write(path, write, digest=True, place=place)


def store(path: Path, data: bytes) -> None:
    """Put a cache file in place atomically (temporary file, rename), without waiting for the
    disk: a cache entry lost in a crash is only drawn or rendered again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sha256_of(path: Path) -> str:
    """The sha256 (hex) of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write(
    path: Path, write: Callable[[BinaryIO], object], digest: bool, place: Placer | None = None
) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    umask = os.umask(0)
    os.umask(umask)
    sha = ""
    try:
        Path(tmp).chmod(0o666 & ~umask)  # mkstemp makes it private; give the usual permissions
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
            size = stream.tell()
        if digest:  # hashed before the rename: what we record is what we wrote
            sha = sha256_of(Path(tmp))

        def rename() -> None:
            Path(tmp).replace(path)

        if place is None:
            rename()
        else:
            place(sha, rename)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
    if place is not None:  # a placer that declined leaves nothing behind
        with contextlib.suppress(OSError):
            Path(tmp).unlink(missing_ok=True)
    return size, sha
