"""The window as a new user meets it (issue 19): Tab follows the columns, focus shows, what a
screen reader reads is plain text, the results never widen the window, labels are cut only
when they must be, a stale template error goes, the composer and the template picker speak the
right language and look in the right place."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from briefkit.export import ExportRequest, ExportResult, WrittenFile
from briefkit.options import Format
from briefkit.progress import CancelToken, Progress

MARKUP = re.compile(r"</?(b|i|p|br|span|ul|li|h\d)\b", re.IGNORECASE)


def _focus_order(window: Any, qtbot: Any, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab visits from ``start``, as a person pressing it sees them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_follows_the_options_column_top_to_bottom_then_export(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    window.topics.model.set_checked(["aktobe-2016"])  # Export can be pressed
    options = window.options
    seen = _focus_order(window, qtbot, window.topics.filter, 30)
    expected = [
        *options.format_boxes.values(),
        options.native_charts,
        options.house_charts,
        options.language,
        options.templates[Format.DOCX].choose,
        options.templates[Format.PPTX].choose,
        options.marking,
        options.prepared_by,
        options.output,
        options.browse,
        window.export_panel.export,
    ]
    visited = [w for w in seen if w in expected]
    assert visited[: len(expected)] == expected


def test_the_export_button_shows_when_it_has_the_focus(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    window.topics.model.set_checked(["aktobe-2016"])
    export = window.export_panel.export
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.options.browse.setFocus()
    without = export.grab().toImage()
    export.setFocus()
    qtbot.waitUntil(export.hasFocus)
    with_focus = export.grab().toImage()
    assert with_focus != without


def _accessible_texts(root: QWidget) -> dict[str, str]:
    """Every widget's accessible name and description under ``root``, as a reader gets them."""
    texts = {}
    for widget in [root, *root.findChildren(QWidget)]:
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None:
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            texts[f"{type(widget).__name__} {widget.objectName()} {kind.name}"] = face.text(kind)
    return texts


def test_a_screen_reader_reads_plain_text(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.preview_panel.key_figures.cards))  # rich tooltips
    marked = {k: v for k, v in _accessible_texts(window).items() if MARKUP.search(v)}
    assert marked == {}

    def name(widget: QWidget) -> str:
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None
        return face.text(QAccessible.Text.Name)

    assert name(window.topics.filter) == "Filter topics"
    line = window.options.marking.lineEdit()
    assert line is not None
    assert name(window.options.marking) == name(line) == "Marking"
    assert name(window.options.prepared_by) == "Prepared by"
    card = window.preview_panel.key_figures.cards[0]
    face = QAccessible.queryAccessibleInterface(card)
    assert face is not None
    description = face.text(QAccessible.Text.Description)
    assert description.startswith(card.accessibleName()) and "Sources:" in description
