"""PowerPoint templates for decks: loading, checking against the contract, choosing layouts.

The contract (``templates/README.md``, "Deck template") names the layouts the deck uses. A
template that lacks one still works: the slide goes into a layout with the placeholders it needs
(a title and a content placeholder, at worst), and a warning says which layout was used. What
cannot work (not a presentation, macros, no layout with a title and a content placeholder) raises
``TemplateError`` with a sentence that names the file and the fix.

This module also reads the text styles a placeholder inherits (size, indents, spacing, insets),
so that the renderer can estimate how much text fits without knowing the template.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.xmlchemy import BaseOxmlElement

from briefkit.render.errors import TemplateError

__all__ = [
    "LAYOUT_NAMES",
    "DeckTemplate",
    "LevelStyle",
    "Role",
    "box_insets",
    "level_style",
    "load_deck_template",
]

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_A = "{" + NS["a"] + "}"

EMU_PER_PT = 12700

_CT_PRESENTATION = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_CT_SLIDESHOW = "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
_OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")  # .ppt, and encrypted .pptx
_MACRO_SUFFIXES = {".pptm", ".potm", ".ppsm", ".ppam"}


class Role:
    """What a slide is for; each role has a layout name in the contract."""

    TITLE = "title"
    CONTENT = "content"
    SECTION = "section"
    CHART = "chart"
    KEY_FIGURES = "key_figures"
    TABLE = "table"
    CALLOUT = "callout"
    SOURCES = "sources"


#: The layouts the deck uses, by role (the contract).
LAYOUT_NAMES: Mapping[str, str] = {
    Role.TITLE: "Title Slide",
    Role.CONTENT: "Title and Content",
    Role.SECTION: "Section Header",
    Role.CHART: "Chart",
    Role.KEY_FIGURES: "Key Figures",
    Role.TABLE: "Table",
    Role.CALLOUT: "Callout",
    Role.SOURCES: "Sources",
}

_ROLE_SLIDES = {
    Role.TITLE: "the title slide",
    Role.CONTENT: "text slides",
    Role.SECTION: "section divider slides",
    Role.CHART: "chart slides",
    Role.KEY_FIGURES: "the key-figures slide",
    Role.TABLE: "table and timeline slides",
    Role.CALLOUT: "callout slides",
    Role.SOURCES: "the sources slides",
}

PH = PP_PLACEHOLDER
TITLE_TYPES = (PH.TITLE, PH.CENTER_TITLE)
TEXT_TYPES = (PH.OBJECT, PH.BODY)
#: Key-figure placeholders: values have idx 20-29, their labels idx 30-39 (value idx + 10).
#: (idx 10-12 are the date, footer and slide number placeholders by PowerPoint convention.)
VALUE_IDX = range(20, 30)
LABEL_OFFSET = 10


def _types(layout: Any) -> list[Any]:
    return [ph.placeholder_format.type for ph in layout.placeholders]


def _has_title(layout: Any) -> bool:
    return any(t in TITLE_TYPES for t in _types(layout))


def _has(layout: Any, *types: Any) -> bool:
    return any(t in types for t in _types(layout))


def key_figure_slots(layout: Any) -> list[tuple[Any, Any]]:
    """The (value, label) placeholder pairs of a key-figures layout, in idx order."""
    by_idx = {ph.placeholder_format.idx: ph for ph in layout.placeholders}
    return [
        (by_idx[i], by_idx[i + LABEL_OFFSET])
        for i in VALUE_IDX
        if i in by_idx and i + LABEL_OFFSET in by_idx
    ]


def _area(layout: Any, *types: Any) -> int:
    return max(
        (
            int(ph.width or 0) * int(ph.height or 0)
            for ph in layout.placeholders
            if ph.placeholder_format.type in types
        ),
        default=0,
    )


#: What a layout must hold to serve a role.
_USABLE: dict[str, Callable[[Any], bool]] = {
    Role.TITLE: lambda lay: _has_title(lay),
    Role.CONTENT: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
    Role.SECTION: lambda lay: _has_title(lay),
    Role.CHART: lambda lay: _has_title(lay) and _has(lay, PH.PICTURE, PH.OBJECT),
    Role.KEY_FIGURES: lambda lay: _has_title(lay) and bool(key_figure_slots(lay)),
    Role.TABLE: lambda lay: _has_title(lay) and _has(lay, PH.TABLE, PH.OBJECT, PH.BODY),
    Role.CALLOUT: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
    Role.SOURCES: lambda lay: _has_title(lay) and _has(lay, *TEXT_TYPES),
}


@dataclass(frozen=True)
class LayoutRef:
    """Where a layout sits in a presentation: master index, layout index, and its name."""

    master: int
    index: int
    name: str


@dataclass(frozen=True)
class DeckTemplate:
    """A checked deck template: its bytes, the layout chosen for each role, and warnings."""

    path: Path
    data: bytes
    layouts: Mapping[str, LayoutRef]
    warnings: tuple[str, ...]

    def open(self) -> Any:
        """A fresh ``pptx.Presentation`` of the template, with any slides it had removed."""
        prs = Presentation(io.BytesIO(self.data))
        _remove_slides(prs)
        return prs

    def layout(self, prs: Any, role: str) -> Any:
        """The layout for ``role`` in ``prs`` (a presentation made by ``open``)."""
        ref = self.layouts[role]
        return prs.slide_masters[ref.master].slide_layouts[ref.index]


def load_deck_template(path: Path | str) -> DeckTemplate:
    """Read and check a deck template (.pptx or .potx); raise ``TemplateError`` if unusable."""
    path = Path(path)
    data = _read_package(path)
    try:
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many kinds on a damaged package
        raise TemplateError(
            f"The deck template {path} could not be read as a presentation ({exc}). Open it in "
            "PowerPoint or LibreOffice Impress and save it again as a .pptx file.",
            path,
        ) from exc
    layouts, warnings = _choose_layouts(prs, path)
    if len(prs.slides):
        warnings.append(
            f"The deck template {path.name} contains {len(prs.slides)} slide(s); they are left "
            "out of the deck (only its masters and layouts are used)."
        )
    return DeckTemplate(path, data, layouts, tuple(warnings))


def _read_package(path: Path) -> bytes:
    if not path.is_file():
        raise TemplateError(
            f"The deck template {path} does not exist or is not a file. Check the path "
            "(for example the one given with --template-pptx).",
            path,
        )
    if path.suffix.lower() in _MACRO_SUFFIXES:
        raise TemplateError(_macro_message(path), path)
    data = path.read_bytes()
    if data.startswith(_OLE_SIGNATURE):
        raise TemplateError(
            f"The deck template {path} is an old binary PowerPoint file (.ppt) or a "
            "password-protected file, which Briefkit cannot read. Open it in PowerPoint or "
            "LibreOffice Impress and save it as a PowerPoint Presentation (.pptx) without a "
            "password.",
            path,
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError(
            f"The deck template {path} is not a PowerPoint file (it is not a zip package). "
            "Choose a .pptx or .potx file saved by PowerPoint or LibreOffice Impress.",
            path,
        )
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        if "[Content_Types].xml" not in names:
            raise TemplateError(
                f"The deck template {path} is a zip file but not an Office document. Choose a "
                ".pptx or .potx file saved by PowerPoint or LibreOffice Impress.",
                path,
            )
        types = package.read("[Content_Types].xml").decode("utf-8", "replace")
    if "macroEnabled" in types or any(n.lower().endswith("vbaproject.bin") for n in names):
        raise TemplateError(_macro_message(path), path)
    if _CT_PRESENTATION in types:
        return data
    if _CT_TEMPLATE in types or _CT_SLIDESHOW in types:
        return _as_presentation(data)
    kind = (
        "a Word document"
        if "wordprocessingml" in types
        else "an Excel workbook"
        if "spreadsheetml" in types
        else "not a presentation"
    )
    raise TemplateError(
        f"The deck template {path} is {kind}, not a PowerPoint presentation. Choose a .pptx or "
        ".potx file (the Word template goes to --template-docx).",
        path,
    )


def _macro_message(path: Path) -> str:
    return (
        f"The deck template {path} is a macro-enabled file, which Briefkit does not use. Save it "
        "in PowerPoint as a PowerPoint Presentation (.pptx) and pass that file instead."
    )


def _as_presentation(data: bytes) -> bytes:
    """A .potx or .ppsx package relabelled as a presentation, so it opens and saves as .pptx."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                text = blob.decode("utf-8")
                text = text.replace(_CT_TEMPLATE, _CT_PRESENTATION)
                blob = text.replace(_CT_SLIDESHOW, _CT_PRESENTATION).encode("utf-8")
            dst.writestr(info, blob, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _xp(element: Any, path: str) -> list[Any]:
    """XPath with the a:, p: and r: prefixes, on python-pptx's elements and plain lxml ones."""
    if isinstance(element, BaseOxmlElement):  # its xpath() brings python-pptx's prefixes
        return list(element.xpath(path))
    return list(element.xpath(path, namespaces=NS))


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _choose_layouts(prs: Any, path: Path) -> tuple[dict[str, LayoutRef], list[str]]:
    refs: list[tuple[LayoutRef, Any]] = [
        (LayoutRef(m, i, layout.name), layout)
        for m, master in enumerate(prs.slide_masters)
        for i, layout in enumerate(master.slide_layouts)
    ]
    by_name: dict[str, tuple[LayoutRef, Any]] = {}
    for ref, layout in refs:
        by_name.setdefault(_norm(ref.name), (ref, layout))

    def best(role: str, prefer: Sequence[Any] = ()) -> tuple[LayoutRef, Any] | None:
        usable = [(r, lay) for r, lay in refs if _USABLE[role](lay)]
        if not usable:
            return None
        if prefer:
            preferred = [(r, lay) for r, lay in usable if _has(lay, *prefer)]
            usable = preferred or usable
        return max(usable, key=lambda item: _area(item[1], *TEXT_TYPES, *prefer))

    chosen: dict[str, LayoutRef] = {}
    warnings: list[str] = []
    named = by_name.get(_norm(LAYOUT_NAMES[Role.CONTENT]))
    content = named if named and _USABLE[Role.CONTENT](named[1]) else best(Role.CONTENT)
    if content is None:
        raise TemplateError(
            f"The deck template {path} has no layout with a title and a content (or text) "
            "placeholder, which every deck needs. Add a “Title and Content” layout to its slide "
            "master (see templates/README.md, “Deck template”).",
            path,
        )
    fallbacks: dict[str, Callable[[], tuple[LayoutRef, Any] | None]] = {
        Role.TITLE: lambda: _first(refs, lambda lay: _has(lay, PH.CENTER_TITLE)),
        Role.SECTION: lambda: _first(refs, lambda lay: _layout_type(lay) == "secHead"),
        Role.CHART: lambda: best(Role.CHART, (PH.PICTURE,)),
        Role.TABLE: lambda: best(Role.TABLE, (PH.TABLE,)),
        Role.KEY_FIGURES: lambda: best(Role.KEY_FIGURES),
    }
    for role, name in LAYOUT_NAMES.items():
        found = by_name.get(_norm(name))
        if found and _USABLE[role](found[1]):
            chosen[role] = found[0]
            continue
        fallback = fallbacks.get(role, lambda: None)() or content
        chosen[role] = fallback[0]
        reason = (
            f"has a layout “{name}” without the placeholders it needs"
            if found
            else f"has no layout “{name}”"
        )
        warnings.append(
            f"The deck template {path.name} {reason}; {_ROLE_SLIDES[role]} use the layout "
            f"“{fallback[0].name}” instead."
        )
    return chosen, warnings


def _first(
    refs: Sequence[tuple[LayoutRef, Any]], test: Callable[[Any], bool]
) -> tuple[LayoutRef, Any] | None:
    return next(((r, lay) for r, lay in refs if test(lay) and _has_title(lay)), None)


def _layout_type(layout: Any) -> str:
    return str(layout._element.get("type", "cust"))


def _remove_slides(prs: Any) -> None:
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


# --- Inherited text styles --------------------------------------------------------------------


@dataclass(frozen=True)
class LevelStyle:
    """What one paragraph level of a placeholder inherits, in points."""

    size: float
    bold: bool
    margin_left: float
    space_before: float
    line_factor: float


_MASTER_TYPE = {
    PH.CENTER_TITLE: PH.TITLE,
    PH.TITLE: PH.TITLE,
    PH.SUBTITLE: PH.BODY,
    PH.OBJECT: PH.BODY,
    PH.BODY: PH.BODY,
    PH.PICTURE: PH.BODY,
    PH.TABLE: PH.BODY,
    PH.CHART: PH.BODY,
}


def _chain(placeholder: Any) -> list[Any]:
    """The placeholder's own element, then those it inherits from (layout, master)."""
    elements: list[Any] = [placeholder._element]
    fmt = placeholder.placeholder_format
    part = placeholder.part
    layout = getattr(part, "slide_layout", None)
    if layout is not None:
        inherited = layout.placeholders.get(idx=fmt.idx)
        if inherited is None:
            inherited = next(
                (p for p in layout.placeholders if p.placeholder_format.type == fmt.type), None
            )
        if inherited is not None:
            elements.append(inherited._element)
        master = layout.slide_master
    else:
        master = getattr(part, "slide_master", None)
    if master is not None:
        master_type = _MASTER_TYPE.get(fmt.type, fmt.type)
        for mph in master.placeholders:
            if mph.placeholder_format.type == master_type:
                elements.append(mph._element)
                break
    return elements


def _master_styles(placeholder: Any) -> list[Any]:
    part = placeholder.part
    layout = getattr(part, "slide_layout", None)
    master = layout.slide_master if layout is not None else getattr(part, "slide_master", None)
    if master is None:
        return []
    kind = placeholder.placeholder_format.type
    tag = (
        "p:titleStyle"
        if kind in TITLE_TYPES
        else "p:bodyStyle"
        if kind in (*TEXT_TYPES, PH.SUBTITLE)
        else "p:otherStyle"
    )
    return list(_xp(master._element, f"p:txStyles/{tag}"))


def level_style(placeholder: Any, level: int = 0) -> LevelStyle:
    """The style paragraph ``level`` (0-based) of ``placeholder`` inherits."""
    n = level + 1
    found: dict[str, float] = {}
    sources = [
        *(_xp(el, f"p:txBody/a:lstStyle/a:lvl{n}pPr") for el in _chain(placeholder)),
        *(_xp(style, f"a:lvl{n}pPr") for style in _master_styles(placeholder)),
    ]
    for matches in sources:
        for ppr in matches:
            _collect(ppr, found)
    size = found.get("size", 18.0)
    line = found.get("line", 1.0)
    before = found.get("before_pts", found.get("before_pct", 0.0) * size * 1.2)
    return LevelStyle(
        size=size,
        bold=bool(found.get("bold", 0.0)),
        margin_left=found.get("marL", 0.0) / EMU_PER_PT,
        space_before=before,
        line_factor=line,
    )


def _collect(ppr: Any, found: dict[str, float]) -> None:
    def put(key: str, value: str | None, scale: float) -> None:
        if value is not None and key not in found:
            found[key] = float(value) * scale

    put("marL", ppr.get("marL"), 1)
    rpr = ppr.find(f"{_A}defRPr")
    if rpr is not None:
        put("size", rpr.get("sz"), 0.01)
        put("bold", rpr.get("b"), 1)
    for pct in _xp(ppr, "a:lnSpc/a:spcPct/@val"):
        put("line", str(pct), 1e-5)
    if "before_pts" not in found and "before_pct" not in found:
        for pts in _xp(ppr, "a:spcBef/a:spcPts/@val"):
            put("before_pts", str(pts), 0.01)
        for pct in _xp(ppr, "a:spcBef/a:spcPct/@val"):
            put("before_pct", str(pct), 1e-5)


def box_insets(placeholder: Any) -> tuple[float, float, float, float]:
    """The text insets (left, top, right, bottom) of a placeholder, in points."""
    defaults = {"lIns": 91440, "tIns": 45720, "rIns": 91440, "bIns": 45720}
    values: dict[str, int] = {}
    for el in _chain(placeholder):
        for body_pr in _xp(el, "p:txBody/a:bodyPr"):
            for key in defaults:
                if key not in values and body_pr.get(key) is not None:
                    values[key] = int(body_pr.get(key))
    got = {key: values.get(key, default) / EMU_PER_PT for key, default in defaults.items()}
    return got["lIns"], got["tIns"], got["rIns"], got["bIns"]
