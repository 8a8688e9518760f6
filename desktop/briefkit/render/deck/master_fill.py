"""Layouts that lean on their master: the master's title and body placeholders copied in.

Some templates (a university's 4:3 deck, say) draw their placeholders on the slide master only
and leave every layout empty, or give a layout a body but no title. PowerPoint puts only a
layout's own placeholders on a new slide, so such a layout would make slides with nothing to
write into. The deck's copy of such a layout gets copies of the master's placeholders instead:

- a layout holding no content placeholder at all (only date, footer or slide number, or
  nothing) gets the master's title and body (a "title only" layout the title alone), and the
  master's footer and slide number when it has none of its own and its own drawing leaves
  their place free; the body becomes a content
  placeholder (``obj``: text, a chart or a table) except on a title slide or section header;
- a layout of one of PowerPoint's standard kinds (its ``type`` is not "cust") with content but
  no title gets the master's title.

A template with no title placeholder anywhere (headings in text placeholders at the top of
each layout) has each layout's heading box made its title. A layout that is really blank (type
"blank", or a custom one hiding the master's shapes, ``showMasterSp="0"``, with no
placeholders) gets nothing. The template file is not changed:
``master_fill_plan`` works out what to copy from one presentation of the template,
``apply_master_fill`` copies it into each presentation made from it
(``DeckTemplate.new_document``) and into the one the layouts are chosen from, so both see the
same placeholders.
"""

from __future__ import annotations

import copy
from typing import Any

from briefkit.render.deck.geometry import Rect, layout_drawing
from briefkit.render.deck.placeholders import (
    NS_P,
    PH,
    PH_ELEMENT,
    TITLE_TYPES,
    placeholder_elements,
    placeholder_kind,
    placeholder_shape,
)

__all__ = [
    "FillPlan",
    "Reshape",
    "apply_cover_titles",
    "apply_master_fill",
    "cover_title_plan",
    "master_fill_plan",
]

#: (master index, layout index, the master's placeholders to copy into it: their positions
#: among the master's placeholders, and whether the copy becomes a content placeholder; the
#: position among the layout's own placeholders of a heading box made its title, or None).
FillPlan = tuple[tuple[int, int, tuple[tuple[int, bool], ...], int | None], ...]

_FRAME = (PH.DATE, PH.FOOTER, PH.SLIDE_NUMBER)
#: Layout types whose copy of the master's body stays a text placeholder; on the others it
#: becomes a content placeholder (``obj``, as PowerPoint's "Title and Content" has), which
#: holds a chart or a table as well as text.
_TEXT_ONLY = ("title", "secHead")
#: The master's placeholders that may stand in for a kind the layout lacks.
_SAME = {PH.BODY: (PH.BODY, PH.OBJECT), PH.TITLE: TITLE_TYPES}


def _blank(layout: Any, own: list[Any]) -> bool:
    """Blank: of type "blank", or a custom layout hiding the master's shapes with no
    placeholders (a title slide or section header that hides them is still filled)."""
    element = layout._element
    kind = element.get("type", "cust")
    return kind == "blank" or (kind == "cust" and element.get("showMasterSp") == "0" and not own)


def _wanted(layout: Any) -> list[Any]:
    """The kinds of the master's placeholders ``layout`` should get, in order."""
    own = placeholder_elements(layout)
    if _blank(layout, own):
        return []
    kinds = {ref.kind for ref in own}
    kind = layout._element.get("type", "cust")
    if not kinds - set(_FRAME):
        wanted = [PH.TITLE] if kind == "titleOnly" else [PH.TITLE, PH.BODY]
        return wanted + [k for k in (PH.FOOTER, PH.SLIDE_NUMBER) if k not in kinds]
    if kind != "cust" and not kinds & set(TITLE_TYPES):
        return [PH.TITLE]
    return []


def master_fill_plan(prs: Any) -> FillPlan:
    """Which of its master's placeholders each layout of ``prs`` gets (see the module)."""
    plan: list[tuple[int, int, tuple[tuple[int, bool], ...], int | None]] = []
    for m, master in enumerate(prs.slide_masters):
        on_master = placeholder_elements(master)
        for i, layout in enumerate(master.slide_layouts):
            positions: list[tuple[int, bool]] = []
            content = layout._element.get("type", "cust") not in _TEXT_ONLY
            drawn = layout_drawing(layout)
            for kind in _wanted(layout):
                kinds = _SAME.get(kind, (kind,))
                found = next((n for n, ref in enumerate(on_master) if ref.kind in kinds), None)
                if found is not None and kind in _FRAME:
                    # The layout's own picture where the master has its slide number (a title
                    # slide's banner): the layout is drawn without it.
                    rect = Rect.of(placeholder_shape(master, on_master[found]))
                    if any(rect.intersection(shape) for shape in drawn):
                        continue
                if found is not None:
                    positions.append((found, content and kind == PH.BODY))
            if positions:
                plan.append((m, i, tuple(positions), None))
    if not any(kind in TITLE_TYPES for kind in _title_kinds(prs, plan)):
        plan = [*plan, *_headings(prs)]
    return tuple(plan)


def _title_kinds(prs: Any, plan: list[Any]) -> list[Any]:
    """The kinds of every placeholder the layouts of ``prs`` will hold, their own and copied."""
    kinds = [ref.kind for layout in prs.slide_layouts for ref in placeholder_elements(layout)]
    for m, _, positions, _ in plan:
        on_master = placeholder_elements(prs.slide_masters[m])
        kinds += [on_master[position].kind for position, _ in positions]
    return kinds


def _headings(prs: Any) -> list[tuple[int, int, tuple[tuple[int, bool], ...], int | None]]:
    """For a template with no title placeholder anywhere (its headings drawn as text boxes at
    the top of each layout, as a city's template had): each layout's heading box, a text
    placeholder starting in the top fifth of the slide, no taller than a quarter of it, at least
    half its width, above another placeholder, made its title."""
    width, height = int(prs.slide_width), int(prs.slide_height)
    found: list[tuple[int, int, tuple[tuple[int, bool], ...], int | None]] = []
    for m, master in enumerate(prs.slide_masters):
        for i, layout in enumerate(master.slide_layouts):
            refs = placeholder_elements(layout)
            boxes = [
                (n, placeholder_shape(layout, ref))
                for n, ref in enumerate(refs)
                if ref.kind not in _FRAME
            ]
            texts = [(n, box) for n, box in boxes if placeholder_kind(box)[0] in _SAME[PH.BODY]]
            if len(boxes) < 2 or not texts:
                continue
            n, top = min(texts, key=lambda item: int(item[1].top or 0))
            below = any(int(box.top or 0) > int(top.top or 0) for _, box in boxes)
            heading = int(top.top or 0) < height / 5 and int(top.height or 0) <= height / 4
            if heading and int(top.width or 0) >= width / 2 and below:
                found.append((m, i, (), n))
    return found


def apply_master_fill(prs: Any, plan: FillPlan) -> None:
    """Copy the master's placeholders into the layouts of ``prs`` as ``plan`` says."""
    for m, i, positions, heading in plan:
        master = prs.slide_masters[m]
        layout = master.slide_layouts[i]
        if heading is not None:  # a title, at idx 0 as PowerPoint numbers titles
            ph = PH_ELEMENT(placeholder_elements(layout)[heading].element)[0]
            ph.set("type", "title")
            ph.set("idx", "0")
        tree = layout.shapes._spTree
        on_master = placeholder_elements(master)
        next_id = 1 + max((int(e.get("id")) for e in tree.iter(f"{NS_P}cNvPr")), default=1)
        ext = tree.find(f"{NS_P}extLst")
        for position, as_content in positions:
            clone = copy.deepcopy(on_master[position].element)
            clone.find(f"{NS_P}nvSpPr/{NS_P}cNvPr").set("id", str(next_id))
            if as_content:
                PH_ELEMENT(clone)[0].attrib.pop("type", None)
            next_id += 1
            if ext is None:
                tree.append(clone)
            else:
                ext.addprevious(clone)


#: (master index, layout index, the title's and the content placeholder's new box as
#: (left, top, width, height) in EMU).
Reshape = tuple[tuple[int, int, tuple[int, int, int, int], tuple[int, int, int, int]], ...]

#: A title taller than this share of the slide, over a content strip shorter than
#: ``_STRIP``, is a cover's title, not a heading (LibreOffice's "Typography" masters).
_COVER = 0.5
_STRIP = 0.25
#: The heading band such a layout gets: this share of the slide's height, then a gap.
_BAND = 0.15
_GAP = 0.02


def cover_title_plan(prs: Any) -> Reshape:
    """Content layouts whose title covers most of the slide, with their one content
    placeholder a strip under it (a template made of cover slides): the title becomes a band
    at its top and the content placeholder takes the room from under the band to its bottom,
    so text, charts and tables get the slide and the title stays the theme's."""
    height = int(prs.slide_height)
    found = []
    for m, master in enumerate(prs.slide_masters):
        for i, layout in enumerate(master.slide_layouts):
            if layout._element.get("type", "cust") in _TEXT_ONLY:
                continue
            refs = placeholder_elements(layout)
            titles = [placeholder_shape(layout, r) for r in refs if r.kind in TITLE_TYPES]
            texts = [placeholder_shape(layout, r) for r in refs if r.kind in _SAME[PH.BODY]]
            if len(titles) != 1 or len(texts) != 1:
                continue
            title, text = titles[0], texts[0]
            t_top, t_height = int(title.top or 0), int(title.height or 0)
            bottom = int(text.top or 0) + int(text.height or 0)
            if (
                t_height <= _COVER * height
                or int(text.top or 0) < t_top + t_height // 2
                or int(text.height or 0) >= _STRIP * height
            ):
                continue
            band = int(_BAND * height)
            top = t_top + band + int(_GAP * height)
            found.append(
                (
                    m,
                    i,
                    (int(title.left or 0), t_top, int(title.width or 0), band),
                    (int(text.left or 0), top, int(text.width or 0), bottom - top),
                )
            )
    return tuple(found)


def apply_cover_titles(prs: Any, plan: Reshape) -> None:
    """Give the layouts of ``prs`` the boxes ``plan`` says (``cover_title_plan``)."""
    for m, i, title_box, text_box in plan:
        layout = prs.slide_masters[m].slide_layouts[i]
        refs = placeholder_elements(layout)
        for kinds, box in ((TITLE_TYPES, title_box), (_SAME[PH.BODY], text_box)):
            shape = next(placeholder_shape(layout, r) for r in refs if r.kind in kinds)
            shape.left, shape.top, shape.width, shape.height = box
