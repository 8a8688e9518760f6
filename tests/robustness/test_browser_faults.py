"""The chart browser missing, crashing or hanging: a time limit, one retry, a clear error, and
no browser process left running (checked in the process table).

Fake browsers are small scripts given as ``BROWSER_PATH``; the hang during a drawing uses the
real browser, frozen with SIGSTOP.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

import briefkit.charts.browser as browser_module
from briefkit.charts import BrowserNotFound, ChartRenderer, ChartRenderError
from briefkit.cli import Exit
from briefkit.compose import compose_briefing
from briefkit.resources import bundled
from helpers.robust import TOPIC, export, files_in

DATA = bundled("data")


def fake_browser(folder: Path, body: str) -> Path:
    """An executable Python script standing in for Chrome."""
    path = folder / "fake-chrome"
    path.write_text(f"#!{sys.executable}\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def running(marker: Path) -> list[int]:
    """Ids of live processes whose command line names ``marker``."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if str(marker).encode() in cmdline and state != "Z":
            found.append(int(proc.name))
    return found


@pytest.fixture
def specs(catalog):  # type: ignore[no-untyped-def]
    return compose_briefing(catalog, TOPIC).charts[:1]


@pytest.fixture
def quick_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser_module, "STARTUP_TIMEOUT", 2.0)
    monkeypatch.setattr(browser_module, "CLOSE_TIMEOUT", 1.0)


def test_browser_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chrome"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / "out"
    run = export(DATA, out)
    assert run.status == Exit.BROWSER, run.stderr
    assert "no-such-chrome" in run.stderr and "Chromium" in run.stderr
    assert files_in(out) == []


@pytest.mark.parametrize(
    "body",
    [
        "import sys; sys.exit(1)",
        "import os; os.kill(os.getpid(), 9)",
        "import time; time.sleep(600)",
    ],
    ids=["crashes-at-start", "killed-at-start", "hangs-at-start"],
)
def test_browser_failing_is_retried_once_then_a_clear_error(
    body: str,
    specs,
    tmp_path: Path,
    quick_limits: None,  # type: ignore[no-untyped-def]
) -> None:
    browser = fake_browser(tmp_path, body)
    started = time.monotonic()
    with ChartRenderer(tmp_path / "cache", browser_path=str(browser)) as renderer:
        with pytest.raises(ChartRenderError, match="even after a retry") as caught:
            renderer.render(specs)
        assert renderer.browser_starts == 2, "one retry in a fresh browser"
    assert time.monotonic() - started < 30, "bounded by the time limits"
    assert caught.value.chart_id == specs[0].id
    time.sleep(0.2)
    assert running(browser) == [], "no browser left running"


def test_browser_hanging_in_the_command_line_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_limits: None
) -> None:
    browser = fake_browser(tmp_path, "import time; time.sleep(600)")
    monkeypatch.setenv("BROWSER_PATH", str(browser))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / "out"
    run = export(DATA, out)
    assert run.status == Exit.BROWSER, run.stdout + run.stderr
    assert "could not be drawn" in run.stderr and "Traceback" not in run.stderr
    assert files_in(out) == []
    time.sleep(0.2)
    assert running(browser) == []


def test_browser_path_that_is_not_a_program(tmp_path: Path, specs) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "chrome.txt"
    text.write_text("not a program")
    renderer = ChartRenderer(tmp_path, browser_path=str(text))
    with renderer, pytest.raises(BrowserNotFound, match=r"chrome\.txt"):
        renderer.render(specs)


@pytest.mark.slow
def test_browser_freezing_while_drawing_is_replaced(  # type: ignore[no-untyped-def]
    tmp_path: Path, specs, catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browser_module, "CLOSE_TIMEOUT", 1.0)
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    other = compose_briefing(catalog, "wave-2011-2012").charts[:1]
    with ChartRenderer(tmp_path, timeout=4) as renderer:
        renderer.render(specs)
        frozen = renderer._session.process  # type: ignore[union-attr]
        os.killpg(frozen.pid, signal.SIGSTOP)  # hangs from now on, mid-job
        images = renderer.render(other)
        assert renderer.browser_starts == 2
        assert Path(images[other[0].id].path).stat().st_size > 1000
    assert frozen.poll() is not None, "the frozen browser was killed"
