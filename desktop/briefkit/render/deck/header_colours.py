"""The header row of a deck's tables, made readable whatever the template's table style.

Briefkit's tables name python-pptx's table style ("Medium Style 2 - Accent 1"): a header row of
light 1 text on accent 1. On a template with a light or bright accent 1 that pair falls under
WCAG's 4.5:1 (white on #4F81BD is 4.0:1), and a template may define that style with other
colours still. ``header_colours`` takes the header as ``table_looks`` reads it (the style as
the template defines it, PowerPoint's built-in look when it does not), and when its header text
would not reach 4.5:1 chooses the first of ``CHOICES`` that does: light 1 text on the lightest
shade of accent 1 that reaches it, else dark 1 text on a tint of accent 1, else the theme's
dark 1 and light 1.
The header cells then carry those colours themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from pptx.enum.dml import MSO_THEME_COLOR

from briefkit.palette import contrast
from briefkit.render.accessibility.findings import MIN_CONTRAST
from briefkit.render.deck.flag_colours import TEXT_SHADES, brightened
from briefkit.render.deck.table_looks import TableLooks

__all__ = ["HeaderColours", "header_colours"]


CHOICES = (
    *(("lt1", "accent1", shade) for shade in (0.0, *TEXT_SHADES)),
    *(("dk1", "accent1", tint) for tint in (0.4, 0.6, 0.8)),
    ("dk1", "lt1", 0.0),
    ("lt1", "dk1", 0.0),
)
"""The header looks tried, in order: light 1 on ever darker accent 1, dark 1 on ever lighter
accent 1, then the theme's plain pairs; the first at 4.5:1 is taken (else the best)."""
_SLOTS = {
    "lt1": MSO_THEME_COLOR.LIGHT_1,
    "dk1": MSO_THEME_COLOR.DARK_1,
    "accent1": MSO_THEME_COLOR.ACCENT_1,
}


@dataclass(frozen=True)
class HeaderColours:
    """The theme colours (and fill brightness) a header row's cells set themselves."""

    text: MSO_THEME_COLOR
    fill: MSO_THEME_COLOR
    fill_brightness: float


def header_colours(looks: TableLooks | None) -> HeaderColours | None:
    """What a table's header row must set for 4.5:1, or None when the style's own header
    already reads at 4.5:1 (or the theme cannot be read, or a picture lies under it)."""
    if looks is None or looks.header_grounds is None:
        return None
    scheme = looks.scheme
    if min(contrast(looks.header_text, ground) for ground in looks.header_grounds) >= MIN_CONTRAST:
        return None
    ratios = [
        (contrast(scheme[text_slot], brightened(scheme[fill_slot], shade)), n)
        for n, (text_slot, fill_slot, shade) in enumerate(CHOICES)
    ]
    passing = [n for ratio, n in ratios if ratio >= MIN_CONTRAST]
    text_slot, fill_slot, shade = CHOICES[passing[0] if passing else max(ratios)[1]]
    return HeaderColours(_SLOTS[text_slot], _SLOTS[fill_slot], shade)
