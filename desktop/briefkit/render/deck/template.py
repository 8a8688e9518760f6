"""PowerPoint templates for decks: loading, checking against the contract, choosing layouts.

The contract (``templates/README.md``, "Deck template") names the layouts the deck uses. A
template that lacks one still works: the slide goes into a layout with the placeholders it needs
(a title and a content placeholder, at worst), and a warning says which layout was used. What
cannot work (not a presentation, macros, no layout with a title and a content placeholder) raises
``TemplateError`` with a sentence that names the file and the fix.

Placeholders are found and measured in ``placeholders``; the text styles they inherit are read
in ``text_styles``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from pptx import Presentation

from briefkit.render.deck.placeholders import (
    NS_A,
    NS_P,
    PH,
    PH_ELEMENT,
    TEXT_TYPES,
    TITLE_TYPES,
    key_figure_slots,
    placeholder_elements,
)
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.opening import POWERPOINT, open_package, read_document

__all__ = [
    "LAYOUT_ALIASES",
    "DeckLayout",
    "DeckTemplate",
    "LayoutChoice",
    "TemplateCache",
    "load_deck_template",
]


class DeckLayout(StrEnum):
    """Every layout the deck uses, by its name in the contract; each serves one kind of slide
    (its role)."""

    TITLE = "Title Slide"
    CONTENT = "Title and Content"
    SECTION = "Section Header"
    CHART = "Chart"
    KEY_FIGURES = "Key Figures"
    TABLE = "Table"
    CALLOUT = "Callout"
    SOURCES = "Sources"


#: Other names a layout for a role may have (the second bundled template uses these, and
#: LibreOffice names its title-and-content layout "Title, Content"); looked up after the
#: contract name, in this order.
LAYOUT_ALIASES: Mapping[DeckLayout, tuple[str, ...]] = {
    DeckLayout.TITLE: ("Cover", "Title Page"),
    DeckLayout.CONTENT: ("Heading and Text", "Title, Content", "Title and Text"),
    DeckLayout.SECTION: ("Divider", "Section Divider", "Section Title"),
    DeckLayout.CHART: ("Chart Slide", "Figure"),
    DeckLayout.KEY_FIGURES: ("Figures", "Key Facts"),
    DeckLayout.TABLE: ("Table Slide", "Data Table"),
    DeckLayout.CALLOUT: ("Note", "Boxed Note"),
    DeckLayout.SOURCES: ("References", "Bibliography"),
}

_ROLE_SLIDES: Mapping[DeckLayout, str] = {
    DeckLayout.TITLE: "the title slide",
    DeckLayout.CONTENT: "text slides",
    DeckLayout.SECTION: "section divider slides",
    DeckLayout.CHART: "chart slides",
    DeckLayout.KEY_FIGURES: "the key-figures slide",
    DeckLayout.TABLE: "table and timeline slides",
    DeckLayout.CALLOUT: "callout slides",
    DeckLayout.SOURCES: "the sources slides",
}


def _types(layout: Any) -> list[Any]:
    return [ref.kind for ref in placeholder_elements(layout)]


def _has_title(layout: Any) -> bool:
    return any(t in TITLE_TYPES for t in _types(layout))


def _has(layout: Any, *types: Any) -> bool:
    return any(t in types for t in _types(layout))


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
_USABLE: dict[DeckLayout, Callable[[Any], bool]] = {
    DeckLayout.TITLE: lambda lay: _has_title(lay),
    DeckLayout.CONTENT: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
    DeckLayout.SECTION: lambda lay: _has_title(lay),
    DeckLayout.CHART: lambda lay: _has_title(lay) and _has(lay, PH.PICTURE, PH.OBJECT),
    DeckLayout.KEY_FIGURES: lambda lay: _has_title(lay) and bool(key_figure_slots(lay)),
    DeckLayout.TABLE: lambda lay: _has_title(lay) and _has(lay, PH.TABLE, PH.OBJECT, PH.BODY),
    DeckLayout.CALLOUT: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
    DeckLayout.SOURCES: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
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

    role: DeckLayout
    layout: LayoutRef
    how: str
    warning: str | None = None

    @property
    def wanted(self) -> str:
        """The contract's name of the layout ("Chart")."""
        return self.role.value

    @property
    def slides(self) -> str:
        """What the role's slides are, in words ("chart slides")."""
        return _ROLE_SLIDES[self.role]


class TemplateCache:
    """What a renderer works out from a template once, for every deck made from it.

    ``DeckTemplate.new_document`` makes each presentation from the same bytes, and no deck
    changes its layouts or masters, so what depends on them alone (the blank slide of a layout,
    the styles a placeholder inherits) is the same in every deck. Keys name parts by part name,
    which is the same in every presentation of the template; values must hold no presentation
    objects.
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
    package: bytes = field(repr=False)
    layouts: Mapping[DeckLayout, LayoutRef]
    warnings: tuple[str, ...]
    #: Role -> how its layout was found, in the contract's order (what ``check`` prints).
    mapping: tuple[LayoutChoice, ...] = ()
    #: Made afresh with each instance (also by ``dataclasses.replace``), never passed in.
    cache: TemplateCache = field(
        default_factory=TemplateCache, init=False, compare=False, repr=False
    )

    def new_document(self) -> Any:
        """A fresh ``pptx.Presentation`` of the template, with any slides it had removed."""
        prs = Presentation(io.BytesIO(self.package))
        _remove_slides(prs)
        _unique_placeholder_idx(prs)
        return prs

    def layout(self, prs: Any, role: DeckLayout) -> Any:
        """The layout for ``role`` in ``prs`` (a presentation made by ``new_document``)."""
        ref = self.layouts[role]
        return prs.slide_masters[ref.master].slide_layouts[ref.index]


def load_deck_template(path: Path | str) -> DeckTemplate:
    """Read and check a deck template (.pptx or .potx); raise ``TemplateError`` if unusable."""
    path = Path(path)
    data, notes = open_package(path, POWERPOINT)  # exists, macros, OLE, zip, type: opening.py
    prs = read_document(Presentation, data, path, POWERPOINT)
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

    def best(role: DeckLayout, prefer: Sequence[Any] = ()) -> tuple[LayoutRef, Any] | None:
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

    def named(role: DeckLayout) -> tuple[tuple[LayoutRef, Any] | None, str, str | None]:
        """The usable layout of the role's name or an alias and how it was found; else None,
        "", and the name of a layout so called that lacks the placeholders the role needs."""
        unusable = None
        for how, name in (
            ("by name", role.value),
            *(("by alias", alias) for alias in LAYOUT_ALIASES[role]),
        ):
            found = _pick(role, by_name.get(_norm(name), []))
            if found and _USABLE[role](found[1]):
                return found, how, None
            if found and unusable is None:
                unusable = found[0].name
        return None, "", unusable

    content, _, _ = named(DeckLayout.CONTENT)
    if content is None:
        content = best(DeckLayout.CONTENT)
    if content is None:
        raise TemplateError(
            f"The deck template {path} has no layout with a title and a content (or text) "
            "placeholder, which every deck needs. Add a “Title and Content” layout to its slide "
            "master (see templates/README.md, “Deck template”).",
            path,
        )
    fallbacks: dict[DeckLayout, Callable[[], tuple[LayoutRef, Any] | None]] = {
        DeckLayout.CONTENT: lambda: content,
        DeckLayout.TITLE: lambda: _first(refs, lambda lay: _has(lay, PH.CENTER_TITLE)),
        DeckLayout.SECTION: lambda: _first(refs, lambda lay: _layout_type(lay) == "secHead"),
        DeckLayout.CHART: lambda: best(DeckLayout.CHART, (PH.PICTURE,)),
        DeckLayout.TABLE: lambda: best(DeckLayout.TABLE, (PH.TABLE,)),
        DeckLayout.KEY_FIGURES: lambda: best(DeckLayout.KEY_FIGURES),
    }
    mapping: list[LayoutChoice] = []
    for role in DeckLayout:
        name = role.value
        found, how, unusable = named(role)
        if found is not None:
            mapping.append(LayoutChoice(role, found[0], how))
            continue
        fallback = fallbacks.get(role, lambda: None)()
        if fallback is None or (fallback[0] == content[0] and role != DeckLayout.CONTENT):
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
        mapping.append(LayoutChoice(role, fallback[0], how, warning))
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


def _pick(role: DeckLayout, same_name: list[tuple[LayoutRef, Any]]) -> tuple[LayoutRef, Any] | None:
    """One of the layouts of one name in several masters (as LibreOffice saves a template: one
    master per layout it had, each with the same twelve layouts): the first, except that slides
    of text, charts and tables prefer a layout on a light background (LibreOffice's first
    masters are usually the dark cover and divider)."""
    if role in (DeckLayout.TITLE, DeckLayout.SECTION) or len(same_name) < 2:
        return same_name[0] if same_name else None
    return next((item for item in same_name if not _dark(item[1])), same_name[0])


def _dark(layout: Any) -> bool:
    """Whether a layout (or its master) has a solid dark background given as an RGB colour."""
    for owner in (layout, layout.slide_master):
        background = f"{NS_P}cSld/{NS_P}bg"
        colour = owner._element.find(f"{background}/{NS_P}bgPr/{NS_A}solidFill/{NS_A}srgbClr")
        if colour is not None:
            red, green, blue = (int(colour.get("val")[i : i + 2], 16) for i in (0, 2, 4))
            return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128
        if owner._element.find(background) is not None:
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
                PH_ELEMENT(ref.element)[0].set("idx", str(fresh))
                taken.add(fresh)


def _remove_slides(prs: Any) -> None:
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)
