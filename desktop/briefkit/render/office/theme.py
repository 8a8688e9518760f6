"""A template's theme: its colour scheme, its fonts, and the background charts sit on.

Read from the checked package bytes (``opening.open_package``) with the strict parser
(``xmlparts.parse_part``), following only relationships to parts inside the package. A deck's
theme is the one of the slide master a given layout belongs to (``ppt/theme/themeN.xml``); a
report's is ``word/theme/theme1.xml``, with the document's default font when ``styles.xml``
sets one. A package whose theme is missing or unreadable has none (None): charts then keep
Briefkit's own colours.
"""

from __future__ import annotations

import colorsys
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.palette import gamma, linear
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.parts import PackageParts
from briefkit.render.office.xmlparts import parse_part

__all__ = [
    "TemplateTheme",
    "colour_map",
    "colour_scheme",
    "deck_theme",
    "layout_chain",
    "modified_colour",
    "report_theme",
    "resolve_colour",
    "theme_part_fonts",
]

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SLOTS = ("dk1", "lt1", "dk2", "lt2", *(f"accent{n}" for n in range(1, 7)))
_DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
_SYSTEM = {"windowText": "000000", "window": "FFFFFF"}
_PRESET = {"black": "000000", "white": "FFFFFF"}


@dataclass(frozen=True)
class TemplateTheme:
    """A template's theme colours (hex RGB, "1F3A5F") and fonts, and its chart background."""

    template: str
    """The template's file name, for messages."""
    dk1: str
    lt1: str
    dk2: str
    lt2: str
    accents: tuple[str, ...]
    """accent1 to accent6."""
    major_font: str
    minor_font: str
    text: str
    """The colour of text: what tx1 maps to (dk1 unless the master maps it otherwise)."""
    text_font: str
    """The font of body text: the theme's minor font, or the report's default font."""
    background: str
    """What a chart sits on: the slide's solid background, else lt1 (a report's page: white)."""


def deck_theme(package: bytes, layout_part: str, path: Path) -> TemplateTheme | None:
    """The theme of the master of ``layout_part`` ("ppt/slideLayouts/slideLayout2.xml")."""
    with PackageParts(package, path, "deck template") as pkg:
        chain = layout_chain(pkg, layout_part)
        if chain is None:
            return None
        layout, master, theme = chain
        scheme = colour_scheme(theme)
        if scheme is None:
            return None
        mapping = colour_map(master, layout)
        background = _background(layout, theme, scheme, mapping)
        if background is None:
            background = _background(master, theme, scheme, mapping)
        paper = background or scheme[mapping["bg1"]]
        return _theme(path, scheme, theme, scheme[mapping["tx1"]], "", paper)


def layout_chain(parts: PackageParts, layout_part: str) -> tuple[Any, Any, Any] | None:
    """The XML of ``layout_part``, of its slide master and of the master's theme; None when
    one of them is missing."""
    layout = parts.xml(layout_part)
    master_part = parts.related(layout_part, "/slideMaster")
    master = parts.xml(master_part) if master_part else None
    theme_part = parts.related(master_part, "/theme") if master_part else None
    theme = parts.xml(theme_part) if theme_part else None
    if layout is None or master is None or theme is None:
        return None
    return layout, master, theme


def report_theme(package: bytes, path: Path) -> TemplateTheme | None:
    """The theme of a Word package, with the default font of its ``styles.xml`` when set."""
    with PackageParts(package, path, "report template") as pkg:
        theme_part = pkg.related("word/document.xml", "/theme")
        theme = pkg.xml(theme_part) if theme_part else None
        scheme = colour_scheme(theme) if theme is not None else None
        if theme is None or scheme is None:
            return None
        styles = pkg.xml("word/styles.xml")
        font = _default_font(styles) if styles is not None else ""
        if font == "+major":
            font = _font(theme, "majorFont")
        return _theme(path, scheme, theme, scheme["dk1"], font.removeprefix("+"), "FFFFFF")


def _theme(
    path: Path, scheme: dict[str, str], theme: Any, text: str, font: str, paper: str
) -> TemplateTheme:
    major, minor = _font(theme, "majorFont"), _font(theme, "minorFont")
    return TemplateTheme(
        path.name,
        scheme["dk1"],
        scheme["lt1"],
        scheme["dk2"],
        scheme["lt2"],
        tuple(scheme[f"accent{n}"] for n in range(1, 7)),
        major,
        minor,
        text,
        font or minor,
        paper,
    )


def colour_scheme(theme: Any) -> dict[str, str] | None:
    """The ten colours of a theme's colour scheme by slot ("dk1"); None if one is unreadable."""
    found = theme.find(f"{_A}themeElements/{_A}clrScheme")
    if found is None:
        return None
    scheme: dict[str, str] = {}
    for slot in _SLOTS:
        element = found.find(f"{_A}{slot}")
        colour = _plain_colour(element[0]) if element is not None and len(element) else None
        if colour is None:
            return None
        scheme[slot] = colour
    return scheme


def _plain_colour(element: Any) -> str | None:
    """An RGB colour given outright: srgbClr, sysClr (its last colour) or a preset."""
    tag = str(element.tag).removeprefix(_A)
    if tag == "srgbClr":
        value = str(element.get("val", ""))
    elif tag == "sysClr":
        value = str(element.get("lastClr") or _SYSTEM.get(str(element.get("val")), ""))
    elif tag == "prstClr":
        value = _PRESET.get(str(element.get("val")), "")
    else:
        return None
    value = value.upper()
    if len(value) != 6 or any(c not in "0123456789ABCDEF" for c in value):
        return None
    return value


def resolve_colour(element: Any, scheme: dict[str, str], mapping: dict[str, str]) -> str | None:
    """A colour element resolved to RGB: a scheme colour through the colour map, with its
    changes (tint, shade, satMod, lumMod, lumOff) applied; None for a placeholder colour."""
    tag = str(element.tag).removeprefix(_A)
    if tag == "schemeClr":
        name = str(element.get("val", ""))
        colour = scheme.get(mapping.get(name, name))
    else:
        colour = _plain_colour(element)
    return None if colour is None else modified_colour(colour, element)


def modified_colour(colour: str, element: Any) -> str:
    """``colour`` with the changes ``element`` holds, in their order: tint and shade (toward
    white and black, in linear light), satMod, lumMod and lumOff (in HSL), as Office does."""
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    for change in element:
        kind = str(change.tag).removeprefix(_A)
        value = _percent(change, 1.0)
        if kind in ("tint", "shade"):
            rgb = [gamma(linear(c) * value + (1 - value) * (kind == "tint")) for c in rgb]
        elif kind in ("satMod", "lumMod", "lumOff"):
            hue, light, sat = colorsys.rgb_to_hls(*rgb)
            if kind == "satMod":
                sat = min(1.0, sat * value)
            elif kind == "lumMod":
                light = min(1.0, light * value)
            else:
                light = min(1.0, max(0.0, light + value))
            rgb = list(colorsys.hls_to_rgb(hue, light, sat))
    return "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in rgb)


def _percent(element: Any, default: float) -> float:
    try:
        return int(element.get("val")) / 100_000
    except (TypeError, ValueError):
        return default


def colour_map(master: Any, layout: Any) -> dict[str, str]:
    """bg1/tx1/bg2/tx2 -> scheme slot: the master's map, or the layout's override of it."""
    mapping = dict(_DEFAULT_MAP)
    for element in (
        master.find(f"{_P}clrMap"),
        layout.find(f"{_P}clrMapOvr/{_A}overrideClrMapping"),
    ):
        if element is not None:
            for name in _DEFAULT_MAP:
                if element.get(name) in _SLOTS:
                    mapping[name] = str(element.get(name))
    return mapping


def _background(
    owner: Any, theme: Any, scheme: dict[str, str], mapping: dict[str, str]
) -> str | None:
    """A slide layout's or master's background colour when it is one solid colour."""
    background = owner.find(f"{_P}cSld/{_P}bg")
    if background is None:
        return None
    fill = background.find(f"{_P}bgPr/{_A}solidFill")
    if fill is not None and len(fill):
        return resolve_colour(fill[0], scheme, mapping)
    reference = background.find(f"{_P}bgRef")
    if reference is None or not len(reference):
        return None
    try:
        index = int(reference.get("idx", "0"))
    except ValueError:
        return None
    styles = theme.find(f"{_A}themeElements/{_A}fmtScheme/{_A}bgFillStyleLst")
    if index < 1001 or styles is None or index - 1001 >= len(styles):
        return None
    style = styles[index - 1001]
    if str(style.tag) != f"{_A}solidFill" or not len(style):
        return None  # a gradient or a picture: not one colour
    colour = resolve_colour(reference[0], scheme, mapping)
    if str(style[0].tag) != f"{_A}schemeClr" or style[0].get("val") != "phClr":
        return resolve_colour(style[0], scheme, mapping)  # the style's own colour
    return None if colour is None else modified_colour(colour, style[0])


def _font(theme: Any, which: str) -> str:
    latin = theme.find(f"{_A}themeElements/{_A}fontScheme/{_A}{which}/{_A}latin")
    return str(latin.get("typeface", "")) if latin is not None else ""


@functools.lru_cache(maxsize=16)
def theme_part_fonts(blob: bytes) -> tuple[str, str]:
    """The major and minor Latin typefaces of a theme part's XML ("" where it names none, or
    when the part is not well-formed), read with the hardened parser; kept for the last few."""
    try:
        theme = parse_part("theme", blob, Path("theme"), "theme")
    except TemplateError:
        return "", ""
    return _font(theme, "majorFont"), _font(theme, "minorFont")


def _default_font(styles: Any) -> str:
    """The Latin font the Normal style or the document defaults name: a name, "+major" for the
    theme's major font, "" for its minor font or none."""
    places = [
        style.find(f"{_W}rPr/{_W}rFonts")
        for style in styles.iter(f"{_W}style")
        if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true")
    ]
    places.append(styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts"))
    for fonts in places:
        if fonts is None:
            continue
        if fonts.get(f"{_W}asciiTheme"):  # wins over a name
            return "+major" if str(fonts.get(f"{_W}asciiTheme")).startswith("major") else ""
        if fonts.get(f"{_W}ascii"):
            return str(fonts.get(f"{_W}ascii"))
    return ""
