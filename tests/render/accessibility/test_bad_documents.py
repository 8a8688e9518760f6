"""The accessibility check on deliberately bad documents: each rule fires, with its place and
fix; a hostile file is refused with a sentence naming it; a good one has no finding."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn as wqn
from docx.shared import Pt, RGBColor
from pptx import Presentation
from pptx.dml.color import RGBColor as PptxRGB
from pptx.util import Inches
from pptx.util import Pt as PptxPt

from briefkit.cli import main
from briefkit.render.accessibility import AccessibilityError, Rule, check_file
from helpers.documents import make_png


def _rules(path: Path) -> dict[Rule, list[str]]:
    found: dict[Rule, list[str]] = {}
    for finding in check_file(path):
        assert finding.file == path.name
        assert finding.fix
        found.setdefault(finding.rule, []).append(finding.where)
    return found


@pytest.fixture
def bad_deck(tmp_path: Path) -> Path:
    """A deck that breaks every deck rule, one slide each."""
    prs = Presentation()
    blank, title_only = prs.slide_layouts[6], prs.slide_layouts[5]
    prs.slides.add_slide(blank)  # 1: no title
    for _ in range(2):  # 2, 3: the same title twice
        prs.slides.add_slide(title_only).shapes.title.text = "Results"
    slide = prs.slides.add_slide(title_only)  # 4: a picture without alt text
    slide.shapes.title.text = "A picture"
    slide.shapes.add_picture(str(make_png(tmp_path / "p.png", 200, 100)), Inches(1), Inches(2))
    slide = prs.slides.add_slide(title_only)  # 5: a table without header row, cells merged
    slide.shapes.title.text = "A table"
    table = slide.shapes.add_table(3, 3, Inches(1), Inches(2), Inches(6), Inches(2)).table
    table.first_row = False
    table.cell(1, 0).merge(table.cell(1, 1))
    slide = prs.slides.add_slide(title_only)  # 6: a text box read before the title
    slide.shapes.title.text = "Order"
    box = slide.shapes.add_textbox(Inches(1), Inches(3), Inches(4), Inches(1))
    box.text_frame.text = "read first"
    tree = slide.shapes._spTree
    tree.remove(box._element)
    tree.insert(2, box._element)
    slide = prs.slides.add_slide(title_only)  # 7: pale text, tiny text, Cyrillic marked en-US
    slide.shapes.title.text = "Text"
    for top, text, size, colour in (
        (2, "pale grey words", 18, PptxRGB(0xBB, 0xBB, 0xBB)),
        (3, "tiny words", 8, PptxRGB(0, 0, 0)),
        (4, "Русский текст", 18, PptxRGB(0, 0, 0)),
    ):
        frame = slide.shapes.add_textbox(Inches(1), Inches(top), Inches(6), Inches(1)).text_frame
        run = frame.paragraphs[0].add_run()
        run.text = text
        run.font.size = PptxPt(size)
        run.font.color.rgb = colour
        run._r.get_or_add_rPr().set("lang", "en-US")
    path = tmp_path / "bad.pptx"
    prs.save(str(path))
    return path


def test_every_deck_rule_fires_on_its_slide(bad_deck: Path) -> None:
    found = _rules(bad_deck)
    assert found[Rule.SLIDE_TITLE] == ["slide 1"]
    assert found[Rule.UNIQUE_TITLE] == ["slide 3"]
    assert found[Rule.ALT_TEXT] == ["slide 4"]
    assert found[Rule.TABLE_HEADER] == ["slide 5"]
    assert found[Rule.MERGED_CELLS] == ["slide 5"]
    assert found[Rule.READING_ORDER] == ["slide 6"]
    assert found[Rule.CONTRAST] == ["slide 7"]
    assert found[Rule.TEXT_SIZE] == ["slide 7"]
    assert "slide 7" in found[Rule.RUN_LANGUAGE]


def test_a_finding_names_file_place_rule_and_fix(bad_deck: Path) -> None:
    (contrast,) = [f for f in check_file(bad_deck) if f.rule == Rule.CONTRAST]
    assert "#BBBBBB on #FFFFFF" in contrast.message
    assert "1.9:1" in contrast.message
    line = str(contrast)
    assert line.startswith("bad.pptx: slide 7: contrast: text “pale grey words”")
    assert "fix: darken the text" in line
    (cyrillic,) = [
        f for f in check_file(bad_deck) if f.rule == Rule.RUN_LANGUAGE and "Cyrillic" in f.message
    ]
    assert "“Русский текст” is marked en-US" in cyrillic.message


@pytest.fixture
def bad_report(tmp_path: Path) -> Path:
    """A report that breaks every report rule."""
    doc = Document()
    doc.core_properties.title = ""
    for lang in doc.styles.element.iter(wqn("w:lang")):
        lang.getparent().remove(lang)
    doc.add_heading("Findings", 1)
    doc.add_heading("A detail two levels down", 3)  # Heading 1 then Heading 3
    pale = doc.add_paragraph().add_run("pale words")
    pale.font.color.rgb = RGBColor(0xCC, 0xCC, 0xCC)
    pale.font.size = Pt(11)
    russian = doc.add_paragraph().add_run("Русский текст")
    lang = russian._r.get_or_add_rPr().makeelement(wqn("w:lang"), {wqn("w:val"): "en-GB"})
    russian._r.get_or_add_rPr().append(lang)
    table = doc.add_table(rows=3, cols=2)  # Header Row ticked, not repeated
    table.cell(0, 0).text = "Year"
    doc.add_picture(str(make_png(tmp_path / "p.png", 200, 100)))
    doc.inline_shapes[0]._inline.docPr.set("descr", "")
    path = tmp_path / "bad.docx"
    doc.save(str(path))
    return path


def test_every_report_rule_fires(bad_report: Path) -> None:
    found = _rules(bad_report)
    assert found[Rule.DOCUMENT_TITLE] == ["document"]
    assert found[Rule.DOCUMENT_LANGUAGE] == ["document"]
    assert found[Rule.HEADING_ORDER] == ["paragraph 2"]
    assert "paragraph 3" in found[Rule.CONTRAST]  # and Word 2010's blue Heading 3 too
    assert found[Rule.HEADER_REPEAT] == ["table 1"]
    assert found[Rule.ALT_TEXT] == ["picture 1"]
    assert "paragraph 4" in found[Rule.RUN_LANGUAGE]  # Cyrillic marked en-GB
    assert "paragraph 1" in found[Rule.RUN_LANGUAGE]  # no language at all


def test_a_repeated_header_row_a_title_and_a_language_pass(tmp_path: Path) -> None:
    doc = Document()
    doc.core_properties.title = "A good report"
    for name in ("Heading 1", "Heading 2"):  # python-docx's blue fails 4.5:1
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_heading("Findings", 1)
    doc.add_heading("Detail", 2)
    table = doc.add_table(rows=3, cols=2)
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(header.makeelement(wqn("w:tblHeader"), {}))
    path = tmp_path / "good.docx"
    doc.save(str(path))
    assert check_file(path) == []  # python-docx's default template sets en-US


def test_a_file_with_an_entity_is_refused_naming_it(tmp_path: Path, bad_report: Path) -> None:
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(bad_report) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE w:document [<!ENTITY x "boom">]>', 1)
            dst.writestr(item, data)
    with pytest.raises(AccessibilityError, match=r"hostile\.docx"):
        check_file(hostile)


def test_outside_links_are_refused_or_never_followed(tmp_path: Path, bad_deck: Path) -> None:
    """A layout fetched from outside is refused with a sentence; a hyperlink to outside is
    left as it is (nothing is fetched)."""
    linked, clicked = tmp_path / "linked.pptx", tmp_path / "clicked.pptx"
    for target, old, new in (
        (
            linked,
            b'Target="../slideLayouts/slideLayout6.xml"',
            b'Target="http://192.0.2.1/layout.xml" TargetMode="External"',
        ),
        (
            clicked,
            b"</Relationships>",
            b'<Relationship Id="rId99" TargetMode="External" Target="http://192.0.2.1/" '
            b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'hyperlink"/></Relationships>',
        ),
    ):
        with zipfile.ZipFile(bad_deck) as src, zipfile.ZipFile(target, "w") as dst:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "ppt/slides/_rels/slide2.xml.rels":
                    data = data.replace(old, new)
                dst.writestr(item, data)
    with pytest.raises(AccessibilityError, match=r"linked\.pptx links to a file outside"):
        check_file(linked)
    assert {f.rule for f in check_file(clicked)} == {f.rule for f in check_file(bad_deck)}


def test_not_an_office_file_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("plain text")
    with pytest.raises(AccessibilityError, match=r"notes\.docx"):
        check_file(text)
    with pytest.raises(AccessibilityError, match="extension"):
        check_file(tmp_path / "notes.txt")


# --- colours from a deck's table style ---------------------------------------------------------

_MEDIUM_2 = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # python-pptx's tables name it


def _styled_table_deck(tmp_path: Path, header_text: str, band_text: str, define: bool) -> Path:
    """A deck with one table whose colours come only from its style: a header row on accent 1
    (#4F81BD in python-pptx's theme), banded rows on pale grey; ``define``: whether the deck's
    tableStyles.xml defines the style (else it only names it, as PowerPoint's built-ins)."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "A styled table"
    table = slide.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r in range(3):
        for c in range(2):
            table.cell(r, c).text = f"cell {r} {c}"
    path = tmp_path / "styled.pptx"
    prs.save(str(path))
    style = (
        f'<a:tblStyle styleId="{_MEDIUM_2}" styleName="Test">'
        '<a:wholeTbl><a:tcTxStyle><a:fontRef idx="minor"><a:prstClr val="black"/></a:fontRef>'
        '<a:schemeClr val="dk1"/></a:tcTxStyle><a:tcStyle><a:fill><a:noFill/></a:fill>'
        "</a:tcStyle></a:wholeTbl>"
        f'<a:band1H><a:tcTxStyle><a:srgbClr val="{band_text}"/></a:tcTxStyle><a:tcStyle><a:fill>'
        '<a:solidFill><a:srgbClr val="EEEEEE"/></a:solidFill></a:fill></a:tcStyle></a:band1H>'
        f'<a:firstRow><a:tcTxStyle b="on"><a:srgbClr val="{header_text}"/></a:tcTxStyle>'
        '<a:tcStyle><a:fill><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></a:fill>'
        "</a:tcStyle></a:firstRow></a:tblStyle>"
    )
    with zipfile.ZipFile(path) as src:
        items = [(i, src.read(i)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for info, data in items:
            if info.filename == "ppt/tableStyles.xml" and define:
                data = data.replace(b"/>", b">" + style.encode() + b"</a:tblStyleLst>", 1)
            dst.writestr(info, data)
    return path


def test_table_style_colours_are_judged(tmp_path: Path) -> None:
    # black header text on accent 1 passes; a pale band's light grey text does not
    found = check_file(_styled_table_deck(tmp_path, "000000", "AAAAAA", True))
    (finding,) = [f for f in found if f.rule is Rule.CONTRAST]
    assert finding.where == "slide 1"
    assert "#AAAAAA on #EEEEEE" in finding.message
    assert "both colours are the template's own: change the template's table style" in (
        finding.message
    )


def test_a_table_styles_header_row_is_judged_on_its_fill(tmp_path: Path) -> None:
    # yellow header text on accent 1 blue fails; the bands' black text passes
    found = check_file(_styled_table_deck(tmp_path, "FFFF99", "000000", True))
    (finding,) = [f for f in found if f.rule is Rule.CONTRAST]
    assert "#FFFF99 on #4F81BD" in finding.message


def test_a_good_table_style_and_an_undefined_one_give_no_contrast_finding(tmp_path: Path) -> None:
    good = _styled_table_deck(tmp_path, "000000", "000000", True)
    assert not [f for f in check_file(good) if f.rule is Rule.CONTRAST]
    undefined = _styled_table_deck(tmp_path, "FFFF99", "AAAAAA", False)
    assert not [f for f in check_file(undefined) if f.rule is Rule.CONTRAST]


# --- colours from a Word table style --------------------------------------------------------


def _styled_table_report(tmp_path: Path, header_row: bool) -> Path:
    """A report whose only coloured text is a table's header row, white on accent 1 blue
    (#4F81BD, 4.0:1) from python-docx's "Medium Shading 1 Accent 1" style alone."""
    document = Document()
    document.core_properties.title = "Styled table"
    table = document.add_table(rows=3, cols=2, style="Medium Shading 1 Accent 1")
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r} {c}"
    look = table._tbl.tblPr.find(wqn("w:tblLook"))
    if look is None:
        look = table._tbl.tblPr.makeelement(wqn("w:tblLook"), {})
        table._tbl.tblPr.append(look)
    look.set(wqn("w:val"), "04A0" if header_row else "0480")
    look.set(wqn("w:firstRow"), "1" if header_row else "0")
    path = tmp_path / f"styled-{header_row}.docx"
    document.save(str(path))
    return path


def test_a_word_table_styles_header_row_is_judged(tmp_path: Path) -> None:
    found = [f for f in check_file(_styled_table_report(tmp_path, True)) if f.rule is Rule.CONTRAST]
    assert [f.where for f in found] == ["paragraph 1", "paragraph 2"]  # the header row only
    assert "“cell 0 0” in #FFFFFF on #4F81BD" in found[0].message
    # without the header-row look, the style's first-row part is off: nothing to find
    plain = _styled_table_report(tmp_path, False)
    assert not [f for f in check_file(plain) if f.rule is Rule.CONTRAST]


# --- text over a picture -----------------------------------------------------------------------


def test_text_over_a_picture_is_a_warning_that_does_not_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Over a photo"
    picture = make_png(tmp_path / "p.png", 200, 100)
    slide.shapes.add_picture(str(picture), Inches(1), Inches(2), Inches(8), Inches(4))
    slide.shapes[-1]._element.nvPicPr.cNvPr.set("descr", "A photograph of a street")
    box = slide.shapes.add_textbox(Inches(2), Inches(3), Inches(5), Inches(1)).text_frame
    box.text = "words on the photo"
    for frame in (slide.shapes.title.text_frame, box):
        for run in frame.paragraphs[0].runs:
            run._r.get_or_add_rPr().set("lang", "en-US")
    path = tmp_path / "photo.pptx"
    prs.save(str(path))
    found = check_file(path)
    assert [(f.rule, f.where) for f in found] == [(Rule.CONTRAST_UNJUDGED, "slide 1")]
    assert "“words on the photo” lies over a picture" in found[0].message
    assert Rule.CONTRAST_UNJUDGED.is_warning and not Rule.CONTRAST.is_warning
    # the command line shows it and still passes the file
    assert main(["check", "--accessibility", str(path)]) == 0
    out = capsys.readouterr().out
    assert "contrast-unjudged" in out
    assert "no accessibility problems (1 warning(s)" in out
