"""How fast the command line answers ``--help`` and ``--version``, from a fresh process.

Each run starts ``briefkit`` (the console script of the Python given) as a user would and
reports, over the runs, the wall time and the CPU time (user + system) the process spent, in
milliseconds, and which Briefkit modules and large libraries the command imported. On a loaded
machine wall time swings with the load; CPU time is the steadier figure to compare.

Usage::

    .venv/bin/python bench/cli_startup.py                       # 20 runs of each
    .venv/bin/python bench/cli_startup.py --python /other/.venv/bin/python --runs 40
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ARGS = (("--help",), ("--version",))
WATCHED = ("pydantic", "yaml", "lxml", "plotly", "pptx", "docx", "tempfile", "importlib.resources")
PROBE = r"""
import sys
from briefkit.cli import main
try:
    main(sys.argv[1:])
finally:
    seen = sorted(m for m in sys.modules if m.startswith("briefkit") or m in %(watched)r)
    sys.stderr.write("\nMODULES " + " ".join(seen) + "\n")
"""


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def _modules(python: str, args: tuple[str, ...]) -> str:
    probe = subprocess.run(
        [python, "-c", PROBE % {"watched": WATCHED}, *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    lines = [line for line in probe.stderr.splitlines() if line.startswith("MODULES ")]
    return lines[-1].removeprefix("MODULES ") if lines else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the Python of a venv")
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    script = str(Path(options.python).with_name("briefkit"))
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {script}")
    for args in ARGS:
        runs = [_timed([script, *args]) for _ in range(options.runs)]
        wall = sorted(w for w, _ in runs)
        cpu = sorted(c for _, c in runs)
        print(
            f"{' '.join(args):10} wall min {wall[0]:.0f} median {statistics.median(wall):.0f} ms;"
            f" cpu min {cpu[0]:.0f} median {statistics.median(cpu):.0f} ms"
        )
        print(f"{'':10} imports: {_modules(options.python, args)}")


if __name__ == "__main__":
    main()
