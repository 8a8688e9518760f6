"""A contrast finding says when both colours are the template's own, and what to change there.

Briefkit writes text into a template's placeholders and tables; when the text keeps the colour
the template gives it (slide master, layout, table style) on the template's own ground, the
user learns that the template's colours fail and which part of it to change. Text or grounds
the slide sets itself (as Briefkit's flagged table rows do) keep the plain finding. A Word
report's styles are not told apart: Briefkit adds styles of its own derived from the
template's colours, so a finding there stays plain.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor as DeckRGB
from pptx.util import Inches

from briefkit.messages import message_words
from briefkit.render.accessibility import Rule, check_file

TEMPLATES = "both colours are the template's own"


def _pale_title_deck(tmp_path: Path, own_colour: bool = False, own_fill: bool = False) -> Path:
    """A deck whose master gives titles a pale grey (#BBBBBB) on the white background; the
    slide's title run or shape may set a colour or fill of its own."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "A pale title"
    if own_colour:
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = DeckRGB(
            0xCC, 0xCC, 0xCC
        )
    if own_fill:
        slide.shapes.title.fill.solid()
        slide.shapes.title.fill.fore_color.rgb = DeckRGB(0xFF, 0xFF, 0xFF)
    path = tmp_path / "pale.pptx"
    prs.save(str(path))
    with zipfile.ZipFile(path) as src:
        items = [(i, src.read(i)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for info, data in items:
            if info.filename == "ppt/slideMasters/slideMaster1.xml":
                title = re.search(rb"<p:titleStyle>.*?</p:titleStyle>", data, re.S)
                assert title is not None
                pale = title.group(0).replace(
                    b'<a:schemeClr val="tx1"/>', b'<a:srgbClr val="BBBBBB"/>', 1
                )
                assert pale != title.group(0)
                data = data.replace(title.group(0), pale)
            dst.writestr(info, data)
    return path


def _contrast(path: Path) -> list[str]:
    return [str(f) for f in check_file(path) if f.rule is Rule.CONTRAST]


def test_a_masters_pale_title_names_the_template(tmp_path: Path) -> None:
    (finding,) = _contrast(_pale_title_deck(tmp_path))
    assert "“A pale title” in #BBBBBB on #FFFFFF" in finding
    assert f"{TEMPLATES}: change the template's slide master, layouts or theme colours" in finding
    assert "fix: darken the text" in finding


def test_colours_the_slide_sets_itself_are_not_blamed_on_the_template(tmp_path: Path) -> None:
    (coloured,) = _contrast(_pale_title_deck(tmp_path, own_colour=True))
    assert "#CCCCCC on #FFFFFF" in coloured and TEMPLATES not in coloured
    (filled,) = _contrast(_pale_title_deck(tmp_path, own_fill=True))
    assert "#BBBBBB on #FFFFFF" in filled and TEMPLATES not in filled


def test_the_finding_is_said_in_russian_and_kazakh(tmp_path: Path) -> None:
    (finding,) = [f for f in check_file(_pale_title_deck(tmp_path)) if f.rule is Rule.CONTRAST]
    russian = message_words("ru").say(finding.said())
    assert "оба цвета заданы самим шаблоном" in russian and "образец слайдов" in russian
    kazakh = message_words("kk").say(finding.said())
    assert "үлгінің өзі береді" in kazakh and "слайдтар үлгісін" in kazakh


def test_a_table_cell_shaded_by_the_document_is_not_the_templates(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "A table"
    table = slide.shapes.add_table(2, 1, Inches(1), Inches(2), Inches(4), Inches(1)).table
    table.cell(0, 0).text = "Header"
    cell = table.cell(1, 0)
    cell.text = "grey on grey"
    cell.fill.solid()
    cell.fill.fore_color.rgb = DeckRGB(0x99, 0x99, 0x99)
    cell.text_frame.paragraphs[0].runs[0].font.color.rgb = DeckRGB(0x88, 0x88, 0x88)
    path = tmp_path / "cell.pptx"
    prs.save(str(path))
    (finding,) = _contrast(path)
    assert "“grey on grey”" in finding and TEMPLATES not in finding
