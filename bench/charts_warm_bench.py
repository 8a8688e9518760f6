"""Warm chart cache benchmark: what a repeat export pays for the bundled topics' charts.

    .venv/bin/python bench/charts_warm_bench.py [--runs 3] [--cache DIR]

A first process renders every chart of every bundled topic into an empty cache (cold, draws
with a browser). Then fresh processes each render the same charts again (warm: every image is
on disk) and report the seconds ``ChartRenderer.render()`` took, and whether plotly or kaleido
got imported. Composing the briefings is not timed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_CHILD = """
import json, sys, time
from briefkit.catalog import load_catalog
from briefkit.compose import compose_briefing

catalog = load_catalog()
specs = [s for t in catalog.topics for s in compose_briefing(catalog, t).charts]
start = time.perf_counter()
from briefkit.charts import ChartRenderer

with ChartRenderer(sys.argv[1]) as renderer:
    renderer.render(specs)
seconds = time.perf_counter() - start
print(json.dumps({
    "charts": len(specs),
    "seconds": seconds,
    "drawn": renderer.drawn,
    "browser_starts": renderer.browser_starts,
    "loaded": sorted(m for m in ("plotly", "kaleido", "choreographer") if m in sys.modules),
}))
"""


def run(cache: Path) -> dict[str, object]:
    """One render of every bundled chart in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(cache)], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="warm runs (each a new process)")
    parser.add_argument("--cache", type=Path, help="cache folder (default: a fresh temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        start = time.perf_counter()
        cold = run(cache)
        print(
            f"cold: {cold['charts']} charts, {cold['drawn']} drawn, render {cold['seconds']:.3f} s "
            f"(process {time.perf_counter() - start:.1f} s)"
        )
        best = float("inf")
        for n in range(args.runs):
            warm = run(cache)
            seconds = float(warm["seconds"])  # type: ignore[arg-type]
            best = min(best, seconds)
            print(
                f"warm {n + 1}: render {seconds:.3f} s, drawn {warm['drawn']}, "
                f"browsers {warm['browser_starts']}, loaded {warm['loaded'] or 'nothing heavy'}"
            )
        print(f"best warm render: {best:.3f} s")


if __name__ == "__main__":
    main()
