"""What changed in the data since a document was made, for what the document shows.

``compare`` takes what a document's record says it showed (``Shown``) and what the same
briefing would show from today's data: records new in its scope, records whose values changed
(each field old -> new), records gone, and disputes opened, settled (gone) or changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefkit.compose.shown import Shown, ShownDispute, ShownRecord

__all__ = ["Changes", "FieldChange", "RecordChange", "compare"]


@dataclass(frozen=True)
class FieldChange:
    """One value shown before and now ("" when absent)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class RecordChange:
    """A record shown then and now, with the values that differ."""

    old: ShownRecord
    new: ShownRecord
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class DisputeChange:
    """A dispute on a shown record whose text or versions changed."""

    old: ShownDispute
    new: ShownDispute


@dataclass(frozen=True)
class Changes:
    """Every change, each list in the order the records are shown."""

    added: tuple[ShownRecord, ...] = ()
    changed: tuple[RecordChange, ...] = ()
    removed: tuple[ShownRecord, ...] = ()
    opened: tuple[ShownDispute, ...] = ()
    settled: tuple[ShownDispute, ...] = ()
    disputes_changed: tuple[DisputeChange, ...] = ()

    @property
    def none(self) -> bool:
        """True when nothing changed."""
        return not (
            self.added
            or self.changed
            or self.removed
            or self.opened
            or self.settled
            or self.disputes_changed
        )


def _fields(old: ShownRecord, new: ShownRecord) -> tuple[FieldChange, ...]:
    names = list(dict.fromkeys([*old.values, *new.values]))
    return tuple(
        FieldChange(n, old.values.get(n, ""), new.values.get(n, ""))
        for n in names
        if old.values.get(n, "") != new.values.get(n, "")
    )


def compare(old: Shown, new: Shown) -> Changes:
    """The changes from ``old`` (a document's record) to ``new`` (today's data)."""
    before = {(r.kind, r.id): r for r in old.records}
    after = {(r.kind, r.id): r for r in new.records}
    changed = []
    for key, now in after.items():
        then = before.get(key)
        if then is not None and then.digest != now.digest:
            changed.append(RecordChange(then, now, _fields(then, now)))
    disputes_then = {d.id: d for d in old.disputes}
    disputes_now = {d.id: d for d in new.disputes}
    return Changes(
        added=tuple(r for key, r in after.items() if key not in before),
        changed=tuple(changed),
        removed=tuple(r for key, r in before.items() if key not in after),
        opened=tuple(d for i, d in disputes_now.items() if i not in disputes_then),
        settled=tuple(d for i, d in disputes_then.items() if i not in disputes_now),
        disputes_changed=tuple(
            DisputeChange(disputes_then[i], d)
            for i, d in disputes_now.items()
            if i in disputes_then and disputes_then[i].digest != d.digest
        ),
    )
