"""The accessibility check's findings in Russian: every place, problem and fix said from the
Russian messages.yaml, on the command line (``check --accessibility --lang ru`` and
BRIEFKIT_LANG=ru) and from a cached finding; English stays English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

from briefkit.cli import main
from briefkit.messages import message_words
from briefkit.render.accessibility import Finding, Rule, check_file, findings_from_json
from helpers.documents import make_png
from helpers.english_left import english_left


def _bad_deck(tmp_path: Path) -> Path:
    """A deck breaking most deck rules: no title, a title twice, a picture without alt
    text, a table without header row, pale tiny text without a language."""
    prs = Presentation()
    blank, title_only = prs.slide_layouts[6], prs.slide_layouts[5]
    prs.slides.add_slide(blank)
    for _ in range(2):
        prs.slides.add_slide(title_only).shapes.title.text = "Results"
    slide = prs.slides.add_slide(title_only)
    slide.shapes.title.text = "Everything else"
    slide.shapes.add_picture(str(make_png(tmp_path / "p.png", 200, 100)), Inches(6), Inches(5))
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(5), Inches(4), Inches(1)).table
    table.first_row = False
    table.cell(0, 0).merge(table.cell(0, 1))
    run = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1)).text_frame
    words = run.paragraphs[0].add_run()
    words.text = "pale tiny words"
    words.font.size = Pt(8)
    words.font.color.rgb = RGBColor(0xBB, 0xBB, 0xBB)
    path = tmp_path / "bad.pptx"
    prs.save(str(path))
    return path


def _bad_report(tmp_path: Path) -> Path:
    document = Document()
    document.add_heading("Skipped", level=3)
    document.add_paragraph("Русский текст").runs[0]._r.get_or_add_rPr()
    path = tmp_path / "bad.docx"
    document.save(str(path))
    return path


def _english_in(line: str) -> list[str]:
    """English words in a Russian finding line, leaving out the document's own text (in
    «...»), colours, the rule's id and the file's name."""
    line = re.sub(r"«[^»]*»|#[0-9A-F]{6}", " ", line)
    for rule in Rule:
        line = line.replace(f": {rule}: ", ": ")
    return english_left(line)


def test_every_finding_is_said_in_russian(tmp_path: Path) -> None:
    words = message_words("ru")
    findings = check_file(_bad_deck(tmp_path)) + check_file(_bad_report(tmp_path))
    rules = {f.rule for f in findings}
    assert {Rule.SLIDE_TITLE, Rule.UNIQUE_TITLE, Rule.ALT_TEXT, Rule.TABLE_HEADER} <= rules
    assert {Rule.MERGED_CELLS, Rule.CONTRAST, Rule.TEXT_SIZE, Rule.HEADING_ORDER} <= rules
    assert {Rule.DOCUMENT_TITLE, Rule.RUN_LANGUAGE} <= rules
    for finding in findings:
        said = words.say(finding.said())
        assert "как исправить:" in said, said
        assert _english_in(said) == [], said
        assert str(finding).endswith(f"; fix: {finding.fix}")  # English as it was
    # a finding kept in the document cache is still said in Russian
    for finding in findings_from_json([f.cached() for f in findings]):
        assert _english_in(words.say(finding.said())) == []
    # and one cached before findings kept their messages reads back in English
    (old,) = findings_from_json([findings[0].as_json()])
    assert old == Finding(findings[0].file, str(findings[0].where), old.rule, old.message)


@pytest.mark.parametrize("how", ["option", "environment"])
def test_check_accessibility_speaks_russian(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    deck = _bad_deck(tmp_path)
    args = ["check", "--accessibility", str(deck), str(tmp_path / "missing.pptx")]
    if how == "option":
        args[1:1] = ["--lang", "ru"]
    else:
        monkeypatch.setenv("BRIEFKIT_LANG", "ru")
    assert main(args) == 10
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[-2] == f"{deck}: 12 проблем доступности"
    assert lines[-1].endswith(
        "missing.pptx: проверить нельзя: его нет или это не файл; проверьте путь"
    )
    assert "briefkit: 2 из 2 файлов не прошли проверку доступности" in out.err
    for line in lines:
        assert _english_in(line) == [], line
