"""Measuring functions of ``template_corpus.py``: a rendered deck or report against issue 15.

A deck is read twice: its shapes from the .pptx (python-pptx geometry, in points) and its words
from LibreOffice's PDF (``pdftotext -bbox-layout``). Each PDF word is given to the shape whose text
holds it (the nearest one when several do); then

- ``outside``: a word whose box leaves its shape's rectangle by more than ``TOLERANCE`` points,
  or leaves the page;
- ``overlaps``: a word over a word of another shape, over a picture, chart or table of the slide,
  or over the template's artwork (the non-placeholder pictures, filled shapes and text of the
  slide's layout and master), unless the template itself puts that placeholder over that
  artwork: a title on its coloured band, or a slide number, footer or date placeholder that the
  slide's layout itself holds (in the template, not copied there by Briefkit) over that same
  layout's artwork (65228's slide number over its "vertraulich" text: the layout shows both).

Word boxes are shrunk vertically by ``GLYPH_INSET`` of their height on each side: pdftotext
gives the font's whole line height, so two touching lines would otherwise overlap.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

TOLERANCE = 2.0  # points a word may leave its shape by
MIN_OVERLAP = 1.0  # points two boxes must share, both ways, to count as over each other
GLYPH_INSET = 0.18  # share of a word box's height dropped at top and bottom
WORDS_IN_CELL = 4  # a cell paragraph this long shown a word a line is a failure
BACKGROUND_SHARE = 0.5  # artwork covering more of the slide than this is a background
NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
A_T = f"{{{NS['a']}}}t"
A_P = f"{{{NS['a']}}}p"
FILLS = ("a:solidFill", "a:gradFill", "a:blipFill", "a:pattFill")

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points


@dataclass
class Word:
    """One word the PDF shows, its box in points and its neighbours on the line."""

    text: str
    box: Box
    prev: str = ""
    next: str = ""


@dataclass
class Region:
    """A shape of the slide (or of its layout or master) that holds text or covers the slide."""

    name: str
    box: Box
    tokens: set[str] = field(default_factory=set)
    bigrams: set[tuple[str, str]] = field(default_factory=set)
    kind: str = "text"  # text | picture | table | artwork | artwork-text
    grows_down: bool = False  # spAutoFit: the box grows with its text
    design_box: Box | None = None  # where the template puts this placeholder
    layout_furniture: bool = False  # a date/footer/slide number the template's layout holds
    origin: str = ""  # for artwork: "layout" or "master"


def norm(token: str) -> str:
    """A word as compared between PDF and XML: NFKC, lower case, without edge punctuation."""
    token = unicodedata.normalize("NFKC", token).lower()
    return token.strip(".,;:!?()[]{}\"'«»“”‘’…-–—•·*/")


def pdf_words(pdf: Path) -> list[tuple[tuple[float, float], list[list[Word]]]]:
    """Per page: its size and its lines of words, from ``pdftotext -bbox-layout``."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    text = re.sub(rb"<!DOCTYPE[^>]*>", b"", out)
    root = ET.fromstring(text)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        size = (float(page.get("width", 0)), float(page.get("height", 0)))
        lines: list[list[Word]] = []
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            words = [
                Word(
                    w.text or "",
                    (
                        float(w.get("xMin", 0)),
                        float(w.get("yMin", 0)),
                        float(w.get("xMax", 0)),
                        float(w.get("yMax", 0)),
                    ),
                )
                for w in line.iter("{http://www.w3.org/1999/xhtml}word")
            ]
            for i, w in enumerate(words):
                w.prev = norm(words[i - 1].text) if i else ""
                w.next = norm(words[i + 1].text) if i + 1 < len(words) else ""
            lines.append(words)
        pages.append((size, lines))
    return pages


def _pt(value: int | None) -> float:
    return Emu(value or 0).pt


def _box_of(shape: Any) -> Box | None:
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    x, y = _pt(shape.left), _pt(shape.top)
    return (x, y, x + _pt(shape.width), y + _pt(shape.height))


def _tokens(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """A shape's words and pairs of neighbouring words; a hyphenated word also as its parts
    (LibreOffice breaks "2011-2016" after the hyphen, and the PDF then shows "2011-", "2016")."""
    whole = [w for w in (norm(t) for t in text.split()) if w]
    parts = [w for t in text.split() for w in (norm(p) for p in re.split(r"(?<=[-–])", t)) if w]
    return {*whole, *parts}, {*itertools.pairwise(whole), *itertools.pairwise(parts)}


def _shape_text(shape: Any) -> str:
    if shape.has_text_frame:
        return str(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        return " ".join(c.text for row in shape.table.rows for c in row.cells)
    return ""


def _grows_down(shape: Any) -> bool:
    """Whether the shape's text box (or what it inherits) resizes to fit its text."""
    element = shape._element
    if element.xpath(".//a:bodyPr/a:spAutoFit"):
        return True
    if shape.is_placeholder:
        try:
            layout_ph = shape._base_placeholder
        except Exception:
            layout_ph = None
        while layout_ph is not None:
            if layout_ph._element.xpath(".//a:bodyPr/a:spAutoFit"):
                return True
            try:
                layout_ph = layout_ph._base_placeholder
            except Exception:
                layout_ph = None
    return False


def _design_box(shape: Any) -> Box | None:
    """Where the slide's layout (or master) puts this placeholder."""
    if not shape.is_placeholder:
        return None
    try:
        base = shape._base_placeholder
    except Exception:
        return None
    while base is not None:
        box = _box_of(base) if base._element.xpath("./p:spPr/a:xfrm") else None
        if box is not None:
            return box
        try:
            base = base._base_placeholder
        except Exception:
            return None
    return None


def _has_fill(sp: Any) -> bool:
    sppr = sp.find("p:spPr", NS)
    if sppr is None:
        return False
    if any(sppr.find(f, NS) is not None for f in FILLS):
        return True
    if sppr.find("a:noFill", NS) is not None:
        return False
    ref = sp.find("p:style/a:fillRef", NS)
    return ref is not None and ref.get("idx", "0") != "0"


def _xfrm_box(el: Any) -> Box | None:
    off = el.find(".//a:xfrm/a:off", NS)
    ext = el.find(".//a:xfrm/a:ext", NS)
    if off is None or ext is None:
        return None
    x, y = _pt(int(off.get("x"))), _pt(int(off.get("y")))
    return (x, y, x + _pt(int(ext.get("cx"))), y + _pt(int(ext.get("cy"))))


FURNITURE = ("dt", "ftr", "sldNum")


def layout_furniture(template: Path | None) -> dict[str, set[str]]:
    """The date, footer and slide-number placeholders each layout of ``template`` holds itself
    (by layout name): what the template's design puts over that layout's artwork."""
    if template is None:
        return {}
    import io

    from briefkit.render.deck.template import load_deck_template

    prs = Presentation(io.BytesIO(load_deck_template(template).package))
    return {
        layout.name: {
            ph.get("type")
            for ph in layout._element.iterfind(".//p:nvPr/p:ph", NS)
            if ph.get("type") in FURNITURE
        }
        for layout in prs.slide_layouts
    }


def _furniture_type(shape: Any) -> str | None:
    ph = shape._element.find(".//p:nvPr/p:ph", NS)
    kind = None if ph is None else ph.get("type")
    return kind if kind in FURNITURE else None


def artwork(part_tree: Any, origin: str, slide_area: float) -> list[Region]:
    """The non-placeholder pictures, filled shapes and text of a layout's or master's spTree."""
    regions = []
    for el in part_tree.iterchildren():
        tag = etree.QName(el).localname
        if tag not in ("sp", "pic", "grpSp", "graphicFrame"):
            continue
        if el.find(".//p:nvPr/p:ph", NS) is not None:
            continue
        box = _xfrm_box(el)
        if box is None:
            continue
        area = (box[2] - box[0]) * (box[3] - box[1])
        name_el = el.find(".//p:cNvPr", NS)
        name = f"{origin}: {name_el.get('name') if name_el is not None else tag}"
        text = "".join(t.text or "" for t in el.iter(A_T))
        if text.strip():
            tokens, bigrams = _tokens(
                " ".join("".join(t.text or "" for t in p.iter(A_T)) for p in el.iter(A_P))
            )
            where = origin.split(" ", 1)[0]
            regions.append(Region(name, box, tokens, bigrams, "artwork-text", origin=where))
        elif area < BACKGROUND_SHARE * slide_area and (
            tag in ("pic", "grpSp", "graphicFrame") or _has_fill(el)
        ):
            regions.append(Region(name, box, kind="artwork", origin=origin.split(" ", 1)[0]))
    return regions


def slide_regions(
    slide: Any, slide_area: float, furniture: dict[str, set[str]] | None = None
) -> list[Region]:
    """The slide's own shapes, then its layout's artwork and (if shown) its master's.
    ``furniture``: the date/footer/slide-number placeholders of each of the template's layouts
    (``layout_furniture``); without it, those of the deck's layouts."""
    regions = []
    layout = slide.slide_layout
    own = (furniture or {}).get(layout.name)
    if own is None:
        own = {t for ref in layout.placeholders if (t := _furniture_type(ref))}
    for shape in slide.shapes:
        box = _box_of(shape)
        if box is None:
            continue
        text = _shape_text(shape)
        kind = "text"
        if (
            shape.shape_type == MSO_SHAPE_TYPE.PICTURE
            or (shape.is_placeholder and shape._element.tag.endswith("}pic"))
            or (getattr(shape, "has_chart", False) and shape.has_chart)
        ):
            kind = "picture"
        elif getattr(shape, "has_table", False) and shape.has_table:
            kind = "table"
        elif shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            kind = "picture"
        tokens, bigrams = _tokens(text)
        regions.append(
            Region(
                shape.name,
                box,
                tokens,
                bigrams,
                kind=kind,
                grows_down=kind == "text" and _grows_down(shape),
                design_box=_design_box(shape),
                layout_furniture=_furniture_type(shape) in own,
            )
        )
    regions += artwork(layout.shapes._spTree, f"layout '{layout.name}'", slide_area)
    if layout._element.get("showMasterSp", "1") not in ("0", "false"):
        master = layout.slide_master
        regions += artwork(master.shapes._spTree, "master", slide_area)
    return regions


def _inner(box: Box) -> Box:
    inset = (box[3] - box[1]) * GLYPH_INSET
    return (box[0], box[1] + inset, box[2], box[3] - inset)


def _overlap(a: Box, b: Box) -> bool:
    return (
        min(a[2], b[2]) - max(a[0], b[0]) > MIN_OVERLAP
        and min(a[3], b[3]) - max(a[1], b[1]) > MIN_OVERLAP
    )


def _distance(a: Box, b: Box) -> float:
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return float((dx * dx + dy * dy) ** 0.5)


def owner(word: Word, regions: list[Region]) -> Region | None:
    """The region whose text holds the word: by bigram first, then the nearest holding it."""
    key = norm(word.text)
    if not key:
        return None
    holders = [r for r in regions if key in r.tokens]
    if not holders:
        return None
    paired = [r for r in holders if (word.prev, key) in r.bigrams or (key, word.next) in r.bigrams]
    pool = paired or holders
    best = min(pool, key=lambda r: _distance(_inner(word.box), r.box))
    if len(key) <= 2 and not paired and _distance(_inner(word.box), best.box) > TOLERANCE:
        return None  # "2." of a numbered list is not the slide number's "2"
    return best


def check_slide(
    words: list[Word], regions: list[Region], page: tuple[float, float]
) -> dict[str, list[dict[str, Any]]]:
    """The words of one slide that leave their box or the page, or lie over something else."""
    outside: list[dict[str, Any]] = []
    overlaps: list[dict[str, Any]] = []
    placed: list[tuple[Word, Region]] = []
    unmatched = 0
    for w in words:
        box = _inner(w.box)
        if (
            box[0] < -TOLERANCE
            or box[1] < -TOLERANCE
            or box[2] > page[0] + TOLERANCE
            or (box[3] > page[1] + TOLERANCE)
        ):
            outside.append({"word": w.text, "shape": "page", "box": _r(w.box)})
            continue
        region = owner(w, regions)
        if region is None:
            unmatched += 1
            continue
        placed.append((w, region))
        if region.kind in ("artwork-text",):
            continue
        r = region.box
        bottom = page[1] if region.grows_down else r[3]
        if (
            box[0] < r[0] - TOLERANCE
            or box[2] > r[2] + TOLERANCE
            or box[1] < r[1] - TOLERANCE
            or box[3] > bottom + TOLERANCE
        ):
            outside.append(
                {"word": w.text, "shape": region.name, "box": _r(w.box), "shape_box": _r(r)}
            )
    obstacles = [r for r in regions if r.kind in ("picture", "table", "artwork")]
    for i, (w, region) in enumerate(placed):
        box = _inner(w.box)
        mine = region.kind != "artwork-text"  # the template's own text is not checked
        for other in obstacles if mine else ():
            if other is region or not _overlap(box, other.box) or _by_design(region, other):
                continue
            overlaps.append({"word": w.text, "shape": region.name, "over": other.name})
        for w2, region2 in placed[i + 1 :]:
            if region2 is region or not (mine or region2.kind != "artwork-text"):
                continue
            design = _by_design(region, region2) or _by_design(region2, region)
            if _overlap(box, _inner(w2.box)) and not design:
                overlaps.append(
                    {"word": w.text, "shape": region.name, "over": f"{region2.name} ({w2.text})"}
                )
    return {"outside": outside, "overlaps": overlaps, "unmatched": [{"count": unmatched}]}


def _by_design(region: Region, art: Region) -> bool:
    """Whether the template itself puts this placeholder on that artwork (a title on its band):
    the artwork, without text, covers half the placeholder's box or more; or a date, footer or
    slide number the layout holds itself over that layout's artwork."""
    if region.layout_furniture and art.origin == "layout":
        return True
    if art.kind != "artwork" or region.design_box is None:
        return False
    d, a = region.design_box, art.box
    shared = max(0.0, min(d[2], a[2]) - max(d[0], a[0])) * max(
        0.0, min(d[3], a[3]) - max(d[1], a[1])
    )
    area = (d[2] - d[0]) * (d[3] - d[1])
    return area > 0 and shared >= 0.5 * area


def _r(box: Box) -> list[float]:
    return [round(v, 1) for v in box]


def check_deck(pptx: Path, pdf: Path, template: Path | None = None) -> dict[str, Any]:
    """Every slide of a rendered deck: text outside its box, text over something else
    (``template``: the deck's template, for what its layouts hold themselves)."""
    prs = Presentation(str(pptx))
    furniture = layout_furniture(template)
    page_w, page_h = _pt(prs.slide_width), _pt(prs.slide_height)
    pages = pdf_words(pdf)
    slides: list[dict[str, Any]] = []
    for number, (slide, (size, lines)) in enumerate(zip(prs.slides, pages, strict=False), 1):
        sx, sy = size[0] / page_w, size[1] / page_h
        words = [
            Word(
                w.text, (w.box[0] / sx, w.box[1] / sy, w.box[2] / sx, w.box[3] / sy), w.prev, w.next
            )
            for line in lines
            for w in line
        ]
        regions = slide_regions(slide, page_w * page_h, furniture)
        found = check_slide(words, regions, (page_w, page_h))
        if found["outside"] or found["overlaps"]:
            slides.append(
                {"slide": number, "outside": found["outside"], "overlaps": found["overlaps"]}
            )
    if len(pages) != len(prs.slides):  # LibreOffice lost or added slides: say so, fail
        slides.append({"slide": 0, "outside": [{"word": "", "shape": "pdf pages"}], "overlaps": []})
    return {
        "slides": len(prs.slides),
        "pdf_pages": len(pages),
        "outside": sum(len(s["outside"]) for s in slides),
        "overlaps": sum(len(s["overlaps"]) for s in slides),
        "problem_slides": slides,
    }


def deck_charts(pptx: Path) -> dict[str, Any]:
    """The charts (pictures and native chart frames) on the slides, and the slides' titles."""
    prs = Presentation(str(pptx))
    charts = 0
    titled: dict[str, bool] = {}
    for slide in prs.slides:
        here = 0
        for shape in slide.shapes:
            if (
                shape.shape_type == MSO_SHAPE_TYPE.PICTURE
                or (shape.is_placeholder and shape._element.tag.endswith("}pic"))
                or (getattr(shape, "has_chart", False) and shape.has_chart)
            ):
                here += 1
        charts += here
        title = slide.shapes.title
        if title is not None and title.has_text_frame and title.text_frame.text.strip():
            key = " ".join(title.text_frame.text.split())
            titled[key] = titled.get(key, False) or here > 0
    return {"charts": charts, "slides": len(prs.slides), "titles": titled}


def _continuation_marks() -> tuple[str, ...]:
    """The words the deck puts in brackets after a continued slide's title, in every language
    Briefkit speaks ("continued", "продолжение")."""
    import yaml

    data = Path(__file__).resolve().parents[1] / "data"
    marks: list[str] = []
    for path in (data / "language.yaml", *sorted(data.glob("translations/*/language.yaml"))):
        words = yaml.safe_load(path.read_text(encoding="utf-8"))

        def find(node: Any) -> str | None:
            if isinstance(node, dict):
                if isinstance(node.get("continued"), str):
                    return str(node["continued"])
                return next((w for v in node.values() if (w := find(v))), None)
            return None

        word = find(words)
        if word:
            marks.append(f"({word})")
    return tuple(marks)


CONTINUED = _continuation_marks()
_FURNITURE = {"dt", "ftr", "sldNum", "title", "ctrTitle"}


def orphan_slides(pptx: Path, marks: tuple[str, ...] = CONTINUED) -> list[int]:
    """Continued slides (the title ends with a continuation mark) that hold a single item: one
    paragraph of text, or a table with one row under its header (issue 15: never a slide with
    a single bullet left over)."""
    prs = Presentation(str(pptx))
    found: list[int] = []
    for number, slide in enumerate(prs.slides, 1):
        title = slide.shapes.title
        text = " ".join(title.text_frame.text.split()) if title is not None else ""
        if not text.endswith(marks):
            continue
        paragraphs, rows, figures = 0, [], 0
        for shape in slide.shapes:
            kind = shape.placeholder_format.type if shape.is_placeholder else None
            if kind is not None and _ph_name(kind) in _FURNITURE:
                continue
            if getattr(shape, "has_table", False) and shape.has_table:
                table = shape.table
                rows.append(len(table.rows) - (1 if table.first_row else 0))
            elif shape.has_text_frame:
                paragraphs += sum(1 for p in shape.text_frame.paragraphs if p.text.strip())
            else:
                figures += 1
        if rows == [1] or (not rows and not figures and paragraphs == 1):
            found.append(number)
    return found


def _ph_name(kind: Any) -> str:
    """A placeholder type as the XML spells it (``sldNum``, ``ftr``...)."""
    return {1: "title", 3: "ctrTitle", 13: "sldNum", 15: "ftr", 16: "dt"}.get(int(kind), "")


def chart_slides_without_figure(reference: dict[str, Any], output: dict[str, Any]) -> list[str]:
    """Titles of the reference's chart slides that appear in the output with no figure."""
    return sorted(
        t
        for t, has_chart in reference["titles"].items()
        if has_chart and t in output["titles"] and not output["titles"][t]
    )


def report_pictures(docx: Path) -> int:
    """Inline pictures in a Word document's body."""
    import zipfile

    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf8")
    return body.count("<pic:pic ") + body.count("<pic:pic>")


def report_cells(docx: Path) -> list[list[str]]:
    """The words of every table-cell paragraph of four words or more."""
    from docx import Document

    cells = []
    for table in Document(str(docx)).tables:
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    words = [w for w in (norm(t) for t in para.text.split()) if w]
                    if len(words) >= WORDS_IN_CELL and words not in cells:
                        cells.append(words)
    return cells


def one_word_lines(cells: list[list[str]], pdf: Path) -> list[str]:
    """Cell paragraphs whose first four words the PDF shows on four lines of one word each."""
    lines = [
        [norm(w.text) for w in line] for _size, page_lines in pdf_words(pdf) for line in page_lines
    ]
    singles = [line[0] if len(line) == 1 else None for line in lines]
    found = []
    for words in cells:
        head = words[:WORDS_IN_CELL]
        for i in range(len(singles) - WORDS_IN_CELL + 1):
            if singles[i : i + WORDS_IN_CELL] == head:
                found.append(" ".join(words)[:60])
                break
    return found


def pdf_pages(pdf: Path) -> int:
    """Number of pages of a PDF."""
    return len(pdf_words(pdf))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def report_body_pt(template: Path) -> float:
    """The body size (pt) of a Word template: its default paragraph style's, else the document
    defaults', else Word's 10 pt."""
    import zipfile

    with zipfile.ZipFile(template) as package:
        safe = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(package.read("word/styles.xml"), safe)
    normal = root.find(f"{_W}style[@{_W}type='paragraph'][@{_W}default='1']")
    for holder in (normal, root.find(f"{_W}docDefaults/{_W}rPrDefault")):
        size = None if holder is None else holder.find(f".//{_W}rPr/{_W}sz")
        if size is not None and size.get(f"{_W}val", "").isdigit():
            return int(size.get(f"{_W}val")) / 2
    return 10.0


def missing_style_warning(text: str) -> bool:
    """Whether a warning is about the template's Word styles (not ``--house-style`` etc.)."""
    return re.search(r"(?<![-\w])styles?\b", text) is not None
