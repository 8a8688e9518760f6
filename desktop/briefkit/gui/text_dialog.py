"""A dialog that shows a long text in full: a template's verdict, every warning of an export.

The text scrolls, can be selected and copied; the dialog opens without blocking the window
(``show_text``), so it can stay open beside it.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TextDialog(QDialog):
    """A heading and a long read-only text, with Copy and Close."""

    def __init__(self, title: str, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(640, 420)
        self.resize(900, 560)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # the verdict lines up its columns with spaces
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setToolTip(self.tr("Copy the whole text to the clipboard"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def show_text(parent: QWidget, title: str, heading: str, text: str) -> TextDialog:
    """Open a ``TextDialog`` beside ``parent`` (not blocking it); returns the dialog."""
    dialog = TextDialog(title, heading, text, parent)
    dialog.show()
    return dialog
