"""A dispute made from a record in the Data view: pick the field the sources disagree on, then
give each source's version; checked as you type, like the incident form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.catalog_messages import translated
from briefkit.gui.dialogs import ERROR_STYLE

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.catalog.records import Dispute


_VERSION_KEYS = ("value", "source", "note", "credibility", "credibility_reason")
"""A version's fields, one column each in the versions table."""


class DisputeForm(QDialog):
    """The new dispute's fields and its versions (two at least); Save only while it passes."""

    def __init__(
        self,
        catalog: Catalog,
        record_id: str,
        parent: QWidget | None,
        editing: Dispute | None = None,
    ) -> None:
        super().__init__(parent)
        from briefkit.catalog.importing.writing import cell

        self.catalog = catalog
        self.record_id = record_id
        self.dispute: Dispute | None = None
        self.editing = editing
        title = self.tr("Edit Dispute {id}") if editing else self.tr("New Dispute about {id}")
        self.setWindowTitle(title.format(id=editing.id if editing else record_id))
        self.field = QComboBox()
        record = (
            catalog.incidents.get(record_id)
            or catalog.measures.get(record_id)
            or catalog.indicators.get(record_id)
        )
        fields = type(record).model_fields if record is not None else {}
        self.field.addItems(["account", *(f for f in fields if f not in ("id", "sources"))])
        self.id = QLineEdit(f"{record_id}-")
        self.title = QLineEdit()
        self.summary = QLineEdit()
        self.versions = QTableWidget(0, len(_VERSION_KEYS))
        self.versions.setHorizontalHeaderLabels(
            [
                self.tr("Value"),
                self.tr("Source id"),
                self.tr("Note"),
                self.tr("Credibility (1-6)"),
                self.tr("Why that grade"),
            ]
        )
        self.versions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.versions.setColumnWidth(0, 160)
        self.versions.setColumnWidth(1, 220)
        self.versions.verticalHeader().setVisible(False)
        self.add_version = QPushButton(self.tr("Add &Version"))
        self.add_version.clicked.connect(lambda: self._add_row("", ""))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Field"), self.field),
            (self.tr("Id"), self.id),
            (self.tr("Title"), self.title),
            (self.tr("Summary"), self.summary),
        ]
        for name, (label, widget) in zip(("field", "id", "title", "summary"), rows, strict=True):
            form.addRow(label, widget)
            self.errors[name] = self._error_label()
            form.addRow("", self.errors[name])
        self.errors["versions"] = self._error_label()
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Each source's version:")))
        layout.addWidget(self.versions, 1)
        layout.addWidget(self.errors["versions"])
        layout.addWidget(self.add_version)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        cells = {name: cell(getattr(record, name)) for name in fields}
        self.field.currentTextChanged.connect(lambda name: self._field_chosen(cells.get(name, "")))
        for widget in (self.id, self.title, self.summary):
            widget.textChanged.connect(self._check)
        self.versions.itemChanged.connect(lambda _item: self._check())
        if editing is not None:
            self._fill(editing)
        else:
            sources = getattr(record, "sources", ())
            for source in sources[:2] or ("", ""):
                self._add_row("", source)
        while self.versions.rowCount() < 2:
            self._add_row("", "")
        self._check()

    def _fill(self, dispute: Dispute) -> None:
        """The form of an existing dispute (its id stays)."""
        self.field.blockSignals(True)
        if self.field.findText(dispute.field) < 0:
            self.field.addItem(dispute.field)
        self.field.setCurrentText(dispute.field)
        self.field.blockSignals(False)
        self.id.setText(dispute.id)
        self.id.setReadOnly(True)
        self.title.setText(dispute.title)
        self.summary.setText(dispute.summary)
        for v in dispute.versions:
            grade = "" if v.credibility is None else str(v.credibility)
            self._add_row(v.value, v.source, v.note, grade, v.credibility_reason)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        return label

    def _add_row(self, value: str, source: str, *rest: str) -> None:
        """A version's row: value, source, then note, credibility and its reason if given."""
        row = self.versions.rowCount()
        self.versions.insertRow(row)
        texts = (value, source, *rest, *[""] * (len(_VERSION_KEYS) - 2 - len(rest)))
        for column, text in enumerate(texts):
            self.versions.setItem(row, column, QTableWidgetItem(text))

    def _field_chosen(self, value: str) -> None:
        """The record's own value goes in as the first version (the table shows one)."""
        item = self.versions.item(0, 0)
        if item is not None and value:
            item.setText(value)
        self._check()

    def values(self) -> dict[str, object]:
        """The form as the dispute's fields."""
        versions = []
        for row in range(self.versions.rowCount()):
            cells = self.versions.columnCount()
            texts = [
                (self.versions.item(row, c) or QTableWidgetItem()).text() for c in range(cells)
            ]
            if any(t.strip() for t in texts):
                version: dict[str, object] = dict(zip(_VERSION_KEYS, texts, strict=True))
                grade = texts[3].strip()  # blank: not graded (a grade keeps its data type)
                version["credibility"] = int(grade) if grade.isdigit() else (grade or None)
                versions.append(version)
        return {
            "id": self.id.text(),
            "title": self.title.text(),
            "record": self.record_id,
            "field": self.field.currentText(),
            "summary": self.summary.text(),
            "versions": versions,
        }

    def _check(self) -> None:
        from briefkit.catalog.importing.edit import check_dispute

        own = self.editing.id if self.editing else None
        taken = {d.id: d for d in self.catalog.disputes if d.id != own}
        self.dispute, errors = check_dispute(self.values(), self.catalog.sources, taken)
        for name, label in self.errors.items():
            label.setText(translated(errors.get(name, "")))
            label.setVisible(name in errors)
        self.save.setEnabled(self.dispute is not None)
