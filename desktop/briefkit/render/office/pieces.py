"""The pieces Briefkit wrote in a finished deck or report, each given a stable id and an anchor.

A deck's slides fall into parts: ``front`` (title, agenda, key figures), one per section (from
its divider slide, found by the section's title), and ``sources``; a slide's key is
``<part>.<n>``. Each shape of a slide is a piece ``<key>/<role>`` (``title``, ``body``, ``pic``,
``table``, ``chart``..., with ``-2``, ``-3`` for a second one) and its notes ``<key>/notes``;
the shape's name becomes ``bk:<id>`` (PowerPoint keeps every name; LibreOffice keeps those of
pictures, tables and charts, and renames placeholders). A report's body is cut into parts at
each Heading 1 (a section's id when its title matches, ``front`` before the first), and each
paragraph or table is a piece ``<part>.<n>`` anchored by a hidden bookmark ``_bk<n>`` (which
Word and LibreOffice keep). Every piece carries a digest of what was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.compose.shown import digest_of
from briefkit.render.office.record import Piece
from briefkit.render.office.xmlparts import parse_part, target_part

__all__ = [
    "LiveParts",
    "Parts",
    "SlideFound",
    "block_text",
    "deck_pieces",
    "look_of",
    "parse_xml",
    "put_bookmark",
    "report_pieces",
    "slide_parts",
    "walk_deck",
]

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HERE = Path("document")
ANCHOR_PREFIX = "bk:"


def parse_xml(name: str, blob: bytes) -> Any:
    return parse_part(name, blob, _HERE, "document")


class Parts:
    """A package's parts by name, read as needed: its XML as trees, its relationships."""

    def __init__(self, read: Callable[[str], bytes | None]) -> None:
        self.read = read
        """The bytes of a part by name (None: no such part)."""
        self.trees: dict[str, Any] = {}
        self.edited: set[str] = set()
        """The parts whose trees were changed (to be written back)."""

    def tree(self, name: str) -> Any:
        """The parsed part ``name`` (None if the package has none), to read."""
        if name not in self.trees:
            blob = self.read(name)
            if blob is None:
                return None
            self.trees[name] = parse_xml(name, blob)
        return self.trees[name]

    def edit(self, name: str) -> Any:
        """The parsed part ``name``, to change: it is written back."""
        found = self.tree(name)
        if found is not None:
            self.edited.add(name)
        return found

    def rels(self, owner: str) -> dict[str, str]:
        """Relationship id -> target part name of the part ``owner``."""
        folder, _, base = owner.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        blob = self.read(rels_name)
        if blob is None:
            return {}
        return {
            str(rel.get("Id")): target_part(rels_name, str(rel.get("Target", "")))
            for rel in parse_xml(rels_name, blob)
            if rel.get("TargetMode") != "External"
        }

    def sha(self, name: str | None) -> str:
        blob = self.read(name) if name else None
        return hashlib.sha256(blob).hexdigest()[:16] if blob is not None else ""


class LiveParts(Parts):
    """The parts of a document python-docx or python-pptx is building (``main``: its main
    part): its XML trees are the live ones, so a change is saved with the document."""

    def __init__(self, main: Any) -> None:
        self.parts = {_name(main): main}
        """The parts met so far (a part is met through a relationship of one met before)."""
        super().__init__(lambda name: p.blob if (p := self.parts.get(name)) else None)

    def tree(self, name: str) -> Any:
        element = getattr(self.parts.get(name), "_element", None)
        return element if element is not None else super().tree(name)

    def rels(self, owner: str) -> dict[str, str]:
        part = self.parts.get(owner)
        if part is None:
            return {}
        found = {}
        for r_id, rel in part.rels.items():
            if not rel.is_external:
                found[str(r_id)] = name = _name(rel.target_part)
                self.parts.setdefault(name, rel.target_part)
        return found


def _name(part: Any) -> str:
    return str(part.partname).lstrip("/")


def _text(element: Any, para: str, run_text: str) -> str:
    """The text under ``element``: its paragraphs joined by new lines."""
    lines = []
    for p in element.iter(para):
        lines.append("".join(t.text or "" for t in p.iter(run_text)))
    return "\n".join(lines)


# --- the deck ---------------------------------------------------------------------------------


def slide_parts(parts: Parts) -> list[str]:
    """The slides' part names in the order shown."""
    main = "ppt/presentation.xml"
    presentation = parts.tree(main)
    if presentation is None:
        return []
    rels = parts.rels(main)
    ids = presentation.iter(P + "sldId")
    return [rels[str(s.get(R + "id"))] for s in ids if str(s.get(R + "id")) in rels]


def _title(slide: Any) -> str:
    for sp in slide.iter(P + "sp"):
        ph = sp.find(f"{P}nvSpPr/{P}nvPr/{P}ph")
        if ph is not None and ph.get("type") in ("title", "ctrTitle"):
            return _text(sp, A + "p", A + "t").strip()
    return ""


def _role(shape: Any) -> str:
    ph = shape.find(f"./*/{P}nvPr/{P}ph")
    if ph is not None:  # LibreOffice saves a centred title as a title
        return {"ctrTitle": "title"}.get(str(ph.get("type", "body")), str(ph.get("type", "body")))
    tag = str(shape.tag).removeprefix(P)
    if tag == "graphicFrame":
        uri = shape.find(f"{A}graphic/{A}graphicData")
        kind = str(uri.get("uri", "")) if uri is not None else ""
        return "table" if kind.endswith("/table") else "chart" if "chart" in kind else "frame"
    return {"pic": "pic", "sp": "shape", "grpSp": "group", "cxnSp": "line"}.get(tag, tag)


def _box(shape: Any) -> str:
    xfrm = shape.find(P + "xfrm")  # a graphic frame's
    for child in shape if xfrm is None else ():
        if child.tag in _PROPERTIES:
            xfrm = child.find(A + "xfrm")
            break
    off = xfrm.find(A + "off") if xfrm is not None else None
    ext = xfrm.find(A + "ext") if xfrm is not None else None
    if off is None or ext is None:
        return ""
    return " ".join(str(v) for v in (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy")))


def placed_box(shape: Any, rels: Mapping[str, str], parts: Parts) -> str:
    """A shape's box, or the one a placeholder inherits from its layout (by index) or master
    (by type), so that a placeholder moved by hand shows, and one LibreOffice wrote out does
    not; ``rels``: its slide's relationships."""
    box = _box(shape)
    ph = shape.find(f"./*/{P}nvPr/{P}ph")
    if box or ph is None:
        return box
    layout = next((t for t in rels.values() if "slideLayout" in t), None)
    master = (
        next((t for t in parts.rels(layout).values() if "slideMaster" in t), None)
        if layout
        else None
    )
    kind = str(ph.get("type", "body"))
    for owner, same in ((layout, "idx"), (master, "type")):
        tree = parts.tree(owner) if owner else None
        for other in _shapes(tree) if tree is not None else ():
            theirs = other.find(f"./*/{P}nvPr/{P}ph")
            if theirs is None:
                continue
            wanted = str(ph.get("idx", "0")) if same == "idx" else kind
            have = str(theirs.get("idx", "0")) if same == "idx" else str(theirs.get("type", "body"))
            if have == wanted and (found := _box(other)):
                return found
    return ""


def _shape_digest(shape: Any, rels: Mapping[str, str], parts: Parts) -> str:
    """What a shape shows: its text, its table's cells, its picture's bytes, its chart's values."""
    blips = [rels.get(str(b.get(R + "embed"))) for b in shape.iter(A + "blip")]
    charts = [rels.get(str(c.get(R + "id"))) for c in shape.iter(C + "chart")]
    values: list[str] = []
    for chart in charts:
        tree = parts.tree(chart) if chart else None
        if tree is not None:
            values.append("\t".join(v.text or "" for v in tree.iter(C + "v")))
    rows = shape.iter(A + "tr")
    table = ["\t".join(_text(c, A + "p", A + "t") for c in r.iter(A + "tc")) for r in rows]
    text = "" if table else _text(shape, A + "p", A + "t")
    return digest_of([text, *table, *(parts.sha(b) for b in blips), *values])


_LOOK = ("b", "i", "u", "strike", "sz", "baseline")
_PLAIN = {"b": "0", "i": "0", "u": "none", "strike": "noStrike", "baseline": "0"}


def look_of(shape: Any) -> str:
    """A digest of how a shape's text looks: the distinct looks of its runs (bold, italic,
    underline, strike, size, raised or lowered and, outside tables, colour), leaving aside what
    LibreOffice writes out for an inherited look ("" when it has no text runs)."""
    table = next(shape.iter(A + "tbl"), None) is not None
    found = set()
    for run in shape.iter(A + "r"):
        props = run.find(A + "rPr")
        attrs = props.attrib if props is not None else {}
        look = [f"{k}={attrs[k]}" for k in _LOOK if k in attrs and _PLAIN.get(k) != attrs[k]]
        fill = props.find(A + "solidFill") if props is not None and not table else None
        colour = next(iter(fill), None) if fill is not None else None
        if colour is not None:
            look.append(f"colour={colour.get('val', '')}")
        found.add(" ".join(look))
    return digest_of(sorted(found)) if found else ""


def _shapes(slide: Any) -> list[Any]:
    tree = slide.find(f"{P}cSld/{P}spTree")
    return [] if tree is None else [s for s in tree if str(s.tag).removeprefix(P) in _SHAPES]


_SHAPES = ("sp", "pic", "graphicFrame", "grpSp", "cxnSp")
_PROPERTIES = (P + "spPr", P + "grpSpPr")


def _name_pieces(
    key: str, shapes: Sequence[Any], rels: Mapping[str, str], parts: Parts, kind: str = ""
) -> list[Piece]:
    pieces = []
    seen: dict[str, int] = {}
    for shape in shapes:
        role = kind or _role(shape)
        seen[role] = seen.get(role, 0) + 1
        pid = f"{key}/{role}" + (f"-{seen[role]}" if seen[role] > 1 else "")
        c_nv = shape.find(f"./*/{P}cNvPr")
        if c_nv is not None:
            c_nv.set("name", ANCHOR_PREFIX + pid)
        digest = _shape_digest(shape, rels, parts)
        look = look_of(shape)
        box = placed_box(shape, rels, parts)
        pieces.append(Piece(pid, ANCHOR_PREFIX + pid, role, digest, box, key, look=look))
    return pieces


def deck_pieces(
    parts: Parts, sections: Sequence[tuple[str, str]], sources_title: str
) -> tuple[list[Piece], list[str]]:
    """Name every shape of the deck after its piece; the pieces and the slide keys in order.
    ``sections`` are the briefing's (id, title) in order; ``sources_title`` starts the titles
    of the sources slides."""
    pieces: list[Piece] = []
    keys: list[str] = []
    part, count, next_section = "front", 0, 0
    for name in slide_parts(parts):
        slide = parts.edit(name)
        title = _title(slide)
        if next_section < len(sections) and title == sections[next_section][1]:
            part, count = sections[next_section][0], 0
            next_section += 1
        elif (
            next_section == len(sections) and title.startswith(sources_title) and part != "sources"
        ):
            part, count = "sources", 0
        count += 1
        key = f"{part}.{count}"
        keys.append(key)
        rels = parts.rels(name)
        pieces += _name_pieces(key, _shapes(slide), rels, parts)
        notes_name = next((t for t in rels.values() if "notesSlide" in t), None)
        notes = parts.edit(notes_name) if notes_name else None
        if notes is not None:
            body = [
                s
                for s in _shapes(notes)
                if (ph := s.find(f"./*/{P}nvPr/{P}ph")) is not None and ph.get("type") == "body"
            ]
            pieces += _name_pieces(key, body[:1], parts.rels(str(notes_name)), parts, "notes")
    return pieces, keys


# --- the report -------------------------------------------------------------------------------


def _heading_style(parts: Parts) -> str:
    styles = parts.tree("word/styles.xml")
    if styles is None:
        return ""
    for style in styles.iter(W + "style"):
        name = style.find(W + "name")
        if name is not None and str(name.get(W + "val", "")).lower() == "heading 1":
            return str(style.get(W + "styleId", ""))
    return ""


def block_text(block: Any) -> str:
    """What a report block shows: a table's rows by new lines (cells by tabs), else its
    paragraphs' text by new lines."""
    rows = [
        "\t".join(_text(c, W + "p", W + "t") for c in r.iter(W + "tc"))
        for r in block.iter(W + "tr")
    ]
    return "\n".join(rows) if rows else _text(block, W + "p", W + "t")


def _block_text(block: Any, rels: Mapping[str, str], parts: Parts) -> str:
    text = block_text(block)
    pictures = [parts.sha(rels.get(str(b.get(R + "embed")))) for b in block.iter(A + "blip")]
    return digest_of([text, *pictures])


def _style(block: Any) -> str:
    found = block.find(f"{W}pPr/{W}pStyle")
    if found is None:
        found = block.find(f"{W}tblPr/{W}tblStyle")
    return str(found.get(W + "val", "")) if found is not None else ""


def put_bookmark(block: Any, name: str, number: int) -> bool:
    """Put a bookmark ``name`` around a paragraph (a table: its first cell's paragraph)."""
    para = block if block.tag == W + "p" else next(block.iter(W + "p"), None)
    if para is None:
        return False
    start = para.makeelement(W + "bookmarkStart", {W + "id": str(number), W + "name": name})
    end = para.makeelement(W + "bookmarkEnd", {W + "id": str(number)})
    para.insert(1 if para.find(W + "pPr") is not None else 0, start)
    para.append(end)
    return True


def report_pieces(
    parts: Parts, sections: Sequence[tuple[str, str]], sources_title: str
) -> list[Piece]:
    """Bookmark every paragraph and table of the report's body; its pieces in order."""
    main = "word/document.xml"
    document = parts.edit(main)
    body = document.find(W + "body") if document is not None else None
    if body is None:
        return []
    rels = parts.rels(main)  # first: the styles part is met through them
    heading = _heading_style(parts)
    titles = {title: sid for sid, title in sections}
    used = [int(b.get(W + "id", "0")) for b in document.iter(W + "bookmarkStart")]
    first = max([0, *(n for n in used if n < 1 << 30)]) + 1
    pieces: list[Piece] = []
    part, count, headings = "front", 0, 0
    for block in body:
        kind = str(block.tag).removeprefix(W)
        if kind not in ("p", "tbl", "sdt"):
            continue
        if kind == "p" and heading and _style(block) == heading:
            headings += 1
            title = _text(block, W + "p", W + "t").strip()
            part = titles.get(title) or ("sources" if title == sources_title else f"h{headings}")
            count = 0
        count += 1
        number = first + len(pieces)
        anchor = f"_bk{number}" if put_bookmark(block, f"_bk{number}", number) else ""
        label = {"p": "paragraph", "tbl": "table", "sdt": "control"}[kind]
        digest = _block_text(block, rels, parts)
        pieces.append(Piece(f"{part}.{count}", anchor, label, digest, style=_style(block)))
    return pieces


# --- finding them again -----------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A piece as the file holds it now: the digest of what it shows, its box."""

    digest: str
    box: str = ""
    by_place: bool = False
    """Found by its place on its slide, its name lost (a deck saved by LibreOffice)."""
    look: str = ""
    """A shape's ``look_of``."""


@dataclass(frozen=True)
class SlideFound:
    """One slide of a deck as it is now: its part, its key (empty: not recognised as one
    Briefkit wrote, e.g. a slide the user added) and its shapes and notes with their ids."""

    name: str
    key: str
    shapes: tuple[tuple[str, Any, str], ...]
    """(piece id, or "" when unknown; the shape element; the part holding it)."""


def walk_deck(
    parts: Parts, slides: Sequence[str] = (), pieces: Sequence[Piece] = ()
) -> list[SlideFound]:
    """Each slide of a deck with its key and its shapes' piece ids, as recorded in ``slides``
    (keys in order) and ``pieces``. A slide's key comes from its shapes' ``bk:`` names, else
    from its place when the deck has as many slides as ``slides`` (and the others are in
    their places), else from the pieces it shows unchanged, else from its place between two
    recognised slides; its unnamed shapes then take the ids they were written with (a deck
    saved by LibreOffice loses its placeholders' names)."""
    names = slide_parts(parts)
    trees = [parts.tree(n) for n in names]
    notes = [next((t for t in parts.rels(n).values() if "notesSlide" in t), None) for n in names]
    keys = []
    for tree, note in zip(trees, notes, strict=True):
        shapes = _shapes(tree) if tree is not None else []
        note_tree = parts.tree(note) if note else None
        shapes += _shapes(note_tree) if note_tree is not None else []
        found = {a.removeprefix(ANCHOR_PREFIX).split("/")[0] for s in shapes if (a := _anchor(s))}
        keys.append(next(iter(found)) if len(found) == 1 else "")
    if len(names) == len(slides) and all(not k or k == slides[n] for n, k in enumerate(keys)):
        keys = [key or slides[n] for n, key in enumerate(keys)]
    _keys_by_content(parts, names, notes, keys, pieces)
    _keys_between(keys, list(slides))
    walked = []
    for name, tree, note, key in zip(names, trees, notes, keys, strict=True):
        owned = [(s, name) for s in (_shapes(tree) if tree is not None else ())]
        note_tree = parts.tree(note) if note else None
        owned += [(s, str(note)) for s in (_shapes(note_tree) if note_tree is not None else ())]
        seen: dict[str, int] = {}
        shapes = []
        for shape, owner in owned:
            anchor = _anchor(shape)
            if not anchor and key:
                role = "notes" if owner != name else _role(shape)
                if role == "notes" and _role(shape) != "body":
                    continue
                seen[role] = seen.get(role, 0) + 1
                ordinal = f"-{seen[role]}" if seen[role] > 1 else ""
                anchor = f"{ANCHOR_PREFIX}{key}/{role}{ordinal}"
            shapes.append((anchor.removeprefix(ANCHOR_PREFIX), shape, owner))
        walked.append(SlideFound(name, key, tuple(shapes)))
    return walked


_UNTELLING = ("sldNum", "ftr", "dt")
"""Roles whose text many slides share: they tell no slide from another."""


def _keys_by_content(
    parts: Parts,
    names: Sequence[str],
    notes: Sequence[str | None],
    keys: list[str],
    pieces: Sequence[Piece],
) -> None:
    """Give an unrecognised slide the key of the recorded slide most of whose pieces (title,
    body, notes...) it still shows unchanged, when only one fits best."""
    recorded: dict[tuple[str, str], set[str]] = {}
    empty = digest_of([""])
    for p in pieces:
        key, _, role = p.id.partition("/")
        if p.digest != empty and role.split("-")[0] not in _UNTELLING:
            recorded.setdefault((role, p.digest), set()).add(key)
    taken = set(keys)
    for n, name in enumerate(names):
        if keys[n]:
            continue
        scores: dict[str, int] = {}
        for role, shape, owner in _roles(parts, name, notes[n]):
            digest = _shape_digest(shape, parts.rels(owner), parts)
            for key in recorded.get((role, digest), ()):
                scores[key] = scores.get(key, 0) + 1
        best = sorted(((-v, k) for k, v in scores.items() if k not in taken))
        if best and (len(best) == 1 or best[0][0] != best[1][0]):
            keys[n] = best[0][1]
            taken.add(best[0][1])


def _roles(parts: Parts, name: str, notes: str | None) -> list[tuple[str, Any, str]]:
    """A slide's shapes and notes with the role ids they were written with (``body-2``...)."""
    tree = parts.tree(name)
    owned = [(s, name) for s in (_shapes(tree) if tree is not None else ())]
    note_tree = parts.tree(notes) if notes else None
    owned += [(s, str(notes)) for s in (_shapes(note_tree) if note_tree is not None else ())]
    seen: dict[str, int] = {}
    found = []
    for shape, owner in owned:
        role = "notes" if owner != name else _role(shape)
        if role == "notes" and _role(shape) != "body":
            continue
        seen[role] = seen.get(role, 0) + 1
        found.append((role + (f"-{seen[role]}" if seen[role] > 1 else ""), shape, owner))
    return found


def _keys_between(keys: list[str], slides: list[str]) -> None:
    """Give unrecognised slides between two recognised ones the recorded keys between those,
    when there are as many of each."""
    at = {k: i for i, k in enumerate(slides) if k}
    known = [n for n, k in enumerate(keys) if k in at]
    for left, right in zip([-1, *known], [*known, len(keys)], strict=True):
        low = at[keys[left]] if left >= 0 else -1
        high = at[keys[right]] if right < len(keys) else len(slides)
        gap = list(range(left + 1, right))
        if gap and high - low - 1 == len(gap) and all(not keys[n] for n in gap):
            taken = set(keys)
            recorded = slides[low + 1 : high]
            if all(k and k not in taken for k in recorded):
                for n, k in zip(gap, recorded, strict=True):
                    keys[n] = k


def found_pieces(
    parts: Parts, deck: bool, slides: Sequence[str] = (), pieces: Sequence[Piece] = ()
) -> dict[str, Found]:
    """The pieces a file holds now, by anchor (a shape's ``bk:`` name, a ``_bk`` bookmark).

    A deck's slides and shapes are found by ``walk_deck`` (``slides``, ``pieces``: the
    record's); a shape found by its place, its name lost, is ``by_place``."""
    if not deck:
        return _found_blocks(parts)
    found: dict[str, Found] = {}
    for slide in walk_deck(parts, slides, pieces):
        for pid, shape, owner in slide.shapes:
            anchor = ANCHOR_PREFIX + pid
            if pid and anchor not in found:
                digest = _shape_digest(shape, parts.rels(owner), parts)
                box = placed_box(shape, parts.rels(owner), parts)
                found[anchor] = Found(digest, box, not _anchor(shape), look_of(shape))
    return found


def _anchor(shape: Any) -> str:
    c_nv = shape.find(f"./*/{P}cNvPr")
    name = str(c_nv.get("name", "")) if c_nv is not None else ""
    return name if name.startswith(ANCHOR_PREFIX) else ""


def _found_blocks(parts: Parts) -> dict[str, Found]:
    found: dict[str, Found] = {}
    main = "word/document.xml"
    document = parts.tree(main)
    body = document.find(W + "body") if document is not None else None
    rels = parts.rels(main)
    for block in body if body is not None else ():
        for mark in block.iter(W + "bookmarkStart"):
            anchor = str(mark.get(W + "name", ""))
            if anchor.startswith("_bk") and anchor not in found:
                found[anchor] = Found(_block_text(block, rels, parts))
    return found
