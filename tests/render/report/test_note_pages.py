"""Briefing notes rendered by LibreOffice: two A4 pages at most, and the estimate holds.

``briefkit export --all --format note --format pdf`` in English, Russian and Kazakh with both
bundled report templates; the real report templates of the corpus (``/work/corpus/report``)
when it is there.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest

from briefkit.catalog import Catalog
from briefkit.cli import main
from briefkit.compose import compose_briefing
from briefkit.compose.model import ChartImage
from briefkit.compose.note import compose_note
from briefkit.render.office.pdf import convert_to_pdf
from briefkit.render.report.note import render_note
from briefkit.render.report.pages import estimate_pages
from helpers.documents import ROOT, make_png, pdf_pages, soffice
from helpers.samples import BUNDLED_TOPICS

pytestmark = pytest.mark.slow

TEMPLATES = {
    "bundled": ROOT / "templates" / "report.docx",
    "ministry": ROOT / "templates" / "ministry-report.docx",
}
CORPUS = Path("/work/corpus/report")


def _numbers(text: str) -> set[int]:
    return {int(n) for m in re.finditer(r"\[([\d, ]+)\]", text) for n in m.group(1).split(", ")}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("template", list(TEMPLATES))
def test_every_topic_has_a_cited_note_of_two_pages_at_most(
    lang: str, template: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if soffice() is None or not (shutil.which("chromium") or shutil.which("google-chrome")):
        pytest.skip("needs LibreOffice and a browser")
    out = tmp_path / "notes"
    args = ["export", "--all", "--format", "note", "--format", "pdf", "--out", str(out)]
    args += ["--lang", lang, "--template-docx", str(TEMPLATES[template])]
    args += ["--marking", "FOR OFFICIAL USE ONLY", "--prepared-by", "Analysis Unit"]
    assert main(args) == 0, capsys.readouterr().err
    suffix = "" if lang == "en" else f"-{lang}"
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    expected = [f"{t}{suffix}-note.{ext}" for t in BUNDLED_TOPICS for ext in ("docx", "pdf")]
    assert written == sorted(expected)  # the note's PDF only: no report or deck was asked for
    for topic in BUNDLED_TOPICS:
        pdf = out / f"{topic}{suffix}-note.pdf"
        document = docx.Document(str(out / f"{topic}{suffix}-note.docx"))
        real = pdf_pages(pdf)
        assert 1 <= real <= 2, (topic, real)
        assert estimate_pages(document) == real, topic
        entry = re.compile(r"^\[\d+\]\t")  # a Sources entry, whatever the template calls it
        sources = [p.text for p in document.paragraphs if entry.match(p.text)]
        bullets = [
            p.text
            for p in document.paragraphs
            if p.text.startswith("•\t") and not (p.runs and p.runs[-1].italic)
        ]  # the key points (a key judgment's bullet ends in its likelihood, in italics)
        listed = set(range(1, len(sources) + 1))
        cited: set[int] = set()
        for p in document.paragraphs:  # the text, the figure's caption
            if not entry.match(p.text):
                cited |= _numbers(p.text)
        assert 3 <= len(bullets) <= 6 and all(_numbers(b) for b in bullets), topic
        for table in document.tables:
            for cell in table._cells:
                cited |= _numbers(cell.text)
        assert cited == listed, topic


def test_the_estimate_matches_libreoffice_with_the_corpus_templates(
    catalog: Catalog, tmp_path: Path
) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    templates = sorted(p for p in CORPUS.glob("*") if p.suffix in (".docx", ".dotx"))
    if not templates:
        pytest.skip("no report corpus on this machine")
    note = compose_note(compose_briefing(catalog, "wave-2011-2012", marking="RESTRICTED"))
    assert note.chart is not None
    png = make_png(tmp_path / "chart.png")
    images = {note.chart.chart.id: ChartImage(str(png), 2000, 1120, "A chart")}
    written, warned = [], {}
    for template in templates:
        path = tmp_path / f"{template.stem}.docx"
        warnings = render_note(note, images, template, path)
        warned[path.name] = any("more than 2" in w for w in warnings)
        written.append(path)
    for path, pdf in zip(written, convert_to_pdf(written, tmp_path), strict=True):
        real, estimate = pdf_pages(pdf), estimate_pages(docx.Document(str(path)))
        assert abs(real - estimate) <= 1, (path.name, estimate, real)
        if not warned[path.name]:  # the note says when it runs long (16 pt templates)
            assert real <= 2, (path.name, real)
