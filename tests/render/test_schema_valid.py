"""Every output is valid against the OOXML schemas (``schemavalid``, openxml-audit): the report,
the deck and the handout of every bundled topic, in both languages and both chart modes, in
both bundled template pairs, a marked briefing and a composition; and the validator itself
catches what it must (a negative ``c:axId``, a broken document).

Charts are stand-in pictures (no browser); native charts are drawn by PowerPoint's own chart
parts, which are what the schema checks.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import briefkit.export as export_module
from briefkit.cli import cli
from briefkit.compose.model import ChartImage
from briefkit.resources import bundled
from helpers.documents import make_png
from helpers.schemavalid import schema_errors

TEMPLATES = bundled("templates")
MINISTRY = ["--template-docx", str(TEMPLATES / "ministry-report.docx")]
MINISTRY += ["--template-pptx", str(TEMPLATES / "ministry-deck.pptx")]
FORMATS = ["--format", "docx", "--format", "pptx", "--format", "handout"]
RUNS: dict[str, list[str]] = {
    "en-picture": ["--all", "--lang", "en", "--chart-mode", "picture"],
    "en-native": ["--all", "--lang", "en", "--chart-mode", "native"],
    "ru-picture": ["--all", "--lang", "ru", "--chart-mode", "picture"],
    "ru-native": ["--all", "--lang", "ru", "--chart-mode", "native"],
    "ministry-native": ["--all", "--chart-mode", "native", *MINISTRY],
    "marked": ["aktobe-2016", "--marking", "FOR OFFICIAL USE ONLY", "--prepared-by", "Unit 4"],
    "composition": [
        "--compose",
        "aktobe-2016:summary",
        "legal-reforms:laws",
        "wave-2011-2012:summary",
        "--title",
        "A composed briefing",
        "--chart-mode",
        "native",
    ],
}


class _StandInCharts:
    """``export.chart_drawing``'s result: one real PNG for every chart."""

    def __init__(self, png: Path) -> None:
        self.png = png

    def __enter__(self) -> _StandInCharts:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def images(self, ids: Any, *args: Any) -> dict[str, ChartImage]:
        return {i: ChartImage(str(self.png), 2000, 1120, "A chart.") for i in ids}

    def finish(self, *args: Any) -> int:
        return 0


@pytest.fixture(scope="module")
def png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("chart") / "chart.png")


@pytest.mark.parametrize("run", sorted(RUNS))
def test_every_output_is_schema_valid(
    run: str, png: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "chart_drawing", lambda *a: _StandInCharts(png))
    args = ["export", *RUNS[run], *FORMATS, "--out", str(tmp_path), "--json"]
    result = CliRunner(env={"XDG_CACHE_HOME": str(tmp_path / "cache")}).invoke(cli, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    paths = [Path(f["path"]) for f in summary["files"]]
    assert len(paths) >= 3 and {p.suffix for p in paths} == {".docx", ".pptx"}
    if "native" in run:
        assert any(_has_chart_part(p) for p in paths)
    found = {p.name: schema_errors(p) for p in paths}
    assert not any(found.values()), {name: errors[:5] for name, errors in found.items() if errors}


def _has_chart_part(path: Path) -> bool:
    with zipfile.ZipFile(path) as package:
        return any(n.startswith("ppt/charts/chart") for n in package.namelist())


def _changed(path: Path, part_prefix: str, old: bytes, new: bytes, out: Path) -> Path:
    """A copy of ``path`` with ``old`` replaced by ``new`` in the first part named so."""
    buffer = io.BytesIO()
    done = False
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if not done and info.filename.startswith(part_prefix) and old in data:
                data, done = data.replace(old, new), True
            target.writestr(info, data)
    assert done, (part_prefix, old)
    out.write_bytes(buffer.getvalue())
    return out


def test_the_validator_catches_a_negative_axis_id_and_a_broken_document(
    png: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "chart_drawing", lambda *a: _StandInCharts(png))
    args = ["export", "aktobe-2016", "--chart-mode", "native", *FORMATS, "--out", str(tmp_path)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    deck, report = tmp_path / "aktobe-2016.pptx", tmp_path / "aktobe-2016.docx"
    assert schema_errors(deck) == [] and schema_errors(report) == []
    with zipfile.ZipFile(deck) as package:
        chart = next(n for n in package.namelist() if n.startswith("ppt/charts/chart"))
        axis = package.read(chart).split(b'<c:axId val="')[1].split(b'"')[0]
    negative = _changed(
        deck, chart, b'val="' + axis + b'"', b'val="-' + axis + b'"', tmp_path / "n.pptx"
    )
    assert any("less than minimum 0" in e for e in schema_errors(negative))
    broken = _changed(
        report, "word/document.xml", b"<w:body>", b"<w:body><w:bogus/>", tmp_path / "b.docx"
    )
    assert any("bogus" in e for e in schema_errors(broken))
