"""The Word report (or handout) updated in place: today's build merged into the edited file.

Each block Briefkit wrote is found again by its ``_bk`` bookmark; today's blocks are matched to
the recorded ones by content (``matching``), and ``decisions.decide`` says what becomes of each:
an untouched block takes today's (a table whole, so it grows or shrinks; a chart's picture
with it), a block the user edited, commented or changed with tracked changes stays as it is
(listed as a conflict when the data changed it too, and with ``comment_conflicts`` given a Word
comment saying what the data now says), a deleted block stays deleted, a new block goes after
the one before it in today's order, a block the data no longer has goes if untouched. The
user's own paragraphs, comments and tracked changes are never touched. The result carries the
new record: each piece's digest is today's (what Briefkit would write), so a block the user
changed still reads as changed at the next update.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import docx

from briefkit.messages import message, message_words
from briefkit.render.office.blocks import (
    BLOCKS,
    BlockCopier,
    BlockRefusedError,
    anchored_blocks,
    annotated,
    body_of,
    drop_duplicate_bookmarks,
    run_looks,
    set_anchor,
)
from briefkit.render.office.inspection import Inspection, inspect_document
from briefkit.render.office.pieces import W, block_text
from briefkit.render.office.record import NS, DocumentRecord, Piece, RecordError, record_xml
from briefkit.render.update.decisions import (
    Action,
    Conflict,
    Decision,
    UpdateResult,
    counted,
    decide,
    kind_code,
    shorten,
)
from briefkit.render.update.matching import match_pieces

__all__ = ["COMMENT_AUTHOR", "merge_report"]

COMMENT_AUTHOR = "Briefkit"
_TAGS = {"paragraph": W + "p", "table": W + "tbl", "control": W + "sdt"}
"""The element a piece of each kind is: a block found as another (a paragraph the user moved
into a table, or Word wrapped in a content control) is not replaced."""


def merge_report(
    edited: Path,
    fresh: Path,
    *,
    comment_conflicts: bool = False,
) -> tuple[bytes, UpdateResult]:
    """The edited report at ``edited`` with today's build ``fresh`` (a report or handout of the
    same briefing, written with its record) merged in: the merged file's bytes and what was
    done. RecordError when either file has no readable record or they are not the same kind."""
    inspection = inspect_document(edited)
    today = inspect_document(fresh).record
    kinds = (inspection.record.made.format, today.made.format)
    if kinds[0] != kinds[1] or kinds[0] not in ("docx", "handout"):
        said = {"path": edited, "kind": kinds[0], "other": kinds[1]}
        raise RecordError(message("record_other_kind", **said))
    try:
        document = docx.Document(io.BytesIO(edited.read_bytes()))
        built = docx.Document(str(fresh))
    except (OSError, ValueError, KeyError) as exc:
        raise RecordError(message("record_not_word", path=edited, detail=exc)) from exc
    merge = _Merge(document, built, inspection, today)
    merge.run(comment_conflicts)
    out = io.BytesIO()
    document.save(out)
    result = UpdateResult(
        edited, today.made.format, counted(merge.decisions), merge.conflicts, tuple(merge.notes)
    )
    return out.getvalue(), result


@dataclass
class _Placed:
    """A piece in the merged body: its block (None: not in the file) and its anchor."""

    piece: Piece
    block: Any
    anchor: str


class _Merge:
    """One merge: the edited ``document`` changed in place from the ``built`` one."""

    def __init__(
        self, document: Any, built: Any, inspection: Inspection, today: DocumentRecord
    ) -> None:
        self.document, self.built = document, built
        self.inspection, self.today = inspection, today
        self.body = body_of(document)
        self.blocks = anchored_blocks(self.body)
        self.fresh_blocks = anchored_blocks(body_of(built))
        self.copier = BlockCopier(document, built)
        self.notes: list[str] = []
        self.conflicts: tuple[Conflict, ...] = ()
        old = inspection.record.pieces
        old_text = {
            p.id: block_text(b) for p in old if (b := self.blocks.get(p.anchor)) is not None
        }
        new_text = {
            p.id: block_text(b)
            for p in today.pieces
            if (b := self.fresh_blocks.get(p.anchor)) is not None
        }
        self.matched = match_pieces(old, today.pieces, old_text, new_text)
        self.new_anchor = {q.id: p.anchor for p, q in zip(today.pieces, self.matched, strict=True)}
        self.decisions = decide(
            inspection,
            replace(today, pieces=self.matched),
            user_changed=self._user_changed,
        )

    def _user_changed(self, piece: Piece) -> bool:
        """Whether the user annotated the piece's block (tracked changes, comments) or restyled
        a run of it (a look today's build of it has nowhere), its text as written."""
        block = self.blocks.get(piece.anchor)
        if block is None:
            return False
        fresh = self.fresh_blocks.get(self.new_anchor.get(piece.id, ""))
        return annotated(block) or (fresh is not None and bool(run_looks(block) - run_looks(fresh)))

    def run(self, comment_conflicts: bool) -> None:
        placed: dict[str, _Placed] = {}
        shared = _shared(self.blocks)
        for decision in self.decisions:
            if decision.action != Action.ADDED:
                placed[decision.id] = self._apply(decision, shared)
        for decision in self.decisions:
            if decision.action == Action.ADDED and decision.new is not None:
                placed[decision.id] = self._add(decision, placed)
        drop_duplicate_bookmarks(self.body)
        self.conflicts = tuple(self._conflicts(placed, comment_conflicts))
        self._record(placed)

    def _apply(self, decision: Decision, shared: set[str]) -> _Placed:
        old = decision.old
        assert old is not None
        block = self.blocks.get(old.anchor)
        piece = decision.new or old
        if block is None:  # deleted by the user: recorded (while today's build has it), so it
            return _Placed(piece, None, old.anchor if decision.new else "")  # stays deleted
        replaced = decision.action in (Action.TAKE_NEW, Action.DROPPED) and not decision.kept
        if replaced and (old.anchor in shared or block.tag != _TAGS.get(old.kind, block.tag)):
            self.notes.append(message("update_kept_merged", piece=old.id))
            return _Placed(replace(piece, digest=old.digest), block, old.anchor)
        if decision.action == Action.DROPPED and not decision.kept:
            self.body.remove(block)
            return _Placed(piece, None, "")
        if decision.action == Action.TAKE_NEW and decision.new is not None:
            made = self._copy(decision.new, old.anchor)
            if made is not None:
                block.addprevious(made)
                self.body.remove(block)
                return _Placed(piece, made, old.anchor)
            return _Placed(replace(piece, digest=old.digest), block, old.anchor)
        return _Placed(piece, block, old.anchor)

    def _add(self, decision: Decision, placed: Mapping[str, _Placed]) -> _Placed:
        new = decision.new
        assert new is not None
        anchor = f"_bk{self.copier.bookmark_id()}"
        made = self._copy(new, anchor)
        if made is None:
            return _Placed(new, None, "")
        before = _block_before(decision.after, self.matched, placed)
        if before is not None:
            before.addnext(made)
        else:
            first = next((b for b in self.body if b.tag in BLOCKS), None)
            if first is not None:
                first.addprevious(made)
            else:
                self.body.insert(0, made)
        return _Placed(new, made, anchor)

    def _copy(self, new: Piece, anchor: str) -> Any:
        """Today's block of ``new`` for the merged body, bookmarked ``anchor`` (None: it could
        not be brought over, and a note says so)."""
        source = self.fresh_blocks.get(self.new_anchor.get(new.id, new.anchor))
        if source is None:
            self.notes.append(message("update_not_in_build", piece=new.id))
            return None
        try:
            made = self.copier.copy(source)
        except BlockRefusedError as exc:
            self.notes.append(message("update_left_as_was", piece=new.id, reason=str(exc)))
            return None
        set_anchor(made, anchor, self.copier.bookmark_id())
        return made

    def _conflicts(self, placed: Mapping[str, _Placed], comment: bool) -> list[Conflict]:
        where = _places(self.body)
        found = []
        for decision in self.decisions:
            if not decision.listed:
                continue
            spot = placed.get(decision.id)
            block = spot.block if spot is not None else None
            data = ""
            if decision.new is not None:
                source = self.fresh_blocks.get(self.new_anchor.get(decision.id, ""))
                data = block_text(source) if source is not None else ""
            yours = block_text(block) if block is not None else ""
            found.append(
                Conflict(
                    decision.id,
                    where.get(id(block), "") if block is not None else "",
                    decision.conflict_kind,
                    shorten(yours),
                    shorten(data),
                )
            )
            if comment and block is not None:
                self._comment(block, self._comment_text(decision, data))
        return found

    def _comment_text(self, decision: Decision, data: str) -> str:
        """A conflict's comment, in the briefing's language."""
        words = message_words(self.today.made.lang)
        kind = message(kind_code(decision.conflict_kind))
        text = words("update_comment_block", kind=kind)
        if data:
            text += " " + words("update_comment_data", text=shorten(data, 1000))
        return text

    def _comment(self, block: Any, text: str) -> None:
        """A Word comment on the block's first paragraph with text (nothing when it has none)."""
        from docx.text.paragraph import Paragraph

        para = block if block.tag == W + "p" else next(block.iter(W + "p"), None)
        runs = Paragraph(para, self.document.part).runs if para is not None else []
        runs = [r for r in runs if r.text]
        if runs:
            self.document.add_comment(runs, text=text, author=COMMENT_AUTHOR, initials="BK")
            _comment_style(self.document)

    def _record(self, placed: Mapping[str, _Placed]) -> None:
        """Replace the file's record with today's: its pieces in today's order (a dropped piece
        the user kept after the one before it), each with its anchor in the merged file."""
        order = [p.id for p in self.matched]
        for index, piece in enumerate(self.inspection.record.pieces):
            if piece.id not in order and placed.get(piece.id, _Placed(piece, None, "")).anchor:
                before = self.inspection.record.pieces[index - 1].id if index else ""
                order.insert(order.index(before) + 1 if before in order else len(order), piece.id)
        pieces = tuple(
            replace(spot.piece, id=pid, anchor=spot.anchor)
            for pid in order
            if (spot := placed.get(pid)) is not None and spot.anchor
        )
        record = DocumentRecord(self.today.made, self.today.shown, pieces, ())
        _replace_record(self.document, record_xml(record))


def _shared(blocks: Mapping[str, Any]) -> set[str]:
    """The anchors whose block holds another anchor too (two paragraphs merged by the user)."""
    seen: dict[int, list[str]] = {}
    for anchor, block in blocks.items():
        seen.setdefault(id(block), []).append(anchor)
    return {a for anchors in seen.values() if len(anchors) > 1 for a in anchors}


def _block_before(after: str, order: Sequence[Piece], placed: Mapping[str, _Placed]) -> Any:
    """The block a new piece goes after: that of ``after``, or of the nearest piece before it
    in today's order that is in the file (None: it goes first)."""
    ids = [p.id for p in order]
    index = ids.index(after) if after in ids else -1
    while index >= 0:
        spot = placed.get(ids[index])
        if spot is not None and spot.block is not None and spot.block.getparent() is not None:
            return spot.block
        index -= 1
    return None


def _places(body: Any) -> dict[int, str]:
    """Where each block is, as the user would find it: "paragraph 12", "table 3"."""
    places: dict[int, str] = {}
    paragraphs = tables = 0
    for block in body:
        if block.tag == W + "tbl":
            tables += 1
            places[id(block)] = message("update_at_table", n=tables)
        elif block.tag in BLOCKS:
            paragraphs += 1
            places[id(block)] = message("update_at_paragraph", n=paragraphs)
    return places


def _comment_style(document: Any) -> None:
    """Word's "annotation reference" style, which python-docx's comment mark names, defined
    when the file lacks it."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    styles = document.styles
    if any(s.style_id == "CommentReference" for s in styles):
        return
    style = styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
    style.element.set(W + "styleId", "CommentReference")
    style.font.size = Pt(8)


def _replace_record(document: Any, blob: bytes) -> None:
    """Put ``blob`` in place of the record part the document carries."""
    for part in document.part.package.iter_parts():
        name = str(part.partname).lower()
        item = name.startswith("/customxml/item") and "props" not in name
        if item and NS.encode() in part.blob[:4096]:
            part._blob = blob  # python-docx's generic Part keeps its bytes there
            return
    raise RecordError("the edited report's record part was not found again")
