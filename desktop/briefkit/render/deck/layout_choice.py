"""Which layout of a deck template serves each kind of slide (role), and how it was found.

In this order: the contract's name, then its aliases (``LAYOUT_ALIASES``), then PowerPoint's
layout ``type`` (the same in every language: "obj" is "Title and Content", "Titre et contenu",
"Titel und Inhalt" or "标题和内容"), then the geometry of the placeholders. Geometry also
checks what a name found: a layout whose room for the role (the text area for text slides, the
figure area for charts, the width for tables) is under ``ROOM_FLOOR`` of the best layout's gives
way to the best, and a warning says so (a "Title and Content" with a picture on the left would
squeeze every text into a right column).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from briefkit.messages import Joined, message
from briefkit.render.deck.geometry import Rect, is_auto_fit, text_area
from briefkit.render.deck.placeholders import (
    LABEL_OFFSET,
    NS_A,
    NS_P,
    PH,
    TEXT_TYPES,
    TITLE_TYPES,
    VALUE_IDX,
    key_figure_slots,
    placeholder_elements,
    placeholder_shape,
)
from briefkit.render.deck.template_cache import TemplateCache
from briefkit.render.office.errors import TemplateError

__all__ = [
    "LAYOUT_ALIASES",
    "ROOM_FLOOR",
    "DeckLayout",
    "LayoutChoice",
    "LayoutRef",
    "choose_layouts",
    "role_slides",
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

#: PowerPoint's layout types (``p:sldLayout/@type``) that serve a role, whatever the name.
LAYOUT_TYPES: Mapping[DeckLayout, tuple[str, ...]] = {
    DeckLayout.TITLE: ("title",),
    DeckLayout.CONTENT: ("obj", "tx"),
    DeckLayout.SECTION: ("secHead",),
    DeckLayout.TABLE: ("tbl",),
}

_ROLE_SLIDES: Mapping[DeckLayout, str] = {
    DeckLayout.TITLE: message("slides_title"),
    DeckLayout.CONTENT: message("slides_text"),
    DeckLayout.SECTION: message("slides_section"),
    DeckLayout.CHART: message("slides_chart"),
    DeckLayout.KEY_FIGURES: message("slides_key_figures"),
    DeckLayout.TABLE: message("slides_table"),
    DeckLayout.CALLOUT: message("slides_callout"),
    DeckLayout.SOURCES: message("slides_sources"),
}

#: A layout found by name (or type) gives way when its room is under this share of the best's.
ROOM_FLOOR = 0.6
#: Of layouts without a picture (or table) placeholder, the content layout serves charts (or
#: tables) when it has this share of the best one's room.
NEAR = 0.9
#: Charts are drawn between these aspects (height over width): a flatter or taller slot
#: holds a chart of the nearest one.
CHART_ASPECTS = (0.45, 0.75)


def role_slides(role: DeckLayout) -> str:
    """What a role's slides are, in words ("chart slides")."""
    return _ROLE_SLIDES[role]


# --- What a layout holds, and its room ---------------------------------------------------------


def _types(layout: Any) -> list[Any]:
    return [ref.kind for ref in placeholder_elements(layout)]


def _has_title(layout: Any) -> bool:
    return any(t in TITLE_TYPES for t in _types(layout))


def _has(layout: Any, *types: Any) -> bool:
    return any(t in types for t in _types(layout))


def _areas(layout: Any, types: Sequence[Any], memo: Any = None) -> list[Rect]:
    """The areas the layout's placeholders of ``types`` offer: the one text placeholder of a
    layout, when auto-fit, its ``geometry.text_area`` (the content area, for a box sized to its
    prompt); any other its own box (a small box on purpose, a kicker or a strap line, is no
    body, and one of two stacked boxes has only its own place). Key figures' value and label
    boxes left out."""
    refs = [
        ref
        for ref in placeholder_elements(layout)
        if ref.kind in TEXT_TYPES + tuple(types)
        and not VALUE_IDX.start <= ref.idx < VALUE_IDX.stop + LABEL_OFFSET
    ]
    found = []
    for ref in refs:
        if ref.kind in types:
            shape = placeholder_shape(layout, ref)
            alone = len(refs) == 1 and is_auto_fit(shape)
            found.append(text_area(shape, memo) if alone else Rect.of(shape))
    return found


def text_room(layout: Any, memo: Any = None) -> float:
    """The area of the layout's largest text area below its title (EMU²): text beside or
    above the title is a caption's place, not a text slide's."""
    top = min((title.top for title in _titles(layout)), default=0)
    return float(
        max((area.area for area in _areas(layout, TEXT_TYPES, memo) if area.top > top), default=0)
    )


def chart_room(area: Rect) -> float:
    """The area of the largest chart drawn in ``area`` at an aspect in ``CHART_ASPECTS``."""
    low, high = CHART_ASPECTS
    if area.width <= 0 or area.height <= 0:
        return 0.0
    aspect = min(max(area.height / area.width, low), high)
    drawn = min(area.width, area.height / aspect)
    return drawn * drawn * aspect


def _titles(layout: Any) -> list[Rect]:
    return [
        Rect.of(placeholder_shape(layout, ref))
        for ref in placeholder_elements(layout)
        if ref.kind in TITLE_TYPES
    ]


def _clear_of_title(layout: Any, area: Rect | None) -> Rect | None:
    """``area``, unless it lies over the layout's title (a picture placeholder filling a title
    slide's background is no place for a chart)."""
    if area is None or any(area.intersection(title) for title in _titles(layout)):
        return None
    return area


def _title_above(layout: Any, *kinds: Any) -> bool:
    """Whether the layout's title starts above its first placeholder of ``kinds`` (a "picture
    with caption" layout puts its title under the picture: no place for a chart's headline)."""
    tops = [
        Rect.of(placeholder_shape(layout, ref)).top
        for ref in placeholder_elements(layout)
        if ref.kind in kinds
    ]
    titles = _titles(layout)
    return bool(tops and titles) and min(t.top for t in titles) < min(tops)


def figure_room(layout: Any, memo: Any = None) -> float:
    """The area of the largest chart the layout holds (EMU²): in its picture or chart
    placeholder, else in its content or text area."""
    pictures = [
        Rect.of(placeholder_shape(layout, ref))
        for ref in placeholder_elements(layout)
        if ref.kind in (PH.PICTURE, PH.CHART)
    ]
    areas = [_clear_of_title(layout, area) for area in pictures or _areas(layout, TEXT_TYPES, memo)]
    return max((chart_room(area) for area in areas if area is not None), default=0.0)


def table_area(layout: Any, memo: Any = None) -> Rect | None:
    """Where a table goes: the table placeholder, else the widest content or text area."""
    tables = [
        Rect.of(placeholder_shape(layout, ref))
        for ref in placeholder_elements(layout)
        if ref.kind == PH.TABLE
    ]
    found = tables or _areas(layout, (PH.OBJECT, PH.BODY), memo)
    return _clear_of_title(layout, max(found, key=lambda area: area.width) if found else None)


def table_room(layout: Any, memo: Any = None) -> float:
    """The width of the table area (EMU)."""
    area = table_area(layout, memo)
    return float(area.width) if area is not None else 0.0


_ROOM: Mapping[DeckLayout, tuple[Callable[[Any, Any], float], str]] = {
    DeckLayout.CONTENT: (text_room, message("room_text_area")),
    DeckLayout.CALLOUT: (text_room, message("room_text_area")),
    DeckLayout.SOURCES: (text_room, message("room_text_area")),
    DeckLayout.CHART: (figure_room, message("room_figure_area")),
    DeckLayout.TABLE: (table_room, message("room_table_width")),
}

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

#: The placeholders a role's figure goes into.
_FIGURE: Mapping[DeckLayout, tuple[Any, ...]] = {
    DeckLayout.CHART: (PH.PICTURE, PH.OBJECT),
    DeckLayout.TABLE: (PH.TABLE, PH.OBJECT, PH.BODY),
}
#: The placeholder a layout made for the role holds (a chart layout's picture).
_OWN: Mapping[DeckLayout, Any] = {DeckLayout.CHART: PH.PICTURE, DeckLayout.TABLE: PH.TABLE}


@dataclass(frozen=True)
class LayoutRef:
    """Where a layout sits in a presentation: master index, layout index, and its name."""

    master: int
    index: int
    name: str


@dataclass(frozen=True)
class LayoutChoice:
    """The layout chosen for a role, and how it was found.

    ``how`` is "by name", "by alias" (one of ``LAYOUT_ALIASES``), "by type “obj”" (PowerPoint's
    layout type), "fallback: <what it holds>" (found by its placeholders) or "missing: using
    <layout>" (the content layout stands in). ``warning`` is the sentence an export reports for
    a fallback, None when found by name, alias or type.
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


# --- Choosing ----------------------------------------------------------------------------------

Item = tuple[LayoutRef, Any]


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _layout_type(layout: Any) -> str:
    return str(layout._element.get("type", "cust"))


class _Chooser:
    """The layouts of one presentation, and the choice for each role."""

    def __init__(
        self, prs: Any, file_name: str, filled: frozenset[tuple[int, int]], memo: TemplateCache
    ) -> None:
        self.file_name = file_name
        self.filled = filled
        self.memo = memo  # what geometry works out, while choosing
        self.refs: list[Item] = [
            (LayoutRef(m, i, layout.name), layout)
            for m, master in enumerate(prs.slide_masters)
            for i, layout in enumerate(master.slide_layouts)
        ]
        self.by_name: dict[str, list[Item]] = {}
        for ref, layout in self.refs:
            self.by_name.setdefault(_norm(ref.name), []).append((ref, layout))
        self._rooms: dict[tuple[DeckLayout, LayoutRef], float] = {}
        self._usable: dict[DeckLayout, list[Item]] = {}
        self._top: dict[DeckLayout, float] = {}
        self.content: Item | None = None

    def usable(self, role: DeckLayout) -> list[Item]:
        """The layouts that can serve ``role``: those with placeholders of their own, or, when
        none can, those that got their master's (``master_fill``)."""
        if role not in self._usable:
            found = [item for item in self.refs if _USABLE[role](item[1])]
            own = [item for item in found if (item[0].master, item[0].index) not in self.filled]
            self._usable[role] = own or found
        return self._usable[role]

    def room(self, role: DeckLayout, item: Item) -> float:
        measure = _ROOM.get(role)
        if measure is None:
            return 0.0
        key = (role, item[0])
        if key not in self._rooms:
            self._rooms[key] = measure[0](item[1], self.memo)
        return self._rooms[key]

    def best(self, role: DeckLayout, items: Sequence[Item]) -> Item | None:
        """The roomiest of ``items`` for ``role``; of equal ones the content layout, then one
        of PowerPoint's content types, then one on a light background."""
        if not items:
            return None
        return max(
            items,
            key=lambda item: (
                self.room(role, item) if role in _ROOM else text_room(item[1], self.memo),
                item == self.content,
                _layout_type(item[1]) in LAYOUT_TYPES[DeckLayout.CONTENT],
                not _dark(item[1]),
            ),
        )

    def share(self, role: DeckLayout, item: Item) -> float:
        """``item``'s room for ``role`` over the best usable layout's (1.0 without a measure)."""
        if role not in _ROOM:
            return 1.0
        top = self._top.get(role)
        if top is None:
            top = max((self.room(role, other) for other in self.usable(role)), default=0.0)
            self._top[role] = top
        return self.room(role, item) / top if top > 0 else 1.0

    def named(self, role: DeckLayout) -> tuple[Item | None, str, str | None]:
        """The usable layout of the role's name or an alias and how it was found; else None,
        "", and the name of a layout so called that lacks the placeholders the role needs."""
        unusable = None
        for how, name in (
            (message("how_by_name"), role.value),
            *((message("how_by_alias"), alias) for alias in LAYOUT_ALIASES[role]),
        ):
            found = _pick(role, self.by_name.get(_norm(name), []))
            if found and _USABLE[role](found[1]):
                return found, how, None
            if found and unusable is None:
                unusable = found[0].name
        return None, "", unusable

    def typed(self, role: DeckLayout) -> Item | None:
        """The layout of one of PowerPoint's types for the role (the roomiest of them)."""
        kinds = LAYOUT_TYPES.get(role, ())
        items = [
            item for item in self.refs if _USABLE[role](item[1]) and _layout_type(item[1]) in kinds
        ]
        if role in (DeckLayout.TITLE, DeckLayout.SECTION):
            return _pick(role, items)
        return self.best(role, items)

    def fallback(self, role: DeckLayout) -> Item | None:
        """A layout for ``role`` found by its placeholders alone."""
        if role == DeckLayout.TITLE:
            return next(
                (it for it in self.refs if _has(it[1], PH.CENTER_TITLE) and _has_title(it[1])),
                None,
            )
        if role in (DeckLayout.CHART, DeckLayout.TABLE):
            # the headline above the figure, as on every slide of the deck
            headed = [
                item for item in self.usable(role) if _title_above(item[1], *_FIGURE[role])
            ] or self.usable(role)
            own = [item for item in headed if _has(item[1], _OWN[role])]
            made = self.best(role, own)
            if made is not None and self.share(role, made) >= ROOM_FLOOR:
                return made
            content = self.content
            if (
                content is not None
                and _USABLE[role](content[1])
                and self.share(role, content) >= NEAR
            ):
                return content  # nearly as good as any: the slides look alike
            return self.best(role, headed)
        if role in (DeckLayout.CONTENT, DeckLayout.KEY_FIGURES):
            return self.best(role, self.usable(role))
        return None

    def choose(self, role: DeckLayout) -> LayoutChoice:
        found, how, unusable = self.named(role)
        squeezed: tuple[Item, float] | None = None
        if found is not None and self.share(role, found) < ROOM_FLOOR:
            squeezed, found = (found, self.share(role, found)), None
        typed = self.typed(role) if found is None else None
        if typed is not None and self.share(role, typed) >= ROOM_FLOOR:
            found, how = typed, message("how_by_type", type=_layout_type(typed[1]))
        if found is not None:
            return LayoutChoice(role, found[0], how)
        content, fallback = self.content, self.fallback(role)
        if content is not None and (fallback is None or fallback[0] == content[0]):
            fallback, how = content, message("how_missing", layout=content[0].name)
        elif fallback is None:  # the content role is chosen first, and only when one can serve
            raise ValueError(f"no layout serves {role.value}")
        else:
            how = message("how_fallback", holds=_describe(fallback[1]))
        if squeezed is not None:
            (named_item, share), word = squeezed, _ROOM[role][1]
            squeeze = {"layout": named_item[0].name, "share": f"{share:.0%}", "word": word}
            how = message("how_squeezed", how=how, **squeeze)
            said = {"layout": named_item[0].name, "word": word, "share": share}
            reason = message("layout_squeezed", **said, fallback=fallback[0].name)
        elif unusable:
            reason = message("layout_unusable", layout=unusable)
        else:
            reason = message("layout_missing", layout=role.value)
        slides = _ROLE_SLIDES[role]
        said = {"name": self.file_name, "reason": reason, "slides": slides}
        code = "layout_fallback_one" if slides.endswith("slide") else "layout_fallback_many"
        warning = message(code, **said, layout=fallback[0].name)
        return LayoutChoice(role, fallback[0], how, warning)


def choose_layouts(
    prs: Any,
    path: Any,
    filled: frozenset[tuple[int, int]] = frozenset(),
    memo: TemplateCache | None = None,
) -> tuple[LayoutChoice, ...]:
    """The layout for each role of ``prs`` (the template at ``path``), in the contract's order;
    raises ``TemplateError`` when no layout has a title and a content or text placeholder.
    ``filled`` names the layouts (master and layout index) that hold their master's
    placeholders: found by name or type as any other, by geometry only when no other can serve.
    What geometry works out on the way is kept in ``memo`` when given.
    """
    chooser = _Chooser(prs, path.name, filled, TemplateCache() if memo is None else memo)
    content = chooser.choose(DeckLayout.CONTENT) if chooser.usable(DeckLayout.CONTENT) else None
    if content is None:
        raise TemplateError(message("deck_no_content_layout", path=path), path)
    chooser.content = next(item for item in chooser.refs if item[0] == content.layout)
    return tuple(
        content if role == DeckLayout.CONTENT else chooser.choose(role) for role in DeckLayout
    )


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
    said: list[str] = [message(f"holds_{word}") for word in words]
    if pairs:
        said.append(message("verdict_pairs", n=pairs))
    return Joined(" + ", said) if said else message("holds_nothing")


def _pick(role: DeckLayout, same_name: list[Item]) -> Item | None:
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
