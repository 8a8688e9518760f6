"""Keeps the preview in step with the selected topic: composes its briefing in the background
(once per topic, language and catalog), shows it, and asks for its chart thumbnails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefkit.gui.operations import Operation
from briefkit.gui.preview_panel import PreviewPanel
from briefkit.gui.thumbnails import ThumbnailService

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.compose.model import Briefing


def compose(catalog: Catalog, topic_id: str) -> Briefing:
    """The briefing of one topic, as the export will compose it (in the catalog's language)."""
    from briefkit.compose import compose_briefing

    return compose_briefing(catalog, topic_id)


class BriefingPreview(QObject):
    """The preview's controller; ``ready(topic_id)`` once a topic's briefing is on screen."""

    ready = Signal(str)

    def __init__(
        self,
        panel: PreviewPanel,
        cache_dir: Path | None,
        draw_charts: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.draw_charts = draw_charts
        self.thumbnails = ThumbnailService(cache_dir, self)
        self.thumbnails.arrived.connect(panel.add_thumbnail)
        self.thumbnails.failed.connect(panel.thumbnail_failed)
        self.thumbnails.unavailable.connect(self._charts_unavailable)
        self._catalog: Catalog | None = None
        """The data in the briefing language (the window translates it)."""
        self._briefings: dict[tuple[str, str], Briefing] = {}  # by language and topic
        self._topic = ""
        self._paused = False
        self._message: Callable[[], str] = self._nothing_selected
        self.panel.show_message(self._nothing_selected())

    def _nothing_selected(self) -> str:
        return self.tr("Select a topic on the left to see what its briefing will contain.")

    def _say(self, message: Callable[[], str]) -> None:
        """Show a sentence instead of a briefing; said again when the language changes."""
        self._message = message
        self.panel.show_message(message())

    def retranslate(self) -> None:
        """The interface language changed: the sentence or the chart status is said anew."""
        if self.panel.briefing is None:
            self.panel.show_message(self._message())
        elif self.panel.briefing.charts:
            self._request_status()

    @property
    def topic_id(self) -> str:
        """The topic shown (or being composed)."""
        return self._topic

    def set_catalog(self, catalog: Catalog) -> None:
        """A new catalog: forget the briefings composed from the old one."""
        self._catalog = catalog
        self._briefings.clear()
        self._topic = ""
        self.thumbnails.cancel()
        self._say(self._nothing_selected)

    def show_in(self, catalog: Catalog) -> None:
        """Preview from the same data in another language (``translate(...).catalog``)."""
        if catalog is not self._catalog:
            self._catalog = catalog
            if self._topic:
                self.show_topic(self._topic)

    def show_topic(self, topic_id: str) -> None:
        """Preview this topic ("" clears the preview)."""
        self._topic = topic_id
        self.thumbnails.cancel()
        if not topic_id or self._catalog is None:
            self._say(self._nothing_selected)
            return
        catalog = self._catalog
        if (catalog.language.code, topic_id) in self._briefings:
            self._show(self._briefings[catalog.language.code, topic_id])
            return
        self._say(lambda: self.tr("Putting the briefing together…"))
        Operation(lambda: compose(catalog, topic_id), self).on_success(
            lambda briefing: self._composed(catalog, briefing)
        ).on_failure(lambda exc: self._failed(topic_id, exc)).start()

    def pause(self) -> None:
        """Stop drawing thumbnails (an export needs the browser)."""
        self._paused = True
        self.thumbnails.cancel()

    def resume(self) -> None:
        """Draw any thumbnails still missing (after an export they are usually cached)."""
        self._paused = False
        briefing = self.panel.briefing
        if briefing is not None:
            missing = [c for c in briefing.charts if not self.panel.charts.has_thumbnail(c.id)]
            self._request(missing)

    def wait(self, msecs: int = 10_000) -> bool:
        """Stop and wait for the thumbnail job (closing the window, tests)."""
        return self.thumbnails.wait(msecs)

    def _composed(self, catalog: Catalog, briefing: Briefing) -> None:
        if catalog is not self._catalog:  # another language, or other data, since
            return
        self._briefings[catalog.language.code, briefing.topic_id] = briefing
        if briefing.topic_id == self._topic:
            self._show(briefing)

    def _show(self, briefing: Briefing) -> None:
        self.panel.show_briefing(briefing)
        self._request(list(briefing.charts))
        self.ready.emit(briefing.topic_id)

    def _request(self, specs: list) -> None:  # type: ignore[type-arg]
        if not specs:
            return
        if self._request_status():
            return
        self.thumbnails.request(specs, self.panel.thumbnail_width())

    def _request_status(self) -> bool:
        """Say why no thumbnails are drawn now (turned off, an export runs); False if they are."""
        if not self.draw_charts:
            self.panel.set_chart_status(self.tr("Chart thumbnails are turned off."))
            return True
        if self._paused:
            self.panel.set_chart_status(self.tr("The charts will be drawn after the export."))
            return True
        return False

    def _charts_unavailable(self, message: str) -> None:
        self.panel.set_chart_status(
            self.tr("The charts cannot be drawn here: {reason}").format(reason=message)
        )

    def _failed(self, topic_id: str, exc: BaseException) -> None:
        if topic_id == self._topic:
            self._say(
                lambda: self.tr(
                    "This topic's briefing cannot be put together: {error}. Run 'briefkit "
                    "check' on the data folder for the full list of problems."
                ).format(error=exc)
            )
