"""Text styles kept only on prompt text, made list styles (LibreOffice-saved templates).

LibreOffice saves a template's text styles nowhere but on the prompt paragraphs of its masters'
and layouts' placeholders ("Click to edit the outline text format"): their bullets, indents,
spacing, and the size, font and colour of their runs; the master has no ``p:txStyles``. Text
written into new paragraphs of a slide inherits none of it: PowerPoint shows it at 18 pt without
bullets, and LibreOffice's bullets vanish. ``carry_prompt_styles`` writes each prompt paragraph's
properties as the list style of its level (``a:lstStyle/a:lvlNpPr``, with the runs' properties
as ``a:defRPr``) in the deck's copy of the masters and layouts, where every slide inherits them.
Templates with text styles of their own are left as they are.
"""

from __future__ import annotations

import copy
from typing import Any

from pptx.oxml.ns import qn

from briefkit.render.deck.placeholders import (
    NS_A,
    NS_P,
    PH,
    inherited_ref,
    placeholder_elements,
    placeholder_kind,
)

__all__ = ["carry_prompt_styles", "has_text_styles", "symbol_bullets"]

#: Run attributes that say nothing about style.
_NOT_STYLE = ("dirty", "err", "lang", "altLang", "noProof", "smtClean", "smtId", "bmk")


def has_text_styles(master: Any) -> bool:
    """Whether a slide master keeps its body text style where PowerPoint does (``p:txStyles``)."""
    body = master._element.find(f"{NS_P}txStyles/{NS_P}bodyStyle/{NS_A}lvl1pPr")
    return body is not None and (len(body) > 0 or len(body.attrib) > 0)


#: The sizes (hundredths of a point) PowerPoint's and LibreOffice's default styles give a
#: title and the body's list levels, for a template that gives none at all (an old LibreOffice
#: file): both applications then show the same.
DEFAULT_SIZES = {PH.TITLE: (4400,), PH.BODY: (3200, 2800, 2400, 2000, 2000, 2000, 2000, 2000, 2000)}

#: LibreOffice's indent for body list level N (2-9) that has none anywhere: N x 1.2 cm, the
#: bullet 0.6 cm before the text (measured: level 2's text starts 68 pt in). PowerPoint would
#: put it at 0, so it is written out and both show (and Briefkit measures) the same.
DEFAULT_INDENT_EMU = 432000
DEFAULT_HANGING_EMU = -216000


def carry_prompt_styles(prs: Any) -> None:
    """For each master without text styles, and its layouts: the prompt paragraphs'
    properties become each placeholder's list styles (see the module's docstring), and the
    master's title and body levels that have no size get the applications' default one."""
    for master in prs.slide_masters:
        if has_text_styles(master):
            continue
        for owner in (master, *master.slide_layouts):
            for ref in placeholder_elements(owner):
                _carry(ref.element)
        for ref in placeholder_elements(master):
            if ref.kind in DEFAULT_SIZES:
                _default_sizes(ref.element, DEFAULT_SIZES[ref.kind], ref.kind == PH.BODY)


def _default_sizes(element: Any, sizes: tuple[int, ...], indents: bool = False) -> None:
    """Give each list level of a master placeholder without a size the default one (and, with
    ``indents``, levels 2-9 without a left margin LibreOffice's default one)."""
    body = element.find(f"{NS_P}txBody")
    if body is None:
        return
    styles = _list_styles(body)
    for n in range(1, 10):
        level = styles.find(f"{NS_A}lvl{n}pPr")
        if level is None:
            level = styles.makeelement(f"{NS_A}lvl{n}pPr", {})
            following = next(
                (el for el in styles if el.tag.endswith("pPr") and int(el.tag[-4]) > n), None
            )
            if following is None:
                styles.append(level)
            else:
                following.addprevious(level)
        default = level.find(f"{NS_A}defRPr")
        if default is None:
            default = level.makeelement(f"{NS_A}defRPr", {})
            level.append(default)
        if default.get("sz") is None:
            default.set("sz", str(sizes[min(n - 1, len(sizes) - 1)]))
        if indents and n > 1 and level.get("marL") is None:
            level.set("marL", str(n * DEFAULT_INDENT_EMU))
            if level.get("indent") is None:
                level.set("indent", str(DEFAULT_HANGING_EMU))


def _carry(element: Any) -> None:
    body = element.find(f"{NS_P}txBody")
    if body is None:
        return
    styles = body.find(f"{NS_A}lstStyle")
    if styles is not None and len(styles):
        return  # styled already
    levels: dict[int, Any] = {}
    for paragraph in body.findall(f"{NS_A}p"):
        ppr = paragraph.find(f"{NS_A}pPr")
        level = int(ppr.get("lvl", "0")) if ppr is not None else 0
        if level in levels or not 0 <= level <= 8:
            continue
        style = _level_style(paragraph, ppr, level)
        if style is not None:
            levels[level] = style
    if not levels:
        return
    styles = _list_styles(body)
    for level in sorted(levels):
        styles.append(levels[level])


def _list_styles(body: Any) -> Any:
    """A text body's ``a:lstStyle``, made (after ``a:bodyPr``) if it has none."""
    styles = body.find(f"{NS_A}lstStyle")
    if styles is None:
        styles = body.makeelement(f"{NS_A}lstStyle", {})
        body_pr = body.find(f"{NS_A}bodyPr")
        if body_pr is not None:
            body_pr.addnext(styles)
        else:
            body.insert(0, styles)
    return styles


def _level_style(paragraph: Any, ppr: Any, level: int) -> Any | None:
    """``a:lvlNpPr`` from a prompt paragraph: its paragraph properties and, as ``a:defRPr``, the
    properties of its first run (or of its end mark)."""
    run = paragraph.find(f"{NS_A}r/{NS_A}rPr")
    if run is None:
        run = paragraph.find(f"{NS_A}endParaRPr")
    if ppr is None and run is None:
        return None
    style = paragraph.makeelement(f"{NS_A}lvl{level + 1}pPr", {})
    if ppr is not None:
        for name, value in ppr.attrib.items():
            if name != "lvl":
                style.set(name, value)
        for child in ppr:
            if child.tag not in (f"{NS_A}extLst", f"{NS_A}defRPr"):
                style.append(copy.deepcopy(child))
    if run is not None:
        default = style.makeelement(f"{NS_A}defRPr", {})
        for name, value in run.attrib.items():
            if name not in _NOT_STYLE:
                default.set(name, value)
        for child in run:
            if child.tag != f"{NS_A}extLst":
                default.append(copy.deepcopy(child))
        style.append(default)
    return style


#: Fonts whose letters are pictures: a number drawn in one is not a number.
SYMBOL_FONTS = frozenset(
    ("wingdings", "wingdings 2", "wingdings 3", "symbol", "webdings", "marlett", "opensymbol")
)


def symbol_bullets(placeholder: Any) -> bool:
    """Whether the first list level of a slide's text placeholder takes its bullets from a
    symbol font (Wingdings...), where a numbered list must name the text's font instead."""
    kind, idx = placeholder_kind(placeholder)
    layout = placeholder.part.slide_layout
    master = layout.slide_master
    elements = []
    inherited = inherited_ref(placeholder_elements(layout), kind, idx)
    if inherited is not None:
        elements.append(inherited.element)
    body = next((r for r in placeholder_elements(master) if r.kind == PH.BODY), None)
    if body is not None:
        elements.append(body.element)
    paths = [f"{NS_P}txBody/{NS_A}lstStyle/{NS_A}lvl1pPr" for _ in elements]
    levels = [el.find(path) for el, path in zip(elements, paths, strict=True)]
    levels.append(master._element.find(f"{NS_P}txStyles/{NS_P}bodyStyle/{NS_A}lvl1pPr"))
    for level in levels:
        font = None if level is None else level.find(f"{NS_A}buFont")
        if font is not None:
            return str(font.get("typeface", "")).casefold() in SYMBOL_FONTS
    return False


def autonumber(paragraph: Any, start: int, text_font: bool = False) -> None:
    """Number a paragraph (from ``start``); with ``text_font``, in the text's font (where the
    template's bullets come from a symbol font)."""
    ppr = paragraph._p.get_or_add_pPr()
    for child in list(ppr):
        if child.tag in (qn("a:buNone"), qn("a:buChar"), qn("a:buAutoNum"), qn("a:buFont")):
            ppr.remove(child)
    if text_font:
        ppr.append(ppr.makeelement(qn("a:buFontTx"), {}))
    auto = ppr.makeelement(qn("a:buAutoNum"), {"type": "arabicPeriod"})
    if start > 1:
        auto.set("startAt", str(start))
    ppr.append(auto)
