"""Build the second bundled PowerPoint template, ``templates/ministry-deck.pptx``.

Run it from the repository root::

    uv run python templates/make_ministry_deck.py            # writes templates/ministry-deck.pptx
    uv run python templates/make_ministry_deck.py --check    # exit 1 if it is out of date

A "ministry" look that differs from ``deck.pptx`` in everything a template may change: a dark
navy and gold theme, serif headings (Times New Roman; LibreOffice shows Liberation Serif, which
covers Cyrillic and the Kazakh letters), a navy band down the left of every content slide, a
cover and dividers crossed by a gold band, the chart picture on the right of its caption, other
layout names (the contract's aliases: "Cover", "Heading and Text", "Chart Slide", "Figures" ...)
and another layout order. It starts from ``make_deck.build()`` (the 16:9 master and layouts)
and restyles that; the result is byte-for-byte reproducible like the first template.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_deck as base
from reproducible import build_command, normalise_zip

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "ministry-deck.pptx"
_A = f"{{{base.NS_A}}}"
_P = f"{{{base.NS_P}}}"

THEME_NAME = "Ministry"
PALETTE = {
    "dk1": "14213D",  # text: navy-black
    "lt1": "FFFFFF",
    "dk2": "0B1F3A",  # dark navy: titles, cover and divider backgrounds, the side band
    "lt2": "F3EEDF",  # parchment: card fills
    "accent1": "0B1F3A",  # navy: table headers, bullets
    "accent2": "B8860B",  # gold: rules, bands, disputed entries
    "accent3": "6B7B8C",
    "accent4": "9AA5B1",
    "accent5": "7A5C1E",  # bronze
    "accent6": "D9C38A",  # pale gold
    "hlink": "0B1F3A",
    "folHlink": "6B7B8C",
}
#: Serif headings, sans body text (the text fitting measures with Arial's widths).
HEADING_FONT = "Times New Roman"
BODY_FONT = "Arial"

#: Contract layout name -> this template's name (aliases in ``deck_template.LAYOUT_ALIASES``).
NAMES = {
    "Title Slide": "Cover",
    "Title and Content": "Heading and Text",
    "Section Header": "Divider",
    "Title Only": "Heading Only",
    "Chart": "Chart Slide",
    "Key Figures": "Figures",
    "Table": "Table Slide",
    "Callout": "Note",
    "Sources": "References",
    "Blank": "Empty",
}
#: The order PowerPoint shows them in (unlike deck.pptx).
ORDER = (
    "Cover",
    "Divider",
    "Heading and Text",
    "Figures",
    "Chart Slide",
    "Table Slide",
    "Note",
    "References",
    "Heading Only",
    "Empty",
)

SIDE_BAND = base.Deco("Side Band", base.Box(0, 0, base.inch(0.28), base.SLIDE_H), base.solid("tx2"))
SIDE_RULE = base.Deco(
    "Side Rule", base.Box(base.inch(0.28), 0, base.inch(0.05), base.SLIDE_H), base.solid("accent2")
)
GOLD_BAND = base.Deco(
    "Gold Band", base.Box(0, base.inch(1.45), base.SLIDE_W, base.inch(0.16)), base.solid("accent2")
)
LOW_BAND = base.Deco(
    "Lower Band",
    base.Box(0, base.inch(5.25), base.SLIDE_W, base.inch(1.55)),
    base.solid("tx2", '<a:lumMod val="75000"/>'),
)


def theme(blob: bytes) -> bytes:
    """The theme with the ministry colours and a serif heading font."""
    root = etree.fromstring(blob)
    root.set("name", THEME_NAME)
    clr = root.find(f"{_A}themeElements/{_A}clrScheme")
    clr.set("name", THEME_NAME)
    for key, value in PALETTE.items():
        clr.find(f"{_A}{key}/{_A}srgbClr").set("val", value)
    fonts = root.find(f"{_A}themeElements/{_A}fontScheme")
    fonts.set("name", THEME_NAME)
    for which, face in (("majorFont", HEADING_FONT), ("minorFont", BODY_FONT)):
        for script in ("latin", "cs"):
            fonts.find(f"{_A}{which}/{_A}{script}").set("typeface", face)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _add_behind(sp_tree: Any, *decos: Any) -> None:
    """Add decorative shapes behind the placeholders, with ids after the tree's own."""
    used = [int(el.get("id")) for el in sp_tree.iter(f"{_P}cNvPr")]
    anchor = sp_tree.find(f"{_P}grpSpPr")
    for n, deco in enumerate(reversed(decos)):
        shape = etree.fromstring(
            f"<p:spTree {base.NSDECL}>{deco.xml(max(used) + 1 + n)}</p:spTree>"
        )[0]
        anchor.addnext(shape)


def _placeholder(layout_el: Any, kind: str) -> Any:
    for sp in layout_el.iter(f"{_P}sp"):
        ph = sp.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph")
        if ph is not None and ph.get("type") == kind:
            return sp
    raise LookupError(kind)


def _move(sp: Any, x: int) -> None:
    sp.find(f"{_P}spPr/{_A}xfrm/{_A}off").set("x", str(x))


def restyle_layout(layout: Any, name: str) -> None:
    """Rename a layout and give it the ministry decoration and geometry."""
    el = layout._element
    el.find(f"{_P}cSld").set("name", NAMES[name])
    tree = el.find(f"{_P}cSld/{_P}spTree")
    if name == "Title Slide":
        _add_behind(tree, LOW_BAND, GOLD_BAND)
    elif name == "Section Header":
        _add_behind(tree, GOLD_BAND)
    if name == "Chart":  # the picture on the right, its caption on the left
        picture, caption = _placeholder(el, "pic"), _placeholder(el, "body")
        _move(caption, base.MARGIN)
        _move(picture, base.SLIDE_W - base.MARGIN - base.CHART_W)


def build() -> bytes:
    """The template as bytes."""
    prs = Presentation(io.BytesIO(base.build()))
    master = prs.slide_master
    theme_part = master.part.part_related_by(RT.THEME)
    new_theme = theme(theme_part.blob)
    theme_part._blob = new_theme
    prs.notes_master.part.part_related_by(RT.THEME)._element = etree.fromstring(new_theme)
    _add_behind(master._element.find(f"{_P}cSld/{_P}spTree"), SIDE_BAND, SIDE_RULE)

    for layout in master.slide_layouts:
        restyle_layout(layout, layout.name)
    id_list = master._element.find(f"{_P}sldLayoutIdLst")
    by_name = {
        layout.name: id_el
        for layout, id_el in zip(master.slide_layouts, list(id_list), strict=True)
    }
    for name in ORDER:
        id_list.append(by_name[name])  # re-appending moves it to the end

    props = prs.core_properties
    props.title = "Briefkit ministry deck template"
    props.subject = "A second look for Briefkit briefings: navy and gold, serif headings (16:9)"
    raw = io.BytesIO()
    prs.save(raw)
    return normalise_zip(raw.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Build the template (or check it with ``--check``)."""
    return build_command(build, DEFAULT_OUT, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
