"""What a style of a Word document really says: its properties after inheritance.

A paragraph's look comes from the document defaults (``w:docDefaults``), then each style of
its ``w:basedOn`` chain from the root down, each attribute overriding the one before. These
helpers read that chain from ``styles.xml`` as lxml elements, so the report writer can see what
a template's Normal imposes on the styles based on it (a first-line indent, the line grid, a
16 pt size) and what its page setup says (``line_grid``, ``text_width_twips``).
"""

from __future__ import annotations

from typing import Any

from briefkit.render.office.theme import theme_part_fonts
from briefkit.render.report.house_style import W_NS, find_style

__all__ = [
    "effective_attr",
    "effective_fonts",
    "line_grid",
    "merged_attrs",
    "named_style",
    "style_chain",
    "text_width_twips",
    "theme_font",
]

_W = f"{{{W_NS}}}"
_GRID_TYPES = {"lines", "linesAndChars", "snapToChars"}


def named_style(styles_el: Any, name: str, kind: str = "paragraph") -> Any:
    """The style called ``name`` (Normal: also the default paragraph style), or None."""
    found = find_style(styles_el, name, kind)
    if found is None and name == "Normal":
        for style in styles_el.iterchildren(f"{_W}style"):
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
                return style
    return found


def style_chain(styles_el: Any, style: Any) -> list[Any]:
    """``style`` and the styles it is based on, the root first (a loop is cut)."""
    by_id = {s.get(f"{_W}styleId"): s for s in styles_el.iterchildren(f"{_W}style")}
    chain: list[Any] = []
    while style is not None and all(style is not s for s in chain):
        chain.append(style)
        based = style.find(f"{_W}basedOn")
        style = None if based is None else by_id.get(based.get(f"{_W}val"))
    return chain[::-1]


def _layers(styles_el: Any, style: Any, part: str) -> list[Any]:
    """The ``w:pPr`` or ``w:rPr`` elements that make up ``style``'s, defaults first."""
    layers = []
    defaults = styles_el.find(f"{_W}docDefaults/{_W}{part}Default/{_W}{part}")
    if defaults is not None:
        layers.append(defaults)
    for link in style_chain(styles_el, style) if style is not None else []:
        props = link.find(f"{_W}{part}")
        if props is not None:
            layers.append(props)
    return layers


def merged_attrs(styles_el: Any, style: Any, part: str, tag: str) -> dict[str, str]:
    """The attributes (local names) of child ``tag`` of ``part`` ("pPr"/"rPr") after
    inheritance: each layer's attributes override the ones before."""
    merged: dict[str, str] = {}
    for layer in _layers(styles_el, style, part):
        child = layer.find(f"{_W}{tag}")
        if child is not None:
            merged.update({k.split("}")[-1]: v for k, v in child.attrib.items()})
    return merged


def effective_fonts(styles_el: Any, style: Any) -> dict[str, str]:
    """``w:rFonts`` after inheritance, per script (ascii, hAnsi, eastAsia, cs): a layer that
    names a font replaces a theme font from the layers before, and the other way round."""
    fonts: dict[str, str] = {}
    for layer in _layers(styles_el, style, "rPr"):
        child = layer.find(f"{_W}rFonts")
        if child is None:
            continue
        for script in ("ascii", "hAnsi", "eastAsia", "cs"):
            theme = child.get(f"{_W}{script}Theme" if script != "cs" else f"{_W}cstheme")
            named = child.get(f"{_W}{script}")
            if theme:
                fonts = {k: v for k, v in fonts.items() if k != script}
                fonts[f"{script}Theme" if script != "cs" else "cstheme"] = theme
            elif named:
                fonts.pop(f"{script}Theme" if script != "cs" else "cstheme", None)
                fonts[script] = named
    return fonts


def effective_attr(
    styles_el: Any, style: Any, part: str, tag: str, attr: str = "val"
) -> str | None:
    """One attribute after inheritance; "" for an element present without it (``<w:b/>``)."""
    value: str | None = None
    for layer in _layers(styles_el, style, part):
        child = layer.find(f"{_W}{tag}")
        if child is not None:
            value = child.get(f"{_W}{attr}", "")
    return value


def line_grid(sect_pr: Any) -> int | None:
    """The pitch (twips) of the section's line grid when lines snap to it, else None."""
    grid = None if sect_pr is None else sect_pr.find(f"{_W}docGrid")
    if grid is None or grid.get(f"{_W}type") not in _GRID_TYPES:
        return None
    pitch = grid.get(f"{_W}linePitch")
    return int(pitch) if pitch and pitch.isdigit() and int(pitch) > 0 else None


def text_width_twips(sect_pr: Any, default: int = 9412) -> int:
    """The width of the section's text column in twips (page less margins)."""
    if sect_pr is None:
        return default
    size, margins = sect_pr.find(f"{_W}pgSz"), sect_pr.find(f"{_W}pgMar")
    if size is None or margins is None:
        return default
    try:
        width = (
            int(size.get(f"{_W}w")) - int(margins.get(f"{_W}left")) - int(margins.get(f"{_W}right"))
        )
    except (TypeError, ValueError):
        return default
    return width if width > 0 else default


def theme_font(document: Any, which: str) -> str | None:
    """The Latin typeface of a python-docx document's theme, ``which`` "major" or "minor"."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = document.part.part_related_by(RT.THEME)
    except KeyError:
        return None
    major, minor = theme_part_fonts(part.blob)
    return (major if which == "major" else minor) or None
