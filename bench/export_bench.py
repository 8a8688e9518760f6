"""Time `briefkit export --all` cold (empty chart cache) and warm, and one pio.to_image per chart.

Run: .venv/bin/python bench/export_bench.py [--runs N] [--no-baseline]   (needs Chromium;
writes into temporary folders). Each of the N runs (3) starts from an empty cache.
Target (issue 3): cold under 2.5 s + 0.25 s per distinct chart; warm under 2 s in total.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BRIEFKIT = [sys.executable, "-m", "briefkit"]


def timed_export(out: Path, cache: Path) -> float:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    start = time.perf_counter()
    subprocess.run(
        [*BRIEFKIT, "export", "--all", "--out", str(out)], env=env, check=True, capture_output=True
    )
    return time.perf_counter() - start


def per_figure_baseline() -> tuple[int, float]:
    """The same charts, each drawn by a plain pio.to_image call (a browser per figure)."""
    import plotly.io as pio

    from briefkit.catalog import load_catalog
    from briefkit.charts import build_figure, house_style, maps_dir
    from briefkit.compose import compose_briefing

    catalog = load_catalog()
    specs = [c for t in catalog.topics for c in compose_briefing(catalog, t).charts]
    style = house_style()
    pio.defaults.topojson = maps_dir().resolve().as_uri()  # offline outlines, as the app does
    start = time.perf_counter()
    for spec in specs:
        fig = build_figure(spec, style)
        pio.to_image(fig, format="png", width=1000, height=560, scale=2)
    return len(specs), time.perf_counter() - start


def conditions() -> str:
    """What the cold figure depends on: the browser, the plotly.js it loads, cached bytecode."""
    import importlib.util

    import pptx

    from briefkit.charts import find_browser
    from briefkit.charts.plotlyjs import bundle

    pyc = importlib.util.cache_from_source(pptx.__file__ or "")
    js = "small bundle" if bundle() else "whole plotly.js"
    code = "cached" if Path(pyc).is_file() else "NOT cached (run bash .ci/setup)"
    return f"browser {find_browser()}; {js}; bytecode {code}"


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    print(conditions())
    colds, warms = [], []
    for _ in range(runs):  # each run from an empty cache: the machine's noise shows in the spread
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            colds.append(timed_export(root / "cold", root / "cache"))
            warms.append(timed_export(root / "warm", root / "cache"))
            charts = len(list((root / "cache" / "briefkit" / "charts").glob("*.png")))
    print(f"export --all cold (empty cache): {spread(colds)}  ({charts} distinct charts)")
    print(f"export --all warm (cached):      {spread(warms)}")
    print(f"target cold: {2.5 + 0.25 * charts:.2f} s; target warm: 2.00 s")
    if "--no-baseline" not in sys.argv:
        n, baseline = per_figure_baseline()
        print(f"pio.to_image per chart:          {baseline:6.2f} s for {n} charts")


def spread(times: list[float]) -> str:
    """Median, and the fastest and slowest run."""
    ordered = sorted(times)
    median = statistics.median(ordered)
    return f"{median:6.2f} s median ({ordered[0]:.2f}-{ordered[-1]:.2f} s over {len(times)} runs)"


if __name__ == "__main__":
    main()
