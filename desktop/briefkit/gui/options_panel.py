"""The options column: formats, a template per format, handling marking, author, output folder."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.template_field import TemplateField

MARKINGS = ("", "FOR OFFICIAL USE ONLY", "OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED")
FORMAT_LABELS = {
    "docx": ("&Word report (.docx)", "A report to read and send on: cover, contents, sections"),
    "pptx": ("&PowerPoint deck (.pptx)", "A 16:9 deck to present, with speaker notes"),
    "pdf": (
        "P&DF of both (needs LibreOffice)",
        "The report and the deck as PDF files, converted by LibreOffice",
    ),
    "handout": (
        "Speaker-notes &handout (.docx)",
        "A Word document of the deck's slide titles and speaker notes, to print for trainers",
    ),
}


class OptionsPanel(QWidget):
    """Everything about how the briefings are made, except which topics."""

    changed = Signal()

    def __init__(self, pdf_unavailable: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("<b>Options</b>")

        formats = QGroupBox("Formats")
        formats_layout = QVBoxLayout(formats)
        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt, (label, tip) in FORMAT_LABELS.items():
            box = QCheckBox(label)
            box.setToolTip(tip)
            box.toggled.connect(self.changed)
            formats_layout.addWidget(box)
            self.format_boxes[fmt] = box
        self.native_charts = QCheckBox("Editable charts in the deck")
        self.native_charts.setToolTip(
            "Put native PowerPoint charts with their data in the deck, so trainers can edit "
            "them (right-click > Edit Data). The map and the measures timeline stay pictures."
        )
        self.native_charts.toggled.connect(self.changed)
        formats_layout.addWidget(self.native_charts)
        self.pdf_unavailable = pdf_unavailable
        if pdf_unavailable:
            pdf = self.format_boxes["pdf"]
            pdf.setChecked(False)
            pdf.setEnabled(False)
            pdf.setToolTip(pdf_unavailable)

        templates = QGroupBox("Templates")
        templates_layout = QVBoxLayout(templates)
        self.templates = {
            "docx": TemplateField("docx", "Report:"),
            "pptx": TemplateField("pptx", "Deck:"),
        }
        templates_layout.addWidget(self.templates["docx"])
        templates_layout.addWidget(self.templates["pptx"])
        note = QLabel("PDF uses both. Ctrl+O picks a file; or drop one onto the window.")
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        templates_layout.addWidget(note)
        for field in self.templates.values():
            field.changed.connect(self.changed)

        cover = QGroupBox("Cover")
        cover_layout = QFormLayout(cover)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS)
        self.marking.setItemText(0, "")
        line = self.marking.lineEdit()
        if line is not None:
            line.setPlaceholderText("None")
        self.marking.setToolTip(
            "The handling marking printed on the cover and on every page and slide; choose one "
            "or type your own. Leave empty for none."
        )
        self.marking.currentTextChanged.connect(self.changed)
        self.prepared_by = QLineEdit()
        self.prepared_by.setPlaceholderText("e.g. Analysis Unit")
        self.prepared_by.setToolTip("Shown as \u201cPrepared by\u201d on the cover")
        self.prepared_by.textChanged.connect(self.changed)
        cover_layout.addRow("&Marking:", self.marking)
        cover_layout.addRow("Prepared &by:", self.prepared_by)

        output = QGroupBox("Output folder")
        self.output = QLineEdit()
        self.output.setToolTip("The briefings are written here, as <topic>.docx and <topic>.pptx")
        self.output.textChanged.connect(self.changed)
        self.browse = QPushButton("Choose…")
        self.browse.setToolTip("Choose the folder the briefings are written to")
        output_layout = QHBoxLayout(output)
        output_layout.addWidget(self.output, 1)
        output_layout.addWidget(self.browse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(formats)
        layout.addWidget(templates)
        layout.addWidget(cover)
        layout.addWidget(output)
        layout.addStretch(1)

        order: list[QWidget] = [*self.format_boxes.values(), self.native_charts]
        for field in self.templates.values():
            order += [field.choose, field.reset]
        order += [self.marking, self.prepared_by, self.output, self.browse]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # -- reading and writing the choices --------------------------------------------------------

    def formats(self) -> tuple[str, ...]:
        """The formats ticked (and available), in the order docx, pptx, pdf."""
        boxes = self.format_boxes.items()
        return tuple(f for f, box in boxes if box.isChecked() and box.isEnabled())

    def set_formats(self, formats: tuple[str, ...]) -> None:
        """Tick exactly these formats (PDF only when LibreOffice is there)."""
        for fmt, box in self.format_boxes.items():
            box.setChecked(fmt in formats and box.isEnabled())

    def deck_charts(self) -> str:
        """How the deck draws charts: "native" (editable) or "picture"."""
        return "native" if self.native_charts.isChecked() else "picture"

    def set_deck_charts(self, mode: str) -> None:
        """Choose "native" or "picture" charts for the deck."""
        self.native_charts.setChecked(mode == "native")

    def template(self, fmt: str) -> Path | None:
        """The template file for "docx" or "pptx"; None means the bundled one."""
        return self.templates[fmt].path

    def set_template(self, fmt: str, path: Path | None) -> None:
        """Choose a template file (None: bundled); it is checked at once."""
        self.templates[fmt].set_path(path)

    def marking_text(self) -> str:
        """The handling marking ("" for none)."""
        return self.marking.currentText().strip()

    def set_marking(self, text: str) -> None:
        """Set the handling marking."""
        self.marking.setCurrentText(text)

    def prepared_by_text(self) -> str:
        """The "Prepared by" name."""
        return self.prepared_by.text().strip()

    def output_folder(self) -> Path | None:
        """The output folder (None when the box is empty)."""
        text = self.output.text().strip()
        return Path(text).expanduser() if text else None

    def set_output_folder(self, path: Path) -> None:
        """Set the output folder."""
        self.output.setText(str(path))

    def template_problem(self) -> str:
        """Which template in use is known to be unusable ("report", "deck"), else ""."""
        formats = self.formats()
        for fmt, field in self.templates.items():
            used = fmt in formats or "pdf" in formats
            if used and field.state == "error":
                return "report" if fmt == "docx" else "deck"
        return ""
