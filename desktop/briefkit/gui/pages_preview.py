"""Keeps the Pages tab in step with the window: the selected topic in the chosen templates,
language and options, rendered while the tab is shown (never during an export), and the large
view of a page on double-click."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget

from briefkit.gui.page_service import PageService, PageThumb, missing_tools
from briefkit.gui.pages_view import PAGE_BOX, PageDialog, PagesTab
from briefkit.gui.progress_text import progress_text
from briefkit.page_preview import PAGE_FORMATS, Converting, Document, PreviewRequest, Working

if TYPE_CHECKING:
    from briefkit.gui.export_controller import ExportController
    from briefkit.gui.options_panel import OptionsPanel
    from briefkit.gui.preview import BriefingPreview
    from briefkit.gui.preview_panel import PreviewPanel
    from briefkit.gui.topics_panel import TopicsPanel


class MainWindow(Protocol):
    """What the Pages tab needs of the window."""

    cache_dir: Path | None
    data_folder: Path | None
    preview: BriefingPreview
    preview_panel: PreviewPanel
    options: OptionsPanel
    exports: ExportController
    topics: TopicsPanel


class PagesPreview(QObject):
    """The Pages tab's controller."""

    SETTLE_MS = 400
    """Options typed (a marking, a name) are waited for this long before pages are rendered."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.tab: PagesTab = window.preview_panel.pages
        self.service = PageService(self)
        self.shown: PreviewRequest | None = None
        """The request whose pages are shown (or rendered now)."""
        self.dialog: PageDialog | None = None
        self._exporting = False
        self._say: Callable[[], str] = lambda: ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self.service.arrived.connect(self._arrived)
        self.service.working.connect(self._working)
        self.service.done.connect(self._done)
        self.service.unavailable.connect(self._unavailable)
        self.service.large_ready.connect(self._large_ready)
        self.tab.opened.connect(self.open_page)
        self.tab.stop_requested.connect(self.stop)
        window.preview_panel.tabs.currentChanged.connect(lambda _i: self.refresh())
        window.preview.ready.connect(lambda _topic: self.refresh())
        window.topics.current_changed.connect(self._topic_changed)
        window.options.changed.connect(self._settle.start)
        window.exports.running_changed.connect(self._on_exporting)
        window.preview.thumbnails.idle.connect(self.refresh)

    @property
    def visible(self) -> bool:
        """True when the Pages tab is the one shown."""
        return self.window.preview_panel.tabs.currentWidget() is self.tab

    def wanted(self) -> PreviewRequest | None:
        """The pages the window's choices ask for now (None: no topic shown)."""
        window = self.window
        topic = window.preview.topic_id
        if not topic or window.preview_panel.briefing is None:
            return None
        return PreviewRequest(
            topic=topic,
            # the formats ticked make no page: the deck and the report are always shown
            options=dataclasses.replace(window.options.options(), formats=PAGE_FORMATS),
            data_dir=window.data_folder,
            cache_dir=window.cache_dir,
        )

    def refresh(self) -> None:
        """Render the pages of the window's choices, if the tab is shown and they changed."""
        if not self.visible:
            if self.service.busy:  # leaves the tab: no work for pages nobody sees
                self.stop()
            return
        request = self.wanted()
        if request is None or request == self.shown:
            return
        if self._exporting:
            self._message(lambda: self.tr("The pages will be rendered after the export."))
            return
        if problem := self.window.options.template_problem():
            self._message(
                lambda: self.tr("The pages cannot be rendered: {problem}").format(problem=problem)
            )
            return
        missing = missing_tools()
        if missing:
            self._message(lambda: self._missing(missing))
            return
        if self.window.preview.thumbnails.busy:  # one browser at a time: the charts first,
            self._message(lambda: self.tr("Rendering pages… the charts are drawn first"))
            self.tab.set_running(True)  # the bar only: nothing of the pages' own runs yet
            self.tab.stop.hide()
            self.tab.step(0, 0)
            return  # then the export finds them drawn (``thumbnails.idle`` comes back here)
        self.shown = request
        self.tab.clear()
        self.tab.set_running(True)
        self.tab.step(0, 0)
        self._status(lambda: self.tr("Rendering pages…"))
        box = PAGE_BOX * self.tab.devicePixelRatioF()
        self.service.request(request, QSize(box.width(), box.height()))

    def stop(self) -> None:
        """Stop rendering (the Stop button; a newer request does it by itself)."""
        if self.service.busy:
            self.service.cancel()
            self.shown = None
            self.tab.set_running(False)
            self._status(
                lambda: self.tr(
                    "Stopped. Choose a topic, or show this tab again, to render the pages."
                )
            )

    def wait(self, msecs: int = 30_000) -> bool:
        """Stop and wait for the job (closing the window, tests)."""
        return self.service.wait(msecs)

    def retranslate(self) -> None:
        """The status line in the interface language."""
        self.tab.say(self._say())

    def open_page(self, row: int) -> PageDialog:
        """The large view of page ``row``, with previous and next."""
        parent = self.window if isinstance(self.window, QWidget) else None
        dialog = PageDialog(self.tab.pages, row, parent)
        dialog.wanted.connect(self.service.draw_large)
        self.dialog = dialog
        dialog.open_at()
        return dialog

    def _topic_changed(self, topic: str) -> None:
        """Another topic: the old pages go, and their job stops at once (a topic composed
        before is requested already, by ``preview.ready``)."""
        if self.shown is not None and self.shown.topic == topic:
            return
        if self.shown is not None or self.service.busy:
            self.service.cancel()
            self._message(lambda: self.tr("Putting the briefing together…"))

    def _large_ready(self, page: object, path: object) -> None:
        if self.dialog is not None and isinstance(path, Path):
            self.dialog.show_large(page, path)  # type: ignore[arg-type]

    def _on_exporting(self, running: bool) -> None:
        self._exporting = running
        if running and self.service.busy:
            self.service.cancel()  # LibreOffice and the browser go to the export
            self.shown = None
            self.tab.set_running(False)
            self._message(lambda: self.tr("The pages will be rendered after the export."))
        elif not running:
            self.refresh()

    def _message(self, say: Callable[[], str]) -> None:
        self.shown = None
        self.tab.clear()
        self.tab.set_running(False)
        self._status(say)

    def _status(self, say: Callable[[], str]) -> None:
        self._say = say
        self.tab.say(self._say())

    def _arrived(self, thumb: PageThumb) -> None:
        self.tab.add(thumb)
        count = self.tab.model.rowCount()
        self._status(lambda: self.tr("Rendering pages… {count} ready").format(count=count))

    def _working(self, item: object) -> None:
        if isinstance(item, Working):
            self.tab.step(item.done, item.total)
            step = progress_text(item.message)
            self._status(lambda: self.tr("Rendering pages… {step}").format(step=step))
        elif isinstance(item, Converting):
            self.tab.step(0, 0)
            self._status(lambda: self.tr("Rendering pages… LibreOffice is laying them out"))

    def _done(self, _count: int) -> None:
        self.tab.set_running(False)
        pages = self.tab.pages
        slides = next((p.total for p in pages if p.document == Document.DECK), 0)
        report = next((p.total for p in pages if p.document == Document.REPORT), 0)
        self._status(lambda: self._summary(slides, report))

    def _unavailable(self, reason: str) -> None:
        self.shown = None
        self.tab.set_running(False)
        self._status(
            lambda: self.tr("The pages cannot be rendered: {reason}").format(reason=reason)
        )

    def _summary(self, slides: int, pages: int) -> str:
        deck = self.tr("%n slide(s) in the deck", "", slides)
        report = self.tr("%n page(s) in the report", "", pages)
        how = self.tr(
            "as an export writes them now, in the chosen templates and language. Double-click "
            "one to see it large.",
        )
        return f"{deck}, {report}, {how}"

    def _missing(self, tool: str) -> str:
        if tool == "libreoffice":
            return self.tr(
                "The pages cannot be shown: they are laid out by LibreOffice, which is not "
                "installed. Install it (on Debian or Ubuntu: apt-get install "
                "libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils) and choose "
                "the topic again. Everything else works without it.",
            )
        return self.tr(
            "The pages cannot be shown: they are drawn by pdftoppm, which is not installed. "
            "Install poppler-utils and choose the topic again.",
        )


def attach_pages(window: MainWindow) -> PagesPreview:
    """The Pages tab's controller, hooked to the window."""
    return PagesPreview(window)
