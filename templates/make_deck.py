"""Build the bundled PowerPoint template, ``templates/deck.pptx``.

Run it from the repository root::

    uv run python templates/make_deck.py            # writes templates/deck.pptx
    uv run python templates/make_deck.py --check    # exit 1 if deck.pptx is out of date

The template starts from python-pptx's built-in presentation (for the package plumbing only)
and replaces its theme, slide master and layouts with ones drawn for a 16:9 slide: python-pptx's
own layouts are placed for 4:3 and stay there when the slide size changes. The result is
byte-for-byte reproducible (fixed dates in the core properties and in the zip entries).

The layouts, their placeholder types and idx values are the contract described in
``templates/README.md`` ("Deck template"); ``briefkit.render.deck.writer`` finds placeholders by
type and idx, never by position, so the geometry here can change freely.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from xml.sax.saxutils import quoteattr

from lxml import etree  # type: ignore[import-untyped]
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.util import Emu
from reproducible import build_command, normalise_zip

from briefkit import palette

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "deck.pptx"

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}" xmlns:r="{NS_R}"'

EMU_PER_INCH = 914400
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)


def inch(value: float) -> int:
    """Inches to EMU."""
    return round(value * EMU_PER_INCH)


# --- Theme ------------------------------------------------------------------------------------

THEME_NAME = "Briefkit"
#: The house palette (``briefkit.palette``): navy and slate, with one warm accent (accent2) for
#: rules, markers and disputed entries; accents 3-6 are chart series colours, so a chart added
#: in PowerPoint looks like Briefkit's.
PALETTE = {
    "dk1": palette.INK,  # text
    "lt1": palette.WHITE,
    "dk2": palette.NAVY,  # titles, divider backgrounds
    "lt2": palette.TINT,  # card fills
    "accent1": palette.NAVY,  # table headers, bullets
    "accent2": palette.ACCENT,  # the accent
    "accent3": palette.SLATE_GREY,  # sub-bullets
    "accent4": palette.STEEL,
    "accent5": palette.SLATE,
    "accent6": palette.PALE,
    "hlink": palette.NAVY,
    "folHlink": palette.SLATE_GREY,
}
#: Arial: LibreOffice maps it to Liberation Sans 2, which covers Cyrillic and Kazakh
#: (Ә Ғ Қ Ң Ө Ұ Ү Һ І); PowerPoint on Windows and macOS has Arial with the same coverage.
THEME_FONT = "Arial"


def theme_xml(base: bytes) -> bytes:
    """The theme: python-pptx's Office theme with our colours and fonts."""
    root = etree.fromstring(base)
    root.set("name", THEME_NAME)
    elements = root.find(f"{{{NS_A}}}themeElements")
    assert elements is not None
    clr = elements.find(f"{{{NS_A}}}clrScheme")
    fonts = elements.find(f"{{{NS_A}}}fontScheme")
    assert clr is not None and fonts is not None
    new_clr = parse_xml(
        f'<a:clrScheme xmlns:a="{NS_A}" name="{THEME_NAME}">'
        + "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in PALETTE.items())
        + "</a:clrScheme>"
    )
    font = f'<a:latin typeface="{THEME_FONT}"/><a:ea typeface=""/><a:cs typeface="{THEME_FONT}"/>'
    new_fonts = parse_xml(
        f'<a:fontScheme xmlns:a="{NS_A}" name="{THEME_NAME}">'
        f"<a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont>"
        "</a:fontScheme>"
    )
    elements.replace(clr, new_clr)
    elements.replace(fonts, new_fonts)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


# --- Geometry (16:9, 13.333 x 7.5 in) ---------------------------------------------------------

SLIDE_W = 12192000
SLIDE_H = 6858000
MARGIN = inch(0.6)
CONTENT_W = SLIDE_W - 2 * MARGIN
TITLE_Y, TITLE_H = inch(0.35), inch(0.95)
BODY_Y = inch(1.6)
BODY_H = inch(5.1)  # bottom at 6.7 in
FOOT_Y, FOOT_H = inch(6.98), inch(0.34)
SLDNUM_W = inch(1.2)
#: The chart picture: aspect 0.56 (the chart images are 1000 x 560), as tall as the body.
CHART_ASPECT = 0.56
CHART_H = BODY_H
CHART_W = round(CHART_H / CHART_ASPECT)
CAPTION_X = MARGIN + CHART_W + inch(0.3)
CAPTION_W = SLIDE_W - MARGIN - CAPTION_X


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    def xfrm(self) -> str:
        return (
            f'<a:xfrm><a:off x="{self.x}" y="{self.y}"/>'
            f'<a:ext cx="{self.w}" cy="{self.h}"/></a:xfrm>'
        )


TITLE_BOX = Box(MARGIN, TITLE_Y, CONTENT_W, TITLE_H)
BODY_BOX = Box(MARGIN, BODY_Y, CONTENT_W, BODY_H)
FOOTER_BOX = Box(MARGIN, FOOT_Y, CONTENT_W - SLDNUM_W - inch(0.2), FOOT_H)
SLDNUM_BOX = Box(SLIDE_W - MARGIN - SLDNUM_W, FOOT_Y, SLDNUM_W, FOOT_H)
DATE_BOX = Box(SLIDE_W - MARGIN - SLDNUM_W - inch(2.2), FOOT_Y, inch(2.0), FOOT_H)


# --- XML builders -----------------------------------------------------------------------------


def solid(colour: str, mods: str = "") -> str:
    """A solid fill with a theme colour (``mods`` are a:lumMod etc.)."""
    return f'<a:solidFill><a:schemeClr val="{colour}">{mods}</a:schemeClr></a:solidFill>'


def lvl(
    n: int,
    *,
    size: float | None = None,
    bold: bool | None = None,
    colour: str | None = None,
    colour_mods: str = "",
    mar_l: float = 0.0,
    indent: float = 0.0,
    bullet: str | None = "",
    bullet_colour: str | None = None,
    space_before: float | None = None,
    line: int | None = None,
    align: str | None = None,
    caps: bool = False,
    spacing: int | None = None,
    font: str | None = None,
) -> str:
    """One ``a:lvlNpPr`` of a list style. ``bullet=""`` means no bullet; None inherits."""
    attrs = f' marL="{inch(mar_l)}" indent="{inch(indent)}"'
    if align:
        attrs += f' algn="{align}"'
    inner = ""
    if line is not None:
        inner += f'<a:lnSpc><a:spcPct val="{line * 1000}"/></a:lnSpc>'
    if space_before is not None:
        inner += f'<a:spcBef><a:spcPts val="{round(space_before * 100)}"/></a:spcBef>'
    if bullet == "":
        inner += "<a:buNone/>"
    elif bullet is not None:
        if bullet_colour:
            inner += f'<a:buClr><a:schemeClr val="{bullet_colour}"/></a:buClr>'
        inner += f'<a:buFont typeface="{THEME_FONT}"/><a:buChar char="{bullet}"/>'
    r = ""
    if size is not None:
        r += f' sz="{round(size * 100)}"'
    if bold is not None:
        r += f' b="{int(bold)}"'
    if caps:
        r += ' cap="all"'
    if spacing is not None:
        r += f' spc="{spacing}"'
    rfill = solid(colour, colour_mods) if colour else ""
    rfont = f'<a:latin typeface="{font}"/><a:cs typeface="{font}"/>' if font else ""
    return f"<a:lvl{n}pPr{attrs}>{inner}<a:defRPr{r}>{rfill}{rfont}</a:defRPr></a:lvl{n}pPr>"


@dataclass
class Ph:
    """A placeholder on a master or layout."""

    kind: str  # title, ctrTitle, subTitle, body, obj, pic, tbl, dt, ftr, sldNum
    idx: int | None
    name: str
    box: Box
    prompt: tuple[str, ...] = ()
    lst_style: str = ""
    anchor: str | None = None
    insets: tuple[float, float, float, float] | None = None  # l, t, r, b in inches
    autofit: str = ""  # "", "norm", "none"
    fill: str = ""  # spPr fill/line XML
    size: str | None = None  # ph sz attribute: quarter, half

    def xml(self, shape_id: int) -> str:
        ph_attrs = ""
        if self.kind != "obj":
            ph_attrs += f' type="{self.kind}"'
        if self.size:
            ph_attrs += f' sz="{self.size}"'
        if self.idx is not None:
            ph_attrs += f' idx="{self.idx}"'
        locks = (
            '<a:spLocks noGrp="1" noChangeAspect="1"/>'
            if self.kind == "pic"
            else ('<a:spLocks noGrp="1"/>')
        )
        body = ' vert="horz" wrap="square" rtlCol="0"'
        if self.insets:
            left, top, right, bottom = (inch(v) for v in self.insets)
            body += f' lIns="{left}" tIns="{top}" rIns="{right}" bIns="{bottom}"'
        if self.anchor:
            body += f' anchor="{self.anchor}"'
        fit = {"": "", "norm": "<a:normAutofit/>", "none": "<a:noAutofit/>"}[self.autofit]
        paras = ""
        for i, text in enumerate(self.prompt or ("",)):
            ppr = f'<a:pPr lvl="{i}"/>' if len(self.prompt) > 1 else ""
            if self.kind == "sldNum":
                paras += (
                    f'<a:p>{ppr}<a:fld id="{{B5E3C1A2-8D4F-4C3B-9E7A-1F2D3C4B5A69}}" '
                    'type="slidenum"><a:rPr lang="en-GB"/><a:t>‹#›</a:t></a:fld></a:p>'
                )
            elif text:
                paras += f'<a:p>{ppr}<a:r><a:rPr lang="en-GB"/><a:t>{text}</a:t></a:r></a:p>'
            else:
                paras += '<a:p><a:endParaRPr lang="en-GB"/></a:p>'
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(self.name)}/>'
            f"<p:cNvSpPr>{locks}</p:cNvSpPr><p:nvPr><p:ph{ph_attrs}/></p:nvPr></p:nvSpPr>"
            f'<p:spPr>{self.box.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f"{self.fill}</p:spPr>"
            f"<p:txBody><a:bodyPr{body}>{fit}</a:bodyPr>"
            f"<a:lstStyle>{self.lst_style}</a:lstStyle>{paras}</p:txBody></p:sp>"
        )


@dataclass
class Deco:
    """A decorative shape (no text) on a master or layout: a rule or a bar."""

    name: str
    box: Box
    fill: str

    def xml(self, shape_id: int) -> str:
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(self.name)}/>'
            '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
            f'<p:spPr>{self.box.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f"{self.fill}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
        )


def sp_tree(shapes: list[Ph | Deco]) -> str:
    return (
        '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
        '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        + "".join(s.xml(i + 2) for i, s in enumerate(shapes))
        + "</p:spTree>"
    )


# --- Master -----------------------------------------------------------------------------------

TITLE_RULE = Deco(
    "Title Rule",
    Box(MARGIN, TITLE_Y + TITLE_H + inch(0.08), inch(0.9), inch(0.06)),
    solid("accent2"),
)
FOOTER_RULE = Deco(
    "Footer Rule",
    Box(MARGIN, FOOT_Y - inch(0.06), CONTENT_W, inch(0.012)),
    solid("bg2", '<a:lumMod val="90000"/>'),
)

FOOTER_STYLE = lvl(
    1,
    size=10,
    colour="tx1",
    colour_mods='<a:lumMod val="65000"/><a:lumOff val="35000"/>',
    bold=True,
    caps=True,
    spacing=60,
)
SLDNUM_STYLE = lvl(
    1,
    size=10,
    colour="tx1",
    colour_mods='<a:lumMod val="65000"/><a:lumOff val="35000"/>',
    align="r",
)
DATE_STYLE = lvl(
    1,
    size=10,
    colour="tx1",
    colour_mods='<a:lumMod val="65000"/><a:lumOff val="35000"/>',
    align="r",
)
TIGHT = (0.0, 0.03, 0.0, 0.03)


def footers(dark: bool = False, number: bool = True) -> list[Ph | Deco]:
    """Footer (the handling marking) and slide number placeholders for a layout."""
    foot = lvl(1, size=10, colour="bg2", bold=True, caps=True, spacing=60) if dark else ""
    num = lvl(1, size=10, colour="bg2", align="r") if dark else ""
    shapes: list[Ph | Deco] = [
        Ph(
            "ftr",
            11,
            "Footer Placeholder",
            FOOTER_BOX,
            lst_style=foot,
            anchor="ctr",
            insets=TIGHT,
            size="quarter",
        ),
    ]
    if number:
        shapes.append(
            Ph(
                "sldNum",
                12,
                "Slide Number Placeholder",
                SLDNUM_BOX,
                lst_style=num,
                anchor="ctr",
                insets=TIGHT,
                size="quarter",
            )
        )
    return shapes


def master_xml(base: etree._Element) -> None:
    """Replace the master's shapes and text styles in place (keeping its relationships)."""
    shapes: list[Ph | Deco] = [
        Ph(
            "title",
            None,
            "Title Placeholder",
            TITLE_BOX,
            ("Click to edit the title",),
            anchor="b",
            insets=TIGHT,
            autofit="norm",
        ),
        Ph(
            "body",
            1,
            "Text Placeholder",
            BODY_BOX,
            ("Click to edit text", "Second level", "Third level", "Fourth level", "Fifth level"),
            insets=TIGHT,
            autofit="norm",
        ),
        Ph(
            "dt",
            2,
            "Date Placeholder",
            DATE_BOX,
            lst_style=DATE_STYLE,
            anchor="ctr",
            insets=TIGHT,
            size="half",
        ),
        Ph(
            "ftr",
            3,
            "Footer Placeholder",
            FOOTER_BOX,
            lst_style=FOOTER_STYLE,
            anchor="ctr",
            insets=TIGHT,
            size="quarter",
        ),
        Ph(
            "sldNum",
            4,
            "Slide Number Placeholder",
            SLDNUM_BOX,
            lst_style=SLDNUM_STYLE,
            anchor="ctr",
            insets=TIGHT,
            size="quarter",
        ),
        TITLE_RULE,
        FOOTER_RULE,
    ]
    csld = parse_xml(
        f'<p:cSld {NSDECL}><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
        f"{sp_tree(shapes)}</p:cSld>"
    )
    title_style = lvl(1, size=28, bold=True, colour="tx2", line=95, bullet="", font="+mj-lt")
    body_levels = [
        lvl(
            1,
            size=20,
            colour="tx1",
            mar_l=0.3,
            indent=-0.3,
            bullet="•",
            bullet_colour="accent1",
            space_before=10,
            line=100,
        ),
        lvl(
            2,
            size=18,
            colour="tx1",
            mar_l=0.65,
            indent=-0.3,
            bullet="–",
            bullet_colour="accent3",
            space_before=4,
            line=100,
        ),
        lvl(
            3,
            size=16,
            colour="tx1",
            mar_l=1.0,
            indent=-0.3,
            bullet="•",
            bullet_colour="accent3",
            space_before=3,
            line=100,
        ),
    ] + [
        lvl(
            n,
            size=16,
            colour="tx1",
            mar_l=1.0 + 0.3 * (n - 3),
            indent=-0.3,
            bullet="•",
            bullet_colour="accent3",
            space_before=3,
            line=100,
        )
        for n in range(4, 10)
    ]
    other_levels = [lvl(n, size=18, colour="tx1", bullet=None) for n in range(1, 10)]
    tx_styles = parse_xml(
        f"<p:txStyles {NSDECL}><p:titleStyle>{title_style}</p:titleStyle>"
        f"<p:bodyStyle>{''.join(body_levels)}</p:bodyStyle>"
        f'<p:otherStyle><a:defPPr><a:defRPr lang="en-GB"/></a:defPPr>{"".join(other_levels)}'
        "</p:otherStyle></p:txStyles>"
    )
    base.replace(base.find(f"{{{NS_P}}}cSld"), csld)
    base.replace(base.find(f"{{{NS_P}}}txStyles"), tx_styles)


# --- Layouts ----------------------------------------------------------------------------------

NAVY_BG = f"<p:bg><p:bgPr>{solid('tx2')}<a:effectLst/></p:bgPr></p:bg>"


@dataclass
class Layout:
    name: str
    type: str | None  # the ST_SlideLayoutType, None for a custom layout
    shapes: list[Ph | Deco]
    background: str = ""
    show_master_shapes: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    def xml(self) -> str:
        attrs = f' type="{self.type}"' if self.type else ' userDrawn="1"'
        attrs += ' preserve="1"'
        if not self.show_master_shapes:
            attrs += ' showMasterSp="0"'
        return (
            f"<p:sldLayout {NSDECL}{attrs}><p:cSld name={quoteattr(self.name)}>"
            f"{self.background}{sp_tree(self.shapes)}</p:cSld>"
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
        )


def title_ph() -> Ph:
    return Ph("title", None, "Title", TITLE_BOX, ("Click to edit the title",))


def layouts() -> list[Layout]:
    """Every layout of the template, in the order PowerPoint shows them."""
    white = "bg1"
    light = "bg2"
    title_slide = Layout(
        "Title Slide",
        "title",
        [
            Deco("Accent Bar", Box(MARGIN, inch(2.0), inch(1.1), inch(0.08)), solid("accent2")),
            Ph(
                "ctrTitle",
                None,
                "Title",
                Box(MARGIN, inch(2.2), inch(11.3), inch(2.0)),
                ("Click to edit the briefing title",),
                anchor="t",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(1, size=40, bold=True, colour=white, line=95, bullet=""),
            ),
            Ph(
                "subTitle",
                1,
                "Subtitle",
                Box(MARGIN, inch(4.3), inch(11.3), inch(0.95)),
                ("Click to edit the subtitle",),
                anchor="t",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(1, size=20, colour=light, bullet="", line=100),
            ),
            Ph(
                "body",
                13,
                "Details",
                Box(MARGIN, inch(5.4), inch(11.3), inch(1.2)),
                ("Period covered, issued date, prepared by",),
                anchor="t",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(
                    1,
                    size=14,
                    colour=light,
                    colour_mods='<a:lumMod val="90000"/>',
                    bullet="",
                    space_before=2,
                    line=100,
                ),
            ),
            Ph(
                "ftr",
                11,
                "Marking",
                Box(MARGIN, inch(0.55), CONTENT_W, inch(0.4)),
                anchor="t",
                insets=TIGHT,
                size="quarter",
                lst_style=lvl(1, size=12, bold=True, colour=white, caps=True, spacing=150),
            ),
        ],
        background=NAVY_BG,
        show_master_shapes=False,
    )
    title_content = Layout(
        "Title and Content",
        "obj",
        [title_ph(), Ph("obj", 1, "Content", BODY_BOX, ("Click to add text",)), *footers()],
    )
    section = Layout(
        "Section Header",
        "secHead",
        [
            Ph(
                "body",
                1,
                "Section Number",
                Box(MARGIN, inch(2.1), inch(6.0), inch(1.3)),
                ("01",),
                anchor="b",
                insets=TIGHT,
                # the accent lightened to 4.9:1 on the navy background (the accessibility check)
                lst_style=lvl(
                    1,
                    size=60,
                    bold=True,
                    colour="accent2",
                    colour_mods='<a:lumMod val="60000"/><a:lumOff val="40000"/>',
                    bullet="",
                    line=90,
                ),
            ),
            Deco("Accent Bar", Box(MARGIN, inch(3.6), inch(1.1), inch(0.08)), solid("accent2")),
            Ph(
                "title",
                None,
                "Title",
                Box(MARGIN, inch(3.85), inch(11.3), inch(2.2)),
                ("Click to edit the section title",),
                anchor="t",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(1, size=36, bold=True, colour=white, line=95, bullet=""),
            ),
            *footers(dark=True),
        ],
        background=NAVY_BG,
        show_master_shapes=False,
    )
    title_only = Layout("Title Only", "titleOnly", [title_ph(), *footers()])
    chart = Layout(
        "Chart",
        None,
        [
            title_ph(),
            Ph(
                "pic",
                13,
                "Chart Picture",
                Box(MARGIN, BODY_Y, CHART_W, CHART_H),
                ("Click the icon to add the chart picture",),
                anchor="ctr",
                lst_style=lvl(1, size=14, colour="tx1", bullet="", align="ctr"),
            ),
            Ph(
                "body",
                14,
                "Caption",
                Box(CAPTION_X, BODY_Y, CAPTION_W, CHART_H),
                ("Figure number, caption and sources",),
                anchor="t",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(
                    1,
                    size=13,
                    colour="tx1",
                    colour_mods='<a:lumMod val="75000"/><a:lumOff val="25000"/>',
                    bullet="",
                    space_before=6,
                    line=100,
                )
                + lvl(
                    2,
                    size=12,
                    colour="tx1",
                    colour_mods='<a:lumMod val="65000"/><a:lumOff val="35000"/>',
                    bullet="",
                    space_before=6,
                    line=100,
                ),
            ),
            *footers(),
        ],
    )
    # Six cards, two rows of three: a slide holds up to six figures, and the renderer centres
    # a part-filled grid (five: three above two).
    gap = inch(0.3)
    card_w = (CONTENT_W - 2 * gap) // 3
    value_h, label_h, row_gap = inch(0.8), inch(1.65), inch(0.2)
    values: list[Ph | Deco] = []
    labels: list[Ph | Deco] = []
    card_fill = solid("bg2")
    for i in range(6):
        x = MARGIN + (i % 3) * (card_w + gap)
        y = BODY_Y + (i // 3) * (value_h + label_h + row_gap)  # down to 6.7 in, as the body
        values.append(
            Ph(
                "body",
                20 + i,
                f"Figure Value {i + 1}",
                Box(x, y, card_w, value_h),
                ("17",),
                anchor="b",
                insets=(0.2, 0.1, 0.2, 0.05),
                fill=card_fill,
                lst_style=lvl(1, size=40, bold=True, colour="accent1", bullet="", line=90),
            )
        )
        labels.append(
            Ph(
                "body",
                30 + i,
                f"Figure Label {i + 1}",
                Box(x, y + value_h, card_w, label_h),
                ("What the figure counts", "When, and the source"),
                anchor="t",
                insets=(0.2, 0.1, 0.2, 0.15),
                fill=card_fill,
                lst_style=lvl(
                    1, size=16, bold=True, colour="tx1", bullet="", space_before=0, line=100
                )
                + lvl(  # 4.5:1 at least on the card (the accessibility check)
                    2,
                    size=13,
                    colour="tx1",
                    colour_mods='<a:lumMod val="75000"/><a:lumOff val="25000"/>',
                    bullet="",
                    space_before=6,
                    line=100,
                ),
            )
        )
    key_figures = Layout("Key Figures", None, [title_ph(), *values, *labels, *footers()])
    table = Layout(
        "Table",
        None,
        [
            title_ph(),
            Ph(
                "tbl",
                13,
                "Table",
                Box(MARGIN, BODY_Y, CONTENT_W, inch(4.7)),
                ("Click the icon to add a table",),
            ),
            Ph(
                "body",
                14,
                "Table Notes",
                Box(MARGIN, inch(6.35), CONTENT_W, inch(0.45)),
                ("Table number, notes and sources",),
                anchor="b",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(
                    1,
                    size=12,
                    colour="tx1",
                    colour_mods='<a:lumMod val="65000"/><a:lumOff val="35000"/>',
                    bullet="",
                    line=100,
                ),
            ),
            *footers(),
        ],
    )
    callout = Layout(
        "Callout",
        None,
        [
            title_ph(),
            Ph(
                "body",
                1,
                "Callout Text",
                BODY_BOX,
                ("What each source says, with its citation", "The source"),
                insets=(0.35, 0.2, 0.35, 0.2),
                anchor="t",
                autofit="norm",
                fill=solid("bg2") + f'<a:ln w="{inch(0.025)}">{solid("accent2")}</a:ln>',
                lst_style=lvl(
                    1,
                    size=20,
                    bold=True,
                    colour="tx1",
                    mar_l=0.3,
                    indent=-0.3,
                    bullet="•",
                    bullet_colour="accent2",
                    space_before=14,
                    line=100,
                )
                + lvl(
                    2,
                    size=15,
                    colour="tx1",
                    colour_mods='<a:lumMod val="75000"/><a:lumOff val="25000"/>',
                    mar_l=0.3,
                    bullet="",
                    space_before=3,
                    line=100,
                ),
            ),
            *footers(),
        ],
    )
    sources = Layout(
        "Sources",
        None,
        [
            title_ph(),
            Ph(
                "body",
                1,
                "Source List",
                BODY_BOX,
                ("[1] Author, “Title”, publication, date.",),
                anchor="t",
                insets=TIGHT,
                autofit="norm",
                lst_style=lvl(
                    1,
                    size=14,
                    colour="tx1",
                    mar_l=0.5,
                    indent=-0.5,
                    bullet="",
                    space_before=7,
                    line=100,
                ),
            ),
            *footers(),
        ],
    )
    blank = Layout("Blank", "blank", footers())
    return [
        title_slide,
        title_content,
        section,
        title_only,
        chart,
        key_figures,
        table,
        callout,
        sources,
        blank,
    ]


# --- Notes master -----------------------------------------------------------------------------


def fix_notes_master(notes_master_el: etree._Element) -> None:
    """Make the notes page's slide image 16:9."""
    for sp in notes_master_el.iter(f"{{{NS_P}}}sp"):
        ph = sp.find(f".//{{{NS_P}}}ph")
        if ph is not None and ph.get("type") == "sldImg":
            xfrm = sp.find(f".//{{{NS_A}}}xfrm")
            assert xfrm is not None
            w = inch(6.6)
            h = round(w * SLIDE_H / SLIDE_W)
            xfrm[0].set("x", str((6858000 - w) // 2))
            xfrm[0].set("y", str(inch(0.6)))
            xfrm[1].set("cx", str(w))
            xfrm[1].set("cy", str(h))


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Briefkit</Application><PresentationFormat>Widescreen</PresentationFormat>"
    "<Slides>0</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)

# --- Build ------------------------------------------------------------------------------------


def build() -> bytes:
    """The template as bytes."""
    prs = Presentation()
    prs.slide_width = Emu(SLIDE_W)
    prs.slide_height = Emu(SLIDE_H)
    prs.part._element.sldSz.attrib.pop("type", None)

    master = prs.slide_master
    theme_part = master.part.part_related_by(RT.THEME)
    new_theme = theme_xml(theme_part.blob)
    theme_part._blob = new_theme
    master_xml(master._element)

    wanted = layouts()
    existing = list(prs.slide_layouts)
    for layout in existing[len(wanted) :]:
        prs.slide_layouts.remove(layout)
    for layout, spec in zip(existing, wanted, strict=False):
        new = parse_xml(spec.xml())
        old = layout._element
        for key in list(old.attrib):
            del old.attrib[key]
        for key, value in new.attrib.items():
            old.set(key, value)
        for child in list(old):
            old.remove(child)
        for child in list(new):
            old.append(child)

    # A notes master with the same theme, so speaker notes use the theme fonts too.
    notes_master = prs.notes_master
    notes_theme = notes_master.part.part_related_by(RT.THEME)
    cast(Any, notes_theme)._element = parse_xml(new_theme)
    fix_notes_master(notes_master._element)

    # Drop the 4:3 thumbnail and the printer settings of the built-in template.
    pkg = prs.part.package
    for rel in list(pkg._rels.values()):
        if rel.reltype == RT.THUMBNAIL:
            pkg._rels.pop(rel.rId)
    for rel in list(prs.part.rels.values()):
        if rel.reltype == RT.PRINTER_SETTINGS:
            prs.part.rels.pop(rel.rId)

    for rel in pkg._rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML.encode()

    props = prs.core_properties
    props.title = "Briefkit deck template"
    props.subject = "Slide master and layouts for Briefkit briefings (16:9)"
    props.author = "Briefkit"
    props.last_modified_by = "Briefkit"
    props.keywords = "Briefkit; template"
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME

    raw = io.BytesIO()
    prs.save(raw)
    return normalise_zip(raw.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Build the template (or check it with ``--check``)."""
    return build_command(build, DEFAULT_OUT, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
