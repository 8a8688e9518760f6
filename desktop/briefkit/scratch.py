"""Briefkit's own temporary folders: named by the process that made them, swept when it died.

A process killed outright (kill -9, a power cut) cannot remove its temporary folders, and a
PDF export's holds the whole briefing. Each folder's name carries its owner's process id, and
``sweep_stale`` removes those whose owner no longer runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

PREFIX = "briefkit-"
_OWNED = re.compile(rf"^{PREFIX}[a-z]+-(\d+)-")


def scratch_dir(kind: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for ``kind`` of work (``pdf``, ``lo``), removed when closed."""
    return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{kind}-{os.getpid()}-")


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs; on Windows (where signal 0 is Ctrl-C) always assumed."""
    if sys.platform == "win32":
        return True  # never swept there rather than signalled
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it runs
        return True
    return True


def sweep_stale(root: Path | None = None) -> list[Path]:
    """Remove Briefkit's temporary folders whose process has ended; the folders removed."""
    folder = Path(root or tempfile.gettempdir())
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            owned = _OWNED.match(entry.name)
            if not owned or int(owned[1]) == os.getpid() or _running(int(owned[1])):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
    return removed
