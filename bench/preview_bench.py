"""Time the window's Pages tab: every slide and page of a bundled topic, cold and cached, and
how long the window's event loop stalls meanwhile.

Run: .venv/bin/python bench/preview_bench.py [--topic aktobe-2016] [--runs 3] [--lang en]
(offscreen; needs Chromium, LibreOffice and poppler-utils; writes into temporary folders).

Each run builds the window with settings and caches of its own and shows the Pages tab:

- ``cold``: empty chart, document and page caches (the charts are drawn, the documents
  written, LibreOffice and pdftoppm run);
- ``pages``: charts and documents cached (as after an export), the pages not;
- ``warm``: the same again in the same window, ``--settle`` seconds later (the LibreOffices
  started for the next look are ready, as when someone goes through topic after topic);
- ``cached``: the same choices again (the pictures are read from the page cache).

For each: seconds from choosing the topic to the first thumbnail, to the deck's first slide
(the top of the grid, which shows the deck first), to the last slide of the deck, to the last
page of the report, to all thumbnails, and the longest the event loop went
without running a 5 ms timer (``stall``; the window freezes for that long at worst).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class StallMeter:
    """The longest gap between two ticks of a 5 ms timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now


def look(window: Any, app: Any, topic: str, other: str, timeout: float = 300.0) -> dict[str, Any]:
    """Choose ``topic`` with the Pages tab shown; times to the last slide and last page."""
    from briefkit.page_preview import Document

    panel, pages = window.preview_panel, window.pages
    arrived: dict[str, float] = {}
    finished: list[float] = []
    started = time.perf_counter()

    def on_arrived(thumb: Any) -> None:
        arrived.setdefault("first", time.perf_counter() - started)
        if thumb.page.document == Document.DECK and thumb.page.number == 1:
            arrived["slide 1"] = time.perf_counter() - started
        arrived[str(thumb.page.document)] = time.perf_counter() - started

    pages.service.arrived.connect(on_arrived)
    pages.service.done.connect(lambda _n: finished.append(time.perf_counter() - started))
    failed: list[str] = []
    pages.service.unavailable.connect(failed.append)
    meter = StallMeter()
    window.topics.select(other)  # from another topic, as a person clicks
    app.processEvents()
    meter.start()
    started = time.perf_counter()
    window.topics.select(topic)
    panel.tabs.setCurrentWidget(panel.pages)
    while not finished and not failed and time.perf_counter() - started < timeout:
        app.processEvents()
        time.sleep(0.001)
    stall = meter.stop()
    pages.service.arrived.disconnect(on_arrived)
    if failed or not finished:
        raise SystemExit(f"the pages did not arrive: {failed or 'timed out'}")
    shown = panel.pages.pages
    return {
        "first": arrived.get("first", float("nan")),
        "slide 1": arrived.get("slide 1", float("nan")),
        "deck": arrived.get(Document.DECK.value, float("nan")),
        "report": arrived.get(Document.REPORT.value, float("nan")),
        "all": finished[0],
        "stall": stall,
        "slides": next((p.total for p in shown if p.document == Document.DECK), 0),
        "pages": next((p.total for p in shown if p.document == Document.REPORT), 0),
    }


def idle_stall(window: Any, app: Any, topic: str, other: str, seconds: float) -> float:
    """The longest stall while choosing ``topic`` with the Contents tab shown (no pages), for
    comparison: what the window costs without the Pages tab on this machine now."""
    panel = window.preview_panel
    panel.tabs.setCurrentIndex(0)
    window.topics.select(other)
    app.processEvents()
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.topics.select(topic)
    while time.perf_counter() - started < seconds:
        app.processEvents()
        time.sleep(0.001)
    return meter.stop()


def wait_events(app: Any, seconds: float) -> None:
    """Let the window run for ``seconds``."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        app.processEvents()
        time.sleep(0.005)


def run(topic: str, other: str, lang: str, settle: float) -> dict[str, dict[str, Any]]:
    """One cold, one pages-only (then again after ``settle`` seconds in the same window) and
    one cached look, each in a fresh window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefkit.gui.main_window import MainWindow
    from briefkit.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = {}
    with tempfile.TemporaryDirectory(prefix="preview-bench-") as tmp:
        cache = Path(tmp) / "cache"
        for name in ("cold", "pages", "cached"):
            if name == "pages":
                shutil.rmtree(cache / "pages")
            settings = Settings(
                QSettings(str(Path(tmp) / f"{name}.ini"), QSettings.Format.IniFormat)
            )
            settings.output_folder = Path(tmp) / "out"
            window = MainWindow(settings, cache_dir=cache, pdf_reason=None)
            window.resize(1280, 800)
            window.show()
            loaded: list[object] = []
            window.catalog_loaded.connect(loaded.append)
            window.start()
            while not loaded:
                app.processEvents()
                time.sleep(0.001)
            if lang != "en":
                window.options.set_output_language(lang)
            if name == "cached":
                results["no pages"] = {"stall": idle_stall(window, app, topic, other, 2.0)}
            results[name] = look(window, app, topic, other)
            if name == "pages":  # looked at for a while: LibreOffice started for the next look
                wait_events(app, settle)
                shutil.rmtree(cache / "pages")
                results["warm"] = look(window, app, topic, other)
            window.preview.wait()
            window.pages.wait()
            window.close()
            window.deleteLater()
            app.processEvents()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", default="aktobe-2016")
    parser.add_argument("--other", default="legal-reforms", help="the topic shown before")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--settle", type=float, default=8.0, help="seconds looked at the pages before 'warm'"
    )
    args = parser.parse_args()
    runs = [run(args.topic, args.other, args.lang, args.settle) for _ in range(args.runs)]
    first = runs[0]["cached"]
    print(
        f"{args.topic} ({args.lang}): {first['slides']} slides, {first['pages']} report pages; "
        f"medians of {args.runs} runs (seconds)"
    )
    print(f"{'':8} {'first':>7} {'slide 1':>7} {'deck':>7} {'report':>7} {'all':>7} {'stall':>7}")
    for name in ("cold", "pages", "warm", "cached"):
        row = [
            statistics.median(r[name][k] for r in runs)
            for k in ("first", "slide 1", "deck", "report", "all", "stall")
        ]
        print(f"{name:8} " + " ".join(f"{v:7.2f}" for v in row))
    worst = max(r[n]["stall"] for r in runs for n in ("cold", "pages", "warm", "cached"))
    print(f"worst event-loop stall while rendering pages: {worst * 1000:.0f} ms")
    base = statistics.median(r["no pages"]["stall"] for r in runs)
    print(f"for comparison, choosing the topic with no Pages tab shown: {base * 1000:.0f} ms")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
