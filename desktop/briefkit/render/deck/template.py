"""PowerPoint templates for decks: loading, checking against the contract, choosing layouts.

The contract (``templates/README.md``, "Deck template") names the layouts the deck uses. A
template that lacks one still works: the slide goes into a layout with the placeholders it needs
(a title and a content placeholder, at worst), and a warning says which layout was used. What
cannot work (not a presentation, macros, no layout with a title and a content placeholder) raises
``TemplateError`` with a sentence that names the file and the fix.

This module also reads the text styles a placeholder inherits (size, indents, spacing, insets),
so that the renderer can estimate how much text fits without knowing the template.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from lxml import etree  # python-pptx's XML library (no stubs: see the mypy override)
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.parts.slide import SlideLayoutPart, SlidePart
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

from briefkit.render.office.errors import TemplateError
from briefkit.render.office.opening import POWERPOINT, open_package

__all__ = [
    "LAYOUT_ALIASES",
    "LAYOUT_NAMES",
    "DeckTemplate",
    "LayoutChoice",
    "LevelStyle",
    "PlaceholderRef",
    "Role",
    "TemplateCache",
    "box_insets",
    "extent",
    "inheritance_key",
    "level_style",
    "load_deck_template",
    "placeholder_elements",
    "placeholder_shape",
]

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_A = "{" + NS["a"] + "}"
_P = "{" + NS["p"] + "}"

EMU_PER_PT = 12700


class Role:
    """What a slide is for; each role has a layout name in the contract."""

    TITLE = "title"
    CONTENT = "content"
    SECTION = "section"
    CHART = "chart"
    KEY_FIGURES = "key_figures"
    TABLE = "table"
    CALLOUT = "callout"
    SOURCES = "sources"


#: The layouts the deck uses, by role (the contract).
LAYOUT_NAMES: Mapping[str, str] = {
    Role.TITLE: "Title Slide",
    Role.CONTENT: "Title and Content",
    Role.SECTION: "Section Header",
    Role.CHART: "Chart",
    Role.KEY_FIGURES: "Key Figures",
    Role.TABLE: "Table",
    Role.CALLOUT: "Callout",
    Role.SOURCES: "Sources",
}

#: Other names a layout for a role may have (the second bundled template uses these, and
#: LibreOffice names its title-and-content layout "Title, Content"); looked up after the
#: contract name, in this order.
LAYOUT_ALIASES: Mapping[str, tuple[str, ...]] = {
    Role.TITLE: ("Cover", "Title Page"),
    Role.CONTENT: ("Heading and Text", "Title, Content", "Title and Text"),
    Role.SECTION: ("Divider", "Section Divider", "Section Title"),
    Role.CHART: ("Chart Slide", "Figure"),
    Role.KEY_FIGURES: ("Figures", "Key Facts"),
    Role.TABLE: ("Table Slide", "Data Table"),
    Role.CALLOUT: ("Note", "Boxed Note"),
    Role.SOURCES: ("References", "Bibliography"),
}

_ROLE_SLIDES = {
    Role.TITLE: "the title slide",
    Role.CONTENT: "text slides",
    Role.SECTION: "section divider slides",
    Role.CHART: "chart slides",
    Role.KEY_FIGURES: "the key-figures slide",
    Role.TABLE: "table and timeline slides",
    Role.CALLOUT: "callout slides",
    Role.SOURCES: "the sources slides",
}

PH = PP_PLACEHOLDER
TITLE_TYPES = (PH.TITLE, PH.CENTER_TITLE)
TEXT_TYPES = (PH.OBJECT, PH.BODY)
#: Key-figure placeholders: values have idx 20-29, their labels idx 30-39 (value idx + 10).
#: (idx 10-12 are the date, footer and slide number placeholders by PowerPoint convention.)
VALUE_IDX = range(20, 30)
LABEL_OFFSET = 10


#: The ``p:ph`` element of a shape, compiled once: python-pptx's ``placeholders`` and
#: ``placeholder_format`` compile this expression again on every call, which made reading
#: placeholders the slowest part of rendering a deck.
_PH_ELEMENT = etree.XPath("./*[1]/p:nvPr/p:ph", namespaces=NS)
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
        ph = _PH_ELEMENT(element)
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
    without python-pptx's factories, which look the type up again (slowly, see ``_PH_ELEMENT``).
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
    python-pptx searches the layout again for each of the four (slowly, see ``_PH_ELEMENT``).
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
    base = _inherited_ref(placeholder_elements(layout), *_kind(placeholder))
    if base is None:
        return own
    base_extent = extent(placeholder_shape(layout, base))
    left, top, width, height = (
        value if value is not None else inherited
        for value, inherited in zip(own, base_extent, strict=True)
    )
    return left, top, width, height


def _inherited_ref(on_layout: Sequence[PlaceholderRef], kind: Any, idx: int) -> Any | None:
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


def _types(layout: Any) -> list[Any]:
    return [ref.kind for ref in placeholder_elements(layout)]


def _has_title(layout: Any) -> bool:
    return any(t in TITLE_TYPES for t in _types(layout))


def _has(layout: Any, *types: Any) -> bool:
    return any(t in types for t in _types(layout))


def key_figure_slots(layout: Any) -> list[tuple[Any, Any]]:
    """The (value, label) placeholder pairs of a key-figures layout (or slide), in idx order."""
    by_idx = {ref.idx: ref for ref in placeholder_elements(layout)}
    return [
        (placeholder_shape(layout, by_idx[i]), placeholder_shape(layout, by_idx[i + LABEL_OFFSET]))
        for i in VALUE_IDX
        if i in by_idx and i + LABEL_OFFSET in by_idx
    ]


def _area(layout: Any, *types: Any) -> int:
    return max(
        (
            int(ph.width or 0) * int(ph.height or 0)
            for ph in layout.placeholders
            if ph.placeholder_format.type in types
        ),
        default=0,
    )


#: What a layout must hold to serve a role.
_USABLE: dict[str, Callable[[Any], bool]] = {
    Role.TITLE: lambda lay: _has_title(lay),
    Role.CONTENT: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
    Role.SECTION: lambda lay: _has_title(lay),
    Role.CHART: lambda lay: _has_title(lay) and _has(lay, PH.PICTURE, PH.OBJECT),
    Role.KEY_FIGURES: lambda lay: _has_title(lay) and bool(key_figure_slots(lay)),
    Role.TABLE: lambda lay: _has_title(lay) and _has(lay, PH.TABLE, PH.OBJECT, PH.BODY),
    Role.CALLOUT: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
    Role.SOURCES: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
}


@dataclass(frozen=True)
class LayoutRef:
    """Where a layout sits in a presentation: master index, layout index, and its name."""

    master: int
    index: int
    name: str


@dataclass(frozen=True)
class LayoutChoice:
    """The layout chosen for a role, and how it was found.

    ``how`` is "by name", "by alias" (one of ``LAYOUT_ALIASES``), "fallback: <what it holds>"
    (found by its placeholders) or "missing: using <layout>" (the content layout stands in).
    ``warning`` is the sentence an export reports for a fallback, None when found by name.
    """

    role: str
    wanted: str
    layout: LayoutRef
    how: str
    warning: str | None = None

    @property
    def slides(self) -> str:
        """What the role's slides are, in words ("chart slides")."""
        return _ROLE_SLIDES[self.role]


class TemplateCache:
    """What a renderer works out from a template once, for every deck made from it.

    ``DeckTemplate.open`` makes each presentation from the same bytes, and no deck changes its
    layouts or masters, so what depends on them alone (the blank slide of a layout, the styles a
    placeholder inherits) is the same in every deck. Keys name parts by part name, which is the
    same in every presentation of the template; values must hold no presentation objects.
    Two threads rendering at once may both work a value out; it is the same either way.
    """

    def __init__(self) -> None:
        self._values: dict[Hashable, Any] = {}

    def get(self, key: Hashable) -> Any | None:
        """The value kept under ``key``, or None."""
        return self._values.get(key)

    def put(self, key: Hashable, value: Any) -> None:
        """Keep ``value`` under ``key``."""
        self._values[key] = value


@dataclass(frozen=True)
class DeckTemplate:
    """A checked deck template: its bytes, the layout chosen for each role, and warnings."""

    path: Path
    data: bytes
    layouts: Mapping[str, LayoutRef]
    warnings: tuple[str, ...]
    #: Role -> how its layout was found, in the contract's order (what ``check`` prints).
    mapping: tuple[LayoutChoice, ...] = ()
    #: Made afresh with each instance (also by ``dataclasses.replace``), never passed in.
    cache: TemplateCache = field(
        default_factory=TemplateCache, init=False, compare=False, repr=False
    )

    def open(self) -> Any:
        """A fresh ``pptx.Presentation`` of the template, with any slides it had removed."""
        prs = Presentation(io.BytesIO(self.data))
        _remove_slides(prs)
        _unique_placeholder_idx(prs)
        return prs

    def layout(self, prs: Any, role: str) -> Any:
        """The layout for ``role`` in ``prs`` (a presentation made by ``open``)."""
        ref = self.layouts[role]
        return prs.slide_masters[ref.master].slide_layouts[ref.index]


def load_deck_template(path: Path | str) -> DeckTemplate:
    """Read and check a deck template (.pptx or .potx); raise ``TemplateError`` if unusable."""
    path = Path(path)
    data, notes = open_package(path, POWERPOINT)  # exists, macros, OLE, zip, type: opening.py
    try:
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many kinds on a damaged package
        raise TemplateError(
            f"The deck template {path} could not be read as a presentation ({exc}). Open it in "
            "PowerPoint or LibreOffice Impress and save it again as a .pptx file.",
            path,
        ) from exc
    mapping = _choose_layouts(prs, path)
    warnings = [*notes, *(choice.warning for choice in mapping if choice.warning)]
    if len(prs.slides):
        warnings.append(
            f"The deck template {path.name} contains {len(prs.slides)} slide(s); they are left "
            "out of the deck (only its masters and layouts are used)."
        )
    layouts = {choice.role: choice.layout for choice in mapping}
    return DeckTemplate(path, data, layouts, tuple(warnings), mapping)


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _choose_layouts(prs: Any, path: Path) -> tuple[LayoutChoice, ...]:
    """The layout for each role: by contract name, then by alias, then by its placeholders."""
    refs: list[tuple[LayoutRef, Any]] = [
        (LayoutRef(m, i, layout.name), layout)
        for m, master in enumerate(prs.slide_masters)
        for i, layout in enumerate(master.slide_layouts)
    ]
    by_name: dict[str, list[tuple[LayoutRef, Any]]] = {}
    for ref, layout in refs:
        by_name.setdefault(_norm(ref.name), []).append((ref, layout))

    def best(role: str, prefer: Sequence[Any] = ()) -> tuple[LayoutRef, Any] | None:
        usable = [(r, lay) for r, lay in refs if _USABLE[role](lay)]
        if not usable:
            return None
        if prefer:
            preferred = [(r, lay) for r, lay in usable if _has(lay, *prefer)]
            usable = preferred or usable
        # The largest placeholder wins; of equal ones, one on a light background (see _pick).
        return max(
            usable, key=lambda item: (_area(item[1], *TEXT_TYPES, *prefer), not _dark(item[1]))
        )

    def named(role: str) -> tuple[tuple[LayoutRef, Any] | None, str, str | None]:
        """The usable layout of the role's name or an alias and how it was found; else None,
        "", and the name of a layout so called that lacks the placeholders the role needs."""
        unusable = None
        for how, name in (
            ("by name", LAYOUT_NAMES[role]),
            *(("by alias", alias) for alias in LAYOUT_ALIASES[role]),
        ):
            found = _pick(role, by_name.get(_norm(name), []))
            if found and _USABLE[role](found[1]):
                return found, how, None
            if found and unusable is None:
                unusable = found[0].name
        return None, "", unusable

    content, _, _ = named(Role.CONTENT)
    if content is None:
        content = best(Role.CONTENT)
    if content is None:
        raise TemplateError(
            f"The deck template {path} has no layout with a title and a content (or text) "
            "placeholder, which every deck needs. Add a “Title and Content” layout to its slide "
            "master (see templates/README.md, “Deck template”).",
            path,
        )
    fallbacks: dict[str, Callable[[], tuple[LayoutRef, Any] | None]] = {
        Role.CONTENT: lambda: content,
        Role.TITLE: lambda: _first(refs, lambda lay: _has(lay, PH.CENTER_TITLE)),
        Role.SECTION: lambda: _first(refs, lambda lay: _layout_type(lay) == "secHead"),
        Role.CHART: lambda: best(Role.CHART, (PH.PICTURE,)),
        Role.TABLE: lambda: best(Role.TABLE, (PH.TABLE,)),
        Role.KEY_FIGURES: lambda: best(Role.KEY_FIGURES),
    }
    mapping: list[LayoutChoice] = []
    for role, name in LAYOUT_NAMES.items():
        found, how, unusable = named(role)
        if found is not None:
            mapping.append(LayoutChoice(role, name, found[0], how))
            continue
        fallback = fallbacks.get(role, lambda: None)()
        if fallback is None or (fallback[0] == content[0] and role != Role.CONTENT):
            fallback, how = content, f"missing: using “{content[0].name}”"
        else:
            how = f"fallback: {_describe(fallback[1])}"
        reason = (
            f"has a layout “{unusable}” without the placeholders it needs"
            if unusable
            else f"has no layout “{name}”"
        )
        warning = (
            f"The deck template {path.name} {reason}; {_ROLE_SLIDES[role]} "
            f"{'uses' if _ROLE_SLIDES[role].endswith('slide') else 'use'} the layout "
            f"“{fallback[0].name}” instead."
        )
        mapping.append(LayoutChoice(role, name, fallback[0], how, warning))
    return tuple(mapping)


_TYPE_WORDS = {
    PH.CENTER_TITLE: "title",
    PH.TITLE: "title",
    PH.SUBTITLE: "subtitle",
    PH.OBJECT: "content",
    PH.BODY: "text",
    PH.PICTURE: "picture",
    PH.TABLE: "table",
    PH.CHART: "chart",
}


def _describe(layout: Any) -> str:
    """What a layout holds, in words ("title + picture + text")."""
    pairs = len(key_figure_slots(layout))
    words: list[str] = []
    for kind in _types(layout):
        word = _TYPE_WORDS.get(kind)
        if word and word not in words:
            words.append(word)
    if pairs:
        words.append(f"{pairs} value/label pairs")
    return " + ".join(words) or "no placeholders"


def _pick(role: str, same_name: list[tuple[LayoutRef, Any]]) -> tuple[LayoutRef, Any] | None:
    """One of the layouts of one name in several masters (as LibreOffice saves a template: one
    master per layout it had, each with the same twelve layouts): the first, except that slides
    of text, charts and tables prefer a layout on a light background (LibreOffice's first
    masters are usually the dark cover and divider)."""
    if role in (Role.TITLE, Role.SECTION) or len(same_name) < 2:
        return same_name[0] if same_name else None
    return next((item for item in same_name if not _dark(item[1])), same_name[0])


def _dark(layout: Any) -> bool:
    """Whether a layout (or its master) has a solid dark background given as an RGB colour."""
    for owner in (layout, layout.slide_master):
        colour = owner._element.find(f"{_P}cSld/{_P}bg/{_P}bgPr/{_A}solidFill/{_A}srgbClr")
        if colour is not None:
            red, green, blue = (int(colour.get("val")[i : i + 2], 16) for i in (0, 2, 4))
            return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128
        if owner._element.find(f"{_P}cSld/{_P}bg") is not None:
            return False  # a theme colour or picture: not known to be dark
    return False


def _first(
    refs: Sequence[tuple[LayoutRef, Any]], test: Callable[[Any], bool]
) -> tuple[LayoutRef, Any] | None:
    return next(((r, lay) for r, lay in refs if test(lay) and _has_title(lay)), None)


def _layout_type(layout: Any) -> str:
    return str(layout._element.get("type", "cust"))


def _unique_placeholder_idx(prs: Any) -> None:
    """Give each placeholder of a layout its own idx, as PowerPoint does.

    LibreOffice writes placeholders without an idx, so the title and the content placeholder
    of its layouts both have idx 0, and python-pptx (like PowerPoint) would give a slide's
    content placeholder the title's place. Renumbering in the deck's copy of the layouts
    (the title keeps its idx, the others that share one get 100, 101, ...) keeps every slide
    placeholder tied to its own.
    """
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            taken: set[int] = set()
            fresh = 100
            refs = placeholder_elements(layout)
            for ref in sorted(refs, key=lambda ref: ref.kind not in TITLE_TYPES):
                if ref.idx not in taken:
                    taken.add(ref.idx)
                    continue
                while fresh in taken:
                    fresh += 1
                _PH_ELEMENT(ref.element)[0].set("idx", str(fresh))
                taken.add(fresh)


def _remove_slides(prs: Any) -> None:
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


# --- Inherited text styles --------------------------------------------------------------------


@dataclass(frozen=True)
class LevelStyle:
    """What one paragraph level of a placeholder inherits, in points."""

    size: float
    bold: bool
    margin_left: float
    space_before: float
    line_factor: float


_MASTER_TYPE = {
    PH.CENTER_TITLE: PH.TITLE,
    PH.TITLE: PH.TITLE,
    PH.SUBTITLE: PH.BODY,
    PH.OBJECT: PH.BODY,
    PH.BODY: PH.BODY,
    PH.PICTURE: PH.BODY,
    PH.TABLE: PH.BODY,
    PH.CHART: PH.BODY,
}


def _kind(placeholder: Any) -> tuple[Any, int]:
    """A placeholder's type and idx."""
    ph = _PH_ELEMENT(placeholder._element)
    if not ph:
        raise ValueError("not a placeholder shape")
    return _ph_kind(ph[0])


def _chain(placeholder: Any) -> list[Any]:
    """The placeholder's own element, then those it inherits from (layout, master)."""
    kind, idx = _kind(placeholder)
    elements: list[Any] = [placeholder._element]
    part = placeholder.part
    layout = getattr(part, "slide_layout", None)
    if layout is not None:
        inherited = _inherited_ref(placeholder_elements(layout), kind, idx)
        if inherited is not None:
            elements.append(inherited.element)
        master = layout.slide_master
    else:
        master = getattr(part, "slide_master", None)
    if master is not None:
        master_type = _MASTER_TYPE.get(kind, kind)
        for ref in placeholder_elements(master):
            if ref.kind == master_type:
                elements.append(ref.element)
                break
    return elements


def _master_styles(placeholder: Any) -> list[Any]:
    part = placeholder.part
    layout = getattr(part, "slide_layout", None)
    master = layout.slide_master if layout is not None else getattr(part, "slide_master", None)
    if master is None:
        return []
    kind, _ = _kind(placeholder)
    tag = (
        "titleStyle"
        if kind in TITLE_TYPES
        else "bodyStyle"
        if kind in (*TEXT_TYPES, PH.SUBTITLE)
        else "otherStyle"
    )
    return list(master._element.findall(f"{_P}txStyles/{_P}{tag}"))


def _own_levels(element: Any, n: int) -> list[Any]:
    """The ``a:lvl{n}pPr`` list styles of a placeholder's own text body."""
    return list(element.findall(f"{_P}txBody/{_A}lstStyle/{_A}lvl{n}pPr"))


def level_style(placeholder: Any, level: int = 0) -> LevelStyle:
    """The style paragraph ``level`` (0-based) of ``placeholder`` inherits."""
    n = level + 1
    found: dict[str, float] = {}
    sources = [
        *(_own_levels(el, n) for el in _chain(placeholder)),
        *(style.findall(f"{_A}lvl{n}pPr") for style in _master_styles(placeholder)),
    ]
    for matches in sources:
        for ppr in matches:
            _collect(ppr, found)
    if "size" not in found:
        prompt = _prompt_size(placeholder, level)
        if prompt is not None:
            found["size"] = prompt
    size = found.get("size", 18.0)
    line = found.get("line", 1.0)
    before = found.get("before_pts", found.get("before_pct", 0.0) * size * 1.2)
    return LevelStyle(
        size=size,
        bold=bool(found.get("bold", 0.0)),
        margin_left=found.get("marL", 0.0) / EMU_PER_PT,
        space_before=before,
        line_factor=line,
    )


def _prompt_size(placeholder: Any, level: int) -> float | None:
    """The size of the prompt text ("Click to edit ...") of paragraph ``level`` in the layout
    or master placeholder, for templates without text styles (LibreOffice writes sizes only
    there, and shows text in them)."""
    for element in _chain(placeholder)[1:]:
        for para in element.findall(f"{_P}txBody/{_A}p"):
            ppr = para.find(f"{_A}pPr")
            if int(ppr.get("lvl", "0") if ppr is not None else 0) != level:
                continue
            for rpr in (*para.findall(f"{_A}r/{_A}rPr"), *para.findall(f"{_A}endParaRPr")):
                if rpr.get("sz") is not None:
                    return float(rpr.get("sz")) / 100
    return None


def _vals(ppr: Any, path: str) -> list[str]:
    """The ``val`` attributes of the elements at ``path`` (a:-prefixed steps) under ``ppr``."""
    steps = "/".join(_A + step for step in path.split("/"))
    return [v for v in (el.get("val") for el in ppr.findall(steps)) if v is not None]


def _collect(ppr: Any, found: dict[str, float]) -> None:
    def put(key: str, value: str | None, scale: float) -> None:
        if value is not None and key not in found:
            found[key] = float(value) * scale

    put("marL", ppr.get("marL"), 1)
    rpr = ppr.find(f"{_A}defRPr")
    if rpr is not None:
        put("size", rpr.get("sz"), 0.01)
        put("bold", rpr.get("b"), 1)
    for pct in _vals(ppr, "lnSpc/spcPct"):
        put("line", pct, 1e-5)
    if "before_pts" not in found and "before_pct" not in found:
        for pts in _vals(ppr, "spcBef/spcPts"):
            put("before_pts", pts, 0.01)
        for pct in _vals(ppr, "spcBef/spcPct"):
            put("before_pct", pct, 1e-5)


_INSET_DEFAULTS = {"lIns": 91440, "tIns": 45720, "rIns": 91440, "bIns": 45720}


def _own_insets(element: Any) -> bool:
    """Whether a placeholder's own text body sets any inset."""
    return any(
        body_pr.get(key) is not None
        for body_pr in element.findall(f"{_P}txBody/{_A}bodyPr")
        for key in _INSET_DEFAULTS
    )


def box_insets(placeholder: Any) -> tuple[float, float, float, float]:
    """The text insets (left, top, right, bottom) of a placeholder, in points."""
    values: dict[str, int] = {}
    for el in _chain(placeholder):
        for body_pr in el.findall(f"{_P}txBody/{_A}bodyPr"):
            for key in _INSET_DEFAULTS:
                if key not in values and body_pr.get(key) is not None:
                    values[key] = int(body_pr.get(key))
    got = {key: values.get(key, default) / EMU_PER_PT for key, default in _INSET_DEFAULTS.items()}
    return got["lIns"], got["tIns"], got["rIns"], got["bIns"]


def inheritance_key(placeholder: Any) -> tuple[Any, ...] | None:
    """What ``level_style``, ``box_insets`` and ``extent`` of a placeholder depend on, for
    keeping their answers; the same in every presentation opened from one template.

    A slide placeholder that sets no position, size, list style or inset of its own has the
    answers of every other with its layout, type and idx; one that sets any has None (work them
    out afresh). A layout placeholder is named by its layout and its place among the shapes.
    """
    element = placeholder._element
    part = placeholder.part
    if isinstance(part, SlideLayoutPart):
        return ("layout", str(part.partname), element.getparent().index(element))
    if not isinstance(part, SlidePart):
        return None
    if element.tag != _P + "sp" or element.find(f"{_P}spPr/{_A}xfrm") is not None:
        return None
    styles = element.find(f"{_P}txBody/{_A}lstStyle")
    if (styles is not None and len(styles)) or _own_insets(element):
        return None
    return ("slide", str(part.slide_layout.part.partname), *_kind(placeholder))
