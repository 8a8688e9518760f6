"""The Word report template: loading it, and mapping the style contract to its styles.

A report template is a Word document (.docx) or Word template (.dotx) whose styles and page
setup the report takes. The renderer uses the styles named in ``ReportStyle`` (see
``house_style``); the styles a template lacks are defined from its own Normal and headings (see
``derived``) and reported in one warning that names them. Files that cannot be used at all (not
a Word document, macro-enabled, unreadable) raise ``TemplateError`` (see ``office.opening``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit.messages import Joined, message
from briefkit.render.office.opening import WORD, open_package, read_document
from briefkit.render.report.derived import BODY_SIZE, TemplateLook, add_derived_style, read_look
from briefkit.render.report.house_style import (
    HOUSE_STYLES,
    W_NS,
    find_style,
    style_id,
    style_spec,
)

__all__ = [
    "ReportTemplate",
    "StyleChoice",
    "document_styles",
    "iter_style_problems",
    "load_report_template",
]

_W = f"{{{W_NS}}}"


@dataclass(frozen=True)
class StyleChoice:
    """What the template gives for one contract style, and how it was found.

    ``how`` is "by name", "by alias" or "by style id" (a style of another name, ``used``,
    whose Word aliases list the name or whose id is the name's), "defined from the template's
    Normal and headings" (missing) or "wrong kind: using <fallback>".
    """

    name: str
    kind: str
    used: str | None
    how: str


@dataclass(frozen=True)
class ReportTemplate:
    """A checked report template: the package, plus what it lacks and the warnings about it."""

    path: Path
    package: bytes = field(repr=False)
    missing: tuple[str, ...] = ()
    unusable: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Contract style -> the template's style of another name whose aliases list it.
    aliases: Mapping[str, str] = field(default_factory=dict)
    #: One entry per contract style, in the contract's order (what ``check`` prints).
    mapping: tuple[StyleChoice, ...] = ()
    #: The warning (one of ``warnings``) that says what page count to expect, or "".
    expectation: str = ""

    def new_document(self) -> Any:
        """A fresh python-docx Document from the template: empty body, all styles present."""
        import docx

        document = docx.Document(io.BytesIO(self.package))
        body = document.element.body
        for child in list(body):
            if child.tag != f"{_W}sectPr":
                body.remove(child)
        if self.missing:
            look = read_look(document)
            for name in self.missing:
                add_derived_style(document, name, look)
        return document

    def style_name(self, name: str) -> str | None:
        """The style to use for ``name``: itself, or its fallback if the template's is unusable."""
        if name in self.unusable:
            return style_spec(name).fallback
        return self.aliases.get(name, name)

    def style_in(self, styles: Mapping[str, Any], name: str) -> Any:
        """The style of a document (its ``document_styles``) that stands for contract style
        ``name``, or None (an unusable style with no fallback)."""
        resolved = self.style_name(name)
        return None if resolved is None else styles.get(resolved.lower())


def document_styles(document: Any) -> dict[str, Any]:
    """A python-docx document's styles by lower-case name. Word matches style names without
    regard to case; LibreOffice writes "Heading 1" where Word writes "heading 1", and
    python-docx's ``styles[name]`` then finds neither."""
    return {s.name.lower(): s for s in document.styles if s.name}


def _find_alias(styles_el: Any, name: str, kind: str) -> tuple[str, str] | None:
    """A style of ``kind`` under another name that stands for ``name``, and how it was found:
    its Word aliases (``w:aliases``) list ``name`` ("by alias"), or it has the id Word gives
    ``name`` ("by style id": LibreOffice drops aliases but keeps table styles' ids)."""
    wanted, wanted_id = name.lower(), style_id(name)
    by_id = None
    for style in styles_el.iterchildren(f"{_W}style"):
        name_el = style.find(f"{_W}name")
        if name_el is None or style.get(f"{_W}type") != kind:
            continue
        aliases = style.find(f"{_W}aliases")
        listed = "" if aliases is None else aliases.get(f"{_W}val") or ""
        if wanted in {a.strip().lower() for a in listed.split(",")}:
            return str(name_el.get(f"{_W}val")), message("how_by_alias")
        if by_id is None and style.get(f"{_W}styleId") == wanted_id:
            by_id = str(name_el.get(f"{_W}val")), message("how_by_style_id")
    return by_id


def iter_style_problems(document: Any) -> Iterator[tuple[str, bool]]:
    """(name, present with another type) for each contract style the document lacks."""
    styles_el = document.styles.element
    for spec in HOUSE_STYLES:
        if find_style(styles_el, spec.name, spec.kind) is not None:
            continue
        yield spec.name, find_style(styles_el, spec.name) is not None


def load_report_template(path: Path | str) -> ReportTemplate:
    """Read and check a report template (.docx or .dotx).

    Raises ``TemplateError`` when the file cannot serve as a template at all; a template that
    only lacks some styles is accepted, with a warning for each (see ``ReportTemplate``).
    """
    path = Path(path)
    data, notes = open_package(path, WORD)  # exists, macros, OLE, zip, type: see opening.py
    import docx

    document = read_document(docx.Document, data, path, WORD)

    missing: list[str] = []
    unusable: list[str] = []
    warnings: list[str] = list(notes)
    aliases: dict[str, str] = {}
    found_how: dict[str, str] = {}
    wrong_kinds: list[str] = []
    for name, wrong_kind in iter_style_problems(document):
        spec = style_spec(name)
        alias = _find_alias(document.styles.element, name, spec.kind)
        if alias is not None:
            aliases[name], found_how[name] = alias
        elif wrong_kind:
            unusable.append(name)
            fallback = f'"{spec.fallback}"' if spec.fallback else "no style"
            wrong_kinds.append(
                f'has a style "{name}" that is not a {spec.kind} style; Briefkit used '
                f"{fallback} instead. Rename that style or make it a {spec.kind} style."
            )
        else:
            missing.append(name)
    if missing:  # one line for every style problem, the styles of the wrong kind after
        also = [f"It also {what}" for what in wrong_kinds]
        warnings.append(Joined(" ", [missing_styles_warning(path.name, missing), *also]))
    else:
        warnings.extend(f"The report template {path.name} {what}" for what in wrong_kinds)
    look = read_look(document)
    expectation = ""
    if look.body_size > MAX_COMPARABLE_BODY_SIZE or expected_page_factor(look) >= _WARN_FACTOR:
        expectation = body_size_warning(path.name, look)
        warnings.append(expectation)
    return ReportTemplate(
        path=path,
        package=data,
        missing=tuple(missing),
        unusable=tuple(unusable),
        warnings=tuple(warnings),
        aliases=aliases,
        mapping=_style_mapping(missing, unusable, aliases, found_how),
        expectation=expectation,
    )


def _style_mapping(
    missing: list[str], unusable: list[str], aliases: dict[str, str], how: dict[str, str]
) -> tuple[StyleChoice, ...]:
    choices = []
    for spec in HOUSE_STYLES:
        if spec.name in aliases:
            choices.append(StyleChoice(spec.name, spec.kind, aliases[spec.name], how[spec.name]))
        elif spec.name in missing:
            choices.append(StyleChoice(spec.name, spec.kind, spec.name, DERIVED))
        elif spec.name in unusable:
            fallback = (
                message("mapping_used", name=spec.fallback)
                if spec.fallback
                else message("mapping_no_style")
            )
            wrong = message("how_wrong_kind", fallback=fallback)
            choices.append(StyleChoice(spec.name, spec.kind, spec.fallback, wrong))
        else:
            choices.append(
                StyleChoice(str(spec.name), spec.kind, str(spec.name), message("how_by_name"))
            )
    return tuple(choices)


DERIVED = message("how_derived")
MAX_COMPARABLE_BODY_SIZE = 12.0
"""Up to this body size (pt) a report keeps about the bundled template's page count."""
_WARN_FACTOR = 1.4  # a template expected to give this many times the pages or more is told
# (12 pt at 1.5 lines is estimated at 1.3 and gives 1.13-1.2 times: LingConLab's, VNU's)
_NAMED_IN_WARNING = 4


def missing_styles_warning(file_name: str, missing: list[str]) -> str:
    """One warning for all the styles a template lacks, naming the first few."""
    total = len(HOUSE_STYLES)
    shown = ", ".join(missing[:_NAMED_IN_WARNING]) + (
        ", ..." if len(missing) > _NAMED_IN_WARNING else ""
    )
    code = "styles_missing_one" if len(missing) == 1 else "styles_missing"
    return message(code, name=file_name, n=len(missing), total=total, shown=shown)


def body_size_warning(file_name: str, look: TemplateLook) -> str:
    """What to expect from a template whose body text takes much more room than Briefkit's."""
    line: str = ""
    if look.body_line_exact:
        line = message("body_on_lines", size=look.body_line)
    elif look.body_line >= 1.2:
        line = message("body_line_spacing", spacing=look.body_line)
    grid = "" if look.grid_pitch is None else message("body_grid", size=look.grid_pitch / 20)
    said = {"name": file_name, "size": look.body_size, "line": line, "grid": grid}
    return message("body_size", **said, own=BODY_SIZE, factor=expected_page_factor(look))


_BODY_SHARE = 0.6
"""About this share of a report's pages is body text (the rest: tables, charts, covers)."""


def expected_page_factor(look: TemplateLook) -> float:
    """Roughly how many times the bundled template's pages a report takes: body text grows
    by its size times its line height (on the grid, when lines snap to one) over the house's,
    the rest less (measured on aktobe-2016 and wave-2011-2012: 2.0-2.3 times for a 16 pt
    body on a 28-line grid, 1.4-1.5 times for 16 pt without a grid, 1.1-1.2 for 12 pt at 1.5
    lines). ``briefkit check`` estimates the pages of the written report (``pages``)."""
    house_line = BODY_SIZE * 1.15 * 1.17
    line = look.body_line if look.body_line_exact else look.body_size * 1.17 * look.body_line
    if look.grid_pitch is not None:
        pitch = look.grid_pitch / 20
        line = pitch * max(1, -(-line // pitch))
    body = look.body_size * line / (BODY_SIZE * house_line)
    return round(1 + (body - 1) * _BODY_SHARE, 1)
