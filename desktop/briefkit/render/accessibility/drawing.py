"""DrawingML read for the deck check: a shape's box, its fill, and its text's inherited
properties (size, colour, language) through the layout, the master and the presentation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from briefkit.render.office.theme import modified_colour, resolve_colour

__all__ = [
    "A",
    "Box",
    "Fill",
    "P",
    "box_of",
    "fill_of",
    "first",
    "iter_shapes",
    "level_style",
    "placeholder",
    "text_of",
]

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"

Fill = list[str] | None
"""The colours a fill shows ([] for none, one for solid, each stop of a gradient), or None
when it cannot be told (a picture or a pattern)."""


@dataclass(frozen=True)
class Box:
    """A shape's place on the slide, in EMU."""

    x: int
    y: int
    w: int
    h: int

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def right(self) -> int:
        return self.x + self.w

    def holds(self, other: Box) -> bool:
        """Whether ``other``'s centre lies inside this box."""
        cx, cy = other.x + other.w // 2, other.y + other.h // 2
        return self.x <= cx <= self.right and self.y <= cy <= self.bottom

    def above(self, other: Box) -> bool:
        """Wholly above ``other``."""
        return self.bottom <= other.y

    def left_of_beside(self, other: Box) -> bool:
        """Wholly left of ``other`` while sharing most of its height."""
        shared = min(self.bottom, other.bottom) - max(self.y, other.y)
        return self.right <= other.x and shared > 0.5 * min(self.h, other.h)


def first(*values: Any) -> Any:
    """The first value that is not None."""
    return next((v for v in values if v is not None), None)


def box_of(element: Any) -> Box | None:
    """The box an element's ``a:xfrm`` (or a graphic frame's ``p:xfrm``) gives, or None."""
    xfrm = element.find(f"{P}xfrm")
    if xfrm is None:
        for props in ("spPr", "grpSpPr"):
            holder = element.find(f"{P}{props}")
            if holder is not None:
                xfrm = holder.find(f"{A}xfrm")
                break
    if xfrm is None:
        return None
    off, ext = xfrm.find(f"{A}off"), xfrm.find(f"{A}ext")
    if off is None or ext is None:
        return None
    try:
        return Box(int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
    except (TypeError, ValueError):
        return None


def placeholder(element: Any) -> tuple[str, str] | None:
    """(type, idx) of a placeholder shape ("obj" when no type is given), or None."""
    if not len(element):
        return None
    properties = element[0].find(f"{P}nvPr")  # the shape's nv...Pr comes first
    ph = properties.find(f"{P}ph") if properties is not None else None
    if ph is None:
        return None
    return str(ph.get("type", "obj")), str(ph.get("idx", "0"))


def text_of(element: Any) -> str:
    """All the text of a shape or text body."""
    return "".join(t.text or "" for t in element.iter(f"{A}t"))


def level_style(list_style: Any, level: int) -> Any:
    """The ``defRPr`` of level ``level`` (0-8) in a list style, or None."""
    if list_style is None:
        return None
    found = list_style.find(f"{A}lvl{level + 1}pPr/{A}defRPr")
    if found is None and level == 0:
        found = list_style.find(f"{A}defPPr/{A}defRPr")
    return found


def _stops(fill: Any, scheme: dict[str, str], mapping: dict[str, str], base: str | None) -> Fill:
    colours: list[str] = []
    for stop in fill.iter(f"{A}gs"):
        if len(stop):
            colour = _resolve(stop[0], scheme, mapping, base)
            if colour is None:
                return None
            colours.append(colour)
    return colours or None


def _resolve(
    element: Any, scheme: dict[str, str], mapping: dict[str, str], base: str | None
) -> str | None:
    """A colour element, with "phClr" standing for ``base`` (a style's placeholder colour)."""
    if element.tag == f"{A}schemeClr" and element.get("val") == "phClr":
        return None if base is None else modified_colour(base, element)
    return resolve_colour(element, scheme, mapping)


def fill_of(
    owner: Any, scheme: dict[str, str], mapping: dict[str, str], base: str | None = None
) -> tuple[bool, Fill]:
    """Whether an element (``spPr``, ``tcPr``, ``bgPr``, a style entry) sets a fill, and its
    colours: [] for ``noFill``, None (unknown) for a picture or a pattern."""
    for child in owner:
        tag = str(child.tag).removeprefix(A)
        if tag == "noFill":
            return True, []
        if tag == "solidFill":
            colour = _resolve(child[0], scheme, mapping, base) if len(child) else None
            return True, None if colour is None else [colour]
        if tag == "gradFill":
            return True, _stops(child, scheme, mapping, base)
        if tag in ("blipFill", "pattFill", "grpFill"):
            return True, None
    return False, []


def iter_shapes(tree: Any) -> Iterator[Any]:
    """The shapes of a shape tree in reading (z) order, groups opened."""
    for child in tree:
        tag = str(child.tag).removeprefix(P)
        if tag == "grpSp":
            yield child
            yield from iter_shapes(child)
        elif tag in ("sp", "pic", "graphicFrame", "cxnSp"):
            yield child
