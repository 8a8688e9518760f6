"""What an update does with each piece Briefkit wrote: the decision table, free of any format.

Names agreed between the deck merge (``render.update.deck``) and the report merge
(``render.update.report``, ``merge_report``); they do not change:

- ``decide(inspection, new, *, user_changed=None) -> tuple[Decision, ...]``: ``inspection`` is
  the edited file's (``render.office.inspection.Inspection``: its record and each piece's state
  now), ``new`` the record of today's build of the same briefing. ``user_changed(piece)`` adds
  a format's own signs of an edit beyond the digest; a moved or resized shape (``box``) and
  restyled text (``look``) are told from the record.
- ``Action``: ``TAKE_NEW``, ``UNCHANGED``, ``KEEP_USER``, ``CONFLICT``, ``USER_DELETED``,
  ``ADDED``, ``DROPPED``; ``Decision(id, action, old, new, after, listed, kept)``.
- ``Conflict(piece, where, kind, yours, data)`` with ``kind`` one of ``CONFLICT_KINDS``;
  ``UpdateResult(path, format, counts, conflicts)`` with ``as_json()``.
- A merge: ``merge_report(edited: Path, fresh: Path, *, comment_conflicts: bool) ->
  tuple[bytes, UpdateResult]`` (``fresh``: today's build, written with its record; the bytes
  are the merged file, carrying the new record; the caller writes them atomically and sets
  ``UpdateResult.path``); ``merge_deck`` has the same shape.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from briefkit.render.office.inspection import AS_WRITTEN, CHANGED, NOT_FOUND, Inspection
from briefkit.render.office.record import DocumentRecord, Piece

__all__ = [
    "BOX_TOLERANCE",
    "CONFLICT_KINDS",
    "Action",
    "Conflict",
    "Decision",
    "UpdateResult",
    "counted",
    "decide",
    "kind_code",
    "looks_kept",
    "moved",
    "shorten",
]

BOX_TOLERANCE = 720
"""EMU a box may shift without the user moving it: LibreOffice saves boxes in 1/100 mm (360
EMU), and was measured shifting a width by up to 528 EMU."""
RECOMPUTED = ("sldNum", "dt")
"""Pieces the program fills in when it opens the file (a slide's number, the date)."""
TABLES = ("tbl", "table")
"""Pieces whose height follows their rows (LibreOffice lays them out again): not compared."""


class Action(StrEnum):
    """What happens to one piece."""

    TAKE_NEW = "take new"
    """Untouched by the user, changed by the data: today's content replaces it."""
    UNCHANGED = "unchanged"
    """The same on both sides: it stays."""
    KEEP_USER = "keep user"
    """The user changed it, the data did not: the user's version stays."""
    CONFLICT = "conflict"
    """Both changed it: the user's version stays, and it is listed."""
    USER_DELETED = "user deleted"
    """Not in the file any more: it stays deleted (listed when the data changed it too)."""
    ADDED = "added"
    """New in today's build: inserted after the piece before it in the new order."""
    DROPPED = "dropped"
    """No longer in today's build: removed if untouched, else kept and listed."""


BOTH_CHANGED = "changed by you and in the data"
DELETED_CHANGED = "deleted by you, changed in the data"
DROPPED_CHANGED = "changed by you, no longer in the data"
CONFLICT_KINDS = (BOTH_CHANGED, DELETED_CHANGED, DROPPED_CHANGED)
_KIND_CODES = {
    BOTH_CHANGED: "update_both",
    DELETED_CHANGED: "update_deleted",
    DROPPED_CHANGED: "update_dropped",
}


@dataclass(frozen=True)
class Decision:
    """What to do with the piece ``id``: ``old`` as recorded in the edited file, ``new`` as
    today's build wrote it (either None where the piece is on one side only)."""

    id: str
    action: Action
    old: Piece | None
    new: Piece | None
    after: str = ""
    """ADDED: the id of the piece before it in today's order ("" when it comes first)."""
    listed: bool = False
    """Shown to the user as a conflict."""
    kept: bool = False
    """DROPPED: the user's changed piece stays in the file."""

    @property
    def conflict_kind(self) -> str:
        """Which of ``CONFLICT_KINDS`` a listed decision is ("" when not listed)."""
        if not self.listed:
            return ""
        return {Action.USER_DELETED: DELETED_CHANGED, Action.DROPPED: DROPPED_CHANGED}.get(
            self.action, BOTH_CHANGED
        )


def moved(old: Piece, box_now: str, tolerance: int = BOX_TOLERANCE) -> bool:
    """Whether a shape written at ``old.box`` now at ``box_now`` was moved or resized by hand
    (no box on either side: not known, so not moved; a table's height is not compared)."""
    if not old.box or not box_now:
        return False
    try:
        before = [int(v) for v in old.box.split()]
        after = [int(v) for v in box_now.split()]
    except ValueError:
        return False
    if old.kind in TABLES and len(before) == len(after) == 4:
        before, after = before[:3], after[:3]
    return len(before) != len(after) or any(
        abs(a - b) > tolerance for a, b in zip(before, after, strict=True)
    )


def decide(
    inspection: Inspection,
    new: DocumentRecord,
    *,
    user_changed: Callable[[Piece], bool] | None = None,
) -> tuple[Decision, ...]:
    """Every piece's decision: the edited file's pieces in their recorded order, then those new
    in today's build (ADDED) in its order. A field the program fills in (a slide number) is
    never the user's; text looks are compared only when the file keeps them (see
    ``looks_kept``)."""
    fresh = {p.id: p for p in new.pieces}
    trust_looks = looks_kept(inspection)
    decisions: list[Decision] = []
    for old in inspection.record.pieces:
        state = inspection.state(old)
        found = inspection.found.get(old.anchor)
        if found is not None and old.kind in RECOMPUTED:
            state = AS_WRITTEN
        if state == AS_WRITTEN and found is not None:
            restyled = trust_looks and bool(old.look) and found.look != old.look
            touched = moved(old, found.box) or restyled
            touched = touched or bool(user_changed and user_changed(old))
        else:
            touched = state == CHANGED
        now = fresh.get(old.id)
        decisions.append(_one(old, now, state == NOT_FOUND, touched))
    known = {p.id for p in inspection.record.pieces}
    before = ""
    for piece in new.pieces:
        if piece.id not in known:
            decisions.append(Decision(piece.id, Action.ADDED, None, piece, after=before))
        before = piece.id
    return tuple(decisions)


def looks_kept(inspection: Inspection) -> bool:
    """Whether the file still writes its text looks as Briefkit did: not when most pieces
    whose text is as written look different (a program saved it again writing every inherited
    size and colour out, as LibreOffice does); a trainer restyles a few."""
    compared = [
        (p, f)
        for p in inspection.record.pieces
        if p.look and (f := inspection.found.get(p.anchor)) is not None and f.digest == p.digest
    ]
    differ = sum(1 for p, f in compared if f.look != p.look)
    return differ <= max(3, len(compared) // 3)


def _one(old: Piece, now: Piece | None, gone: bool, touched: bool) -> Decision:
    if now is None:
        if gone:
            return Decision(old.id, Action.USER_DELETED, old, None)
        return Decision(old.id, Action.DROPPED, old, None, listed=touched, kept=touched)
    data_changed = now.digest != old.digest
    if gone:
        return Decision(old.id, Action.USER_DELETED, old, now, listed=data_changed)
    if touched:
        action = Action.CONFLICT if data_changed else Action.KEEP_USER
        return Decision(old.id, action, old, now, listed=data_changed)
    return Decision(old.id, Action.TAKE_NEW if data_changed else Action.UNCHANGED, old, now)


def kind_code(kind: str) -> str:
    """The message code saying the conflict kind ``kind`` (one of ``CONFLICT_KINDS``)."""
    return _KIND_CODES.get(kind, "update_both")


@dataclass(frozen=True)
class Conflict:
    """A piece both the user and the data changed (or one deleted or dropped while the other
    changed it): the user's version stays."""

    piece: str
    where: str
    """Where it is: "slide 7", "paragraph 12"."""
    kind: str
    """One of ``CONFLICT_KINDS``."""
    yours: str
    """What the file shows now (the user's version), shortened."""
    data: str
    """What today's data says there, shortened ("" when it is no longer in the data)."""

    @property
    def kind_code(self) -> str:
        """The message code saying ``kind`` (``briefkit.messages``)."""
        return kind_code(self.kind)

    def as_json(self) -> dict[str, str]:
        return {
            "piece": self.piece,
            "where": self.where,
            "kind": self.kind,
            "yours": self.yours,
            "data": self.data,
        }


@dataclass(frozen=True)
class UpdateResult:
    """An update done: the file written, how many pieces took each action, the conflicts."""

    path: Path
    format: str
    counts: Mapping[str, int] = field(default_factory=dict)
    """Action value -> number of pieces."""
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[str, ...] = ()
    """Anything else the user should know (a slide that could not be placed...)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "format": self.format,
            "counts": dict(self.counts),
            "conflicts": [c.as_json() for c in self.conflicts],
            "notes": list(self.notes),
        }


def counted(decisions: Sequence[Decision]) -> dict[str, int]:
    """The number of decisions of each action, in ``Action``'s order (none left out)."""
    found = Counter(d.action for d in decisions)
    return {str(a): found[a] for a in Action}


def shorten(text: str, limit: int = 160) -> str:
    """``text`` on one line, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
