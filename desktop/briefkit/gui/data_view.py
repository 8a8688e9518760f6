"""View > Data…: the incidents, indicators, measures, sources and disputes of the data folder in
use, each in a table that sorts by any column and filters by any text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.gui.record_form import IncidentEditor

translate = QCoreApplication.translate

Cell = str | int | float | None
"""A table cell: numbers sort as numbers."""


@dataclass(frozen=True)
class Table:
    """One kind of record as a table: its title, column headers and rows."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: Callable[[Catalog], Iterable[tuple[Cell, ...]]]


def _tables() -> tuple[Table, ...]:
    """The five tables, with texts in the interface language."""
    return (
        Table(
            "incidents",
            translate("DataView", "Incidents"),
            (
                translate("DataView", "Id"),
                translate("DataView", "Date"),
                translate("DataView", "Place"),
                translate("DataView", "Region"),
                translate("DataView", "Event type"),
                translate("DataView", "Target"),
                translate("DataView", "Killed"),
                translate("DataView", "Wounded"),
                translate("DataView", "Sources"),
                translate("DataView", "Summary"),
            ),
            lambda c: (
                (
                    i.id,
                    i.date.isoformat(),
                    i.place,
                    i.region,
                    i.event_type,
                    i.target_type,
                    i.killed,
                    i.wounded,
                    ", ".join(i.sources),
                    i.summary,
                )
                for i in c.incidents.values()
            ),
        ),
        Table(
            "indicators",
            translate("DataView", "Indicators"),
            (
                translate("DataView", "Id"),
                translate("DataView", "Label"),
                translate("DataView", "Period"),
                translate("DataView", "Value"),
                translate("DataView", "Unit"),
                translate("DataView", "Place"),
                translate("DataView", "Source"),
            ),
            lambda c: (
                (i.id, i.label, i.period, i.value_text or i.value, i.unit, i.place, i.source)
                for i in c.indicators.values()
            ),
        ),
        Table(
            "measures",
            translate("DataView", "Measures"),
            (
                translate("DataView", "Id"),
                translate("DataView", "Date"),
                translate("DataView", "Kind"),
                translate("DataView", "Status"),
                translate("DataView", "Title"),
                translate("DataView", "Sources"),
            ),
            lambda c: (
                (m.id, m.date.isoformat(), m.kind, m.status, m.title, ", ".join(m.sources))
                for m in c.measures.values()
            ),
        ),
        Table(
            "sources",
            translate("DataView", "Sources"),
            (
                translate("DataView", "Id"),
                translate("DataView", "Short name"),
                translate("DataView", "Publication"),
                translate("DataView", "Date"),
                translate("DataView", "Kind"),
                translate("DataView", "Title"),
            ),
            lambda c: (
                (s.id, s.short, s.publication, s.date.isoformat(), s.kind, s.title)
                for s in c.sources.values()
            ),
        ),
        Table(
            "disputes",
            translate("DataView", "Disputes"),
            (
                translate("DataView", "Id"),
                translate("DataView", "Record"),
                translate("DataView", "Field"),
                translate("DataView", "Versions"),
                translate("DataView", "Title"),
            ),
            lambda c: (
                (
                    d.id,
                    d.record,
                    d.field,
                    "; ".join(f"{v.value} ({v.source})" for v in d.versions),
                    d.title,
                )
                for d in c.disputes
            ),
        ),
    )


def _item(value: Cell) -> QStandardItem:
    item = QStandardItem("" if value is None else str(value))
    if isinstance(value, int | float):
        item.setData(value, Qt.ItemDataRole.UserRole)  # sorted as a number
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        item.setData("" if value is None else str(value).casefold(), Qt.ItemDataRole.UserRole)
    return item


class RecordTable(QWidget):
    """One table with its filter field; sorts by a click on a header."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.model = QStandardItemModel(0, len(table.headers), self)
        self.model.setHorizontalHeaderLabels(list(table.headers))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate("DataView", "Filter: any text in any column"))
        self.filter.textChanged.connect(self._filter)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count = QLabel()
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.filter)
        self.column.addWidget(self.view, 1)
        self.column.addWidget(self.count)

    def set_catalog(self, catalog: Catalog) -> None:
        """Show the catalog's records of this kind."""
        self.model.removeRows(0, self.model.rowCount())
        for values in self.table.rows(catalog):
            self.model.appendRow([_item(v) for v in values])
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long texts do not push the rest away
            if self.view.columnWidth(column) > 320:
                self.view.setColumnWidth(column, 320)
        self._show_count()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            translate("DataView", "{shown} of {total} shown").format(shown=shown, total=total)
            if shown != total
            else self.tr("%n record(s)", "", total)
        )

    def current_id(self) -> str | None:
        """The id of the selected row, if any."""
        index = self.view.currentIndex()
        return str(self.proxy.index(index.row(), 0).data()) if index.isValid() else None

    def ids(self) -> list[str]:
        """The ids shown, in the order shown."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]


class DataView(QDialog):
    """The data folder's records, one tab per kind; follows the catalog as it reloads."""

    def __init__(
        self,
        catalog: Catalog,
        where: str,
        parent: QWidget | None = None,
        editor: IncidentEditor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DataView", "Data"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tables: dict[str, RecordTable] = {}
        for table in _tables():
            self.tables[table.key] = RecordTable(table)
            self.tabs.addTab(self.tables[table.key], table.title)
        if editor is not None:
            self._editing(editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        if editor is not None:
            for widget in (self.undo, self.redo, self.saving):
                bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1100, 640)
        self.set_catalog(catalog, where)

    def _editing(self, editor: IncidentEditor) -> None:
        """Add, Edit and Delete under each table (Dispute… under the incidents: a dispute is
        made from its record), Undo and Redo for every change."""
        self.undo = QPushButton(translate("DataView", "&Undo"))
        self.redo = QPushButton(translate("DataView", "&Redo"))
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        stack = editor.undo_stack
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.undo.setToolTip(stack.undoText())
        self.redo.setToolTip(stack.redoText())
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo.setToolTip(text))
        stack.redoTextChanged.connect(lambda text: self.redo.setToolTip(text))
        self.undo.clicked.connect(stack.undo)
        self.redo.clicked.connect(stack.redo)
        self.saving = QLabel(translate("DataView", "Saving…"))
        self.saving.setVisible(False)
        editor.busy.connect(self.saving.setVisible)
        self.record_buttons: dict[str, dict[str, QPushButton]] = {}
        for key, table in self.tables.items():
            buttons = self._buttons(key, table, editor)
            row = QHBoxLayout()
            for button in buttons.values():
                row.addWidget(button)
            row.addStretch(1)
            table.column.addLayout(row)
            self.record_buttons[key] = buttons
        incidents = self.record_buttons["incidents"]
        self.add, self.edit, self.delete = incidents["add"], incidents["edit"], incidents["delete"]
        self.dispute = incidents["dispute"]
        self.add_source = self.record_buttons["sources"]["add"]

    def _buttons(
        self, key: str, table: RecordTable, editor: IncidentEditor
    ) -> dict[str, QPushButton]:
        """One table's buttons, acting on its selected row."""

        def on_selected(act: Callable[[str], object]) -> None:
            if (rid := table.current_id()) is not None:
                act(rid)

        buttons: dict[str, QPushButton] = {}
        if key != "disputes":
            buttons["add"] = QPushButton(translate("DataView", "&Add…"))
            buttons["add"].clicked.connect(lambda: editor.open(key, None, self))
        buttons["edit"] = QPushButton(translate("DataView", "&Edit…"))
        buttons["edit"].clicked.connect(lambda: on_selected(lambda r: editor.open(key, r, self)))
        buttons["delete"] = QPushButton(translate("DataView", "De&lete"))
        buttons["delete"].clicked.connect(lambda: on_selected(lambda r: editor.delete(r, key)))
        if key == "incidents":
            buttons["dispute"] = QPushButton(translate("DataView", "D&ispute…"))
            buttons["dispute"].setToolTip(
                translate(
                    "DataView", "Record that the sources disagree on a field of this incident"
                )
            )
            buttons["dispute"].clicked.connect(
                lambda: on_selected(lambda r: editor.dispute(r, self))
            )
        table.view.doubleClicked.connect(lambda _i: buttons["edit"].click())
        return buttons

    def set_catalog(self, catalog: Catalog, where: str) -> None:
        """Show another catalog (after a reload or an import)."""
        self.where.setText(translate("DataView", "Data folder: {where}").format(where=where))
        for table in self.tables.values():
            table.set_catalog(catalog)
