"""Charts drawn in a background thread while documents are written (a fake browser here)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import briefkit.charts.renderer as renderer_module
from briefkit.charts import ChartRenderError
from briefkit.charts.background import BackgroundCharts
from briefkit.progress import Cancelled, CancelToken
from helpers.documents import fake_png
from helpers.samples import example_charts

SPECS = example_charts()[:4]


class SlowSession:
    """A browser that takes 0.2 s a chart; records which charts it drew, and when."""

    drawn: list[float]
    fail = False

    def __init__(
        self, path: str, timeout: float, cancel: object = None, plotly_js: object = None
    ) -> None:
        self.process = None

    def render(
        self, figure: dict[str, Any], opts: dict[str, Any], topojson: str, cancel: Any = None
    ) -> bytes:
        if SlowSession.fail:
            raise TimeoutError("it took longer than 60 s")
        time.sleep(0.2)
        SlowSession.drawn.append(time.monotonic())
        return fake_png(2000, 1120)

    def close(self) -> None:
        pass


@pytest.fixture(autouse=True)
def slow_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(renderer_module, "BrowserSession", SlowSession)
    monkeypatch.setattr(renderer_module, "find_browser", lambda: sys.executable)
    SlowSession.drawn = []
    SlowSession.fail = False


def test_the_first_charts_are_ready_before_the_last_are_drawn(tmp_path: Path) -> None:
    messages: list[tuple[str, int]] = []
    with BackgroundCharts(SPECS, tmp_path, lambda: False) as charts:
        first = charts.images([SPECS[0].id], lambda m: messages.append((m, _me())), lambda: None)
        got_first = time.monotonic()
        drawn = charts.finish(lambda m: messages.append((m, _me())), lambda: None)
    assert list(first) == [SPECS[0].id] and first[SPECS[0].id].width_px == 2000
    assert got_first < SlowSession.drawn[-1], "the first chart came before the last was drawn"
    assert drawn == len(SPECS)
    assert [m for m, _ in messages] == [f"Rendering chart {n} of 4" for n in range(1, 5)]
    assert {thread for _, thread in messages} == {_me()}, "progress only in the waiting thread"


def test_a_chart_that_fails_raises_in_the_waiting_thread(tmp_path: Path) -> None:
    SlowSession.fail = True
    with (
        BackgroundCharts(SPECS, tmp_path, lambda: False) as charts,
        pytest.raises(ChartRenderError, match="even after a retry"),
    ):
        charts.images([SPECS[0].id], lambda m: None, lambda: None)


def test_cancel_stops_the_drawing_and_raises_cancelled(tmp_path: Path) -> None:
    token = CancelToken()
    with BackgroundCharts(SPECS, tmp_path, lambda: token.is_cancelled) as charts:
        charts.images([SPECS[0].id], lambda m: None, token.check)
        token.cancel()
        with pytest.raises(Cancelled):
            charts.images([SPECS[-1].id], lambda m: None, token.check)
    assert len(SlowSession.drawn) < len(SPECS)


def test_leaving_early_stops_the_thread(tmp_path: Path) -> None:
    with BackgroundCharts(SPECS, tmp_path, lambda: False):
        pass
    assert not any(t.name == "briefkit-charts" for t in threading.enumerate())
    assert len(SlowSession.drawn) < len(SPECS)


def _me() -> int:
    return threading.get_ident()
