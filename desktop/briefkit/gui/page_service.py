"""Page and slide thumbnails, made in the background from the documents an export writes.

The worker runs ``briefkit.page_preview.render_pages`` (the export into a scratch folder,
LibreOffice, pdftoppm; pictures kept in the cache) and reports each page as a ``PageThumb``
with a ``QImage`` (safe off the GUI thread). One job runs at a time, on a pool of its own; a
newer request, or ``cancel``, stops the older one (LibreOffice is killed, not waited for).

The service keeps a LibreOffice started for the deck and one for the report
(``render.office.warm``): a job starts them as it begins (they start while the charts are drawn
and the documents written), and starts the next pair when it ends, for the next look; they are
stopped after ``IDLE_MS`` without a job, and by ``wait`` (closing the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from briefkit.gui.operations import Operation
from briefkit.page_preview import Document, PagePicture, PreviewRequest, large_page, render_pages
from briefkit.progress import Cancelled, CancelToken
from briefkit.render.office.warm import WarmOffice

if TYPE_CHECKING:
    from briefkit.charts.shared import SharedBrowser

IDLE_MS = 5 * 60_000
"""How long the LibreOffices started for the next look wait for it before they are stopped."""


@dataclass(frozen=True)
class PageThumb:
    """One page's thumbnail, scaled for the grid."""

    page: PagePicture
    image: QImage


def _thumb(page: PagePicture, box: QSize) -> PageThumb:
    image = QImage(str(page.path))
    if not image.isNull():
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return PageThumb(page, image)


class PageService(QObject):
    """Requests the pages of one briefing at a time."""

    arrived = Signal(object)  # PageThumb
    working = Signal(object)  # page_preview.Working, Converting or LaidOut
    unavailable = Signal(object)  # the whole job failed: the error, said by the window
    done = Signal(int)  # how many pages arrived
    large_ready = Signal(object, object)  # PagePicture, Path of its large picture

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._cancel = CancelToken()
        self._current: Operation | None = None
        self.request_made: PreviewRequest | None = None
        """The request of the job running or last finished."""
        self.offices = {document: WarmOffice() for document in Document}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.close_offices)

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return self._current is not None and self._current.running

    def request(
        self, request: PreviewRequest, box: QSize, browser: SharedBrowser | None = None
    ) -> None:
        """Render these pages, replacing any earlier request; charts the cache lacks are drawn
        by ``browser`` (the window's, shared with the chart thumbnails) when given."""
        self.cancel()
        cancel = self._cancel = CancelToken()
        self.request_made = request
        offices = self.offices
        self._idle.stop()

        def work() -> int:
            def report(item: object) -> None:
                operation.report(_thumb(item, box) if isinstance(item, PagePicture) else item)

            count = len(render_pages(request, cancel, report, offices, browser))
            if not cancel.is_cancelled:
                for office in offices.values():  # for the next look
                    office.start()
            return count

        operation = Operation(work, self)
        operation.reported.connect(lambda item: self._on_reported(item, cancel))
        operation.on_success(lambda count: self._on_done(count, cancel))
        operation.on_failure(lambda exc: self._on_failed(exc, cancel))
        operation.finished.connect(lambda: self._on_finished(operation))
        self._current = operation
        operation.start(self.pool)

    def cancel(self) -> None:
        """Stop the current job at its next step."""
        self._cancel.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Stop and block until no job runs, then stop the LibreOffices (closing the window,
        tests)."""
        self.cancel()
        done = self.pool.waitForDone(msecs)
        if done:  # the job's end, which starts the next pair, is over
            self._close_offices()
        return done

    def close_offices(self) -> None:
        """Stop the LibreOffices waiting for the next look, unless a job runs."""
        if not self.busy:
            self._close_offices()

    def _close_offices(self) -> None:
        self._idle.stop()
        for office in self.offices.values():
            office.close()

    def draw_large(self, page: PagePicture) -> None:
        """Draw one page large for the large view (``large_ready``); not on the job's pool."""
        Operation(lambda: large_page(page), self).on_success(
            lambda path: self.large_ready.emit(page, path)
        ).on_failure(lambda _exc: self.large_ready.emit(page, page.path)).start()

    def _on_reported(self, item: object, cancel: CancelToken) -> None:
        if cancel.is_cancelled:
            return  # a superseded job
        if isinstance(item, PageThumb):
            self.arrived.emit(item)
        else:
            self.working.emit(item)

    def _on_done(self, count: int, cancel: CancelToken) -> None:
        if not cancel.is_cancelled:
            self.done.emit(count)

    def _on_failed(self, exc: BaseException, cancel: CancelToken) -> None:
        if not cancel.is_cancelled and not isinstance(exc, Cancelled):
            self.unavailable.emit(exc)

    def _on_finished(self, operation: Operation) -> None:
        if operation is self._current:
            self._current = None
            self._idle.start()


def missing_tools() -> str:
    """ "libreoffice" or "pdftoppm" when the page preview cannot run here, else ""."""
    import shutil

    from briefkit.render.office.pdf import find_soffice

    if find_soffice() is None:
        return "libreoffice"
    if shutil.which("pdftoppm") is None:
        return "pdftoppm"
    return ""
