"""A record's form: each field of incidents.csv, indicators.csv, measures.csv or sources.yaml
with its label in the window's language, checked as you type with the catalog's own checks (the
problem and its fix under the field, in the window's language); Save only while it passes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.catalog_messages import translated
from briefkit.gui.dialogs import ERROR_STYLE

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.catalog.records import Incident

translate = QCoreApplication.translate
Field = QLineEdit | QComboBox | QPlainTextEdit


def _choices(catalog: Catalog) -> dict[str, list[str]]:
    from briefkit.catalog.records import DatePrecision, GeoPrecision

    return {
        "date_precision": [p.value for p in DatePrecision],
        "geo_precision": [p.value for p in GeoPrecision],
        "event_type": sorted(catalog.vocabulary.event_types),
        "target_type": sorted(catalog.vocabulary.target_types),
    }


Check = Callable[[dict[str, str]], tuple[object | None, dict[str, str]]]
"""A form's check: its text by field -> the record (None while it has problems) and the
problems by field."""


def field_labels() -> dict[str, str]:
    """The form's label of each field of incidents.csv and sources.yaml, in the window's
    language (the file's own column name is the label's tooltip)."""
    translate = QCoreApplication.translate
    return {
        "id": translate("RecordForm", "Id"),
        "date": translate("RecordForm", "Date"),
        "date_precision": translate("RecordForm", "Date known to"),
        "date_note": translate("RecordForm", "Date note"),
        "country": translate("RecordForm", "Country"),
        "region": translate("RecordForm", "Region"),
        "place": translate("RecordForm", "Place"),
        "latitude": translate("RecordForm", "Latitude"),
        "longitude": translate("RecordForm", "Longitude"),
        "geo_precision": translate("RecordForm", "Place known to"),
        "event_type": translate("RecordForm", "Event type"),
        "target_type": translate("RecordForm", "Target"),
        "perpetrator": translate("RecordForm", "Perpetrator"),
        "killed": translate("RecordForm", "Killed (all)"),
        "killed_perpetrators": translate("RecordForm", "Killed: perpetrators"),
        "killed_security": translate("RecordForm", "Killed: security forces"),
        "killed_civilians": translate("RecordForm", "Killed: civilians"),
        "wounded": translate("RecordForm", "Wounded"),
        "arrested": translate("RecordForm", "Arrested"),
        "summary": translate("RecordForm", "Summary"),
        "sources": translate("RecordForm", "Sources"),
        "short": translate("RecordForm", "Short name"),
        "title": translate("RecordForm", "Title"),
        "author": translate("RecordForm", "Author"),
        "publication": translate("RecordForm", "Publication"),
        "kind": translate("RecordForm", "Kind"),
        "stance": translate("RecordForm", "Stance"),
        "indicator": translate("RecordForm", "Indicator"),
        "label": translate("RecordForm", "Label"),
        "period": translate("RecordForm", "Period"),
        "value": translate("RecordForm", "Value"),
        "qualifier": translate("RecordForm", "Stated as"),
        "value_text": translate("RecordForm", "Value in words"),
        "unit": translate("RecordForm", "Unit"),
        "source": translate("RecordForm", "Source"),
        "note": translate("RecordForm", "Note"),
        "status": translate("RecordForm", "Status"),
    }


class RecordForm(QDialog):
    """A record's fields, each with its problem and fix under it; Save is enabled only while the
    record passes the checks."""

    def __init__(
        self,
        title: str,
        cells: dict[str, str],
        choices: dict[str, list[str]],
        check: Check,
        fixed_id: bool,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check_cells = check
        self.record: object | None = None
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, QLabel] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = field_labels()
        for name, value in cells.items():
            widget: Field
            if name in choices:
                widget = QComboBox()
                widget.addItems(["", *choices[name]])
                widget.setCurrentText(value)
                widget.currentTextChanged.connect(self._check)
            elif name in ("summary", "stance"):
                widget = QPlainTextEdit(value)
                widget.setFixedHeight(90)
                widget.textChanged.connect(self._check)
            else:
                widget = QLineEdit(value)
                widget.textChanged.connect(self._check)
                if name == "sources":
                    widget.setPlaceholderText(self.tr("source ids, separated by ;"))
                widget.setReadOnly(name == "id" and fixed_id)
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.setVisible(False)
            box = QWidget()
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel(labels.get(name, name))
            label.setToolTip(name)  # the column or key in the data file
            label.setBuddy(widget)
            form.addRow(label, box)
            self.fields[name], self.errors[name] = widget, error
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.other = QLabel()
        self.other.setWordWrap(True)
        self.other.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.other)
        layout.addWidget(self.buttons)
        self.resize(640, min(720, 120 + 56 * len(cells)))
        self._check()

    def cells(self) -> dict[str, str]:
        """The form's text, field by field."""
        out: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def _check(self) -> None:
        self.record, errors = self._check_cells(self.cells())
        for name, label in self.errors.items():
            label.setText(translated(errors.get(name, "")))
            label.setVisible(name in errors)
        other = [f"{k}: {translated(v)}" for k, v in errors.items() if k not in self.errors]
        self.other.setText("\n".join(other))
        self.other.setVisible(bool(other))
        self.save.setEnabled(self.record is not None)


def incident_form(catalog: Catalog, record: Incident | None, parent: QWidget) -> RecordForm:
    """The form of a new incident (``record`` None) or of ``record``."""
    from briefkit.catalog.importing.edit import FIELDS, check_form, incident_cells

    editing = record.id if record is not None else None
    cells = incident_cells(record) if record is not None else dict.fromkeys(FIELDS, "")
    c = catalog
    return RecordForm(
        translate("RecordForm", "Edit Incident")
        if record
        else translate("RecordForm", "Add Incident"),
        cells,
        _choices(catalog),
        lambda cells: check_form(cells, c.incidents, c.sources, c.vocabulary, editing),
        record is not None,
        parent,
    )
