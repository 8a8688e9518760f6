"""Why a file could not be written, in words the user can act on (disk full, locked, ...)."""

from __future__ import annotations

import errno
from pathlib import Path

from briefkit.messages import Message, message, os_reason

__all__ = ["write_failure"]

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.ETXTBSY}  # EBUSY: told as "open in another program"
_WINDOWS_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def write_failure(path: Path, exc: OSError) -> Message:
    """One sentence naming ``path``, what stopped the write and what to do."""
    code = exc.errno
    if code in _FULL:
        return message("write_disk_full", path=path, folder=path.parent)
    if getattr(exc, "winerror", None) in _WINDOWS_LOCKED or code == errno.EBUSY:
        return message("write_file_locked", path=path)
    if isinstance(exc, PermissionError) or code in _DENIED:
        if path.exists():
            return message("write_cannot_replace", path=path)
        return message("write_folder_not_writable", path=path, folder=path.parent)
    if code == errno.EROFS:
        return message("write_read_only_disk", path=path, folder=path.parent)
    return message("write_failed", path=path, reason=os_reason(exc))
