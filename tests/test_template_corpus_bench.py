"""The measuring functions of bench/template_corpus.py flag what they should, and only that."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Inches, Pt

from helpers import template_quirks
from helpers.documents import soffice

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "templates"


def _checks() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "corpus_checks", ROOT / "bench" / "corpus_checks.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_checks"] = module
    spec.loader.exec_module(module)
    return module


checks = _checks()
Region, Word = checks.Region, checks.Word
PAGE = (960.0, 540.0)
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _text(name: str, box: tuple[float, float, float, float], text: str, **kw: object) -> object:
    tokens, bigrams = checks._tokens(text)
    return Region(name, box, tokens, bigrams, **kw)


def test_a_word_beyond_its_box_is_outside_and_one_within_is_not() -> None:
    body = _text("Body", (100, 100, 400, 200), "short text that overflows")
    inside = Word("short", (110, 110, 150, 130))
    below = Word("overflows", (110, 230, 190, 250))  # 30 pt under the box
    found = checks.check_slide([inside, below], [body], PAGE)
    assert [o["word"] for o in found["outside"]] == ["overflows"]
    assert found["overlaps"] == []


def test_a_word_off_the_page_is_outside() -> None:
    body = _text("Body", (100, 100, 400, 200), "edge")
    found = checks.check_slide([Word("edge", (950, 110, 990, 130))], [body], PAGE)
    assert found["outside"][0]["shape"] == "page"


def test_an_auto_grown_box_may_grow_down_but_not_sideways() -> None:
    body = _text("Body", (100, 100, 400, 200), "grows wide", grows_down=True)
    found = checks.check_slide(
        [Word("grows", (110, 230, 150, 250)), Word("wide", (390, 230, 430, 250))], [body], PAGE
    )
    assert [o["word"] for o in found["outside"]] == ["wide"]


def test_words_of_two_shapes_over_each_other_overlap() -> None:
    left = _text("Left", (100, 100, 300, 200), "alpha beta")
    right = _text("Right", (250, 100, 450, 200), "gamma delta")
    words = [Word("beta", (240, 110, 290, 130)), Word("gamma", (260, 112, 320, 132))]
    found = checks.check_slide(words, [left, right], PAGE)
    assert len(found["overlaps"]) == 1 and found["overlaps"][0]["shape"] == "Left"


def test_a_caption_over_the_chart_picture_overlaps() -> None:
    chart = Region("Chart: x", (100, 100, 500, 400), kind="picture")
    caption = _text("Caption", (100, 380, 500, 440), "source note")
    found = checks.check_slide(
        [Word("source", (110, 385, 160, 405)), Word("note", (110, 420, 150, 436))],
        [chart, caption],
        PAGE,
    )
    assert [o["word"] for o in found["overlaps"]] == ["source"]


def test_artwork_counts_unless_the_template_puts_the_placeholder_on_it() -> None:
    band = Region("master: band", (0, 0, 960, 80), kind="artwork")
    logo = Region("master: logo", (860, 90, 940, 150), kind="artwork")
    title = _text("Title", (40, 10, 920, 70), "a title", design_box=(40, 10, 920, 70))
    body = _text("Body", (40, 90, 920, 400), "runs into the logo", design_box=(40, 90, 840, 400))
    words = [Word("title", (50, 20, 120, 60)), Word("logo", (870, 100, 910, 120))]
    found = checks.check_slide(words, [band, logo, title, body], PAGE)
    assert [(o["word"], o["over"]) for o in found["overlaps"]] == [("logo", "master: logo")]


def test_a_slide_number_its_layout_holds_may_lie_on_that_layouts_artwork() -> None:
    """65228's layout puts its own slide number over its "vertraulich" text: the template's
    design. The same number copied onto a layout without one, or over the master's artwork, is
    flagged."""
    stamp = _text("layout 'Text': TextBox 13", (800, 500, 940, 530), "vertraulich")
    stamp.kind, stamp.origin = "artwork-text", "layout"
    logo = Region("master: logo", (800, 500, 940, 530), kind="artwork", origin="master")
    words = [Word("vertraulich", (810, 505, 900, 525)), Word("6", (885, 505, 898, 525))]
    for own, over in ((True, [("6", "master: logo")]), (False, None)):
        number = _text("Slide Number", (880, 500, 940, 530), "6", layout_furniture=own)
        found = checks.check_slide(words, [number, stamp, logo], PAGE)
        flagged = [(o["word"], o["over"]) for o in found["overlaps"]]
        if over is None:
            assert ("vertraulich", "Slide Number (6)") in flagged
        else:
            assert flagged == over
    deck = checks.layout_furniture(FIXTURES / "deck" / "poi-bug60715.pptx")
    assert deck and all(kinds <= {"dt", "ftr", "sldNum"} for kinds in deck.values())


def test_a_word_is_given_to_the_shape_holding_it_with_its_neighbour() -> None:
    one = _text("One", (0, 0, 400, 100), "the cat sat")
    two = _text("Two", (0, 300, 400, 400), "the dog ran")
    word = Word("the", (10, 310, 40, 330), prev="", next="dog")
    assert checks.owner(word, [one, two]).name == "Two"


def _deck(path: Path, overflow: bool) -> Path:
    prs = Presentation(str(ROOT / "templates" / "deck.pptx"))
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title Only")
    slide = prs.slides.add_slide(layout)
    slide.shapes.title.text = "A short title"
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(4), Inches(0.6))
    box.text_frame.word_wrap = True
    box.text_frame.auto_size = None
    words = "many words that will not fit in this small box at all " * (6 if overflow else 0)
    box.text_frame.text = words or "Fits well."
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    if overflow:
        other = slide.shapes.add_textbox(Inches(1.5), Inches(2), Inches(4), Inches(0.6))
        other.text_frame.text = "Another shape written over the first one"
        other.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    prs.save(str(path))
    return path


def _pdf(files: list[Path], out: Path) -> None:
    program = soffice()
    if program is None:
        pytest.skip("LibreOffice is not installed")
    profile = (out / "profile").as_uri()
    subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip


@pytest.mark.slow
def test_rendered_decks_flag_overflow_and_overlap_and_pass_a_clean_one(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    bad, good = _deck(tmp_path / "bad.pptx", True), _deck(tmp_path / "good.pptx", False)
    _pdf([bad, good], tmp_path)
    flagged = checks.check_deck(bad, tmp_path / "bad.pdf")
    clean = checks.check_deck(good, tmp_path / "good.pdf")
    assert flagged["outside"] > 0 and flagged["overlaps"] > 0, flagged
    assert (clean["outside"], clean["overlaps"]) == (0, 0), clean


def test_the_fixtures_carry_their_licence() -> None:
    files = [p for p in FIXTURES.rglob("*") if p.suffix in (".pptx", ".potx", ".docx", ".dotx")]
    assert len(files) >= 10
    for path in files:
        licence = path.with_name(path.name + ".LICENSE.md").read_text(encoding="utf-8")
        assert "Licence:" in licence and "commit" in licence, path


@pytest.mark.parametrize("name", sorted(template_quirks.ALL_QUIRKS))
def test_each_quirk_gives_a_template_with_its_property(name: str, tmp_path: Path) -> None:
    path = template_quirks.make_deck(tmp_path / f"{name}.pptx", *template_quirks.ALL_QUIRKS[name])
    prs = Presentation(str(path))
    layouts = list(prs.slide_layouts)
    ratio = prs.slide_width / prs.slide_height
    if name == "google-slides":
        bodies = [p for lay in layouts for p in lay.placeholders if p.placeholder_format.idx == 1]
        assert bodies and all(p.height <= Inches(0.3) for p in bodies)
        assert "TITLE_AND_BODY" in [lay.name for lay in layouts]
    elif name == "no-layout-placeholders":
        assert all(len(lay.placeholders) == 0 for lay in layouts)
        assert len(prs.slide_master.placeholders) > 0 and abs(ratio - 4 / 3) < 0.01
    elif name == "big-body":
        assert 'sz="4000"' in prs.slide_master._element.xml
    elif name == "four-by-three":
        assert abs(ratio - 4 / 3) < 0.01
        assert all(s.left + s.width <= prs.slide_width for s in prs.slide_master.shapes)
    elif name in ("french-names", "chinese-names"):
        names = {lay.name for lay in layouts}
        assert names & {"Titre et contenu", "标题和内容"} and "Title and Content" not in names
    elif name == "libreoffice":
        bare = [
            ph
            for lay in layouts
            for ph in lay._element.iter(f"{{{P}}}ph")
            if ph.get("type") is None and ph.get("idx") is None
        ]
        assert bare
        assert b'sz="' not in etree.tostring(prs.slide_master._element.find(f"{{{P}}}txStyles"))
    elif name == "logo-and-band":
        names = [s.name for s in prs.slide_master.shapes]
        assert "Logo" in names and "Confidential band" in names
    else:
        pytest.fail(f"no check for quirk {name}")


def test_a_word_broken_after_its_hyphen_belongs_to_its_own_shape() -> None:
    """LibreOffice breaks "2011-2016" after the hyphen; "2011-" and "2016" on the next line
    are the title's words, not those of a table that shows "2011" elsewhere."""
    title = _text("Title", (40, 20, 300, 90), "Attacks in 2011-2016")
    table = _text("Table", (40, 100, 900, 500), "2011 2016 Aktobe")
    words = [
        Word("Attacks", (45, 25, 110, 45), prev="", next="in"),
        Word("in", (115, 25, 130, 45), prev="attacks", next="2011-"),
        Word("2011-", (135, 25, 190, 45), prev="in", next="2016"),
        Word("2016", (45, 50, 95, 70), prev="2011", next=""),
    ]
    assert all(checks.owner(w, [title, table]) is title for w in words)
    result = checks.check_slide(words, [title, table], PAGE)
    assert not result["outside"] and not result["overlaps"]


def test_report_rules_read_the_body_size_and_tell_style_warnings_from_others() -> None:
    """The page rule holds for bodies up to 12 pt (the Chinese fixture has 16 pt); a theme
    warning that names ``--house-style`` is not a missing-style warning."""
    report = FIXTURES / "report"
    assert checks.report_body_pt(report / "gongwen-template.dotx") == 16.0
    assert checks.report_body_pt(report / "rennes-template.dotx") <= 12.0
    assert checks.missing_style_warning("x.docx: The report template t.docx lacks 24 of 32 styles")
    assert not checks.missing_style_warning(
        "x.docx: ... theme colours ... Choose Briefkit's own chart colours (--house-style)"
    )


def test_a_continued_slide_with_one_bullet_or_one_table_row_is_a_lone_item(
    tmp_path: Path,
) -> None:
    """Counted: a continued slide (title ending "(continued)" or "(продолжение)") holding one
    paragraph, or a table with one row under its header; not the first slide of a run, a
    continued slide with two paragraphs, nor the slide number."""
    prs = Presentation(str(template_quirks.BUNDLED_DECK))
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title and Content")

    def slide(title: str, paragraphs: list[str] | None = None, rows: int = 0) -> None:
        s = prs.slides.add_slide(layout)
        s.shapes.title.text_frame.text = title
        body = next(p for p in s.placeholders if p.placeholder_format.idx != 0)
        if paragraphs is not None:
            body.text_frame.text = "\n".join(paragraphs)
        else:
            body._element.getparent().remove(body._element)
            table = s.shapes.add_table(rows + 1, 2, Inches(1), Inches(1), Inches(6), Inches(3))
            table.table.first_row = True

    slide("Points", ["one"])  # 1: first of its run
    slide("Points (continued)", ["two"])  # 2: lone
    slide("Points (continued)", ["three", "four"])  # 3
    slide("Таблица (продолжение)", rows=1)  # 4: lone row
    slide("Table (continued)", rows=2)  # 5
    path = tmp_path / "lone.pptx"
    prs.save(str(path))
    assert checks.orphan_slides(path) == [2, 4]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "template_corpus", ROOT / "bench" / "template_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["template_corpus"] = module  # its dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_a_template_saved_by_wps_is_of_origin_wps(tmp_path: Path) -> None:
    """WPS Office names Microsoft Office in app.xml; its build number in custom.xml, or a
    customXml part in its wps.cn namespace, tells the bench it is WPS's."""
    bench = _bench()
    report = FIXTURES / "report"
    assert bench.describe(report / "wps-sspu-thesis.docx", "report") == ("WPS", "A4")
    assert bench.describe(report / "gongwen-template.dotx", "report") == ("Word", "A4")
    tender = tmp_path / "tender.docx"
    shutil.copy(report / "rennes-template.dotx", tender)
    with zipfile.ZipFile(tender, "a") as z:
        z.writestr(
            "customXml/item1.xml",
            '<s:customData xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData"/>',
        )
    assert bench.describe(tender, "report")[0] == "WPS"
    assert bench.describe(FIXTURES / "deck" / "poi-present1.pptx", "deck")[0] == "PowerPoint"
