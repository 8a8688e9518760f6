"""Errors the chart renderer raises; each message is one sentence a person can act on."""

from __future__ import annotations

from briefkit.messages import message

__all__ = ["BROWSER_NOT_FOUND", "BrowserNotFound", "ChartRenderError", "RenderCancelled"]

BROWSER_NOT_FOUND = message("browser_not_found")


class BrowserNotFound(RuntimeError):  # noqa: N818 - the name callers expect
    """No Chrome-family browser is available to draw the charts."""

    def __init__(self, message: str = BROWSER_NOT_FOUND) -> None:
        super().__init__(message)


class ChartRenderError(RuntimeError):
    """A chart could not be drawn, even after one retry."""

    def __init__(self, message: str, chart_id: str = "") -> None:
        super().__init__(message)
        self.chart_id = chart_id


class RenderCancelled(Exception):  # noqa: N818 - the name the export job expects
    """The caller asked to stop; charts drawn so far stay in the cache."""
