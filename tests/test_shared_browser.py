"""One chart browser lent to several renderers (the window's thumbnails and page previews)."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest

import briefkit.charts.browser as browser_module
import briefkit.charts.renderer as renderer_module
from briefkit.charts import ChartRenderer
from briefkit.charts.background import BackgroundCharts
from briefkit.charts.errors import RenderCancelled
from briefkit.charts.shared import SharedBrowser
from helpers.documents import fake_png
from helpers.samples import example_charts

SPECS = example_charts()[:3]


class CountingSession:
    """A browser taking 0.3 s a chart; every session made and every figure drawn is kept."""

    made: ClassVar[list[CountingSession]] = []

    def __init__(self, path: str, timeout: float, **kwargs: Any) -> None:
        self.plotly_js = kwargs.get("plotly_js")
        self.drawn: list[str] = []
        self.closed = False
        self.process = None
        CountingSession.made.append(self)

    def render(
        self, figure: dict[str, Any], opts: dict[str, Any], topojson: str, cancel: Any = None
    ) -> bytes:
        time.sleep(0.3)
        self.drawn.append(str(figure.get("layout", {}).get("title")))
        return fake_png(2000, 1120)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[CountingSession]:
    monkeypatch.setattr(browser_module, "BrowserSession", CountingSession)
    monkeypatch.setattr(renderer_module, "find_browser", lambda: sys.executable)
    CountingSession.made = []
    return CountingSession


def test_two_jobs_at_once_share_one_browser_and_draw_each_chart_once(
    tmp_path: Path, counting: type[CountingSession]
) -> None:
    shared = SharedBrowser(idle=60)
    got: dict[str, dict[str, Any]] = {}

    def thumbnails() -> None:  # chart by chart, as the window's thumbnails
        with ChartRenderer(tmp_path, browser=shared) as renderer:
            got["thumbnails"] = {s.id: renderer.render([s])[s.id] for s in SPECS}

    def export() -> None:  # all at once, in the background, as the export
        with BackgroundCharts(SPECS, tmp_path, lambda: False, browser=shared) as charts:
            got["export"] = charts.images([s.id for s in SPECS], lambda _m: None, lambda: None)

    jobs = [threading.Thread(target=thumbnails), threading.Thread(target=export)]
    for job in jobs:
        job.start()
    for job in jobs:
        job.join(30)
    assert len(counting.made) == 1 and shared.starts == 1
    assert len(counting.made[0].drawn) == len(SPECS)  # none twice
    for spec in SPECS:
        assert got["thumbnails"][spec.id].path == got["export"][spec.id].path
    assert shared.running and not counting.made[0].closed  # kept for the next job
    shared.close()
    assert counting.made[0].closed and not shared.running
    with pytest.raises(RenderCancelled), ChartRenderer(tmp_path / "later", browser=shared) as r:
        r.render(SPECS[:1])  # closed for good: no browser starts again


def test_an_unused_browser_stops_after_the_idle_time(
    tmp_path: Path, counting: type[CountingSession]
) -> None:
    shared = SharedBrowser(idle=0.2)
    with ChartRenderer(tmp_path, browser=shared) as renderer:
        renderer.render(SPECS[:2])  # 0.6 s: in use, kept however long
        assert shared.running
    deadline = time.monotonic() + 5
    while shared.running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not shared.running and counting.made[0].closed
    assert len(counting.made) == 1


def test_a_failed_browser_is_replaced_for_everyone(
    tmp_path: Path, counting: type[CountingSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    failures = iter([TimeoutError("it took longer than 60 s")])

    def render_once_failing(self: CountingSession, *args: Any, **kwargs: Any) -> bytes:
        if (failure := next(failures, None)) is not None:
            raise failure
        return fake_png(2000, 1120)

    monkeypatch.setattr(CountingSession, "render", render_once_failing)
    shared = SharedBrowser(idle=60)
    with ChartRenderer(tmp_path, browser=shared) as renderer:
        renderer.render(SPECS[:1])
    first, second = counting.made
    assert first.closed and not second.closed and shared.starts == 2
    shared.close()


def test_a_job_stopped_while_the_browser_starts_leaves_it_starting_for_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real browser: the first job gives up while it starts; the next draws with it, and
    nothing is left running once the shared browser closes."""
    browser = shutil.which("chromium-headless-shell") or shutil.which("chromium")
    if browser is None:
        pytest.skip("no browser installed to draw charts")
    shared = SharedBrowser()
    stop = threading.Event()
    wait_open = browser_module.BrowserSession._wait_open

    def stopped_meanwhile(self: Any, cancel: Any = None) -> None:
        waited.append(self._opening is not None)
        stop.set()  # the job is stopped as it starts waiting
        wait_open(self, cancel)

    waited: list[bool] = []
    monkeypatch.setattr(browser_module.BrowserSession, "_wait_open", stopped_meanwhile)
    with (
        pytest.raises(RenderCancelled),
        ChartRenderer(tmp_path, browser=shared, browser_path=browser) as renderer,
    ):
        renderer.render(SPECS[:1], cancel=stop.is_set)
    monkeypatch.undo()
    assert waited == [True]  # it was still starting
    with ChartRenderer(tmp_path, browser=shared, browser_path=browser) as renderer:
        images = renderer.render(SPECS[:1])
        assert renderer.browser_starts == 0 and renderer.drawn == 1
    assert Path(images[SPECS[0].id].path).read_bytes()[:4] == b"\x89PNG"
    process: Any = shared.process
    assert shared.starts == 1 and process.poll() is None
    shared.close()
    assert process.poll() is not None and shared.process is None
