"""The chart renderer with a real browser: PNG sizes, one browser per job, cache, cancel, maps."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from briefkit.charts import ChartRenderer, ChartRenderError, RenderCancelled, find_browser
from briefkit.compose.model import ChartImage, ChartSpec
from helpers.samples import example_charts

pytestmark = pytest.mark.slow


def png_size(path: str | Path) -> tuple[int, int]:
    head = Path(path).read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def group_alive(pgid: int, wait: float = 5.0) -> bool:
    """True if a live (not zombie) process of the browser's process group remains after
    ``wait`` seconds (killed processes take a moment to exit)."""
    deadline = time.monotonic() + wait
    while True:
        alive = False
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
                alive = True
                break
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


@dataclass
class Job:
    cache: Path
    specs: tuple[ChartSpec, ...]
    images: dict[str, ChartImage]
    browser_starts: int
    drawn: int
    browser_pid: int
    progress: list[tuple[int, int, str]]


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> Job:
    """Every example chart rendered once, cold, into a fresh cache (shared by this module)."""
    find_browser()  # fail early and clearly if the machine has no browser
    cache = tmp_path_factory.mktemp("chart-cache")
    specs = example_charts()
    progress: list[tuple[int, int, str]] = []
    with ChartRenderer(cache) as renderer:
        images = renderer.render(specs, progress=lambda *a: progress.append(a))
        assert renderer.browser_running
        pid = renderer._session.process.pid  # type: ignore[union-attr]
    return Job(cache, specs, images, renderer.browser_starts, renderer.drawn, pid, progress)


def test_every_chart_is_a_png_of_the_requested_size(job: Job) -> None:
    assert set(job.images) == {s.id for s in job.specs}
    for image in job.images.values():
        assert png_size(image.path) == (2000, 1120)
        assert (image.width_px, image.height_px) == (2000, 1120)
        assert abs(image.aspect - 0.56) < 1e-9
        assert Path(image.path).parent == job.cache
        assert len(image.alt_text) > 60


def test_one_browser_for_the_job_and_none_left_running(job: Job) -> None:
    assert job.browser_starts == 1
    assert job.drawn == len(job.specs)
    assert not group_alive(job.browser_pid)
    assert not list(job.cache.glob(".tmp-*")), "no half-written files"


def test_progress_counts_up_chart_by_chart(job: Job) -> None:
    total = len(job.specs)
    assert [p[0] for p in job.progress] == list(range(total + 1))
    assert job.progress[3] == (3, total, f"Rendering chart 4 of {total}")
    assert job.progress[-1] == (total, total, f"{total} charts ready")


def test_a_repeat_export_starts_no_browser(job: Job, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")  # would fail if one started
    with ChartRenderer(job.cache) as renderer:
        images = renderer.render(job.specs)
    assert renderer.browser_starts == 0 and renderer.drawn == 0
    assert renderer.built == 0, "found by spec key, no figure built"
    assert images == job.images


_WARM_RENDER = """
import json, sys
from briefkit.catalog import load_catalog
from briefkit.charts import ChartRenderer
from briefkit.charts.examples import example_specs

with ChartRenderer(sys.argv[1]) as renderer:
    images = renderer.render(example_specs(load_catalog()))
print(json.dumps({
    "loaded": sorted(m for m in ("plotly", "kaleido", "choreographer") if m in sys.modules),
    "counts": [renderer.built, renderer.drawn, renderer.browser_starts],
    "paths": {k: v.path for k, v in images.items()},
}))
"""


def test_a_repeat_export_in_a_new_process_loads_no_plotly(job: Job) -> None:
    env = {**os.environ, "BROWSER_PATH": "/nonexistent/chromium"}
    out = subprocess.run(
        [sys.executable, "-c", _WARM_RENDER, str(job.cache)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    result = json.loads(out)
    assert result["loaded"] == []
    assert result["counts"] == [0, 0, 0]
    assert result["paths"] == {k: v.path for k, v in job.images.items()}


def test_identical_charts_are_drawn_once(job: Job, tmp_path: Path) -> None:
    base = job.specs[0]
    twins = [base, replace(base, id="twin", title="Same data, other words")]
    with ChartRenderer(tmp_path) as renderer:
        images = renderer.render(twins)
    assert renderer.drawn == 1
    assert images[base.id].path == images["twin"].path
    assert images["twin"].alt_text.startswith("Same data, other words.")


def test_cancel_between_charts_keeps_what_was_drawn(job: Job, tmp_path: Path) -> None:
    renderer = ChartRenderer(tmp_path)

    def cancel() -> bool:
        return renderer.drawn >= 1  # let the first chart through

    with renderer, pytest.raises(RenderCancelled, match="1 of 6"):
        renderer.render(job.specs, cancel=cancel)
    assert renderer.drawn == 1
    assert len(list(tmp_path.glob("*.png"))) == 1
    with ChartRenderer(tmp_path) as again:  # the next run picks up where this one stopped
        again.render(job.specs[:1])
    assert again.browser_starts == 0


def test_the_map_draws_offline_outlines(job: Job) -> None:
    """The map picture has Kazakhstan's white fill and grey outlines, not an empty frame."""
    pytest.importorskip("PIL")
    from PIL import Image

    spec = next(s for s in job.specs if s.kind == "incidents-map")
    with Image.open(job.images[spec.id].path) as picture:
        found = picture.convert("RGB").getcolors(maxcolors=1 << 24) or []
    colours = Counter({colour: n for n, colour in found})
    total = sum(colours.values())
    land = colours[(0xEE, 0xF1, 0xF4)] / total
    home = colours[(0xFF, 0xFF, 0xFF)] / total
    dark = sum(n for (r, g, b), n in colours.items() if max(r, g, b) < 140) / total
    assert land > 0.25, "neighbouring countries drawn"
    assert home > 0.2, "Kazakhstan filled"
    assert dark > 0.003, "borders and labels drawn"


def test_a_chart_that_keeps_failing_is_a_clear_error_and_leaves_no_browser(
    job: Job, tmp_path: Path
) -> None:
    empty = tmp_path / "no-maps"
    empty.mkdir()
    spec = next(s for s in job.specs if s.kind == "incidents-map")
    with ChartRenderer(tmp_path / "cache", maps=empty) as renderer:
        with pytest.raises(ChartRenderError, match="map outlines could not be read") as caught:
            renderer.render([spec])
        assert renderer.browser_starts == 2, "one retry in a fresh browser"
        assert not renderer.browser_running
    assert caught.value.chart_id == spec.id


def test_closing_kills_a_browser_that_will_not_close(
    job: Job, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefkit.charts.browser as browser_module

    monkeypatch.setattr(browser_module, "CLOSE_TIMEOUT", 2.0)
    with ChartRenderer(tmp_path) as renderer:
        renderer.render(job.specs[:1])
        process = renderer._session.process  # type: ignore[union-attr]
        os.killpg(process.pid, signal.SIGSTOP)  # the browser hangs: it will not answer "close"
    assert process.poll() is not None
    assert not group_alive(process.pid)


def test_cancel_while_the_browser_starts_returns_within_a_second(job: Job, tmp_path: Path) -> None:
    started = time.monotonic()

    def cancel() -> bool:
        # Cancel once the browser's start has begun (a fixed delay raced an idle machine, which
        # starts the browser and draws one chart in under 0.4 s): the start is then under way.
        return renderer._session is not None or time.monotonic() - started > 0.4

    with ChartRenderer(tmp_path) as renderer, pytest.raises(RenderCancelled):
        renderer.render(job.specs[:1], cancel=cancel)
    assert time.monotonic() - started < 1.6
    assert not renderer.browser_running
    assert not any(tmp_path.glob("*.png"))


def test_drawing_without_page_reloads_gives_the_same_bytes(job: Job, tmp_path: Path) -> None:
    """kaleido reloads plotly.js after every figure; the renderer skips that (0.2 s a chart).
    A chart drawn after others on the same page is byte-identical to one drawn on a fresh page."""
    import kaleido

    assert hasattr(kaleido.Kaleido, "_return_kaleido_tab"), "kaleido's hook moved: no speed-up"
    first, *others = job.specs[:4]
    with ChartRenderer(tmp_path / "fresh") as fresh:
        alone = Path(fresh.render([first])[first.id].path).read_bytes()
    with ChartRenderer(tmp_path / "reused") as reused:
        images = reused.render([*others, first])
        assert reused.browser_starts == 1 and reused.drawn == len(others) + 1
    assert Path(images[first.id].path).read_bytes() == alone
