"""File > Recent Exports…: what was exported lately, with Open, Show in Folder and Export Again.

Each finished export is one ``HistoryEntry`` (what: topics or a composition; the options; the
folder; the files written; when), kept newest first in the window's settings, at most
``LIMIT``. ``HistoryDialog`` lists them, marks files since deleted as gone, and asks the
window to export an entry again with its own options, topics and folder (``export_again``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.export_panel import format_name
from briefkit.gui.i18n import language_name
from briefkit.gui.settings import Settings, options_from_text, options_text
from briefkit.options import ExportOptions, Format

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.compose.custom import CustomBriefing
    from briefkit.export import ExportRequest, ExportResult
    from briefkit.gui.export_controller import ExportController
    from briefkit.gui.export_job import ExportOutcome
    from briefkit.gui.menus import Actions
    from briefkit.gui.options_panel import OptionsPanel
    from briefkit.gui.topics_panel import TopicsPanel


class MainWindow(Protocol):
    """What the history needs of the window."""

    settings: Settings
    catalog: Catalog | None
    exports: ExportController
    commands: Actions
    options: OptionsPanel
    topics: TopicsPanel

    def catalog_in(self, lang: str) -> Catalog | None: ...


LIMIT = 50
"""The most exports the history keeps (the oldest go first)."""
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
Titles = dict[tuple[str, str], str]
"""Topic titles by (language, topic id)."""


@dataclass(frozen=True)
class HistoryEntry:
    """One finished export: enough to show it and to run it again."""

    when: datetime
    folder: Path
    files: tuple[Path, ...]
    options: ExportOptions
    topics: tuple[str, ...] = ()
    composition: CustomBriefing | None = None

    def gone(self) -> bool:
        """True when none of its files is there any more."""
        return not any(path.exists() for path in self.files)

    def to_json(self) -> dict[str, Any]:
        """The entry as the settings keep it."""
        spec = self.composition
        return {
            "when": self.when.isoformat(),
            "folder": str(self.folder),
            "files": [str(p) for p in self.files],
            "options": options_text(self.options),
            "topics": list(self.topics),
            "composition": None
            if spec is None
            else {
                "title": spec.title,
                "subtitle": spec.subtitle,
                "name": spec.name,
                "sections": [str(p) for p in spec.parts],
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HistoryEntry:
        """An entry the settings kept; ValueError (or KeyError, TypeError) if it is damaged."""
        spec = data.get("composition")
        composition = None
        if isinstance(spec, dict):
            from briefkit.compose.custom import CustomBriefing, parse_part

            composition = CustomBriefing(
                str(spec["title"]),
                tuple(parse_part(str(p)) for p in spec["sections"]),
                str(spec.get("subtitle") or ""),
                str(spec.get("name") or ""),
            )
        return cls(
            when=datetime.fromisoformat(str(data["when"])),
            folder=Path(str(data["folder"])),
            files=tuple(Path(str(p)) for p in data["files"]),
            options=options_from_text(dict(data.get("options") or {})),
            topics=tuple(str(t) for t in data.get("topics") or ()),
            composition=composition,
        )


class ExportHistory:
    """The recent exports, kept in the window's settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def entries(self) -> list[HistoryEntry]:
        """Newest first; an entry the settings cannot read is left out."""
        entries = []
        for data in self.settings.export_history:
            try:
                entries.append(HistoryEntry.from_json(data))
            except (KeyError, TypeError, ValueError):
                continue
        return entries

    def add(self, entry: HistoryEntry) -> None:
        """Put an entry first (the oldest beyond ``LIMIT`` go)."""
        kept = [entry.to_json(), *self.settings.export_history][:LIMIT]
        self.settings.export_history = kept
        self.settings.sync()

    def record(self, request: ExportRequest, result: ExportResult) -> None:
        """Remember a finished export."""
        self.add(
            HistoryEntry(
                when=datetime.now(UTC),
                folder=request.out_dir,
                files=tuple(f.path for f in result.files),
                options=request.options,
                topics=tuple(request.topics),
                composition=request.compositions[0] if request.compositions else None,
            )
        )


def attach_history(window: MainWindow) -> ExportHistory:
    """Record the window's finished exports; its Recent Exports action shows them."""
    history = ExportHistory(window.settings)

    def finished(outcome: ExportOutcome) -> None:
        job = window.exports.job
        if outcome.status == "done" and outcome.result is not None and job is not None:
            history.record(job.request, outcome.result)

    window.exports.finished.connect(finished)
    window.commands.history.triggered.connect(lambda: show_history(window, history))
    return history


def show_history(window: MainWindow, history: ExportHistory) -> HistoryDialog:
    """Open the Recent Exports dialog (window-modal, not blocking)."""
    entries = history.entries()
    titles: Titles = {}
    for lang in {"en", *(e.options.lang for e in entries)}:
        if (catalog := window.catalog_in(lang)) is not None:  # a language the data lacks: English
            titles |= {(lang, t.id): t.title for t in catalog.topics.values()}
    parent = window if isinstance(window, QWidget) else None
    dialog = HistoryDialog(entries, titles, parent)
    dialog.open_requested.connect(window.exports.open)
    dialog.show_requested.connect(window.exports.show_in_folder)
    dialog.again_requested.connect(lambda entry: export_again(window, entry))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_again(window: MainWindow, entry: HistoryEntry) -> None:
    """Set the window's options, folder and ticked topics as ``entry`` had them, and export
    (files edited since are asked about as in any export)."""
    window.options.apply(entry.options)
    window.options.set_output_folder(entry.folder)
    if entry.composition is not None:
        window.exports.start_composition(entry.composition)
        return
    model = window.topics.model
    model.set_checked(model.checked_ids(), False)
    model.set_checked(entry.topics)
    window.exports.start()


def describe(entry: HistoryEntry, titles: Titles) -> list[str]:
    """The columns of an entry: what (topic titles in its language), language, templates,
    formats, when, folder."""
    if entry.composition is not None:
        what = entry.composition.title
    else:
        lang = entry.options.lang
        what = ", ".join(titles.get((lang, t), titles.get(("en", t), t)) for t in entry.topics)
    templates = [
        path.name
        for path in (entry.options.template(Format.DOCX), entry.options.template(Format.PPTX))
        if path is not None
    ]
    when = QDateTime.fromSecsSinceEpoch(int(entry.when.timestamp())).toLocalTime()
    return [
        what,
        language_name(entry.options.lang),
        ", ".join(templates) or QCoreApplication.translate("History", "bundled"),
        ", ".join(format_name(f) for f in entry.options.formats),
        QLocale().toString(when, QLocale.FormatType.ShortFormat),
        str(entry.folder),
    ]


class HistoryDialog(QDialog):
    """The recent exports, newest first; each with its files (a file since deleted is gone)."""

    open_requested = Signal(object)  # Path
    show_requested = Signal(object)  # Path
    again_requested = Signal(object)  # HistoryEntry

    def __init__(
        self, entries: list[HistoryEntry], titles: Titles, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entries = entries
        self.setWindowTitle(self.tr("Recent Exports"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Briefing"),
                self.tr("Language"),
                self.tr("Template"),
                self.tr("Formats"),
                self.tr("When"),
                self.tr("Folder"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Recent exports, newest first"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "… (files gone)", folder ends
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for entry in entries:
            columns = describe(entry, titles)
            if entry.gone():
                columns[0] = self.tr("{what} (files gone)").format(what=columns[0])
            item = QTreeWidgetItem(columns)
            item.setToolTip(0, columns[0])
            item.setToolTip(5, columns[5])
            for path in entry.files:
                there = path.exists()
                name = path.name if there else self.tr("{name} (gone)").format(name=path.name)
                child = QTreeWidgetItem([name])
                child.setData(0, PATH_ROLE, str(path))
                child.setToolTip(0, str(path))
                if not there:
                    child.setForeground(0, grey)
                item.addChild(child)
            if entry.gone():
                for column in range(len(columns)):
                    item.setForeground(column, grey)
            self.tree.addTopLevelItem(item)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(max(self.tree.columnWidth(0), 220), 360))
        self.empty = QLabel(self.tr("Nothing exported yet: exports are listed here as they end."))
        self.empty.setVisible(not entries)

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self._button(self.tr("&Open"), self._open)
        self.show_button = self._button(self.tr("Show in &Folder"), self._show)
        self.again_button = self._button(self.tr("&Export Again"), self._again)
        self.again_button.setToolTip(
            self.tr("Export the same briefing again, with the options, folder and language used")
        )
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.box)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self._open())
        if (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()
        self.resize(1040, 460)

    def _button(self, text: str, command: Callable[[], None]) -> QPushButton:
        button = self.box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(command)
        return button

    def current_entry(self) -> HistoryEntry | None:
        """The entry selected (or whose file is selected)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item.parent() or item
        return self.entries[self.tree.indexOfTopLevelItem(top)]

    def current_path(self) -> Path | None:
        """The file selected, or the selected entry's first file still there."""
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            return Path(str(item.data(0, PATH_ROLE)))
        entry = self.current_entry()
        if entry is None:
            return None
        return next((p for p in entry.files if p.exists()), None)

    def _update_buttons(self) -> None:
        path = self.current_path()
        there = path is not None and path.exists()
        self.open_button.setEnabled(there)
        self.show_button.setEnabled(there)
        self.again_button.setEnabled(self.current_entry() is not None)

    def _open(self) -> None:
        if (path := self.current_path()) is not None and path.exists():
            self.open_requested.emit(path)

    def _show(self) -> None:
        if (path := self.current_path()) is not None and path.exists():
            self.show_requested.emit(path)

    def _again(self) -> None:
        if (entry := self.current_entry()) is not None:
            self.accept()
            self.again_requested.emit(entry)
