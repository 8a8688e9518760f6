"""Where things really go on a layout: its artwork, its content area, the room for text and
figures.

Templates do not always mean their placeholder boxes literally: Google Slides exports size a
body to its text (0.3 in tall, auto-fit), masters carry logos, bands and rules that text must
keep clear of. These pure functions work the usable places out from a layout (and its master),
in EMU:

- ``artwork(layout)``: what text must keep clear of (pictures, filled shapes, lines, groups,
  the date, footer and slide-number placeholders), without full-slide backgrounds;
- ``content_area(layout)``: below the title, above the footer band, clear of side bands,
  within the template's margins;
- ``text_area(placeholder)``: a text placeholder's box, or the content area when the box is
  auto-fit or implausibly small for its role;
- ``figure_area(layout, caption)``: where a chart, table or map goes.

Answers that depend on the layout alone are kept in the template's ``TemplateCache`` when one
is given (by layout part name, the same in every deck of the template).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pptx.parts.slide import SlideLayoutPart, SlidePart

from briefkit.render.deck.placeholders import (
    LABEL_OFFSET,
    NS_A,
    NS_P,
    PH,
    PH_ELEMENT,
    TITLE_TYPES,
    VALUE_IDX,
    extent,
    inherited_ref,
    placeholder_elements,
    placeholder_kind,
    placeholder_shape,
)

__all__ = [
    "EMU_PER_CM",
    "FURNITURE",
    "GAP",
    "SMALL_SHARE",
    "Rect",
    "artwork",
    "caption_band",
    "clear_of",
    "content_area",
    "figure_area",
    "is_auto_fit",
    "layout_drawing",
    "room_below",
    "slide_size",
    "text_area",
]

EMU_PER_CM = 360000

#: Placeholders that hold the slide's furniture: text keeps clear of them.
FURNITURE = (PH.DATE, PH.FOOTER, PH.SLIDE_NUMBER)
#: Placeholders a figure goes into, in order of preference.
FIGURE_TYPES = (PH.PICTURE, PH.CHART, PH.OBJECT, PH.TABLE)
#: A shape covering this share of the slide is its background, not an obstacle.
BACKGROUND_SHARE = 0.75
#: The margin when a template gives none (share of the slide's width or height).
MARGIN_SHARE = 0.05
#: The gap kept between text and artwork.
GAP = 45720  # 0.05 in
#: A line (zero width or height) is this thick for finding what it crosses.
HAIRLINE = 12700
#: A body placeholder under this share of the content area's height is implausibly small.
SMALL_SHARE = 1 / 3
#: An auto-fit body under this share of the content area's height takes the content area.
AUTO_FIT_SHARE = 0.6
#: A placeholder narrower than this share of the content area is a deliberate column (one of
#: two side by side).
COLUMN_SHARE = 0.6


@dataclass(frozen=True)
class Rect:
    """A rectangle on a slide, in EMU."""

    left: int
    top: int
    width: int
    height: int

    @classmethod
    def of(cls, shape: Any) -> Rect:
        """The rectangle of a placeholder or shape (a slide placeholder's inherited one)."""
        left, top, width, height = extent(shape)
        return cls(int(left or 0), int(top or 0), int(width or 0), int(height or 0))

    @classmethod
    def spanning(cls, left: int, top: int, right: int, bottom: int) -> Rect:
        """The rectangle between two corners (empty when they cross)."""
        return cls(left, top, max(0, right - left), max(0, bottom - top))

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def area(self) -> int:
        return self.width * self.height

    def intersection(self, other: Rect) -> Rect | None:
        """Where the two overlap, or None when they do not (touching is not overlapping)."""
        left, top = max(self.left, other.left), max(self.top, other.top)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right <= left or bottom <= top:
            return None
        return Rect(left, top, right - left, bottom - top)

    def contains(self, other: Rect) -> bool:
        """Whether ``other`` lies wholly inside this rectangle."""
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def cm(self) -> str:
        """The rectangle in words for messages: "22.9 × 0.8 cm at 1.3, 3.3 cm"."""
        return (
            f"{self.width / EMU_PER_CM:.1f} × {self.height / EMU_PER_CM:.1f} cm at "
            f"{self.left / EMU_PER_CM:.1f}, {self.top / EMU_PER_CM:.1f} cm"
        )

    @property
    def extent(self) -> tuple[int, int, int, int]:
        """Left, top, width and height (what ``placeholders.extent`` gives)."""
        return self.left, self.top, self.width, self.height


# --- The parts a layout is made of -----------------------------------------------------------


def slide_size(owner: Any) -> tuple[int, int]:
    """The width and height of the slides of the presentation ``owner`` (a slide, layout or
    master, or a shape on one) belongs to."""
    part = owner.part
    presentation = part.package.presentation_part.presentation
    return int(presentation.slide_width), int(presentation.slide_height)


def _layout_of(owner: Any) -> Any:
    """The layout of a slide, or the layout itself (for a shape: the layout of its part)."""
    part = owner.part
    if isinstance(part, SlidePart):
        return part.slide_layout
    if isinstance(part, SlideLayoutPart):
        return part.slide_layout
    return owner


def _cached(cache: Any, key: tuple[Any, ...], work: Any) -> Any:
    if cache is None:
        return work()
    found = cache.get(key)
    if found is None:
        found = work()
        cache.put(key, found)
    return found


def _hidden(element: Any) -> bool:
    props = element.find(f"./*[1]/{NS_P}cNvPr")
    return props is not None and props.get("hidden") in ("1", "true")


def _visible_sp(element: Any) -> bool:
    """Whether a plain shape shows anything: text, a fill or an outline (its own or its
    style's)."""
    if "".join(element.itertext()).strip():
        return True
    sp_pr = element.find(f"{NS_P}spPr")
    style = element.find(f"{NS_P}style")

    def shows(own: Any, ref_name: str) -> bool:
        if own is not None:
            if own.find(f"{NS_A}noFill") is not None:
                return False
            if any(own.find(f"{NS_A}{fill}") is not None for fill in _FILLS):
                return True
        ref = None if style is None else style.find(f"{NS_A}{ref_name}")
        return ref is not None and ref.get("idx") not in (None, "0")

    return shows(sp_pr, "fillRef") or shows(
        None if sp_pr is None else sp_pr.find(f"{NS_A}ln"), "lnRef"
    )


_FILLS = ("solidFill", "gradFill", "blipFill", "pattFill")


def _shape_rect(element: Any) -> Rect | None:
    x, y, cx, cy = element.x, element.y, element.cx, element.cy
    if None in (x, y, cx, cy):
        return None
    rect = Rect(int(x), int(y), int(cx), int(cy))
    if rect.width < HAIRLINE:  # a vertical line: give it a thickness
        rect = Rect(rect.left - HAIRLINE // 2, rect.top, HAIRLINE, rect.height)
    if rect.height < HAIRLINE:
        rect = Rect(rect.left, rect.top - HAIRLINE // 2, rect.width, HAIRLINE)
    return rect


def _drawn(owner: Any, size: tuple[int, int]) -> list[Rect]:
    """The non-placeholder shapes of a layout or master that show, without backgrounds."""
    slide_area = size[0] * size[1]
    found = []
    for element in owner.shapes._spTree.iter_shape_elms():
        if PH_ELEMENT(element) or _hidden(element):
            continue
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "sp" and not _visible_sp(element):
            continue
        if tag not in ("sp", "pic", "grpSp", "graphicFrame", "cxnSp", "contentPart"):
            continue
        rect = _shape_rect(element)
        if rect is None or rect.area >= BACKGROUND_SHARE * slide_area:
            continue
        found.append(rect)
    return found


def layout_drawing(layout: Any) -> list[Rect]:
    """The layout's own pictures, filled shapes and lines that show (not its master's), without
    backgrounds."""
    return _drawn(layout, slide_size(layout))


def _shows_master(layout: Any) -> bool:
    return layout._element.get("showMasterSp") not in ("0", "false")


def _placeholder_rects(owner: Any, types: Sequence[Any]) -> list[tuple[Any, Rect]]:
    return [
        (ref.kind, Rect.of(placeholder_shape(owner, ref)))
        for ref in placeholder_elements(owner)
        if ref.kind in types
    ]


def _furniture(layout: Any) -> list[Rect]:
    """The date, footer and slide-number placeholders: the layout's, else the master's."""
    own = _placeholder_rects(layout, FURNITURE)
    kinds = {kind for kind, _ in own}
    inherited = [
        (kind, rect)
        for kind, rect in _placeholder_rects(layout.slide_master, FURNITURE)
        if kind not in kinds
    ]
    return [rect for _, rect in (*own, *inherited) if rect.area > 0]


def artwork(layout: Any, cache: Any = None) -> list[Rect]:
    """What text on a slide of ``layout`` must keep clear of: the layout's (and, unless it hides
    them, its master's) pictures, filled shapes, lines, groups and frames, and the date, footer
    and slide-number placeholders; shapes covering most of the slide are backgrounds, left out.
    """

    def work() -> tuple[Rect, ...]:
        size = slide_size(layout)
        drawn = _drawn(layout, size)
        if _shows_master(layout):
            drawn += _drawn(layout.slide_master, size)
        return (*drawn, *_furniture(layout))

    return list(_cached(cache, ("geometry.artwork", str(layout.part.partname)), work))


def room_below(slide: Any, placeholder: Any, cache: Any = None) -> int:
    """How far down (EMU) ``placeholder`` on ``slide`` may grow: to the first artwork or other
    placeholder below it that it would run into, else the slide's bottom."""
    own = Rect.of(placeholder)
    others = [Rect.of(shape) for shape in slide.placeholders if shape is not placeholder]
    limit = slide_size(slide.slide_layout)[1]
    for rect in (*artwork(slide.slide_layout, cache), *others):
        beside = rect.left < own.right and rect.right > own.left
        if beside and own.bottom <= rect.top < limit:
            limit = rect.top
    return max(limit, own.bottom)


# --- Areas -----------------------------------------------------------------------------------


def _first_rect(owner: Any, types: Sequence[Any]) -> Rect | None:
    found = [rect for _, rect in _placeholder_rects(owner, types) if rect.area > 0]
    return max(found, key=lambda rect: rect.area) if found else None


def _cut(area: Rect, obstacle: Rect, bottom_band: bool = False) -> Rect:
    """The largest part of ``area`` beside ``obstacle`` (above, below, left or right of it,
    with a gap); above it for the footer band."""
    gap = GAP
    above = Rect.spanning(area.left, area.top, area.right, obstacle.top - gap)
    if bottom_band:
        return above
    below = Rect.spanning(area.left, obstacle.bottom + gap, area.right, area.bottom)
    left = Rect.spanning(area.left, area.top, obstacle.left - gap, area.bottom)
    right = Rect.spanning(obstacle.right + gap, area.top, area.right, area.bottom)
    return max((above, below, left, right), key=lambda rect: rect.area)


def clear_of(area: Rect, obstacles: Iterable[Rect], bottom_from: int | None = None) -> Rect:
    """``area`` cut back until it overlaps none of ``obstacles``, keeping the most room each
    time; an obstacle that covers the whole area is taken as its background. Obstacles whose
    top lies below ``bottom_from`` are cut from below (a footer band)."""
    pending = [rect for rect in obstacles if not rect.contains(area)]
    while True:
        overlaps = [
            (overlap, rect) for rect in pending if (overlap := area.intersection(rect)) is not None
        ]
        if not overlaps or area.area == 0:
            return area
        _, worst = max(overlaps, key=lambda item: item[0].area)
        footer = bottom_from is not None and worst.top >= bottom_from
        area = _cut(area, worst, bottom_band=footer)
        pending.remove(worst)


def _margins(layout: Any, title: Rect | None, width: int) -> tuple[int, int]:
    extents = [rect for rect in (title, _first_rect(layout.slide_master, (PH.BODY, PH.OBJECT)))]
    found = [rect for rect in extents if rect is not None and rect.width > 0]
    if not found:
        margin = round(width * MARGIN_SHARE)
        return margin, width - margin
    return min(rect.left for rect in found), max(rect.right for rect in found)


def _title(layout: Any) -> Rect | None:
    return _first_rect(layout, TITLE_TYPES) or _first_rect(layout.slide_master, TITLE_TYPES)


def content_area(layout: Any, cache: Any = None) -> Rect:
    """The usable content area of ``layout``: below its title (the layout's, else the
    master's), above the footer placeholders and artwork bands at the bottom, clear of artwork
    down the sides, within the template's margins (the horizontal extent of the title and the
    master's body; 5% of the slide when there is neither). Where the layout's body starts lower
    than the title's bottom, the area starts there too unless that leaves too little room."""

    def work() -> Rect:
        width, height = slide_size(layout)
        margin_y = round(height * MARGIN_SHARE)
        title = _title(layout)
        left, right = _margins(layout, title, width)
        top = margin_y
        side_title = title is not None and title.height > height * 0.4
        if title is not None and not side_title:
            top = max(top, title.bottom + GAP)
        bottom = height - margin_y
        body = _first_rect(layout, (PH.BODY, PH.OBJECT))
        if body is not None and top < body.top < bottom and bottom - body.top >= (bottom - top) / 2:
            top = body.top
        area = Rect.spanning(left, top, right, bottom)
        obstacles = artwork(layout, cache)
        if side_title and title is not None:
            obstacles.append(title)
        return clear_of(area, obstacles, bottom_from=top + (bottom - top) // 2)

    result: Rect = _cached(cache, ("geometry.content", str(layout.part.partname)), work)
    return result


def is_auto_fit(placeholder: Any) -> bool:
    """Whether a placeholder's text box is auto-fit (``a:normAutofit`` or ``a:spAutoFit`` in its
    body properties, its own or inherited from its layout and master placeholder)."""
    for element in _inheritance(placeholder):
        body = element.find(f"{NS_P}txBody/{NS_A}bodyPr")
        if body is None:
            continue
        for child in body:
            name = child.tag.rsplit("}", 1)[-1]
            if name in ("normAutofit", "spAutoFit"):
                return True
            if name == "noAutofit":
                return False
    return False


def _grows(placeholder: Any) -> bool:
    """Whether a placeholder's box grows with its text (``a:spAutoFit``)."""
    for element in _inheritance(placeholder):
        body = element.find(f"{NS_P}txBody/{NS_A}bodyPr")
        if body is not None and any(
            child.tag.rsplit("}", 1)[-1] in ("normAutofit", "spAutoFit", "noAutofit")
            for child in body
        ):
            return body.find(f"{NS_A}spAutoFit") is not None
    return False


def _inheritance(placeholder: Any) -> list[Any]:
    """The elements a placeholder inherits from: itself, its layout's, its master's."""
    chain = [placeholder._element]
    kind, idx = placeholder_kind(placeholder)
    owner = placeholder.part
    if isinstance(owner, SlidePart):
        layout = owner.slide_layout
        ref = inherited_ref(placeholder_elements(layout), kind, idx)
        if ref is not None:
            chain.append(ref.element)
        master = layout.slide_master
    elif isinstance(owner, SlideLayoutPart):
        master = owner.slide_layout.slide_master
    else:
        return chain
    master_kind = PH.TITLE if kind in TITLE_TYPES else kind
    if kind in (PH.OBJECT, PH.BODY, PH.SUBTITLE):
        master_kind = PH.BODY
    ref = next((r for r in placeholder_elements(master) if r.kind == master_kind), None)
    if ref is not None:
        chain.append(ref.element)
    return chain


def text_area(placeholder: Any, cache: Any = None) -> Rect:
    """The area a text placeholder should really use: its own box, unless the box is auto-fit
    well short of the content area or implausibly small for a body (under a third of the content
    area's height), then the content area (keeping the box's horizontal extent when it is a
    deliberate column); always clear of the template's artwork. Key-figure slots, titles,
    captions (a body beside a picture, chart or table placeholder) and labels outside the
    content area keep their boxes."""
    own = Rect.of(placeholder)
    layout = _layout_of(placeholder)
    kind, idx = placeholder_kind(placeholder)
    obstacles = artwork(layout, cache)
    caption = kind == PH.BODY and any(
        ref.kind in FIGURE_TYPES and ref.kind != PH.OBJECT for ref in placeholder_elements(layout)
    )
    if (
        kind not in (PH.BODY, PH.OBJECT)
        or caption
        or idx in VALUE_IDX
        or idx - LABEL_OFFSET in VALUE_IDX
    ):
        return clear_of(own, obstacles)
    area = content_area(layout, cache)
    small = own.height < area.height * SMALL_SHARE
    auto_fit = is_auto_fit(placeholder) and (
        _grows(placeholder) or own.height < area.height * AUTO_FIT_SHARE
    )
    middle_x, middle_y = own.left + own.width // 2, own.top + own.height // 2
    inside = area.left <= middle_x <= area.right and area.top <= middle_y <= area.bottom
    if not (small or auto_fit) or not inside:  # a label outside the content area stays
        return clear_of(own, obstacles)
    left, right = area.left, area.right
    if own.width < area.width * COLUMN_SHARE:
        left, right = max(own.left, area.left), min(own.right, area.right)
    top = own.top if area.top <= own.top <= area.top + area.height // 2 else area.top
    grown = Rect.spanning(left, top, right, area.bottom)
    if grown.height <= own.height:
        return clear_of(own, obstacles)
    return clear_of(grown, obstacles)


def figure_area(layout: Any, caption: int | None = None, cache: Any = None) -> Rect:
    """Where a chart, table or map goes on a slide of ``layout``: its picture, chart or table
    placeholder if it has one, else the text area of its object (else largest body)
    placeholder, else the free content area. ``caption`` is the height (EMU) of a caption that
    must share the area: the figure then takes what is above a caption band of that height (see
    ``caption_band``)."""
    for kind in (PH.PICTURE, PH.CHART, PH.TABLE):
        rect = _first_rect(layout, (kind,))
        if rect is not None:
            return rect
    refs = [ref for ref in placeholder_elements(layout) if ref.kind in (PH.OBJECT, PH.BODY)]
    if refs:
        # An object placeholder first, then the largest body.
        biggest = max(
            refs,
            key=lambda ref: (
                ref.kind == PH.OBJECT,
                Rect.of(placeholder_shape(layout, ref)).area,
            ),
        )
        area = text_area(placeholder_shape(layout, biggest), cache)
    else:
        area = content_area(layout, cache)
    if caption:
        area, _ = caption_band(area, caption)
    return area


def caption_band(area: Rect, caption: int) -> tuple[Rect, Rect]:
    """``area`` split into a figure above and a caption band of ``caption`` EMU below (the
    band at most a third of the area, with a gap between them)."""
    band = min(caption, area.height // 3)
    figure = Rect(area.left, area.top, area.width, max(0, area.height - band - GAP))
    return figure, Rect(area.left, area.bottom - band, area.width, band)
