"""Export the bundled topics in every combination, and compare two such exports part by part.

    .venv/bin/python bench/compare_outputs.py export OUT [--cache DIR] [--fresh-documents]
    .venv/bin/python bench/compare_outputs.py compare BEFORE AFTER

``export`` runs ``briefkit export --all`` once per combination of template set (the bundled
one, and templates/ministry-report.docx + templates/ministry-deck.pptx), language (en, ru) and
chart mode (picture, native), each writing the report, the deck and the handout into
``OUT/<templates>-<lang>-<charts>/``; one more run adds a handling marking and "prepared by"
(``OUT/default-en-picture-marked/``). ``--cache DIR`` points Briefkit's cache at DIR (through
``XDG_CACHE_HOME``) so chart images are shared between two exports; ``--fresh-documents``
empties the finished-document cache in DIR before each run, so every document is rendered.

``compare`` matches the files of two such folders by relative path and, for Office files (zip
packages), compares them part by part: the same parts in the same order, the same bytes in
each, the same zip entry fields except the entry timestamps. It prints what differs and a
count; the exit status is 1 when anything does. Export's manifests
(``.briefkit-manifest.json`` and ``.lock``) are left out: they hold each whole file's hash,
which the zip entry times change.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from briefkit.manifest import MANIFEST_NAME
from briefkit.options import ChartMode, Format

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_SETS: dict[str, list[str]] = {
    "default": [],
    "ministry": [
        "--template-docx",
        str(ROOT / "templates" / "ministry-report.docx"),
        "--template-pptx",
        str(ROOT / "templates" / "ministry-deck.pptx"),
    ],
}
LANGUAGES = ("en", "ru")
CHART_MODES = tuple(ChartMode)
FORMATS = (Format.DOCX, Format.PPTX, Format.HANDOUT)
MARKING = "FOR OFFICIAL USE ONLY"
_MANIFEST = MANIFEST_NAME.removesuffix(".json")  # the manifest, its lock and damaged copies
_ENTRY_FIELDS = ("compress_type", "external_attr", "internal_attr", "create_system", "flag_bits")


def export(out: Path, cache: Path | None, fresh_documents: bool) -> int:
    """Run every combination into ``out``; the number of failed runs."""
    briefkit = ROOT / ".venv" / "bin" / "briefkit"
    env = dict(os.environ)
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    failures = 0
    runs: list[tuple[str, list[str]]] = []
    for templates, template_args in TEMPLATE_SETS.items():
        for lang in LANGUAGES:
            for charts in CHART_MODES:
                args = ["--lang", lang, "--chart-mode", charts, *template_args]
                runs.append((f"{templates}-{lang}-{charts}", args))
    runs.append(("default-en-picture-marked", ["--marking", MARKING, "--prepared-by", "Unit 4"]))
    for name, args in runs:
        if fresh_documents and cache is not None:
            shutil.rmtree(cache / "briefkit" / "charts" / "documents", ignore_errors=True)
        command = [str(briefkit), "export", "--all", "--force", "--out", str(out / name)]
        command += [arg for fmt in FORMATS for arg in ("--format", fmt)]
        start = time.perf_counter()
        done = subprocess.run([*command, *args], env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        print(f"{name}: exit {done.returncode} in {seconds:.1f} s", flush=True)
        if done.returncode:
            failures += 1
            print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
    return failures


def _describe(a: bytes, b: bytes) -> str:
    """Where two byte strings first differ, with a little context."""
    pairs = enumerate(zip(a, b, strict=False))
    at = next((i for i, (x, y) in pairs if x != y), min(len(a), len(b)))
    lo = max(0, at - 40)
    return (
        f"{len(a)} vs {len(b)} bytes, first difference at {at}:\n"
        f"      before: {a[lo : at + 60]!r}\n      after:  {b[lo : at + 60]!r}"
    )


def compare_packages(before: bytes, after: bytes) -> tuple[int, list[str]]:
    """The number of parts compared and a line per difference between two zip packages."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(before)) as zb, zipfile.ZipFile(io.BytesIO(after)) as za:
        names_b = [i.filename for i in zb.infolist()]
        names_a = [i.filename for i in za.infolist()]
        if names_b != names_a:
            gone = sorted(set(names_b) - set(names_a))
            new = sorted(set(names_a) - set(names_b))
            problems.append(f"  parts differ: only before {gone}, only after {new}")
            if not gone and not new:
                problems.append("  parts are in another order")
        infos_a = {i.filename: i for i in za.infolist()}
        compared = 0
        for info in zb.infolist():
            other = infos_a.get(info.filename)
            if other is None:
                continue
            compared += 1
            for name in _ENTRY_FIELDS:
                if getattr(info, name) != getattr(other, name):
                    problems.append(
                        f"  {info.filename}: zip field {name} "
                        f"{getattr(info, name)!r} vs {getattr(other, name)!r}"
                    )
            blob_b, blob_a = zb.read(info), za.read(other)
            if blob_b != blob_a:
                problems.append(f"  {info.filename}: {_describe(blob_b, blob_a)}")
    return compared, problems


def _compared(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(_MANIFEST)


def compare(before: Path, after: Path) -> int:
    """Compare two export folders; print the differences; 1 if there are any."""
    files_b = {p.relative_to(before) for p in before.rglob("*") if _compared(p)}
    files_a = {p.relative_to(after) for p in after.rglob("*") if _compared(p)}
    differing = 0
    parts = 0
    for name in sorted(files_b - files_a):
        print(f"{name}: only in {before}")
    for name in sorted(files_a - files_b):
        print(f"{name}: only in {after}")
    common = sorted(files_b & files_a)
    for name in common:
        data_b, data_a = (before / name).read_bytes(), (after / name).read_bytes()
        if zipfile.is_zipfile(io.BytesIO(data_b)) and zipfile.is_zipfile(io.BytesIO(data_a)):
            compared, problems = compare_packages(data_b, data_a)
            parts += compared
        else:
            parts += 1
            problems = [] if data_b == data_a else [f"  {_describe(data_b, data_a)}"]
        if problems:
            differing += 1
            print(f"{name}: differs", *problems, sep="\n")
    missing = len(files_b ^ files_a)
    print(
        f"{len(common)} documents compared ({parts} parts): {len(common) - differing} identical, "
        f"{differing} differ; {missing} in one folder only"
    )
    return 1 if differing or missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("export", help="export every combination into a folder")
    run.add_argument("out", type=Path)
    run.add_argument("--cache", type=Path, help="XDG_CACHE_HOME for the runs")
    run.add_argument(
        "--fresh-documents", action="store_true", help="empty the document cache before each run"
    )
    check = commands.add_parser("compare", help="compare two export folders")
    check.add_argument("before", type=Path)
    check.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "export":
        return 1 if export(args.out, args.cache, args.fresh_documents) else 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
