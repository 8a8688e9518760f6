"""Placeholders of slides, layouts, masters and notes pages: finding them, and their place.

A slide's text, pictures and tables all go into placeholders, found by type and idx (never by
position). python-pptx finds placeholders and their geometry slowly (it compiles its XPath
expressions again on every call and walks the layout for each inherited value), so this module
reads the ``p:ph`` elements itself: ``placeholder_elements`` lists them, ``placeholder_shape``
makes python-pptx's placeholder for one, ``extent`` gives its place and size (inherited from the
layout where the slide sets none), ``first``, ``placeholders`` and ``remove`` find and drop them
by type, and ``key_figure_slots`` pairs a key-figures layout's value and label placeholders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from lxml import etree  # python-pptx's XML library (no stubs: see the mypy override)
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.parts.slide import SlidePart
from pptx.shapes.placeholder import (
    ChartPlaceholder,
    LayoutPlaceholder,
    MasterPlaceholder,
    NotesSlidePlaceholder,
    PicturePlaceholder,
    SlidePlaceholder,
    TablePlaceholder,
)
from pptx.shapes.shapetree import (
    LayoutPlaceholders,
    MasterPlaceholders,
    NotesSlidePlaceholders,
    SlidePlaceholders,
    SlideShapeFactory,
)
from pptx.util import Emu

__all__ = [
    "EMU_PER_PT",
    "LABEL_OFFSET",
    "NS",
    "NS_A",
    "NS_P",
    "PH",
    "PH_ELEMENT",
    "TEXT_TYPES",
    "TITLE_TYPES",
    "VALUE_IDX",
    "PlaceholderRef",
    "extent",
    "first",
    "furniture_shown",
    "inherited_ref",
    "key_figure_slots",
    "placeholder_elements",
    "placeholder_kind",
    "placeholder_shape",
    "placeholders",
    "remove",
]

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
NS_A = "{" + NS["a"] + "}"
"""DrawingML's namespace as a tag prefix (``f"{NS_A}solidFill"``)."""
NS_P = "{" + NS["p"] + "}"
"""PresentationML's namespace as a tag prefix."""

EMU_PER_PT = 12700


PH = PP_PLACEHOLDER
TITLE_TYPES = (PH.TITLE, PH.CENTER_TITLE)
TEXT_TYPES = (PH.OBJECT, PH.BODY)
#: Key-figure placeholders: values have idx 20-29, their labels idx 30-39 (value idx + 10).
#: (idx 10-12 are the date, footer and slide number placeholders by PowerPoint convention.)
VALUE_IDX = range(20, 30)
LABEL_OFFSET = 10


#: The ``p:hf`` attribute saying whether each furniture placeholder shows (default: it does).
_HF_ATTRIBUTE = {PH.DATE: "dt", PH.FOOTER: "ftr", PH.SLIDE_NUMBER: "sldNum"}


def furniture_shown(layout: Any) -> frozenset[Any]:
    """Which of the date, footer and slide-number placeholders a new slide of ``layout`` shows,
    as the template says: its header-and-footer settings (``p:hf``, the layout's, else its
    master's; with none, all show) and, on a title slide, the presentation's
    ``showSpecialPlsOnTitleSld`` (PowerPoint's "Don't show on title slide")."""
    if layout._element.get("type") == "title":
        presentation = layout.part.package.presentation_part.presentation._element
        if presentation.get("showSpecialPlsOnTitleSld") in ("0", "false"):
            return frozenset()
    hf = None
    for owner in (layout, layout.slide_master):
        hf = owner._element.find(f"{NS_P}hf")
        if hf is not None:
            break
    return frozenset(
        kind
        for kind, name in _HF_ATTRIBUTE.items()
        if hf is None or hf.get(name) not in ("0", "false")
    )


#: The ``p:ph`` element of a shape, compiled once: python-pptx's ``placeholders`` and
#: ``placeholder_format`` compile this expression again on every call, which made reading
#: placeholders the slowest part of rendering a deck.
PH_ELEMENT = etree.XPath("./*[1]/p:nvPr/p:ph", namespaces=NS)
_PH_TYPES: dict[str, Any] = {}
for _member in PP_PLACEHOLDER:
    if _member.xml_value:
        _PH_TYPES.setdefault(_member.xml_value, _member)


def _ph_kind(ph: Any) -> tuple[Any, int]:
    """The type and idx of a ``p:ph`` element (what its ``type`` and ``idx`` properties give,
    without python-pptx's search through the enumeration for each)."""
    name, idx = ph.get("type"), ph.get("idx")
    kind = PP_PLACEHOLDER.OBJECT if name is None else _PH_TYPES.get(name)
    if kind is None:  # not a type python-pptx knows: let it say so
        kind = ph.type
    return kind, 0 if idx is None else int(idx)


class PlaceholderRef(NamedTuple):
    """A placeholder's element, type and idx."""

    element: Any
    kind: Any
    idx: int


def placeholder_elements(owner: Any) -> list[PlaceholderRef]:
    """The placeholders of a slide, layout, master or notes page, in z-order."""
    found = []
    for element in owner.shapes._spTree.iter_shape_elms():
        ph = PH_ELEMENT(element)
        if ph:
            found.append(PlaceholderRef(element, *_ph_kind(ph[0])))
    return found


#: What python-pptx makes of a placeholder ``p:sp``, by where it is (and, on a slide, by type).
_SLIDE_PROXIES = {
    PH.BITMAP: PicturePlaceholder,
    PH.CHART: ChartPlaceholder,
    PH.PICTURE: PicturePlaceholder,
    PH.TABLE: TablePlaceholder,
}
_OTHER_PROXIES = {
    LayoutPlaceholders: LayoutPlaceholder,
    MasterPlaceholders: MasterPlaceholder,
    NotesSlidePlaceholders: NotesSlidePlaceholder,
}


def placeholder_shape(owner: Any, ref: PlaceholderRef) -> Any:
    """The python-pptx placeholder for ``ref``: what ``owner.placeholders`` would give, made
    without python-pptx's factories, which look the type up again (slowly, see ``PH_ELEMENT``).
    """
    placeholders = owner.placeholders
    slide = isinstance(placeholders, SlidePlaceholders)
    if isinstance(ref.element, CT_Shape):
        proxy = (
            _SLIDE_PROXIES.get(ref.kind, SlidePlaceholder)
            if slide
            else _OTHER_PROXIES.get(type(placeholders))
        )
        if proxy is not None:
            return proxy(ref.element, placeholders)
    if slide:
        return SlideShapeFactory(ref.element, placeholders)
    return placeholders._shape_factory(ref.element)


def extent(placeholder: Any) -> tuple[Any, Any, Any, Any]:
    """A placeholder's left, top, width and height, as python-pptx gives them.

    A slide placeholder inherits what it does not set from the layout placeholder of its idx;
    python-pptx searches the layout again for each of the four (slowly, see ``PH_ELEMENT``).
    """
    element = placeholder._element
    own = (element.x, element.y, element.cx, element.cy)
    if None not in own:
        return own
    if not isinstance(placeholder.part, SlidePart):
        left, top, width, height = (
            value if value is not None else getattr(placeholder, name)
            for value, name in zip(own, ("left", "top", "width", "height"), strict=True)
        )
        return left, top, width, height
    layout = placeholder.part.slide_layout
    base = inherited_ref(placeholder_elements(layout), *placeholder_kind(placeholder))
    if base is None:
        return own
    base_extent = extent(placeholder_shape(layout, base))
    left, top, width, height = (
        value if value is not None else inherited
        for value, inherited in zip(own, base_extent, strict=True)
    )
    return left, top, width, height


def inherited_ref(on_layout: Sequence[PlaceholderRef], kind: Any, idx: int) -> Any | None:
    """The layout placeholder a slide placeholder of ``kind`` and ``idx`` inherits from: the
    one of its idx (of its kind first), else the first of its kind. LibreOffice writes every
    placeholder without an idx (so all have idx 0); a content placeholder must not inherit the
    title's place then."""
    same_idx = [ref for ref in on_layout if ref.idx == idx]
    title = kind in TITLE_TYPES
    for matches in (
        lambda ref: ref.kind == kind,
        lambda ref: (ref.kind in TITLE_TYPES) == title,
    ):
        found = next((ref for ref in same_idx if matches(ref)), None)
        if found is not None:
            return found
    return next((ref for ref in on_layout if ref.kind == kind), None)


def key_figure_slots(layout: Any) -> list[tuple[Any, Any]]:
    """The (value, label) placeholder pairs of a key-figures layout (or slide), in idx order."""
    by_idx = {ref.idx: ref for ref in placeholder_elements(layout)}
    return [
        (placeholder_shape(layout, by_idx[i]), placeholder_shape(layout, by_idx[i + LABEL_OFFSET]))
        for i in VALUE_IDX
        if i in by_idx and i + LABEL_OFFSET in by_idx
    ]


def placeholder_kind(placeholder: Any) -> tuple[Any, int]:
    """A placeholder's type and idx."""
    ph = PH_ELEMENT(placeholder._element)
    if not ph:
        raise ValueError("not a placeholder shape")
    return _ph_kind(ph[0])


# --- Finding placeholders by type -----------------------------------------------------------


def _matching(slide: Any, types: Sequence[Any], exclude: Sequence[Any] = ()) -> list[Any]:
    """The slide's (or layout's) placeholders of the given types, in the order of ``types``,
    then by idx; without those in ``exclude``."""
    excluded = [ph._element for ph in exclude if ph is not None]
    found = [
        ref
        for ref in placeholder_elements(slide)
        if ref.kind in types and not any(ref.element is other for other in excluded)
    ]
    found.sort(key=lambda ref: (types.index(ref.kind), ref.idx))
    return found


def placeholders(slide: Any, *types: Any) -> list[Any]:
    """The slide's placeholders of the given types, in the order of ``types``, then by idx."""
    return [placeholder_shape(slide, ref) for ref in _matching(slide, types)]


def first(slide: Any, *types: Any, exclude: Sequence[Any] = ()) -> Any | None:
    """The first of ``placeholders(slide, *types)`` not in ``exclude``, or None."""
    found = _matching(slide, types, exclude)
    return placeholder_shape(slide, found[0]) if found else None


def remove(shape: Any) -> None:
    """Take ``shape`` off its slide (or layout)."""
    element = shape._element
    element.getparent().remove(element)


def arrange_cards(slots: Sequence[tuple[Any, Any]], count: int) -> list[int]:
    """Which key-figure cards hold ``count`` figures, in reading order, and where they go.

    The layout's cards form rows (by their top). The figures are spread evenly over as few rows
    as hold them (five on rows of three: three and two), each row's cards are centred in it and
    the rows used are centred in the grid, so that a part-filled slide stays balanced. Cards
    that are not in a regular grid keep the layout's places and are filled in idx order.
    """
    geometry = [[extent(ph) for ph in pair] for pair in slots]
    by_top: dict[int, list[int]] = {}
    for i, boxes in enumerate(geometry):
        by_top.setdefault(boxes[0][1], []).append(i)
    rows = [sorted(by_top[top], key=lambda i: geometry[i][0][0]) for top in sorted(by_top)]
    width = len(rows[0]) if rows else 0
    if count > len(slots) or any(len(row) != width for row in rows):
        return list(range(min(count, len(slots))))
    used_rows = -(-count // width)
    fewer, longer = divmod(count, used_rows)  # the first ``longer`` rows take one more
    col_pitch = geometry[rows[0][1]][0][0] - geometry[rows[0][0]][0][0] if width > 1 else 0
    row_pitch = geometry[rows[1][0]][0][1] - geometry[rows[0][0]][0][1] if len(rows) > 1 else 0
    down = (len(rows) - used_rows) * row_pitch // 2
    chosen: list[int] = []
    for r in range(used_rows):
        cards = rows[r][: fewer + (r < longer)]
        right = (width - len(cards)) * col_pitch // 2
        for i in cards:
            chosen.append(i)
            if right or down:
                for ph, (left, top, w, h) in zip(slots[i], geometry[i], strict=True):
                    ph.left, ph.top, ph.width, ph.height = Emu(left + right), top + down, w, h
    return chosen
