"""The export strip: the Export button, progress with the current step, Cancel, and afterwards
the files written, each with Open and Show in Folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.accessible import FocusRingButton
from briefkit.gui.core_text import said
from briefkit.gui.i18n import language_name
from briefkit.gui.template_field import ElidedLabel
from briefkit.gui.text_dialog import TextDialog, show_text
from briefkit.options import Format

if TYPE_CHECKING:
    from briefkit.export import ExportResult, WrittenFile
    from briefkit.render.accessibility import Finding

DONE_COLOUR = "#1e6b34"


def format_name(fmt: Format) -> str:
    """What a format is called in the interface language ("Word report")."""
    names = {
        Format.DOCX: QCoreApplication.translate("ExportPanel", "Word report"),
        Format.PPTX: QCoreApplication.translate("ExportPanel", "PowerPoint deck"),
        Format.PDF: "PDF",
        Format.HANDOUT: QCoreApplication.translate("ExportPanel", "Speaker-notes handout"),
        Format.NOTE: QCoreApplication.translate("ExportPanel", "Briefing note"),
    }
    return names[fmt]


def _size(n: int) -> str:
    locale = QLocale()
    if n >= 1024 * 1024:
        megabytes = locale.toString(n / 1024 / 1024, "f", 1)
        return QCoreApplication.translate("ExportPanel", "{size} MB").format(size=megabytes)
    kilobytes = locale.toString(max(1, round(n / 1024)))
    return QCoreApplication.translate("ExportPanel", "{size} KB").format(size=kilobytes)


class FileRow(QWidget):
    """One file written: its kind, name, size, and Open / Show in Folder buttons."""

    def __init__(self, written: WrittenFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = written.path
        self.kind = kind = QLabel(format_name(written.format))
        kind.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name = name = ElidedLabel(written.path.name)  # cut in the middle, never the window
        font = QFont(name.font())
        font.setBold(True)
        name.setFont(font)
        name.setToolTip(str(written.path))
        self.size_label = size = QLabel(_size(written.bytes))
        if written.reused:  # Keep Both found the same copy written before: nothing new
            size.setText(self.tr("{size}, as written before").format(size=_size(written.bytes)))
        elif written.outcome == "updated":  # Update merged today's data into the edited deck
            size.setText(
                self.tr("{size}, updated, your edits kept").format(size=_size(written.bytes))
            )
        size.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.open = QPushButton(self.tr("Open"))
        self.open.setToolTip(
            self.tr("Open {name} in its usual program").format(name=written.path.name)
        )
        self.show_folder = QPushButton(self.tr("Show in Folder"))
        self.show_folder.setToolTip(
            self.tr("Open the folder that holds {name}").format(name=written.path.name)
        )
        self.findings = written.accessibility
        # the accessibility check's result: a mark when it passed, its problems a click away
        self.accessibility = QPushButton()
        self.accessibility.setFlat(True)
        if self.findings:
            self.accessibility.setText(self._counted(self.findings))
            self.accessibility.setToolTip(
                self.tr("Show what the accessibility check found in {name}").format(
                    name=written.path.name
                )
            )
        else:
            self.accessibility.setText(self.tr("✓ Accessible"))
            self.accessibility.setToolTip(
                self.tr(
                    "The accessibility check found no problem in {name}: titles, alt text, "
                    "table headers, reading order, contrast, text size and language"
                ).format(name=written.path.name)
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.addWidget(kind)
        layout.addWidget(name)
        layout.addWidget(size)
        layout.addWidget(self.accessibility)
        layout.addStretch(1)
        layout.addWidget(self.open)
        layout.addWidget(self.show_folder)

    def _counted(self, findings: Sequence[Finding]) -> str:
        """The findings counted as the check judges them: problems (errors, the file fails)
        and warnings (what it cannot judge) apart."""
        from briefkit.render.accessibility.findings import errors_in  # lxml: not at start

        errors = len(errors_in(findings))
        warnings = len(findings) - errors
        if not warnings:
            return self.tr("%n accessibility problem(s)…", "", errors)
        if not errors:
            return self.tr("%n accessibility warning(s)…", "", warnings)
        return self.tr("{problems}, {warnings}…").format(
            problems=self.tr("%n accessibility problem(s)", "", errors),
            warnings=self.tr("%n warning(s)", "", warnings),
        )


class ExportPanel(QFrame):
    """Start, follow and cancel an export; then open what it wrote."""

    export_requested = Signal()
    cancel_requested = Signal()
    open_requested = Signal(Path)
    show_requested = Signal(Path)
    error_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = Path()
        self.file_rows: list[FileRow] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.export = FocusRingButton()
        self.export.setDefault(True)
        self.export.setMinimumWidth(170)
        font = QFont(self.export.font())
        font.setBold(True)
        self.export.setFont(font)
        self.export.clicked.connect(self.export_requested)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.step = QLabel()
        self.step.setMinimumWidth(260)
        running = QWidget()
        running_layout = QHBoxLayout(running)
        running_layout.setContentsMargins(0, 0, 0, 0)
        running_layout.addWidget(self.progress, 1)
        running_layout.addWidget(self.step)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.summary)
        self.stack.addWidget(running)
        self.stack.setSizePolicy(self.summary.sizePolicy())

        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.cancel_requested)
        self.cancel.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.export)
        row.addWidget(self.stack, 1)
        row.addWidget(self.cancel)

        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(lambda: self.open_requested.emit(self._folder))
        self.show_error = QPushButton()
        self.show_error.clicked.connect(self.error_requested)
        title_row = QHBoxLayout()
        title_row.addWidget(self.result_title, 1)
        title_row.addWidget(self.show_error)
        title_row.addWidget(self.open_folder)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        self.file_list = QScrollArea()
        self.file_list.setWidget(self.rows)
        self.file_list.setWidgetResizable(True)
        self.file_list.setFrameShape(QFrame.Shape.NoFrame)
        self.file_list.setMaximumHeight(240)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_warnings = QPushButton()  # the list above stops at six: this opens them all
        self.all_warnings.clicked.connect(self.show_all_warnings)
        self.warnings_dialog: TextDialog | None = None
        self.accessibility_dialog: TextDialog | None = None
        self.results = QWidget()
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 4, 0, 0)
        results_layout.addLayout(title_row)
        results_layout.addWidget(self.file_list)  # the files, then the warnings, scrolled
        self.results.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self._shown: tuple[ExportResult, Path, bool] | None = None
        self.retranslate()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """No: as a height-for-width item the strip's height was rigid in the window's layout
        (the results squeezed the columns above below their minimum); the files scroll."""
        return False

    def retranslate(self) -> None:
        """Set the texts in the interface language (the files written are listed anew)."""
        if not self.export.text():
            self.export.setText(self.tr("Export"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(
            self.tr("Stop the export; files are written whole or not at all (Esc)")
        )
        self.open_folder.setText(self.tr("Open Output Folder"))
        self.open_folder.setToolTip(self.tr("Open the folder the files were written to"))
        self.show_error.setText(self.tr("Show Error…"))
        self.show_error.setToolTip(self.tr("Show the error message again, with its details"))
        if self._shown is not None and self.results.isVisible() and self.file_rows:
            self.show_result(*self._shown)

    # -- states --------------------------------------------------------------------------------

    def set_ready(self, summary: str, enabled: bool, why_not: str = "") -> None:
        """Idle: say what Export would do, or why it cannot yet."""
        self.summary.setText(summary if enabled else why_not)
        self.export.setEnabled(enabled)
        self.export.setToolTip(
            (summary if enabled else why_not) + "  (Ctrl+E)" if (summary or why_not) else ""
        )
        self.stack.setCurrentIndex(0)

    def set_export_label(self, text: str) -> None:
        """The Export button's words, e.g. "Export 2 Briefings"."""
        self.export.setText(text)

    def start(self) -> None:
        """An export began: progress shows, results of an earlier one go."""
        self._clear_rows()
        self.results.setVisible(False)
        self.export.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the job knows its steps
        self.step.setText(self.tr("Preparing: reading the data and the templates…"))
        self.stack.setCurrentIndex(1)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setEnabled(True)
        self.cancel.setVisible(True)

    def advance(self, done: int, total: int, message: str) -> None:
        """The job's progress: ``done`` of ``total`` steps, now doing ``message``."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.step.setText(message)

    def cancelling(self) -> None:
        """Cancel was pressed; the job stops at its next step."""
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("Cancelling…"))
        self.step.setText(self.tr("Cancelling: finishing the current step…"))

    def stop(self) -> None:
        """The job ended, however it ended."""
        self.cancel.setVisible(False)
        self.stack.setCurrentIndex(0)

    def show_result(self, result: ExportResult, folder: Path, finished_first: bool = False) -> None:
        """List the files written, with warnings below if any (``finished_first``: Cancel came
        during the last step, which completed)."""
        self._folder = folder
        self._shown = (result, folder, finished_first)
        count = len(result.files)
        wrote = self.tr("Wrote %n file(s)", "", count) + f" ({language_name(result.lang)})"
        seconds = QLocale().toString(result.seconds, "f", 1)
        where = self.tr("in {seconds} s to {folder}").format(seconds=seconds, folder=folder)
        late = (
            " " + self.tr("(the export finished its last step before it could stop)")
            if finished_first
            else ""
        )
        self.result_title.setText(
            f"<b><span style='color:{DONE_COLOUR}'>✓</span> {wrote}</b> {where}{late}"
        )
        self._clear_rows()
        for written in result.files:
            row = FileRow(written)
            row.open.clicked.connect(lambda _=False, p=written.path: self.open_requested.emit(p))
            row.show_folder.clicked.connect(
                lambda _=False, p=written.path: self.show_requested.emit(p)
            )
            row.accessibility.clicked.connect(lambda _=False, r=row: self.show_accessibility(r))
            self.rows_layout.addWidget(row)
            self.file_rows.append(row)
        # the names in one column, a clear gap after the longest kind ("Презентация PowerPoint")
        widest = max((row.kind.sizeHint().width() for row in self.file_rows), default=0)
        for row in self.file_rows:
            row.kind.setFixedWidth(max(120, widest + 2 * row.fontMetrics().averageCharWidth()))
        self.rows_layout.addWidget(self.warnings)
        self.rows_layout.addWidget(self.all_warnings, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows_layout.addStretch(1)
        # a row and a half at least (more scroll): the list takes room from the columns above
        # when they can spare it, and never makes the window taller
        row_height = self.file_rows[0].sizeHint().height() if self.file_rows else 0
        self.file_list.setMinimumHeight(round(row_height * min(count, 1.5)))
        if result.warnings:
            shown = "\n".join(f"• {w}" for w in result.warnings[:6])
            more = len(result.warnings) - 6
            and_more = "\n" + self.tr("… and %n more", "", more) if more > 0 else ""
            self.warnings.setText(self.tr("Warnings:") + "\n" + shown + and_more)
        self.warnings.setVisible(bool(result.warnings))
        self.all_warnings.setText(self.tr("Show All %n Warnings…", "", len(result.warnings)))
        self.all_warnings.setVisible(len(result.warnings) > 6)
        self.results.setVisible(True)

    def show_all_warnings(self) -> TextDialog | None:
        """Open every warning of the last export in a dialog beside the window."""
        if self._shown is None:
            return None
        warnings = self._shown[0].warnings
        self.warnings_dialog = show_text(
            self,
            self.tr("Export warnings"),
            self.tr("Warnings:"),
            "\n\n".join(f"• {warning}" for warning in warnings),
        )
        return self.warnings_dialog

    def show_accessibility(self, row: FileRow) -> TextDialog | None:
        """Open what the accessibility check found in one file, each problem with its fix."""
        if not row.findings:
            return None
        self.accessibility_dialog = show_text(
            self,
            self.tr("Accessibility of {name}").format(name=row.path.name),
            self.tr("Each problem: where it is, the rule, and how to fix it:"),
            "\n\n".join(f"• {said(finding.said())}" for finding in row.findings),
        )
        return self.accessibility_dialog

    def show_note(self, text: str, error: bool = False) -> None:
        """A one-line result without files (cancelled, failed; ``error`` offers Show Error)."""
        self._clear_rows()
        self.result_title.setText(text)
        self.show_error.setVisible(error)
        self.open_folder.setVisible(False)
        self.file_list.setVisible(False)
        self.warnings.setVisible(False)
        self.all_warnings.setVisible(False)
        self.results.setVisible(True)

    def clear_result(self) -> None:
        """Show no result (the one shown is out of date)."""
        self._shown = None
        self._clear_rows()
        self.results.setVisible(False)

    def _clear_rows(self) -> None:
        for row in self.file_rows:
            row.deleteLater()
        self.file_rows = []
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        self.open_folder.setVisible(True)
        self.show_error.setVisible(False)
        self.file_list.setVisible(True)
