"""Chart thumbnails for the preview, drawn in the background by the export's own chart engine.

The worker renders through ``ChartRenderer`` with the same cache as the export (so a preview
warms the cache and an export after it draws nothing again), scales each picture to a
``QImage`` thumbnail (``QImage`` is safe off the GUI thread; pixmaps and widgets are not), and
reports it. One thumbnail job runs at a time, on a pool of its own; a newer request cancels the
older one before its next chart. The browser (``charts.shared``) is kept between jobs and lent
to the page previews' exports, so clicking through topics starts it once; it stops two minutes
after its last use, and when the window closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage

from briefkit.gui.operations import Operation

if TYPE_CHECKING:
    from briefkit.charts.shared import SharedBrowser
    from briefkit.compose.model import ChartSpec


@dataclass(frozen=True)
class Thumbnail:
    """One chart's picture, scaled for the preview."""

    spec_id: str
    image: QImage
    alt_text: str
    path: Path
    """The full-size picture in the chart cache."""


@dataclass(frozen=True)
class ThumbnailFailed:
    """One chart could not be drawn."""

    spec_id: str
    message: str


def draw_thumbnails(
    specs: Sequence[ChartSpec],
    cache_dir: Path | None,
    width_px: int,
    stop: threading.Event,
    report: Callable[[object], None],
    browser: SharedBrowser | None = None,
) -> int:
    """Draw each chart (cached ones are only read; the others by ``browser`` when given) and
    report it; returns how many arrived."""
    from briefkit.charts import ChartRenderer, ChartRenderError, RenderCancelled, default_cache_dir

    arrived = 0
    with ChartRenderer(cache_dir or default_cache_dir(), browser=browser) as renderer:
        for spec in specs:
            if stop.is_set():
                break
            try:  # a newer request stops it even while the browser starts (for the next job)
                chart = renderer.render([spec], cancel=stop.is_set)[spec.id]
            except RenderCancelled:
                break
            except ChartRenderError as exc:
                report(ThumbnailFailed(spec.id, str(exc)))
                continue
            image = QImage(chart.path)
            if image.isNull():
                unreadable = QCoreApplication.translate(
                    "Thumbnails", "The picture {path} cannot be read."
                ).format(path=chart.path)
                report(ThumbnailFailed(spec.id, unreadable))
                continue
            scaled = image.scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation)
            report(Thumbnail(spec.id, scaled, chart.alt_text, Path(chart.path)))
            arrived += 1
    return arrived


class ThumbnailService(QObject):
    """Requests thumbnails for one briefing at a time; ``arrived`` / ``failed`` per chart."""

    arrived = Signal(object)  # Thumbnail
    failed = Signal(object)  # ThumbnailFailed
    unavailable = Signal(str)  # the whole job failed (no browser, ...): a sentence why
    idle = Signal()

    def __init__(self, cache_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._current: Operation | None = None
        self._browser: SharedBrowser | None = None

    @property
    def browser(self) -> SharedBrowser:
        """The chart browser, kept between jobs and lent to the page previews (made at first
        use: nothing of it loads before the window's first paint)."""
        if self._browser is None:
            from briefkit.charts.shared import SharedBrowser

            self._browser = SharedBrowser()
        return self._browser

    @property
    def busy(self) -> bool:
        """True while a job is queued or drawing."""
        return self._current is not None and self._current.running

    def request(self, specs: Sequence[ChartSpec], width_px: int) -> None:
        """Draw these charts' thumbnails, replacing any earlier request."""
        self.cancel()
        if not specs:
            return
        stop = self._stop = threading.Event()
        cache_dir, wanted, browser = self.cache_dir, list(specs), self.browser
        operation = Operation(
            lambda: draw_thumbnails(wanted, cache_dir, width_px, stop, operation.report, browser),
            self,
        )
        operation.reported.connect(lambda item: self._on_reported(item, stop))
        operation.on_failure(lambda exc: self._on_failed(exc, stop))
        operation.finished.connect(lambda: self._on_finished(operation))
        self._current = operation
        operation.start(self.pool)

    def cancel(self) -> None:
        """Stop the current job before its next chart."""
        self._stop.set()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until no job runs (for closing the window and for tests)."""
        self.cancel()
        return self.pool.waitForDone(msecs)

    def close(self) -> None:
        """Stop any job and the browser for good (the window closes)."""
        self.wait()
        if self._browser is not None:
            self._browser.close()

    def _on_reported(self, item: object, stop: threading.Event) -> None:
        if stop.is_set():
            return  # a superseded job
        if isinstance(item, Thumbnail):
            self.arrived.emit(item)
        elif isinstance(item, ThumbnailFailed):
            self.failed.emit(item)

    def _on_failed(self, exc: BaseException, stop: threading.Event) -> None:
        if not stop.is_set():
            self.unavailable.emit(str(exc) or type(exc).__name__)

    def _on_finished(self, operation: Operation) -> None:
        if operation is self._current:
            self._current = None
            self.idle.emit()
