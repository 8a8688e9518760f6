"""The walk of every text a window shows in its own words, for the tests that switch its language:
widgets, actions, menus, tips, placeholders, tabs, headers, combo items, progress formats, the
status bar, the preview's models. ``assert_no_english`` fails on any Latin word that is not a
name in ``ALLOWED``; texts from the data (topic titles, a briefing's own words) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from briefkit.gui.models import PERIOD
from briefkit.gui.preview_panel import KeyFigureCard

ALLOWED = {
    "Briefkit", "Word", "PowerPoint", "PDF", "LibreOffice", "Writer", "Impress",  # products
    "English",  # the English choice is named in English, so whoever needs it can find it
    "Ctrl", "Esc", "E", "O",  # keys: Ctrl+O, (Esc)
    "docx", "dotx", "pptx", "potx", "briefkit", "check",  # extensions; the "briefkit check" command
    "CSV", "Excel", "ACLED", "GTD",  # the formats events are imported from
    "A", "b",  # PDF/A-2b, the archival PDF standard's name
}  # fmt: skip
ABOUT_ALLOWED = {"Plotly", "kaleido", "python", "docx", "pptx", "Qt", "PySide", "MIT"}
LATIN = re.compile(r"[A-Za-z]+")


def english_words(
    text: str, paths: tuple[str, ...] = (), allowed: frozenset[str] = frozenset()
) -> list[str]:
    """The Latin words of ``text`` that are not allowed names, paths or placeholders."""
    for path in sorted(paths, key=len, reverse=True):
        text = text.replace(path, " ")
    text = re.sub(r"<[^>]*>", " ", text).replace("&", "")  # markup, mnemonics
    text = re.sub(r"%[a-z]", " ", text)  # %v of %m
    text = re.sub(r"#[0-9a-fA-F]{6}", " ", text)  # colours in markup
    text = re.sub(r"[\w.-]+\.(docx|dotx|pptx|potx|pdf|png|txt)\b", " ", text)  # file names
    return [w for w in LATIN.findall(text) if w not in ALLOWED | allowed]


def model_texts(
    model: Any, columns: tuple[int, ...], parent: QModelIndex | None = None
) -> Iterator[str]:
    """Display texts of ``columns`` of a tree model, recursively, and its headers."""
    if parent is None:
        for column in range(model.columnCount()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        parent = QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in columns:
            index = model.index(row, column, parent)
            yield str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        yield from model_texts(model, columns, model.index(row, 0, parent))


def data_widgets(window: Any) -> set[QWidget]:
    """Widgets whose text is the data's own (the briefing's title, its key figures)."""
    panel = window.preview_panel
    found: set[QWidget] = {panel.title, panel.subtitle, panel.meta}
    found.add(window.options.marking)  # document words, in the briefing's language: see below
    for card in panel.findChildren(KeyFigureCard):
        found |= {card, *card.findChildren(QLabel)}
    return found


def widget_texts(root: QWidget, skip: set[QWidget]) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a widget tree shows or tells."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget in skip:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        yield where, widget.windowTitle() if widget.isWindow() else ""
        yield where, widget.toolTip()
        yield where, widget.statusTip()
        yield where, widget.accessibleName()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QProgressBar):
            yield where, widget.format()
        if isinstance(widget, QTabWidget):
            for n in range(widget.count()):
                yield where, widget.tabText(n)
                yield where, widget.tabToolTip(n)
        if isinstance(widget, QComboBox):
            for n in range(widget.count()):
                yield where, widget.itemText(n)
        if isinstance(widget, QMenu):
            yield where, widget.title()
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip()):
            yield f"action {action.text()}", text


def window_texts(window: Any) -> Iterator[tuple[str, str]]:
    """Everything the main window says in its own words, now."""
    yield from widget_texts(window, data_widgets(window))
    yield "status bar", window.statusBar().currentMessage()
    panel = window.preview_panel
    briefing = panel.briefing
    if briefing is not None:  # the briefing's period is the data's; the counts are the window's
        yield "preview meta", panel.meta.text().replace(briefing.period_label, "")
    for text in model_texts(panel.outline, (1,)):
        yield "outline", text
    for text in model_texts(panel.sources, (0, 2)):
        yield "sources", text
    topics = window.topics.proxy
    for row in range(topics.rowCount()):
        index = topics.index(row, 0)
        yield "topic period", str(index.data(PERIOD))
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        yield "topic tip", tip[tip.rindex("<p>") :]  # the hint after the topic's own words


def assert_no_english(
    texts: Iterator[tuple[str, str]],
    paths: tuple[str, ...] = (),
    allowed: frozenset[str] = frozenset(),
) -> int:
    """Fail listing every English text; returns how many non-empty texts were read."""
    english, read = [], 0
    for where, text in texts:
        read += bool(text.strip())
        if words := english_words(text, paths, allowed):
            english.append(f"{where}: {text!r} ({', '.join(words)})")
    assert not english, "English left in the window:\n" + "\n".join(english)
    return read


def settle(qtbot: Any) -> None:
    """Let Qt deliver the LanguageChange events."""
    qtbot.wait(50)
    QCoreApplication.processEvents()
