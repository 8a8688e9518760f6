"""Open a file in its usual program, or show it in the system's file manager; say when none could.

Qt's ``QDesktopServices.openUrl`` only says whether the opener *started*: on Linux it starts
``xdg-open`` and forgets it, so a file no program is set up for failed in silence. Where files
are opened through ``xdg-open`` (Linux and the BSDs, outside a Flatpak or Snap sandbox), it is
run here instead and its exit status watched from a thread of its own (it may run as long as
the program it opens); a failure comes back on the GUI thread as ``failed(reason)``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices

Failed = Callable[[str], None]
"""Called on the GUI thread when no program could open the path, with the system's reason
("" when it gave none)."""


def open_path(path: Path, failed: Failed) -> None:
    """Open a file or folder with the program the desktop uses for it."""
    _open(path, failed)


def show_in_folder(path: Path, failed: Failed) -> None:
    """Show the folder holding ``path``, with the file selected where the system allows it."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        native = QDir.toNativeSeparators(str(path))
        if not QProcess.startDetached("explorer.exe", ["/select,", native])[0]:
            failed("")
    elif sys.platform == "darwin":  # pragma: no cover - macOS
        if not QProcess.startDetached("open", ["-R", str(path)])[0]:
            failed("")
    else:
        _open(path.parent, failed)


def system_opener() -> str | None:
    """``xdg-open``'s path where the desktop opens files through it; None where Qt's own way
    is used (Windows, macOS, a sandbox with its portal, no xdg-open)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("FLATPAK_ID") or "SNAP" in os.environ:
        return None
    return shutil.which("xdg-open")


class _Relay(QObject):
    """Carries an opener's failure from its thread to the GUI thread, where it was made."""

    failed = Signal(object, str)  # the Failed callback, the reason

    def __init__(self) -> None:
        super().__init__()
        self.failed.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _call(failed: Failed, reason: str) -> None:
        failed(reason)


_relays: list[_Relay] = []


def _relay() -> _Relay:
    """The one relay, made at the first open (on the GUI thread)."""
    if not _relays:
        _relays.append(_Relay())
    return _relays[0]


def _open(path: Path, failed: Failed) -> None:
    opener = system_opener()
    if opener is None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            failed("")
        return
    args = (opener, path, failed, _relay())
    threading.Thread(target=_run, args=args, name="briefkit-open", daemon=True).start()


def _run(opener: str, path: Path, failed: Failed, relay: _Relay) -> None:
    """Run the opener; say why when it fails (its exit status and what it printed)."""
    try:
        # stderr to a file, not a pipe: the program opened may keep it open for its lifetime
        with tempfile.TemporaryFile() as errors:
            status = subprocess.call(
                [opener, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                start_new_session=True,  # closing Briefkit leaves the opened program alone
            )
            errors.seek(0)
            said = errors.read(2000).decode(errors="replace").strip()
        if status != 0:
            relay.failed.emit(failed, said or f"{Path(opener).name} exited with status {status}")
    except OSError as exc:
        relay.failed.emit(failed, f"{Path(opener).name}: {exc.strerror or exc}")
