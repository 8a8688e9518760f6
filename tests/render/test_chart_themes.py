"""Charts in the template's theme: reading a theme, the style made from it, and its use.

A deck template with a distinctive theme (accent 1 green, Georgia) is made at test time from
the bundled deck; its charts, native and pictures, must show the green, a yellow accent must
be darkened and warned about, ``house_style`` must keep Briefkit's palette, the bundled
templates must keep the house look, and a 4:3 slide must get pictures at its chart box's
aspect.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.shapes.picture import Picture

import briefkit.export as export_module
from briefkit.charts.renderer import ChartLook, ChartRenderer
from briefkit.charts.style import NAVY, house_style
from briefkit.charts.themed import MARK_CONTRAST, TEXT_CONTRAST, contrast, font_stack, themed
from briefkit.export import ExportRequest, run_export
from briefkit.options import ChartMode, ExportOptions, Format
from briefkit.render.chart_looks import deck_look, report_look
from briefkit.render.deck.chart_slot import chart_slot
from briefkit.render.deck.template import load_deck_template
from briefkit.render.office.theme import TemplateTheme, deck_theme, report_theme
from briefkit.render.report.template import load_report_template
from briefkit.resources import bundled
from helpers.documents import DECK_TEMPLATE
from helpers.nocharts import no_charts
from helpers.themes import CHART_LAYOUT, GREEN, YELLOW, themed_deck

TOPIC = "aktobe-2016"


def theme_of(path: Path) -> TemplateTheme:
    found = deck_theme(path.read_bytes(), CHART_LAYOUT, path)
    assert found is not None
    return found


def rewrite(path: Path, out: Path, parts: dict[str, tuple[str, str]]) -> Path:
    """A copy of the package at ``path`` with ``old`` -> ``new`` in the named parts."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in parts:
                old, new = parts[info.filename]
                text = data.decode()
                assert old in text, f"{old} not in {info.filename}"
                data = text.replace(old, new, 1).encode()
            dst.writestr(info, data)
    return out


# --- reading the theme -----------------------------------------------------------------------


def test_the_deck_theme_is_the_chart_layouts_masters(tmp_path: Path) -> None:
    theme = theme_of(themed_deck(tmp_path / "green.pptx", {1: GREEN, 3: YELLOW}))
    assert theme.accents[0] == GREEN and theme.accents[2] == YELLOW
    assert theme.accents[1] == "C8553D"  # untouched: the bundled theme's
    assert (theme.minor_font, theme.major_font, theme.text_font) == ("Georgia",) * 3
    assert (theme.text, theme.background, theme.template) == ("1E2933", "FFFFFF", "green.pptx")


def test_system_colours_and_a_solid_layout_background_are_read(tmp_path: Path) -> None:
    path = rewrite(
        DECK_TEMPLATE,
        tmp_path / "sys.pptx",
        {
            "ppt/theme/theme1.xml": (
                '<a:dk1><a:srgbClr val="1E2933"/></a:dk1>',
                '<a:dk1><a:sysClr val="windowText" lastClr="101010"/></a:dk1>',
            ),
            CHART_LAYOUT: (
                "<p:spTree>",
                '<p:bg><p:bgPr><a:solidFill><a:schemeClr val="tx2"><a:lumMod val="50000"/>'
                "</a:schemeClr></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>",
            ),
        },
    )
    theme = theme_of(path)
    assert theme.dk1 == "101010"
    assert theme.background == "101D30"  # dk2 (1F3A5F) at half its lightness


def test_an_outside_theme_is_never_followed(tmp_path: Path) -> None:
    rels = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
    with zipfile.ZipFile(DECK_TEMPLATE) as package:
        text = package.read(rels).decode()
    theme_rel = re.search(r'<Relationship [^>]*Target="../theme/theme1.xml"[^>]*/>', text)
    assert theme_rel is not None
    outside = theme_rel.group(0).replace(
        'Target="../theme/theme1.xml"',
        'Target="http://example.invalid/t.xml" TargetMode="External"',
    )
    path = rewrite(DECK_TEMPLATE, tmp_path / "outside.pptx", {rels: (theme_rel.group(0), outside)})
    assert deck_theme(path.read_bytes(), CHART_LAYOUT, path) is None


def test_a_report_theme_and_its_default_font(tmp_path: Path) -> None:
    source = bundled("templates") / "report.docx"
    path = rewrite(
        source,
        tmp_path / "report.docx",
        {"word/theme/theme1.xml": ('<a:srgbClr val="4F81BD"/>', f'<a:srgbClr val="{GREEN}"/>')},
    )
    theme = report_theme(path.read_bytes(), path)
    assert theme is not None
    assert theme.accents[0] == GREEN
    assert theme.text_font == "Arial"  # Normal's font, named outright in styles.xml
    assert theme.background == "FFFFFF"


# --- the style made from it ------------------------------------------------------------------


def test_series_take_the_accents_and_a_low_contrast_one_is_replaced(tmp_path: Path) -> None:
    theme = theme_of(themed_deck(tmp_path / "green.pptx", {1: GREEN, 3: YELLOW}))
    found = themed(theme)
    style = found.style
    assert style.palette[0] == f"#{GREEN}"
    assert f"#{YELLOW}" not in (*style.palette, style.accent)
    assert all(contrast(c, style.background) >= MARK_CONTRAST for c in style.palette)
    assert contrast(style.accent, style.background) >= MARK_CONTRAST
    assert contrast(style.ink, style.background) >= TEXT_CONTRAST
    assert contrast(style.muted, style.background) >= TEXT_CONTRAST
    [warning] = found.warnings
    assert "green.pptx" in warning and f"accent 3 (#{YELLOW}, 1.1:1)" in warning
    replaced = re.search(rf"accent 3 \(#{YELLOW}[^;]*uses (#[0-9A-F]{{6}})", warning)
    assert replaced is not None and replaced.group(1) in style.palette
    assert style.font_family.startswith("Georgia, ")
    assert len(set(style.event_colors.values())) == len(style.event_colors)


def test_a_dark_background_gets_light_marks_and_text() -> None:
    theme = TemplateTheme(
        "dark.pptx", "000000", "FFFFFF", "1F1F1F", "EEEEEE",
        ("202060", "C00000", "303030", "4472C4", "70AD47", "FFC000"),
        "Calibri", "Calibri", "101010", "Calibri", "000000",
    )  # fmt: skip
    style = themed(theme).style
    assert all(contrast(c, "#000000") >= MARK_CONTRAST for c in (*style.palette, style.accent))
    assert contrast(style.ink, "#000000") >= TEXT_CONTRAST
    assert style.font_family == "Calibri, Carlito, sans-serif"


def test_a_theme_of_one_colour_still_gives_distinct_series() -> None:
    theme = TemplateTheme(
        "one.pptx", "000000", "FFFFFF", "000000", "FFFFFF", ("3366CC",) * 6,
        "Arial", "Arial", "000000", "Arial", "FFFFFF",
    )  # fmt: skip
    found = themed(theme)
    style = found.style
    assert style.palette[0] == "#3366CC" and len(set(style.palette)) == len(style.palette) >= 3
    assert style.accent not in style.palette and "highlighted series uses" in found.warnings[0]
    assert contrast(style.accent, "#FFFFFF") >= MARK_CONTRAST
    assert all(contrast(c, "#FFFFFF") >= MARK_CONTRAST for c in style.palette)


def test_fonts_fall_back_to_what_draws_offline() -> None:
    assert font_stack("Calibri") == "Calibri, Carlito, sans-serif"
    assert font_stack("Times New Roman") == "Times New Roman, Liberation Serif, serif"
    assert font_stack("Aptos").endswith("Liberation Sans, Open Sans, sans-serif")
    assert font_stack('Evil"; font: x') == "Evil font x, Liberation Sans, Open Sans, sans-serif"


def test_the_bundled_templates_keep_the_house_look(tmp_path: Path) -> None:
    templates = bundled("templates")
    copy = tmp_path / "my-deck.pptx"
    copy.write_bytes((templates / "ministry-deck.pptx").read_bytes())
    for deck in (templates / "deck.pptx", templates / "ministry-deck.pptx", copy):
        assert deck_look(load_deck_template(deck), house=False) == (ChartLook(), ())
    for report in ("report.docx", "ministry-report.docx"):
        assert report_look(load_report_template(templates / report), house=False) == (
            ChartLook(),
            (),
        )


def test_the_chart_box_gives_the_pictures_aspect(tmp_path: Path) -> None:
    template = load_deck_template(themed_deck(tmp_path / "4x3.pptx", four_by_three=True))
    assert chart_slot(template) == (6583680, 4937760)
    look, _ = deck_look(template, house=True)
    assert (look.width, look.height, look.style) == (1000, 750, house_style())
    assert ChartLook.at_aspect(house_style(), 100, 5).height == 350  # a strip: at most this wide
    assert ChartLook.at_aspect(house_style(), 100, 300).height == 1000  # a tower: square


# --- in documents ----------------------------------------------------------------------------


def series_colours(deck: Path) -> list[str]:
    """The fill colours of every native chart's series and points, in order."""
    with zipfile.ZipFile(deck) as package:
        charts = [n for n in package.namelist() if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)]
        assert charts, "the deck has no native chart"
        return [
            colour
            for name in sorted(charts)
            for colour in re.findall(
                r'<c:(?:ser|dPt)>.*?<a:srgbClr val="([0-9A-F]{6})"',
                package.read(name).decode(),
                flags=re.DOTALL,
            )
        ]


def export_deck(template: Path, out: Path, house: bool = False) -> tuple[Path, list[str]]:
    options = ExportOptions(
        formats=(Format.PPTX,),
        chart_mode=ChartMode.NATIVE,
        template_pptx=template,
        house_style=house,
    )
    result = run_export(ExportRequest((TOPIC,), options, out))
    return out / f"{TOPIC}.pptx", result.warnings


def test_native_charts_take_the_theme_and_house_style_keeps_the_palette(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "chart_drawing", no_charts)  # native charts need none
    template = themed_deck(tmp_path / "green.pptx", {1: GREEN, 3: YELLOW})
    deck, warnings = export_deck(template, tmp_path / "themed")
    colours = series_colours(deck)
    assert GREEN in colours and YELLOW not in colours
    assert any(f"accent 3 (#{YELLOW}" in w and "green.pptx" in w for w in warnings)

    deck, warnings = export_deck(template, tmp_path / "house", house=True)
    colours = series_colours(deck)
    assert GREEN not in colours and NAVY.lstrip("#") in colours
    assert not any("contrast" in w for w in warnings)


def test_the_figure_takes_the_theme(catalog: Any, tmp_path: Path) -> None:
    from briefkit.charts.builders import build_figure
    from briefkit.compose import compose_briefing

    style = themed(theme_of(themed_deck(tmp_path / "green.pptx"))).style
    for spec in compose_briefing(catalog, TOPIC).charts:
        figure = build_figure(spec, style).to_plotly_json()
        assert figure["layout"]["template"]["layout"]["colorway"][0] == f"#{GREEN}"
        assert figure["layout"]["template"]["layout"]["font"]["family"].startswith("Georgia")


# --- drawn by the browser --------------------------------------------------------------------


def png_pixels(data: bytes) -> list[tuple[int, int, int]]:
    """The pixels of an 8-bit RGB or RGBA PNG (not interlaced), as RGB."""
    width, height, depth, kind = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and kind in (2, 6)
    stride = 3 if kind == 2 else 4
    chunks, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            chunks += data[at + 8 : at + 8 + length]
        at += 12 + length
    raw, row_bytes = zlib.decompress(chunks), width * stride
    previous, pixels = bytearray(row_bytes), []
    for y in range(height):
        filter_type = raw[y * (row_bytes + 1)]
        row = bytearray(raw[y * (row_bytes + 1) + 1 : (y + 1) * (row_bytes + 1)])
        for i in range(row_bytes):
            left = row[i - stride] if i >= stride else 0
            up, corner = previous[i], previous[i - stride] if i >= stride else 0
            if filter_type == 1:
                row[i] = (row[i] + left) & 0xFF
            elif filter_type == 2:
                row[i] = (row[i] + up) & 0xFF
            elif filter_type == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif filter_type == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                row[i] = (row[i] + guess) & 0xFF
        pixels += [tuple(row[x : x + 3]) for x in range(0, row_bytes, stride)]
        previous = row
    return pixels  # type: ignore[return-value]


def test_a_picture_is_drawn_in_the_theme(catalog: Any, tmp_path: Path) -> None:
    from briefkit.compose import compose_briefing

    style = themed(theme_of(themed_deck(tmp_path / "green.pptx"))).style
    [spec] = [c for c in compose_briefing(catalog, TOPIC).charts if c.kind == "incidents-over-time"]
    with ChartRenderer(tmp_path / "cache", style=style, width=300, height=200, scale=1) as renderer:
        image = renderer.render([spec])[spec.id]
    counts = Counter(png_pixels(Path(image.path).read_bytes()))
    background = counts.most_common(1)[0][0]
    assert background == (255, 255, 255)
    marks = [colour for colour, _ in counts.most_common(8)[1:]]
    assert (0x00, 0xA6, 0x51) in marks


def test_a_4_3_deck_gets_pictures_at_its_chart_boxs_aspect(tmp_path: Path) -> None:
    template = themed_deck(tmp_path / "4x3.pptx", {1: GREEN}, four_by_three=True)
    options = ExportOptions(formats=(Format.PPTX, Format.DOCX), template_pptx=template)
    request = ExportRequest((TOPIC,), options, tmp_path / "out", cache_dir=tmp_path / "cache")
    assert run_export(request).charts_drawn == 2 * 2  # each chart in the deck's and the report's
    again = ExportRequest((TOPIC,), options, tmp_path / "again", cache_dir=tmp_path / "cache")
    assert run_export(again).charts_drawn == 0  # both looks found in the cache
    deck = Presentation(str(tmp_path / "out" / f"{TOPIC}.pptx"))
    pictures = [s for slide in deck.slides for s in slide.shapes if isinstance(s, Picture)]
    assert pictures
    for picture in pictures:
        width, height = picture.image.size
        assert abs(height / width - 4937760 / 6583680) < 0.02 * 0.75
        assert abs(picture.height / picture.width - 0.75) < 0.02 * 0.75
        assert picture.width == 6583680  # fills its box: not letterboxed
    with zipfile.ZipFile(tmp_path / "out" / f"{TOPIC}.docx") as report:
        sizes = {
            struct.unpack(">II", report.read(n)[16:24])
            for n in report.namelist()
            if n.startswith("word/media/") and n.endswith(".png")
        }
    assert sizes == {(2000, 1120)}  # the bundled report: the house look, drawn separately


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "templates" / "deck"


def test_real_templates_dark_and_4_3() -> None:
    dark = load_deck_template(FIXTURES / "soleng-template.potx")  # bgRef 1002 on bg2, white text
    look, _ = deck_look(dark, house=False)
    assert look.style.background == "#516482"  # as LibreOffice draws it (#516481)
    assert look.style.ink == "#FFFFFF"
    assert all(contrast(c, "#516482") >= MARK_CONTRAST for c in look.style.palette)
    four_three = load_deck_template(FIXTURES / "poi-present1.pptx")  # Russian 4:3, Calibri
    look, _ = deck_look(four_three, house=False)
    width, height = chart_slot(four_three)  # the box of the layout chosen for charts
    assert look.width == 1000 and abs(look.height - 1000 * height / width) <= 1
    assert look.style.font_family == "Calibri, Carlito, sans-serif"
