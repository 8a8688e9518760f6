"""How many pages a report takes with a template: estimated without LibreOffice for
``briefkit check --template`` (and the window's verdict), and checked against LibreOffice's
count where it is installed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import docx
import pytest

from briefkit.cli import Exit, main
from briefkit.compose import compose_briefing
from briefkit.compose.model import Briefing
from briefkit.render.office.pdf import convert_to_pdf
from briefkit.render.report.pages import estimate_pages
from briefkit.render.report.writer import render_report
from briefkit.template_check import check_template
from helpers.documents import images_for, make_png, pdf_pages, soffice
from helpers.report_quirks import chapter_template, gongwen_template

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "templates" / "report.docx"
PAGES_LINE = re.compile(
    r"^  expected pages for aktobe-2016: about (\d+) with this template, (\d+) with the "
    r"bundled one \((\d\.\d\d)x; estimated .*without LibreOffice\)$"
)


@pytest.fixture(scope="module")
def briefing(catalog: Any) -> Briefing:
    return compose_briefing(catalog, "aktobe-2016")


def test_check_states_the_expected_pages_against_the_bundled_template(
    tmp_path: Path, capsys: Any
) -> None:
    template = chapter_template(tmp_path / "chapter.docx")
    assert main(["check", "--template", str(template)]) == Exit.OK
    out = capsys.readouterr().out.splitlines()
    found = [m for line in out if (m := PAGES_LINE.match(line))]
    assert len(found) == 1, out
    pages, bundled, ratio = int(found[0][1]), int(found[0][2]), float(found[0][3])
    assert 8 <= bundled <= 10 and bundled <= pages <= 1.3 * bundled  # LibreOffice: 9 and 10
    assert ratio == round(pages / bundled, 2)

    assert main(["check", "--json", "--template", str(template)]) == Exit.OK
    report = json.loads(capsys.readouterr().out)["templates"][0]
    assert (report["pages"], report["bundled_pages"]) == (pages, bundled)
    assert report["topic"] == "aktobe-2016"


def test_many_more_pages_are_a_change_said_once(tmp_path: Path) -> None:
    """A 16 pt template on a 28-line grid: the estimate replaces the rough warning from its
    body size, and says the page count is far above the bundled one's."""
    verdict = check_template(gongwen_template(tmp_path / "gongwen.docx"))
    assert verdict.pages is not None and verdict.bundled_pages is not None
    assert verdict.pages > 1.5 * verdict.bundled_pages
    said = [c for c in verdict.changes if "pages" in c]
    assert len(said) == 1 and said[0].startswith(f"aktobe-2016 takes about {verdict.pages} pages")
    assert not any("expect about" in c for c in verdict.changes)

    quick = check_template(tmp_path / "gongwen.docx", count_slides=False)
    assert quick.pages is None  # without the count, the warning from the body size stays
    assert any("expect about" in c for c in quick.changes)


def test_a_page_break_before_starts_a_page(tmp_path: Path) -> None:
    document = docx.Document()
    for n in range(3):
        paragraph = document.add_paragraph(f"Part {n}")
        paragraph.paragraph_format.page_break_before = n > 0
    assert estimate_pages(document) == 3
    document.add_paragraph("lorem ipsum dolor " * 2000)  # about 8 pages of 11 pt text
    assert 9 <= estimate_pages(document) <= 13


@pytest.mark.slow
def test_the_estimate_keeps_close_to_libreoffices_count(briefing: Briefing, tmp_path: Path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    images = images_for(briefing, make_png(tmp_path / "chart.png"))
    templates = {
        "bundled": BUNDLED,
        "chapter": chapter_template(tmp_path / "chapter-template.docx"),
        "gongwen": gongwen_template(tmp_path / "gongwen-template.docx"),
    }
    written = []
    for name, template in templates.items():
        render_report(briefing, images, template, tmp_path / f"{name}.docx")
        written.append(tmp_path / f"{name}.docx")
    for path, pdf in zip(written, convert_to_pdf(written, tmp_path), strict=True):
        estimate, real = estimate_pages(docx.Document(str(path))), pdf_pages(pdf)
        assert abs(estimate - real) <= max(1, round(0.12 * real)), (path.name, estimate, real)
