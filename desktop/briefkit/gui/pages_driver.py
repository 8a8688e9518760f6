"""What every page preview does with its ``PagesTab``: asks the ``PageService`` for a
briefing's pages, puts placeholders and pictures in the grid as they come, says where it is,
and opens the large view of a page on double-click. The window's Pages tab
(``pages_preview``) and the composer's (``composer_pages``) decide when."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget

from briefkit.gui.page_service import PageService, PageThumb, missing_tools
from briefkit.gui.pages_view import PAGE_BOX, PageDialog, PagesTab
from briefkit.gui.progress_text import progress_text
from briefkit.page_preview import Converting, Document, LaidOut, PreviewRequest, Working

if TYPE_CHECKING:
    from briefkit.gui.thumbnails import ThumbnailService


TALLY_MS = 60
"""Pages arriving within this long are counted in the status line once."""
translate = QCoreApplication.translate
"""This module's texts are in the context "PagesDriver", whichever class shows them."""


class Summary(QObject):
    """The line over the pages once all are drawn (a class of its own: its plural texts have one
    translation context whichever page preview shows it)."""

    def text(self, slides: int, pages: int) -> str:
        """ "31 slides in the deck, 9 pages in the report, as an export writes them now…"."""
        deck = self.tr("%n slide(s) in the deck", "", slides)
        report = self.tr("%n page(s) in the report", "", pages)
        how = self.tr(
            "as an export writes them now, in the chosen templates and language. Double-click "
            "one to see it large.",
        )
        return f"{deck}, {report}, {how}"


class PagesDriver(QObject):
    """One ``PagesTab`` kept filled with the pages of the request given to ``start``."""

    def __init__(
        self, tab: PagesTab, charts: ThumbnailService | None, parent: QObject | None
    ) -> None:
        """``charts``: the chart thumbnails, whose browser the export shares."""
        super().__init__(parent)
        self.tab = tab
        self.charts = charts
        self.service = PageService(self)
        self.shown: PreviewRequest | None = None
        """The request whose pages are shown (or rendered now)."""
        self.dialog: PageDialog | None = None
        self._say: Callable[[], str] = lambda: ""
        self._tally = QTimer(self)
        self._tally.setSingleShot(True)
        self._tally.setInterval(TALLY_MS)
        self._tally.timeout.connect(self._count)
        self.service.arrived.connect(self._arrived)
        self.service.working.connect(self._working)
        self.service.done.connect(self._done)
        self.service.unavailable.connect(self._unavailable)
        self.service.large_ready.connect(self._large_ready)
        self.tab.opened.connect(self.open_page)
        self.tab.stop_requested.connect(self.stop)

    @staticmethod
    def pixels(tab: QWidget) -> int:
        """The longer side of a thumbnail on ``tab``'s screen, in device pixels."""
        return round(max(PAGE_BOX.width(), PAGE_BOX.height()) * tab.devicePixelRatioF())

    def blocked(self) -> bool:
        """Say why no pages can be rendered here (no LibreOffice, no pdftoppm); False if
        they can."""
        missing = missing_tools()
        if missing:
            self._message(lambda: self._missing(missing))
        return bool(missing)

    def start(self, request: PreviewRequest) -> None:
        """Render ``request``'s pages (the cached ones show at once; the export runs beside the
        chart thumbnails, in their browser)."""
        self.shown = request
        self.tab.clear()
        self.tab.set_running(True)
        self.tab.step(0, 0)
        self._status(lambda: translate("PagesDriver", "Rendering pages…"))
        box = PAGE_BOX * self.tab.devicePixelRatioF()
        browser = self.charts.browser if self.charts is not None else None
        self.service.request(request, QSize(box.width(), box.height()), browser)

    def stop(self) -> None:
        """Stop rendering (the Stop button; a newer request does it by itself)."""
        if self.service.busy:
            self.service.cancel()
            self.shown = None
            self.tab.set_running(False)
            self._status(
                lambda: translate(
                    "PagesDriver",
                    "Stopped. Choose a topic, or show this tab again, to render the pages.",
                )
            )

    def wait(self, msecs: int = 30_000) -> bool:
        """Stop and wait for the job (closing the window, tests)."""
        return self.service.wait(msecs)

    def retranslate(self) -> None:
        """The status line in the interface language."""
        self.tab.say(self._say())

    def open_page(self, row: int) -> PageDialog | None:
        """The large view of the page at ``row`` (drawn already), with previous and next."""
        page = self.tab.page_at(row)
        if page is None:
            return None
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        pages = self.tab.pages
        dialog = PageDialog(pages, pages.index(page), parent)  # type: ignore[arg-type]
        dialog.wanted.connect(self.service.draw_large)
        self.dialog = dialog
        dialog.open_at()
        return dialog

    def _large_ready(self, page: object, path: object) -> None:
        if self.dialog is not None:
            self.dialog.show_large(page, path)  # type: ignore[arg-type]

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
        if not self._tally.isActive():  # a burst of pages (from the cache) says it once
            self._tally.start()

    def _count(self) -> None:
        if not self.service.busy:
            return  # done, stopped or failed: that says more
        count, total = len(self.tab.pages), self.tab.model.rowCount()
        self.tab.step(count, total)
        self._status(
            lambda: translate("PagesDriver", "Rendering pages… {count} of {total} ready").format(
                count=count, total=total
            )
        )

    def _working(self, item: object) -> None:
        if isinstance(item, Working):
            self.tab.step(item.done, item.total)
            step = progress_text(item.message)
            self._status(
                lambda: translate("PagesDriver", "Rendering pages… {step}").format(step=step)
            )
        elif isinstance(item, Converting):
            self.tab.step(0, 0)
            self._status(
                lambda: translate("PagesDriver", "Rendering pages… LibreOffice is laying them out")
            )
        elif isinstance(item, LaidOut):
            self.tab.expect(item.document, item.total)

    def _done(self, _count: int) -> None:
        self.tab.set_running(False)
        pages = self.tab.pages
        slides = next((p.total for p in pages if p.document == Document.DECK), 0)
        report = next((p.total for p in pages if p.document == Document.REPORT), 0)
        self._status(lambda: Summary().text(slides, report))

    def _unavailable(self, error: BaseException) -> None:
        from briefkit.gui.core_text import said_error

        self.shown = None
        self.tab.set_running(False)
        self._status(
            lambda: translate("PagesDriver", "The pages cannot be rendered: {reason}").format(
                reason=said_error(error) or type(error).__name__
            )
        )

    def _missing(self, tool: str) -> str:
        if tool == "libreoffice":
            return translate(
                "PagesDriver",
                "The pages cannot be shown: they are laid out by LibreOffice, which is not "
                "installed. Install it (on Debian or Ubuntu: apt-get install "
                "libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils) and choose "
                "the topic again. Everything else works without it.",
            )
        return translate(
            "PagesDriver",
            "The pages cannot be shown: they are drawn by pdftoppm, which is not installed. "
            "Install poppler-utils and choose the topic again.",
        )
