"""Today's pieces given the ids of the pieces they stand for in the edited file, by content.

A report's block ids are positional (``<part>.<n>``), so a paragraph the data adds shifts the
ids of every block after it. Before ``decisions.decide`` pairs old and new pieces by id, the new
build's pieces are matched to the recorded ones: first by what Briefkit wrote (kind and digest,
in order, as ``difflib`` aligns two sequences), then, where a run of pieces differs, each
recorded piece to the most similar new piece of its kind (its text now in the file against the
new text), or, when the user deleted it, to the new piece in its place with the same style.
A matched piece takes the old id; an unmatched one keeps its own, made unique.

A deck's slide keys (``<part>.<n>``) are positional too: ``match_slides`` matches today's
slides to the recorded ones the same way, each slide a piece of its part (so slides never pair
across sections) with the digest of its pieces and the text of its shapes.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefkit.render.office.record import Piece

__all__ = ["SIMILAR", "match_pieces", "match_slides"]

SIMILAR = 0.6
"""How alike (difflib's ratio, word by word) a recorded piece's text and a new one's must be
to match; half that is enough when their styles are the same too."""
_COMPARED = 2000
"""The characters of each text compared (a long table's start tells it well enough)."""
_WINDOW = 12
"""The new pieces a recorded one is compared with, from the last one matched on."""
_UNTELLING = ("sldNum", "dt", "ftr")
"""Slide roles that tell no slide from another (a slide number shifts with every slide
added before it)."""
_BUDGET = 1500
"""The most text comparisons one match makes; past them, pieces are paired by place and
style only (a file whose every block changed is not compared for minutes)."""


def match_pieces(
    old: Sequence[Piece],
    new: Sequence[Piece],
    old_text: Mapping[str, str],
    new_text: Mapping[str, str],
) -> tuple[Piece, ...]:
    """``new`` in its order, each piece with the id of the ``old`` piece it stands for.

    ``old_text`` is the text each old piece shows in the file now (by id; absent: deleted),
    ``new_text`` each new piece's (by id)."""
    pairs: dict[int, int] = {}  # new index -> old index
    budget = [_BUDGET]
    keys_old = [(p.kind, p.digest) for p in old]
    keys_new = [(p.kind, p.digest) for p in new]
    matcher = difflib.SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.update({j1 + k: i1 + k for k in range(i2 - i1)})
        elif tag == "replace":
            runs = (range(i1, i2), range(j1, j2))
            pairs.update(_pair_run(old, new, *runs, old_text, new_text, budget))
    taken = {p.id for p in old}
    matched: list[Piece] = []
    for index, piece in enumerate(new):
        if index in pairs:
            matched.append(replace(piece, id=old[pairs[index]].id))
            continue
        pid, extra = piece.id, 0
        while pid in taken:
            extra += 1
            pid = f"{piece.id}+{extra}"
        taken.add(pid)
        matched.append(replace(piece, id=pid))
    return tuple(matched)


def match_slides(
    old: Sequence[str],
    old_pieces: Sequence[Piece],
    new: Sequence[str],
    new_pieces: Sequence[Piece],
    old_text: Mapping[str, str],
    new_text: Mapping[str, str],
) -> dict[str, str]:
    """Today's slide keys (``new``, in order) -> the recorded key each stands for (``old``),
    or its own made unique when it stands for none; by ``match_pieces``, each slide's pieces
    (``old_pieces``, ``new_pieces``) making its digest and the roles they play its style.
    ``old_text`` is what each recorded slide shows in the file now (absent: deleted),
    ``new_text`` what today's shows."""
    olds = _slides(old, old_pieces)
    news = _slides(new, new_pieces)
    matched = match_pieces(olds, news, old_text, new_text)
    return {n.id: m.id for n, m in zip(news, matched, strict=True)}


def _slides(keys: Sequence[str], pieces: Sequence[Piece]) -> list[Piece]:
    """One piece per slide key: its part as kind, its pieces' digests as digest, their roles
    as style."""
    held: dict[str, list[Piece]] = {}
    for piece in pieces:
        role = piece.id.partition("/")[2]
        if role.split("-")[0] not in _UNTELLING:
            held.setdefault(piece.slide, []).append(piece)
    found = []
    for key in keys:
        mine = held.get(key, [])
        roles = " ".join(sorted(p.id.partition("/")[2] for p in mine))
        digest = hashlib.sha256("\n".join(p.digest for p in mine).encode()).hexdigest()[:16]
        found.append(Piece(key, "", key.rpartition(".")[0], digest, style=roles))
    return found


def _pair_run(
    old: Sequence[Piece],
    new: Sequence[Piece],
    olds: range,
    news: range,
    old_text: Mapping[str, str],
    new_text: Mapping[str, str],
    budget: list[int],
) -> dict[int, int]:
    """Pairs (new index -> old index) in a run that differs, keeping both orders; ``budget``
    holds the comparisons left."""
    pairs: dict[int, int] = {}
    start = news.start
    for i in olds:
        piece = old[i]
        text = old_text.get(piece.id)
        kinds = (j for j in range(start, news.stop) if new[j].kind == piece.kind)
        candidates = list(itertools.islice(kinds, _WINDOW))
        chosen = None
        budget[0] -= len(candidates) if text is not None else 0
        if text is None or budget[0] < 0:  # deleted by the user, or no time left to compare:
            place = news.start + (i - olds.start)  # today's piece in its place, if alike
            if place in candidates and new[place].style == piece.style:
                chosen = place
        elif candidates:
            scored = [(_likeness(text, new_text.get(new[j].id, "")), -j) for j in candidates]
            score, best = max(scored)
            j = -best
            if score >= SIMILAR or (score >= SIMILAR / 2 and new[j].style == piece.style):
                chosen = j
        if chosen is not None:
            pairs[chosen] = i
            start = chosen + 1
    return pairs


def _likeness(one: str, other: str) -> float:
    """How alike two texts are, word by word (0 to 1)."""
    if one == other:
        return 1.0
    a, b = one[:_COMPARED].split(), other[:_COMPARED].split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR / 2 or matcher.quick_ratio() < SIMILAR / 2:
        return 0.0
    return matcher.ratio()
