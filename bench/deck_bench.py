"""Time ``render_deck`` (or ``render_summary_deck``) for the bundled topics, in-process (warm).

    .venv/bin/python bench/deck_bench.py [--repeat 5] [--profile] [--summary]
    .venv/bin/python bench/deck_bench.py --save-xml DIR      (before a change)
    .venv/bin/python bench/deck_bench.py --compare-xml DIR   (after it: the output must not change)

Prints the seconds (wall clock, and the process's CPU time) for rendering every topic's deck
once, for each repeat, then the best. The first pass also pays for imports and caches warming
up, and a shared machine is noisy, so compare the best of several.
``--summary`` times the summary decks (``render_summary_deck``) instead.
``--profile`` prints the functions that take the most time (cumulative) over one more pass.
``--save-xml`` writes every part of each deck (slides, notes, relationships...) into a folder;
``--compare-xml`` renders again and names each part that differs from the saved one.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
import zipfile
from pathlib import Path

from briefkit.catalog import load_catalog
from briefkit.charts import ChartRenderer, default_cache_dir
from briefkit.compose import compose_briefing
from briefkit.render.deck.summary import render_summary_deck
from briefkit.render.deck.template import load_deck_template
from briefkit.render.deck.writer import render_deck
from briefkit.resources import bundled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over all topics")
    parser.add_argument("--profile", action="store_true", help="profile one more pass")
    parser.add_argument("--summary", action="store_true", help="the summary decks instead")
    parser.add_argument("--save-xml", type=Path, metavar="DIR", help="save every deck's parts")
    parser.add_argument("--compare-xml", type=Path, metavar="DIR", help="compare with saved parts")
    args = parser.parse_args()
    render = render_summary_deck if args.summary else render_deck

    catalog = load_catalog()
    briefings = [compose_briefing(catalog, topic) for topic in catalog.topics]
    with ChartRenderer(default_cache_dir()) as renderer:
        images = renderer.render([spec for b in briefings for spec in b.charts])
    template = load_deck_template(bundled("templates") / "deck.pptx")

    if args.save_xml or args.compare_xml:
        folder = args.save_xml or args.compare_xml
        differ = 0
        for briefing in briefings:
            out = io.BytesIO()
            render(briefing, images, template, out)
            with zipfile.ZipFile(out) as package:
                parts = {name: package.read(name) for name in package.namelist()}
            saved = folder / briefing.topic_id
            if args.save_xml:
                for name, blob in parts.items():
                    (saved / name).parent.mkdir(parents=True, exist_ok=True)
                    (saved / name).write_bytes(blob)
                continue
            before = {str(f.relative_to(saved)) for f in saved.rglob("*") if f.is_file()}
            for name in sorted(before | set(parts)):
                if (
                    name not in parts
                    or name not in before
                    or (saved / name).read_bytes() != parts[name]
                ):
                    print(f"differs: {briefing.topic_id}/{name}")
                    differ += 1
        print(f"saved in {folder}" if args.save_xml else f"{differ} part(s) differ")
        sys.exit(1 if differ else 0)

    def one_pass() -> tuple[float, float]:
        start, start_cpu = time.perf_counter(), time.process_time()
        for briefing in briefings:
            render(briefing, images, template, io.BytesIO())
        return time.perf_counter() - start, time.process_time() - start_cpu

    times = []
    for _ in range(max(1, args.repeat)):
        times.append(one_pass())
        wall, cpu = times[-1]
        print(f"{render.__name__} x{len(briefings)}: {wall:.2f} s (cpu {cpu:.2f} s)")
    print(f"best of {len(times)}: {min(times)[0]:.2f} s (cpu {min(t[1] for t in times):.2f} s)")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(one_pass)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
