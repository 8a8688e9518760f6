"""The colours that mark a disputed row in a deck's tables, chosen from the template's theme.

A disputed timeline entry's cells are shaded with a pale accent 2 and its "Sources disagree"
line is written in a darker accent 2 (Briefkit's look: -25 % and +80 % brightness). How dark
the text must be depends on the template's own accent 2: a bright blue at -25 % on its own
+80 % tint gives 4.3:1, under WCAG's 4.5:1. ``flag_colours`` tries darker shades until the pair
(and the row's other text, in the colour it will get) reaches 4.5:1, with a paler cell if need
be, and falls back to the text and background colours (text 1 on background 1) when none does.
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from dataclasses import dataclass

from pptx.enum.dml import MSO_THEME_COLOR

from briefkit.palette import contrast
from briefkit.render.accessibility.findings import MIN_CONTRAST
from briefkit.render.office.theme import TemplateTheme

__all__ = ["HOUSE_FLAG", "FlagColours", "brightened", "flag_colours"]

TEXT_SHADES = (-0.25, -0.4, -0.5, -0.6, -0.75)
"""The flag text's brightness tried, lightest first (the first is Briefkit's own look)."""
FILL_TINT = 0.8
"""The shaded cell's brightness: a pale accent 2 (Briefkit's look)."""
FILL_TINTS = (FILL_TINT, 0.9)
"""The shaded cell's brightness tried, darkest first."""


@dataclass(frozen=True)
class FlagColours:
    """The theme colours (with their brightness, -1 to 1) of a disputed row's flag text and
    shaded cells."""

    text: MSO_THEME_COLOR
    text_brightness: float
    fill: MSO_THEME_COLOR
    fill_brightness: float


def _accent_flag(shade: float, tint: float = FILL_TINT) -> FlagColours:
    return FlagColours(MSO_THEME_COLOR.ACCENT_2, shade, MSO_THEME_COLOR.ACCENT_2, tint)


HOUSE_FLAG = _accent_flag(TEXT_SHADES[0])
PLAIN_FLAG = FlagColours(MSO_THEME_COLOR.TEXT_1, 0.0, MSO_THEME_COLOR.BACKGROUND_1, 0.0)


def brightened(colour: str, brightness: float) -> str:
    """``colour`` (hex RGB) at ``brightness`` as python-pptx writes it and Office draws it:
    below 0, lumMod 1 + b; above 0, lumMod 1 - b and lumOff b (in HSL)."""
    hue, light, sat = colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)))
    # python-pptx writes whole thousandths of a percent
    if brightness < 0:
        light *= round((1 + brightness) * 100_000) / 100_000
    elif brightness > 0:
        off = round(brightness * 100_000) / 100_000
        light = light * round((1 - brightness) * 100_000) / 100_000 + off
    rgb = colorsys.hls_to_rgb(hue, min(1.0, max(0.0, light)), sat)
    return "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in rgb)


def flag_colours(theme: TemplateTheme | None, row_texts: Sequence[str] = ()) -> FlagColours:
    """The lightest shade of accent 2 whose flag text reaches 4.5:1 on the cell's pale
    accent 2 (where the row's other text does too: in the theme's text colour, in dark 1 as
    table styles have it, and in ``row_texts``, the colours ``table_looks`` finds the rows'
    text will get; the cell paler when needed); text 1 on background 1 when none does;
    Briefkit's look when the theme is unknown."""
    if theme is None:
        return HOUSE_FLAG
    accent = theme.accents[1]
    texts = (theme.text, theme.dk1, *row_texts)
    for tint in FILL_TINTS:
        fill = brightened(accent, tint)
        if min(contrast(text, fill) for text in texts) < MIN_CONTRAST:
            continue
        for shade in TEXT_SHADES:
            if contrast(brightened(accent, shade), fill) >= MIN_CONTRAST:
                return _accent_flag(shade, tint)
    return PLAIN_FLAG
