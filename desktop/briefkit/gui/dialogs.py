"""Dialogs: errors in plain sentences with a Details section, file pickers, the About box.

The window talks to people only through a ``Presenter``; ``QtPresenter`` shows real dialogs
and tests pass a recording one, so no test ever blocks on a modal dialog. ``describe_error``
turns any exception from the core into an ``ErrorReport``: a title, a sentence saying what
happened and what to do, and details (problem lists, or a traceback for a developer) that stay
folded away until asked for.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.i18n import language_name
from briefkit.gui.message_box import message_top
from briefkit.options import OnExisting

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from briefkit.catalog import Catalog

    MadeFrom = Mapping[Path, Sequence[tuple[str, str]]]
    """Files Briefkit made from other choices, with what: ``("language", "ru")``, ..."""
    from briefkit.gui.open_failed import OpenFailure

translate = QCoreApplication.translate

ERROR_STYLE = "color: #b3261e"
"""How a problem under a form's field is shown."""


class _Counts(QObject):
    """The dialogs' counted phrases (Qt's plural forms are read from ``tr`` on a QObject)."""

    def problems(self, n: int) -> str:
        return self.tr("The data folder has %n problem(s)", "", n)

    def edited_files(self, n: int) -> str:
        return self.tr(
            "These %n files in {folder} were changed since Briefkit wrote them, or were not "
            "written by Briefkit. Nothing has been written yet.\n\nReplace them with the new "
            "briefing, or keep them and write the new files beside (e.g. {beside})?",
            "",
            n,
        )

    def made_differently(self, n: int) -> str:
        return self.tr(
            "%n file(s) in {folder} were written by Briefkit and not changed since, but made "
            "from another language, template or composition than this export. Nothing has "
            "been written yet.\n\nReplace them with the new briefing, or keep them and write "
            "the new files beside (e.g. {beside})?",
            "",
            n,
        )


@dataclass(frozen=True)
class ErrorReport:
    """What a person sees when something fails."""

    title: str
    message: str
    details: str = ""


def describe_error(exc: BaseException, doing: str = "export") -> ErrorReport:
    """A readable report of ``exc``, raised while doing ``doing`` ("export", "load data")."""
    from briefkit.catalog import CatalogError
    from briefkit.charts import BrowserNotFound, ChartRenderError
    from briefkit.export import ExportError, OutputError
    from briefkit.gui.core_text import said, said_error
    from briefkit.render.office.errors import TemplateError

    if isinstance(exc, CatalogError):
        has = _Counts().problems(len(exc.problems))
        consequence = (
            translate("Errors", "so nothing was written.")
            if doing == "export"
            else translate("Errors", "so nothing was loaded.")
        )
        return ErrorReport(
            translate("Errors", "The data has problems"),
            f"{has}, {consequence} "
            + translate(
                "Errors",
                "The details list each problem with its file and line; fix them, or use the "
                "bundled data (File > Use Bundled Data).",
            ),
            "\n".join(p.told(said) for p in exc.problems),
        )
    if isinstance(exc, TemplateError):
        where = (
            translate("Errors", "Template: {path}").format(path=exc.path) + "\n" if exc.path else ""
        )
        return ErrorReport(
            translate("Errors", "The template cannot be used"),
            f"{said_error(exc)} "
            + translate(
                "Errors",
                "Nothing was written. Choose another template, or go back to the bundled one.",
            ),
            where + _causes(exc),
        )
    if isinstance(exc, BrowserNotFound):
        return ErrorReport(
            translate("Errors", "No browser to draw the charts"),
            f"{said_error(exc)} " + translate("Errors", "Nothing was written."),
            _causes(exc),
        )
    if isinstance(exc, OutputError):
        return ErrorReport(
            translate("Errors", "The files cannot be written"),
            f"{_sentence(said_error(exc))} "
            + translate("Errors", "Choose another output folder (File > Choose Output Folder)."),
            _causes(exc),
        )
    if isinstance(exc, ExportError | ChartRenderError):
        return ErrorReport(
            translate("Errors", "The export stopped"),
            f"{_sentence(said_error(exc))} "
            + translate("Errors", "Files finished before this stay; no partial file was left."),
            _causes(exc),
        )
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    stopped = {
        "export": translate("Errors", "the export stopped"),
        "loading of the data": translate("Errors", "the loading of the data stopped"),
        "last action": translate("Errors", "the last action stopped"),
    }
    return ErrorReport(
        translate("Errors", "Something unexpected went wrong"),
        translate(
            "Errors",
            "Briefkit met an error it did not expect and {stopped}; no partial file was left. "
            "Try again; if it happens again, copy the details and send them to whoever supports "
            "Briefkit for you.",
        ).format(stopped=stopped.get(doing, f"the {doing} stopped")),
        trace,
    )


def _causes(exc: BaseException) -> str:
    """The exception and what caused it, one line each (for the Details section)."""
    lines: list[str] = []
    seen: BaseException | None = exc
    while seen is not None and len(lines) < 5:
        lines.append(f"{type(seen).__name__}: {seen}")
        seen = seen.__cause__ or seen.__context__
    return "\n".join(lines)


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class ErrorDialog(QDialog):
    """An error: icon, title, message; the details fold out under "Show Details"."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(report.title)
        self.setMinimumWidth(520)
        top, _text, self.message = message_top(
            self, QStyle.StandardPixmap.SP_MessageBoxCritical, report.title, report.message
        )

        self.details = QPlainTextEdit(report.details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setMinimumHeight(180)
        self.details.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.toggle = QPushButton(self.tr("Show &Details"))
        self.toggle.setCheckable(True)
        self.toggle.setEnabled(bool(report.details))
        self.toggle.setToolTip(self.tr("Show the full list of problems or the technical details"))
        self.toggle.toggled.connect(self._show_details)
        self.copy = copy = QPushButton(self.tr("&Copy Details"))
        copy.setToolTip(self.tr("Copy the message and the details to the clipboard"))
        copy.setEnabled(bool(report.details))
        copy.clicked.connect(lambda: self._copy(report))
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide &Details") if shown else self.tr("Show &Details"))
        self.adjustSize()

    @staticmethod
    def _copy(report: ErrorReport) -> None:
        QGuiApplication.clipboard().setText(
            f"{report.title}\n\n{report.message}\n\n{report.details}"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Presenter(Protocol):
    """Everything the window asks of a person, so tests can answer without dialogs."""

    def error(self, parent: QWidget, report: ErrorReport) -> None: ...

    def confirm(self, parent: QWidget, title: str, question: str, action: str) -> bool: ...

    def about(self, parent: QWidget, title: str, html: str) -> None: ...

    def ask_existing(
        self, parent: QWidget, paths: list[Path], made_from: MadeFrom | None = None
    ) -> OnExisting | None:
        """Edited or foreign files stand where the export would write, or Briefkit's own made
        from another language, template or composition (``made_from``): REPLACE them, KEEP
        them (write ``name-2`` beside them) or None (cancel)."""
        ...

    def open_file(
        self, parent: QWidget, title: str, folder: Path | None, filters: str
    ) -> Path | None: ...

    def save_file(self, parent: QWidget, title: str, path: Path, filters: str) -> Path | None:
        """Where to save a file (``path``: the name and folder proposed); None: cancelled."""
        ...

    def choose_folder(self, parent: QWidget, title: str, folder: Path | None) -> Path | None: ...

    def cannot_open(self, parent: QWidget, failure: OpenFailure) -> None:
        """No program opened a file (or showed its folder): say so, with the path to copy."""
        ...


class QtPresenter:
    """The real dialogs."""

    def error(self, parent: QWidget, report: ErrorReport) -> None:
        """Show the error dialog (window-modal, without blocking the event loop)."""
        dialog = ErrorDialog(report, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def confirm(self, parent: QWidget, title: str, question: str, action: str) -> bool:
        """Ask a yes/no question; ``action`` labels the button that says yes."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def about(self, parent: QWidget, title: str, html: str) -> None:
        """The About box."""
        QMessageBox.about(parent, title, html)

    def ask_existing(
        self, parent: QWidget, paths: list[Path], made_from: MadeFrom | None = None
    ) -> OnExisting | None:
        """Replace, Keep Both or Cancel, for files that were edited or not made by Briefkit,
        or made from another language, template or composition; and Update when every one is
        an edited deck, report or handout Briefkit made."""
        from briefkit.targets import updatable

        made_from = made_from or {}
        question = (
            made_differently_question(paths)
            if made_from and len(made_from) == len(paths)
            else existing_question(paths)
        )
        box = QMessageBox(QMessageBox.Icon.Warning, *question, parent=parent)
        can_update = bool(paths) and all(updatable(p) for p in paths)
        files = existing_files(paths, made_from)
        box.setInformativeText(f"{files}<br><br>{update_note(paths)}" if can_update else files)
        update = (
            box.addButton(translate("Dialogs", "&Update"), QMessageBox.ButtonRole.AcceptRole)
            if can_update
            else None
        )
        if update is not None:
            update.setToolTip(update_note(paths))
        replace = box.addButton(
            translate("Dialogs", "&Replace"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(translate("Dialogs", "&Keep Both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(update or keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return OnExisting.REPLACE
        if update is not None and clicked is update:
            return OnExisting.UPDATE
        return OnExisting.KEEP if clicked is keep else None

    def open_file(
        self, parent: QWidget, title: str, folder: Path | None, filters: str
    ) -> Path | None:
        """Pick one existing file."""
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder or ""), filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget, title: str, path: Path, filters: str) -> Path | None:
        """Pick a file to write (the dialog asks before replacing one)."""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(path), filters)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget, title: str, folder: Path | None) -> Path | None:
        """Pick a folder, starting at ``folder`` or, if it does not exist yet, its nearest
        existing parent (Qt would start in the working directory)."""
        while folder is not None and not folder.is_dir() and folder.parent != folder:
            folder = folder.parent
        name = QFileDialog.getExistingDirectory(parent, title, str(folder or ""))
        return Path(name) if name else None

    def cannot_open(self, parent: QWidget, failure: OpenFailure) -> None:
        """The Cannot Open message (window-modal, without blocking the event loop)."""
        from briefkit.gui.open_failed import OpenFailedDialog

        dialog = OpenFailedDialog(failure, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def update_note(paths: Sequence[Path] = ()) -> str:
    """What Update keeps and what it does not, in a sentence or two, for the kind of file
    ``paths`` are (a deck, a report or handout, or both)."""
    reports = any(p.suffix.lower() == ".docx" for p in paths)
    decks = not reports or any(p.suffix.lower() != ".docx" for p in paths)
    said = []
    if decks:
        said.append(
            translate(
                "Dialogs",
                "Update merges today's data into the edited deck: slides and shapes nobody "
                "touched get today's content; your edited text, notes and table cells, moved or "
                "restyled shapes, added and deleted slides stay. Where you and the data changed "
                "the same thing, your version stays and is listed. A restyle is not recognised "
                "in a deck saved by LibreOffice.",
            )
        )
    if reports:
        said.append(
            translate(
                "Dialogs",
                "Update merges today's data into the edited report: paragraphs, tables and "
                "chart pictures nobody touched get today's content; your edited, restyled or "
                "commented paragraphs, tracked changes, added paragraphs and deleted blocks "
                "stay. Where you and the data changed the same block, your version stays and is "
                "listed; a table is kept or replaced whole.",
            )
        )
    return " ".join(said)


def existing_question(paths: list[Path]) -> tuple[str, str]:
    """The title and question of the Replace / Keep Both / Cancel dialog."""
    one = len(paths) == 1
    first = paths[0] if paths else Path("briefing.pptx")
    beside, again = _keep_both(paths)
    if one:
        question = translate(
            "Dialogs",
            "This file in {folder} was changed since Briefkit wrote it, or was not written by "
            "Briefkit. Nothing has been written yet.\n\nReplace it with the new briefing, or "
            "keep it and write the new files beside (e.g. {beside})?",
        )
        title = translate("Dialogs", "A file was edited")
    else:
        question = _Counts().edited_files(len(paths))
        title = translate("Dialogs", "Files were edited")
    return title, question.format(folder=first.parent, beside=beside) + again


def _keep_both(paths: list[Path]) -> tuple[str, str]:
    """The name Keep Both would write the first file as (not always ``-2``), and a sentence
    naming the copies written earlier it may use again ("" when there are none)."""
    from briefkit.manifest import earlier_copies
    from briefkit.targets import free_name

    first = paths[0] if paths else Path("briefing.pptx")
    copies = sorted(p.name for path in paths for p in earlier_copies(path).values())
    if not copies:
        return free_name(first, set()).name, ""
    again = translate(
        "Dialogs",
        "Where a copy Briefkit wrote earlier ({copies}) is the same as the new one, Keep "
        "Both uses it again instead of writing another.",
    )
    return free_name(first, set()).name, "\n\n" + again.format(copies=", ".join(copies))


def existing_files(paths: list[Path], made_from: MadeFrom) -> str:
    """The files of the Replace / Keep Both question, one a line; for one Briefkit made from
    another language, template or composition, what it was made from."""
    lines = []
    for path in paths:
        made = [_made_with(kind, value) for kind, value in made_from.get(path, ())]
        lines.append(f"{path.name} — {'; '.join(made)}" if made else path.name)
    if made_from and len(made_from) < len(paths):
        heading = translate(
            "Dialogs", "Changed, not written by Briefkit, or made from other choices:"
        )
        lines.insert(0, heading)
    return "\n".join(lines)


def made_differently_question(paths: list[Path]) -> tuple[str, str]:
    """The title and question of Replace / Keep Both / Cancel when every file is Briefkit's,
    unchanged, but made from another language, template or composition."""
    first = paths[0] if paths else Path("briefing.pptx")
    beside, again = _keep_both(paths)
    title = translate("Dialogs", "Made from other choices")
    question = _Counts().made_differently(len(paths))
    return title, question.format(folder=first.parent, beside=beside) + again


def _made_with(kind: str, value: str) -> str:
    """What a file was made from, in the interface language ("made in Русский")."""
    if kind == "language":
        return translate("Dialogs", "made in {language}").format(language=language_name(value))
    if kind == "template":
        if value == "bundled":
            return translate("Dialogs", "made with the bundled template")
        return translate("Dialogs", "made with the template {name}").format(name=value)
    if kind == "grades":
        if value == "on":
            return translate("Dialogs", "made with source grades")
        return translate("Dialogs", "made without source grades")
    return translate("Dialogs", "made from another composition ({sections})").format(sections=value)


def about_html(version: str, catalog: Catalog | None, data_folder: Path | None) -> str:
    """The About box: version, what Briefkit does, the data sources, the components."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    sources = ""
    if catalog is not None:
        unsigned = translate("About", "Unsigned")
        items = "".join(
            f"<li>{_escape(s.author if s.author != 'unknown' else unsigned)}, "
            f"<i>{_escape(s.title)}</i>, {_escape(s.publication)}, "
            f"{_escape(s.date_note or str(s.date.year))}</li>"
            for s in catalog.sources.values()
        )
        where = (
            translate("About", "the bundled data")
            if data_folder is None
            else _escape(str(data_folder))
        )
        heading = translate("About", "<b>Data sources</b> (from {where}):").format(where=where)
        sources = f"<p>{heading}</p><ul>{items}</ul>"
    what = translate(
        "About",
        "Cited briefings (Word reports and PowerPoint decks) on terrorism and counter-terrorism "
        "in Kazakhstan. Every fact carries the number of its source; where the sources "
        "disagree, the briefing says so and shows each version.",
    )
    made = translate(
        "About",
        "Charts by Plotly and kaleido; documents by python-docx and python-pptx; window by Qt "
        "{qt} (PySide6 {pyside}). MIT licence.",
    ).format(qt=qVersion(), pyside=pyside_version)
    return f"<h3>Briefkit {version}</h3><p>{what}</p>{sources}<p>{made}</p>"
