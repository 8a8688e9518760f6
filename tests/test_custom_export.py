"""Composed briefings through the command line: files reopened, usage errors, safe rewriting."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from briefkit.catalog import load_catalog
from briefkit.cli import Exit, main
from briefkit.compose import compose_briefing
from briefkit.compose.custom import composition_from_args
from briefkit.export import ExportRequest, run_export
from briefkit.manifest import read_manifest
from briefkit.progress import Cancelled, CancelToken

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "compositions" / "aktobe-and-the-law.yaml"
# sections without charts: the export needs no browser
PARTS = ["legal-reforms:laws", "aktobe-2016:attack", "aktobe-2016:interpretations"]
TITLE = "Laws after Aktobe"
MARKER = re.compile(r"\[(\d+(?:, \d+)*)\]")


def section_titles(parts: list[str]) -> list[str]:
    catalog = load_catalog()
    out = []
    for part in parts:
        topic, section = part.split(":")
        out += [s.title for s in catalog.topic(topic).sections if s.id == section]
    return out


def docx_text(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(style, text) of every body paragraph, and the text of every table cell."""
    doc = Document(str(path))
    paragraphs = [(p.style.name if p.style is not None else "", p.text) for p in doc.paragraphs]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return paragraphs, cells


@pytest.fixture(scope="module")
def composed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("composed")
    status = main(["export", "--compose", *PARTS, "--title", TITLE, "--out", str(out), "--json"])
    assert status == Exit.OK
    return out


def test_only_the_composed_files_are_written(composed: Path) -> None:
    written = sorted(p.name for p in composed.iterdir() if not p.name.startswith("."))
    assert [n for n in written if not n.startswith("briefkit")] == [
        "laws-after-aktobe.docx",
        "laws-after-aktobe.pptx",
    ]
    entries = read_manifest(composed)
    assert {e.topic for e in entries.values()} == {"laws-after-aktobe"}


def test_report_title_sections_and_citations(composed: Path) -> None:
    paragraphs, cells = docx_text(composed / "laws-after-aktobe.docx")
    assert paragraphs[0] == ("Title", TITLE)
    headings = [t for s, t in paragraphs if s == "Heading 1"]
    assert [h for h in headings if h in section_titles(PARTS)] == section_titles(PARTS)
    assert headings[-1] == "Sources"
    end = paragraphs.index(("Heading 1", "Sources"))
    entries = [t for s, t in paragraphs[end + 1 :] if s == "Source Entry"]
    numbers = [int(e.split("\t")[0].strip("[]")) for e in entries]
    assert numbers == list(range(1, len(entries) + 1))
    references = [e.split("\t", 1)[1] for e in entries]
    assert len(set(references)) == len(references), "each source once"
    body = " ".join(t for _, t in paragraphs[:end]) + " " + " ".join(cells)
    cited = {int(n) for m in MARKER.findall(body) for n in m.split(", ")}
    assert cited == set(numbers), "every number cited is listed, every listed one cited"
    # the first figure carried is the attack's death toll (its record is in the attack's table)
    assert "people killed in Aktobe" in body


def test_deck_title_order_and_speaker_notes(composed: Path) -> None:
    deck = Presentation(str(composed / "laws-after-aktobe.pptx"))
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in deck.slides]
    assert titles[0] == TITLE
    wanted = section_titles(PARTS)
    firsts = [titles.index(t) for t in wanted]
    assert firsts == sorted(firsts), "sections in the chosen order"
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    catalog = load_catalog()
    attack = compose_briefing(catalog, "aktobe-2016").sections[0]
    assert attack.id == "attack"
    for point in attack.talking_points:
        assert point.plain[:60] in notes
    assert titles[-1] == "Sources"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--compose", "aktobe-2016:timeline", "--title", "T"], "its sections are: summary"),
        (["--compose", "aktobe-2016", "--title", "T"], "is not TOPIC:SECTION"),
        (["--compose", "aktobe-2016:attack"], "--compose needs --title"),
        (["aktobe-2016", "--title", "T"], "--title, --subtitle and --name go with --compose"),
        (["--compose", "--title", "T"], "name the sections to compose"),
        (
            ["--compose", "aktobe-2016:attack", "--title", "T", "--name", "legal-reforms"],
            "would clash with the files of topic legal-reforms",
        ),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "out"
    assert main(["export", *args, "--out", str(out)]) == Exit.USAGE
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_file_errors_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\nsections:\n  - aktobe-2016:attack\n  - legal-reforms:lawz\n")
    assert main(["export", "--compose-file", str(bad), "--out", str(tmp_path)]) == Exit.USAGE
    assert f"{bad}:4: legal-reforms:lawz: legal-reforms has no section" in capsys.readouterr().err
    missing = tmp_path / "missing.yaml"
    assert main(["export", "--compose-file", str(missing)]) == Exit.USAGE


def test_an_edited_composed_file_is_kept(composed: Path, tmp_path: Path) -> None:
    out = tmp_path / "again"
    shutil.copytree(composed, out)
    report = out / "laws-after-aktobe.docx"
    doc = Document(str(report))
    doc.add_paragraph("A trainer's note")
    doc.save(str(report))
    args = ["export", "--compose", *PARTS, "--title", TITLE, "--out", str(out)]
    assert main(args) == Exit.PROTECTED
    assert main([*args, "--keep"]) == Exit.OK
    assert "A trainer's note" in [p.text for p in Document(str(report)).paragraphs]
    assert (out / "laws-after-aktobe-2.docx").exists()


@pytest.mark.slow
def test_example_file_with_a_topic_in_every_format(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    formats = ["--format", "docx", "--format", "pptx", "--format", "pdf", "--format", "handout"]
    out = tmp_path / "out"
    args = ["export", "aktobe-2016", "--compose-file", str(EXAMPLE), *formats, "--json"]
    assert main([*args, "--out", str(out)]) == Exit.OK
    summary = json.loads(capsys.readouterr().out)
    names = sorted(Path(f["path"]).name for f in summary["files"])
    stems = ("aktobe-2016", "aktobe-and-the-law")
    assert names == sorted(
        n
        for s in stems
        for n in (f"{s}.docx", f"{s}.pptx", f"{s}-report.pdf", f"{s}-deck.pdf", f"{s}-handout.docx")
    )
    # the composition reuses the topic's charts: each chart is drawn once
    catalog = load_catalog()
    aktobe = {c.id for c in compose_briefing(catalog, "aktobe-2016").charts}
    wave = compose_briefing(catalog, "wave-2011-2012").charts
    geography = {c.id for c in wave if c.id.startswith("wave-2011-2012--geography--")}
    assert len(geography) == 2
    assert summary["charts"] == len(aktobe | geography)
    for pdf in ("aktobe-and-the-law-report.pdf", "aktobe-and-the-law-deck.pdf"):
        assert (out / pdf).stat().st_size > 20_000
    handout = Document(str(out / "aktobe-and-the-law-handout.docx"))
    assert any("Laws and amendments" in p.text for p in handout.paragraphs)


class CancelAfter:
    """Progress that records its messages and cancels the job at the n-th step."""

    def __init__(self, token: CancelToken, steps: int) -> None:
        self.token, self.steps = token, steps
        self.messages: list[str] = []
        self.total = 0

    def start(self, total: int, message: str) -> None:
        self.total = total

    def advance(self, message: str) -> None:
        self.messages.append(message)
        if len(self.messages) == self.steps:
            self.token.cancel()

    def finish(self, message: str) -> None:
        pass

    def cancelled(self) -> None:
        self.messages.append("cancelled")


def test_the_job_counts_and_cancels_composed_files(tmp_path: Path) -> None:
    spec = composition_from_args(PARTS, TITLE)
    request = ExportRequest(topics=(), compositions=(spec,), out_dir=tmp_path / "out")
    token = CancelToken()
    progress = CancelAfter(token, 1)
    with pytest.raises(Cancelled):
        run_export(request, progress, token)
    assert progress.total == 2  # no charts; a report and a deck
    assert progress.messages == ["Writing laws-after-aktobe.docx", "cancelled"]
    assert not list((tmp_path / "out").glob("*.pptx"))
    done = run_export(request, CancelAfter(CancelToken(), 0))
    assert [(f.topic, f.path.name) for f in done.files] == [
        ("laws-after-aktobe", "laws-after-aktobe.docx"),
        ("laws-after-aktobe", "laws-after-aktobe.pptx"),
    ]
