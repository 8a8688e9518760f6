"""Keeps the Pages tab in step with the window: the selected topic in the chosen templates,
language and options, rendered while the tab is shown (never during an export), and the large
view of a page on double-click."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from briefkit.gui.pages_driver import PagesDriver
from briefkit.page_preview import PAGE_FORMATS, PreviewRequest

if TYPE_CHECKING:
    from briefkit.compose.custom import CustomBriefing
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


class PagesPreview(PagesDriver):
    """The Pages tab's controller."""

    SETTLE_MS = 400
    """Options typed (a marking, a name) are waited for this long before pages are rendered."""

    def __init__(self, window: MainWindow) -> None:
        parent = window if isinstance(window, QObject) else None
        super().__init__(window.preview_panel.pages, window.preview.thumbnails, parent)
        self.window = window
        self._exporting = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        window.preview_panel.tabs.currentChanged.connect(lambda _i: self.refresh())
        window.preview.ready.connect(lambda _topic: self.refresh())
        window.topics.current_changed.connect(self._topic_changed)
        window.options.changed.connect(self._settle.start)
        window.exports.running_changed.connect(self._on_exporting)

    @property
    def visible(self) -> bool:
        """True when the Pages tab is the one shown."""
        return self.window.preview_panel.tabs.currentWidget() is self.tab

    def wanted(self) -> PreviewRequest | None:
        """The pages the window's choices ask for now (None: no topic shown)."""
        topic = self.window.preview.topic_id
        if not topic or self.window.preview_panel.briefing is None:
            return None
        return self.request_for(topic)

    def request_for(
        self, topic: str = "", composition: CustomBriefing | None = None
    ) -> PreviewRequest:
        """The pages of ``topic`` (or ``composition``) in the window's options."""
        window = self.window
        return PreviewRequest(
            topic=topic,
            composition=composition,
            # the formats ticked make no page: the deck and the report are always shown
            options=dataclasses.replace(window.options.options(), formats=PAGE_FORMATS),
            data_dir=window.data_folder,
            cache_dir=window.cache_dir,
            pixels=self.pixels(self.tab),
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
        if not self.blocked():
            self.start(request)

    def _topic_changed(self, topic: str) -> None:
        """Another topic: the old pages go, and their job stops at once (a topic composed
        before is requested already, by ``preview.ready``)."""
        if self.shown is not None and self.shown.topic == topic:
            return
        if self.shown is not None or self.service.busy:
            self.service.cancel()
            self._message(lambda: self.tr("Putting the briefing together…"))

    def _on_exporting(self, running: bool) -> None:
        self._exporting = running
        if running and self.service.busy:
            self.service.cancel()  # LibreOffice and the browser go to the export
            self.shown = None
            self.tab.set_running(False)
            self._message(lambda: self.tr("The pages will be rendered after the export."))
        elif not running:
            self.refresh()


def attach_pages(window: MainWindow) -> PagesPreview:
    """The Pages tab's controller, hooked to the window."""
    return PagesPreview(window)
