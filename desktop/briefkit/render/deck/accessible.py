"""The deck made readable by assistive technology after it is written: every run marked
with the briefing's language, each slide's title first in reading order and the rest top to
bottom and left to right, and every slide title unique ("Note (2)")."""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn
from pptx.shapes.placeholder import _InheritsDimensions

from briefkit.render.accessibility.drawing import Box

__all__ = ["make_accessible"]

_TITLES = ("title", "ctrTitle")
_EXTENT = ("left", "top", "width", "height")


def make_accessible(prs: Any, tag: str, continued: str) -> None:
    """Mark, order and title every slide of ``prs``; ``tag`` is the language ("ru-RU"),
    ``continued`` its word for a slide that goes on ("continued")."""
    seen: dict[str, int] = {}
    inherited: _Inherited = {}
    for slide in prs.slides:
        _reading_order(slide, inherited)
        _unique_title(slide, seen, f"({continued})")
        parts = [slide._element]
        if slide.has_notes_slide:
            parts.append(slide.notes_slide._element)
        for part in parts:
            mark_language(part, tag)


def mark_language(part: Any, tag: str) -> None:
    """Every run, field and paragraph end in ``part`` marked ``tag``."""
    for run in part.iter(qn("a:r"), qn("a:fld")):
        rpr = run.find(qn("a:rPr"))
        if rpr is None:
            rpr = run.makeelement(qn("a:rPr"), {})
            run.insert(0, rpr)
        rpr.set("lang", tag)
    for rpr in part.iter(qn("a:endParaRPr"), qn("a:br")):
        if rpr.tag == qn("a:br"):
            rpr = rpr.find(qn("a:rPr"))
        if rpr is not None:
            rpr.set("lang", tag)


_Inherited = dict[tuple[type, str, int], tuple[Any, Any, Any, Any]]
"""The position and size a slide placeholder inherits, by its kind, its layout and its idx."""


def _box(shape: Any, inherited: _Inherited) -> Box | None:
    try:
        if isinstance(shape, _InheritsDimensions):
            left, top, width, height = _placeholder_extent(shape, inherited)
        else:
            left, top, width, height = shape.left, shape.top, shape.width, shape.height
    except (AttributeError, ValueError):
        return None
    if None in (left, top, width, height):
        return None
    return Box(int(left), int(top), int(width), int(height))


def _placeholder_extent(shape: Any, inherited: _Inherited) -> tuple[Any, Any, Any, Any]:
    """What ``shape.left, .top, .width, .height`` say (python-pptx: each its own value, else
    its layout placeholder's), with the layout placeholder looked up once for every slide
    that uses it, not four times a shape (the lookup was a third of a deck's build)."""
    own = tuple(getattr(super(_InheritsDimensions, shape), name) for name in _EXTENT)
    if None not in own:
        return own
    layout = shape.part.slide_layout
    key = (type(shape), str(layout.part.partname), shape._element.ph_idx)
    if key not in inherited:
        base = shape._base_placeholder
        values = (None,) * 4 if base is None else (getattr(base, n) for n in _EXTENT)
        inherited[key] = tuple(values)
    found = zip(own, inherited[key], strict=True)
    left, top, width, height = (mine if mine is not None else theirs for mine, theirs in found)
    return left, top, width, height


def _is_title(shape: Any) -> bool:
    if not shape.is_placeholder:
        return False
    return str(shape.placeholder_format.type).split()[0].lower() in ("title", "center_title")


def _overlap(one: Box, other: Box) -> bool:
    return not (
        one.right <= other.x
        or other.right <= one.x
        or one.bottom <= other.y
        or other.bottom <= one.y
    )


def _reading_order(slide: Any, inherited: _Inherited) -> None:
    """The title first, then the shapes in visual order where moving one changes no drawing
    (shapes that overlap keep their order, which is their stacking)."""
    shapes = [(s, _box(s, inherited)) for s in slide.shapes]
    ordered: list[tuple[Any, Box | None]] = [p for p in shapes if _is_title(p[0])]
    for item in shapes:
        if item in ordered:
            continue
        at = len(ordered)
        while at > 0:
            before = ordered[at - 1]
            if before[1] is None or item[1] is None or _is_title(before[0]):
                break
            if _overlap(before[1], item[1]):
                break
            if not (item[1].above(before[1]) or item[1].left_of_beside(before[1])):
                break
            at -= 1
        ordered.insert(at, item)
    if [s for s, _ in ordered] == [s for s, _ in shapes]:
        return
    tree = slide.shapes._spTree
    for shape, _ in ordered:  # appended in turn: the new order, after the group's properties
        tree.append(shape._element)


def _unique_title(slide: Any, seen: dict[str, int], continued: str) -> None:
    """A title that repeats an earlier slide's gets its count: "Note (2)", and a slide that
    goes on a second time "Incidents (continued, 2)"."""
    title = next((s for s in slide.shapes if _is_title(s) and s.has_text_frame), None)
    if title is None:
        return
    text = title.text_frame.text
    key = " ".join(text.casefold().split())
    if not key:
        return
    seen[key] = seen.get(key, 0) + 1
    if seen[key] == 1:
        return
    runs = [r for p in title.text_frame.paragraphs for r in p.runs]
    if not runs:
        return
    last = runs[-1]
    if last.text.endswith(continued):
        last.text = f"{last.text[:-1]}, {seen[key]})"
    else:
        last.text = f"{last.text} ({seen[key]})"
