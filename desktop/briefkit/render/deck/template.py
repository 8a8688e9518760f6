"""PowerPoint templates for decks: loading, and checking against the contract.

The contract (``templates/README.md``, "Deck template") names the layouts the deck uses. A
template that lacks one still works: the slide goes into a layout with the placeholders it needs
(a title and a content placeholder, at worst), and a warning says which layout was used. What
cannot work (not a presentation, macros, no layout with a title and a content placeholder) raises
``TemplateError`` with a sentence that names the file and the fix.

Layouts are chosen for each role in ``layout_choice``; layouts that lean on their master's
placeholders get copies of them (``master_fill``). Placeholders are found and measured in
``placeholders``; the text styles they inherit are read in ``text_styles``.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx import Presentation

from briefkit.messages import message
from briefkit.render.deck.layout_choice import (
    LAYOUT_ALIASES,
    DeckLayout,
    LayoutChoice,
    LayoutRef,
    choose_layouts,
)
from briefkit.render.deck.master_fill import (
    apply_cover_titles,
    apply_master_fill,
    cover_title_plan,
    master_fill_plan,
)
from briefkit.render.deck.placeholders import PH_ELEMENT, TITLE_TYPES, placeholder_elements
from briefkit.render.deck.template_cache import TemplateCache
from briefkit.render.office.opening import POWERPOINT, open_package, read_document

__all__ = [
    "LAYOUT_ALIASES",
    "DeckLayout",
    "DeckTemplate",
    "LayoutChoice",
    "TemplateCache",
    "load_deck_template",
]


@dataclass(frozen=True)
class DeckTemplate:
    """A checked deck template: its bytes, the layout chosen for each role, and warnings."""

    path: Path
    package: bytes = field(repr=False)
    layouts: Mapping[DeckLayout, LayoutRef]
    warnings: tuple[str, ...]
    #: Role -> how its layout was found, in the contract's order (what ``check`` prints).
    mapping: tuple[LayoutChoice, ...] = ()
    #: Made afresh with each instance (also by ``dataclasses.replace``), never passed in.
    cache: TemplateCache = field(
        default_factory=TemplateCache, init=False, compare=False, repr=False
    )

    def new_document(self) -> Any:
        """A fresh ``pptx.Presentation`` of the template, with any slides it had removed and
        the master's placeholders given to the layouts that lack them (``master_fill``)."""
        prs = Presentation(io.BytesIO(self.package))
        plan = _prepare(prs, self.cache.get(_FILL))
        self.cache.put(_FILL, plan)
        return prs

    def layout(self, prs: Any, role: DeckLayout) -> Any:
        """The layout for ``role`` in ``prs`` (a presentation made by ``new_document``)."""
        ref = self.layouts[role]
        return prs.slide_masters[ref.master].slide_layouts[ref.index]


_FILL = "master fill"
"""The template cache's key of the layouts' preparation (``_prepare``)."""

#: The layouts chosen for the templates read lately, by the digest of their bytes and their
#: path, with the template's slide count and what was worked out on the way (the layouts'
#: preparation, their geometry), which the template's first deck then need not work out again:
#: the window checks a template, then exports with it, perhaps many times.
_CHOSEN: dict[tuple[str, str], tuple[tuple[LayoutChoice, ...], int, TemplateCache]] = {}
_CHOSEN_MAX = 16


def load_deck_template(path: Path | str) -> DeckTemplate:
    """Read and check a deck template (.pptx or .potx); raise ``TemplateError`` if unusable."""
    path = Path(path)
    data, notes = open_package(path, POWERPOINT)  # exists, macros, OLE, zip, type: opening.py
    key = (hashlib.sha256(data).hexdigest(), str(path))
    if key not in _CHOSEN:
        prs = read_document(Presentation, data, path, POWERPOINT)
        slides = len(prs.slides)
        worked_out = TemplateCache()
        plan = _prepare(prs, None)  # the layouts as every new_document will hold them
        worked_out.put(_FILL, plan)
        filled = frozenset((m, i) for m, i, clones, _ in plan[0] if clones)
        chosen = choose_layouts(prs, path, filled, worked_out)
        while len(_CHOSEN) >= _CHOSEN_MAX:
            del _CHOSEN[next(iter(_CHOSEN))]
        _CHOSEN[key] = (chosen, slides, worked_out)
    mapping, slides, worked_out = _CHOSEN[key]
    warnings = [*notes, *(choice.warning for choice in mapping if choice.warning)]
    if slides:
        warnings.append(message("deck_template_slides", name=path.name, n=slides))
    layouts = {choice.role: choice.layout for choice in mapping}
    template = DeckTemplate(path, data, layouts, tuple(warnings), mapping)
    template.cache.update(worked_out)
    return template


def _prepare(prs: Any, plan: tuple[Any, Any] | None) -> tuple[Any, Any]:
    """Make ``prs`` a deck's start: its slides removed, the master's placeholders copied into
    the layouts that lack them and cover titles made bands (by ``plan``, worked out when None),
    each layout placeholder with its own idx; the plan."""
    _remove_slides(prs)
    if plan is None:
        plan = (master_fill_plan(prs), cover_title_plan(prs))
    apply_master_fill(prs, plan[0])
    apply_cover_titles(prs, plan[1])
    _unique_placeholder_idx(prs)
    return plan


def _unique_placeholder_idx(prs: Any) -> None:
    """Give each placeholder of a layout its own idx, as PowerPoint does.

    LibreOffice writes placeholders without an idx, so the title and the content placeholder
    of its layouts both have idx 0, and python-pptx (like PowerPoint) would give a slide's
    content placeholder the title's place. Renumbering in the deck's copy of the layouts
    (the title keeps its idx, the others that share one get 100, 101, ...) keeps every slide
    placeholder tied to its own.
    """
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            taken: set[int] = set()
            fresh = 100
            refs = placeholder_elements(layout)
            for ref in sorted(refs, key=lambda ref: ref.kind not in TITLE_TYPES):
                if ref.idx not in taken:
                    taken.add(ref.idx)
                    continue
                while fresh in taken:
                    fresh += 1
                PH_ELEMENT(ref.element)[0].set("idx", str(fresh))
                taken.add(fresh)


def _remove_slides(prs: Any) -> None:
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)
