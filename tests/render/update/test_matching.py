"""Today's pieces matched to the recorded ones by content, before the decisions by id."""

from __future__ import annotations

import pytest

from briefkit.render.office.record import Piece
from briefkit.render.update.matching import match_pieces, match_slides


def piece(pid: str, digest: str, style: str = "Normal", kind: str = "paragraph") -> Piece:
    return Piece(pid, "_bk" + pid, kind, digest, style=style)


def test_a_new_paragraph_does_not_shift_the_ids_after_it() -> None:
    old = [piece("s.1", "a"), piece("s.2", "b"), piece("s.3", "c")]
    new = [piece("s.1", "a"), piece("s.2", "w"), piece("s.3", "b"), piece("s.4", "c")]
    texts = {"s.1": "A", "s.2": "B", "s.3": "C"}
    matched = match_pieces(old, new, texts, {"s.1": "A", "s.2": "W", "s.3": "B", "s.4": "C"})
    assert [p.id for p in matched] == ["s.1", "s.2+1", "s.2", "s.3"]
    assert [p.digest for p in matched] == ["a", "w", "b", "c"]


def test_a_changed_paragraph_keeps_its_id_beside_a_new_one() -> None:
    old = [piece("s.1", "a"), piece("s.2", "b"), piece("s.3", "c")]
    new = [piece("s.1", "a"), piece("s.2", "x"), piece("s.3", "b2"), piece("s.4", "c")]
    said = "On 5 June 2016 seventeen people were killed in Aktobe."
    olds = {"s.1": "A", "s.2": said, "s.3": "C"}
    news = {
        "s.1": "A",
        "s.2": "A new incident in March 2017.",
        "s.3": said.replace("seven", "eigh"),
    }
    matched = match_pieces(old, new, olds, {**news, "s.4": "C"})
    assert [p.id for p in matched] == ["s.1", "s.2+1", "s.2", "s.3"]


def test_a_deleted_piece_is_matched_by_its_place_and_style() -> None:
    old = [piece("s.1", "a"), piece("s.2", "b", "Caption"), piece("s.3", "c")]
    new = [piece("s.1", "a"), piece("s.2", "b2", "Caption"), piece("s.3", "c")]
    matched = match_pieces(old, new, {"s.1": "A", "s.3": "C"}, {})
    assert [p.id for p in matched] == ["s.1", "s.2", "s.3"]
    other = [piece("s.1", "a"), piece("s.2", "b2", "Normal"), piece("s.3", "c")]
    assert [p.id for p in match_pieces(old, other, {"s.1": "A", "s.3": "C"}, {})][1] == "s.2+1"


def test_unlike_pieces_of_another_kind_are_not_matched() -> None:
    old = [piece("s.1", "a"), piece("s.2", "t", kind="table")]
    new = [piece("s.1", "a"), piece("s.2", "p")]
    matched = match_pieces(old, new, {"s.1": "A", "s.2": "Date\tPlace"}, {"s.2": "Date\tPlace"})
    assert [p.id for p in matched] == ["s.1", "s.2+1"]


def test_past_its_budget_a_long_run_is_paired_by_place(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit.render.update import matching

    old = [piece(f"s.{n}", f"o{n}") for n in range(1, 41)]
    new = [piece(f"s.{n}", f"n{n}") for n in range(1, 41)]
    texts = {p.id: f"the text of block {p.id} as it was" for p in old}
    today = {p.id: f"a new text of {p.id}" for p in new}
    monkeypatch.setattr(matching, "_BUDGET", 0)
    assert [p.id for p in match_pieces(old, new, texts, today)] == [p.id for p in old]


def _shape(pid: str, digest: str) -> Piece:
    return Piece(pid, "bk:" + pid, pid.partition("/")[2], digest, slide=pid.partition("/")[0])


def test_slides_match_within_their_section_by_content_not_place() -> None:
    """A slide the data inserts mid-section shifts no key after it; a slide number (which
    shifts) tells nothing; a slide never pairs with one of another section."""
    old = ["s.1", "s.2", "s.3", "t.1"]
    shown = {"s.1": ("a", "1"), "s.2": ("b", "2"), "s.3": ("c", "3"), "t.1": ("d", "4")}
    pieces = [
        _shape(f"{k}/{r}", d)
        for k, v in shown.items()
        for r, d in zip(("title", "sldNum"), v, strict=True)
    ]
    new = ["s.1", "s.2", "s.3", "s.4", "t.1"]
    today = {
        "s.1": ("a", "1"),
        "s.2": ("n", "2"),
        "s.3": ("b", "3"),
        "s.4": ("c", "4"),
        "t.1": ("x", "5"),
    }
    fresh = [
        _shape(f"{k}/{r}", d)
        for k, v in today.items()
        for r, d in zip(("title", "sldNum"), v, strict=True)
    ]
    texts = {"s.1": "A", "s.2": "B", "s.3": "C", "t.1": "Section T"}
    new_texts = {"s.1": "A", "s.2": "New", "s.3": "B", "s.4": "C", "t.1": "Section T, today"}
    keys = match_slides(old, pieces, new, fresh, texts, new_texts)
    assert keys == {"s.1": "s.1", "s.2": "s.2+1", "s.3": "s.2", "s.4": "s.3", "t.1": "t.1"}
