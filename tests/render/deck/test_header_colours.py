"""A deck table's header row reads at 4.5:1 whatever the template's accent 1 and table style.

Briefkit's tables name "Medium Style 2 - Accent 1": light 1 text on accent 1. Templates with a
bright accent 1 (#4F81BD: white on it is 4.0:1) or a grey light 1 define that style too; the
header cells then set colours of their own, chosen from the theme. Checked with
``check --accessibility``, which judges the style as the deck defines it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR

from briefkit.compose.model import Briefing
from briefkit.render.accessibility import Rule, check_file
from briefkit.render.accessibility.languages import short
from briefkit.render.deck.header_colours import header_colours
from briefkit.render.deck.table_looks import table_looks
from briefkit.render.deck.writer import render_deck
from helpers.documents import DECK_TEMPLATE, images_for, make_png
from helpers.samples import sample_briefing
from helpers.themes import themed_deck

TABLE_LAYOUT = "ppt/slideLayouts/slideLayout6.xml"
MEDIUM_2 = (
    '<a:tblStyle styleId="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}" styleName="Medium Style 2">'
    '<a:wholeTbl><a:tcTxStyle><a:fontRef idx="minor"><a:prstClr val="black"/></a:fontRef>'
    '<a:schemeClr val="dk1"/></a:tcTxStyle><a:tcStyle><a:fill><a:solidFill>'
    '<a:schemeClr val="accent1"><a:tint val="20000"/></a:schemeClr></a:solidFill></a:fill>'
    '</a:tcStyle></a:wholeTbl><a:firstRow><a:tcTxStyle b="on"><a:fontRef idx="minor">'
    '<a:prstClr val="black"/></a:fontRef><a:schemeClr val="lt1"/></a:tcTxStyle><a:tcStyle>'
    '<a:fill><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></a:fill></a:tcStyle>'
    "</a:firstRow></a:tblStyle>"
)


def _template(tmp_path: Path, accent1: str, light1: str = "FFFFFF") -> Path:
    """The bundled deck with ``accent1``, ``light1`` and Medium Style 2 defined (as
    PowerPoint saves it when a deck uses it)."""
    themed = themed_deck(tmp_path / "themed.pptx", {1: accent1})
    out = tmp_path / f"accent-{accent1}-{light1}.pptx"
    with zipfile.ZipFile(themed) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "ppt/tableStyles.xml":
                data = re.sub(rb"/>\s*$", b">" + MEDIUM_2.encode() + b"</a:tblStyleLst>", data)
            elif info.filename == "ppt/theme/theme1.xml":
                data = re.sub(
                    rb"<a:lt1>.*?</a:lt1>",
                    f'<a:lt1><a:srgbClr val="{light1}"/></a:lt1>'.encode(),
                    data,
                )
            dst.writestr(info, data)
    return out


def _header_findings(template: Path, tmp_path: Path) -> tuple[list[str], list[Any]]:
    """The contrast findings on the tables' header rows of the sample deck, and the first
    header cell of each table."""
    briefing: Briefing = sample_briefing()
    out = tmp_path / "deck.pptx"
    render_deck(briefing, images_for(briefing, make_png(tmp_path / "c.png")), template, out)
    headers = [
        shape.table.cell(0, 0)
        for slide in Presentation(str(out)).slides
        for shape in slide.shapes
        if shape.has_table
    ]
    names = {f"“{short(cell.text)}”" for cell in headers}
    found = [
        f.message
        for f in check_file(out)
        if f.rule is Rule.CONTRAST and any(name in f.message for name in names)
    ]
    return found, headers


def test_the_bundled_template_keeps_its_header_row() -> None:
    looks = table_looks(DECK_TEMPLATE.read_bytes(), DECK_TEMPLATE, TABLE_LAYOUT)
    assert looks is not None and header_colours(looks) is None


def test_a_bright_accent_gets_a_darker_header_fill(tmp_path: Path) -> None:
    template = _template(tmp_path, "4F81BD")
    look = header_colours(table_looks(template.read_bytes(), template, TABLE_LAYOUT))
    assert look is not None
    assert (look.text, look.fill) == (MSO_THEME_COLOR.LIGHT_1, MSO_THEME_COLOR.ACCENT_1)
    assert look.fill_brightness < 0
    found, headers = _header_findings(template, tmp_path)
    assert found == []
    assert headers
    assert all(cell.fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1 for cell in headers)


def test_a_grey_light_1_gets_dark_text_on_a_pale_accent(tmp_path: Path) -> None:
    template = _template(tmp_path, "E9002F", light1="666666")  # as poi-bug64693.pptx
    look = header_colours(table_looks(template.read_bytes(), template, TABLE_LAYOUT))
    assert look is not None and look.text == MSO_THEME_COLOR.DARK_1 and look.fill_brightness > 0
    assert _header_findings(template, tmp_path)[0] == []
