"""The accessibility rules for a Word report: title and language, headings in order, alt
text, table header rows repeated on each page, contrast and the language of each run."""

from __future__ import annotations

from typing import Any

from briefkit.messages import message
from briefkit.render.accessibility.findings import Finding, Rule, contrast_problem, place
from briefkit.render.accessibility.languages import is_alt_text, language_problem, short
from briefkit.render.accessibility.word_styles import W, WordStyles
from briefkit.render.accessibility.word_tables import cell_style_parts, style_shading
from briefkit.render.office.parts import PackageParts
from briefkit.render.office.theme import colour_scheme

__all__ = ["check_report"]

_DC = "{http://purl.org/dc/elements/1.1/}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
_ON = (None, "1", "true", "on")
MAX_PARAGRAPHS = 100_000


def check_report(parts: PackageParts, name: str) -> list[Finding]:
    """Every finding in a Word document's properties and body."""
    document = parts.xml("word/document.xml")
    body = document.find(f"{W}body") if document is not None else None
    if document is None or body is None:
        return [Finding(name, place("document"), Rule.DOCUMENT_TITLE, message("a11y_no_body"))]
    theme_part = parts.related("word/document.xml", "/theme")
    theme = parts.xml(theme_part) if theme_part else None
    scheme = (colour_scheme(theme) if theme is not None else None) or {}
    styles = WordStyles(parts.xml(parts.related("word/document.xml", "/styles") or ""), scheme)
    found = _properties(parts, styles, name)
    page = styles.colour(document.find(f"{W}background")) or "FFFFFF"
    found += _paragraphs(body, styles, name, page)
    found += _tables(body, name)
    found += _pictures(body, name)
    return found


def _properties(parts: PackageParts, styles: WordStyles, name: str) -> list[Finding]:
    found = []
    core = parts.xml(parts.related("", "/core-properties") or "docProps/core.xml")
    title = core.find(f"{_DC}title") if core is not None else None
    if title is None or not (title.text or "").strip():
        untitled = message("a11y_no_doc_title")
        found.append(Finding(name, place("document"), Rule.DOCUMENT_TITLE, untitled))
    default = styles.chain(styles.default_paragraph)
    places = [s.find(f"{W}rPr/{W}lang") for s in default]
    if styles.defaults is not None:
        places.append(styles.defaults.find(f"{W}lang"))
    if not any(p is not None and p.get(f"{W}val") for p in places):
        found.append(
            Finding(name, place("document"), Rule.DOCUMENT_LANGUAGE, message("a11y_no_doc_lang"))
        )
    return found


def _paragraphs(body: Any, styles: WordStyles, name: str, page: str) -> list[Finding]:
    found: list[Finding] = []
    level = 0
    for number, paragraph in enumerate(body.iter(f"{W}p"), start=1):
        if number > MAX_PARAGRAPHS:
            break
        where = place("paragraph", n=number)
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
        heading = styles.outline_level(paragraph) if text.strip() else None
        if heading is not None:
            if heading > level + 1:
                found.append(
                    Finding(
                        name,
                        where,
                        Rule.HEADING_ORDER,
                        message(
                            "a11y_heading_skip", text=short(text), level=heading, previous=level
                        ),
                    )
                )
            level = heading
        chain = styles.paragraph_styles(paragraph)
        cell = _cell_of(paragraph)
        table_parts = cell_style_parts(cell, styles) if cell is not None else []
        shading = _paragraph_shading(paragraph, cell, chain, styles) or page
        seen: set[Rule] = set()  # one finding per rule and paragraph
        for rule, problem in _runs(paragraph, chain, styles, shading, table_parts):
            if rule not in seen:
                seen.add(rule)
                found.append(Finding(name, where, rule, problem))
    return found


def _cell_of(paragraph: Any) -> Any | None:
    """The table cell a paragraph is in, if any."""
    cell = paragraph.getparent()
    while cell is not None and cell.tag != f"{W}tc":
        cell = cell.getparent() if cell.tag != f"{W}body" else None
    return cell


def _paragraph_shading(
    paragraph: Any, cell: Any | None, chain: list[Any], styles: WordStyles
) -> str | None:
    """What a paragraph's text sits on: its own shading, its table cell's, or what the
    table's style gives the cell, if any."""
    places = [paragraph.find(f"{W}pPr/{W}shd")] + [s.find(f"{W}pPr/{W}shd") for s in chain]
    if cell is not None:
        places.append(cell.find(f"{W}tcPr/{W}shd"))
    found = next((c for c in (styles.colour(p) for p in places) if c), None)
    if found is None and cell is not None:
        found = style_shading(cell, styles)
    return found


def _runs(
    paragraph: Any,
    chain: list[Any],
    styles: WordStyles,
    shading: str,
    table_parts: list[Any],
) -> list[tuple[Rule, str]]:
    problems: list[tuple[Rule, str]] = []
    for run in paragraph.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.findall(f"{W}t"))
        if not text.strip():
            continue
        properties = styles.run_properties(run, chain, table_parts)
        lang = next(
            (
                str(p.find(f"{W}lang").get(f"{W}val", ""))
                for p in properties
                if p.find(f"{W}lang") is not None and p.find(f"{W}lang").get(f"{W}val")
            ),
            "",
        )
        problem = language_problem(text, lang)
        if problem:
            problems.append((Rule.RUN_LANGUAGE, problem))
        colour = next(
            (c for c in (styles.colour(p.find(f"{W}color")) for p in properties) if c), None
        )
        ground = next(
            (c for c in (styles.colour(p.find(f"{W}shd")) for p in properties) if c), shading
        )
        unreadable = contrast_problem(text, colour, [ground]) if colour else None
        if unreadable:
            problems.append((Rule.CONTRAST, unreadable))
    return problems


def _tables(body: Any, name: str) -> list[Finding]:
    found = []
    for number, table in enumerate(body.iter(f"{W}tbl"), start=1):
        rows = table.findall(f"{W}tr")
        columns = table.findall(f"{W}tblGrid/{W}gridCol")
        if len(rows) < 2 or len(columns) < 2 or not _has_header_row(table):
            continue  # a box, a single row or a table without a header row lays text out
        header = rows[0].find(f"{W}trPr/{W}tblHeader")
        if header is None or header.get(f"{W}val") not in _ON:
            found.append(
                Finding(
                    name,
                    place("table", n=number),
                    Rule.HEADER_REPEAT,
                    message("a11y_header_not_repeated"),
                )
            )
    return found


def _has_header_row(table: Any) -> bool:
    """Whether Word's "Header Row" is ticked (``tblLook``); without it a table is taken as a
    layout table (the key figures' grid, a timeline), with no header to repeat."""
    look = table.find(f"{W}tblPr/{W}tblLook")
    if look is None:
        return True
    given = look.get(f"{W}firstRow")
    if given is not None:
        return given in _ON
    try:
        return bool(int(str(look.get(f"{W}val", "0020")), 16) & 0x0020)
    except ValueError:
        return True


def _pictures(body: Any, name: str) -> list[Finding]:
    found = []
    for number, props in enumerate(body.iter(f"{_WP}docPr"), start=1):
        if is_alt_text(props.get("descr")) or is_alt_text(props.get("title")):
            continue
        if any(e.tag == _DECORATIVE and e.get("val") in ("1", "true") for e in props.iter()):
            continue
        where = place("picture", n=number)
        label = props.get("name") or where
        said = message("a11y_picture_no_alt", label=label)
        found.append(Finding(name, where, Rule.ALT_TEXT, said))
    return found
