"""The accessibility rules for a PowerPoint deck: titles, alt text, tables, reading order,
contrast, text size and the language of each run."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from briefkit.messages import Message, message
from briefkit.render.accessibility.drawing import (
    A,
    P,
    fill_of,
    iter_shapes,
    level_style,
    placeholder,
    text_of,
)
from briefkit.render.accessibility.findings import (
    MIN_SLIDE_POINTS,
    Finding,
    Rule,
    contrast_problem,
    place,
)
from briefkit.render.accessibility.languages import is_alt_text, language_problem, short
from briefkit.render.accessibility.slide_view import DeckMemo, RunStyle, SlideView
from briefkit.render.accessibility.table_styles import NO_LOOK, CellLook, TableStyles
from briefkit.render.office.parts import PackageParts

__all__ = ["check_deck"]

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"
_SKIPPED_IN_ORDER = frozenset({"dt", "ftr", "sldNum", "hdr"})
MAX_SLIDES = 2000


def check_deck(parts: PackageParts, name: str) -> list[Finding]:
    """Every finding in a deck's slides (and its notes' language)."""
    presentation = parts.xml("ppt/presentation.xml")
    if presentation is None:
        return [Finding(name, place("presentation"), Rule.SLIDE_TITLE, message("a11y_no_slides"))]
    defaults = presentation.find(f"{P}defaultTextStyle")
    found: list[Finding] = []
    titles: dict[str, int] = {}
    memo = DeckMemo()
    styles = TableStyles(parts)
    ids = presentation.find(f"{P}sldIdLst")
    for number, entry in enumerate(ids if ids is not None else [], start=1):
        if number > MAX_SLIDES:
            break
        part = parts.target("ppt/presentation.xml", entry)
        slide = parts.xml(part) if part else None
        layout_part = parts.related(part, "/slideLayout")
        layout = parts.xml(layout_part) if layout_part else None
        master_part = parts.related(layout_part, "/slideMaster")
        master = parts.xml(master_part) if master_part else None
        if part is None or slide is None or layout is None or master is None:
            continue
        theme_part = parts.related(master_part, "/theme")
        theme = parts.xml(theme_part) if theme_part else None
        view = SlideView(slide, layout, master, theme, defaults, memo)
        where = place("slide", n=number)
        found += _slide(view, styles, name, where, titles, number)
        found += _notes(parts, part, defaults, name, where)
    return found


def _slide(
    view: SlideView,
    styles: TableStyles,
    name: str,
    where: str,
    titles: dict[str, int],
    number: int,
) -> list[Finding]:
    tree = view.slide.find(f"{P}cSld/{P}spTree")
    shapes = list(iter_shapes(tree)) if tree is not None else []
    found = _title(shapes, name, where, titles, number)
    found += _reading_order(view, shapes, name, where)
    for shape in shapes:
        found += _alt_text(shape, name, where)
        found += _table(shape, name, where)
    found += _text(view, styles, shapes, name, where)
    return found


def _title(
    shapes: list[Any], name: str, where: str, titles: dict[str, int], number: int
) -> list[Finding]:
    title = next(
        (
            text_of(s).strip()
            for s in shapes
            if (placeholder(s) or ("",))[0] in ("title", "ctrTitle")
        ),
        "",
    )
    if not title:
        return [Finding(name, where, Rule.SLIDE_TITLE, message("a11y_slide_no_title"))]
    key = " ".join(title.casefold().split())
    if key in titles:
        return [
            Finding(
                name,
                where,
                Rule.UNIQUE_TITLE,
                message("a11y_same_title", title=title, n=titles[key]),
            )
        ]
    titles[key] = number
    return []


def _alt_text(shape: Any, name: str, where: str) -> list[Finding]:
    tag = str(shape.tag).removeprefix(P)
    if tag == "pic":
        what = "picture"
    elif tag == "graphicFrame":
        uri = str(
            getattr(shape.find(f"{A}graphic/{A}graphicData"), "get", lambda *_: "")("uri", "")
        )
        if uri.endswith("/chart") or "chart" in uri.rsplit("/", 1)[-1]:
            what = "chart"
        elif uri.endswith("/diagram"):
            what = "diagram"
        else:
            return []
    else:
        return []
    props = next((e for e in shape.iter(f"{P}cNvPr")), None)
    if props is None:
        return []
    if is_alt_text(props.get("descr")) or is_alt_text(props.get("title")):
        return []
    if any(
        str(e.tag).startswith("{" + _DECORATIVE) and e.get("val") in ("1", "true")
        for e in props.iter()
    ):
        return []
    label = props.get("name") or what
    said = message("a11y_no_alt", what=message(f"a11y_what_{what}"), label=label)
    return [Finding(name, where, Rule.ALT_TEXT, said)]


def _table(shape: Any, name: str, where: str) -> list[Finding]:
    table = shape.find(f"{A}graphic/{A}graphicData/{A}tbl")
    if table is None:
        return []
    found = []
    props = table.find(f"{A}tblPr")
    if props is None or props.get("firstRow") not in ("1", "true"):
        found.append(Finding(name, where, Rule.TABLE_HEADER, message("a11y_no_header_row")))
    for cell in table.iter(f"{A}tc"):
        spans = (cell.get("gridSpan", "1"), cell.get("rowSpan", "1"))
        merged = cell.get("hMerge") in ("1", "true") or cell.get("vMerge") in ("1", "true")
        if merged or spans != ("1", "1"):
            found.append(Finding(name, where, Rule.MERGED_CELLS, message("a11y_merged_cells")))
            break
    return found


def _reading_order(view: SlideView, shapes: list[Any], name: str, where: str) -> list[Finding]:
    """The title first, then the rest top to bottom and left to right (the tree's order is
    the order a screen reader reads)."""
    tree = view.slide.find(f"{P}cSld/{P}spTree")
    read = []
    for shape in shapes:
        if shape.getparent() is not tree:
            continue
        ph = placeholder(shape)
        if ph is not None and (
            ph[0] in _SKIPPED_IN_ORDER or (shape.tag == f"{P}sp" and not text_of(shape).strip())
        ):
            continue
        box = view.box(shape)
        if box is not None:
            read.append((shape, box, ph))
    titled = [
        i for i, (_, _, ph) in enumerate(read) if ph is not None and ph[0] in ("title", "ctrTitle")
    ]
    if titled and titled[0] != 0:
        return [Finding(name, where, Rule.READING_ORDER, message("a11y_title_not_first"))]
    rest = read[1:] if titled else read  # the title is first; the others follow the eye
    for (one, box, _), (other, later, _) in itertools.pairwise(rest):
        if later.above(box) or later.left_of_beside(box):
            first_name = _name(one)
            second_name = _name(other)
            return [
                Finding(
                    name,
                    where,
                    Rule.READING_ORDER,
                    message("a11y_read_after", second=second_name, first=first_name),
                )
            ]
    return []


def _name(shape: Any) -> str:
    props = next((e for e in shape.iter(f"{P}cNvPr")), None)
    return str(props.get("name", "")) if props is not None else ""


def _runs(body: Any) -> Iterator[tuple[Any, Any, str]]:
    """(paragraph, run properties, text) of each run and field in a text body."""
    for paragraph in body.iter(f"{A}p"):
        for run in paragraph:
            if run.tag in (f"{A}r", f"{A}fld"):
                yield (
                    paragraph,
                    run.find(f"{A}rPr"),
                    "".join(t.text or "" for t in run.iter(f"{A}t")),
                )


def _text(
    view: SlideView, styles: TableStyles, shapes: list[Any], name: str, where: str
) -> list[Finding]:
    """Contrast, size and language of every run with text; one finding per rule and shape."""
    found: list[Finding] = []
    for shape in shapes:
        box = view.box(shape)
        bodies: list[tuple[Any, CellLook | None]] = [(b, None) for b in shape.findall(f"{P}txBody")]
        bodies += list(_cells(view, styles, shape))
        seen: set[Rule] = set()
        for body, look in bodies:
            in_table = look is not None
            fill = _cell_fill(view, body, look, shape, box) if look is not None else None
            over_picture = False
            if not in_table and box is not None:
                fill = view.background_under(shape, box)
                over_picture = fill is None
            owner = _template_owner(view, shape, body, look, box)
            for paragraph, rpr, text in _runs(body):
                if not text.strip():
                    continue
                table_text = look.text if look is not None else None
                style = view.run_style(shape, paragraph, rpr, in_table, table_text)
                own_colour = rpr is not None and view.colour(rpr) is not None
                problems = _problems(style, text, fill, None if own_colour else owner)
                if over_picture and style.colour:
                    problems.append((Rule.CONTRAST_UNJUDGED, _unjudged(text)))
                for rule, problem in problems:
                    if rule not in seen:
                        seen.add(rule)
                        found.append(Finding(name, where, rule, problem))
    return found


def _cells(view: SlideView, styles: TableStyles, shape: Any) -> Iterator[tuple[Any, CellLook]]:
    """Each cell of a table shape with what the table's style (if the deck defines it) gives
    it."""
    table = shape.find(f"{A}graphic/{A}graphicData/{A}tbl")
    if table is None:
        return
    style = styles.style_of(table)
    rows = table.findall(f"{A}tr")
    for r, row in enumerate(rows):
        cells = row.findall(f"{A}tc")
        for c, cell in enumerate(cells):
            if style is None:
                yield cell, NO_LOOK
                continue
            place = (r, c, len(rows), len(cells))
            yield cell, styles.cell_look(table, style, place, view.scheme, view.mapping, view.theme)


def _unjudged(text: str) -> str:
    return message("a11y_contrast_unjudged", text=short(text))


def _template_owner(
    view: SlideView, shape: Any, body: Any, look: CellLook | None, box: Any
) -> Message | None:
    """The part of the template a text body's ground comes from (its slide master and
    layouts, or its table style), or None when the slide or the cell fills it itself."""
    if look is not None:
        props = body.find(f"{A}tcPr")
        if props is not None and fill_of(props, view.scheme, view.mapping)[0]:
            return None
        return message("a11y_owner_table_style")
    if box is None or not view.template_ground(shape, box):
        return None
    return message("a11y_owner_master")


def _problems(
    style: RunStyle, text: str, fill: list[str] | None, owner: Message | None = None
) -> list[tuple[Rule, str]]:
    """What is wrong with one run: its size, its contrast on ``fill`` (both colours the
    template's ``owner``'s when it is given), its language."""
    problems: list[tuple[Rule, str]] = []
    if style.points is not None and style.points < MIN_SLIDE_POINTS - 0.05:
        small = message("a11y_text_size", text=short(text), points=style.points)
        problems.append((Rule.TEXT_SIZE, small))
    unreadable = contrast_problem(text, style.colour, fill or [], owner) if style.colour else None
    if unreadable:
        problems.append((Rule.CONTRAST, unreadable))
    lang = language_problem(text, style.lang)
    if lang:
        problems.append((Rule.RUN_LANGUAGE, lang))
    return problems


def _cell_fill(
    view: SlideView, cell: Any, look: CellLook, shape: Any, box: Any
) -> list[str] | None:
    """A table cell's fill: its own, else its table style's (the slide under the table when
    the style leaves it unfilled); None (not judged) when the table's style is not defined in
    the deck."""
    props = cell.find(f"{A}tcPr")
    if props is not None:
        given, fill = fill_of(props, view.scheme, view.mapping)
        if given:
            return fill or None
    if look is NO_LOOK:
        return None
    if look.filled and look.fill != []:
        return look.fill
    return view.background_under(shape, box) if box is not None else None


def _notes(
    parts: PackageParts, slide_part: str, defaults: Any, name: str, where: str
) -> list[Finding]:
    """The language of the speaker notes' runs."""
    notes_part = parts.related(slide_part, "/notesSlide")
    notes = parts.xml(notes_part) if notes_part else None
    if notes is None:
        return []
    master_part = parts.related(notes_part, "/notesMaster")
    master = parts.xml(master_part) if master_part else None
    style = master.find(f"{P}notesStyle") if master is not None else None
    for shape in notes.iter(f"{P}sp"):
        if (placeholder(shape) or ("",))[0] != "body":
            continue
        for body in shape.findall(f"{P}txBody"):
            for _, rpr, text in _runs(body):
                chain = [rpr, level_style(style, 0), level_style(defaults, 0)]
                lang = next((c.get("lang") for c in chain if c is not None and c.get("lang")), "")
                problem = language_problem(text, str(lang))
                if problem:
                    return [Finding(name, place("notes", where=where), Rule.RUN_LANGUAGE, problem)]
    return []
