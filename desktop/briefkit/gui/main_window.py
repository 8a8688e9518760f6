"""The main window: topics | preview | options above the export strip; menus; drag and drop.

The window owns what spans panels (the catalog, the running export, the settings) and wires
the panels together; the panels know nothing of each other. Everything slow runs as an
``Operation`` or an ``ExportJob`` on a thread pool, so the window never freezes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from briefkit import __version__
from briefkit.gui import i18n
from briefkit.gui.composition_files import attach_compositions
from briefkit.gui.dialogs import Presenter, QtPresenter, about_html, describe_error
from briefkit.gui.export_controller import ExportChoice, ExportController
from briefkit.gui.export_panel import ExportPanel, format_name
from briefkit.gui.help_dialog import attach_help, documentation_html
from briefkit.gui.history import attach_history
from briefkit.gui.import_dialog import EventImport, importable
from briefkit.gui.menus import make_actions, retranslate_actions
from briefkit.gui.operations import Operation
from briefkit.gui.options_panel import OptionsColumn, OptionsPanel
from briefkit.gui.pages_preview import attach_pages
from briefkit.gui.preview import BriefingPreview
from briefkit.gui.preview_panel import PreviewPanel
from briefkit.gui.record_form import IncidentEditor
from briefkit.gui.settings import Settings
from briefkit.gui.template_field import template_filter
from briefkit.gui.topics_panel import TopicsPanel
from briefkit.options import Format

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.gui.composer_dialog import ComposerDialog
    from briefkit.gui.data_view import DataView
    from briefkit.gui.export_job import ExportJob, RunExport


def pdf_unavailable() -> str | None:
    """Why PDF cannot be offered (LibreOffice missing), or None when it can."""
    from briefkit.render.office.pdf import find_soffice

    if find_soffice() is None:
        return QCoreApplication.translate(
            "MainWindow",
            "PDF needs LibreOffice, which is not installed on this computer. Install LibreOffice "
            "(Writer and Impress) and restart Briefkit to make PDFs.",
        )
    return None


def _template_format(path: Path) -> Format | None:
    """Which kind of template ``path`` is; imported when first needed, not before first paint
    (the template checks load lxml)."""
    from briefkit.render.template_mapping import template_format

    return template_format(path)


class MainWindow(QMainWindow):
    """Briefkit's window. Its signals let tests (and the status bar) follow what happens."""

    catalog_loaded = Signal(object)  # Catalog
    catalog_failed = Signal(object)  # exception
    export_finished = Signal(object)  # ExportOutcome

    def __init__(
        self,
        settings: Settings,
        presenter: Presenter | None = None,
        cache_dir: Path | None = None,
        draw_thumbnails: bool = True,
        run_export: RunExport | None = None,
        pdf_reason: str | Callable[[], str | None] | None = pdf_unavailable,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.presenter: Presenter = presenter or QtPresenter()
        self.cache_dir = cache_dir
        self.catalog: Catalog | None = None
        self._translated: dict[str, Catalog] = {}  # the catalog in other output languages
        self._checking_messages: set[str] = set()  # "Checking … as the … template" shown
        self.data_folder: Path | None = None
        self.data_view: DataView | None = None
        self.setWindowTitle("Briefkit")
        self.setAcceptDrops(True)

        self._pdf_reason = pdf_reason
        reason = pdf_reason() if callable(pdf_reason) else pdf_reason
        self.topics = TopicsPanel()
        self.preview_panel = PreviewPanel()
        self.options = OptionsPanel(reason)
        self.export_panel = ExportPanel()
        self.preview = BriefingPreview(self.preview_panel, cache_dir, draw_thumbnails, self)
        self.exports = ExportController(
            self, self.export_panel, self.export_panel, self.presenter, self, cache_dir, run_export
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        options = OptionsColumn(self.options)  # scrolled when the window is too low for it
        for panel, stretch in ((self.topics, 0), (self.preview_panel, 1), (options, 0)):
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(self.splitter.indexOf(panel), stretch)
        self.splitter.setChildrenCollapsible(False)
        self.topics.setMinimumWidth(240)
        self.preview_panel.setMinimumWidth(380)
        self.splitter.setSizes([300, 620, 360])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.export_panel)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Starting…"))

        self.commands = make_actions(self)
        self.event_import = EventImport(
            self, self.presenter, lambda: self.data_folder, self.load_data, self._show_status
        )
        self.incident_editor = IncidentEditor(
            self,
            self.presenter,
            lambda: self.catalog,
            lambda: self.data_folder,
            self.load_data,
            self._show_status,
        )
        self.event_import.changed.connect(self.incident_editor.record)  # an import is undone too
        self._check_language_choice(self.settings.interface_language)
        self._restoring = True
        self._connect()
        self.history = attach_history(self)
        self.composition_files = attach_compositions(self)
        attach_help(self)
        self.pages = attach_pages(self)
        self._restore()
        self._restoring = False
        self._tab_order()
        self._update_ready()

    def catalog_in(self, lang: str) -> Catalog | None:
        """The data in an output language, translated once per language and catalog."""
        if self.catalog is None or lang == "en":
            return self.catalog
        if lang not in self._translated:
            from briefkit.catalog.translations import translate

            self._translated[lang] = translate(self.catalog, lang).catalog
        return self._translated[lang]

    def _on_output_language(self) -> None:
        """Topic titles and the preview in the briefings' language."""
        shown = self.catalog_in(self.options.output_language())
        if shown is not None:
            self.topics.model.show_in(shown.topics)
            self.preview.show_in(shown)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1280, 800)

    # -- set-up ---------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.commands
        commands: list[tuple[QAction, Callable[[], object]]] = [
            (a.export, self.export),
            (a.compose, lambda: self.open_composer()),
            (a.cancel, self.cancel_export),
            (a.template, lambda: self.choose_template(None)),
            (a.bundled_templates, self.use_bundled_templates),
            (a.output, self.choose_output_folder),
            (a.data, self.choose_data_folder),
            (a.bundled_data, lambda: self.load_data(None)),
            (a.import_events, self.event_import.choose),
            (a.data_view, self.open_data_view),
            (a.quit, self.close),
            (a.find, self.topics.focus_filter),
            (a.tick_all, lambda: self.topics.tick_shown(True)),
            (a.tick_none, lambda: self.topics.tick_shown(False)),
            (a.about, self.about),
        ]
        for action, command in commands:
            action.triggered.connect(command)
        for choice, action in a.languages.items():
            action.triggered.connect(lambda _=False, c=choice: self.set_interface_language(c))
        self.exports.ready_changed.connect(a.export.setEnabled)
        self.exports.running_changed.connect(self._on_exporting)
        self.exports.status.connect(self._show_status)
        self.exports.finished.connect(self.export_finished)
        self.topics.current_changed.connect(self.preview.show_topic)
        self.options.language.currentIndexChanged.connect(lambda _i: self._on_output_language())
        self.topics.checked_changed.connect(self._on_checked)
        self.options.changed.connect(self._on_options)
        self.options.templates_usable.connect(self.exports.forget_template_error)
        for field in self.options.templates.values():
            field.choose_requested.connect(self.choose_template)
            field.checked.connect(lambda _fmt: self._template_checked())
        self.options.browse.clicked.connect(self.choose_output_folder)
        self.export_panel.export_requested.connect(self.export)
        self.export_panel.cancel_requested.connect(self.cancel_export)
        self.export_panel.open_requested.connect(self.exports.open)
        self.export_panel.show_requested.connect(self.exports.show_in_folder)
        self.export_panel.error_requested.connect(self.exports.show_last_error)
        self.preview_panel.open_requested.connect(self.exports.open)

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.topics.filter,
            self.topics.view,
            self.topics.select_all,
            self.topics.select_none,
            self.preview_panel.tabs,
            *self.options.tab_chain(),
            self.export_panel.export,
            self.export_panel.cancel,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _restore(self) -> None:
        s = self.settings
        self.options.apply(s.export_options)
        self.options.set_output_folder(s.output_folder)
        self.data_folder = s.data_folder
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        else:  # first start: 1280x800, or nine tenths of a smaller screen
            available = self.screen().availableGeometry()
            self.resize(
                min(1280, available.width() * 9 // 10), min(800, available.height() * 9 // 10)
            )
        if s.splitter is not None:
            self.splitter.restoreState(s.splitter)

    def save_settings(self) -> None:
        """Remember the choices and the window's geometry."""
        s = self.settings
        s.export_options = self.options.options()
        if (folder := self.options.output_folder()) is not None:
            s.output_folder = folder
        s.data_folder = self.data_folder
        if self.catalog is not None:
            s.checked_topics = self.topics.checked_ids()
            s.current_topic = self.topics.current_id()
        s.geometry = self.saveGeometry()
        s.splitter = self.splitter.saveState()
        s.sync()

    # -- data -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Load the data once the window is on screen."""
        QTimer.singleShot(0, lambda: self.load_data(self.data_folder, first=True))

    def load_data(self, folder: Path | None, first: bool = False) -> None:
        """Load a data folder (None: the bundled data) in the background."""

        def load() -> Catalog:
            from briefkit.catalog import load_catalog

            return load_catalog(folder)

        if self.catalog is None:
            self.topics.set_loading()
        self.statusBar().showMessage(self.tr("Loading the topics…"))
        retry = first and folder is not None
        Operation(load, self).on_success(lambda c: self._loaded(c, folder)).on_failure(
            lambda exc: self._load_failed(exc, folder, retry)
        ).start()

    def _loaded(self, catalog: Catalog, folder: Path | None) -> None:
        from briefkit.catalog.languages import available_languages

        first = self.catalog is None
        keep = self.settings.checked_topics if first else self.topics.checked_ids()
        current = self.settings.current_topic if first else self.topics.current_id()
        self.catalog, self.data_folder = catalog, folder
        self._translated.clear()
        where = self._where()
        self.preview.set_catalog(catalog)
        self.options.set_languages(available_languages(catalog.root))
        self.topics.set_catalog(catalog, where, keep)
        self._on_output_language()
        self.topics.select(current)
        count = len(catalog.topics)
        loaded = (
            self.tr("%n topic(s) from the bundled data", "", count)
            if folder is None
            else self.tr("%n topic(s) from {folder}", "", count).format(folder=folder)
        )
        self.statusBar().showMessage(loaded, 8000)
        self.save_settings()
        self._update_ready()
        self.incident_editor.follow(folder)
        if self.data_view is not None:
            self.data_view.set_catalog(catalog, where)
        self.catalog_loaded.emit(catalog)

    def _where(self) -> str:
        """Where the topics come from, as the topics column says it ("Data: bundled data")."""
        return self.tr("bundled data") if self.data_folder is None else str(self.data_folder)

    def _load_failed(self, exc: BaseException, folder: Path | None, retry: bool) -> None:
        self.catalog_failed.emit(exc)
        self.presenter.error(self, describe_error(exc, "loading of the data"))
        if self.catalog is None and retry:
            self.statusBar().showMessage(
                self.tr("Using the bundled data: {folder} could not be loaded").format(
                    folder=folder
                )
            )
            self.load_data(None)
        elif self.catalog is None:
            self.topics.set_loading(
                self.tr("The topics could not be loaded. Use File > Open Data Folder.")
            )
        else:
            self.statusBar().showMessage(self.tr("Still using the data loaded before"), 10000)

    def choose_data_folder(self) -> None:
        """Ask for a data folder and load it."""
        title = self.tr("Open a Briefkit data folder")
        folder = self.presenter.choose_folder(self, title, self.data_folder)
        if folder is not None:
            self.load_data(folder)

    # -- options and templates ------------------------------------------------------------------

    def _on_checked(self) -> None:
        self._update_ready()
        if self.catalog is not None:
            self.settings.checked_topics = self.topics.checked_ids()

    def _on_options(self) -> None:
        self._update_ready()
        if not self._restoring:  # restoring one option must not save the others unrestored
            self.save_settings()

    def choose_template(self, fmt: str | None) -> None:
        """Pick a template file; it goes to the report or the deck slot by its extension
        (``fmt``, "docx" or "pptx": the slot whose Choose… was clicked, if any)."""
        slot = Format(fmt) if fmt else None
        titles = {
            Format.DOCX: self.tr("Choose a Word template"),
            Format.PPTX: self.tr("Choose a PowerPoint template"),
        }
        any_kind = self.tr("Choose a Word or PowerPoint template")
        title = titles[slot] if slot is not None else any_kind
        folder = self.settings.template_folder
        path = self.presenter.open_file(self, title, folder, template_filter(slot))
        if path is not None:
            self.settings.last_template_folder = path.parent
            self.use_template(path, slot)

    def use_template(self, path: Path, fmt: Format | None = None) -> bool:
        """Use a template file for its format; False when its extension fits no slot."""
        slot = _template_format(path) or fmt
        if slot is None:
            self.statusBar().showMessage(
                self.tr(
                    "{name} is not a template: use a .docx or .dotx file (report) or a .pptx "
                    "or .potx file (deck)"
                ).format(name=path.name),
                10000,
            )
            return False
        self.options.set_template(slot, path)
        if slot == Format.DOCX:
            checking = self.tr("Checking {name} as the report template…")
        else:
            checking = self.tr("Checking {name} as the deck template…")
        self._checking_messages.add(checking.format(name=path.name))
        self.statusBar().showMessage(checking.format(name=path.name), 5000)
        return True

    def _template_checked(self) -> None:
        """A template's verdict arrived: its "Checking …" message is done with."""
        if self.statusBar().currentMessage() in self._checking_messages:
            self.statusBar().clearMessage()
        self._update_ready()

    def use_bundled_templates(self) -> None:
        """Go back to the bundled templates."""
        for fmt in self.options.templates:
            self.options.set_template(fmt, None)

    def choose_output_folder(self) -> None:
        """Ask where to write the briefings."""
        current = self.options.output_folder()
        folder = self.presenter.choose_folder(self, self.tr("Choose the output folder"), current)
        if folder is not None:
            self.options.set_output_folder(folder)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if any(_template_format(p) for p in paths) and self.options.isEnabled():
            event.acceptProposedAction()
            self.statusBar().showMessage(self.tr("Drop to use the file as a template"), 3000)
        elif any(importable(p) for p in paths) and self.catalog is not None:
            event.acceptProposedAction()
            self.statusBar().showMessage(self.tr("Drop to import the events in the file"), 3000)
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        used = [p for p in paths if _template_format(p) and self.use_template(p)]
        tables = [p for p in paths if importable(p)]
        if tables and self.catalog is not None:
            self.event_import.start(tables)
        if used or tables:
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- export ---------------------------------------------------------------------------------

    @property
    def job(self) -> ExportJob | None:
        """The running (or last) export."""
        return self.exports.job

    @property
    def exporting(self) -> bool:
        """True while an export runs."""
        return self.exports.running

    def export(self) -> None:
        """Start exporting the ticked topics (Ctrl+E)."""
        self.exports.start()

    def cancel_export(self) -> None:
        """Stop the running export at its next step (Esc)."""
        self.exports.cancel()

    def _update_ready(self) -> None:
        self.exports.update_ready()

    def export_choice(self) -> ExportChoice:
        """What Export would write now (the export controller asks)."""
        loaded = self.catalog is not None
        return ExportChoice(
            topics=self.topics.checked_ids() if loaded else None,
            options=self.options.options(),
            out_dir=self.options.output_folder(),
            data_dir=self.data_folder,
            template_problem=self.options.template_problem(),
            changes_since_last=self.options.changes_since.isChecked(),
        )

    def _on_exporting(self, running: bool) -> None:
        """An export started (the choices are saved and stay as they are) or ended."""
        self.options.setEnabled(not running)
        self.commands.cancel.setEnabled(running)
        if running:
            self.save_settings()
            self.commands.export.setEnabled(False)
            self.preview.pause()  # the export needs the browser; thumbnails wait
        else:
            self.preview.resume()

    def _show_status(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def open_composer(self, path: Path | None = None) -> ComposerDialog | None:
        """File > Compose Briefing…: the builder (window-modal, not blocking), in the briefings'
        language, showing the composition file ``path`` if given; its Export runs the window's
        export of the composition."""
        catalog = self.catalog_in(self.options.output_language())
        if catalog is None:
            self.statusBar().showMessage(self.tr("Loading the topics…"), 5000)
            return None
        from briefkit.gui.composer_dialog import ComposerDialog
        from briefkit.gui.composer_pages import attach_composer_pages

        why_not = lambda: self.exports.why_not(topics_needed=False)  # noqa: E731
        dialog = ComposerDialog(catalog, self, why_not, self.composition_files, self._plan)
        dialog.composed.connect(self.exports.start_composition)
        dialog.pages = attach_composer_pages(dialog, self.pages)
        if path is not None:
            dialog.load(path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_data_view(self) -> DataView | None:
        """View > Data…: the records of the data folder in use, in tables (not modal)."""
        if self.catalog is None:
            self.statusBar().showMessage(self.tr("Loading the topics…"), 5000)
            return None
        from briefkit.gui.data_view import DataView

        if self.data_view is None:
            self.data_view = DataView(self.catalog, self._where(), self, self.incident_editor)
        self.data_view.show()
        self.data_view.raise_()
        return self.data_view

    def _plan(self) -> str:
        """Where and how an export would be written, as the composer says it."""
        options, folder = self.options.options(), self.options.output_folder()
        formats = ", ".join(format_name(f) for f in options.formats) or "—"
        return self.tr(
            "Into {folder} as {formats} ({language}); change these under Options."
        ).format(folder=folder or "—", formats=formats, language=i18n.language_name(options.lang))

    # -- about and closing ----------------------------------------------------------------------

    def about(self) -> None:
        """The About box: version, data sources, components."""
        html = about_html(__version__, self.catalog, self.data_folder)
        html += documentation_html(self.data_folder)
        self.presenter.about(self, self.tr("About Briefkit"), html)

    # -- language -------------------------------------------------------------------------------

    def set_interface_language(self, choice: str) -> None:
        """Speak "system" (the computer's language), "en", "ru" or "kk"; texts change at once."""
        self.settings.interface_language = choice
        self._check_language_choice(choice)
        i18n.install(i18n.resolve(choice))  # Qt sends LanguageChange: see changeEvent

    def _check_language_choice(self, choice: str) -> None:
        for key, action in self.commands.languages.items():
            action.setChecked(key == choice)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the window again, in the interface language now installed."""
        retranslate_actions(self.commands)
        self.topics.retranslate()
        self.preview_panel.retranslate()
        self.options.retranslate()
        if self.options.pdf_unavailable and callable(self._pdf_reason):
            self.options.set_pdf_reason(self._pdf_reason())
        self.export_panel.retranslate()
        self.preview.retranslate()
        self.pages.retranslate()
        if self.catalog is not None:
            self.topics.show_source(self._where(), self.catalog.root)
        self.statusBar().clearMessage()
        self.exports.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.job is not None and self.exporting:
            stop = self.presenter.confirm(
                self,
                self.tr("An export is running"),
                self.tr("Stop the export and close Briefkit? No partial file will be left."),
                self.tr("Stop and Close"),
            )
            if not stop:
                event.ignore()
                return
            self.job.cancel()
            self.exports.wait(30_000)
        self.preview.wait()
        self.pages.wait()
        self.preview.thumbnails.close()  # the chart browser, after the pages' export let go
        self.save_settings()
        event.accept()
