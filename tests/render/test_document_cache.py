"""Finished documents are cached by what they are made from: a repeat export renders nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

import briefkit.document_rendering as document_rendering
import briefkit.export as export
from briefkit.export import ExportRequest, run_export
from briefkit.options import ChartMode, ExportOptions, OnExisting
from briefkit.resources import bundled
from helpers.nocharts import no_charts

TOPIC = "legal-reforms"


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Exports without a browser; the formats actually rendered, in order."""
    monkeypatch.setattr(export, "chart_drawing", no_charts)
    rendered: list[str] = []
    fresh = document_rendering.render_fresh

    def counting(briefing: Any, fmt: str, *args: Any) -> list[str]:
        rendered.append(fmt)
        return fresh(briefing, fmt, *args)

    monkeypatch.setattr(document_rendering, "render_fresh", counting)
    return rendered


def export_to(out: Path, cache: Path, **options: Any) -> None:
    request = ExportRequest(
        topics=(TOPIC,),
        options=ExportOptions(**options),
        out_dir=out,
        cache_dir=cache,
        on_existing=OnExisting.REPLACE,
    )
    run_export(request)


def test_a_repeat_export_renders_nothing_and_writes_the_same_documents(
    tmp_path: Path, renders: list[str]
) -> None:
    export_to(tmp_path / "first", tmp_path / "cache")
    assert renders == ["docx", "pptx"]
    export_to(tmp_path / "second", tmp_path / "cache")
    assert renders == ["docx", "pptx"], "nothing rendered the second time"
    for name in (f"{TOPIC}.docx", f"{TOPIC}.pptx"):
        assert parts(tmp_path / "second" / name) == parts(tmp_path / "first" / name)


@pytest.mark.parametrize(
    "change",
    [
        {"marking": "FOR OFFICIAL USE ONLY"},
        {"prepared_by": "Analysis unit"},
        {"chart_mode": ChartMode.NATIVE},
        {"lang": "ru"},
        {"template_pptx": bundled("templates") / "ministry-deck.pptx"},
        {"template_docx": bundled("templates") / "ministry-report.docx"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_anything_that_changes_a_document_renders_it_again(
    tmp_path: Path, renders: list[str], change: dict[str, Any]
) -> None:
    export_to(tmp_path / "first", tmp_path / "cache")
    del renders[:]
    export_to(tmp_path / "second", tmp_path / "cache", **change)
    assert renders, "rendered again"
    changed = {"chart_mode": ["pptx"], "template_pptx": ["pptx"], "template_docx": ["docx"]}
    assert renders == changed.get(next(iter(change)), ["docx", "pptx"])


def test_a_damaged_cache_entry_is_rendered_again(tmp_path: Path, renders: list[str]) -> None:
    export_to(tmp_path / "first", tmp_path / "cache")
    for entry in (tmp_path / "cache" / "documents").glob("*.json"):
        entry.write_text("not json", encoding="utf-8")
    export_to(tmp_path / "second", tmp_path / "cache")
    assert renders == ["docx", "pptx", "docx", "pptx"]
    assert parts(tmp_path / "second" / f"{TOPIC}.docx") == parts(
        tmp_path / "first" / f"{TOPIC}.docx"
    )
