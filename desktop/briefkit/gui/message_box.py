"""The top of Briefkit's own message dialogs, laid out as a standard message box's."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


def message_top(
    dialog: QWidget, icon: QStyle.StandardPixmap, title: str, message: str
) -> tuple[QHBoxLayout, QVBoxLayout, QLabel]:
    """The standard ``icon`` beside the bold title and the selectable, wrapped message.

    Returns the row, the text column (to add more under the message) and the message label.
    """
    picture = QLabel()
    size = dialog.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
    picture.setPixmap(dialog.style().standardIcon(icon).pixmap(size, size))
    picture.setAlignment(Qt.AlignmentFlag.AlignTop)
    heading = QLabel(f"<b>{html.escape(title, quote=False)}</b>")
    heading.setTextFormat(Qt.TextFormat.RichText)
    label = QLabel(message)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text = QVBoxLayout()
    text.addWidget(heading)
    text.addWidget(label)
    top = QHBoxLayout()
    top.addWidget(picture)
    top.addLayout(text, 1)
    return top, text, label
