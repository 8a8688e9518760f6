"""Bring your own template: layouts and styles mapped by name, alias or placeholders.

The second bundled pair (``ministry-*``) has other layout and style names, order, fonts and
geometry; a copy of ``deck.pptx`` with every layout renamed must be mapped by its placeholders.
Decks and reports are rendered from the hand-made sample briefing and reopened.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Pt

from briefkit.cli import Exit, main
from briefkit.compose.model import Briefing
from briefkit.render.deck.template import DeckLayout, load_deck_template
from briefkit.render.deck.text_styles import level_style
from briefkit.render.deck.writer import render_deck
from briefkit.render.office.errors import TemplateError
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.template import load_report_template
from briefkit.render.report.writer import render_report
from helpers.documents import images_for, make_png
from helpers.samples import sample_briefing
from helpers.template_checks import (
    as_office_template,
    check_deck,
    load_script,
    renamed_deck,
    report_styles,
)

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
DECK, REPORT = TEMPLATES / "deck.pptx", TEMPLATES / "report.docx"
MINISTRY_DECK, MINISTRY_REPORT = (
    TEMPLATES / "ministry-deck.pptx",
    TEMPLATES / "ministry-report.docx",
)


@pytest.fixture(scope="module")
def sample() -> Briefing:
    return sample_briefing()


@pytest.fixture(scope="module")
def png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


# --- the second bundled pair ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "built"),
    [("make_ministry_deck", MINISTRY_DECK), ("make_ministry_report", MINISTRY_REPORT)],
)
def test_ministry_templates_are_up_to_date(script: str, built: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    module = load_script(script, monkeypatch)
    assert module.build() == built.read_bytes(), f"run: uv run python templates/{script}.py"


def test_ministry_deck_differs_and_maps_every_role_by_alias() -> None:
    template = load_deck_template(MINISTRY_DECK)
    assert template.warnings == ()
    assert [c.how for c in template.mapping] == ["by alias"] * len(DeckLayout)
    used = {c.role: c.layout.name for c in template.mapping}
    assert used[DeckLayout.TITLE] == "Cover" and used[DeckLayout.CHART] == "Chart Slide"
    assert not set(used.values()) & set(DeckLayout)
    prs = Presentation(str(MINISTRY_DECK))
    names = [layout.name for layout in prs.slide_layouts]
    assert names[:3] == ["Cover", "Divider", "Heading and Text"]
    with zipfile.ZipFile(MINISTRY_DECK) as package:
        theme = package.read("ppt/theme/theme1.xml").decode()
    assert '<a:majorFont><a:latin typeface="Times New Roman"/>' in theme
    assert 'srgbClr val="B8860B"' in theme  # gold accent
    chart = next(lay for lay in prs.slide_layouts if lay.name == "Chart Slide")
    picture = next(ph for ph in chart.placeholders if ph.placeholder_format.type == 18)
    caption = next(ph for ph in chart.placeholders if ph.placeholder_format.type == 2)
    assert caption.left < picture.left  # the caption on the left, unlike deck.pptx
    assert abs(picture.height / picture.width - 0.56) < 0.01


def test_ministry_report_styles_found_through_their_aliases() -> None:
    template = load_report_template(MINISTRY_REPORT)
    assert template.warnings == () and template.missing == ()
    how = {c.name: (c.used, c.how) for c in template.mapping}
    assert how[ReportStyle.CHART_HEADLINE] == ("Figure Heading", "by alias")
    assert how[ReportStyle.CITATION] == ("Reference Mark", "by alias")
    assert how[ReportStyle.HEADING_1] == ("Heading 1", "by name")
    with zipfile.ZipFile(MINISTRY_REPORT) as package:
        styles = package.read("word/styles.xml").decode()
    assert "Times New Roman" in styles and "Arial" not in styles


def test_report_in_ministry_template_uses_its_styles(sample: Briefing, png: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.docx"
    assert render_report(sample, images_for(sample, png), MINISTRY_REPORT, out) == []
    used = report_styles(out)
    assert {"Figure Heading", "Figure", "Reference", "Dissent Title", "Dissent Text"} <= used
    assert not used & {"Chart Headline", "Source Entry", "Callout Title"}
    document = Document(str(out))
    names = {s.name for s in document.styles}
    assert "Chart Headline" not in names  # no house style added beside the alias
    citations = [
        r
        for p in document.paragraphs
        for r in p.runs
        if r.style and r.style.name == "Reference Mark"
    ]
    assert citations and all(r.text.startswith("[") for r in citations)
    tables = [t.style.name for t in document.tables if t.style is not None]
    assert "Ministry Table" in tables and "Ministry Figures" in tables


def test_deck_in_ministry_template(sample: Briefing, png: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    template = load_deck_template(MINISTRY_DECK)
    assert render_deck(sample, images_for(sample, png), template, out) == []
    prs = check_deck(out, template, charts=len(sample.charts))
    layouts = [slide.slide_layout.name for slide in prs.slides]
    assert {"Cover", "Divider", "Heading and Text", "Figures", "Table Slide", "References"} <= set(
        layouts
    )


# --- layouts found by their placeholders --------------------------------------------------------


def test_renamed_layouts_are_found_by_their_type_and_placeholders(
    sample: Briefing, png: Path, tmp_path: Path
) -> None:
    template = load_deck_template(renamed_deck(tmp_path))
    how = {c.role: (c.layout.name, c.how) for c in template.mapping}
    assert how[DeckLayout.TITLE] == ("Layout 1", "by type “title”")
    assert how[DeckLayout.SECTION] == ("Layout 3", "by type “secHead”")
    assert how[DeckLayout.CONTENT] == ("Layout 2", "by type “obj”")
    assert how[DeckLayout.CHART] == ("Layout 5", "fallback: title + picture + text")
    assert how[DeckLayout.TABLE] == ("Layout 7", "fallback: title + table + text")
    assert how[DeckLayout.KEY_FIGURES][1] == "fallback: title + text + 6 value/label pairs"
    assert how[DeckLayout.CALLOUT] == ("Layout 2", "missing: using “Layout 2”")
    # a layout type is as good as a name; what fell back is a warning each
    assert len(template.warnings) == 5
    assert "has no layout “Chart”; chart slides use the layout" in " ".join(template.warnings)

    out = tmp_path / "deck.pptx"
    warnings = render_deck(sample, images_for(sample, png), template, out)
    assert warnings == list(template.warnings)
    prs = check_deck(out, template, charts=len(sample.charts))
    original = {lay.name for lay in Presentation(str(DECK)).slide_layouts}
    used = {slide.slide_layout.name for slide in prs.slides}
    assert used and not used & original


def test_placeholders_without_idx_as_libreoffice_writes_them(
    sample: Briefing, png: Path, tmp_path: Path
) -> None:
    """Every placeholder at idx 0: content must still go below the title, not over it."""
    prs = Presentation(str(MINISTRY_DECK))
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.idx < 10:  # keep footers and the key-figure pairs
                ph._element.xpath("./*[1]/p:nvPr/p:ph")[0].attrib.pop("idx", None)
    prs.save(str(tmp_path / "no-idx.pptx"))
    template = load_deck_template(tmp_path / "no-idx.pptx")
    assert template.warnings == ()
    out = tmp_path / "deck.pptx"
    render_deck(sample, images_for(sample, png), template, out)
    check_deck(out, template, charts=len(sample.charts))  # nothing lies over a title


def test_a_layout_of_the_right_name_but_wrong_placeholders_falls_back(tmp_path: Path) -> None:
    prs = Presentation(str(MINISTRY_DECK))
    chart = next(lay for lay in prs.slide_layouts if lay.name == "Chart Slide")
    picture = next(ph for ph in chart.placeholders if ph.placeholder_format.type == 18)
    picture._element.getparent().remove(picture._element)
    prs.save(str(tmp_path / "no-picture.pptx"))
    template = load_deck_template(tmp_path / "no-picture.pptx")
    choice = next(c for c in template.mapping if c.role == DeckLayout.CHART)
    assert choice.how == "missing: using “Heading and Text”"
    assert template.warnings == (
        "The deck template no-picture.pptx has a layout “Chart Slide” without the placeholders "
        "it needs; chart slides use the layout “Heading and Text” instead.",
    )


# --- .potx / .dotx ---------------------------------------------------------------------------


def test_office_templates_potx_and_dotx(sample: Briefing, png: Path, tmp_path: Path) -> None:
    potx = as_office_template(MINISTRY_DECK, tmp_path / "ministry.potx")
    dotx = as_office_template(MINISTRY_REPORT, tmp_path / "ministry.dotx")
    deck_template = load_deck_template(potx)
    assert [c.layout.name for c in deck_template.mapping] == [
        c.layout.name for c in load_deck_template(MINISTRY_DECK).mapping
    ]
    images = images_for(sample, png)
    assert render_deck(sample, images, deck_template, tmp_path / "d.pptx") == []
    check_deck(tmp_path / "d.pptx", deck_template, charts=len(sample.charts))
    report_template = load_report_template(dotx)
    assert report_template.aliases == load_report_template(MINISTRY_REPORT).aliases
    assert render_report(sample, images, report_template, tmp_path / "r.docx") == []
    assert "Figure Heading" in report_styles(tmp_path / "r.docx")


# --- briefkit check --template ----------------------------------------------------------------


def test_check_template_prints_the_verdict_and_mapping(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["check", "--template", str(MINISTRY_DECK), "--template", str(MINISTRY_REPORT)]
    assert main(args) == Exit.OK
    out = capsys.readouterr().out
    assert "ministry-deck.pptx: Good" in out
    assert "ministry-report.docx: Good" in out
    lines = out.splitlines()
    assert any(
        line.split()[:6] == ["chart", "slides", "“Chart", "Slide”", "(by", "alias);"]
        for line in lines
    ), out
    assert any(
        "“Chart Headline”" in line and "“Figure Heading” (by alias)" in line for line in lines
    )

    assert main(["check", "--template", str(renamed_deck(tmp_path))]) == Exit.OK
    out = capsys.readouterr().out
    assert "renamed.pptx: Usable, with changes: 6" in out
    assert "chart slides               “Layout 5” (fallback: title + picture + text)" in out
    assert "1. The deck template renamed.pptx has no layout “Chart”" in out
    assert "add the missing layouts or styles to renamed.pptx" in out


def test_check_template_kind_comes_from_the_extension(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "deck.odp"
    shutil.copy(MINISTRY_DECK, odd)
    assert main(["check", "--template", str(odd)]) == Exit.USAGE
    assert "deck.odp" in capsys.readouterr().err
    swapped = tmp_path / "report.pptx"  # a Word file with a PowerPoint extension
    shutil.copy(MINISTRY_REPORT, swapped)
    assert main(["check", "--template", str(swapped)]) == Exit.TEMPLATE
    assert "is a Word document, not a PowerPoint presentation" in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".docm", ".dotm", ".pptm", ".potm"])
def test_macro_enabled_files_are_refused(suffix: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = MINISTRY_REPORT if suffix.startswith(".do") else MINISTRY_DECK
    macro = tmp_path / f"house{suffix}"
    shutil.copy(source, macro)
    assert main(["check", "--template", str(macro)]) == Exit.TEMPLATE
    out = capsys.readouterr().out
    assert f"house{suffix}" in out and "macro-enabled" in out
    assert (".docx" if suffix.startswith(".do") else ".pptx") in out  # the fix: save it as such
    loader = load_report_template if suffix.startswith(".do") else load_deck_template
    with pytest.raises(TemplateError):
        loader(macro)


def test_macro_project_inside_a_plain_extension_is_refused(tmp_path: Path) -> None:
    for source, loader in (
        (MINISTRY_DECK, load_deck_template),
        (MINISTRY_REPORT, load_report_template),
    ):
        target = tmp_path / source.name
        buffer = io.BytesIO(source.read_bytes())
        with zipfile.ZipFile(buffer, "a") as package:
            package.writestr(
                "word/vbaProject.bin" if source.suffix == ".docx" else "ppt/vbaProject.bin", b"\0"
            )
        target.write_bytes(buffer.getvalue())
        with pytest.raises(TemplateError, match="macro-enabled"):
            loader(target)


def test_sizes_of_templates_without_text_styles_come_from_their_prompts() -> None:
    """LibreOffice writes no text styles, only sized prompt text ("Click to edit ...")."""
    prs = Presentation(str(MINISTRY_DECK))
    master = prs.slide_master._element
    master.remove(master.find(qn("p:txStyles")))
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Heading and Text")
    for style in layout._element.iter(qn("a:lstStyle")):
        style.clear()
    title = next(ph for ph in layout.placeholders if ph.placeholder_format.type == 1)
    title.text_frame.paragraphs[0].runs[0].font.size = Pt(40)
    slide = prs.slides.add_slide(layout)
    assert level_style(slide.shapes.title).size == 40.0
    body = next(ph for ph in slide.placeholders if ph.placeholder_format.type == 7)
    assert level_style(body).size == 18.0  # no size anywhere: PowerPoint's default
