"""The update's decision table, piece by piece, free of any format."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.compose.shown import Shown
from briefkit.render.office.inspection import Inspection
from briefkit.render.office.pieces import Found
from briefkit.render.office.record import DocumentRecord, Made, Piece
from briefkit.render.update.decisions import (
    BOTH_CHANGED,
    DELETED_CHANGED,
    DROPPED_CHANGED,
    Action,
    Conflict,
    UpdateResult,
    counted,
    decide,
    moved,
)

MADE = Made("0.1.0", "pptx", "en", "2026-12-07", topic="aktobe-2016")
BOX = "100000 200000 3000000 1000000"


def piece(pid: str, digest: str, box: str = "") -> Piece:
    return Piece(pid, "bk:" + pid, "body", digest, box, pid.split("/")[0])


def record(*pieces: Piece) -> DocumentRecord:
    return DocumentRecord(MADE, Shown((), ()), pieces)


def inspection(old: list[Piece], now: dict[str, Found]) -> Inspection:
    return Inspection(Path("deck.pptx"), record(*old), {"bk:" + k: v for k, v in now.items()})


def one(old: Piece, now: Found | None, new: Piece | None) -> tuple[Action, bool, bool]:
    found = {old.id: now} if now is not None else {}
    decisions = decide(inspection([old], found), record(*([new] if new else [])))
    assert len(decisions) == 1
    d = decisions[0]
    return d.action, d.listed, d.kept


OLD = piece("a.1/body", "old")


@pytest.mark.parametrize(
    ("now", "new", "expected"),
    [
        (Found("old"), piece("a.1/body", "old"), (Action.UNCHANGED, False, False)),
        (Found("old"), piece("a.1/body", "new"), (Action.TAKE_NEW, False, False)),
        (Found("mine"), piece("a.1/body", "old"), (Action.KEEP_USER, False, False)),
        (Found("mine"), piece("a.1/body", "new"), (Action.CONFLICT, True, False)),
        (None, piece("a.1/body", "old"), (Action.USER_DELETED, False, False)),
        (None, piece("a.1/body", "new"), (Action.USER_DELETED, True, False)),
        (Found("old"), None, (Action.DROPPED, False, False)),
        (Found("mine"), None, (Action.DROPPED, True, True)),
        (None, None, (Action.USER_DELETED, False, False)),
    ],
)
def test_decision_table(
    now: Found | None, new: Piece | None, expected: tuple[Action, bool, bool]
) -> None:
    assert one(OLD, now, new) == expected


def test_a_move_beyond_the_tolerance_is_the_users_and_a_smaller_one_is_not() -> None:
    old = piece("a.1/pic", "p", BOX)
    nudged = "100300 199700 3000528 1000000"  # LibreOffice's rounding
    assert one(old, Found("p", nudged), piece("a.1/pic", "q")) == (Action.TAKE_NEW, False, False)
    dragged = "900000 200000 3000000 1000000"
    assert one(old, Found("p", dragged), piece("a.1/pic", "q")) == (Action.CONFLICT, True, False)
    assert one(old, Found("p", dragged), piece("a.1/pic", "p"))[0] is Action.KEEP_USER
    assert not moved(piece("x", "d"), BOX)  # nothing recorded: not known, not moved
    assert moved(old, "100000 200000 6000000 1000000")  # resized


def test_a_formats_own_sign_of_an_edit_counts() -> None:
    old = piece("a.1/title", "t")
    inspected = inspection([old], {old.id: Found("t")})
    new = record(piece("a.1/title", "t2"))
    assert decide(inspected, new)[0].action is Action.TAKE_NEW
    restyled = decide(inspected, new, user_changed=lambda p: p.id == "a.1/title")
    assert restyled[0].action is Action.CONFLICT


def test_added_pieces_come_after_their_predecessor_in_the_new_order() -> None:
    old = [piece("a.1/title", "t"), piece("a.2/title", "u")]
    inspected = inspection(old, {p.id: Found(p.digest) for p in old})
    new = record(piece("a.1/title", "t"), piece("a.1/body", "b"), piece("a.2/title", "u"))
    new_first = record(piece("a.0/title", "z"), *new.pieces)
    decisions = decide(inspected, new_first)
    assert [d.id for d in decisions] == ["a.1/title", "a.2/title", "a.0/title", "a.1/body"]
    added = {d.id: d.after for d in decisions if d.action is Action.ADDED}
    assert added == {"a.0/title": "", "a.1/body": "a.1/title"}


def test_conflict_kinds_and_the_result_as_json() -> None:
    old = [piece("a.1/body", "o"), piece("a.2/body", "o"), piece("a.3/body", "o")]
    inspected = inspection(old, {"a.1/body": Found("mine"), "a.3/body": Found("mine")})
    new = record(piece("a.1/body", "n"), piece("a.2/body", "n"))
    decisions = decide(inspected, new)
    kinds = [d.conflict_kind for d in decisions]
    assert kinds == [BOTH_CHANGED, DELETED_CHANGED, DROPPED_CHANGED]
    counts = counted(decisions)
    assert counts["conflict"] == 1 and counts["user deleted"] == 1 and counts["dropped"] == 1
    assert counts["take new"] == 0
    result = UpdateResult(
        Path("x.pptx"), "pptx", counts, (Conflict("a.1/body", "slide 3", kinds[0], "m", "n"),)
    )
    got = result.as_json()
    assert got["conflicts"][0] == {
        "piece": "a.1/body",
        "where": "slide 3",
        "kind": BOTH_CHANGED,
        "yours": "m",
        "data": "n",
    }
    assert got["counts"]["conflict"] == 1 and got["file"] == "x.pptx"
