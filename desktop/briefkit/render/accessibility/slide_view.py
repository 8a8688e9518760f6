"""One slide seen with what it inherits: its layout's and master's placeholders (boxes, list
styles, autofit), the master's text styles, the presentation's default text style, the theme's
colours, and what lies under each shape (shapes, then the slide's, layout's or master's
background)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefkit.render.accessibility.drawing import (
    A,
    Box,
    Fill,
    P,
    box_of,
    fill_of,
    first,
    iter_shapes,
    level_style,
    placeholder,
)
from briefkit.render.office.theme import colour_map, colour_scheme, resolve_colour

__all__ = ["DeckMemo", "RunStyle", "SlideView"]

_TITLES = frozenset({"title", "ctrTitle"})
_FOOTERS = frozenset({"dt", "ftr", "sldNum", "hdr"})
_MASTER_TYPE = {"ctrTitle": "title", "subTitle": "body", "obj": "body"}


@dataclass(frozen=True)
class RunStyle:
    """A run's effective size (pt, after autofit), colour (hex) and language ("" if none)."""

    points: float | None
    colour: str | None
    lang: str


class DeckMemo:
    """What the slides of one deck share, worked out once: each theme's colours, each layout's
    and master's placeholders and other shapes, each shape's fill under a colour map."""

    def __init__(self) -> None:
        self.schemes: dict[Any, dict[str, str]] = {}
        self.placeholders: dict[Any, list[tuple[Any, tuple[str, str]]]] = {}
        self.artwork: dict[Any, list[tuple[Any, Box | None]]] = {}
        self.fills: dict[tuple[Any, tuple[tuple[str, str], ...]], tuple[bool, Fill]] = {}


def _is_title(ph: tuple[str, str] | None) -> bool:
    return ph is not None and ph[0] in _TITLES


class SlideView:
    """A slide with its layout, master, theme and the presentation's default text style."""

    def __init__(
        self,
        slide: Any,
        layout: Any,
        master: Any,
        theme: Any | None,
        defaults: Any,
        memo: DeckMemo | None = None,
    ) -> None:
        self.slide, self.layout, self.master, self.defaults = slide, layout, master, defaults
        self.theme = theme
        self.memo = memo = memo or DeckMemo()
        if theme not in memo.schemes:
            memo.schemes[theme] = (colour_scheme(theme) if theme is not None else None) or {}
        self.scheme = memo.schemes[theme]
        override = slide.find(f"{P}clrMapOvr/{A}overrideClrMapping")
        self.mapping = colour_map(master, slide if override is not None else layout)
        self._inherited: dict[Any, list[Any]] = {}
        self._owned = memo.placeholders
        self._map_key = tuple(sorted(self.mapping.items()))

    # --- placeholders and boxes -------------------------------------------------------------

    def _placeholders(self, owner: Any) -> list[tuple[Any, tuple[str, str]]]:
        """The placeholders of a layout or master, with their (type, idx); read once."""
        if owner not in self._owned:
            tree = owner.find(f"{P}cSld/{P}spTree")
            shapes = tree.findall(f"{P}sp") if tree is not None else []
            self._owned[owner] = [(s, ph) for s in shapes if (ph := placeholder(s)) is not None]
        return self._owned[owner]

    def _match(self, owner: Any, ph: tuple[str, str], by_type_only: bool) -> Any:
        wanted = _MASTER_TYPE.get(ph[0], ph[0]) if by_type_only else ph[0]
        by_type = None
        for shape, theirs in self._placeholders(owner):
            if not by_type_only and theirs[1] == ph[1] and ph[1] != "0":
                return shape
            kind = _MASTER_TYPE.get(theirs[0], theirs[0]) if by_type_only else theirs[0]
            if by_type is None and kind == wanted:
                by_type = shape
        return by_type

    def inherited(self, shape: Any) -> list[Any]:
        """The layout's and the master's placeholders ``shape`` inherits from (if any)."""
        if shape in self._inherited:
            return self._inherited[shape]
        ph = placeholder(shape)
        found: list[Any] = []
        if ph is not None:
            on_layout = self._match(self.layout, ph, by_type_only=False)
            on_master = self._match(self.master, ph, by_type_only=True)
            found = [s for s in (on_layout, on_master) if s is not None]
        self._inherited[shape] = found
        return found

    def box(self, shape: Any) -> Box | None:
        """The shape's box, its own or its placeholder's."""
        for owner in (shape, *self.inherited(shape)):
            if (found := box_of(owner)) is not None:
                return found
        return None

    # --- text -------------------------------------------------------------------------------

    def _styles(self, shape: Any, level: int) -> list[Any]:
        """The ``defRPr`` elements a paragraph at ``level`` of ``shape`` inherits, nearest
        first."""
        found = [level_style(shape.find(f"{P}txBody/{A}lstStyle"), level)]
        found += [
            level_style(s.find(f"{P}txBody/{A}lstStyle"), level) for s in self.inherited(shape)
        ]
        ph = placeholder(shape)
        if ph is not None:
            which = (
                "titleStyle"
                if _is_title(ph)
                else "otherStyle"
                if ph[0] in _FOOTERS
                else "bodyStyle"
            )
            found.append(level_style(self.master.find(f"{P}txStyles/{P}{which}"), level))
        found.append(level_style(self.defaults, level))
        return [style for style in found if style is not None]

    def _font_scale(self, shape: Any) -> float:
        for owner in (shape, *self.inherited(shape)):
            autofit = owner.find(f"{P}txBody/{A}bodyPr/{A}normAutofit")
            if autofit is not None:
                try:
                    return int(autofit.get("fontScale", "100000")) / 100_000
                except ValueError:
                    return 1.0
        return 1.0

    def colour(self, rpr: Any) -> str | None:
        """The colour a run property element sets (solid fill), or None."""
        fill = rpr.find(f"{A}solidFill") if rpr is not None else None
        if fill is None or not len(fill):
            return None
        return resolve_colour(fill[0], self.scheme, self.mapping)

    def run_style(
        self,
        shape: Any,
        paragraph: Any,
        rpr: Any,
        in_table: bool = False,
        table_text: str | None = None,
    ) -> RunStyle:
        """The effective style of a run (its ``a:rPr`` may be None) in ``paragraph``; in a
        table, ``table_text`` is the colour its table style gives the cell's text."""
        ppr = paragraph.find(f"{A}pPr")
        try:
            level = int(ppr.get("lvl", "0")) if ppr is not None else 0
        except ValueError:
            level = 0
        chain = [rpr] if rpr is not None else []
        chain += [level_style(self.defaults, level)] if in_table else self._styles(shape, level)
        chain = [c for c in chain if c is not None]
        size = first(*(c.get("sz") for c in chain))
        try:
            points = int(size) / 100 if size is not None else None
        except ValueError:
            points = None
        if points is not None and not in_table:
            points *= self._font_scale(shape)
        own = self.colour(rpr) if rpr is not None else None
        # in a table, the table style's text colour comes before the inherited defaults
        colour = first(own, table_text if in_table else None, *(self.colour(c) for c in chain))
        if colour is None and not in_table:
            ref = shape.find(f"{P}style/{A}fontRef")
            if ref is not None and len(ref):
                colour = resolve_colour(ref[0], self.scheme, self.mapping)
        if colour is None:
            colour = self.scheme.get(self.mapping.get("tx1", "dk1"))
        lang = first(*(c.get("lang") for c in chain)) or ""
        return RunStyle(points, colour, str(lang))

    def cell_text(self, table_text: str | None) -> str | None:
        """The colour a table cell's run that sets none of its own gets (``run_style``'s
        resolution): ``table_text`` (its table style's), else the presentation's default text
        style, else text 1."""
        paragraph = self.slide.makeelement(f"{A}p", {})
        return self.run_style(self.slide, paragraph, None, True, table_text).colour

    # --- what lies under a shape ------------------------------------------------------------

    def own_fill(self, shape: Any) -> tuple[bool, Fill]:
        """Whether the shape (or its placeholder) is filled, and with what."""
        key = (shape, self._map_key)
        if key not in self.memo.fills:
            self.memo.fills[key] = self._own_fill(shape)
        return self.memo.fills[key]

    def _own_fill(self, shape: Any) -> tuple[bool, Fill]:
        for owner in (shape, *self.inherited(shape)):
            props = owner.find(f"{P}spPr")
            if props is not None:
                given, fill = fill_of(props, self.scheme, self.mapping)
                if given:
                    return given, fill
        ref = shape.find(f"{P}style/{A}fillRef")
        if ref is not None and ref.get("idx", "0") not in ("0", "") and len(ref):
            colour = resolve_colour(ref[0], self.scheme, self.mapping)
            return True, None if colour is None else [colour]
        return False, []

    def background_under(self, shape: Any, box: Box) -> Fill:
        """The colours behind ``shape``: its own fill, a filled shape below it (on the slide,
        the layout or the master), else the background; None when a picture lies there."""
        given, fill = self.own_fill(shape)
        if given and fill != []:
            return fill
        below: list[tuple[Any, Box | None]] = []
        for candidate in iter_shapes(self.slide.find(f"{P}cSld/{P}spTree")):
            if candidate is shape:
                break
            below.append((candidate, box_of(candidate)))
        for owner in (self.layout, self.master):
            if owner is self.master and self.layout.get("showMasterSp") in ("0", "false"):
                break
            below = self._artwork(owner) + below
        for candidate, where in reversed(below):
            if where is None or not where.holds(box):
                continue
            if candidate.tag == f"{P}pic":
                return None
            if candidate.tag == f"{P}grpSp":
                continue
            given, fill = self.own_fill(candidate)
            if given and fill != []:
                return fill
        return self.background()

    def template_ground(self, shape: Any, box: Box) -> bool:
        """Whether what lies under ``shape`` is the template's: the slide fills neither the
        shape itself nor a shape of its own below it (the layout's, master's or background's
        fill shows)."""
        props = shape.find(f"{P}spPr")
        if props is not None and fill_of(props, self.scheme, self.mapping)[0]:
            return False
        for candidate in iter_shapes(self.slide.find(f"{P}cSld/{P}spTree")):
            if candidate is shape:
                break
            where = box_of(candidate)
            if candidate.tag != f"{P}grpSp" and where is not None and where.holds(box):
                return False
        return True

    def _artwork(self, owner: Any) -> list[tuple[Any, Box | None]]:
        """A layout's or master's shapes that show on its slides (not its placeholders)."""
        if owner not in self.memo.artwork:
            tree = owner.find(f"{P}cSld/{P}spTree")
            shapes = iter_shapes(tree) if tree is not None else iter(())
            self.memo.artwork[owner] = [(s, box_of(s)) for s in shapes if placeholder(s) is None]
        return self.memo.artwork[owner]

    def background(self) -> Fill:
        """The slide's background: its own, its layout's, or its master's."""
        for owner in (self.slide, self.layout, self.master):
            bg = owner.find(f"{P}cSld/{P}bg")
            if bg is None:
                continue
            props = bg.find(f"{P}bgPr")
            if props is not None:
                return fill_of(props, self.scheme, self.mapping)[1]
            return self._background_reference(bg.find(f"{P}bgRef"))
        return [self.scheme.get(self.mapping.get("bg1", "lt1"), "FFFFFF")]

    def _background_reference(self, reference: Any) -> Fill:
        if reference is None or self.theme is None:
            return None
        try:
            index = int(reference.get("idx", "0"))
        except ValueError:
            return None
        styles = self.theme.find(f"{A}themeElements/{A}fmtScheme/{A}bgFillStyleLst")
        base = resolve_colour(reference[0], self.scheme, self.mapping) if len(reference) else None
        if index < 1001 or styles is None or index - 1001 >= len(styles):
            return None if base is None else [base]
        holder = [styles[index - 1001]]  # fill_of reads the children of an owner
        return fill_of(holder, self.scheme, self.mapping, base)[1]
