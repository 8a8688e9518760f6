"""The options column: formats, a template per format, handling marking, author, output folder.

``options()`` reads the column as one ``ExportOptions`` and ``apply`` shows one; the output
folder (where, not how) has its own pair.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.accessible import name_fields
from briefkit.gui.i18n import language_name
from briefkit.gui.template_field import TemplateField
from briefkit.options import (
    DECK_FORMATS,
    REPORT_FORMATS,
    ChartMode,
    DisputeSlides,
    ExportOptions,
    Format,
    Length,
)

translate = QCoreApplication.translate

MARKINGS = {
    "en": ("", "FOR OFFICIAL USE ONLY", "OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"),
    "ru": (
        "",
        "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
        "ОФИЦИАЛЬНО",
        "КОНФИДЕНЦИАЛЬНО",
        "ОГРАНИЧЕННОГО ДОСТУПА",
    ),
    "kk": (
        "",
        "ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН",
        "РЕСМИ",
        "КОНФИДЕНЦИАЛДЫ",
        "ҚОЛЖЕТІМДІЛІГІ ШЕКТЕУЛІ",
    ),
}
"""Handling markings offered for the cover, in the briefing's language (English otherwise)."""


def format_labels() -> dict[Format, tuple[str, str]]:
    """Each format's check box label and tip, in the interface language."""
    return {
        Format.DOCX: (
            translate("OptionsPanel", "&Word report (.docx)"),
            translate("OptionsPanel", "A report to read and send on: cover, contents, sections"),
        ),
        Format.PPTX: (
            translate("OptionsPanel", "&PowerPoint deck (.pptx)"),
            translate("OptionsPanel", "A 16:9 deck to present, with speaker notes"),
        ),
        Format.PDF: (
            translate("OptionsPanel", "P&DF (needs LibreOffice)"),
            translate(
                "OptionsPanel",
                "The report and the deck as PDF files, converted by LibreOffice; with the "
                "briefing note ticked, the note's PDF (and the report's and the deck's only when "
                "the Word report, the deck or the handout is ticked too)",
            ),
        ),
        Format.HANDOUT: (
            translate("OptionsPanel", "Speaker-notes &handout (.docx)"),
            translate(
                "OptionsPanel",
                "A Word document of the deck's slide titles and speaker notes, to print for "
                "trainers",
            ),
        ),
        Format.NOTE: (
            translate("OptionsPanel", "Briefin&g note, two pages (.docx)"),
            translate(
                "OptionsPanel",
                "The short form for a minister: bottom line, key figures, the lead chart, key "
                "points, where the sources disagree and the sources, in the report template",
            ),
        ),
    }


class OptionsColumn(QScrollArea):
    """The options panel, scrolled when the window is too low for it (a long verdict, Russian
    words): it never makes the window taller, nor is squeezed; never narrower than it."""

    def __init__(self, panel: OptionsPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the options themselves

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(self.panel.minimumSizeHint().width() + bar, hint.height())


class OptionsPanel(QWidget):
    """Everything about how the briefings are made, except which topics."""

    changed = Signal()
    templates_usable = Signal()  # a template changed, and every template in use can be used
    MIN_WIDTH = 330

    def __init__(self, pdf_unavailable: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading = QLabel()

        self.formats_group = formats = QGroupBox()
        formats_layout = QVBoxLayout(formats)
        self.format_boxes: dict[Format, QCheckBox] = {}
        for fmt in Format:
            box = QCheckBox()
            box.toggled.connect(self.changed)
            formats_layout.addWidget(box)
            self.format_boxes[fmt] = box
        self.summary_deck = QCheckBox()
        self.summary_deck.toggled.connect(self.changed)
        formats_layout.addWidget(self.summary_deck)
        self.native_charts = QCheckBox()
        self.native_charts.toggled.connect(self.changed)
        formats_layout.addWidget(self.native_charts)
        self.house_charts = QCheckBox()
        self.house_charts.toggled.connect(self.changed)
        formats_layout.addWidget(self.house_charts)
        self.pdfa = QCheckBox()  # PDF/A-2b: offered while PDF is ticked
        self.pdfa.toggled.connect(self.changed)
        formats_layout.addWidget(self.pdfa)
        self.format_boxes[Format.PDF].toggled.connect(self._pdf_ticked)
        self._pdf_ticked()
        self.grades = QCheckBox()
        self.grades.toggled.connect(self.changed)
        formats_layout.addWidget(self.grades)
        self.changes_since = QCheckBox()  # compared with the topic's last file in the folder
        formats_layout.addWidget(self.changes_since)
        self.pdf_unavailable = pdf_unavailable
        if pdf_unavailable:
            pdf = self.format_boxes[Format.PDF]
            pdf.setChecked(False)
            pdf.setEnabled(False)
        self._language = "en"  # the briefings' language chosen, even while it is not offered
        self._dispute_slides = DisputeSlides.AUTO
        self.language = QComboBox()
        self.language.currentIndexChanged.connect(self._on_language)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        formats_layout.addLayout(language_row)

        self.templates_group = templates = QGroupBox()
        templates_layout = QVBoxLayout(templates)
        self.templates = {fmt: TemplateField(fmt) for fmt in (Format.DOCX, Format.PPTX)}
        templates_layout.addWidget(self.templates[Format.DOCX])
        templates_layout.addWidget(self.templates[Format.PPTX])
        self.templates_note = note = QLabel()
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        templates_layout.addWidget(note)
        for field in self.templates.values():
            field.changed.connect(self.changed)
            field.changed.connect(self._template_verdict)
            field.checked.connect(self._template_verdict)

        self.cover_group = cover = QGroupBox()
        cover_layout = QFormLayout(cover)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS["en"])
        self.marking.setItemText(0, "")
        self.marking.currentTextChanged.connect(self.changed)
        self.prepared_by = QLineEdit()
        self.prepared_by.textChanged.connect(self.changed)
        self.marking_label, self.prepared_by_label = QLabel(), QLabel()
        self.marking_label.setBuddy(self.marking)
        self.prepared_by_label.setBuddy(self.prepared_by)
        cover_layout.addRow(self.marking_label, self.marking)
        cover_layout.addRow(self.prepared_by_label, self.prepared_by)

        self.output_group = output = QGroupBox()
        self.output = QLineEdit()
        self.output.textChanged.connect(self.changed)
        self.browse = QPushButton()
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

        for first, second in itertools.pairwise(self.tab_chain()):
            self.setTabOrder(first, second)
        self.set_languages(("en",))
        self.retranslate()

    def tab_chain(self) -> list[QWidget]:
        """The column's fields in the order Tab visits them: top to bottom, as they show."""
        order: list[QWidget] = [*self.format_boxes.values(), self.summary_deck]
        order.append(self.native_charts)
        order += [self.house_charts, self.pdfa, self.grades, self.changes_since, self.language]
        for field in self.templates.values():
            order += [field.choose, field.reset, field.details]
        return [*order, self.marking, self.prepared_by, self.output, self.browse]

    def retranslate(self) -> None:
        """Set the texts in the interface language."""
        self.heading.setText("<b>{}</b>".format(self.tr("Options")))
        self.formats_group.setTitle(self.tr("Formats"))
        for fmt, (label, tip) in format_labels().items():
            self.format_boxes[fmt].setText(label)
            self.format_boxes[fmt].setToolTip(tip)
        if self.pdf_unavailable:
            self.format_boxes[Format.PDF].setToolTip(self.pdf_unavailable)
        self.summary_deck.setText(self.tr("Summary deck (at most 12 slides)"))
        self.summary_deck.setToolTip(
            self.tr(
                "Write the short deck instead of the full one: title, key figures, the lead "
                "charts, one timeline, the disputes in one table and the sources, as "
                "<topic>-summary.pptx."
            )
        )
        self.native_charts.setText(self.tr("Editable charts in the deck"))
        self.native_charts.setToolTip(
            self.tr(
                "Put native PowerPoint charts with their data in the deck, so trainers can edit "
                "them (right-click > Edit Data). The map and the measures timeline stay pictures."
            )
        )
        self.house_charts.setText(self.tr("Charts in Briefkit's colours"))
        self.house_charts.setToolTip(
            self.tr(
                "Keep Briefkit's own chart colours and font whatever the templates. Otherwise "
                "charts in a template of your own take its theme's colours and font."
            )
        )
        self.pdfa.setText(self.tr("PDF/A for archiving"))
        self.pdfa.setToolTip(
            self.tr(
                "Write the PDF files as PDF/A-2b, the archival kind. Every PDF is tagged for "
                "screen readers either way."
            )
        )
        self.grades.setText(self.tr("Show source grades in citations"))
        self.grades.setToolTip(
            self.tr(
                "Each citation shows the source's reliability (A-F) and the information's "
                "credibility (1-6), as [3, B2]; the Sources list gives each source's grade and "
                "a box explains the scales."
            )
        )
        self.changes_since.setText(self.tr("Say what changed since the last export"))
        self.changes_since.setToolTip(
            self.tr(
                "Adds a “What changed since <date>” part (a slide after the key figures, a "
                "section after the summary), compared with the topic's last report or deck in "
                "the output folder; nothing is added when there is none."
            )
        )
        self.language_label.setText(self.tr("Briefing &language:"))
        self.language.setToolTip(
            self.tr(
                "The language the briefings are written in. English is the data itself; other "
                "languages come from the data folder's translations."
            )
        )
        self.templates_group.setTitle(self.tr("Templates"))
        self.templates[Format.DOCX].retranslate(self.tr("Report:"))
        self.templates[Format.PPTX].retranslate(self.tr("Deck:"))
        for field in self.templates.values():  # measured anew, not at the last language's width
            field.title.setMinimumWidth(0)
        widest = max(field.title.sizeHint().width() for field in self.templates.values())
        for field in self.templates.values():  # the two rows line up in any language
            field.title.setMinimumWidth(widest)
        self.templates_note.setText(
            self.tr("PDF uses both. Ctrl+O picks a file; or drop one onto the window.")
        )
        self.cover_group.setTitle(self.tr("Cover"))
        line = self.marking.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("None"))
        self.marking.setToolTip(
            self.tr(
                "The handling marking printed on the cover and on every page and slide; choose "
                "one or type your own. Leave empty for none."
            )
        )
        self.prepared_by.setPlaceholderText(self.tr("e.g. Analysis Unit"))
        self.prepared_by.setToolTip(self.tr("Shown as \u201cPrepared by\u201d on the cover"))
        self.marking_label.setText(self.tr("&Marking:"))
        self.prepared_by_label.setText(self.tr("Prepared &by:"))
        self.output_group.setTitle(self.tr("Output folder"))
        self.output.setToolTip(
            self.tr("The briefings are written here, as <topic>.docx and <topic>.pptx")
        )
        self.browse.setText(self.tr("Choose…"))
        self.browse.setToolTip(self.tr("Choose the folder the briefings are written to"))
        name_fields(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As wide as its longest words and template names need, in the language of now, and
        as high as its wrapped lines need at its width (the splitter asks no height for width:
        below it, the lines kept their height and the buttons and lists were squashed)."""
        hint = super().minimumSizeHint()
        width = max(self.MIN_WIDTH, hint.width())
        return QSize(width, max(hint.height(), self.heightForWidth(max(width, self.width()))))

    def set_pdf_reason(self, reason: str | None) -> None:
        """Why PDF cannot be made (shown as the PDF box's tip), or None when it can."""
        self.pdf_unavailable = reason
        if reason:
            self.format_boxes[Format.PDF].setToolTip(reason)

    # -- the briefings' language ----------------------------------------------------------------

    def set_languages(self, codes: tuple[str, ...]) -> None:
        """Offer these output languages (by their own names), keeping the one chosen if it is
        offered, else English."""
        self.language.blockSignals(True)
        self.language.clear()
        for code in codes:
            self.language.addItem(language_name(code), code)
        index = self.language.findData(self._language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self.language.setEnabled(len(codes) > 1)
        self._on_language()

    def output_language(self) -> str:
        """The code of the language the briefings are written in ("en", "ru", ...): the one
        chosen, or remembered while the data that offers it loads."""
        return self._language

    def set_output_language(self, code: str) -> None:
        """Choose an output language by its code (shown once it is offered)."""
        self._language = code
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _on_language(self) -> None:
        """Offer the markings in the briefing's language, keeping the one typed or chosen."""
        code = self.language.currentData()
        self._language = code if isinstance(code, str) else "en"
        text = self.marking.currentText()
        markings = MARKINGS.get(self._language, MARKINGS["en"])
        offered = [self.marking.itemText(i) for i in range(self.marking.count())]
        if text and text in offered and len(offered) == len(markings):
            text = markings[offered.index(text)]  # the same marking in the new language
        self.marking.blockSignals(True)
        self.marking.clear()
        self.marking.addItems(markings)
        self.marking.setCurrentText(text)
        self.marking.blockSignals(False)
        self.changed.emit()

    # -- reading and writing the choices --------------------------------------------------------

    def options(self) -> ExportOptions:
        """The export options chosen in the column."""
        return ExportOptions(
            formats=self.formats(),
            chart_mode=ChartMode.NATIVE if self.native_charts.isChecked() else ChartMode.PICTURE,
            lang=self.output_language(),
            template_docx=self.template(Format.DOCX),
            template_pptx=self.template(Format.PPTX),
            marking=self.marking.currentText().strip(),
            prepared_by=self.prepared_by.text().strip(),
            house_style=self.house_charts.isChecked(),
            pdfa=self.pdfa.isChecked(),
            grades=self.grades.isChecked(),
            length=Length.SUMMARY if self.summary_deck.isChecked() else Length.FULL,
            dispute_slides=self._dispute_slides,
        )

    def apply(self, options: ExportOptions) -> None:
        """Show these export options (a template is checked anew only when it changes)."""
        self.set_formats(options.formats)
        self.native_charts.setChecked(options.chart_mode == ChartMode.NATIVE)
        self.summary_deck.setChecked(options.length == Length.SUMMARY)
        self._dispute_slides = options.dispute_slides  # no control: kept as remembered
        self.house_charts.setChecked(options.house_style)
        self.pdfa.setChecked(options.pdfa)
        self.grades.setChecked(options.grades)
        self.set_output_language(options.lang)
        for fmt, field in self.templates.items():
            if field.path != options.template(fmt):
                field.set_path(options.template(fmt))
        self.marking.setCurrentText(options.marking)
        self.prepared_by.setText(options.prepared_by)

    def _pdf_ticked(self) -> None:
        """PDF/A is a choice only while PDF files are made."""
        pdf = self.format_boxes[Format.PDF]
        self.pdfa.setEnabled(pdf.isChecked() and pdf.isEnabled())

    def formats(self) -> tuple[Format, ...]:
        """The formats ticked (and available), in the order of ``Format``."""
        boxes = self.format_boxes.items()
        return tuple(f for f, box in boxes if box.isChecked() and box.isEnabled())

    def set_formats(self, formats: tuple[Format, ...]) -> None:
        """Tick exactly these formats (PDF only when LibreOffice is there)."""
        for fmt, box in self.format_boxes.items():
            box.setChecked(fmt in formats and box.isEnabled())

    def template(self, fmt: Format) -> Path | None:
        """The template file for the report (DOCX) or the deck (PPTX); None: the bundled one."""
        return self.templates[fmt].path

    def set_template(self, fmt: Format, path: Path | None) -> None:
        """Choose a template file (None: bundled); it is checked at once."""
        self.templates[fmt].set_path(path)

    def output_folder(self) -> Path | None:
        """The output folder (None when the box is empty)."""
        text = self.output.text().strip()
        return Path(text).expanduser() if text else None

    def set_output_folder(self, path: Path) -> None:
        """Set the output folder."""
        self.output.setText(str(path))

    def _template_verdict(self, fmt: str) -> None:
        """A template changed or was checked: say so when all those in use can be used."""
        usable = self.templates[Format(fmt)].state in ("bundled", "ok", "warnings")
        if usable and not self.template_problem():
            self.templates_usable.emit()

    def template_problem(self) -> str:
        """Which template in use is known to be unusable ("report", "deck"), else ""."""
        formats = set(self.formats())
        for fmt, field in self.templates.items():
            used = formats & (REPORT_FORMATS if fmt == Format.DOCX else DECK_FORMATS)
            if used and field.state == "error":
                return "report" if fmt == Format.DOCX else "deck"
        return ""
