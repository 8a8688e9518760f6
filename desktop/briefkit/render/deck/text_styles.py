"""What text in a placeholder inherits: each list level's style, and the text insets.

A placeholder's text takes what it does not set from the layout placeholder it inherits from,
then from the master's placeholder of its kind, then from the master's text styles (title, body
or other). ``level_style`` and ``box_insets`` walk that chain, so that the renderer can estimate
how much text fits without knowing the template (the typeface too, a theme font such as
``+mn-lt`` read from the master's theme: ``theme_font``); ``inheritance_key`` says which
placeholders share their answers, so that they are worked out once per template.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import SlideLayoutPart, SlidePart

from briefkit.render.deck.placeholders import (
    EMU_PER_PT,
    NS_A,
    NS_P,
    PH,
    TEXT_TYPES,
    TITLE_TYPES,
    inherited_ref,
    placeholder_elements,
    placeholder_kind,
)
from briefkit.render.office.fonts import font_metrics
from briefkit.render.office.textfit import FontMetrics
from briefkit.render.office.theme import theme_part_fonts

__all__ = [
    "LevelStyle",
    "box_insets",
    "exact_line_spacing",
    "inheritance_key",
    "level_style",
    "theme_font",
]


@dataclass(frozen=True)
class LevelStyle:
    """What one paragraph level of a placeholder inherits, in points."""

    size: float
    bold: bool
    margin_left: float
    space_before: float  # with the space after: what separates two paragraphs
    line_factor: float
    font: str = ""  # the typeface ("" when the template names none)
    caps: bool = False  # shown in capitals (cap="all" or "small")

    @property
    def metrics(self) -> FontMetrics:
        """The widths text of this level is measured with."""
        return font_metrics(self.font, self.caps)


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
    kind, idx = placeholder_kind(placeholder)
    elements: list[Any] = [placeholder._element]
    part = placeholder.part
    layout = getattr(part, "slide_layout", None)
    if layout is not None:
        inherited = inherited_ref(placeholder_elements(layout), kind, idx)
        if inherited is not None:
            elements.append(inherited.element)
        master = layout.slide_master
    else:
        master = getattr(part, "slide_master", None)
    if master is not None:
        master_type = _MASTER_TYPE.get(kind, kind)
        for ref in placeholder_elements(master):
            if ref.kind == master_type:
                elements.append(ref.element)
                break
    return elements


def _master(placeholder: Any) -> Any | None:
    part = placeholder.part
    layout = getattr(part, "slide_layout", None)
    return layout.slide_master if layout is not None else getattr(part, "slide_master", None)


def _master_styles(placeholder: Any) -> list[Any]:
    master = _master(placeholder)
    if master is None:
        return []
    kind, _ = placeholder_kind(placeholder)
    tag = (
        "titleStyle"
        if kind in TITLE_TYPES
        else "bodyStyle"
        if kind in (*TEXT_TYPES, PH.SUBTITLE)
        else "otherStyle"
    )
    return list(master._element.findall(f"{NS_P}txStyles/{NS_P}{tag}"))


def _own_levels(element: Any, n: int) -> list[Any]:
    """The ``a:lvl{n}pPr`` list styles of a placeholder's own text body."""
    return list(element.findall(f"{NS_P}txBody/{NS_A}lstStyle/{NS_A}lvl{n}pPr"))


def exact_line_spacing(placeholder: Any, level: int = 0) -> bool:
    """Whether paragraph ``level`` of ``placeholder`` inherits line spacing in points (which
    does not shrink with the text, as a percentage does)."""
    n = level + 1
    for matches in (
        *(_own_levels(el, n) for el in _chain(placeholder)),
        *(style.findall(f"{NS_A}lvl{n}pPr") for style in _master_styles(placeholder)),
    ):
        for ppr in matches:
            spacing = ppr.find(f"{NS_A}lnSpc")
            if spacing is not None:
                return spacing.find(f"{NS_A}spcPts") is not None
    return False


def level_style(placeholder: Any, level: int = 0) -> LevelStyle:
    """The style paragraph ``level`` (0-based) of ``placeholder`` inherits."""
    n = level + 1
    found: dict[str, float] = {}
    sources = [
        *(_own_levels(el, n) for el in _chain(placeholder)),
        *(style.findall(f"{NS_A}lvl{n}pPr") for style in _master_styles(placeholder)),
    ]
    typeface = ""
    for matches in sources:
        for ppr in matches:
            _collect(ppr, found)
            typeface = typeface or _typeface(ppr.find(f"{NS_A}defRPr"))
    prompts = _prompt_props(placeholder, level)
    if "size" not in found:
        prompt = next((float(r.get("sz")) / 100 for r in prompts if r.get("sz")), None)
        if prompt is not None:
            found["size"] = prompt
    typeface = typeface or next(filter(None, map(_typeface, prompts)), "")
    size = found.get("size", 18.0)
    line = found.get("line", 1.0)
    if "line_pts" in found:  # exact spacing: as a share of the size's own line height
        line = found["line_pts"] / (size * 1.2)
    before = found.get("before_pts", found.get("before_pct", 0.0) * size * 1.2)
    before += found.get("after_pts", found.get("after_pct", 0.0) * size * 1.2)  # between lines
    return LevelStyle(
        size=size,
        bold=bool(found.get("bold", 0.0)),
        margin_left=found.get("marL", 0.0) / EMU_PER_PT,
        space_before=before,
        line_factor=line,
        font=theme_font(placeholder, typeface or "+mn-lt"),
        caps=bool(found.get("caps", 0.0)),
    )


def _prompt_props(placeholder: Any, level: int) -> list[Any]:
    """The run properties of the prompt text ("Click to edit ...") of paragraph ``level`` in
    the layout and master placeholders, for templates without text styles (LibreOffice writes
    sizes and typefaces only there, and shows text in them)."""
    found: list[Any] = []
    for element in _chain(placeholder)[1:]:
        for para in element.findall(f"{NS_P}txBody/{NS_A}p"):
            ppr = para.find(f"{NS_A}pPr")
            if int(ppr.get("lvl", "0") if ppr is not None else 0) == level:
                found += para.findall(f"{NS_A}r/{NS_A}rPr")
                found += para.findall(f"{NS_A}endParaRPr")
    return found


def _typeface(rpr: Any) -> str:
    """The ``a:latin`` typeface of run properties, "" when they name none."""
    latin = rpr.find(f"{NS_A}latin") if rpr is not None else None
    return (latin.get("typeface") or "") if latin is not None else ""


def theme_font(placeholder: Any, typeface: str) -> str:
    """``typeface``, or the face of the master's theme it names (``+mj-lt`` the major, ``+mn-lt``
    the minor Latin face); "" when the theme names none."""
    if not typeface.startswith("+"):
        return typeface
    master = _master(placeholder)
    try:
        theme = master.part.part_related_by(RT.THEME) if master is not None else None
    except KeyError:
        return ""
    if theme is None:
        return ""
    major, minor = theme_part_fonts(theme.blob)
    return major if typeface.startswith("+mj") else minor


def _vals(ppr: Any, path: str) -> list[str]:
    """The ``val`` attributes of the elements at ``path`` (a:-prefixed steps) under ``ppr``."""
    steps = "/".join(NS_A + step for step in path.split("/"))
    return [v for v in (el.get("val") for el in ppr.findall(steps)) if v is not None]


def _collect(ppr: Any, found: dict[str, float]) -> None:
    def put(key: str, value: str | None, scale: float) -> None:
        if value is not None and key not in found:
            found[key] = float(value) * scale

    put("marL", ppr.get("marL"), 1)
    rpr = ppr.find(f"{NS_A}defRPr")
    if rpr is not None:
        put("size", rpr.get("sz"), 0.01)
        put("bold", rpr.get("b"), 1)
        cap = rpr.get("cap")
        put("caps", None if cap is None else str(int(cap in ("all", "small"))), 1)
    if "line" not in found and "line_pts" not in found:
        for pct in _vals(ppr, "lnSpc/spcPct"):
            put("line", pct, 1e-5)
        for pts in _vals(ppr, "lnSpc/spcPts"):
            put("line_pts", pts, 0.01)
    if "before_pts" not in found and "before_pct" not in found:
        for pts in _vals(ppr, "spcBef/spcPts"):
            put("before_pts", pts, 0.01)
        for pct in _vals(ppr, "spcBef/spcPct"):
            put("before_pct", pct, 1e-5)
    if "after_pts" not in found and "after_pct" not in found:
        for pts in _vals(ppr, "spcAft/spcPts"):
            put("after_pts", pts, 0.01)
        for pct in _vals(ppr, "spcAft/spcPct"):
            put("after_pct", pct, 1e-5)


_INSET_DEFAULTS = {"lIns": 91440, "tIns": 45720, "rIns": 91440, "bIns": 45720}


def _own_insets(element: Any) -> bool:
    """Whether a placeholder's own text body sets any inset."""
    return any(
        body_pr.get(key) is not None
        for body_pr in element.findall(f"{NS_P}txBody/{NS_A}bodyPr")
        for key in _INSET_DEFAULTS
    )


def box_insets(placeholder: Any) -> tuple[float, float, float, float]:
    """The text insets (left, top, right, bottom) of a placeholder, in points."""
    values: dict[str, int] = {}
    for el in _chain(placeholder):
        for body_pr in el.findall(f"{NS_P}txBody/{NS_A}bodyPr"):
            for key in _INSET_DEFAULTS:
                if key not in values and body_pr.get(key) is not None:
                    values[key] = int(body_pr.get(key))
    got = {key: values.get(key, default) / EMU_PER_PT for key, default in _INSET_DEFAULTS.items()}
    return got["lIns"], got["tIns"], got["rIns"], got["bIns"]


def inheritance_key(placeholder: Any) -> tuple[Any, ...] | None:
    """What ``level_style``, ``box_insets`` and ``extent`` of a placeholder depend on, for
    keeping their answers; the same in every presentation opened from one template.

    A slide placeholder that sets no position, size, list style or inset of its own has the
    answers of every other with its layout, type and idx; one that sets any has None (work them
    out afresh). A layout placeholder is named by its layout and its place among the shapes.
    """
    element = placeholder._element
    part = placeholder.part
    if isinstance(part, SlideLayoutPart):
        return ("layout", str(part.partname), element.getparent().index(element))
    if not isinstance(part, SlidePart):
        return None
    if element.tag != NS_P + "sp" or element.find(f"{NS_P}spPr/{NS_A}xfrm") is not None:
        return None
    styles = element.find(f"{NS_P}txBody/{NS_A}lstStyle")
    if (styles is not None and len(styles)) or _own_insets(element):
        return None
    return ("slide", str(part.slide_layout.part.partname), *placeholder_kind(placeholder))
