"""Compact blocks in a template's own styles: undoing what its Normal imposes on them.

A template that has a Table Text or Caption style of its own may have based it on a Normal
with a first-line indent, on a 28-line grid or at double spacing, which in a narrow table cell
gives one word per line and a line per grid step. ``compact_fixes`` finds what such a style
inherits that a compact block (``derived.COMPACT_ROLES``) cannot take, and ``apply_fixes`` sets
the paragraph's own properties against it: no first-line indent, off the grid, single spacing,
flush left.
``starts_page`` finds a heading style that starts a new page (a thesis's chapters): a
briefing's sections of a page or two flow on instead, as in the bundled template.
A style that imposes none of it (Briefkit's own, the styles ``derived`` writes) gets nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefkit.render.report.house_style import W_NS
from briefkit.render.report.style_chain import effective_attr, merged_attrs

__all__ = ["Fixes", "apply_fixes", "compact_fixes", "starts_page"]

_W = f"{{{W_NS}}}"
_MAX_AUTO_LINE = 288  # 1.2 lines, in 240ths
_MAX_LINE_SHARE = 1.4  # exact or at-least spacing up to 1.4 times the text size
_COMPACT_LINE = 1.05
_AFTER_SNAP = ("spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
               "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
               "cnfStyle", "rPr", "sectPr", "pPrChange")  # fmt: skip


@dataclass(frozen=True)
class Fixes:
    """What a compact paragraph in a given style must set against its style."""

    first_line: bool = False
    off_grid: bool = False
    single_spacing: bool = False
    #: The style's own hanging indent (twips), kept when the first-line indent is undone.
    hanging: int = 0
    #: Set flush left: the style justifies (narrow cells would show wide gaps).
    flush_left: bool = False

    def __bool__(self) -> bool:
        return self.first_line or self.off_grid or self.single_spacing or self.flush_left


def _number(value: str | None) -> int:
    try:
        return int(value or "0")
    except ValueError:
        return 0


def compact_fixes(styles_el: Any, style: Any, *, on_grid: bool) -> Fixes:
    """The fixes a compact paragraph in ``style`` (a ``w:style`` element, or None for the
    document defaults) needs; ``on_grid`` when the page has a line grid."""
    ind = merged_attrs(styles_el, style, "pPr", "ind")
    hanging = _number(ind.get("hanging"))
    first_line = _number(ind.get("firstLineChars")) > 0 or (
        _number(ind.get("firstLine")) > 0 and not hanging
    )
    snap = effective_attr(styles_el, style, "pPr", "snapToGrid")
    off_grid = on_grid and snap not in ("0", "false", "off")
    spacing = merged_attrs(styles_el, style, "pPr", "spacing")
    line, rule = _number(spacing.get("line")), spacing.get("lineRule", "auto")
    size = _number(effective_attr(styles_el, style, "rPr", "sz")) / 2 or 10.0
    if rule == "auto":
        too_spaced = line > _MAX_AUTO_LINE
    else:
        too_spaced = line / 20 > _MAX_LINE_SHARE * size or (rule == "exact" and line / 20 < size)
    justified = effective_attr(styles_el, style, "pPr", "jc") in ("both", "distribute")
    return Fixes(first_line, off_grid, too_spaced, hanging, justified)


def apply_fixes(paragraph: Any, fixes: Fixes) -> None:
    """Set ``fixes`` as the python-docx paragraph's own properties."""
    if not fixes:
        return
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    if fixes.off_grid:
        snap = OxmlElement("w:snapToGrid")
        snap.set(qn("w:val"), "0")
        p_pr.insert_element_before(snap, *(f"w:{tag}" for tag in _AFTER_SNAP))
    if fixes.single_spacing:
        paragraph.paragraph_format.line_spacing = _COMPACT_LINE
    if fixes.flush_left:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if fixes.first_line:
        ind = p_pr.get_or_add_ind()
        if fixes.hanging:
            ind.set(qn("w:hanging"), str(fixes.hanging))
        else:
            ind.set(qn("w:firstLine"), "0")
        ind.set(qn("w:firstLineChars"), "0")


def starts_page(styles_el: Any, style: Any) -> bool:
    """Whether paragraphs in ``style`` (a ``w:style`` element) start a new page."""
    value = effective_attr(styles_el, style, "pPr", "pageBreakBefore")
    return value is not None and value not in ("0", "false", "off")
