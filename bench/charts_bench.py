"""Chart rendering benchmark: Briefkit's renderer (cold, warm) against plain kaleido calls.

    uv run python bench/charts_bench.py [--charts 12] [--skip-slow]

(a) ChartRenderer, empty cache: one browser for the job, every chart drawn
(b) ChartRenderer again on the same cache: nothing drawn, no browser started
(c) one plotly.io.to_image call per chart: a fresh browser each time
(d) kaleido's process-wide sync server (start_sync_server + calc_fig_sync), for comparison
(e) one plotly.io.write_images call for all charts (one browser, no cache)

The charts are the example specs of every kind, each copy with one record fewer so that no
two figures are identical (identical figures would be drawn once).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

from briefkit.catalog import load_catalog
from briefkit.charts import ChartRenderer, build_figure, house_style, maps_dir
from briefkit.charts.examples import example_specs
from briefkit.compose.model import ChartSpec


def sample_specs(n: int) -> list[ChartSpec]:
    """``n`` distinct specs, cycling through the chart kinds."""
    base = example_specs(load_catalog())
    specs = []
    for i in range(n):
        spec = base[i % len(base)]
        cut = i // len(base)
        specs.append(
            replace(
                spec,
                id=f"{spec.id}-{i}",
                incidents=spec.incidents[cut:],
                indicators=spec.indicators[: len(spec.indicators) - cut] or spec.indicators,
                measures=spec.measures[cut:],
            )
        )
    return specs


def timed(label: str, fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:7.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charts", type=int, default=12)
    parser.add_argument("--skip-slow", action="store_true", help="skip (c), a browser per chart")
    args = parser.parse_args()
    specs = sample_specs(args.charts)
    n = len(specs)
    style = house_style()
    figures = [build_figure(s, style) for s in specs]
    options = {"width": 1000, "height": 560, "scale": 2}
    topojson = maps_dir().resolve().as_uri()
    print(f"{n} charts, 1000 x 560 at scale 2 (2000 x 1120 px PNG)\n")

    import kaleido
    import plotly.io as pio

    # Untimed warm-up: the first browser launch after boot pays for cold disk caches.
    kaleido.start_sync_server(n=1, mathjax=False, silence_warnings=True)
    kaleido.stop_sync_server(silence_warnings=True)

    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)

        def cold() -> None:
            with ChartRenderer(cache) as renderer:
                renderer.render(specs)
                assert renderer.drawn == n and renderer.browser_starts == 1

        def warm() -> None:
            with ChartRenderer(cache) as renderer:
                renderer.render(specs)
                assert renderer.drawn == 0 and renderer.browser_starts == 0

        a = timed("(a) ChartRenderer, cold cache", cold)
        b = timed("(b) ChartRenderer, warm cache", warm)

    pio.defaults.topojson = topojson
    pio.defaults.headers = None  # else the sync server warns "kopts argument is ignored"

    def per_chart() -> None:
        for fig in figures:
            pio.to_image(fig, format="png", **options)

    def sync_server() -> None:
        kaleido.start_sync_server(n=1, mathjax=False, silence_warnings=True)
        try:
            for fig in figures:
                kaleido.calc_fig_sync(fig, opts={"format": "png", **options}, topojson=topojson)
        finally:
            kaleido.stop_sync_server(silence_warnings=True)

    def write_images() -> None:
        with tempfile.TemporaryDirectory() as out:
            files = [Path(out) / f"{i}.png" for i in range(n)]
            pio.write_images(figures, files, **options)

    c = None if args.skip_slow else timed("(c) plotly.io.to_image per chart", per_chart)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        d = timed("(d) kaleido sync server, one browser", sync_server)
    e = timed("(e) plotly.io.write_images, one call", write_images)

    print()
    print(f"per chart: cold {a / n:.2f} s, warm {b / n * 1000:.1f} ms", end="")
    if c is not None:
        print(f", to_image {c / n:.2f} s", end="")
    print(f", sync server {d / n:.2f} s, write_images {e / n:.2f} s")


if __name__ == "__main__":
    main()
