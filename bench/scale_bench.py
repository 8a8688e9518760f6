"""Time the report and the deck of a large topic, and a deck of a large composition.

    .venv/bin/python bench/scale_bench.py [--incidents 3000] [--sections 500] [--uncapped]
                                          [--profile]

Builds a copy of the bundled data in a temporary folder with ``--incidents`` more incidents
(copies of a bundled Aktobe region one, with new ids and dates inside the topic's period) taken
by the rule of the topic ``aktobe-2016`` and shown in full in its first incidents table; then
times, in this process and without charts (no browser), composing the topic, ``render_report``
and ``render_deck``; then the deck of a composition of ``--sections`` sections (the bundled
topics' sections, repeated). Each time is wall clock and, in brackets, this process's CPU time
(steadier on a shared machine). ``--uncapped`` lifts the deck's limits (rows per table, slides
per deck) to time slide building itself; ``--profile`` prints the functions that take the most
time (cumulative) in the composition's deck.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import datetime as dt
import io
import pstats
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefkit.catalog import load_catalog
from briefkit.compose import compose_briefing
from briefkit.render.deck.template import load_deck_template
from briefkit.render.deck.writer import render_deck
from briefkit.render.report.template import load_report_template
from briefkit.render.report.writer import render_report
from briefkit.resources import bundled

TOPIC = "aktobe-2016"


def large_data(folder: Path, incidents: int) -> Path:
    """A copy of the bundled data with ``incidents`` more incidents in the topic TOPIC (copies of
    an Aktobe region incident, which its rule takes without being listed)."""
    data = folder / "data"
    shutil.copytree(bundled("data"), data)
    table = data / "incidents.csv"
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, model = rows[0], next(r for r in rows[1:] if r[0] == "aktobe-attacks-2016-06-05")
    start = dt.date(2011, 6, 1)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for n in range(incidents):
        row = list(model)
        row[0] = f"bench-incident-{n:06d}"
        row[header.index("date")] = (start + dt.timedelta(days=n % 2000)).isoformat()
        row[header.index("date_precision")] = "day"
        writer.writerow(row)
    with table.open("a", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    topic = data / "topics" / f"{TOPIC}.yaml"
    text = topic.read_text(encoding="utf-8")
    # the first incidents table lists them all (a table with no subset shows every incident)
    text = text.replace("        incidents: [aktobe-attacks-2016-06-05, land-protests-2016]\n", "")
    topic.write_text(text, encoding="utf-8")
    return data


def uncap() -> None:
    """Lift the deck's limits (rows per table, slides per deck) where this version has them."""
    from briefkit.render.deck import tables, writer

    for module, name in ((tables, "DECK_TABLE_ROWS"), (writer, "MAX_DECK_SLIDES")):
        if hasattr(module, name):
            setattr(module, name, 10**9)


def timed(label: str, work: Callable[[], Any]) -> Any:
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label}: {wall:.1f} s ({cpu:.1f} s CPU)", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=3000)
    parser.add_argument("--sections", type=int, default=500)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--uncapped", action="store_true", help="no deck limits (to time slide building itself)"
    )
    args = parser.parse_args()
    if args.uncapped:
        uncap()
    report_template = load_report_template(bundled("templates") / "report.docx")
    deck_template = load_deck_template(bundled("templates") / "deck.pptx")
    with tempfile.TemporaryDirectory(prefix="briefkit-scale-") as tmp:
        if args.incidents:
            catalog = timed(
                f"load {args.incidents} more incidents",
                lambda: load_catalog(large_data(Path(tmp), args.incidents)),
            )
            briefing = timed("compose", lambda: compose_briefing(catalog, TOPIC))
            report, deck = io.BytesIO(), io.BytesIO()
            timed("report", lambda: render_report(briefing, {}, report_template, report))
            timed("deck", lambda: render_deck(briefing, {}, deck_template, deck))
            print(f"report {len(report.getvalue()):,} bytes, deck {len(deck.getvalue()):,} bytes")
    if args.sections:
        composed = composition(args.sections)
        deck = io.BytesIO()
        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
        timed(
            f"deck of a composition of {args.sections} sections",
            lambda: render_deck(composed, {}, deck_template, deck),
        )
        if args.profile:
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        from pptx import Presentation

        slides = len(Presentation(io.BytesIO(deck.getvalue())).slides)
        print(f"composition deck: {slides} slides, {len(deck.getvalue()):,} bytes")


def composition(sections: int) -> Any:
    """A composed briefing of ``sections`` sections: every section of the bundled topics, the
    list repeated (a composition names each part once, so the copies are made here)."""
    import dataclasses

    from briefkit.compose.assemble import assemble_custom
    from briefkit.compose.custom import CustomBriefing, Part
    from briefkit.compose.custom import section_ids as ids_of

    catalog = load_catalog()
    parts = tuple(Part(t, s) for t in catalog.topics for s in ids_of(catalog, t))
    spec = CustomBriefing(title="Scale", parts=parts, name="scale")
    briefings = {t: compose_briefing(catalog, t) for t in spec.topics}
    briefing = assemble_custom(catalog, spec, briefings)
    base = briefing.sections
    copies = tuple(
        dataclasses.replace(base[n % len(base)], id=f"{base[n % len(base)].id}-{n}")
        for n in range(sections)
    )
    return dataclasses.replace(briefing, sections=copies)


if __name__ == "__main__":
    main()
