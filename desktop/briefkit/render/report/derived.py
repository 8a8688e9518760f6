"""Styles a report template lacks, defined from the template's own Normal and headings.

A foreign template (a ministry's, a university's, a Chinese government document template) has
Normal and headings but none of Briefkit's Key Figure, Callout or Table Text styles. Each is
defined here from the template's look (``TemplateLook``): its fonts (the heading font for
titles and key figures, Normal's for the rest), its heading colour for what the house style
draws in navy, tints of that colour for boxes and table bands, and sizes scaled from Briefkit's
by the ratio of the template's body size to Briefkit's 11 pt (within limits, so a 16 pt template
gets 12 pt table text, not 13). Blocks that must stay compact (table cells, captions, key
figures, callouts, source lists) get no first-line indent and keep off the line grid,
whatever Normal says.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from briefkit.palette import ACCENT_TINT, INK, MUTED, NAVY, RULE, TINT, WHITE, contrast
from briefkit.render.accessibility.findings import MIN_CONTRAST
from briefkit.render.report.house_style import (
    W_NS,
    ReportStyle,
    StyleSpec,
    TableLook,
    style_spec,
    style_xml,
    table_style_body,
)
from briefkit.render.report.style_chain import (
    effective_attr,
    effective_fonts,
    line_grid,
    merged_attrs,
    named_style,
    text_width_twips,
)

__all__ = [
    "BODY_SIZE",
    "COMPACT_ROLES",
    "TemplateLook",
    "add_derived_style",
    "derived_spec",
    "read_look",
]

_W = f"{{{W_NS}}}"
S = ReportStyle

BODY_SIZE = 11.0
"""Briefkit's own body size (pt): the sizes of its styles are scaled from it."""
_HEADING_SIZE = 16.0  # Briefkit's Heading 1
_SCALE_LIMITS = (0.85, 4 / 3)
_HOUSE_TEXT_WIDTH = 9412  # twips: the bundled template's text column (its tab stops)

#: Roles set in the template's heading font (and scaled from its Heading 1's size).
HEADING_ROLES = frozenset(
    {S.TITLE, S.SUBTITLE, S.HEADING_1, S.HEADING_2, S.HEADING_3, S.TOC_HEADING, S.KEY_FIGURE_VALUE}
)
#: Roles that must stay compact and readable: no first-line indent, no line grid.
COMPACT_ROLES = frozenset(
    {
        S.CAPTION,
        S.HEADER,
        S.FOOTER,
        S.TOC_1,
        S.TOC_2,
        S.COVER_MARKING,
        S.COVER_DETAIL,
        S.MARKING,
        S.KEY_FIGURE_VALUE,
        S.KEY_FIGURE_LABEL,
        S.KEY_FIGURE_DETAIL,
        S.CHART_HEADLINE,
        S.CHART_PICTURE,
        S.TABLE_HEADER,
        S.TABLE_TEXT,
        S.TABLE_NOTE,
        S.TIMELINE_DATE,
        S.CALLOUT_TITLE,
        S.CALLOUT_TEXT,
        S.DISAGREEMENT_TITLE,
        S.DISAGREEMENT_TEXT,
        S.SOURCE_ENTRY,
    }
)
#: Contract names other styles are based on or followed by: their ids in the template.
_REFERENCED = ("Normal", "Heading 1", "Header", "Subtitle")


@dataclass(frozen=True)
class TemplateLook:
    """What a template's own styles and page say, for defining the styles it lacks."""

    body_size: float = BODY_SIZE
    body_color: str | None = None
    heading_size: float | None = None
    heading_color: str | None = None
    heading_font_xml: str | None = None
    #: Style id of each referenced contract style the template has ("Normal" -> "a").
    ids: dict[str, str] = dataclasses.field(default_factory=dict)
    text_width: int = _HOUSE_TEXT_WIDTH
    grid_pitch: int | None = None
    #: Normal's line spacing: a multiple of single spacing, or (exact, at least) points.
    body_line: float = 1.0
    body_line_exact: bool = False

    @property
    def scale(self) -> float:
        return _clamp(self.body_size / BODY_SIZE)

    @property
    def accent(self) -> str:
        """The colour the house style draws in navy: the template's heading colour."""
        return self.heading_color or self.body_color or "000000"

    def tint(self, share: float) -> str:
        """The accent mixed with ``share`` of white."""
        return _mix(self.accent, share)


def _clamp(ratio: float) -> float:
    low, high = _SCALE_LIMITS
    return min(max(ratio, low), high)


def _mix(color: str, white: float) -> str:
    """``color`` (RRGGBB) mixed with ``white`` (0-1) of white; below 0, with that share of
    black."""
    try:
        rgb = [int(color[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        rgb = [0, 0, 0]
    if white < 0:
        return "".join(f"{round(c * (1 + white)):02X}" for c in rgb)
    return "".join(f"{round(c + (255 - c) * white):02X}" for c in rgb)


def _size(styles_el: Any, style: Any) -> float | None:
    half_points = effective_attr(styles_el, style, "rPr", "sz")
    try:
        return int(half_points or "") / 2
    except ValueError:
        return None


def _color(styles_el: Any, style: Any) -> str | None:
    value = effective_attr(styles_el, style, "rPr", "color")
    if not value or value == "auto" or len(value) != 6:
        return None
    return value.upper()


def read_look(document: Any) -> TemplateLook:
    """The look of a python-docx document made from a template (before styles are added)."""
    styles_el = document.styles.element
    normal = named_style(styles_el, "Normal")
    heading = next(
        (
            found
            for name in ("Heading 1", "Heading", "Title")
            if (found := named_style(styles_el, name)) is not None
        ),
        None,
    )
    heading_font = None
    if heading is not None:
        fonts = effective_fonts(styles_el, heading)
        if fonts:
            attrs = " ".join(f'w:{k}="{v}"' for k, v in fonts.items())
            heading_font = f"<w:rFonts {attrs}/>"
    ids = {
        name: str(found.get(f"{_W}styleId"))
        for name in _REFERENCED
        if (found := named_style(styles_el, name)) is not None
    }
    sect_pr = document.sections[-1]._sectPr if len(document.sections) else None
    return TemplateLook(
        body_size=_size(styles_el, normal) or 10.0,  # Word's size when nothing sets one
        body_color=_color(styles_el, normal),
        heading_size=None if heading is None else _size(styles_el, heading),
        heading_color=None if heading is None else _color(styles_el, heading),
        heading_font_xml=heading_font,
        ids=ids,
        text_width=text_width_twips(sect_pr),
        grid_pitch=line_grid(sect_pr),
        **_line_spacing(styles_el, normal),
    )


def _line_spacing(styles_el: Any, style: Any) -> dict[str, Any]:
    spacing = merged_attrs(styles_el, style, "pPr", "spacing")
    try:
        line = int(spacing.get("line", "240"))
    except ValueError:
        line = 240
    if spacing.get("lineRule", "auto") == "auto":
        return {"body_line": max(line, 1) / 240, "body_line_exact": False}
    return {"body_line": line / 20, "body_line_exact": True}


def _role_color(color: str | None, look: TemplateLook) -> str | None:
    if color == NAVY:
        return look.accent
    if color == INK:
        return look.body_color
    if color == MUTED:
        return _mix(look.body_color or "000000", 0.35)
    if color == RULE:
        return look.tint(0.6)
    return color  # the marking's red and the disagreement's accent keep their meaning


def _readable(color: str, grounds: tuple[str, ...]) -> str:
    """``color`` mixed with black in steps of 10 % until it reaches 4.5:1 on every one of
    ``grounds`` (black when nothing lighter does)."""
    for share in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        darker = _mix(color, -share)
        if min(contrast(darker, ground) for ground in grounds) >= MIN_CONTRAST:
            return darker
    return "000000"


def text_grounds(look: TemplateLook) -> tuple[str, ...]:
    """What the derived styles' text lies on: the page, the key-figure and callout boxes'
    tint, the table header and band fills, the disagreement box's shading."""
    return (WHITE, look.tint(0.92), look.tint(0.88), look.tint(0.96), ACCENT_TINT)


def _text_color(color: str | None, look: TemplateLook) -> str | None:
    """A style's text colour in the template's look, darkened to 4.5:1 on what it lies on
    when a template's colour would fall short (a pale heading colour, a light body text)."""
    role = _role_color(color, look)
    if role is None or color not in (NAVY, INK, MUTED):
        return role
    return _readable(role, text_grounds(look))


def derived_spec(name: str, look: TemplateLook) -> StyleSpec:
    """Briefkit's definition of style ``name`` restated in the template's look."""
    spec = style_spec(name)
    if spec.kind != "paragraph":
        return dataclasses.replace(spec, color=_text_color(spec.color, look))
    heading = name in HEADING_ROLES
    scale = look.scale
    if heading and look.heading_size:
        scale = _clamp(look.heading_size / _HEADING_SIZE)
    border = spec.border
    if border is not None:
        border = dataclasses.replace(border, color=_role_color(border.color, look) or border.color)
    ratio = look.text_width / _HOUSE_TEXT_WIDTH
    # A hanging label ("Period covered", "[12]") grows with the text: so do its indent and tab.
    label_scale = scale if spec.hanging else 1.0

    def label(twips: int) -> int:
        return round(twips * label_scale)

    tabs = tuple(
        (kind, round(pos * ratio) if pos in (4706, 9412) else label(pos), leader)
        for kind, pos, leader in spec.tabs
    )
    compact = name in COMPACT_ROLES
    return dataclasses.replace(
        spec,
        indent_left=None if spec.indent_left is None else label(spec.indent_left),
        hanging=None if spec.hanging is None else label(spec.hanging),
        size=None if spec.size is None else round(spec.size * scale * 2) / 2,
        color=_text_color(spec.color, look),
        border=border,
        shading=look.tint(0.92) if spec.shading == TINT else spec.shading,
        tabs=tabs,
        font_xml=look.heading_font_xml if heading else None,
        align=spec.align or ("left" if compact else None),  # not justified like the body
        snap_to_grid=False if compact else None,
        first_line=0 if compact or heading else None,
    )


def derived_table_look(look: TemplateLook) -> TableLook:
    """The table styles' colours from the template's accent, their text at its table size."""
    size = derived_spec(S.TABLE_TEXT, look).size or 9.0
    return TableLook(
        rule=_readable(look.accent, text_grounds(look)),  # the header row's text colour too
        inner=look.tint(0.6),
        fill=look.tint(0.92),
        header_fill=look.tint(0.88),
        band_fill=look.tint(0.96),
        size=size,
    )


def add_derived_style(document: Any, name: str, look: TemplateLook) -> None:
    """Add the template-look definition of contract style ``name`` to ``document``."""
    from docx.oxml import parse_xml

    spec = derived_spec(name, look)
    body = table_style_body(name, derived_table_look(look)) if spec.kind == "table" else None
    document.styles.element.append(parse_xml(style_xml(spec, look.ids, body)))
