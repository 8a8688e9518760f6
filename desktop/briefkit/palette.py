"""The house palette: every colour of Briefkit's own look, defined once.

The report's house styles (``render/report/house_style.py``), the chart style
(``charts/style.py``), the bundled deck template's theme (``templates/make_deck.py``) and the
window's chart placeholders take their colours from here, so a report, its charts and a deck
made with the bundled templates show one navy and one accent. A template of the user's own
brings its own colours (its theme and styles); only the report styles a template lacks fall
back to these. Values are hex RGB without "#" (as Office writes them); ``css`` adds it.
"""

from __future__ import annotations

__all__ = [
    "ACCENT",
    "ACCENT_INK",
    "ACCENT_TINT",
    "AXIS",
    "BAND_FILL",
    "BORDERS",
    "GREY",
    "GRID",
    "HEADER_FILL",
    "INK",
    "LAND",
    "MARKING_RED",
    "MUTED",
    "NAVY",
    "PALE",
    "RULE",
    "SAND",
    "SLATE",
    "SLATE_GREY",
    "STEEL",
    "TEAL_SLATE",
    "TINT",
    "VIOLET_SLATE",
    "WATER",
    "WHITE",
    "contrast",
    "css",
    "gamma",
    "linear",
    "luminance",
]

# --- the house: every document and chart ----------------------------------------------------

NAVY = "1F3A5F"
"""Titles, headings and rules; the first chart series; the deck's titles and table headers."""
INK = "1E2933"
"""Text."""
MUTED = "55626F"
"""Secondary text: subtitles, captions, notes, axis titles."""
ACCENT = "C8553D"
"""The one warm accent: the series that matters most, "sources disagree" boxes, the deck's
rules and disputed entries."""
ACCENT_TINT = "FFF4E6"
"""The accent's light fill: "sources disagree" boxes, disputed timeline entries."""
ACCENT_INK = "7A3400"
"""Text in the accent's fill."""
TINT = "EEF2F7"
"""A light navy fill: callouts, key-figure cards."""
WHITE = "FFFFFF"

# --- navy and slate shades: chart series and the deck theme's other accents -----------------

SLATE = "4F6D8F"
STEEL = "8AA1BC"
PALE = "C5D0DD"
SLATE_GREY = "5E6B78"
GREY = "A3ACB6"
TEAL_SLATE = "3F7C85"
VIOLET_SLATE = "6C5B7B"
SAND = "CDB891"

# --- report tables and markings --------------------------------------------------------------

RULE = "A7B3C4"
"""Thin rules: under headings, between table rows, around callouts."""
HEADER_FILL = "DCE4EF"
"""A table's header row."""
BAND_FILL = "F6F8FB"
"""Every other table row."""
MARKING_RED = "A00000"
"""A handling marking ("FOR OFFICIAL USE ONLY")."""

# --- chart axes and maps -----------------------------------------------------------------------

GRID = "E1E6EB"
AXIS = "9AA5B1"
LAND = "EEF1F4"
"""Neighbouring countries on a map (Kazakhstan itself is white)."""
BORDERS = "8C99A6"
WATER = "D9E4EE"


def css(colour: str) -> str:
    """A palette colour as CSS and Plotly write it: "1F3A5F" -> "#1F3A5F"."""
    return f"#{colour}"


# --- colour arithmetic (sRGB, as WCAG and Office's tints and shades use it) ------------------


def linear(c: float) -> float:
    """An sRGB channel (0-1) in linear light."""
    return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)


def gamma(c: float) -> float:
    """A linear-light channel (clamped to 0-1) back in sRGB."""
    c = min(1.0, max(0.0, c))
    return c * 12.92 if c <= 0.0031308 else float(1.055 * c ** (1 / 2.4) - 0.055)


def luminance(colour: str) -> float:
    """The WCAG 2.1 relative luminance of a hex colour ("1F3A5F" or "#1F3A5F")."""
    value = colour.lstrip("#")
    red, green, blue = (linear(int(value[i : i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two hex colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
