"""Recreate, on a copy of a bundled template, the properties of real templates we may not copy.

The public corpus of issue 15 (``/work/corpus/README.md``; the redistributable part is in
``tests/fixtures/templates/``) has templates whose licence keeps them out of the repository. Each
function here changes a python-pptx ``Presentation`` in place so that it shows one of their
properties; ``make_deck`` applies several to ``templates/deck.pptx`` and saves the result:

    make_deck(tmp_path / "gslides.pptx", office_layouts_only, google_slides)

| function | recreates | seen in |
|---|---|---|
| ``office_layouts_only`` | only the stock Office layouts (no Chart, Table, Key Figures...) | most |
| ``google_slides`` | Google Slides names, 0.3 in tall auto-fit bodies, no pic/obj | otelo |
| ``no_layout_placeholders`` | layouts without placeholders (only the master has them) | KEY02 |
| ``big_body`` | 40 pt body text in the master | IETF, bug65228 |
| ``four_by_three`` | 4:3 slide, the masters' and layouts' geometry scaled to it | THU 4:3 |
| ``small_slide`` | a 25.4 x 14.3 cm (10 x 5.625 in) 16:9 slide, geometry scaled | IETF, otelo |
| ``rename_layouts`` | layout names in French, German, Chinese or Russian | THU, stress022 |
| ``libreoffice_style`` | sizes only on prompt text, bare content placeholders | lotpl-* |
| ``master_logo`` | a logo picture on the master in the title's right corner | poi-bug60715 |
| ``confidential_band`` | a filled "Confidential" band on the master over the body's foot | KEY02 |
| ``cover_titles`` | titles 72% of the slide tall, the content a strip under them | lotpl-* |
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.oxml.shapes.picture import CT_Picture
from pptx.presentation import Presentation as PresentationType
from pptx.shapes.autoshape import Shape
from pptx.util import Cm, Emu, Inches, Pt

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_DECK = ROOT / "templates" / "deck.pptx"
NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
P_SP = f"{{{NS['p']}}}sp"
OFFICE_LAYOUTS = ("Title Slide", "Title and Content", "Section Header", "Title Only", "Blank")
GOOGLE_NAMES = {
    "Title Slide": "TITLE",
    "Title and Content": "TITLE_AND_BODY",
    "Section Header": "SECTION_HEADER",
    "Title Only": "TITLE_ONLY",
    "Blank": "BLANK",
}
LAYOUT_NAMES = {
    "fr": {
        "Title Slide": "Diapositive de titre",
        "Title and Content": "Titre et contenu",
        "Section Header": "Titre de section",
        "Title Only": "Titre seul",
        "Blank": "Vide",
    },
    "de": {
        "Title Slide": "Titelfolie",
        "Title and Content": "Titel und Inhalt",
        "Section Header": "Abschnittsüberschrift",
        "Title Only": "Nur Titel",
        "Blank": "Leer",
    },
    "zh": {
        "Title Slide": "标题幻灯片",
        "Title and Content": "标题和内容",
        "Section Header": "节标题",
        "Title Only": "仅标题",
        "Blank": "空白",
    },
    "ru": {
        "Title Slide": "Титульный слайд",
        "Title and Content": "Заголовок и объект",
        "Section Header": "Заголовок раздела",
        "Title Only": "Только заголовок",
        "Blank": "Пустой слайд",
    },
}


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain-coloured PNG, enough to stand for a logo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


LOGO_PNG = _png(16, 16, (0x80, 0x10, 0x10))

Quirk = Callable[[PresentationType], None]


def make_deck(dst: Path, *quirks: Quirk, base: Path = BUNDLED_DECK) -> Path:
    """``base`` with every quirk applied in order, saved to ``dst``."""
    prs = Presentation(str(base))
    for quirk in quirks:
        quirk(prs)
    prs.save(str(dst))
    return dst


def _layouts(prs: PresentationType) -> list:  # type: ignore[type-arg]
    return [layout for master in prs.slide_masters for layout in master.slide_layouts]


def _rename(layout: object, name: str) -> None:
    layout._element.find("p:cSld", NS).set("name", name)  # type: ignore[attr-defined]


def _placeholder_type(sp: etree._Element) -> str:
    ph = sp.find(".//p:nvPr/p:ph", NS)
    return "" if ph is None else ph.get("type", "obj")


def office_layouts_only(prs: PresentationType) -> None:
    """Drop the layouts a stock Office template does not have (Chart, Table, Key Figures...)."""
    for master in prs.slide_masters:
        for layout in list(master.slide_layouts):
            if layout.name not in OFFICE_LAYOUTS:
                master.slide_layouts.remove(layout)


def google_slides(prs: PresentationType, body_height: float = 0.3) -> None:
    """Google Slides export: its layout names, content placeholders turned into 0.3 in tall
    auto-fit bodies, and its 10 x 5.625 in slide."""
    _scale(prs, Inches(10) / prs.slide_width, Inches(5.625) / prs.slide_height)
    for layout in _layouts(prs):
        _rename(layout, GOOGLE_NAMES.get(layout.name, layout.name.upper().replace(" ", "_")))
        for sp in layout.shapes._spTree.iterchildren(P_SP):
            kind = _placeholder_type(sp)
            if kind not in ("obj", "body", "pic", "tbl", "subTitle"):
                continue
            ph = sp.find(".//p:nvPr/p:ph", NS)
            ph.set("type", "body")
            ext = sp.find("p:spPr/a:xfrm/a:ext", NS)
            if ext is not None:
                ext.set("cy", str(Inches(body_height)))
            body_pr = sp.find("p:txBody/a:bodyPr", NS)
            if body_pr is not None:
                for child in list(body_pr):
                    if etree.QName(child).localname.endswith("Autofit"):
                        body_pr.remove(child)
                etree.SubElement(body_pr, f"{{{NS['a']}}}normAutofit")


def no_layout_placeholders(prs: PresentationType) -> None:
    """Layouts with no placeholders at all: only the master has them."""
    for layout in _layouts(prs):
        tree = layout.shapes._spTree
        for sp in list(tree):
            if sp.find(".//p:nvPr/p:ph", NS) is not None:
                tree.remove(sp)


def big_body(prs: PresentationType, size: float = 40) -> None:
    """Body text of ``size`` points at every level of the master, none set lower down."""
    for master in prs.slide_masters:
        body = master._element.find("p:txStyles/p:bodyStyle", NS)
        for level in body if body is not None else []:
            rpr = level.find("a:defRPr", NS)
            if rpr is not None:
                rpr.set("sz", str(int(size * 100)))
    for layout in _layouts(prs):
        for rpr in layout._element.iterfind(".//p:txBody/a:lstStyle//a:defRPr", NS):
            rpr.attrib.pop("sz", None)


def four_by_three(prs: PresentationType) -> None:
    """A 4:3 slide (10 x 7.5 in), the masters' and layouts' shapes squeezed to it."""
    _scale(prs, Inches(10) / prs.slide_width, Inches(7.5) / prs.slide_height)


def small_slide(prs: PresentationType) -> None:
    """A 16:9 slide of 10 x 5.625 in (PowerPoint's older 16:9 size), shapes scaled to it."""
    _scale(prs, Inches(10) / prs.slide_width, Inches(5.625) / prs.slide_height)


def rename_layouts(prs: PresentationType, lang: str = "fr") -> None:
    """Stock layout names in another language (fr, de, zh, ru)."""
    names = LAYOUT_NAMES[lang]
    for layout in _layouts(prs):
        _rename(layout, names.get(layout.name, layout.name))


def libreoffice_style(prs: PresentationType) -> None:
    """As LibreOffice saves: no sizes in the master's styles or the layouts' list styles, the
    size only on each placeholder's empty prompt paragraph, content placeholders as bare
    ``<p:ph/>`` (no type, no idx)."""
    for master in prs.slide_masters:
        for rpr in master._element.iterfind("p:txStyles//a:defRPr", NS):
            rpr.attrib.pop("sz", None)
    for layout in _layouts(prs):
        for sp in layout.shapes._spTree.iterchildren(P_SP):
            kind = _placeholder_type(sp)
            if not kind or kind in ("dt", "ftr", "sldNum"):
                continue
            for rpr in sp.iterfind("p:txBody/a:lstStyle//a:defRPr", NS):
                rpr.attrib.pop("sz", None)
            size = {"title": 4400, "ctrTitle": 4400}.get(kind, 3200)
            for para in sp.iterfind("p:txBody/a:p", NS):
                end = para.find("a:endParaRPr", NS)
                if end is None:
                    end = etree.SubElement(para, f"{{{NS['a']}}}endParaRPr")
                end.set("sz", str(size))
            if kind == "obj":
                ph = sp.find(".//p:nvPr/p:ph", NS)
                for attr in ("type", "idx", "sz"):
                    ph.attrib.pop(attr, None)


def master_logo(prs: PresentationType) -> None:
    """A logo picture on the master, in the right corner of the title's box."""
    for master in prs.slide_masters:
        title = next(s for s in master.placeholders if s.placeholder_format.type == 1)
        size = Emu(int(title.height * 0.8))
        left = Emu(title.left + title.width - size)
        top = Emu(title.top + (title.height - size) // 2)
        _, rid = master.part.get_or_add_image_part(io.BytesIO(LOGO_PNG))
        pic = CT_Picture.new_pic(_next_id(master), "Logo", "logo", rid, left, top, size, size)
        _append(master, pic)


def confidential_band(prs: PresentationType, text: str = "Confidential") -> None:
    """A filled band with ``text`` on the master, across the foot of the body's box."""
    for master in prs.slide_masters:
        body = next(s for s in master.placeholders if s.placeholder_format.type == 2)
        height = Inches(0.4)
        top = Emu(body.top + body.height - height)
        sp = CT_Shape.new_autoshape_sp(
            _next_id(master), "Confidential band", "rect", 0, top, prs.slide_width, height
        )
        _append(master, sp)
        band = Shape(sp, master.shapes)
        band.fill.solid()
        band.fill.fore_color.rgb = RGBColor(0xC0, 0x00, 0x00)
        band.line.fill.background()
        band.text_frame.text = text
        band.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
        band.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def cover_titles(prs: PresentationType) -> None:
    """Every layout made like a cover: its title 72% of the slide tall from the top, its one
    content or text placeholder a 0.7 cm strip under it (LibreOffice's "Typography" masters)."""
    height = int(prs.slide_height)
    for layout in _layouts(prs):
        for shape in layout.placeholders:
            kind = _placeholder_type(shape._element)
            if kind in ("title", "ctrTitle"):
                shape.top, shape.height = int(0.04 * height), int(0.72 * height)
            elif kind in ("obj", "body"):
                shape.top, shape.height = int(0.85 * height), Cm(0.7)


def _next_id(master: object) -> int:
    ids = [int(i) for i in master._element.xpath("//p:cNvPr/@id")]  # type: ignore[attr-defined]
    return max(ids, default=0) + 1


def _append(master: object, element: etree._Element) -> None:
    """Put a new shape at the end of the master's shape tree (before any extLst)."""
    tree = master.shapes._spTree  # type: ignore[attr-defined]
    ext = tree.find("p:extLst", NS)
    if ext is None:
        tree.append(element)
    else:
        ext.addprevious(element)


def _scale(prs: PresentationType, sx: float, sy: float) -> None:
    """Resize the slide by ``sx``, ``sy`` and move every master and layout shape with it."""
    prs.slide_width = Emu(int(prs.slide_width * sx))
    prs.slide_height = Emu(int(prs.slide_height * sy))
    parts = [m._element for m in prs.slide_masters] + [lay._element for lay in _layouts(prs)]
    for element in parts:
        for xfrm in element.iterfind(".//p:spTree//a:xfrm", NS):
            off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
            if off is not None:
                off.set("x", str(int(int(off.get("x")) * sx)))
                off.set("y", str(int(int(off.get("y")) * sy)))
            if ext is not None:
                ext.set("cx", str(int(int(ext.get("cx")) * sx)))
                ext.set("cy", str(int(int(ext.get("cy")) * sy)))


ALL_QUIRKS: dict[str, tuple[Quirk, ...]] = {
    "google-slides": (office_layouts_only, google_slides),
    "no-layout-placeholders": (office_layouts_only, four_by_three, no_layout_placeholders),
    "big-body": (office_layouts_only, big_body),
    "four-by-three": (office_layouts_only, four_by_three),
    "french-names": (office_layouts_only, lambda p: rename_layouts(p, "fr")),
    "chinese-names": (office_layouts_only, lambda p: rename_layouts(p, "zh")),
    "libreoffice": (office_layouts_only, libreoffice_style),
    "logo-and-band": (office_layouts_only, master_logo, confidential_band),
}


def make_all(folder: Path) -> list[Path]:
    """Every recreated template of ``ALL_QUIRKS`` as ``folder/quirk-<name>.pptx``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [make_deck(folder / f"quirk-{name}.pptx", *q) for name, q in ALL_QUIRKS.items()]


def copy_of(prs: PresentationType) -> PresentationType:
    """An independent copy of a presentation (save and reopen)."""
    buffer = io.BytesIO()
    prs.save(buffer)
    buffer.seek(0)
    return Presentation(buffer)


__all__ = [
    "ALL_QUIRKS",
    "big_body",
    "confidential_band",
    "copy_of",
    "four_by_three",
    "google_slides",
    "libreoffice_style",
    "make_all",
    "make_deck",
    "master_logo",
    "no_layout_placeholders",
    "office_layouts_only",
    "rename_layouts",
]
