"""Issue 15's "Done when" table: export two topics with each real template and measure the result.

    .venv/bin/python bench/template_corpus.py [--templates DIR...] [--only NAME] [--json FILE]
                                              [--keep DIR]

Templates: every .pptx/.potx (decks) and .docx/.dotx (reports) under the given folders (default
``tests/fixtures/templates`` and ``/work/corpus`` when it exists; a file met twice under the same
name is taken once). For each one, and for the bundled templates as the reference, the topics
``aktobe-2016`` and ``wave-2011-2012`` are exported with ``briefkit export`` (its own cache, under
the keep folder, with finished documents emptied first so the current code renders them), every
output is converted to PDF by one LibreOffice call (a profile in the run's folder), and
``corpus_checks`` reads the words back (``pdftotext -bbox-layout``).

Decks pass when: written (exit 0); every chart present (as many chart pictures or chart frames
as with the bundled template, and no chart slide left without its figure); slide count within
1.3x of the bundled deck's; no word outside its shape or the page; no word over another
shape's words, a picture, chart or table, or the template's artwork. Also shown, not counted in
"all": continued slides holding a single paragraph or table row. Reports pass when: written;
both charts present (inline pictures); pages within 1.3x of the bundled report's; no table cell
shown one word per line; missing-style warnings grouped (at most one line per document). Under
the reports' table: how close ``briefkit check``'s page estimate (``render.report.pages``,
without LibreOffice) comes to LibreOffice's count.

Prints a markdown table per kind and the totals ("decks passing all: N/M"); ``--json FILE`` writes
the details (which slide, which word, which shape). ``--only NAME`` runs the templates whose file
name contains NAME; ``--length summary`` exports the summary decks. ``--keep DIR`` keeps exports
and PDFs in DIR (else a temporary folder is removed); ``--remeasure`` (with ``--keep``) measures
them again without exporting.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_checks as checks

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ("aktobe-2016", "wave-2011-2012")
DEFAULT_DIRS = (ROOT / "tests" / "fixtures" / "templates", Path("/work/corpus"))
KINDS = {".pptx": "deck", ".potx": "deck", ".docx": "report", ".dotx": "report"}
RATIO = 1.3
LENGTH = ["full"]
"""The decks' length (``--length``): full, or summary (``<topic>-summary.pptx``)."""


@dataclass
class Template:
    """One template file and what is measured of it."""

    name: str
    path: Path | None  # None: the bundled template
    kind: str
    origin: str = ""
    size: str = ""
    result: dict[str, Any] = field(default_factory=dict)


def discover(dirs: list[Path], only: str | None) -> list[Template]:
    """Templates under the folders, once per file name, decks first."""
    seen: dict[str, Template] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            kind = KINDS.get(path.suffix.lower())
            if kind is None or path.stem in seen or not zipfile.is_zipfile(path):
                continue
            if only and only not in path.name:
                continue
            seen[path.stem] = Template(path.stem, path, kind, *describe(path, kind))
    return sorted(seen.values(), key=lambda t: (t.kind, t.name))


def describe(path: Path, kind: str) -> tuple[str, str]:
    """The application that saved the file, and its slide or page size."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        app = (
            z.read("docProps/app.xml").decode("utf8", "replace")
            if ("docProps/app.xml" in names)
            else ""
        )
        main = "ppt/presentation.xml" if kind == "deck" else "word/document.xml"
        body = z.read(main).decode("utf8", "replace")
        kingsoft = any(
            b"KSOProductBuildVer" in z.read(n) or b"wps.cn/officeDocument" in z.read(n)
            for n in names
            if n == "docProps/custom.xml" or n.startswith("customXml/item")
        )
        layouts = " ".join(
            z.read(n).decode("utf8", "replace")[:3000]
            for n in names
            if n.startswith("ppt/slideLayouts/slideLayout")
        )
    m = re.search(r"<Application>([^<]*)</Application>", app)
    application = m.group(1) if m else ""
    if kingsoft:  # WPS writes "Microsoft Office Word" in app.xml; its mark is elsewhere
        origin = "WPS"
    elif "TITLE_AND_BODY" in layouts:
        origin = "Google Slides"
    elif "Macintosh" in application:
        origin = "PowerPoint Mac" if kind == "deck" else "Word Mac"
    elif "Microsoft" in application:
        origin = "PowerPoint" if kind == "deck" else "Word"
    elif "LibreOffice" in application or "Blank Slide" in layouts:
        origin = "LibreOffice"
    elif "WPS" in application or "Kingsoft" in application:
        origin = "WPS"
    else:
        origin = application.split("/")[0] or "?"
    if kind == "deck":
        s = re.search(r'<p:sldSz[^>]*cx="(\d+)"[^>]*cy="(\d+)"', body)
        ratio = int(s.group(1)) / int(s.group(2)) if s else 0
        size = (
            "16:9"
            if abs(ratio - 16 / 9) < 0.02
            else "4:3"
            if abs(ratio - 4 / 3) < 0.02
            else (f"{ratio:.2f}:1")
        )
    else:
        s = re.search(r'<w:pgSz[^>]*w:w="(\d+)"', body)
        width = int(s.group(1)) if s else 0
        size = (
            "A4"
            if abs(width - 11906) < 60
            else "Letter"
            if abs(width - 12240) < 60
            else (f"{width / 567:.1f} cm")
        )
    return origin, size


def export(template: Template, out: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run ``briefkit export`` for both topics; exit status, files, warnings."""
    fmt = "pptx" if template.kind == "deck" else "docx"
    cmd = [str(ROOT / ".venv" / "bin" / "briefkit"), "export", *TOPICS, "--format", fmt]
    if template.path is not None:
        cmd += [f"--template-{fmt}", str(template.path)]
    cmd += ["--out", str(out), "--force", "--json", "--length", LENGTH[0]]
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    except subprocess.TimeoutExpired:
        return {"exit": "timeout", "files": {}, "warnings": [], "error": "timed out"}
    summary: dict[str, Any] = {}
    if run.returncode == 0:
        try:
            summary = json.loads(run.stdout)
        except json.JSONDecodeError:
            summary = {}
    stem = "-summary" if fmt == "pptx" and LENGTH[0] == "summary" else ""
    files = {t: out / f"{t}{stem}.{fmt}" for t in TOPICS if (out / f"{t}{stem}.{fmt}").exists()}
    return {
        "exit": run.returncode,
        "files": files,
        "warnings": summary.get("warnings", []),
        "error": "" if run.returncode == 0 else run.stderr.strip().splitlines()[-1:],
    }


def to_pdf(files: list[Path], pdf_dir: Path, profile: Path) -> None:
    """Convert every file to PDF in one LibreOffice call per 40 files, with a profile of this
    run's own (so runs from several worktrees do not clash)."""
    pdf_dir.mkdir(parents=True, exist_ok=True)
    from briefkit.render.office.pdf import find_soffice

    soffice = find_soffice() or "soffice"
    for start in range(0, len(files), 40):
        batch = [str(f) for f in files[start : start + 40]]
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.resolve().as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(pdf_dir),
                *batch,
            ],
            capture_output=True,
            timeout=1800,
            check=False,
        )


def staged(template: Template, topic: str, exported: Path, stage: Path) -> Path:
    """The exported file copied under a name unique across templates (LibreOffice names PDFs
    after their input)."""
    stage.mkdir(parents=True, exist_ok=True)
    target = stage / f"{template.kind}--{template.name}--{topic}{exported.suffix}"
    shutil.copyfile(exported, target)
    return target


def measure_deck(t: Template, ref: Template, pdf_dir: Path) -> None:
    """Fill ``t.result`` with the deck checks, per topic and overall."""
    res = t.result
    topics: dict[str, Any] = {}
    for topic in TOPICS:
        entry: dict[str, Any] = {}
        out = res["staged"].get(topic)
        base = ref.result["staged"].get(topic)
        if out is None or base is None:
            topics[topic] = {"written": False}
            continue
        mine, theirs = checks.deck_charts(out), checks.deck_charts(base)
        entry["written"] = True
        entry["charts"] = [mine["charts"], theirs["charts"]]
        entry["chart_slides_without_figure"] = checks.chart_slides_without_figure(theirs, mine)
        entry["slides"] = [mine["slides"], theirs["slides"]]
        entry["orphans"] = [checks.orphan_slides(out), checks.orphan_slides(base)]
        pdf = pdf_dir / f"{out.stem}.pdf"
        if pdf.exists():
            entry["render"] = checks.check_deck(out, pdf, t.path)
        else:
            entry["render"] = {"error": "no PDF", "outside": 1, "overlaps": 1}
        topics[topic] = entry
    written, ok, common = _common_checks(
        res,
        topics,
        lambda e: e["charts"][0] >= e["charts"][1] and not e["chart_slides_without_figure"],
    )
    res["checks"] = {
        **common,
        "slides": _all(
            ok,
            lambda e: e["slides"][0] <= RATIO * e["slides"][1],
            lambda es: f"{max(e['slides'][0] / e['slides'][1] for e in es):.2f}x",
            written,
        ),
        "outside": _all(ok, lambda e: e["render"]["outside"] == 0, _render("outside"), written),
        "overlaps": _all(ok, lambda e: e["render"]["overlaps"] == 0, _render("overlaps"), written),
        "orphans": _all(
            ok,
            lambda e: not e["orphans"][0],
            lambda es: (
                "/".join(str(len(e["orphans"][0])) for e in es)
                + f" (bundled {'/'.join(str(len(e['orphans'][1])) for e in es)})"
            ),
            written,
        ),
    }


def _render(key: str) -> Any:
    def figure(es: list[dict[str, Any]]) -> str:
        words = sum(e["render"][key] for e in es)
        slides = sum(1 for e in es for s in e["render"].get("problem_slides", []) if s.get(key))
        return f"{words} words, {slides} slides" if words else "0"

    return figure


#: The largest body size (pt) the 1.3x page rule holds for (issue 15, point 7).
BODY_PT = 12.0


def _common_checks(
    res: dict[str, Any], topics: dict[str, Any], charts_ok: Any
) -> tuple[bool, list[dict[str, Any]], dict[str, tuple[bool, str]]]:
    """Keep ``topics`` in ``res``; whether every topic was written, the written ones, and the
    checks decks and reports share (written; every chart present, by ``charts_ok``)."""
    res["topics"] = topics
    written = res["exit"] == 0 and all(e.get("written") for e in topics.values())
    ok = [e for e in topics.values() if e.get("written")]
    charts = _all(
        ok,
        charts_ok,
        lambda es: f"{sum(e['charts'][0] for e in es)}/{sum(e['charts'][1] for e in es)}",
        written,
    )
    return (
        written,
        ok,
        {
            "written": (written, "" if written else f"exit {res['exit']} (see --json)"),
            "charts": charts,
        },
    )


def _all(entries: list[dict[str, Any]], test: Any, figure: Any, written: bool) -> tuple[bool, str]:
    if not entries:
        return (False, "-")
    return (written and all(test(e) for e in entries), figure(entries))


def measure_report(t: Template, ref: Template, pdf_dir: Path) -> None:
    """Fill ``t.result`` with the report checks, per topic and overall."""
    res = t.result
    topics: dict[str, Any] = {}
    for topic in TOPICS:
        out = res["staged"].get(topic)
        base = ref.result["staged"].get(topic)
        if out is None or base is None:
            topics[topic] = {"written": False}
            continue
        pdf, base_pdf = pdf_dir / f"{out.stem}.pdf", pdf_dir / f"{base.stem}.pdf"
        pages = checks.pdf_pages(pdf) if pdf.exists() else 0
        base_pages = checks.pdf_pages(base_pdf) if base_pdf.exists() else 0
        cells = checks.one_word_lines(checks.report_cells(out), pdf) if pdf.exists() else []
        if base_pdf.exists():  # the bundled report's own narrow cells are not the template's
            known = set(checks.one_word_lines(checks.report_cells(base), base_pdf))
            cells = [c for c in cells if c not in known]
        warnings = [
            w
            for w in res["warnings"]
            if w.startswith(f"{topic}.") and checks.missing_style_warning(w)
        ]
        topics[topic] = {
            "written": True,
            "charts": [checks.report_pictures(out), checks.report_pictures(base)],
            "pages": [pages, base_pages],
            "estimated": [_estimate(out), _estimate(base)],
            "body_pt": checks.report_body_pt(t.path),
            "one_word_per_line_cells": cells,
            "style_warnings": len(warnings),
        }
    written, ok, common = _common_checks(res, topics, lambda e: e["charts"][0] >= e["charts"][1])
    res["checks"] = {
        **common,
        "pages": _all(
            ok,
            # The rule covers bodies up to 12 pt; larger ones get a warning instead.
            lambda e: 0 < e["pages"][0] <= RATIO * e["pages"][1] or e["body_pt"] > BODY_PT,
            lambda es: (
                f"{max(e['pages'][0] / max(e['pages'][1], 1) for e in es):.2f}x"
                + (f" ({es[0]['body_pt']:g} pt body)" if es[0]["body_pt"] > BODY_PT else "")
            ),
            written,
        ),
        "cells": _all(
            ok,
            lambda e: not e["one_word_per_line_cells"],
            lambda es: str(sum(len(e["one_word_per_line_cells"]) for e in es)),
            written,
        ),
        "styles": _all(
            ok,
            lambda e: e["style_warnings"] <= 1,
            lambda es: f"{max(e['style_warnings'] for e in es)} lines",
            written,
        ),
    }


def _estimate(path: Path) -> int:
    import docx

    from briefkit.render.report.pages import estimate_pages

    return int(estimate_pages(docx.Document(str(path))))


def estimate_line(templates: list[Template]) -> str:
    """How far the page estimates are from LibreOffice's counts, over the reports."""
    offs = [
        abs(e["estimated"][0] - e["pages"][0])
        for t in templates
        if t.kind == "report"
        for e in t.result.get("topics", {}).values()
        if e.get("written") and e["pages"][0]
    ]
    if not offs:
        return ""
    return (
        f"page estimate (briefkit check, no LibreOffice) against LibreOffice's count: "
        f"{offs.count(0)}/{len(offs)} reports exact, {sum(o <= 1 for o in offs)}/{len(offs)} "
        f"within a page, at most {max(offs)} pages off"
    )


#: Columns shown but not counted in "all" (issue 15's table has its own five checks).
INFORMATIVE = {"orphans"}

COLUMNS = {
    "deck": [
        ("written", "written"),
        ("charts", "every chart"),
        ("slides", "slides ≤1.3x"),
        ("outside", "no text outside box"),
        ("overlaps", "no text over text/chart/artwork"),
        ("orphans", "lone continued items*"),
    ],
    "report": [
        ("written", "written"),
        ("charts", "both charts"),
        ("pages", "pages ≤1.3x"),
        ("cells", "no one-word-per-line cell"),
        ("styles", "style warnings grouped"),
    ],
}


def table(templates: list[Template], kind: str) -> str:
    """The markdown table of one kind, with its totals."""
    cols = COLUMNS[kind]
    rows = [t for t in templates if t.kind == kind]
    if not rows:
        return ""
    head = ["template", "origin", "size", *(c[1] for c in cols), "all"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    passing = {c[0]: 0 for c in cols}
    all_ok = 0
    for t in rows:
        cells = []
        for key, _ in cols:
            ok, figure = t.result["checks"][key]
            passing[key] += ok
            cells.append(("✓" if ok else "✗") + (f" {figure}" if figure else ""))
        every = all(t.result["checks"][k][0] for k, _ in cols if k not in INFORMATIVE)
        all_ok += every
        lines.append(
            f"| {t.name} | {t.origin} | {t.size} | "
            + " | ".join(cells)
            + f" | {'✓' if every else '✗'} |"
        )
    n = len(rows)
    lines.append(
        "| **passing** | | | "
        + " | ".join(f"{passing[k]}/{n}" for k, _ in cols)
        + f" | **{all_ok}/{n}** |"
    )
    lines.append(f"\n{kind}s passing all: {all_ok}/{n}")
    if kind == "report" and (estimates := estimate_line(rows)):
        lines.append(estimates)
    if any(k in INFORMATIVE for k, _ in cols):
        lines.append(
            "\n\\* lone continued items: continued slides (per topic) holding a single "
            'paragraph or table row; not part of "all" (the issue\'s table).'
        )
    return "\n".join(lines)


def run(dirs: list[Path], only: str | None, keep: Path, remeasure: bool = False) -> list[Template]:
    """Export, convert and measure every template (and the bundled references); with
    ``remeasure``, measure again what an earlier run left in ``keep``."""
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = str(keep / "cache")
    templates = discover(dirs, only)
    kinds = sorted({t.kind for t in templates})
    refs = {k: Template(f"bundled-{k}", None, k, "Briefkit", "bundled") for k in kinds}
    stage, pdf_dir, log = keep / "stage", keep / "pdf", keep / "exports.json"
    if remeasure:
        done = json.loads(log.read_text())
        for t in [*refs.values(), *templates]:
            t.result = dict(done[f"{t.kind}/{t.name}"])
            t.result["staged"] = {k: Path(v) for k, v in t.result["staged"].items()}
    else:
        shutil.rmtree(keep / "cache" / "briefkit" / "charts" / "documents", ignore_errors=True)
        shutil.rmtree(stage, ignore_errors=True)
        shutil.rmtree(pdf_dir, ignore_errors=True)
        todo: list[Path] = []
        started = time.monotonic()
        for t in [*refs.values(), *templates]:
            t.result = export(t, keep / "out" / t.kind / t.name, env)
            t.result["staged"] = {
                topic: staged(t, topic, path, stage)
                for topic, path in t.result.pop("files").items()
            }
            todo += t.result["staged"].values()
            print(f"exported {t.name}: exit {t.result['exit']}", file=sys.stderr)
        log.write_text(
            json.dumps(
                {f"{t.kind}/{t.name}": t.result for t in [*refs.values(), *templates]},
                default=str,
                indent=1,
            )
        )
        print(
            f"exports: {time.monotonic() - started:.0f} s; converting {len(todo)} files",
            file=sys.stderr,
        )
        started = time.monotonic()
        to_pdf(todo, pdf_dir, keep / "lo-profile")
        print(f"conversion: {time.monotonic() - started:.0f} s", file=sys.stderr)
    for t in templates:
        (measure_deck if t.kind == "deck" else measure_report)(t, refs[t.kind], pdf_dir)
    return templates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", nargs="+", type=Path, help="folders of templates")
    parser.add_argument("--only", help="only templates whose file name contains this")
    parser.add_argument("--json", type=Path, help="write the details here")
    parser.add_argument("--keep", type=Path, help="keep exports and PDFs in this folder")
    parser.add_argument("--length", choices=("full", "summary"), default="full", help="deck length")
    parser.add_argument(
        "--remeasure", action="store_true", help="measure again what --keep DIR holds (no export)"
    )
    args = parser.parse_args(argv)
    LENGTH[0] = args.length
    dirs = args.templates or [d for d in DEFAULT_DIRS if d.is_dir()]
    keep = args.keep or Path(tempfile.mkdtemp(prefix="template-corpus-"))
    keep.mkdir(parents=True, exist_ok=True)
    try:
        templates = run(dirs, args.only, keep, args.remeasure and args.keep is not None)
        for kind in ("deck", "report"):
            text = table(templates, kind)
            if text:
                print(f"\n### {kind}s\n\n{text}")
        if args.json:
            details = {
                t.name: {
                    "kind": t.kind,
                    "path": str(t.path),
                    "origin": t.origin,
                    "size": t.size,
                    **{k: v for k, v in t.result.items() if k not in ("files", "staged")},
                }
                for t in templates
            }
            args.json.write_text(json.dumps(details, indent=1, ensure_ascii=False, default=str))
    finally:
        if args.keep is None:
            shutil.rmtree(keep, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
