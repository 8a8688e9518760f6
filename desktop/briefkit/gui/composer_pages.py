"""The composer's page preview: every slide and page of the briefing as composed so far, in
the window's templates, language and options, beside the sections (the Pages button shows it).
It renders like the window's Pages tab (``pages_driver``), a moment after the last change, and
stops the window's own page job meanwhile, so one runs at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from briefkit.gui.pages_driver import PagesDriver
from briefkit.gui.pages_view import PagesTab

if TYPE_CHECKING:
    from briefkit.gui.composer_dialog import ComposerDialog
    from briefkit.gui.pages_preview import PagesPreview


class ComposerPages(PagesDriver):
    """The Pages panel of one composer dialog."""

    SETTLE_MS = 600
    """Typing in the title is waited for this long before the pages are rendered."""
    WIDER = 460
    """How much wider the dialog grows when the pages are shown."""

    def __init__(self, composer: ComposerDialog, window_pages: PagesPreview) -> None:
        super().__init__(PagesTab(), window_pages.charts, composer)
        self.composer = composer
        self.window_pages = window_pages
        self.button = QPushButton()
        self.button.setCheckable(True)
        self.button.toggled.connect(self.show_pages)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        composer.add_side(self.tab, self.button)
        self.tab.hide()
        composer.changed.connect(self._settle.start)
        composer.finished.connect(lambda _result: self._closed())
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.button.setText(self.tr("&Pages"))
        self.button.setToolTip(
            self.tr("Show every slide and page of the briefing as it will be written")
        )
        self.tab.retranslate()
        super().retranslate()

    def show_pages(self, shown: bool) -> None:
        """Show (and render) or hide the pages beside the sections."""
        self.tab.setVisible(shown)
        if shown:
            composer = self.composer
            composer.resize(composer.width() + self.WIDER, max(composer.height(), 640))
            self.refresh()
        else:
            self.composer.resize(self.composer.width() - self.WIDER, self.composer.height())
            self.stop()

    def refresh(self) -> None:
        """Render the composition's pages, if shown and changed; say why not otherwise."""
        if not self.tab.isVisibleTo(self.composer):
            return
        spec, why = self.composer.composition()
        if spec is None:
            if self.service.busy:
                self.service.cancel()
            self._message(lambda: why)
            return
        request = self.window_pages.request_for(composition=spec)
        if request == self.shown:
            return
        if problem := self.window_pages.window.options.template_problem():
            self._message(
                lambda: self.tr("The pages cannot be rendered: {problem}").format(problem=problem)
            )
            return
        if not self.blocked():
            self.window_pages.stop()  # one page job at a time
            self.start(request)

    def _closed(self) -> None:
        self.wait()
        self.window_pages.refresh()  # the window's own pages, if its tab is shown


def attach_composer_pages(composer: ComposerDialog, window_pages: PagesPreview) -> ComposerPages:
    """The Pages panel, added to ``composer``."""
    return ComposerPages(composer, window_pages)
