"""A Word document's styles, read for the accessibility check: what a run inherits (language,
colour, shading) through its character style, its paragraph's style and the defaults."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefkit.render.office.theme import modified_colour

__all__ = ["W", "WordStyles"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_DEPTH = 20
_THEME_SLOTS = {
    "dark1": "dk1",
    "light1": "lt1",
    "dark2": "dk2",
    "light2": "lt2",
    "text1": "dk1",
    "background1": "lt1",
    "text2": "dk2",
    "background2": "lt2",
    **{f"accent{n}": f"accent{n}" for n in range(1, 7)},
    "hyperlink": "hlink",
    "followedHyperlink": "folHlink",
}


class WordStyles:
    """The styles part of a Word document, with its theme's colours."""

    def __init__(self, styles: Any | None, scheme: dict[str, str]) -> None:
        self.scheme = scheme
        self.by_id: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self.defaults = None
        if styles is None:
            return
        for style in styles.iter(f"{W}style"):
            style_id = str(style.get(f"{W}styleId", ""))
            self.by_id.setdefault(style_id, style)
            default = style.get(f"{W}default") in ("1", "true")
            if default and style.get(f"{W}type") == "paragraph":
                self.default_paragraph = style_id
        self.defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")

    def chain(self, style_id: str | None) -> list[Any]:
        """A style and those it is based on, nearest first (a loop stops it)."""
        found: list[Any] = []
        while style_id and len(found) < _MAX_DEPTH:
            style = self.by_id.get(style_id)
            if style is None or style in found:
                break
            found.append(style)
            based = style.find(f"{W}basedOn")
            style_id = str(based.get(f"{W}val")) if based is not None else None
        return found

    def paragraph_styles(self, paragraph: Any) -> list[Any]:
        """The paragraph's style chain (the default paragraph style when it names none)."""
        named = paragraph.find(f"{W}pPr/{W}pStyle")
        return self.chain(
            str(named.get(f"{W}val")) if named is not None else self.default_paragraph
        )

    def run_properties(
        self, run: Any, paragraph_styles: list[Any], table_parts: Sequence[Any] = ()
    ) -> list[Any]:
        """The ``w:rPr`` elements a run inherits, nearest first (its table style's parts, as
        ``word_tables.cell_style_parts`` gives them, after its paragraph's styles), ending with
        the defaults."""
        own = run.find(f"{W}rPr")
        chain = [own] if own is not None else []
        character = own.find(f"{W}rStyle") if own is not None else None
        if character is not None:
            chain += [s.find(f"{W}rPr") for s in self.chain(str(character.get(f"{W}val")))]
        chain += [s.find(f"{W}rPr") for s in paragraph_styles]
        chain += [part.find(f"{W}rPr") for part in table_parts]
        chain.append(self.defaults)
        return [c for c in chain if c is not None]

    def outline_level(self, paragraph: Any) -> int | None:
        """A heading's level (1-9), or None for body text."""
        places = [paragraph.find(f"{W}pPr/{W}outlineLvl")]
        places += [s.find(f"{W}pPr/{W}outlineLvl") for s in self.paragraph_styles(paragraph)]
        for place in places:
            if place is not None:
                try:
                    level = int(place.get(f"{W}val", "9"))
                except ValueError:
                    return None
                return level + 1 if 0 <= level < 9 else None
        return None

    def colour(self, element: Any) -> str | None:
        """The colour of a ``w:color`` or ``w:shd`` (its fill); None for "auto" or none."""
        if element is None:
            return None
        is_shading = element.tag == f"{W}shd"
        theme = element.get(f"{W}themeFill" if is_shading else f"{W}themeColor")
        value = str(element.get(f"{W}fill" if is_shading else f"{W}val", "auto")).upper()
        if theme and _THEME_SLOTS.get(str(theme)) in self.scheme:
            value = self.scheme[_THEME_SLOTS[str(theme)]]
            tint = element.get(f"{W}themeFillTint" if is_shading else f"{W}themeTint")
            shade = element.get(f"{W}themeFillShade" if is_shading else f"{W}themeShade")
            value = _tinted(value, tint, shade)
        if len(value) != 6 or any(c not in "0123456789ABCDEF" for c in value):
            return None
        return value


def _tinted(colour: str, tint: str | None, shade: str | None) -> str:
    """A theme colour with Word's tint or shade (hex 00-FF) applied, as DrawingML does."""
    from lxml import etree

    holder = etree.Element("c")
    for kind, value in (("tint", tint), ("shade", shade)):
        if value:
            try:
                amount = int(value, 16) * 100_000 // 255
            except ValueError:
                continue
            etree.SubElement(
                holder,
                "{http://schemas.openxmlformats.org/drawingml/2006/main}" + kind,
                val=str(amount),
            )
    return modified_colour(colour, holder)
