"""Open a file in its usual program, or show it in the system's file manager."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDir, QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the desktop uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the folder holding ``path``, with the file selected where the system allows it."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        native = QDir.toNativeSeparators(str(path))
        return QProcess.startDetached("explorer.exe", ["/select,", native])[0]
    if sys.platform == "darwin":  # pragma: no cover - macOS
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
