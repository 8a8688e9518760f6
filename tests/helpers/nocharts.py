"""Exports without a browser: a stand-in for the background chart drawing that draws nothing."""

from __future__ import annotations

from typing import Any


class NoCharts:
    """``export.chart_drawing``'s result with no images: documents leave the charts out."""

    def __enter__(self) -> NoCharts:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def images(self, *args: Any) -> dict[str, Any]:
        return {}

    def finish(self, *args: Any) -> int:
        return 0


def no_charts(*args: Any) -> NoCharts:
    """Pass as ``export.chart_drawing``."""
    return NoCharts()
