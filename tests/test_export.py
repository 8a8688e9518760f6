"""End to end: the real command line exports every topic; the files are reopened and checked."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.util import Emu

from briefkit.cli import Exit, main
from helpers.samples import BUNDLED_TOPICS

pytestmark = pytest.mark.slow

TOPICS = BUNDLED_TOPICS


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, cache: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    """Every topic exported once, cold, through the CLI with --json."""
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    out = tmp_path_factory.mktemp("briefings")
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(cache))
    try:
        from click.testing import CliRunner

        runner = CliRunner()
        result = runner.invoke(
            __import__("briefkit.cli", fromlist=["cli"]).cli,
            [
                "export",
                "--all",
                "--out",
                str(out),
                "--marking",
                "FOR OFFICIAL USE ONLY",
                "--prepared-by",
                "Test Unit",
                "--json",
            ],
            catch_exceptions=False,
        )
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    return out, summary


def test_every_topic_as_report_and_deck(exported) -> None:  # type: ignore[no-untyped-def]
    out, summary = exported
    written = {(f["topic"], f["format"]) for f in summary["files"]}
    assert written == {(t, f) for t in TOPICS for f in ("docx", "pptx")}
    for f in summary["files"]:
        assert Path(f["path"]).stat().st_size == f["bytes"] > 10_000
    assert not list(out.glob(".*.part")), "temporary files left behind"
    assert 5 < summary["charts_drawn"] <= summary["charts"]


def test_report_structure_and_facts(exported, catalog) -> None:  # type: ignore[no-untyped-def]
    out, _ = exported
    doc = Document(str(out / "aktobe-2016.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "The Aktobe attacks of June 2016" in text
    assert "FOR OFFICIAL USE ONLY" in text
    assert "Test Unit" in text
    body = doc.element.body.xml
    assert "TOC \\o" in body or "TOC \\\\o" in body or " TOC " in body
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading 1")]
    topic = catalog.topics["aktobe-2016"]
    for section in topic.sections:
        assert section.title in headings
    assert "Sources" in headings
    pictures = doc.inline_shapes
    assert len(pictures) >= 2
    for shape in pictures:
        descr = shape._inline.docPr.get("descr")
        assert descr and len(descr) > 20
    assert "SEQ Figure" in body
    assert "17" in text and "Sources disagree" in text
    sources_part = text[text.rindex("Sources") :]
    for source in catalog.sources.values():
        if source.id in ("black-june-2017", "unknown-terrorism-2016", "ct-measures-2013"):
            assert source.title[:30] in sources_part
    assert doc.core_properties.title == "The Aktobe attacks of June 2016"
    assert "Aktobe" in doc.core_properties.keywords


def test_key_figures_reach_both_documents(exported, catalog) -> None:  # type: ignore[no-untyped-def]
    from briefkit.compose import compose_briefing

    out, _ = exported
    for topic in TOPICS:
        briefing = compose_briefing(catalog, topic)
        doc = Document(str(out / f"{topic}.docx"))
        doc_text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
            c.text for t in doc.tables for r in t.rows for c in r.cells
        )
        deck = Presentation(str(out / f"{topic}.pptx"))
        deck_text = "\n".join(
            s.text_frame.text for sl in deck.slides for s in sl.shapes if s.has_text_frame
        ) + "\n".join(
            c.text
            for sl in deck.slides
            for s in sl.shapes
            if s.has_table
            for r in s.table.rows
            for c in r.cells
        )
        for figure in briefing.key_figures:
            assert figure.value in doc_text, (topic, figure.value)
            assert figure.value in deck_text.replace("\u00a0", " "), (topic, figure.value)
        for section in briefing.sections:
            assert section.title in deck_text.replace("\u00a0", " "), (topic, section.title)


def test_deck_structure(exported) -> None:  # type: ignore[no-untyped-def]
    out, _ = exported
    for topic in TOPICS:
        deck = Presentation(str(out / f"{topic}.pptx"))
        assert abs(deck.slide_width / deck.slide_height - 16 / 9) < 0.01
        slides = list(deck.slides)
        assert len(slides) > 8
        assert slides[0].shapes.title.text
        for index, slide in enumerate(slides):
            for shape in slide.shapes:
                assert shape.left >= 0 and shape.top >= 0
                assert shape.left + shape.width <= deck.slide_width + Emu(5)
                assert shape.top + shape.height <= deck.slide_height + Emu(5)
                if shape.has_text_frame and shape.text_frame.text.strip():
                    assert shape.is_placeholder, (
                        f"{topic} slide {index + 1}: text outside a placeholder"
                    )
            if index > 0:
                notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
                assert notes.strip(), f"{topic} slide {index + 1} has no speaker notes"
        pictures = [s for sl in slides for s in sl.shapes if hasattr(s, "image")]
        assert pictures, f"{topic}: no chart pictures"
        for picture in pictures:
            assert picture._element.xpath("./p:nvPicPr/p:cNvPr/@descr"), "picture without alt text"


def test_repeat_export_draws_nothing(exported, cache: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-browser"))  # drawing would fail
    status = main(["export", "aktobe-2016", "--out", str(tmp_path), "--json"])
    assert status == Exit.OK
    assert (tmp_path / "aktobe-2016.docx").exists()


def test_no_browser_is_one_clear_sentence(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-browser"))
    status = main(["export", "aktobe-2016", "--out", str(tmp_path / "out")])
    assert status == Exit.BROWSER
    err = capsys.readouterr().err
    assert "BROWSER_PATH" in err and "Chromium" in err
    assert not list((tmp_path / "out").glob("*.*x"))


def test_libreoffice_converts_every_file(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    out, _ = exported
    for fmt in ("docx", "pptx"):
        target = tmp_path / fmt
        target.mkdir()
        files = [str(out / f"{t}.{fmt}") for t in TOPICS]
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp_path}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(target),
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        for t in TOPICS:
            pdf = target / f"{t}.pdf"
            assert pdf.exists() and pdf.stat().st_size > 20_000, pdf


def test_unknown_topic_and_bad_data_write_nothing(
    tmp_path: Path, data_copy: Path, edit, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "no-such-topic", "--out", str(tmp_path / "a")]) == Exit.USAGE
    assert "known topics" in capsys.readouterr().err
    status = main(["export", "aktobe-2016", "--lang", "xx", "--out", str(tmp_path / "a")])
    assert status == Exit.USAGE
    assert "no 'xx' translations in the data; available languages: en, kk, ru" in (
        capsys.readouterr().err
    )
    assert not (tmp_path / "a").exists()
    edit(data_copy / "incidents.csv", ",2012-09-12,day", ",2012-09-31,day")
    status = main(["export", "--all", "--data", str(data_copy), "--out", str(tmp_path / "b")])
    assert status == Exit.DATA
    assert "incidents.csv" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


def test_check_and_topics_commands(capsys, data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    assert main(["topics"]) == Exit.OK
    listed = capsys.readouterr().out
    assert all(t in listed for t in TOPICS)
    assert main(["check"]) == Exit.OK
    assert "no problems" in capsys.readouterr().out
    edit(data_copy / "incidents.csv", "Unknown gunmen,2,", "Unknown gunmen,seven,")
    assert main(["check", "--data", str(data_copy)]) == Exit.DATA
    assert '"seven" is not a whole number' in capsys.readouterr().out


@pytest.mark.parametrize("asked", ["--help", "--version"])
def test_help_is_fast_and_light(asked: str) -> None:
    """``--help`` and ``--version`` import no library a command alone needs: not the
    documents' or charts' ones, nor the bundled files' finder or JSON (bench/cli_startup.py
    times them)."""
    probe = (
        "import sys, briefkit.cli as c\n"
        "try:\n"
        f"    c.main([{asked!r}])\n"
        "finally:\n"
        "    names = ('plotly', 'kaleido', 'docx', 'pptx', 'PySide6', 'pydantic', 'yaml',\n"
        "             'json', 'importlib.resources', 'tempfile', 'briefkit.resources')\n"
        "    print('HEAVY', [m for m in names if m in sys.modules])\n"
    )
    import sys

    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "HEAVY []" in result.stdout, result.stdout


def test_python_dash_m_works() -> None:
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "briefkit", "topics"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "aktobe-2016" in result.stdout


def test_check_validates_templates(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check"]) == Exit.OK
    assert "templates/deck.pptx: Good" in capsys.readouterr().out
    broken = tmp_path / "broken.pptx"
    broken.write_text("not a presentation", encoding="utf-8")
    assert main(["check", "--template-pptx", str(broken)]) == Exit.TEMPLATE
    assert "broken.pptx" in capsys.readouterr().out


def test_pdf_of_report_and_deck_without_name_clash(exported, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(exported[0].parent / "cache-pdf"))
    status = main(["export", "legal-reforms", "--format", "pdf", "--out", str(tmp_path)])
    assert status == Exit.OK
    names = sorted(p.name for p in tmp_path.glob("[!.]*"))  # not the manifest
    assert names == ["legal-reforms-deck.pdf", "legal-reforms-report.pdf"]
    for pdf in tmp_path.glob("*.pdf"):
        assert pdf.read_bytes()[:5] == b"%PDF-"
    from briefkit.render.office.pdf import page_texts

    pages = page_texts(tmp_path / "legal-reforms-report.pdf")
    if pages is not None:  # the contents list page numbers (second layout pass)
        import re

        assert re.search(r"Sources\s*\.{3,}\s*\d+", pages[1]), pages[1][:500]


def test_pdf_without_libreoffice_says_how_to_fix(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOFFICE_PATH", str(tmp_path / "no-soffice"))
    status = main(["export", "legal-reforms", "--format", "pdf", "--out", str(tmp_path / "out")])
    assert status == Exit.FAILED
    assert "LibreOffice" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_native_charts_from_the_command_line(exported, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out, _ = exported
    monkeypatch.setenv("XDG_CACHE_HOME", str(out.parent / "cache-native"))
    args = ["export", "wave-2011-2012", "--format", "pptx", "--charts", "native"]
    assert main([*args, "--out", str(tmp_path)]) == Exit.OK
    deck = Presentation(str(tmp_path / "wave-2011-2012.pptx"))
    charts = [s for sl in deck.slides for s in sl.shapes if s.has_chart]
    pictures = [s for sl in deck.slides for s in sl.shapes if hasattr(s, "image")]
    assert len(charts) == 3 and pictures  # the map stays a picture


def test_handout_holds_every_slide_title_and_its_notes(
    exported, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    out, _ = exported
    monkeypatch.setenv("XDG_CACHE_HOME", str(out.parent / "cache-handout"))
    args = ["export", "aktobe-2016", "--format", "pptx", "--format", "handout"]
    assert main([*args, "--out", str(tmp_path)]) == Exit.OK
    deck = Presentation(str(tmp_path / "aktobe-2016.pptx"))
    handout = Document(str(tmp_path / "aktobe-2016-handout.docx"))
    headings = [p.text for p in handout.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == len(deck.slides)
    text = "\n".join(p.text for p in handout.paragraphs)
    for number, slide in enumerate(deck.slides, 1):
        title = " ".join(slide.shapes.title.text_frame.text.split())
        assert headings[number - 1] == f"Slide {number}: {title}"
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        for line in notes.splitlines():
            assert line.strip() in text
