"""A disputed row's colours come from the template's accent 2 and reach 4.5:1.

Briefkit's fixed pair (accent 2 at -25 % on accent 2 at +80 %) gave 4.3:1 on the otelo
template's bright blue accent 2 (#5393FF); a yellow accent 2 is worse. Decks are rendered into
copies of the bundled template with those accents and checked with ``check --accessibility``'s
own rules; the bundled template keeps Briefkit's look.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR

from briefkit.compose.model import Briefing
from briefkit.palette import contrast
from briefkit.render.accessibility import Rule, check_file
from briefkit.render.deck.flag_colours import (
    HOUSE_FLAG,
    PLAIN_FLAG,
    TEXT_SHADES,
    brightened,
    flag_colours,
)
from briefkit.render.deck.writer import render_deck
from briefkit.render.office.theme import TemplateTheme, deck_theme, modified_colour
from helpers.documents import DECK_TEMPLATE, images_for, make_png
from helpers.samples import sample_briefing
from helpers.themes import YELLOW, themed_deck

OTELO_ACCENT2 = "5393FF"
TABLE_LAYOUT = "ppt/slideLayouts/slideLayout6.xml"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _theme(accent2: str, text: str = "1E2933") -> TemplateTheme:
    accents = ("1F3A5F", accent2, "2E7D32", "6A1B9A", "EF6C00", "00838F")
    return TemplateTheme(
        "t.pptx", text, "FFFFFF", "1F3A5F", "EEEEEE", accents, "A", "A", text, "A", "FFFFFF"
    )


def _pair(accent2: str, text: str = "1E2933") -> float:
    flag = flag_colours(_theme(accent2, text))
    assert flag.text == flag.fill == MSO_THEME_COLOR.ACCENT_2
    return contrast(
        brightened(accent2, flag.text_brightness), brightened(accent2, flag.fill_brightness)
    )


@pytest.mark.parametrize("brightness", [-0.25, -0.6, 0.8, 0.4])
def test_brightened_is_what_the_checker_reads_from_python_pptx_xml(brightness: float) -> None:
    prs = Presentation()
    run = prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_textbox(0, 0, 9, 9)
    font = run.text_frame.paragraphs[0].add_run().font
    font.color.theme_color = MSO_THEME_COLOR.ACCENT_2
    font.color.brightness = brightness
    (scheme_colour,) = font._rPr.iter(f"{_A}schemeClr")
    for colour in (OTELO_ACCENT2, YELLOW, "C8553D"):
        assert brightened(colour, brightness) == modified_colour(colour, scheme_colour)


def test_the_house_accent_keeps_briefkits_look() -> None:
    theme = deck_theme(DECK_TEMPLATE.read_bytes(), TABLE_LAYOUT, DECK_TEMPLATE)
    assert flag_colours(theme) == HOUSE_FLAG
    assert flag_colours(None) == HOUSE_FLAG


def test_a_bright_accent_gets_a_darker_flag_text() -> None:
    accent_fill = brightened(OTELO_ACCENT2, 0.8)
    assert contrast(brightened(OTELO_ACCENT2, -0.25), accent_fill) < 4.5  # the old pair
    assert flag_colours(_theme(OTELO_ACCENT2)).text_brightness < TEXT_SHADES[0]
    assert _pair(OTELO_ACCENT2) >= 4.5
    assert _pair(YELLOW) >= 4.5


def test_light_text_on_the_pale_fill_falls_back_to_text_and_background() -> None:
    # a dark template (light text 1): its rows' text would be unreadable on a pale accent
    assert flag_colours(_theme(OTELO_ACCENT2, text="F0F0F0")) == PLAIN_FLAG


@pytest.mark.parametrize("accent2", [OTELO_ACCENT2, YELLOW])
def test_disputed_rows_pass_the_contrast_check(tmp_path: Path, accent2: str) -> None:
    template = themed_deck(tmp_path / "accent2.pptx", {2: accent2})
    briefing: Briefing = sample_briefing()
    out = tmp_path / "deck.pptx"
    render_deck(briefing, images_for(briefing, make_png(tmp_path / "c.png")), template, out)
    flagged = [
        run
        for run in etree.fromstring(_slides_xml(out)).iter(f"{_A}r")
        if "".join(run.itertext()) == briefing.language.w("sources_disagree")
    ]
    assert flagged, "the sample has a disputed timeline entry"
    assert not [f for f in check_file(out) if f.rule is Rule.CONTRAST]


def _slides_xml(path: Path) -> bytes:
    """Every slide's XML in one root, to look runs up in."""
    with zipfile.ZipFile(path) as package:
        slides = [n for n in package.namelist() if n.startswith("ppt/slides/slide")]
        return b"<all>" + b"".join(package.read(n).split(b"?>", 1)[-1] for n in slides) + b"</all>"


def test_a_grey_dark_1_gets_a_paler_cell() -> None:
    # as poi-bug65228.pptx: grey text (#5E5E5E) on the +80 % tint of a near-black accent 2
    # (#D1D5CE) gave 4.4:1
    theme = _theme("1A1C18", text="5E5E5E")
    assert contrast("5E5E5E", brightened("1A1C18", 0.8)) < 4.5
    flag = flag_colours(theme)
    assert flag.fill_brightness > 0.8
    fill = brightened("1A1C18", flag.fill_brightness)
    assert contrast("5E5E5E", fill) >= 4.5
    assert contrast(brightened("1A1C18", flag.text_brightness), fill) >= 4.5
