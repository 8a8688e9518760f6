"""Add, edit and delete incidents from the Data view: a form that checks as you type with the
catalog's own checks (the problem and its fix under the field), each change written at once
and atomically into the user's data folder, and undone or redone while the window is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
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

from briefkit.gui.dialogs import ERROR_STYLE, ErrorReport, Presenter

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.catalog.importing import ImportPlan
    from briefkit.catalog.records import Dispute, Incident
    from briefkit.gui.dispute_form import DisputeForm

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
            elif name == "summary":
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
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
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
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        other = [f"{k}: {v}" for k, v in errors.items() if k not in self.errors]
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


def source_form(catalog: Catalog, parent: QWidget) -> RecordForm:
    """The form of a new source."""
    from briefkit.catalog.importing.edit import SOURCE_FIELDS, check_source
    from briefkit.catalog.records import DatePrecision, Source

    kinds = [str(k) for k in get_args(Source.model_fields["kind"].annotation)]
    return RecordForm(
        translate("RecordForm", "Add Source"),
        dict.fromkeys(SOURCE_FIELDS, ""),
        {"date_precision": [p.value for p in DatePrecision], "kind": kinds},
        lambda cells: check_source(cells, catalog.sources),
        False,
        parent,
    )


class FileChange(QUndoCommand):
    """One saved change of a data file, as its bytes before and after."""

    def __init__(
        self,
        editor: IncidentEditor,
        folder: Path,
        name: str,
        before: bytes,
        after: bytes,
        text: str,
    ) -> None:
        super().__init__(text)
        self.editor, self.folder, self.name = editor, folder, name
        self.before, self.after = before, after
        self._done = True  # written when it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.editor.restore(self.folder, self.name, self.after)

    def undo(self) -> None:
        self.editor.restore(self.folder, self.name, self.before)


class IncidentEditor(QObject):
    """Writes the Data view's changes and keeps them undoable while the window is open."""

    changed = Signal(object)  # the data folder written

    def __init__(
        self,
        parent: QWidget,
        presenter: Presenter,
        catalog: Callable[[], Catalog | None],
        data_folder: Callable[[], Path | None],
        reload: Callable[[Path], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._presenter = presenter
        self._catalog = catalog
        self._data_folder = data_folder
        self._reload = reload
        self._status = status
        self.undo_stack = QUndoStack(self)

    def form(self, record_id: str | None, parent: QWidget) -> RecordForm | None:
        """Open the form for a new incident (None) or for ``record_id``; Save writes it."""
        catalog = self._catalog()
        if catalog is None:
            return None
        record = catalog.incidents.get(record_id) if record_id else None
        dialog = incident_form(catalog, record, parent)
        dialog.accepted.connect(lambda: self._save(record_id, dialog.record))
        dialog.open()
        return dialog

    def source(self, parent: QWidget) -> RecordForm | None:
        """Open the form for a new source; Save appends it to sources.yaml."""
        from briefkit.catalog.importing.edit import plan_source
        from briefkit.catalog.records import Source

        catalog = self._catalog()
        if catalog is None:
            return None
        dialog = source_form(catalog, parent)

        def save() -> None:
            if isinstance(source := dialog.record, Source):
                text = self.tr("add source {id}").format(id=source.id)
                self._write(lambda root, _c: plan_source(root, source), text)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete(self, record_id: str) -> None:
        """Delete an incident, after asking."""
        question = self.tr("Delete the incident {id}? You can undo it while Briefkit is open.")
        title = self.tr("Delete Incident")
        if self._presenter.confirm(
            self._window, title, question.format(id=record_id), self.tr("Delete")
        ):
            from briefkit.catalog.importing.edit import plan_edit

            self._write(
                lambda root, c: plan_edit(root, c.incidents, record_id, None),
                self.tr("delete {id}").format(id=record_id),
            )

    def dispute(self, record_id: str, parent: QWidget) -> DisputeForm | None:
        """Open the form for a new dispute about ``record_id``; Save writes it."""
        from briefkit.gui.dispute_form import DisputeForm

        catalog = self._catalog()
        if catalog is None or record_id not in catalog.incidents:
            return None
        dialog = DisputeForm(catalog, record_id, parent)
        dialog.accepted.connect(lambda: self._save_dispute(dialog.dispute))
        dialog.open()
        return dialog

    def _save_dispute(self, dispute: Dispute | None) -> None:
        from briefkit.catalog.importing.edit import plan_dispute

        if dispute is not None:
            text = self.tr("add dispute {id}").format(id=dispute.id)
            self._write(lambda root, _c: plan_dispute(root, dispute), text)

    def _save(self, old_id: str | None, record: object) -> None:
        from briefkit.catalog.importing.edit import plan_edit
        from briefkit.catalog.records import Incident

        if not isinstance(record, Incident):
            return
        text = (self.tr("edit {id}") if old_id else self.tr("add {id}")).format(id=record.id)
        self._write(lambda root, c: plan_edit(root, c.incidents, old_id, record), text)

    def _write(self, planner: Callable[[Path, Catalog], ImportPlan], text: str) -> None:
        from briefkit.catalog.importing import apply_import, import_target
        from briefkit.catalog.importing.apply import ImportRefusedError

        catalog = self._catalog()
        if catalog is None:
            return
        try:
            target = import_target(self._data_folder())
            plan = planner(target.folder.path, catalog)
            if self._refused(plan):
                return
            [name] = plan.encoded
            before = (target.folder.path / name).read_bytes()
            apply_import(plan, target)
        except (ImportRefusedError, OSError, ValueError) as exc:
            self._error(str(exc))
            return
        after = plan.encoded[name]
        self.undo_stack.push(FileChange(self, target.write_to, name, before, after, text))
        if target.make_copy:
            self._status(
                self.tr("Made your own copy of the data in {folder}; saved there").format(
                    folder=target.write_to
                ),
                15000,
            )
        else:
            self._status(self.tr("Saved in {folder}").format(folder=target.write_to), 8000)
        self._done(target.write_to)

    def restore(self, folder: Path, name: str, data: bytes) -> None:
        """Put a data file back to ``data`` (undo, redo)."""
        from briefkit.catalog.folder import resolve_data_folder
        from briefkit.catalog.importing import ImportTarget, apply_import
        from briefkit.catalog.importing.apply import ImportRefusedError
        from briefkit.catalog.importing.edit import plan_restore

        try:
            plan = plan_restore(folder, name, data)
            if self._refused(plan):
                return
            apply_import(plan, ImportTarget(resolve_data_folder(folder), folder, make_copy=False))
        except (ImportRefusedError, OSError) as exc:
            self._error(str(exc))
            return
        self._done(folder)

    def follow(self, folder: Path | None) -> None:
        """The window loaded ``folder``: changes made in another folder can no longer be
        undone from here (an undo would write there and switch the window back)."""
        count = self.undo_stack.count()
        if count and any(
            getattr(self.undo_stack.command(i), "folder", None) != folder for i in range(count)
        ):
            self.undo_stack.clear()

    def _done(self, folder: Path) -> None:
        self._reload(folder)
        self.changed.emit(folder)

    def _refused(self, plan: ImportPlan) -> bool:
        if not plan.problems:
            return False
        self._presenter.error(
            self._window,
            ErrorReport(
                self.tr("The change was not saved"),
                self.tr(
                    "The data would no longer pass the checks, so nothing was written. The "
                    "details name each file, line and field."
                ),
                "\n".join(str(p) for p in plan.problems),
            ),
        )
        return True

    def _error(self, reason: str) -> None:
        self._presenter.error(
            self._window,
            ErrorReport(
                self.tr("The change was not saved"),
                self.tr("{reason}. Nothing was written.").format(reason=reason.rstrip(".")),
            ),
        )
