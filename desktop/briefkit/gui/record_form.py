"""The Data view's changes: each written at once and atomically into the user's data folder
(checked with the whole data, off the GUI thread), and undone or redone while the window is
open; the incidents' and disputes' forms open from here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from briefkit.gui.data_writer import DataWriter
from briefkit.gui.dialogs import ErrorReport, Presenter
from briefkit.gui.record_fields import RecordForm, incident_form

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.catalog.importing import ImportPlan
    from briefkit.catalog.records import Dispute
    from briefkit.gui.dispute_form import DisputeForm


@dataclass(frozen=True)
class Written:
    """What a change did (on the worker): the plan, where and what it wrote."""

    plan: ImportPlan
    folder: Path
    before: dict[str, bytes]
    made_copy: bool


class FileChange(QUndoCommand):
    """One saved change of data files (one, or those an import wrote), as their bytes before
    and after."""

    def __init__(
        self,
        editor: IncidentEditor,
        folder: Path,
        before: dict[str, bytes],
        after: dict[str, bytes],
        text: str,
    ) -> None:
        super().__init__(text)
        self.editor, self.folder = editor, folder
        self.before, self.after = before, after
        self._done = True  # written when it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.editor.restore(self.folder, self.after)

    def undo(self) -> None:
        self.editor.restore(self.folder, self.before)


class IncidentEditor(DataWriter):
    """Writes the Data view's changes and keeps them undoable while the window is open."""

    changed = Signal(object)  # the data folder written
    busy = Signal(bool)  # a change is being checked and written

    def __init__(
        self,
        parent: QWidget,
        presenter: Presenter,
        catalog: Callable[[], Catalog | None],
        data_folder: Callable[[], Path | None],
        reload: Callable[[Path], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent, presenter, data_folder, reload, status)
        self._catalog = catalog
        self.undo_stack = QUndoStack(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one change at a time, in the order made

    def catalog(self) -> Catalog | None:
        """The catalog the window shows."""
        return self._catalog()

    def refuse(self, title: str, message: str, details: str = "") -> None:
        """Tell that a change was not made, and why."""
        self._presenter.error(self._window, ErrorReport(title, message, details))

    def confirm(self, title: str, question: str, action: str) -> bool:
        """Ask before a change (a delete)."""
        return self._presenter.confirm(self._window, title, question, action)

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

    def source(self, parent: QWidget) -> QDialog | None:
        """Open the form for a new source; Save appends it to sources.yaml."""
        return self.open("sources", None, parent)

    def open(self, key: str, record_id: str | None, parent: QWidget) -> QDialog | None:
        """Open the form of a record of any kind (``record_id`` None: a new one)."""
        from briefkit.gui.data_editing import open_form

        return open_form(self, key, record_id, parent)

    def delete(self, record_id: str, key: str = "incidents") -> None:
        """Delete a record after asking (refused while something still names it)."""
        from briefkit.gui.data_editing import delete_record

        delete_record(self, key, record_id)

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
            self.write(lambda root, _c: plan_dispute(root, dispute), text)

    def _save(self, old_id: str | None, record: object) -> None:
        from briefkit.catalog.importing.edit import plan_edit
        from briefkit.catalog.records import Incident

        if not isinstance(record, Incident):
            return
        text = (self.tr("edit {id}") if old_id else self.tr("add {id}")).format(id=record.id)
        self.write(lambda root, c: plan_edit(root, c.incidents, old_id, record), text)

    def write(self, planner: Callable[[Path, Catalog], ImportPlan], text: str) -> None:
        """Plan a change (checked with the whole data) and write it, off the GUI thread (one
        change at a time); then push it on the undo stack and reload."""
        catalog = self._catalog()
        if catalog is None:
            return
        data_folder = self._data_folder()

        def work() -> Written:
            from briefkit.catalog.importing import apply_import, import_target
            from briefkit.catalog.importing.apply import holding

            target = import_target(data_folder)
            with holding(target):  # no other change between the check and the write
                plan = planner(target.folder.path, catalog)
                if plan.problems:
                    return Written(plan, target.write_to, {}, False)
                before = {n: (target.folder.path / n).read_bytes() for n in plan.encoded}
                apply_import(plan, target)
            return Written(plan, target.write_to, before, target.make_copy)

        def written(done: Written) -> None:
            if self._refused(done.plan):
                return
            folder = done.folder
            self.record(folder, done.before, dict(done.plan.encoded), text)
            if done.made_copy:
                message = self.tr("Made your own copy of the data in {folder}; saved there")
                self._status(message.format(folder=folder), 15000)
            else:
                self._status(self.tr("Saved in {folder}").format(folder=folder), 8000)
            self._done(folder)

        self._run(work, written)

    def record(
        self, folder: Path, before: dict[str, bytes], after: dict[str, bytes], text: str
    ) -> None:
        """Put a change already written (by a form, or an import) on the undo stack."""
        self.undo_stack.push(FileChange(self, folder, before, after, text))

    def restore(self, folder: Path, files: dict[str, bytes]) -> None:
        """Put data files back to these bytes (undo, redo), off the GUI thread."""

        def work() -> Written:
            from briefkit.catalog.folder import resolve_data_folder
            from briefkit.catalog.importing import ImportTarget, apply_import
            from briefkit.catalog.importing.edit import plan_restore_files

            plan = plan_restore_files(folder, files)
            if not plan.problems:
                target = ImportTarget(resolve_data_folder(folder), folder, make_copy=False)
                apply_import(plan, target)
            return Written(plan, folder, {}, False)

        def restored(done: Written) -> None:
            if not self._refused(done.plan):
                self._done(folder)

        self._run(work, restored)

    def _run(self, work: Callable[[], Written], then: Callable[[Written], object]) -> None:
        from briefkit.gui.operations import Operation

        def failed(exc: BaseException) -> None:
            from briefkit.catalog.importing.apply import ImportRefusedError

            if not isinstance(exc, ImportRefusedError | OSError | ValueError):
                raise exc
            from briefkit.gui.core_text import said_error

            self._error(said_error(exc))

        operation = Operation(work, self).on_success(then).on_failure(failed)
        operation.finished.connect(lambda: self.busy.emit(False))
        self.busy.emit(True)
        operation.start(self._pool)

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
