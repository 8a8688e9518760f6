"""A Word body's blocks (paragraphs, tables, content controls) found by their ``_bk`` bookmarks,
told apart when someone annotated them, and copied from one python-docx document into another.

A copied block brings its pictures (added to the target once, by their bytes) and outside links
with it, and takes bookmark and drawing ids the target does not use yet; a block that refers to
any other part (a chart, a footnote, an embedded object) is not copied (``BlockRefusedError``).
Its styles are the target's of the same name, or copied in when the target has none.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterable, Iterator
from typing import Any

from briefkit.render.office.pieces import R, W, put_bookmark

__all__ = [
    "BLOCKS",
    "BlockCopier",
    "BlockRefusedError",
    "anchored_blocks",
    "annotated",
    "body_of",
    "drop_duplicate_bookmarks",
    "run_looks",
    "set_anchor",
]

BLOCKS = (W + "p", W + "tbl", W + "sdt")
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_ANNOTATIONS = {
    W + name
    for name in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rPrChange",
        "pPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "cellIns",
        "cellDel",
        "commentRangeStart",
        "commentRangeEnd",
        "commentReference",
    )
}
"""Tracked changes and comment anchors: their block stays as the user left it."""
_REFERENCES = (R + "id", R + "embed", R + "link")
_LOOKS = ("b", "i", "u", "strike", "dstrike", "color", "highlight", "caps")
_STYLE_REFERENCES = (W + "pStyle", W + "rStyle", W + "tblStyle")


class BlockRefusedError(ValueError):
    """A block refers to a part that cannot be brought into another document."""


def body_of(document: Any) -> Any:
    """The ``w:body`` of a python-docx document."""
    return document.element.body


def anchored_blocks(body: Any) -> dict[str, Any]:
    """Each ``_bk`` bookmark's block (a child of ``body``): the first block holding it."""
    found: dict[str, Any] = {}
    for block in body:
        if block.tag not in BLOCKS:
            continue
        for mark in block.iter(W + "bookmarkStart"):
            name = str(mark.get(W + "name", ""))
            if name.startswith("_bk"):
                found.setdefault(name, block)
    return found


def annotated(block: Any) -> bool:
    """Whether ``block`` holds a tracked change or a comment's anchor."""
    return any(e.tag in _ANNOTATIONS for e in block.iter())


def run_looks(block: Any) -> set[tuple[tuple[str, str], ...]]:
    """The looks of the block's runs of text set by hand (bold, italic, underline, strike,
    colour, highlight, capitals), each as (property, value) pairs: a restyled run brings one
    that today's build of the block has nowhere (LibreOffice keeps these as they are)."""
    looks = set()
    for run in block.iter(W + "r"):
        if not any(t.text for t in run.iter(W + "t")):
            continue
        properties = run.find(W + "rPr")
        found = []
        for name in _LOOKS if properties is not None else ():
            element = properties.find(W + name)
            if element is not None:
                value = str(element.get(W + "val", "on"))
                found.append((name, "off" if value in ("0", "false", "off") else value))
        looks.add(tuple(found))
    return looks


def set_anchor(block: Any, name: str, number: int) -> None:
    """Make ``name`` (with bookmark id ``number``) the block's only ``_bk`` bookmark."""
    ids = set()
    for mark in list(block.iter(W + "bookmarkStart")):
        if str(mark.get(W + "name", "")).startswith("_bk"):
            ids.add(mark.get(W + "id"))
            mark.getparent().remove(mark)
    for end in list(block.iter(W + "bookmarkEnd")):
        if end.get(W + "id") in ids:
            end.getparent().remove(end)
    put_bookmark(block, name, number)


def drop_duplicate_bookmarks(body: Any) -> int:
    """Keep the first bookmark of each name (a copied heading may bring one the body has);
    returns how many were dropped."""
    seen: set[str] = set()
    dropped: set[str] = set()
    for mark in list(body.iter(W + "bookmarkStart")):
        name = str(mark.get(W + "name", ""))
        if name in seen:
            dropped.add(str(mark.get(W + "id")))
            mark.getparent().remove(mark)
        seen.add(name)
    ends = [e for e in body.iter(W + "bookmarkEnd") if str(e.get(W + "id")) in dropped]
    started: set[str] = {str(m.get(W + "id")) for m in body.iter(W + "bookmarkStart")}
    for end in ends:
        if str(end.get(W + "id")) not in started:
            end.getparent().remove(end)
    return len(dropped)


def _style_names(document: Any) -> dict[str, str]:
    """A document's styles: name -> id (the first of a name)."""
    names: dict[str, str] = {}
    styles = document.styles.element
    for style in styles.iter(W + "style"):
        name = style.find(W + "name")
        if name is not None:
            names.setdefault(str(name.get(W + "val", "")), str(style.get(W + "styleId", "")))
    return names


def _numbers(elements: Iterable[Any], attribute: str) -> Iterator[int]:
    for element in elements:
        value = str(element.get(attribute, ""))
        if value.isdigit():
            yield int(value)


class BlockCopier:
    """Copies blocks of the python-docx document ``source`` into ``target``."""

    def __init__(self, target: Any, source: Any) -> None:
        self.target, self.source = target, source
        root = target.element
        marks = [*root.iter(W + "bookmarkStart"), *root.iter(W + "bookmarkEnd")]
        self._bookmark = max([0, *_numbers(marks, W + "id")])
        self._drawing = max([0, *_numbers(root.iter(WP + "docPr"), "id")])
        self._styles: dict[str, str] | None = None

    def bookmark_id(self) -> int:
        """A bookmark id the target does not use yet."""
        self._bookmark += 1
        return self._bookmark

    def copy(self, block: Any) -> Any:
        """A copy of ``block`` for the target (not yet placed); BlockRefusedError when it refers to
        a part other than a picture or an outside link."""
        made = copy.deepcopy(block)
        rels = self.source.part.rels
        for element in made.iter():
            for attribute in _REFERENCES:
                r_id = element.get(attribute)
                if r_id is not None:
                    element.set(attribute, self._relate(rels.get(r_id), r_id))
        renumbered: dict[str, str] = {}
        for mark in [*made.iter(W + "bookmarkStart"), *made.iter(W + "bookmarkEnd")]:
            old = str(mark.get(W + "id"))
            if old not in renumbered:
                renumbered[old] = str(self.bookmark_id())
            mark.set(W + "id", renumbered[old])
        for drawing in made.iter(WP + "docPr"):
            self._drawing += 1
            drawing.set("id", str(self._drawing))
        styles = self._style_ids()
        for reference in made.iter(*_STYLE_REFERENCES):
            value = str(reference.get(W + "val", ""))
            reference.set(W + "val", styles.get(value) or self._bring_style(value))
        return made

    def _bring_style(self, sid: str) -> str:
        """The style ``sid`` in the target: copied from the source (with the styles it is based
        on) when the target has none of that id or name (LibreOffice renames "Citation")."""
        target = self.target.styles.element
        if any(s.get(W + "styleId") == sid for s in target.iter(W + "style")):
            return sid
        found = next(
            (
                s
                for s in self.source.styles.element.iter(W + "style")
                if s.get(W + "styleId") == sid
            ),
            None,
        )
        if found is not None:
            target.append(copy.deepcopy(found))
            based = found.find(W + "basedOn")
            if based is not None:
                self._bring_style(str(based.get(W + "val", "")))
        return sid

    def _style_ids(self) -> dict[str, str]:
        """The source's style ids that the target names otherwise -> the target's id of the
        style of the same name (LibreOffice renames some ids: "Caption" to "Caption1")."""
        if self._styles is None:
            target = _style_names(self.target)
            folded = {name.casefold(): sid for name, sid in reversed(target.items())}
            self._styles = {}
            for name, sid in _style_names(self.source).items():
                found = target.get(name) or folded.get(name.casefold())
                if found and found != sid:
                    self._styles[sid] = found
        return self._styles

    def _relate(self, rel: Any, r_id: str) -> str:
        if rel is None:
            raise BlockRefusedError(f"it refers to {r_id}, which its document does not have")
        if rel.is_external:
            return str(self.target.part.relate_to(rel.target_ref, rel.reltype, is_external=True))
        if rel.reltype == _IMAGE:
            blob = rel.target_part.blob
            return str(self.target.part.get_or_add_image(io.BytesIO(blob))[0])
        raise BlockRefusedError(
            f"it refers to a part of another kind ({rel.reltype.rsplit('/')[-1]})"
        )
