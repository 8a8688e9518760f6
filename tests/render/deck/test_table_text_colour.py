"""A disputed row's plain text reads at 4.5:1 in the colour it will actually get.

The corpus template poi-bug65228.pptx keeps text 1 black but gives the presentation's default
text style a grey (#5E5E5E); a table cell's text takes that grey. On the +80 % tint of its
near-black accent 2 (#D1D5CE) the disputed rows' dates read at 4.4:1. The flag colours now
read the cells' text colour as ``check --accessibility`` does (the table style's text colour,
else the default text style, else text 1). Synthetic copies of the bundled deck reproduce both
ways the grey can come: from the default text style and from the table style.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from briefkit.compose.model import Briefing
from briefkit.palette import contrast
from briefkit.render.accessibility import Rule, check_file
from briefkit.render.deck.flag_colours import FILL_TINT, HOUSE_FLAG, brightened, flag_colours
from briefkit.render.deck.table_looks import table_looks
from briefkit.render.deck.writer import render_deck
from briefkit.render.office.theme import deck_theme
from helpers.documents import DECK_TEMPLATE, images_for, make_png
from helpers.samples import sample_briefing
from helpers.themes import themed_deck

GREY, NEAR_BLACK = "5E5E5E", "1A1C18"  # poi-bug65228's default text and accent 2
TABLE_LAYOUT = "ppt/slideLayouts/slideLayout6.xml"
POI_65228 = Path(__file__).resolve().parents[2] / "fixtures/templates/deck/poi-bug65228.pptx"
GREY_STYLE = (
    '<a:tblStyle styleId="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" styleName="Medium Style 2">'
    f'<a:wholeTbl><a:tcTxStyle><a:srgbClr val="{GREY}"/></a:tcTxStyle><a:tcStyle><a:fill>'
    '<a:noFill/></a:fill></a:tcStyle></a:wholeTbl><a:firstRow><a:tcTxStyle b="on">'
    '<a:schemeClr val="lt1"/></a:tcTxStyle><a:tcStyle><a:fill><a:solidFill>'
    '<a:schemeClr val="dk1"/></a:solidFill></a:fill></a:tcStyle></a:firstRow></a:tblStyle>'
)


def _grey_template(tmp_path: Path, where: str) -> Path:
    """The bundled deck with poi-bug65228's accent 2 and its grey table text, given by the
    presentation's default text style (``where="defaults"``) or by the table style."""
    themed = themed_deck(tmp_path / "themed.pptx", {2: NEAR_BLACK})
    out = tmp_path / f"grey-{where}.pptx"
    with zipfile.ZipFile(themed) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if where == "defaults" and info.filename == "ppt/presentation.xml":
                data = data.replace(
                    b'<a:schemeClr val="tx1"/>', f'<a:srgbClr val="{GREY}"/>'.encode()
                )
            elif where == "style" and info.filename == "ppt/tableStyles.xml":
                data = re.sub(rb"/>\s*$", b">" + GREY_STYLE.encode() + b"</a:tblStyleLst>", data)
            dst.writestr(info, data)
    return out


def test_the_old_pair_fails_with_the_grey() -> None:
    assert contrast(GREY, brightened(NEAR_BLACK, FILL_TINT)) < 4.5


@pytest.mark.parametrize("where", ["defaults", "style"])
def test_the_rows_text_colour_is_read_as_the_checker_reads_it(tmp_path: Path, where: str) -> None:
    template = _grey_template(tmp_path, where)
    looks = table_looks(template.read_bytes(), template, TABLE_LAYOUT)
    assert looks is not None and looks.row_texts == (GREY,)
    theme = deck_theme(template.read_bytes(), TABLE_LAYOUT, template)
    assert theme is not None and contrast(theme.text, brightened(NEAR_BLACK, FILL_TINT)) >= 4.5
    flag = flag_colours(theme, looks.row_texts)
    assert flag.fill_brightness > FILL_TINT
    assert contrast(GREY, brightened(NEAR_BLACK, flag.fill_brightness)) >= 4.5


def _briefkits_findings(template: Path, tmp_path: Path) -> list[str]:
    """The contrast findings on colours Briefkit chose (those not the template's own) in the
    sample deck rendered into ``template``, which has a disputed row with text besides its
    flag."""
    briefing: Briefing = sample_briefing()
    out = tmp_path / "deck.pptx"
    render_deck(briefing, images_for(briefing, make_png(tmp_path / "c.png")), template, out)
    disagree = briefing.language.w("sources_disagree")
    cells = [
        cell.text
        for slide in Presentation(str(out)).slides
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
    ]
    assert [c for c in cells if disagree in c and c.strip() != disagree], (
        "the sample has a disputed row with text besides the flag"
    )
    return [
        f.message
        for f in check_file(out)
        if f.rule is Rule.CONTRAST and "the template's own" not in f.message
    ]


@pytest.mark.parametrize("where", ["defaults", "style"])
def test_disputed_rows_in_grey_text_pass_the_contrast_check(tmp_path: Path, where: str) -> None:
    assert _briefkits_findings(_grey_template(tmp_path, where), tmp_path) == []


def test_the_corpus_template_itself(tmp_path: Path) -> None:
    # poi-bug65228.pptx (Apache-2.0, tests/fixtures/templates/deck): its dates were 4.4:1
    assert _briefkits_findings(POI_65228, tmp_path) == []


def test_the_bundled_template_keeps_briefkits_flag() -> None:
    looks = table_looks(DECK_TEMPLATE.read_bytes(), DECK_TEMPLATE, TABLE_LAYOUT)
    assert looks is not None
    theme = deck_theme(DECK_TEMPLATE.read_bytes(), TABLE_LAYOUT, DECK_TEMPLATE)
    assert flag_colours(theme, looks.row_texts) == HOUSE_FLAG
