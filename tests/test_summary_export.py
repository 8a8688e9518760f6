"""``--length summary`` through the command line and composition files: names, lengths, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from briefkit import export
from briefkit.cli import Exit, main
from briefkit.compose.custom import CompositionError, dump_composition, load_composition
from briefkit.manifest import read_manifest
from briefkit.options import Format, Length, document_names
from briefkit.render.deck.summary import SUMMARY_SLIDES
from helpers.nocharts import no_charts


def slides(path: Path) -> int:
    return len(Presentation(str(path)).slides)


def test_summary_names() -> None:
    assert document_names("x", Format.PPTX, "en", length=Length.SUMMARY) == ["x-summary.pptx"]
    assert document_names("x", Format.PDF, "ru", length=Length.SUMMARY) == [
        "x-ru-report.pdf",
        "x-ru-summary.pdf",
    ]
    assert document_names("x", Format.HANDOUT, "en", length=Length.SUMMARY) == [
        "x-summary-handout.docx"
    ]
    assert document_names("x", Format.DOCX, "en", length=Length.SUMMARY) == ["x.docx"]  # the report
    assert document_names("x", Format.PPTX) == ["x.pptx"]


def test_cli_writes_summary_decks_beside_the_full_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "chart_drawing", no_charts)
    out = tmp_path / "out"
    args = ["export", "wave-2011-2012", "--format", "pptx", "--out", str(out)]
    assert main([*args, "--format", "handout", "--length", "summary"]) == Exit.OK
    assert main(args) == Exit.OK  # the full deck, beside it
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == [
        "wave-2011-2012-summary-handout.docx",
        "wave-2011-2012-summary.pptx",
        "wave-2011-2012.pptx",
    ]
    assert slides(out / "wave-2011-2012-summary.pptx") <= SUMMARY_SLIDES
    assert slides(out / "wave-2011-2012.pptx") > 40
    assert set(read_manifest(out)) >= set(names)
    # the full deck inline, when asked
    inline = tmp_path / "inline"
    assert main([*args[:-1], str(inline), "--disputes", "inline"]) == Exit.OK
    assert slides(inline / "wave-2011-2012.pptx") == slides(out / "wave-2011-2012.pptx") - 2


def test_a_composition_chooses_its_length(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "chart_drawing", no_charts)
    spec = tmp_path / "short.yaml"
    spec.write_text(
        "title: Aktobe in brief\nlength: summary\n"
        "sections:\n  - aktobe-2016:summary\n  - aktobe-2016:context\n"
        "  - aktobe-2016:interpretations\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    command = ["export", "legal-reforms", "--compose-file", str(spec), "--format", "pptx"]
    assert main([*command, "--out", str(out)]) == Exit.OK
    assert sorted(p.name for p in out.glob("*.pptx")) == [
        "aktobe-in-brief-summary.pptx",
        "legal-reforms.pptx",
    ]
    deck = Presentation(str(out / "aktobe-in-brief-summary.pptx"))
    titles = [s.shapes.title.text if s.shapes.title else "" for s in deck.slides]
    assert len(titles) <= SUMMARY_SLIDES
    assert titles[0] == "Aktobe in brief"
    assert "Where the sources disagree" in titles


def test_composition_file_length(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("title: T\nlength: short\nsections:\n  - aktobe-2016:attack\n")
    with pytest.raises(CompositionError, match=r"c\.yaml:2: length: must be full or summary"):
        load_composition(path)
    path.write_text("title: T\nlength: summary\nsections:\n  - aktobe-2016:attack\n")
    spec = load_composition(path)
    assert spec.length == Length.SUMMARY
    again = tmp_path / "again.yaml"
    again.write_text(dump_composition(spec), encoding="utf-8")
    assert load_composition(again).length == Length.SUMMARY
    path.write_text("title: T\nsections:\n  - aktobe-2016:attack\n")
    assert load_composition(path).length is None
