"""Why a file could not be written, in words the user can act on (disk full, locked, ...)."""

from __future__ import annotations

import errno
from pathlib import Path

__all__ = ["write_failure"]

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.ETXTBSY}  # EBUSY: told as "open in another program"
_WINDOWS_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def write_failure(path: Path, exc: OSError) -> str:
    """One sentence naming ``path``, what stopped the write and what to do."""
    code = exc.errno
    if code in _FULL:
        return (
            f"cannot write {path}: the disk is full; free some space or choose another output "
            f"folder (nothing partial was left in {path.parent})"
        )
    if getattr(exc, "winerror", None) in _WINDOWS_LOCKED or code == errno.EBUSY:
        return (
            f"cannot write {path}: the file is open in another program (Word and PowerPoint "
            "lock the files they have open); close it there and export again"
        )
    if isinstance(exc, PermissionError) or code in _DENIED:
        if path.exists():
            return (
                f"cannot replace {path}: it is open in another program (Word and PowerPoint "
                "lock the files they have open) or read-only; close it or choose another "
                "output folder, and export again"
            )
        return (
            f"cannot write {path}: the folder {path.parent} is not writable; choose another "
            "output folder"
        )
    if code == errno.EROFS:
        return f"cannot write {path}: {path.parent} is on a read-only disk; choose another folder"
    return f"cannot write {path}: {exc.strerror or exc}"
