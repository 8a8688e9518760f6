"""A chart style from a template's theme: its accents, text colour, background and font.

``themed_style(theme)`` gives the ``ChartStyle`` charts take in an organisation's template,
and warnings for every theme colour it could not use as it is. Series take the theme's accents
in order; the accent that stands apart most from accent 1 (of those legible on the
background) becomes the style's accent (the
series that matters most) and leaves the series list, which dk2 and a shade of accent 1 fill
back to seven colours. Every colour is checked against the background by its WCAG contrast
ratio (3:1 for chart marks, 4.5:1 for text); a colour below it is darkened (on a light
background) or lightened (on a dark one) until it passes, and a warning names the template,
the colours and what replaced them (one warning for them all).

Event types keep one colour each across every chart of a document, as in the house style:
the house's order of event types takes the theme's series colours in turn (suicide bombings
the accent, as the house gives them its accent), so a bombing has the same colour in the
chart over time and on the map.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from briefkit.charts.style import EVENT_TYPES, FONT_FAMILY, ChartStyle
from briefkit.messages import Figure, Joined, Message, message
from briefkit.palette import contrast, luminance

__all__ = ["MARK_CONTRAST", "TEXT_CONTRAST", "ThemeColours", "contrast", "font_stack", "themed"]

MARK_CONTRAST = 3.0
"""WCAG 2.1's minimum contrast for graphical objects (bars, lines, markers)."""
TEXT_CONTRAST = 4.5
"""WCAG 2.1's minimum contrast for normal text."""
_APART = 0.15
"""The least ``_distance`` between two series colours (0 to 3; #1F3A5F and #4F6D8F: 0.58)."""
#: Fonts a template names, and what Chrome draws them with offline (their metric twins and
#: the fonts of this kind of machine: Liberation, Carlito, Caladea, DejaVu, Open Sans).
_STACKS = {
    "calibri": "Carlito, sans-serif",
    "cambria": "Caladea, Liberation Serif, serif",
    "arial": "Liberation Sans, Open Sans, sans-serif",
    "helvetica": "Liberation Sans, Open Sans, sans-serif",
    "times new roman": "Liberation Serif, serif",
    "times": "Liberation Serif, serif",
    "courier new": "Liberation Mono, monospace",
    "verdana": "DejaVu Sans, sans-serif",
    "tahoma": "DejaVu Sans, sans-serif",
    "georgia": "DejaVu Serif, Liberation Serif, serif",
}
_SERIF = re.compile(
    r"serif|times|georgia|garamond|cambria|palatino|book antiqua|constantia|baskerville|"
    r"caslon|bodoni|minion|mincho|song|sun|kai|pt serif|merriweather|playfair|lora|宋|明朝|楷",
    re.IGNORECASE,
)


class ThemeColours(Protocol):
    """What a chart style needs of a theme (``render.office.theme.TemplateTheme`` has it)."""

    @property
    def template(self) -> str: ...
    @property
    def dk1(self) -> str: ...
    @property
    def lt1(self) -> str: ...
    @property
    def dk2(self) -> str: ...
    @property
    def accents(self) -> tuple[str, ...]: ...
    @property
    def text(self) -> str: ...
    @property
    def text_font(self) -> str: ...
    @property
    def background(self) -> str: ...


@dataclass(frozen=True)
class ThemedStyle:
    """A theme's chart style, and what was changed to make its colours legible."""

    style: ChartStyle
    warnings: tuple[str, ...]


def themed(theme: ThemeColours) -> ThemedStyle:
    """The chart style of ``theme``, and one warning naming each colour replaced (see above)."""
    paper = _hex(theme.background)
    changes: list[Message] = []

    def legible(colour: str, what: Message, minimum: float, used_by: Message) -> str:
        fixed = _legible(colour, paper, minimum)
        if fixed != colour:
            ratio = Figure(f"{contrast(colour, paper):.1f}")
            said = {"what": what, "colour": colour, "ratio": ratio, "used_by": used_by}
            changes.append(message("theme_colour_change", **said, fixed=fixed))
        return fixed

    text = _hex(theme.text)
    if contrast(text, paper) < TEXT_CONTRAST:  # tx1 on a background of its own kind
        text = max((_hex(theme.dk1), _hex(theme.lt1), text), key=lambda c: contrast(c, paper))
    ink = legible(text, message("theme_text_colour"), TEXT_CONTRAST, message("theme_chart_text"))
    accents = [_hex(a) for a in theme.accents]
    others = [n for n in range(1, len(accents)) if contrast(accents[n], paper) >= MARK_CONTRAST]
    chosen = max(
        others or range(1, len(accents)), key=lambda n: (_distance(accents[n], accents[0]), -n)
    )
    highlighted = message("theme_highlighted")
    accent = legible(accents[chosen], _accent(chosen), MARK_CONTRAST, highlighted)
    palette: list[str] = []
    for n in (0, *(n for n in range(1, len(accents)) if n != chosen)):
        colour = _legible(accents[n], paper, MARK_CONTRAST)
        if not palette or _apart(colour, [*palette, accent]):  # an accent twice: used once
            ordinal = message(f"theme_series_{len(palette) + 1}")
            palette.append(legible(accents[n], _accent(n), MARK_CONTRAST, ordinal))
    if not _apart(accent, palette):  # every accent alike: the highlight takes the opposite hue
        opposite = _legible(_opposite(accent), paper, MARK_CONTRAST)
        said = {"n": chosen + 1, "colour": accent, "fixed": opposite}
        changes.append(message("theme_accent_alike", **said))
        accent = opposite
    for extra in (
        _hex(theme.dk2),
        _mix(palette[0], ink, 0.45),
        _mix(accent, ink, 0.45),
        _mix(palette[0], paper, 0.4),
    ):
        extra = _legible(extra, paper, MARK_CONTRAST)
        if len(palette) < 7 and _apart(extra, [*palette, accent]):
            palette.append(extra)
    muted = _legible(_mix(ink, paper, 0.3), paper, TEXT_CONTRAST)
    events = {}
    turn = iter(range(len(EVENT_TYPES)))
    for code in EVENT_TYPES:
        if code == "suicide-bombing":
            events[code] = accent
            continue
        k = next(turn)
        base = palette[k % len(palette)]
        events[code] = (
            base if k < len(palette) else _legible(_mix(base, ink, 0.4), paper, MARK_CONTRAST)
        )
    style = ChartStyle(
        font_family=font_stack(theme.text_font),
        ink=ink,
        muted=muted,
        grid=_mix(paper, ink, 0.12),
        axis=_mix(paper, ink, 0.45),
        background=paper,
        accent=accent,
        palette=tuple(palette),
        event_colors=MappingProxyType(events),
        land=_mix(paper, ink, 0.07),
        home_land=paper,
        borders=_mix(paper, ink, 0.45),
        water=_mix(paper, "#4F7CAC", 0.2),  # water stays blue, whatever the accents
    )
    if not changes:
        return ThemedStyle(style, ())
    said = {"template": theme.template, "background": paper, "changes": Joined("; ", changes)}
    marks, text_ratio = Figure(f"{MARK_CONTRAST:.0f}"), Figure(f"{TEXT_CONTRAST}")
    warning = message("theme_colours_changed", **said, marks=marks, text=text_ratio)
    return ThemedStyle(style, (warning,))


def _accent(n: int) -> Message:
    """ "accent 3", for the theme's accent ``n`` (from 0)."""
    return message("theme_accent", n=n + 1)


def font_stack(font: str) -> str:
    """A CSS font list for a template's font: itself, then fonts drawn offline in its place
    ("Calibri" -> "Calibri, Carlito, sans-serif")."""
    name = re.sub(r"[^\w \-]", "", font).strip()[:64]
    if not name:
        return FONT_FAMILY
    known = _STACKS.get(name.casefold())
    if known is None:
        serif = _SERIF.search(name) is not None
        known = "Liberation Serif, serif" if serif else "Liberation Sans, Open Sans, sans-serif"
    return f"{name}, {known}"


# --- colours ---------------------------------------------------------------------------------


def _hex(colour: str) -> str:
    """ "1f3a5f" or "#1F3A5F" -> "#1F3A5F"."""
    return "#" + colour.lstrip("#").upper()


def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def _from_rgb(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in (red, green, blue))


def _legible(colour: str, paper: str, minimum: float) -> str:
    """``colour``, or the nearest shade of it (darker on a light paper, lighter on a dark one)
    with at least ``minimum`` contrast on ``paper``."""
    if contrast(colour, paper) >= minimum:
        return colour
    hue, light, sat = colorsys.rgb_to_hls(*_rgb(colour))
    darker = luminance(paper) > 0.18
    for step in range(1, 101):
        shade = light * (1 - step / 100) if darker else light + (1 - light) * step / 100
        candidate = _from_rgb(*colorsys.hls_to_rgb(hue, shade, sat))
        if contrast(candidate, paper) >= minimum:
            return candidate
    return "#000000" if darker else "#FFFFFF"


def _mix(one: str, other: str, share: float) -> str:
    """``one`` with ``share`` of ``other`` mixed in."""
    return _from_rgb(*(a + (b - a) * share for a, b in zip(_rgb(one), _rgb(other), strict=True)))


def _opposite(colour: str) -> str:
    """The colour of the opposite hue, as light and as saturated."""
    hue, light, sat = colorsys.rgb_to_hls(*_rgb(colour))
    return _from_rgb(*colorsys.hls_to_rgb((hue + 0.5) % 1.0, light, sat))


def _apart(colour: str, taken: list[str]) -> bool:
    """Whether ``colour`` can be told from every colour ``taken`` at a glance."""
    return all(_distance(colour, other) >= _APART for other in taken)


def _distance(one: str, other: str) -> float:
    """How far apart two colours look (a weighted RGB distance, "redmean")."""
    (r1, g1, b1), (r2, g2, b2) = _rgb(one), _rgb(other)
    mean = (r1 + r2) / 2
    return float(
        ((2 + mean) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (3 - mean) * (b1 - b2) ** 2) ** 0.5
    )
