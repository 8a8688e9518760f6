"""A template choice for one format: bundled or a file, checked at once with the result shown.

The check is the core's own verdict (``briefkit.template_check``, what ``briefkit check
--template`` prints), run in the background because it reads the template and renders a
bundled topic with it. The verdict's first line shows under the choice: good, usable with
changes (the first of them below it), or the loader's sentence saying what is wrong and how to
fix it; "Details…" opens the whole verdict (each kind of slide, the slide count, every change).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from briefkit.gui.operations import Operation
from briefkit.gui.text_dialog import TextDialog, show_text
from briefkit.options import Format

if TYPE_CHECKING:  # the core's verdict loads with the first check, not with the window
    from briefkit.template_check import Loss, TemplateVerdict


def template_filter(fmt: Format | None = None) -> str:
    """The file picker's filter for a report (DOCX) or deck (PPTX) template, or for either
    (None), in the interface language."""
    word = QCoreApplication.translate("TemplateField", "Word templates (*.docx *.dotx)")
    powerpoint = QCoreApplication.translate("TemplateField", "PowerPoint templates (*.pptx *.potx)")
    if fmt is not None:
        return word if fmt == Format.DOCX else powerpoint
    either = QCoreApplication.translate("TemplateField", "Templates (*.docx *.dotx *.pptx *.potx)")
    return f"{either};;{word};;{powerpoint}"


OK_COLOUR = "#1e6b34"
WARN_COLOUR = "#9a4a00"
ERROR_COLOUR = "#b00020"


#: Changes shown under the verdict's first line (the options column has room for four lines);
#: "Details…" and the tooltip show them all.
SHOWN_CHANGES = 1
#: Characters of a change shown on its line under the verdict.
CHANGE_CHARS = 48


def _one_line(change: str) -> str:
    """A change cut to one short line at a word, with "…"."""
    if len(change) <= CHANGE_CHARS:
        return change
    return change[:CHANGE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def check_template(fmt: Format, path: Path) -> TemplateVerdict:
    """The verdict on a template, as ``briefkit check --template`` gives it."""
    from briefkit.template_check import check_template as verdict

    return verdict(path, fmt=fmt)


class ElidedLabel(QLabel):
    """A one-line label that shrinks with its column, ending in "…" when the text is cut;
    a short text ("Bundled template", in any language) is never cut."""

    SHORT = 130

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        full = self.fontMetrics().horizontalAdvance(self.text()) + 2
        return QSize(full if full <= self.SHORT else 40, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), text)


class TemplateField(QWidget):
    """The template for one format, its Choose and Use Bundled buttons, and its verdict."""

    changed = Signal(str)  # the format, when the choice changes
    checked = Signal(str)  # the format, when a verdict arrives
    choose_requested = Signal(str)  # the format, when "Choose…" is clicked

    def __init__(self, fmt: Format, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.path: Path | None = None
        self.state = "bundled"  # bundled | checking | ok | warnings | error
        self.message = ""
        self._generation = 0

        self.title = QLabel(title)
        self.name = ElidedLabel()
        self.choose = QPushButton()
        self.choose.clicked.connect(lambda: self.choose_requested.emit(self.fmt))
        self.reset = QPushButton()
        self.reset.clicked.connect(lambda: self.set_path(None))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result: TemplateVerdict | None = None
        self.details = QPushButton()
        self.details.clicked.connect(self.show_details)
        self.details_dialog: TextDialog | None = None

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.name, 0, 1)
        layout.addWidget(self.choose, 0, 2)
        layout.addWidget(self.reset, 0, 3)
        layout.addWidget(self.verdict, 1, 1, 1, 2)
        layout.addWidget(self.details, 1, 3, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(1, 1)
        self.retranslate(title)

    def retranslate(self, title: str | None = None) -> None:
        """Set the texts in the interface language (and the title, e.g. "Report:")."""
        if title is not None:
            self.title.setText(title)
        self.title.setMinimumWidth(0)  # the hint of this language's words, not the last one's
        self.title.setMinimumWidth(self.title.sizeHint().width())
        report = self.fmt == Format.DOCX
        self.choose.setText(self.tr("Choose…"))
        self.choose.setToolTip(
            self.tr("Use a Word report template of your own (or drop the file onto the window)")
            if report
            else self.tr(
                "Use a PowerPoint deck template of your own (or drop the file onto the window)"
            )
        )
        self.details.setText(self.tr("Details…"))
        self.details.setToolTip(
            self.tr("The whole verdict: each kind of slide, the slide count, every change")
        )
        self.reset.setText(self.tr("Bundled"))
        self.reset.setToolTip(
            self.tr("Go back to Briefkit's own Word report template")
            if report
            else self.tr("Go back to Briefkit's own PowerPoint deck template")
        )
        self._show()

    def set_path(self, path: Path | None) -> None:
        """Choose a template file (None: the bundled one) and check it in the background."""
        self.path = path
        self.result = None
        self._generation += 1
        if path is None:
            self.state, self.message = "bundled", ""
        else:
            self.state, self.message = "checking", ""
            generation, fmt = self._generation, self.fmt
            Operation(lambda: check_template(fmt, path), self).on_success(
                lambda verdict: self._checked(generation, verdict, None)
            ).on_failure(lambda exc: self._checked(generation, None, exc)).start()
        self._show()
        self.changed.emit(self.fmt)

    def _checked(
        self, generation: int, verdict: TemplateVerdict | None, error: BaseException | None
    ) -> None:
        from briefkit.gui.core_text import said  # the core's words in the window's language

        if generation != self._generation:
            return  # a newer choice replaced this one
        self.result = verdict
        if verdict is None:
            self.state, self.message = "error", str(error) or type(error).__name__
        elif not verdict.usable:
            self.state, self.message = "error", said(verdict.error)
        elif verdict.changes:
            self.state, self.message = "warnings", "\n".join(map(said, verdict.changes))
        else:
            self.state, self.message = "ok", ""
        self._show()
        self.checked.emit(self.fmt)

    def show_details(self) -> TextDialog | None:
        """Open the whole verdict in a dialog beside the window."""
        from briefkit.gui.core_text import said

        if self.result is None or self.path is None:
            return None
        heading = self.tr("What Briefkit will make of %1:").replace("%1", self.path.name)
        self.details_dialog = show_text(
            self, self.tr("Template verdict"), heading, "\n".join(map(said, self.result.lines()))
        )
        return self.details_dialog

    def _usable_line(self, changes: tuple[str, ...]) -> str:
        """ "Usable, with changes: N"; first of all what the template leaves out or squeezes,
        when it loses charts or tables."""
        losses = self.result.losses if self.result is not None else ()
        if not losses:
            return self.tr("Usable, with changes: %n", "", len(changes))
        said = "; ".join(self._loss_words(loss) for loss in losses)
        return "⚠ " + self.tr("Usable, but {what} (changes: %n)", "", len(changes)).format(
            what=said
        )

    def _loss_words(self, loss: Loss) -> str:
        if loss.cramped:
            if loss.what == "charts":
                return self.tr("its chart slides are too small for the charts")
            return self.tr("its table slides are too small for the tables")
        if loss.what == "charts":
            text = self.tr("{missing} of %n chart(s) would be left out", "", loss.total)
        else:
            text = self.tr("{missing} of %n table(s) would be left out", "", loss.total)
        return text.format(missing=loss.missing)

    def _show(self) -> None:
        if self.path is None:
            self.name.setText(self.tr("Bundled template"))
            self.name.setToolTip(
                self.tr("Briefkit's own Word report template")
                if self.fmt == Format.DOCX
                else self.tr("Briefkit's own PowerPoint deck template")
            )
        else:
            self.name.setText(self.path.name)
            self.name.setToolTip(str(self.path))
        self.reset.setEnabled(self.path is not None)
        from briefkit.gui.core_text import said

        changes = tuple(map(said, self.result.changes)) if self.result is not None else ()
        # One line each (the options column has little height; a wrapped change was cut off
        # mid-sentence): "Details…" and the tooltip give them whole.
        shown = "".join(f"\n• {_one_line(change)}" for change in changes[:SHOWN_CHANGES])
        more = len(changes) - SHOWN_CHANGES
        if more > 0:
            shown += "\n" + self.tr("… and %n more (Details…)", "", more)
        colour, text = {
            "bundled": ("", ""),
            "checking": ("", self.tr("Checking the template…")),
            "ok": (OK_COLOUR, "✓ " + self.tr("Good")),
            "warnings": (WARN_COLOUR, self._usable_line(changes) + shown),
            "error": (ERROR_COLOUR, "✗ " + self.tr("Not usable:") + " " + self.message),
        }[self.state]
        self.verdict.setText(text)
        self.verdict.setToolTip("\n".join(changes))
        self.verdict.setVisible(bool(text))
        self.details.setVisible(self.result is not None and self.path is not None)
        if colour:
            self.verdict.setStyleSheet(f"color: {colour};")
        else:
            self.verdict.setStyleSheet("")
            self.verdict.setForegroundRole(QPalette.ColorRole.PlaceholderText)
