"""What assistive technology reads: accessible names and descriptions as plain text.

Qt reads a field's name from its buddy label and a widget's description from its tooltip, as
they are: a bold heading (``<b>Topics</b>``) or a rich tooltip would be read out with its tags.
``plain`` is the one way a label or tooltip becomes such a text; ``name_fields`` names every
labelled field of a panel from its label, ``describe`` sets a rich tooltip with its plain
description. ``FocusRingButton`` is a default button that shows when it has the focus (the
style draws a default button as it draws a focused one).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

_TAG = re.compile(
    r"</?(a|b|i|u|p|br|em|strong|span|div|font|small|sub|sup|ul|ol|li|h[1-6]|table|tr|td|th|"
    r"qt|html|body|nobr)(\s[^<>]*)?/?>",
    re.IGNORECASE,
)
"""An HTML tag as Qt's rich text uses them (``<topic>.docx`` is no tag)."""
_ENTITY = re.compile(r"&(#\d+|\w+);")
_MNEMONIC = re.compile(r"&(\S)")


def plain(text: str) -> str:
    """``text`` without markup (tags, entities), mnemonic ampersands or a trailing colon:
    ``<b>Topics</b>`` -> ``Topics``, ``&Marking:`` -> ``Marking``."""
    if _TAG.search(text) or _ENTITY.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    else:
        text = _MNEMONIC.sub(r"\1", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line).rstrip(":")


def describe(widget: QWidget, tooltip: str) -> None:
    """Set a (rich) tooltip, and the same words in plain text as the accessible description."""
    widget.setToolTip(tooltip)
    widget.setAccessibleDescription(plain(tooltip))


def name_fields(root: QWidget) -> None:
    """Name every field under ``root`` after its buddy label, in plain text (an editable combo
    box's line edit too, which a screen reader reads on its own)."""
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if field is None or not label.text():
            continue
        name = plain(label.text())
        field.setAccessibleName(name)
        if isinstance(field, QComboBox) and (line := field.lineEdit()) is not None:
            line.setAccessibleName(name)


class FocusRingButton(QPushButton):
    """A push button with a ring inside its frame while it has the keyboard focus."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(3, 3, -3, -3), 2, 2)
