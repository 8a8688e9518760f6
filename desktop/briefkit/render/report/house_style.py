"""Briefkit's house style for reports: the style contract and each style's definition as XML.

``ReportStyle`` names every style the report uses; ``HOUSE_STYLES`` defines each of them (sizes,
spacing, borders, colours from ``briefkit.palette``); ``house_style_xml`` writes a definition as
WordprocessingML and ``add_house_style`` adds it to a document. A template that lacks a style
gets this definition (based on the template's ``Normal``, so the template's font carries over),
and ``templates/make_report.py`` writes the same definitions into the bundled
``templates/report.docx``, so the bundled template and the fallbacks cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from briefkit.palette import (
    ACCENT,
    ACCENT_INK,
    ACCENT_TINT,
    BAND_FILL,
    HEADER_FILL,
    INK,
    MARKING_RED,
    MUTED,
    NAVY,
    RULE,
    TINT,
    WHITE,
)

__all__ = [
    "HOUSE_FONT",
    "HOUSE_STYLES",
    "W_NS",
    "ReportStyle",
    "StyleSpec",
    "TableLook",
    "add_house_style",
    "find_style",
    "house_style_xml",
    "style_id",
    "style_spec",
    "style_xml",
    "table_style_body",
    "xml_name",
]

HOUSE_FONT = "Arial"
"""Covers Latin, Cyrillic and the Kazakh letters (LibreOffice shows it as Liberation Sans 2)."""

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"


class ReportStyle(StrEnum):
    """Every style the report uses, by the name shown in Word's style gallery."""

    NORMAL = "Normal"
    TITLE = "Title"
    SUBTITLE = "Subtitle"
    HEADING_1 = "Heading 1"
    HEADING_2 = "Heading 2"
    HEADING_3 = "Heading 3"
    CAPTION = "Caption"
    HEADER = "Header"
    FOOTER = "Footer"
    TOC_HEADING = "TOC Heading"
    TOC_1 = "TOC 1"
    TOC_2 = "TOC 2"
    COVER_MARKING = "Cover Marking"
    COVER_DETAIL = "Cover Detail"
    MARKING = "Marking"
    KEY_FIGURE_VALUE = "Key Figure Value"
    KEY_FIGURE_LABEL = "Key Figure Label"
    KEY_FIGURE_DETAIL = "Key Figure Detail"
    CHART_HEADLINE = "Chart Headline"
    CHART_PICTURE = "Chart Picture"
    TABLE_HEADER = "Table Header"
    TABLE_TEXT = "Table Text"
    TABLE_NOTE = "Table Note"
    TIMELINE_DATE = "Timeline Date"
    CALLOUT_TITLE = "Callout Title"
    CALLOUT_TEXT = "Callout Text"
    DISAGREEMENT_TITLE = "Disagreement Title"
    DISAGREEMENT_TEXT = "Disagreement Text"
    SOURCE_ENTRY = "Source Entry"
    CITATION = "Citation"
    TABLE = "Briefkit Table"
    KEY_FIGURES_TABLE = "Briefkit Key Figures"


StyleKind = Literal["paragraph", "character", "table"]

# Word stores some built-in style names in lower case; these are the names as written in XML.
_XML_NAMES = {
    "Heading 1": "heading 1",
    "Heading 2": "heading 2",
    "Heading 3": "heading 3",
    "Caption": "caption",
    "Header": "header",
    "Footer": "footer",
    "TOC 1": "toc 1",
    "TOC 2": "toc 2",
}


@dataclass(frozen=True)
class Border:
    """A paragraph box: colour, width in eighths of a point, gap to the text in points."""

    color: str
    size: int = 6
    space: int = 4
    sides: tuple[str, ...] = ("top", "left", "bottom", "right")


@dataclass(frozen=True)
class StyleSpec:
    """Briefkit's definition of one style (sizes in points, indents and tabs in twips)."""

    name: str
    kind: StyleKind
    based_on: str | None = "Normal"
    next_style: str | None = None
    fallback: str | None = "Normal"
    size: float | None = None
    bold: bool = False
    italic: bool = False
    caps: bool = False
    color: str | None = None
    letter_spacing: float | None = None
    before: float | None = None
    after: float | None = None
    line: float | None = None  # multiple of single spacing
    align: str | None = None  # left, center, right, both
    keep_next: bool = False
    keep_lines: bool = False
    outline_level: int | None = None
    indent_left: int | None = None
    indent_right: int | None = None
    hanging: int | None = None
    tabs: tuple[tuple[str, int, str], ...] = ()  # (kind, position, leader)
    border: Border | None = None
    shading: str | None = None
    ui_priority: int | None = None
    #: ``w:rFonts`` to write (a template's heading font); None: inherit (Normal: the house font).
    font_xml: str | None = None
    #: False: the paragraphs keep off the page's line grid (``w:snapToGrid w:val="0"``).
    snap_to_grid: bool | None = None
    #: 0: no first-line indent, in twips and in characters, whatever the base style says.
    first_line: int | None = None


_S = ReportStyle

# fmt: off
HOUSE_STYLES: tuple[StyleSpec, ...] = (
    StyleSpec(_S.NORMAL, "paragraph", based_on=None, fallback=None, size=11, color=INK, before=0,
              after=6, line=1.15),
    StyleSpec(_S.TITLE, "paragraph", next_style="Subtitle", size=28, bold=True, color=NAVY,
              before=110, after=14, line=1.0, keep_next=True, keep_lines=True,
              border=Border(NAVY, size=36, space=18, sides=("top",)), ui_priority=10),
    StyleSpec(_S.SUBTITLE, "paragraph", size=14, color=MUTED, before=0, after=36, line=1.1,
              keep_next=True, ui_priority=11),
    StyleSpec(_S.HEADING_1, "paragraph", size=16, bold=True, color=NAVY, before=20, after=8,
              line=1.0, keep_next=True, keep_lines=True, outline_level=0,
              border=Border(RULE, space=3, sides=("bottom",)), ui_priority=9),
    StyleSpec(_S.HEADING_2, "paragraph", size=12.5, bold=True, color=NAVY, before=14, after=4,
              line=1.0, keep_next=True, keep_lines=True, outline_level=1, ui_priority=9),
    StyleSpec(_S.HEADING_3, "paragraph", size=11, bold=True, color=INK, before=12, after=4,
              line=1.0, keep_next=True, keep_lines=True, outline_level=2, ui_priority=9),
    StyleSpec(_S.CAPTION, "paragraph", size=9, color=MUTED, before=4, after=12, line=1.0,
              ui_priority=35),
    StyleSpec(_S.HEADER, "paragraph", size=8.5, color=MUTED, before=0, after=0, line=1.0,
              tabs=(("center", 4706, "none"), ("right", 9412, "none"))),
    StyleSpec(_S.FOOTER, "paragraph", size=8.5, color=MUTED, before=0, after=0, line=1.0,
              align="center", tabs=(("center", 4706, "none"), ("right", 9412, "none"))),
    StyleSpec(_S.TOC_HEADING, "paragraph", based_on="Heading 1", size=16, bold=True, color=NAVY,
              before=0, after=14, outline_level=9, ui_priority=39),
    StyleSpec(_S.TOC_1, "paragraph", size=11, color=INK, before=6, after=2, line=1.0,
              tabs=(("right", 9412, "dot"),), ui_priority=39),
    StyleSpec(_S.TOC_2, "paragraph", size=10.5, color=INK, before=0, after=2, line=1.0,
              indent_left=340, tabs=(("right", 9412, "dot"),), ui_priority=39),
    StyleSpec(_S.COVER_MARKING, "paragraph", size=11, bold=True, caps=True, color=MARKING_RED,
              letter_spacing=1.0, before=0, after=0, line=1.0, align="center", indent_left=2268,
              indent_right=2268, border=Border(MARKING_RED, size=12, space=5)),
    StyleSpec(_S.COVER_DETAIL, "paragraph", size=11, color=INK, before=0, after=4, line=1.1,
              indent_left=2552, hanging=2552, tabs=(("left", 2552, "none"),)),
    StyleSpec(_S.MARKING, "paragraph", based_on="Header", size=8.5, bold=True, caps=True,
              color=MARKING_RED, letter_spacing=0.5, before=0, after=0, line=1.0, align="center"),
    StyleSpec(_S.KEY_FIGURE_VALUE, "paragraph", size=20, bold=True, color=NAVY, before=0, after=2,
              line=1.0, keep_next=True),
    StyleSpec(_S.KEY_FIGURE_LABEL, "paragraph", size=9.5, bold=True, color=INK, before=0, after=2,
              line=1.05, keep_next=True),
    StyleSpec(_S.KEY_FIGURE_DETAIL, "paragraph", size=8.5, color=MUTED, before=0, after=0,
              line=1.05),
    StyleSpec(_S.CHART_HEADLINE, "paragraph", size=11, bold=True, color=INK, before=10, after=4,
              line=1.0, keep_next=True, keep_lines=True),
    StyleSpec(_S.CHART_PICTURE, "paragraph", before=2, after=2, line=1.0, align="center",
              keep_next=True),
    StyleSpec(_S.TABLE_HEADER, "paragraph", size=9, bold=True, color=NAVY, before=0, after=0,
              line=1.0, keep_next=True),
    StyleSpec(_S.TABLE_TEXT, "paragraph", size=9, color=INK, before=0, after=0, line=1.05),
    StyleSpec(_S.TABLE_NOTE, "paragraph", size=8.5, color=MUTED, before=4, after=10, line=1.05),
    StyleSpec(_S.TIMELINE_DATE, "paragraph", size=9, bold=True, color=NAVY, before=0, after=0,
              line=1.05),
    StyleSpec(_S.CALLOUT_TITLE, "paragraph", size=10.5, bold=True, color=NAVY, before=10, after=3,
              line=1.05, keep_next=True, keep_lines=True, indent_left=170, indent_right=170,
              border=Border(RULE, size=8, space=6), shading=TINT),
    StyleSpec(_S.CALLOUT_TEXT, "paragraph", size=10, color=INK, before=0, after=3, line=1.1,
              indent_left=170, indent_right=170, border=Border(RULE, size=8, space=6),
              shading=TINT),
    StyleSpec(_S.DISAGREEMENT_TITLE, "paragraph", size=10.5, bold=True, color=ACCENT_INK, before=10,
              after=3, line=1.05, keep_next=True, keep_lines=True, indent_left=170,
              indent_right=170, border=Border(ACCENT, size=12, space=6), shading=ACCENT_TINT),
    StyleSpec(_S.DISAGREEMENT_TEXT, "paragraph", size=10, color=INK, before=0, after=3, line=1.1,
              indent_left=170, indent_right=170, border=Border(ACCENT, size=12, space=6),
              shading=ACCENT_TINT),
    StyleSpec(_S.SOURCE_ENTRY, "paragraph", size=9.5, color=INK, before=0, after=5, line=1.1,
              keep_lines=True, indent_left=567, hanging=567, tabs=(("left", 567, "none"),)),
    StyleSpec(_S.CITATION, "character", based_on=None, fallback=None, color=MUTED),
    StyleSpec(_S.TABLE, "table", based_on=None, fallback="Table Grid"),
    StyleSpec(_S.KEY_FIGURES_TABLE, "table", based_on=None, fallback="Table Grid"),
)
# fmt: on

_SPECS = {spec.name: spec for spec in HOUSE_STYLES}


def style_spec(name: str) -> StyleSpec:
    """Briefkit's definition of the style ``name`` (one of ``ReportStyle``)."""
    return _SPECS[name]


def xml_name(name: str) -> str:
    """The name as Word writes it in styles.xml (some built-ins are lower case there)."""
    return _XML_NAMES.get(name, name)


def style_id(name: str) -> str:
    """The style id Word uses for ``name`` (the name without spaces)."""
    return re.sub(r"[^A-Za-z0-9]", "", name)


# --- as XML ----------------------------------------------------------------------------------


def _half_points(pt: float) -> int:
    return round(pt * 2)


def _twips(pt: float) -> int:
    return round(pt * 20)


def _rpr_xml(spec: StyleSpec, *, font: bool) -> str:
    parts: list[str] = []
    if spec.font_xml:
        parts.append(spec.font_xml)
    elif font:
        f = HOUSE_FONT
        parts.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>')
    if spec.bold:
        parts.append("<w:b/><w:bCs/>")
    if spec.italic:
        parts.append("<w:i/><w:iCs/>")
    if spec.caps:
        parts.append("<w:caps/>")
    if spec.color:
        parts.append(f'<w:color w:val="{spec.color}"/>')
    if spec.letter_spacing is not None:
        parts.append(f'<w:spacing w:val="{_twips(spec.letter_spacing)}"/>')
    if spec.size is not None:
        hp = _half_points(spec.size)
        parts.append(f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _ppr_xml(spec: StyleSpec) -> str:
    parts: list[str] = []
    if spec.keep_next:
        parts.append("<w:keepNext/>")
    if spec.keep_lines:
        parts.append("<w:keepLines/>")
    if spec.border is not None:
        b = spec.border
        sides = "".join(
            f'<w:{side} w:val="single" w:sz="{b.size}" w:space="{b.space}" w:color="{b.color}"/>'
            for side in ("top", "left", "bottom", "right")
            if side in b.sides
        )
        parts.append(f"<w:pBdr>{sides}</w:pBdr>")
    if spec.shading:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{spec.shading}"/>')
    if spec.tabs:
        tabs = "".join(
            f'<w:tab w:val="{kind}" w:leader="{leader}" w:pos="{pos}"/>'
            for kind, pos, leader in spec.tabs
        )
        parts.append(f"<w:tabs>{tabs}</w:tabs>")
    if spec.snap_to_grid is not None:
        parts.append(f'<w:snapToGrid w:val="{int(spec.snap_to_grid)}"/>')
    spacing: list[str] = []
    if spec.before is not None:
        spacing.append(f'w:before="{_twips(spec.before)}"')
    if spec.after is not None:
        spacing.append(f'w:after="{_twips(spec.after)}"')
    if spec.line is not None:
        spacing.append(f'w:line="{round(spec.line * 240)}" w:lineRule="auto"')
    if spacing:
        parts.append(f"<w:spacing {' '.join(spacing)}/>")
    ind: list[str] = []
    if spec.indent_left is not None:
        ind.append(f'w:left="{spec.indent_left}"')
    if spec.indent_right is not None:
        ind.append(f'w:right="{spec.indent_right}"')
    if spec.hanging is not None:
        ind.append(f'w:hanging="{spec.hanging}"')
    elif spec.first_line is not None:
        ind.append(f'w:firstLine="{spec.first_line}"')
    if spec.first_line is not None:
        ind.append('w:firstLineChars="0"')
    if ind:
        parts.append(f"<w:ind {' '.join(ind)}/>")
    if spec.align:
        parts.append(f'<w:jc w:val="{spec.align}"/>')
    if spec.outline_level is not None:
        parts.append(f'<w:outlineLvl w:val="{spec.outline_level}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def _border(side: str, val: str = "single", size: int = 4, color: str = "auto") -> str:
    if val == "nil":
        return f'<w:{side} w:val="nil"/>'
    return f'<w:{side} w:val="{val}" w:sz="{size}" w:space="0" w:color="{color}"/>'


@dataclass(frozen=True)
class TableLook:
    """The colours and text size of the two table styles (the house look by default)."""

    rule: str = NAVY
    inner: str = RULE
    fill: str = TINT
    header_fill: str = HEADER_FILL
    band_fill: str = BAND_FILL
    size: float = 9.0


def table_style_body(name: str, look: TableLook | None = None) -> str:
    """The table properties of table style ``name`` (key figures or data tables)."""
    look = look or TableLook()
    if name == ReportStyle.KEY_FIGURES_TABLE:
        borders = (
            _border("top", size=18, color=look.rule)
            + _border("left", "nil")
            + _border("bottom", "nil")
            + _border("right", "nil")
            + _border("insideH", size=36, color=WHITE)
            + _border("insideV", size=36, color=WHITE)
        )
        return (
            '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            "<w:tblPr>"
            f"<w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="142" w:type="dxa"/>'
            '<w:bottom w:w="113" w:type="dxa"/><w:right w:w="142" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr>"
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{look.fill}"/></w:tcPr>'
        )
    borders = (
        _border("top", size=12, color=look.rule)
        + _border("left", "nil")
        + _border("bottom", size=12, color=look.rule)
        + _border("right", "nil")
        + _border("insideH", size=4, color=look.inner)
        + _border("insideV", "nil")
    )
    first_row = (
        '<w:tblStylePr w:type="firstRow">'
        "<w:pPr><w:keepNext/></w:pPr>"
        f'<w:rPr><w:b/><w:bCs/><w:color w:val="{look.rule}"/></w:rPr>'
        "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        f"<w:tcPr><w:tcBorders>{_border('bottom', size=8, color=look.rule)}</w:tcBorders>"
        f'<w:shd w:val="clear" w:color="auto" w:fill="{look.header_fill}"/></w:tcPr>'
        "</w:tblStylePr>"
    )
    band = (
        '<w:tblStylePr w:type="band2Horz">'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{look.band_fill}"/></w:tcPr>'
        "</w:tblStylePr>"
    )
    size = _half_points(look.size)
    return (
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="252" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        "<w:tblPr>"
        '<w:tblStyleRowBandSize w:val="1"/>'
        f"<w:tblBorders>{borders}</w:tblBorders>"
        '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        "<w:trPr><w:cantSplit/></w:trPr>"
        f"{first_row}{band}"
    )


def house_style_xml(name: str) -> str:
    """Briefkit's definition of the style ``name`` as a ``w:style`` element (with namespace)."""
    return style_xml(_SPECS[name])


def style_xml(
    spec: StyleSpec, ids: Mapping[str, str] | None = None, table_body: str | None = None
) -> str:
    """A definition of one contract style as a ``w:style`` element (with namespace).

    ``ids`` gives the style id a document uses for a style name (a Chinese Word template
    calls Normal "a" and Heading 1 "1"); names it lacks get Word's English ids. ``table_body``
    replaces the house look of a table style.
    """
    name = spec.name
    ids = ids or {}
    attrs = f'xmlns:w="{W_NS}" w:type="{spec.kind}" w:customStyle="1"'
    if name == ReportStyle.NORMAL:
        attrs = f'xmlns:w="{W_NS}" w:type="paragraph" w:default="1"'
    elif name in _XML_NAMES or name in ("Title", "Subtitle", "TOC Heading"):
        attrs = f'xmlns:w="{W_NS}" w:type="{spec.kind}"'
    head = [f'<w:name w:val="{xml_name(name)}"/>']
    if spec.based_on:
        based_on = ids.get(spec.based_on) or style_id(spec.based_on)
        head.append(f'<w:basedOn w:val="{based_on}"/>')
    if spec.kind == "paragraph" and name != ReportStyle.NORMAL:
        following = spec.next_style or "Normal"
        head.append(f'<w:next w:val="{ids.get(following) or style_id(following)}"/>')
    if spec.ui_priority is not None:
        head.append(f'<w:uiPriority w:val="{spec.ui_priority}"/>')
    head.append("<w:qFormat/>")
    if spec.kind == "table":
        body = table_body if table_body is not None else table_style_body(name)
    elif spec.kind == "character":
        body = _rpr_xml(spec, font=False)
    else:
        body = _ppr_xml(spec) + _rpr_xml(spec, font=name == ReportStyle.NORMAL)
    return f'<w:style {attrs} w:styleId="{style_id(name)}">{"".join(head)}{body}</w:style>'


def add_house_style(document: Any, name: str, *, replace: bool = False) -> None:
    """Add Briefkit's definition of style ``name`` to ``document`` (or replace the existing one)."""
    from docx.oxml import parse_xml

    styles_el = document.styles.element
    existing = find_style(styles_el, name)
    new = parse_xml(house_style_xml(name))
    if existing is not None:
        if not replace:
            return
        existing.addprevious(new)
        styles_el.remove(existing)
    else:
        styles_el.append(new)


def find_style(styles_el: Any, name: str, kind: str | None = None) -> Any:
    wanted = xml_name(name).lower()
    for style in styles_el.iterchildren(f"{_W}style"):
        name_el = style.find(f"{_W}name")
        if name_el is None or (name_el.get(f"{_W}val") or "").lower() != wanted:
            continue
        if kind is None or style.get(f"{_W}type") == kind:
            return style
    return None
