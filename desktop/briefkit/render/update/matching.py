"""Today's pieces given the ids of the pieces they stand for in the edited file, by content.

A report's block ids are positional (``<part>.<n>``), so a paragraph the data adds shifts the
ids of every block after it. Before ``decisions.decide`` pairs old and new pieces by id, the new
build's pieces are matched to the recorded ones: first by what Briefkit wrote (kind and digest,
in order, as ``difflib`` aligns two sequences), then, where a run of pieces differs, each
recorded piece to the most similar new piece of its kind (its text now in the file against the
new text), or, when the user deleted it, to the new piece in its place with the same style.
A matched piece takes the old id; an unmatched one keeps its own, made unique.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefkit.render.office.record import Piece

__all__ = ["SIMILAR", "match_pieces"]

SIMILAR = 0.6
"""How alike (difflib's ratio) a recorded piece's text and a new one's must be to match; half
that is enough when their styles are the same too."""
_COMPARED = 2000
"""The characters of each text compared (a long table's start tells it well enough)."""
_WINDOW = 25
"""The new pieces a recorded one is compared with, from the last one matched on."""


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
    keys_old = [(p.kind, p.digest) for p in old]
    keys_new = [(p.kind, p.digest) for p in new]
    matcher = difflib.SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.update({j1 + k: i1 + k for k in range(i2 - i1)})
        elif tag == "replace":
            pairs.update(_pair_run(old, new, range(i1, i2), range(j1, j2), old_text, new_text))
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


def _pair_run(
    old: Sequence[Piece],
    new: Sequence[Piece],
    olds: range,
    news: range,
    old_text: Mapping[str, str],
    new_text: Mapping[str, str],
) -> dict[int, int]:
    """Pairs (new index -> old index) in a run that differs, keeping both orders."""
    pairs: dict[int, int] = {}
    start = news.start
    for i in olds:
        piece = old[i]
        text = old_text.get(piece.id)
        kinds = (j for j in range(start, news.stop) if new[j].kind == piece.kind)
        candidates = list(itertools.islice(kinds, _WINDOW))
        chosen = None
        if text is None:  # deleted by the user: the new piece in its place, if alike in style
            place = news.start + (i - olds.start)
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
    a, b = one[:_COMPARED], other[:_COMPARED]
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() >= SIMILAR / 2 else 0.0
