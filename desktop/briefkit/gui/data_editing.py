"""Add, edit and delete sources, indicators, measures and disputes from the Data view, as the
incidents are: a form checked as you type with the catalog's own checks, a delete refused while
another record, dispute or topic names the record (naming each), every change on the editor's
undo stack and written atomically into the user's data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.catalog.importing import ImportPlan


class Editor(Protocol):
    """What the forms need of the window's editor (``record_form.IncidentEditor``)."""

    def catalog(self) -> Catalog | None: ...

    def form(self, record_id: str | None, parent: QWidget) -> QDialog | None: ...

    def write(self, planner: Callable[[Path, Catalog], ImportPlan], text: str) -> None: ...

    def refuse(self, title: str, message: str, details: str = "") -> None: ...

    def confirm(self, title: str, question: str, action: str) -> bool: ...


translate = QCoreApplication.translate


def _titles(key: str) -> tuple[str, str]:
    """The form's title for a new record and for a changed one."""
    return {
        "indicators": (
            translate("DataEditing", "Add Indicator"),
            translate("DataEditing", "Edit Indicator"),
        ),
        "measures": (
            translate("DataEditing", "Add Measure"),
            translate("DataEditing", "Edit Measure"),
        ),
        "sources": (
            translate("DataEditing", "Add Source"),
            translate("DataEditing", "Edit Source"),
        ),
    }[key]


def open_form(editor: Editor, key: str, record_id: str | None, parent: QWidget) -> QDialog | None:
    """The form for a new record of kind ``key`` (``record_id`` None) or for ``record_id``;
    Save writes it."""
    from briefkit.catalog.importing.change import (
        KINDS,
        check_cells,
        choices,
        form_cells,
        plan_change,
        records,
    )
    from briefkit.gui.dispute_form import DisputeForm
    from briefkit.gui.record_fields import RecordForm

    catalog = editor.catalog()
    if catalog is None:
        return None
    if key == "incidents":
        return editor.form(record_id, parent)
    old = records(catalog, key).get(record_id) if record_id else None
    if record_id is not None and old is None:
        return None
    dialog: RecordForm | DisputeForm
    if key == "disputes":
        from briefkit.catalog.records import Dispute

        if not isinstance(old, Dispute):
            return None  # a new dispute is made from its record (Dispute… on the incidents)
        dialog = DisputeForm(catalog, old.record, parent, old)
    else:
        kind = KINDS[key]
        dialog = RecordForm(
            _titles(key)[old is not None],
            form_cells(kind, old),
            choices(kind, catalog),
            lambda cells: check_cells(kind, cells, catalog, record_id),
            old is not None,
            parent,
        )

    def save() -> None:
        record = dialog.dispute if isinstance(dialog, DisputeForm) else dialog.record
        if record is None:
            return
        rid = str(getattr(record, "id", ""))
        text = (
            translate("DataEditing", "edit {id}") if old else translate("DataEditing", "add {id}")
        ).format(id=rid)
        editor.write(lambda root, c: plan_change(root, c, key, record_id, record), text)  # type: ignore[arg-type]

    dialog.accepted.connect(save)
    dialog.open()
    return dialog


def delete_record(editor: Editor, key: str, record_id: str) -> None:
    """Delete a record after asking; refused, naming who, while something still names it."""
    from briefkit.catalog.importing.change import plan_change, referenced_by

    catalog = editor.catalog()
    if catalog is None:
        return
    if who := referenced_by(catalog, key, record_id):
        names = ", ".join(w.split(": ", 1)[1] for w in who[:6]) + ("…" if len(who) > 6 else "")
        editor.refuse(
            translate("DataEditing", "{id} cannot be deleted").format(id=record_id),
            translate(
                "DataEditing",
                "It is still named by {names}. Change or delete those first; nothing was changed.",
            ).format(names=names),
            "\n".join(who),
        )
        return
    question = translate(
        "DataEditing", "Delete {id}? You can undo it while Briefkit is open."
    ).format(id=record_id)
    if editor.confirm(
        translate("DataEditing", "Delete Record"), question, translate("DataEditing", "Delete")
    ):
        editor.write(
            lambda root, c: plan_change(root, c, key, record_id, None),
            translate("DataEditing", "delete {id}").format(id=record_id),
        )
