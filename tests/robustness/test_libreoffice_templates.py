"""Templates re-saved by LibreOffice, in every format (report, deck, handout, PDF).

LibreOffice names the built-in styles "Heading 1" and "Title" where Word writes "heading 1"
and "title"; python-docx's ``styles["Heading 1"]`` then finds nothing, and the handout crashed
after the report and the deck were written. The handout takes the report's style mapping; a
template problem any format would meet is found before any file is written.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from briefkit.render.office.errors import TemplateError
from briefkit.render.office.pdf import find_soffice
from briefkit.resources import bundled
from helpers.robust import TOPIC, files_in, run_cli

TEMPLATES = bundled("templates")
PAIRS = {
    "bundled": ("report.docx", "deck.pptx"),
    "ministry": ("ministry-report.docx", "ministry-deck.pptx"),
}


@pytest.fixture(scope="session")
def libreoffice_saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """The bundled template pairs opened and saved again by LibreOffice, once per session."""
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    work = tmp_path_factory.mktemp("libreoffice-templates")
    (work / "in").mkdir()
    for names in PAIRS.values():
        for name in names:
            shutil.copy(TEMPLATES / name, work / "in" / name)
    with tempfile.TemporaryDirectory(prefix="briefkit-lo-") as profile:
        for suffix in ("docx", "pptx"):
            sources = sorted(str(p) for p in (work / "in").glob(f"*.{suffix}"))
            command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless"]
            command += ["--convert-to", suffix, "--outdir", str(work), *sources]
            subprocess.run(
                command,
                check=True,
                capture_output=True,
                timeout=300,
            )
    return {pair: (work / report, work / deck) for pair, (report, deck) in PAIRS.items()}


def _heading_style_ids(path: Path) -> set[str]:
    return {p.style.style_id for p in Document(str(path)).paragraphs if p.style is not None}


@pytest.mark.usefixtures("no_browser")
@pytest.mark.parametrize("charts", ["picture", "native"])
@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_every_format_exports_with_templates_saved_by_libreoffice(
    libreoffice_saved: dict[str, tuple[Path, Path]], pair: str, charts: str, tmp_path: Path
) -> None:
    report, deck = libreoffice_saved[pair]
    styles = Document(str(report)).styles.element.xpath("./w:style/w:name/@w:val")
    assert "Heading 1" in styles  # as LibreOffice names it (Word: "heading 1")
    formats = ["docx", "pptx", "handout"] + (["pdf"] if charts == "picture" else [])
    args: list[str | Path] = ["export", TOPIC, "--out", tmp_path, "--chart-mode", charts]
    args += ["--template-docx", report, "--template-pptx", deck]
    args += [a for f in formats for a in ("--format", f)]
    run = run_cli(*args)
    assert run.status == 0, run.stdout + run.stderr
    expected = {f"{TOPIC}.docx", f"{TOPIC}.pptx", f"{TOPIC}-handout.docx"}
    if "pdf" in formats:
        expected |= {f"{TOPIC}-report.pdf", f"{TOPIC}-deck.pdf"}
    assert expected <= set(files_in(tmp_path))
    handout = Document(str(tmp_path / f"{TOPIC}-handout.docx"))
    slides = len(Presentation(str(tmp_path / f"{TOPIC}.pptx")).slides)
    headings = [p for p in handout.paragraphs if p.style.style_id == "Heading1"]
    assert len(headings) == slides and slides > 5
    assert handout.paragraphs[0].style.style_id == "Title"
    assert "Heading1" in _heading_style_ids(tmp_path / f"{TOPIC}.docx")


@pytest.mark.usefixtures("no_browser")
def test_a_handout_template_problem_is_found_before_any_file_is_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The handout is written last; what it needs of the template is checked up front."""
    from briefkit.render import handout

    def lacking(template: object, document: object = None) -> None:
        raise TemplateError("The report template report.docx has no usable style “Title”")

    monkeypatch.setattr(handout, "handout_styles", lacking)
    args = ["export", TOPIC, "--out", tmp_path / "out", "--format", "docx", "--format", "pptx"]
    run = run_cli(*args, "--format", "handout")
    assert run.status != 0 and "no usable style" in run.stderr
    assert "nothing was written" in run.stderr
    assert files_in(tmp_path / "out") == []
