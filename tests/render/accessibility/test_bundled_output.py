"""Every bundled topic, in both bundled templates, both languages and both chart modes, passes
the accessibility check with no finding: in the files written and in what the export says.

The charts are stand-in pictures with the alt text the real ones carry (``describe``), so that
no browser is needed; the documents are otherwise the ones an export writes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import briefkit.export as export_module
from briefkit.charts.alt_text import describe
from briefkit.compose.model import ChartImage
from briefkit.export import ExportRequest, run_export
from briefkit.options import ChartMode, ExportOptions, Format
from briefkit.render.accessibility import check_file
from briefkit.resources import bundled
from helpers.documents import make_png

pytestmark = pytest.mark.slow


class _StandInCharts:
    """``export.chart_drawing``'s result: one stand-in picture for every chart."""

    def __init__(self, specs: Sequence[Any], png: Path) -> None:
        self._alt = {spec.id: describe(spec) for spec in specs}
        self._png = png

    def __enter__(self) -> _StandInCharts:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def images(self, ids: Sequence[str], *args: Any) -> dict[str, ChartImage]:
        return {i: ChartImage(str(self._png), 2000, 1120, self._alt[i]) for i in ids}

    def finish(self, *args: Any) -> int:
        return 0


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("ministry", [False, True], ids=["bundled", "ministry"])
def test_bundled_briefings_have_no_accessibility_finding(
    lang: str, ministry: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    png = make_png(tmp_path / "chart.png")
    monkeypatch.setattr(
        export_module, "chart_drawing", lambda specs, *a, **k: _StandInCharts(specs, png)
    )
    templates = bundled("templates")
    picture = ExportOptions(
        formats=(Format.DOCX, Format.PPTX, Format.HANDOUT, Format.NOTE),
        lang=lang,
        template_docx=templates / "ministry-report.docx" if ministry else None,
        template_pptx=templates / "ministry-deck.pptx" if ministry else None,
        marking="FOR OFFICIAL USE ONLY",
    )
    native = dataclasses.replace(picture, formats=(Format.PPTX,), chart_mode=ChartMode.NATIVE)
    for n, options in enumerate((picture, native)):
        out = tmp_path / f"out{n}"
        result = run_export(ExportRequest((), options, out_dir=out, cache_dir=tmp_path / "cache"))
        assert len(result.files) == 5 * len(options.formats)
        for written in result.files:
            assert written.accessibility == (), [str(f) for f in written.accessibility]
            assert check_file(written.path) == []
