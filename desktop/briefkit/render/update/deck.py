"""Merge today's deck into one a trainer edited (``briefkit export --update FILE.pptx``).

Each piece's fate is ``decisions.decide``'s; here it is carried out on the edited deck. A slide
nobody touched is replaced whole by today's (so a changed layout or a longer table comes with
it), or removed when today's deck no longer has it; a slide someone touched is merged piece by
piece: untouched shapes and notes take today's content, the user's stay. Slides the user added
stay where they are, deleted ones stay deleted, new ones go in after the slide before them in
today's order. The file then carries today's record, with the user's pieces recorded so that a
next update still knows them as the user's.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from briefkit.messages import message, message_words
from briefkit.render.office.inspection import inspect_document
from briefkit.render.office.pieces import ANCHOR_PREFIX, LiveParts, P, walk_deck
from briefkit.render.office.record import (
    NS,
    DocumentRecord,
    Made,
    Piece,
    RecordError,
    read_record,
    record_xml,
)
from briefkit.render.update.decisions import (
    Action,
    Conflict,
    Decision,
    UpdateResult,
    counted,
    decide,
    shorten,
)
from briefkit.render.update.matching import match_slides
from briefkit.render.update.slides import (
    add_comment,
    carry_comments,
    copy_notes,
    copy_slide,
    insert_shape,
    remove_shape,
    remove_slide,
    reorder,
    replace_shape,
    shape_text,
)

__all__ = ["merge_deck"]

_WHOLE = (Action.UNCHANGED, Action.TAKE_NEW, Action.ADDED)


@dataclasses.dataclass
class _Deck:
    """A deck open in python-pptx, with each slide's key and each piece's shape."""

    deck: Any
    slides: list[tuple[str, Any, dict[str, tuple[Any, str]]]]
    """(key, slide, piece id -> (shape, owning part name)) in the deck's order."""

    @classmethod
    def open(cls, path: Path, record: DocumentRecord) -> _Deck:
        from pptx import Presentation

        deck = Presentation(str(path))
        by_name = {str(s.part.partname).lstrip("/"): s for s in deck.slides}
        walked = walk_deck(LiveParts(deck.part), record.slides, record.pieces)
        slides = []
        for found in walked:
            shapes: dict[str, tuple[Any, str]] = {}
            for pid, shape, owner in found.shapes:
                if pid:
                    shapes.setdefault(pid, (shape, owner))
            slides.append((found.key, by_name[found.name], shapes))
        return cls(deck, slides)

    def shape(self, pid: str) -> tuple[Any, Any] | None:
        """(shape, slide) of the piece ``pid``, the first found."""
        for _, slide, shapes in self.slides:
            if pid in shapes:
                return shapes[pid][0], slide
        return None


def merge_deck(
    edited: Path, fresh: Path, *, comment_conflicts: bool = False
) -> tuple[bytes, UpdateResult]:
    """The edited deck ``edited`` with today's deck ``fresh`` (written with its record) merged
    in, as bytes, and what was done. RecordError when either has no readable record."""
    inspection = inspect_document(edited)
    new = read_record(fresh)
    mine = _Deck.open(edited, inspection.record)
    theirs = _Deck.open(fresh, new)
    new, matched = _match_slides(inspection.record, new, mine, theirs)
    decisions = decide(inspection, new)
    order, keys = _merge_slides(
        mine, theirs, decisions, {p.slide for p in inspection.record.pieces}
    )
    reorder(mine.deck, order)
    numbers = {keys[id(s)]: n for n, s in enumerate(order, 1) if keys[id(s)]}
    conflicts = _conflicts(decisions, mine, theirs, numbers)
    if comment_conflicts:
        _comment(mine, conflicts, decisions, new.made)
    record = _new_record(new, decisions, [keys[id(s)] for s in order], set(numbers))
    back = _todays_keys(matched, [k for k in record.slides if k])
    _name_pieces(mine, record.pieces, back)
    record = _record_rekeyed(record, back)
    _put_record(mine.deck, record, edited)
    out = io.BytesIO()
    mine.deck.save(out)
    result = UpdateResult(edited, "pptx", counted(decisions), tuple(conflicts))
    return out.getvalue(), result


def _match_slides(
    old: DocumentRecord, new: DocumentRecord, mine: _Deck, theirs: _Deck
) -> tuple[DocumentRecord, dict[str, str]]:
    """Today's record with each slide keyed as the recorded slide it stands for
    (``matching.match_slides``: a slide the data adds mid-section shifts no key after it), and
    today's key -> that key; ``theirs`` is keyed so too (its shapes keep their names)."""
    keys = match_slides(
        old.slides, old.pieces, new.slides, new.pieces, _slide_texts(mine), _slide_texts(theirs)
    )
    for n, (key, slide, shapes) in enumerate(theirs.slides):
        moved = {_rekeyed(pid, keys): found for pid, found in shapes.items()}
        theirs.slides[n] = (keys.get(key, key), slide, moved)
    return _record_rekeyed(new, keys), keys


def _todays_keys(matched: dict[str, str], slides: Sequence[str]) -> dict[str, str]:
    """Key in the merged deck -> the key it has in the record written: today's own for
    today's slides (so an update gives today's ids), made unique for the others (the user's
    kept or deleted slides whose key today's deck gives another slide)."""
    back = {was: own for own, was in matched.items()}
    taken = set(back.values())
    for key in slides:
        if key not in back:
            made, extra = key, 0
            while made in taken:
                extra += 1
                made = f"{key}+{extra}"
            taken.add(made)
            back[key] = made
    return back


def _rekeyed(pid: str, keys: dict[str, str]) -> str:
    """The piece id ``pid`` on its slide's key from ``keys`` (unchanged when not there)."""
    key, sep, role = pid.partition("/")
    return keys.get(key, key) + sep + role


def _record_rekeyed(record: DocumentRecord, keys: dict[str, str]) -> DocumentRecord:
    """``record`` with its slides keyed from ``keys`` (old key -> new key)."""
    pieces = tuple(
        dataclasses.replace(
            p,
            id=_rekeyed(p.id, keys),
            anchor=ANCHOR_PREFIX + _rekeyed(p.id, keys),
            slide=keys.get(p.slide, p.slide),
        )
        for p in record.pieces
    )
    slides = tuple(keys.get(k, k) for k in record.slides)
    return dataclasses.replace(record, pieces=pieces, slides=slides)


def _slide_texts(deck: _Deck) -> dict[str, str]:
    """What each recorded slide of ``deck`` shows, by key (its shapes' and notes' text)."""
    texts: dict[str, str] = {}
    for key, _, shapes in deck.slides:
        if key and key not in texts:
            shown = (shape_text(s) for pid, (s, _) in shapes.items() if "/sldNum" not in pid)
            texts[key] = "\n".join(shown)
    return texts


def _merge_slides(
    mine: _Deck, theirs: _Deck, decisions: Sequence[Decision], recorded: set[str]
) -> tuple[list[Any], dict[int, str]]:
    """Carry out the decisions slide by slide; the edited deck's slides in their new order and
    each slide's key ("" for the user's own)."""
    by_slide: dict[str, list[Decision]] = {}
    for d in decisions:
        piece = d.old or d.new
        if piece is not None:
            by_slide.setdefault(piece.slide, []).append(d)
    their_slides = {key: (slide, shapes) for key, slide, shapes in theirs.slides}
    copies: dict[int, Any] = {}
    order: list[Any] = []
    keys: dict[int, str] = {}
    for key, slide, shapes in mine.slides:
        placed = slide
        if key in recorded:
            ds = by_slide.get(key, [])
            ids = {d.id for d in ds if d.old is not None}
            own = any(pid not in ids for pid in shapes) or any(
                not pid for pid in _unnamed(slide, shapes)
            )
            untouched = not own and all(
                d.action in _WHOLE or (d.action is Action.DROPPED and not d.kept) for d in ds
            )
            today = their_slides.get(key)
            if untouched and today is None:
                remove_slide(mine.deck, slide)
                continue
            if untouched and today is not None:
                changed = any(d.action is not Action.UNCHANGED for d in ds)
                if changed or today[0].slide_layout.name != slide.slide_layout.name:
                    placed = copy_slide(mine.deck, today[0], copies)
                    carry_comments(slide, placed)
                    remove_slide(mine.deck, slide)
            else:
                _merge_pieces(slide, shapes, ds, theirs, copies)
        order.append(placed)
        keys[id(placed)] = key if key in recorded else ""
    _insert_new(mine, theirs, recorded, order, keys, copies)
    return order, keys


def _unnamed(slide: Any, shapes: dict[str, tuple[Any, str]]) -> Iterable[str]:
    """ "" for each shape of ``slide`` that has no piece id (the user's own)."""
    known = {id(shape) for shape, _ in shapes.values()}
    tree = slide.shapes._spTree
    for child in tree:
        tag = str(child.tag).removeprefix(P)
        if tag in ("sp", "pic", "graphicFrame", "grpSp", "cxnSp") and id(child) not in known:
            yield ""


def _merge_pieces(
    slide: Any,
    shapes: dict[str, tuple[Any, str]],
    decisions: Sequence[Decision],
    theirs: _Deck,
    copies: dict[int, Any],
) -> None:
    """A slide the user touched: today's content into the pieces nobody touched."""
    for d in decisions:
        here = shapes.get(d.id)
        there = theirs.shape(d.id)
        notes = d.id.endswith("/notes")
        if d.action is Action.TAKE_NEW and here is not None and there is not None:
            if notes:
                copy_notes(there[1], slide)
            else:
                replace_shape(here[0], there[0], slide.part, there[1].part, copies)
        elif d.action is Action.DROPPED and not d.kept and here is not None and not notes:
            remove_shape(here[0], slide.part)
        elif d.action is Action.ADDED and there is not None:
            if notes:
                copy_notes(there[1], slide)
            else:
                after = shapes.get(d.after)
                tree = slide.shapes._spTree
                insert_shape(
                    after[0] if after else None, tree, there[0], slide.part, there[1].part, copies
                )


def _insert_new(
    mine: _Deck,
    theirs: _Deck,
    recorded: set[str],
    order: list[Any],
    keys: dict[int, str],
    copies: dict[int, Any],
) -> None:
    """Today's new slides, each after the slide before it in today's order (the first one
    before it that the edited deck still has)."""
    their_keys = [key for key, _, _ in theirs.slides]
    for n, (key, slide, _) in enumerate(theirs.slides):
        if not key or key in recorded:
            continue
        made = copy_slide(mine.deck, slide, copies)
        at = 0
        for before in reversed(their_keys[:n]):
            spot = next((i for i, s in enumerate(order) if keys[id(s)] == before), None)
            if spot is not None:
                at = spot + 1
                break
        order.insert(at, made)
        keys[id(made)] = key


def _conflicts(
    decisions: Sequence[Decision], mine: _Deck, theirs: _Deck, numbers: dict[str, int]
) -> list[Conflict]:
    found = []
    for d in decisions:
        if not d.listed or d.old is None:
            continue
        number = numbers.get(d.old.slide)
        notes = d.id.endswith("/notes")
        if number:
            where = message("update_at_notes" if notes else "update_at_slide", n=number)
        else:
            where = message("update_at_notes_deleted" if notes else "update_at_deleted_slide")
        yours = mine.shape(d.id) if d.action is not Action.USER_DELETED else None
        data = theirs.shape(d.id)
        found.append(
            Conflict(
                d.id,
                where,
                d.conflict_kind,
                shorten(shape_text(yours[0])) if yours else "(deleted)",
                shorten(shape_text(data[0])) if data else "",
            )
        )
    return found


def _comment(
    mine: _Deck,
    conflicts: Sequence[Conflict],
    decisions: Sequence[Decision],
    made: Made,
) -> None:
    """Each conflict as a comment on its slide, in the briefing's language (none for a deleted
    slide)."""
    slides = {key: slide for key, slide, _ in mine.slides}
    listed = {d.id: d for d in decisions if d.listed}
    present = {id(s) for s in mine.deck.slides}
    words = message_words(made.lang)
    for conflict in conflicts:
        decision = listed[conflict.piece]
        piece = decision.old
        slide = slides.get(piece.slide) if piece is not None else None
        if slide is None or id(slide) not in present:
            continue
        kind = message(conflict.kind_code)
        text = words("update_comment_slide", piece=conflict.piece, kind=kind)
        if conflict.data:
            text += " " + words("update_comment_data", text=conflict.data)
        add_comment(mine.deck, slide, text, made.issued)


def _new_record(
    new: DocumentRecord, decisions: Sequence[Decision], slides: list[str], present: set[str]
) -> DocumentRecord:
    """Today's record for the merged deck: today's pieces where today's content is in it; the
    user's pieces with today's digest and box (so they still differ from what is in the file,
    and the next update knows them as the user's); deleted ones kept (so they stay deleted);
    in the merged deck's slide order, today's order on each slide."""
    pieces: list[Piece] = []
    for d in decisions:
        piece: Piece | None
        if d.action in (Action.UNCHANGED, Action.TAKE_NEW):
            piece = d.new
        elif d.action is Action.ADDED:
            piece = d.new if d.new is not None and d.new.slide in present else None
        elif d.action in (Action.KEEP_USER, Action.CONFLICT, Action.USER_DELETED):
            piece = d.new or d.old
        else:
            piece = d.old if d.kept else None
        if piece is not None:
            pieces.append(dataclasses.replace(piece, anchor=ANCHOR_PREFIX + piece.id))
    place = {key: n for n, key in enumerate(slides)}
    rank = {p.id: n for n, p in enumerate(new.pieces)}
    pieces.sort(key=lambda p: (place.get(p.slide, len(place)), rank.get(p.id, len(rank))))
    return DocumentRecord(new.made, new.shown, tuple(pieces), tuple(slides))


def _name_pieces(mine: _Deck, pieces: Sequence[Piece], keys: dict[str, str]) -> None:
    """Name each recorded shape of the edited deck ``bk:`` and its id on its slide's key from
    ``keys`` (LibreOffice drops placeholders' names; a slide the data shifted changes key)."""
    ids = {p.id for p in pieces}
    present = {id(s) for s in mine.deck.slides}
    for _, slide, shapes in mine.slides:
        if id(slide) not in present:
            continue
        for pid, (shape, _) in shapes.items():
            name = shape.find(f"./*/{P}cNvPr")
            if pid in ids and name is not None and name.getparent() is not None:
                name.set("name", ANCHOR_PREFIX + _rekeyed(pid, keys))


def _put_record(deck: Any, record: DocumentRecord, path: Path) -> None:
    """Replace the record part's content (related from the presentation, or from the package
    as LibreOffice saves it)."""
    for part in deck.part.package.iter_parts():
        name = str(part.partname).lower()
        item = name.startswith("/customxml/item") and "props" not in name
        if item and NS.encode() in part.blob[:4096]:
            part._blob = record_xml(record)
            return
    raise RecordError(f"{path}: its Briefkit record could not be found again to update it")
