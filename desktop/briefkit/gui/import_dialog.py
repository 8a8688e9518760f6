"""Import events from the window: plan in the background, show each row's fate, then Apply or
Cancel. Apply writes into the user's own data folder (made from the bundled data the first
time, and the window says where) and reloads the catalog."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.core_text import said, said_error
from briefkit.gui.data_writer import DataWriter
from briefkit.gui.dialogs import ErrorReport, describe_error
from briefkit.gui.operations import Operation

if TYPE_CHECKING:
    from briefkit.catalog.importing import ImportPlan, ImportTarget, RowResult

IMPORT_SUFFIXES = (".csv", ".xlsx")
"""The files the window imports (by the menu or by dropping them)."""

translate = QCoreApplication.translate

FILE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row item's file name (with UserRole, its row): how a ticked duplicate is named."""

_OUTCOME_COLOURS = {
    "added": "#1b7f3b",
    "updated": "#1f5fa8",
    "possible duplicate": "#a86200",
    "refused": "#b3261e",
}


def importable(path: Path) -> bool:
    """True for a file the import reads (CSV or XLSX)."""
    return path.suffix.lower() in IMPORT_SUFFIXES


def outcome_text(outcome: str) -> str:
    """An outcome in the interface language."""
    return {
        "added": translate("ImportReportDialog", "added"),
        "updated": translate("ImportReportDialog", "updated"),
        "unchanged": translate("ImportReportDialog", "unchanged"),
        "possible duplicate": translate("ImportReportDialog", "possible duplicate"),
        "refused": translate("ImportReportDialog", "refused"),
    }.get(outcome, outcome)


def row_detail(result: RowResult) -> str:
    """What the report says about one row: the reason it was refused, what it may repeat, what
    changes."""
    match result.outcome.value:
        case "refused":
            return "\n".join(
                (f"{p.field}: {said(p.message)}" if p.field else said(p.message))
                for p in result.problems
            )
        case "possible duplicate":
            return translate(
                "ImportReportDialog",
                "may be {ids} (same date within its precision, same place); not added",
            ).format(ids=", ".join(result.matches))
        case "updated":
            return translate("ImportReportDialog", "changes {fields}").format(
                fields=", ".join(result.changed)
            )
        case _:
            return ""


class ImportReportDialog(QDialog):
    """Every row of the planned import, with counts, before anything is written."""

    def __init__(self, plan: ImportPlan, target: ImportTarget, parent: QWidget | None) -> None:
        super().__init__(parent)
        from briefkit.catalog.importing import Outcome
        from briefkit.catalog.load import shown_path

        self.plan = plan
        self.setWindowTitle(self.tr("Import Events"))
        self.setMinimumSize(860, 480)
        layout = QVBoxLayout(self)
        files = ", ".join(f"{name} ({kind.label})" for name, kind in plan.formats.items())
        self.files = QLabel(self.tr("Read: {files}").format(files=files or "-"))
        self.files.setWordWrap(True)
        layout.addWidget(self.files)
        counts = [(o.value, plan.count(o)) for o in Outcome]
        self.counts = QLabel(
            " · ".join(f"{outcome_text(value)}: {n}" for value, n in counts if n)
            or self.tr("No rows")
        )
        self.counts.setObjectName("importCounts")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        layout.addWidget(self.counts)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), self.tr("Record"), self.tr("Details")]
        )
        for result in plan.results:
            self.model.appendRow(_row_items(result))
        self.model.itemChanged.connect(lambda _item: self._on_ticked())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)

        self.problems = QLabel("\n".join(p.told(said) for p in plan.problems))
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setStyleSheet(f"color: {_OUTCOME_COLOURS['refused']}")
        self.problems.setVisible(bool(plan.problems))
        layout.addWidget(self.problems)

        folder = shown_path(target.write_to)
        if plan.problems:
            where = self.tr("Nothing can be written until these problems are fixed.")
        elif not plan.encoded:
            where = self.tr("Nothing to change: the data already has these rows.")
        elif target.make_copy:
            where = self.tr(
                "Apply makes your own copy of the data in {folder} (Briefkit's bundled data is "
                "never changed) and writes the rows there; Briefkit uses that copy from then on."
            ).format(folder=folder)
        else:
            where = self.tr("Apply writes the added and updated rows into {folder}.").format(
                folder=folder
            )
        if plan.count(Outcome.REFUSED) and plan.encoded and not plan.problems:
            where += " " + self.tr("Refused rows are left out; fix them and import again.")
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        layout.addWidget(self.where)

        self.buttons = QDialogButtonBox()
        self.apply = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._can_apply = bool(plan.encoded) and not plan.problems
        self.apply.setEnabled(self._can_apply)
        if plan.count(Outcome.DUPLICATE) and not plan.problems:
            self.where.setText(
                where
                + " "
                + self.tr(
                    "A possible duplicate is not added; tick its row if it is another event, "
                    "then Check Again."
                )
            )
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def ticked(self) -> set[tuple[str, int]]:
        """The possible duplicates ticked to be added anyway, as (file name, row)."""
        out: set[tuple[str, int]] = set()
        for r in range(self.model.rowCount()):
            item = self.model.item(r, 0)
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                out.add((item.data(FILE_ROLE), item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _on_ticked(self) -> None:
        again = bool(self.ticked())
        self.apply.setText(self.tr("Check &Again") if again else self.tr("&Apply"))
        self.apply.setEnabled(again or self._can_apply)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the Details column has its width


def _row_items(result: RowResult) -> list[QStandardItem]:
    row = QStandardItem(f"{Path(result.file).name}:{result.row}")
    row.setData(result.row, Qt.ItemDataRole.UserRole)
    row.setData(Path(result.file).name, FILE_ROLE)
    if result.outcome.value == "possible duplicate":
        row.setCheckable(True)
        row.setToolTip(
            translate("ImportReportDialog", "Tick to add this row anyway: it is another event")
        )
    outcome = QStandardItem(outcome_text(result.outcome.value))
    if colour := _OUTCOME_COLOURS.get(result.outcome.value):
        outcome.setForeground(QColor(colour))
    return [row, outcome, QStandardItem(result.record_id), QStandardItem(row_detail(result))]


class EventImport(DataWriter):
    """Runs an import for the window: plan, report, and (on Apply) write and reload."""

    planned = Signal(object)  # ImportReportDialog, shown
    applied = Signal(object)  # list of the files written
    failed = Signal(object)  # exception
    changed = Signal(object, object, object, str)  # folder, bytes before, after; undo text

    dialog: ImportReportDialog | None = None  # the last report shown
    _files: Sequence[Path] = ()  # what the last import read
    _accept: frozenset[tuple[str, int]] = frozenset()  # possible duplicates added anyway

    def choose(self) -> None:
        """Ask for a CSV or XLSX file and import it."""
        title = self.tr("Import events from a CSV or Excel file")
        filters = self.tr("Event tables (*.csv *.xlsx)")
        path = self._presenter.open_file(self._window, title, self._data_folder(), filters)
        if path is not None:
            self.start([path])

    def start(
        self, files: Sequence[Path], accept: frozenset[tuple[str, int]] = frozenset()
    ) -> None:
        """Plan the import of ``files`` in the background, then show the report; ``accept``
        names possible duplicates (file name, row) to add anyway."""
        from briefkit.catalog.importing import import_target, plan_import

        folder = self._data_folder()
        self._files, self._accept = list(files), accept

        def plan() -> tuple[ImportPlan, ImportTarget]:
            target = import_target(folder)
            return plan_import(files, target.folder.path, accept), target

        self._status(self.tr("Checking the rows to import…"), 0)
        Operation(plan, self).on_success(lambda result: self._show(*result)).on_failure(
            lambda exc: self._fail(exc, self.tr("import of the events"))
        ).start()

    def _show(self, plan: ImportPlan, target: ImportTarget) -> None:
        self._status(self.tr("Check the rows, then Apply or Cancel"), 8000)
        dialog = self.dialog = ImportReportDialog(plan, target, self._window)
        dialog.accepted.connect(lambda: self._accepted(dialog, plan, target))
        dialog.rejected.connect(lambda: self._status(self.tr("Import cancelled"), 5000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.planned.emit(dialog)

    def _accepted(self, dialog: ImportReportDialog, plan: ImportPlan, target: ImportTarget) -> None:
        if ticked := dialog.ticked():
            self.start(self._files, self._accept | ticked)
        else:
            self._apply(plan, target)

    def _apply(self, plan: ImportPlan, target: ImportTarget) -> None:
        from briefkit.catalog.importing import apply_import

        def write() -> tuple[list[str], dict[str, bytes]]:
            before = {n: (target.folder.path / n).read_bytes() for n in plan.encoded}
            return apply_import(plan, target), before

        def done(result: tuple[list[str], dict[str, bytes]]) -> None:
            from briefkit.catalog.load import shown_path

            written, before = result
            names = ", ".join(p.name for p in self._files)
            self.changed.emit(
                target.write_to,
                before,
                dict(plan.encoded),
                self.tr("import {files}").format(files=names),
            )

            folder = shown_path(target.write_to)
            if target.make_copy:
                text = self.tr("Made your own copy of the data in {folder} and wrote {files}")
            else:
                text = self.tr("Wrote {files} in {folder}")
            self._status(text.format(folder=folder, files=", ".join(written)), 15000)
            self._reload(target.write_to)
            self.applied.emit(written)

        Operation(write, self).on_success(done).on_failure(
            lambda exc: self._fail(exc, self.tr("import of the events"))
        ).start()

    def _fail(self, exc: BaseException, doing: str) -> None:
        from briefkit.catalog.importing.apply import ImportRefusedError

        self._status(self.tr("Nothing was imported"), 10000)
        report: ErrorReport = describe_error(exc, doing)
        if isinstance(exc, ImportRefusedError | OSError):
            reason = said_error(exc)
            report = ErrorReport(
                self.tr("The events cannot be imported"),
                self.tr("{reason}. Nothing was written.").format(reason=reason.rstrip(".")),
                reason,
            )
        self._presenter.error(self._window, report)
        self.failed.emit(exc)
