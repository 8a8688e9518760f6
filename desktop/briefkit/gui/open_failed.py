"""The message shown when no program could open a written file, or show its folder.

It says what failed and why (the system's words, when it gave any), and gives the path as
selectable text with a Copy Path button, so the person can open it another way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.message_box import message_top

translate = QCoreApplication.translate


@dataclass(frozen=True)
class OpenFailure:
    """Open (``folder`` False) or Show in Folder (True) of ``path`` failed, for ``reason``."""

    path: Path
    folder: bool = False
    reason: str = ""

    @property
    def shown_path(self) -> Path:
        """The path to copy: the file, or for Show in Folder the folder."""
        return self.path.parent if self.folder else self.path

    def texts(self) -> tuple[str, str]:
        """The title and the message, in the interface language."""
        if self.folder:
            title = translate("OpenFailed", "Cannot show the folder")
            message = translate(
                "OpenFailed",
                "No file manager opened the folder of {name}. Open the folder yourself: its "
                "path is below, to copy.",
            )
        else:
            title = translate("OpenFailed", "Cannot open {name}")
            message = translate(
                "OpenFailed",
                "No program on this computer opened {name}. Open it from your file manager or "
                "from the program you use for such files (e.g. a word processor), with the "
                "path below; or install a program for {kind} files.",
            )
        values = {"name": self.path.name, "kind": self.path.suffix.lstrip(".").upper()}
        return title.format(**values), message.format(**values)


class OpenFailedDialog(QDialog):
    """What failed, the system's reason, and the path to copy."""

    def __init__(self, failure: OpenFailure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, message = failure.texts()
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        top, text, self.message = message_top(
            self, QStyle.StandardPixmap.SP_MessageBoxWarning, title, message
        )
        self.path = QLineEdit(str(failure.shown_path))
        self.path.setReadOnly(True)
        self.path.setAccessibleName(translate("OpenFailed", "Path"))
        self.path.setCursorPosition(0)
        copy = QPushButton(translate("OpenFailed", "&Copy Path"))
        copy.setToolTip(translate("OpenFailed", "Copy the path to the clipboard"))
        copy.clicked.connect(self.copy_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(copy)
        text.addLayout(path_row)
        self.reason = QLabel()
        if failure.reason:
            said = translate("OpenFailed", "The system said: {reason}")
            self.reason.setText(said.format(reason=failure.reason))
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setVisible(bool(failure.reason))
        text.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.path.setFocus()
        self.path.selectAll()

    def copy_path(self) -> None:
        """Put the path on the clipboard."""
        QGuiApplication.clipboard().setText(self.path.text())
