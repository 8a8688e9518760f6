"""The Help menu: the guide (in the window's language), the keyboard shortcuts, and where the
data and the templates are documented (added to the About box).

The guide is a Markdown file in the package (``gui/help/guide-<lang>.md``), shown in a dialog,
never fetched from the web. The shortcuts are read from the window's actions, so the list is
always the keys the window really answers to.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui import i18n

if TYPE_CHECKING:
    from briefkit.gui.menus import Actions


class MainWindow(Protocol):
    """What the Help menu needs of the window."""

    commands: Actions

    def actions(self) -> list[QAction]: ...


translate = QCoreApplication.translate
GUIDES = ("en", "ru", "kk")
"""The languages the guide is written in (others get the English one)."""


def guide_text(language: str) -> str:
    """The guide in ``language`` (Markdown), or in English when it has none."""
    lang = language if language in GUIDES else "en"
    return (resources.files("briefkit.gui") / "help" / f"guide-{lang}.md").read_text("utf-8")


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(command, keys) for every action with a shortcut, as the menus name them."""
    rows = []
    for action in actions:
        keys = action.shortcuts()
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((name.rstrip("…").strip(), shown))
    return rows


class GuideDialog(QDialog):
    """The short guide, scrollable, in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefkit Guide"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(guide_text(i18n.current_language()))
        self.text.setAccessibleName(self.tr("Guide"))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(box)
        self.resize(720, 640)


class ShortcutsDialog(QDialog):
    """A table of the window's commands and their keys."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.resize(520, 440)


def documentation_html(data_folder: Path | None) -> str:
    """Where the data and the templates are explained, as a paragraph for the About box."""
    from briefkit.resources import bundled

    data = (data_folder or bundled("data")) / "README.md"
    templates = [bundled("templates").parent / "docs" / "templates.md"]
    templates.append(bundled("templates") / "README.md")
    shown = next((p for p in templates if p.exists()), templates[-1])
    text = translate(
        "Help", "<b>The data</b> is explained in {data}; <b>templates</b> in {templates}."
    )
    return "<p>" + text.format(data=_path(data), templates=_path(shown)) + "</p>"


def _path(path: Path) -> str:
    return f"<code>{html.escape(str(path))}</code>"


def attach_help(window: MainWindow) -> None:
    """Connect Help > Guide and Help > Keyboard Shortcuts to their dialogs."""
    a = window.commands
    parent = window if isinstance(window, QWidget) else None
    a.guide.triggered.connect(lambda: _open(GuideDialog(parent)))
    a.shortcuts.triggered.connect(
        lambda: _open(ShortcutsDialog(shortcut_rows(window.actions()), parent))
    )


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
