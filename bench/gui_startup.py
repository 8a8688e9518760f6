"""How fast the desktop window appears, measured from a fresh process.

Each run starts a new Python process (as ``briefkit gui`` would), builds the window with
settings in a temporary folder, shows it, and reports:

- ``paint``: seconds from launching the process to the window's first paint;
- ``topics``: seconds until the topics list is filled (the data loads after the first paint);
- which heavy modules (plotly, kaleido, python-pptx, python-docx) were imported by the first
  paint; there should be none;
- which programs (LibreOffice, a browser) the process had started by the first paint; there
  should be none.

Usage::

    .venv/bin/python bench/gui_startup.py                  # offscreen, 7 runs
    .venv/bin/python bench/gui_startup.py --runs 3 --platform xcb   # a real X display
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("plotly", "kaleido", "pptx", "docx", "choreographer", "lxml")

CHILD = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool, QTimer
from briefkit.gui.app import application
from briefkit.gui.main_window import MainWindow
from briefkit.gui.settings import Settings

HEAVY = %(heavy)r
result = {}
app = application([sys.argv[0]])
window = MainWindow(Settings(QSettings(os.environ["BENCH_SETTINGS"], QSettings.Format.IniFormat)))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in result:
            QTimer.singleShot(0, painted)
        return False

def painted():
    if "paint" in result:
        return
    result["paint"] = time.time() - t0
    result["heavy"] = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
    result["core"] = sorted(m for m in sys.modules if m.startswith("briefkit.")
                            and not m.startswith("briefkit.gui"))
    result["children"] = children()
    result["topics_then"] = window.topics.model.rowCount()
    window.start()

def children():  # the programs this process has started (LibreOffice, a browser), by name
    found = []
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children") as listed:
                pids = listed.read().split()
        except OSError:
            continue
        for pid in pids:
            try:
                with open(f"/proc/{pid}/comm") as comm:
                    found.append(comm.read().strip())
            except OSError:
                found.append(pid)
    return sorted(found)

def loaded(_catalog):
    result["topics"] = time.time() - t0
    QTimer.singleShot(0, app.quit)

spy = FirstPaint()
window.installEventFilter(spy)
window.catalog_loaded.connect(loaded)
window.resize(1280, 800)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
print("BENCH " + json.dumps(result), flush=True)  # before the teardown, which cannot lose it
QThreadPool.globalInstance().waitForDone(10000)  # as the app does: no worker outlives the window
window.close()
"""


def measure_once(platform: str = "offscreen") -> dict[str, object]:
    """One cold start in a new process: ``paint`` and ``topics`` seconds, heavy modules."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = platform
        env["BENCH_SETTINGS"] = str(Path(tmp) / "settings.ini")
        env["PYTHONPATH"] = str(ROOT / "desktop")
        env["BENCH_T0"] = repr(time.time())
        done = subprocess.run(
            [sys.executable, "-c", CHILD % {"heavy": HEAVY}],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"the window did not start (exit {done.returncode}):\n{done.stdout[-1000:]}\n"
            f"{done.stderr[-2000:]}"
        )
    result: dict[str, object] = json.loads(lines[-1][6:])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen", help="offscreen, or xcb under X")
    args = parser.parse_args()
    measure_once(args.platform)  # warm the file cache; not counted
    runs = [measure_once(args.platform) for _ in range(args.runs)]
    paint = [float(r["paint"]) for r in runs]  # type: ignore[arg-type]
    topics = [float(r["topics"]) for r in runs if "topics" in r]  # type: ignore[arg-type]
    print(f"platform {args.platform}, {args.runs} runs")
    print(
        f"first paint : median {statistics.median(paint):.2f} s "
        f"(min {min(paint):.2f}, max {max(paint):.2f})"
    )
    if topics:
        print(
            f"topics shown: median {statistics.median(topics):.2f} s "
            f"(min {min(topics):.2f}, max {max(topics):.2f})"
        )
    heavy = sorted({m for r in runs for m in r["heavy"]})  # type: ignore[attr-defined]
    print(f"heavy modules at first paint: {', '.join(heavy) if heavy else 'none'}")
    started = sorted({c for r in runs for c in r["children"]})  # type: ignore[attr-defined]
    print(f"programs started by first paint: {', '.join(started) if started else 'none'}")
    core = sorted({m for r in runs for m in r["core"]})  # type: ignore[attr-defined]
    print(f"core modules at first paint: {', '.join(core) if core else 'none'}")


if __name__ == "__main__":
    main()
