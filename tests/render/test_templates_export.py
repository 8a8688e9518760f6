"""Every topic exported into both bundled template pairs, and into templates saved by LibreOffice.

Slow: charts are drawn by the browser, and LibreOffice re-saves the templates. Each deck is
reopened and held to its template's mapping (``template_checks.check_deck``); each report is
reopened and its styles checked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from briefkit.cli import cli
from briefkit.compose import compose_briefing
from briefkit.render.deck.native_charts import native_chart
from briefkit.render.deck.template import DeckLayout, load_deck_template
from briefkit.render.office.pdf import find_soffice
from briefkit.render.report.template import load_report_template
from helpers.samples import BUNDLED_TOPICS
from helpers.template_checks import check_deck, report_styles

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
PAIRS = {
    "bundled": (TEMPLATES / "report.docx", TEMPLATES / "deck.pptx"),
    "ministry": (TEMPLATES / "ministry-report.docx", TEMPLATES / "ministry-deck.pptx"),
}
TOPICS = BUNDLED_TOPICS


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    return tmp_path_factory.mktemp("cache")


def export(
    out: Path, cache: Path, report: Path, deck: Path, charts: str, formats: tuple[str, ...]
) -> dict:  # type: ignore[type-arg]
    """``briefkit export --all`` into ``out`` with these templates; the --json summary."""
    args = ["export", "--all", "--out", str(out), "--json", "--chart-mode", charts]
    args += ["--template-docx", str(report), "--template-pptx", str(deck)]
    args += ["--marking", "FOR OFFICIAL USE ONLY", "--prepared-by", "Test Unit"]
    for fmt in formats:
        args += ["--format", fmt]
    result = CliRunner(env={"XDG_CACHE_HOME": str(cache)}).invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout[result.stdout.index("{") :])  # type: ignore[no-any-return]


def chart_slides(catalog, topic: str) -> int:  # type: ignore[no-untyped-def]
    return len(compose_briefing(catalog, topic).charts)


@pytest.mark.parametrize("charts", ["picture", "native"])
@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_every_topic_in_both_template_pairs(
    pair: str, charts: str, cache: Path, catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    report, deck = PAIRS[pair]
    formats = ("docx", "pptx") if charts == "picture" else ("pptx",)
    summary = export(tmp_path, cache, report, deck, charts, formats)
    assert {(f["topic"], f["format"]) for f in summary["files"]} == {
        (t, f) for t in TOPICS for f in formats
    }
    assert not summary.get("warnings"), summary.get("warnings")
    template = load_deck_template(deck)
    natives = 0
    for topic in TOPICS:
        prs = check_deck(tmp_path / f"{topic}.pptx", template, chart_slides(catalog, topic))
        native = [s for slide in prs.slides for s in slide.shapes if s.has_chart]
        specs = compose_briefing(catalog, topic).charts
        if charts == "native":
            assert len(native) == sum(native_chart(spec) is not None for spec in specs), topic
        else:
            assert native == []
        if "docx" in formats:
            used = report_styles(tmp_path / f"{topic}.docx")
            wanted = load_report_template(report).style_name("Chart Headline")
            assert wanted in used and "Heading 1" in used, topic
        natives += len(native)
    assert (natives > 0) == (charts == "native")


def libreoffice_resave(src: Path, out_dir: Path) -> Path:
    """``src`` opened and saved again by LibreOffice (same format), as a user would."""
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    fmt = src.suffix.lstrip(".")
    work = out_dir / "in"
    work.mkdir(exist_ok=True)
    shutil.copy(src, work / f"lo-{src.name}")
    with tempfile.TemporaryDirectory(prefix="briefkit-lo-") as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(out_dir),
                str(work / f"lo-{src.name}"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    saved = out_dir / f"lo-{src.name}"
    assert saved.is_file()
    return saved


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_templates_saved_by_libreoffice_map_and_export(
    pair: str, cache: Path, catalog, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    report, deck = (libreoffice_resave(path, tmp_path) for path in PAIRS[pair])
    deck_template = load_deck_template(deck)
    # LibreOffice keeps one master with its own twelve layouts ("Title Slide", "Title,
    # Content", ...): our custom layouts are gone, so most roles fall back.
    print(
        f"\n{pair} deck saved by LibreOffice: layouts",
        [c.layout.name for c in deck_template.mapping],
    )
    for choice in deck_template.mapping:
        print(f"  {choice.wanted} -> {choice.layout.name} ({choice.how})")
    mapped = {c.role: c for c in deck_template.mapping}
    assert mapped[DeckLayout.CONTENT].layout.name == "Title, Content"
    assert mapped[DeckLayout.CONTENT].how == "by alias"
    assert mapped[DeckLayout.TITLE].layout.name == "Title Slide"
    assert mapped[DeckLayout.CHART].how.startswith(("fallback", "missing"))
    report_template = load_report_template(report)
    for choice in report_template.mapping:
        if choice.how != "by name":
            print(f"  {choice.name} -> {choice.used} ({choice.how})")
    assert report_template.style_name("Heading 1") == "Heading 1"

    summary = export(tmp_path / "out", cache, report, deck, "picture", ("docx", "pptx"))
    assert len(summary["files"]) == 2 * len(TOPICS)
    warnings = " ".join(summary.get("warnings", []))
    assert "has no layout “Chart”" in warnings
    for topic in ("wave-2011-2012", "legal-reforms"):
        check_deck(tmp_path / "out" / f"{topic}.pptx", deck_template, chart_slides(catalog, topic))
        assert "Heading 1" in report_styles(tmp_path / "out" / f"{topic}.docx")


def test_deck_saved_by_libreoffice_with_a_slide_per_layout(
    cache: Path, catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """With slides in it, LibreOffice keeps each layout's look as a master of its own (ten
    masters, each with LibreOffice's twelve layouts, same names): the content slides must take
    a light one, not the cover's navy master that comes first."""
    prs = Presentation(str(PAIRS["ministry"][1]))
    for layout in prs.slide_layouts:
        prs.slides.add_slide(layout)
    prs.save(str(tmp_path / "with-slides.pptx"))
    deck = libreoffice_resave(tmp_path / "with-slides.pptx", tmp_path)
    saved = Presentation(str(deck))
    assert len(saved.slide_masters) > 1
    template = load_deck_template(deck)
    assert background(saved.slide_masters[0]) == "0b1f3a"  # the cover's master comes first

    export(tmp_path / "out", cache, PAIRS["ministry"][0], deck, "picture", ("pptx",))
    out = check_deck(
        tmp_path / "out" / "aktobe-2016.pptx", template, chart_slides(catalog, "aktobe-2016")
    )
    assert background(out.slides[0].slide_layout.slide_master) == "0b1f3a"
    for slide in list(out.slides)[1:]:
        assert background(slide.slide_layout.slide_master) != "0b1f3a", slide.shapes.title.text


def background(master) -> str | None:  # type: ignore[no-untyped-def]
    """The RGB colour of a master's solid background (as LibreOffice writes it)."""
    found = master._element.xpath("./p:cSld/p:bg/p:bgPr/a:solidFill/a:srgbClr/@val")
    return str(found[0]).lower() if found else None
