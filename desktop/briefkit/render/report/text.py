"""Report text: runs, citation markers, fields and captions, in the template's styles.

The WordprocessingML a report's text is made of, written by hand where python-docx has no API:
runs and their properties (``el``, ``run_el``, ``rpr``), complex fields with a cached result
(``field_runs``: TOC, SEQ, PAGE, NUMPAGES, PAGEREF; ``has_page_field``), bookmarks and the
document's language (``set_language``). ``ReportText`` is the part of the report writer that
adds paragraphs in the template's styles, text with citation markers tied to the word before
them, and numbered captions; ``writer._ReportWriter`` builds on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from briefkit.compose.model import Cite, Paragraph, Text
from briefkit.render.office.xmltext import language_tag, xml_safe
from briefkit.render.report.compact import Fixes, apply_fixes, compact_fixes
from briefkit.render.report.derived import COMPACT_ROLES
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.template import ReportTemplate

S = ReportStyle

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{_W_NS}}}"

NBSP = "\u00a0"
_GAP_AFTER_BOX = 127000  # 10 pt in EMU: space between a table or callout and what follows

_ABBREVIATION_END = re.compile(r"(?:^|\s)[a-zа-яё]{1,3}\.$")
"""Text ending in an abbreviation ("2016 г.", "гг."): its point is no full stop."""


# --- low-level XML helpers -------------------------------------------------------------------


def el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key.replace("_", ":", 1)), value)
    return element


def run_el(text: str | None = None, *, rpr: Any = None) -> Any:
    run = el("w:r")
    if rpr is not None:
        run.append(_copy(rpr))
    if text is not None:
        t = el("w:t")
        t.text = xml_safe(text)
        if t.text != t.text.strip():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
    return run


def _copy(element: Any) -> Any:
    import copy

    return copy.deepcopy(element)


def field_runs(instr: str, result: str, *, rpr: Any = None, dirty: bool = False) -> list[Any]:
    """The runs of a complex field: begin, code, separate, cached result, end."""
    begin = run_el(rpr=rpr)
    char = el("w:fldChar", w_fldCharType="begin")
    if dirty:
        char.set(f"{W}dirty", "true")
    begin.append(char)
    code = run_el(rpr=rpr)
    instr_el = el("w:instrText")
    instr_el.text = f" {instr} "
    instr_el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.append(instr_el)
    separate = run_el(rpr=rpr)
    separate.append(el("w:fldChar", w_fldCharType="separate"))
    end = run_el(rpr=rpr)
    end.append(el("w:fldChar", w_fldCharType="end"))
    runs = [begin, code, separate]
    if result:
        runs.append(run_el(result, rpr=rpr))
    runs.append(end)
    return runs


def rpr(*, bold: bool = False, style_id: str | None = None, color: str | None = None) -> Any:
    rpr = el("w:rPr")
    if style_id:
        rpr.append(el("w:rStyle", w_val=style_id))
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if color:
        rpr.append(el("w:color", w_val=color))
    return rpr


def add_bookmark(paragraph: Any, name: str, ident: int) -> None:
    p = paragraph._p
    start = el("w:bookmarkStart", w_id=str(ident), w_name=name)
    ppr = p.find(f"{W}pPr")
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(el("w:bookmarkEnd", w_id=str(ident)))


def has_page_field(part: Any) -> bool:
    element = part._element
    instr = " ".join(t.text or "" for t in element.iter(f"{W}instrText"))
    simple = " ".join(f.get(f"{W}instr", "") for f in element.iter(f"{W}fldSimple"))
    return bool(re.search(r"\bPAGE\b", instr + " " + simple))


def set_style(paragraph: Any, style: Any) -> None:
    """Apply a paragraph style (python-docx's setter rescans all styles on every call)."""
    if style is not None:
        paragraph._p.get_or_add_pPr().style = style.style_id


# --- the writer's text -----------------------------------------------------------------------


class ReportText:
    """Paragraphs, text with citation markers and captions of the report writer.

    The writer's state, set up by ``writer._ReportWriter``, is declared here for the methods
    that use it.
    """

    doc: Any
    template: ReportTemplate
    _styles: dict[str, Any]
    _gap_pending: bool
    _citation_rpr: Any
    _on_grid: bool
    _fixes: dict[str, Fixes]

    # styles -----------------------------------------------------------------------------

    def _style(self, name: str) -> Any:
        return self.template.style_in(self._styles, name)

    def _styled(self, paragraph: Any, name: str) -> Any:
        """Give ``paragraph`` the style that stands for ``name`` (returned); a compact block
        also gets what undoes the template's first-line indent, line grid or wide spacing."""
        resolved = self._style(name)
        set_style(paragraph, resolved)
        if name in COMPACT_ROLES:
            fixes = self._fixes.get(name)
            if fixes is None:
                element = None if resolved is None else resolved.element
                fixes = compact_fixes(self.doc.styles.element, element, on_grid=self._on_grid)
                self._fixes[name] = fixes
            apply_fixes(paragraph, fixes)
        return resolved

    def _para(self, container: Any, style: str, text: str | None = None) -> Any:
        paragraph = container.add_paragraph()
        resolved = self._styled(paragraph, style)
        if text:
            paragraph.add_run(xml_safe(text))
        if self._gap_pending and container is self.doc:
            self._gap_pending = False
            own = resolved.paragraph_format.space_before if resolved is not None else None
            if own is None or own < _GAP_AFTER_BOX:
                paragraph.paragraph_format.space_before = _GAP_AFTER_BOX
        return paragraph

    # text -------------------------------------------------------------------------------

    def _write_runs(self, paragraph: Any, para: Paragraph) -> None:
        """Text and citation markers; a marker is tied to the word before it."""
        pending = ""
        for run in para.runs:
            if isinstance(run, Text):
                pending += run.text
                continue
            if not run.numbers:
                continue
            stripped = pending.rstrip()
            if stripped:
                paragraph.add_run(xml_safe(stripped + NBSP))
            elif pending:
                paragraph.add_run(xml_safe(pending))
            pending = ""
            self._cite(paragraph, run)
        if pending:
            paragraph.add_run(xml_safe(pending))

    def _cite(self, paragraph: Any, numbers: Sequence[int] | Cite) -> None:
        cite = numbers if isinstance(numbers, Cite) else Cite(tuple(numbers))
        if cite.numbers:  # a graded marker ("[2, B2; 3, C]") stays whole on its line
            label = cite.label().replace(", ", "," + NBSP) if cite.grades else cite.label()
            paragraph._p.append(run_el(label.replace("; ", ";" + NBSP), rpr=self._citation_rpr))

    def _text_with_cites(self, paragraph: Any, text: str, numbers: Sequence[int] | Cite) -> None:
        """``text`` closed by a full stop, with the citation marker before the stop."""
        text = xml_safe(text).strip()
        if not (numbers.numbers if isinstance(numbers, Cite) else numbers):
            paragraph.add_run(text)
            return
        stop = ""
        if text.endswith((".", "!", "?")) and not _ABBREVIATION_END.search(text):
            text, stop = text[:-1], text[-1]
        if text:
            paragraph.add_run(text + NBSP)
        self._cite(paragraph, numbers)
        if stop:
            paragraph.add_run(stop)

    # figures ----------------------------------------------------------------------------

    def _caption(self, label: str, number: int) -> Any:
        paragraph = self._para(self.doc, S.CAPTION)
        identifier = re.sub(r"\W", "_", label.strip()) or "Figure"
        bold = rpr(bold=True)
        paragraph._p.append(run_el(xml_safe(label.strip()) + " ", rpr=bold))
        for run in field_runs(f"SEQ {identifier} \\* ARABIC", str(number), rpr=bold):
            paragraph._p.append(run)
        paragraph._p.append(run_el(": ", rpr=bold))
        return paragraph


def set_language(doc: Any, code: str) -> None:
    """Make ``code`` ("ru") the language of the document's text (spelling, hyphenation)."""
    tag = language_tag(code)
    styles = doc.styles.element
    defaults = styles.find(f"{W}docDefaults")
    if defaults is None:
        defaults = el("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(f"{W}rPrDefault")
    if rpr_default is None:
        rpr_default = el("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{W}rPr")
    if rpr is None:
        rpr = el("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(f"{W}lang")
    if lang is None:
        lang = el("w:lang")
        # w:lang follows everything but eastAsianLayout, specVanish and oMath.
        tail = [c for c in rpr if c.tag in (f"{W}eastAsianLayout", f"{W}specVanish")]
        if tail:
            tail[0].addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(f"{W}val", tag)


def set_outline_level(paragraph: Any, value: int) -> None:
    """Give a paragraph its own outline level (0: a level-1 heading ... 9: body text),
    whatever its style's, keeping the style's look."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    level = ppr.find(qn("w:outlineLvl"))
    if level is None:
        level = OxmlElement("w:outlineLvl")
        ppr.insert_element_before(
            level, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"
        )
    level.set(qn("w:val"), str(value))
