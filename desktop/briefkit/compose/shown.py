"""The records a briefing shows, with the values it shows of each: what a document's record keeps.

A topic's briefing shows the records its rules take (``Catalog.records_of``); a composed one the
records its chosen sections show in their tables, charts and timelines, and, for a topic's
summary, the records its key figures read. Each record's values are its fields as the data
holds them in the briefing's language, flattened to text; ``digest`` fingerprints them, so a
later run tells a changed record from an unchanged one. Disputes on those records come along.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.records import Dispute, Record
from briefkit.compose.assemble import figure_records, section_records
from briefkit.compose.custom import SUMMARY

__all__ = ["Shown", "ShownDispute", "ShownRecord", "digest_of", "parse_part", "shown_by"]

KINDS = ("incident", "measure", "indicator")


def digest_of(values: Mapping[str, str] | Sequence[str]) -> str:
    """A short fingerprint (16 hex digits of sha256) of text values: a mapping by its items in
    key order, a sequence in its order (units and records apart by separators text never has)."""
    if isinstance(values, Mapping):
        values = [f"{key}\x1e{values[key]}" for key in sorted(values)]
    return hashlib.sha256("\x1f".join(values).encode()).hexdigest()[:16]


def flatten(record: Record, skip: Iterable[str] = ()) -> dict[str, str]:
    """A record's fields as text: lists joined with "; ", nested values as JSON, None left out."""
    values: dict[str, str] = {}
    for name, value in record.model_dump(mode="json").items():
        if value is None or name in skip:
            continue
        if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            values[name] = "; ".join(str(v) for v in value)
        elif isinstance(value, list | dict):
            values[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            values[name] = str(value)
    return values


@dataclass(frozen=True)
class ShownRecord:
    """One record a briefing shows: its kind, id and the values shown."""

    kind: str
    id: str
    values: Mapping[str, str]

    @cached_property
    def digest(self) -> str:
        """The fingerprint of the values shown."""
        return digest_of(self.values)

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources the record cites."""
        text = self.values.get("sources") or self.values.get("source") or ""
        return tuple(s for s in text.split("; ") if s)

    def label(self, limit: int) -> str:
        """A short name: its date or period, place, and title or label, else the start of its
        summary (cut at a word within ``limit`` characters)."""
        values = self.values
        text = values.get("title") or values.get("label") or values.get("summary", "")
        if len(text) > limit:
            text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
        when = values.get("date") or values.get("period", "")
        return ", ".join(v for v in (when, values.get("place", ""), text) if v)


@dataclass(frozen=True)
class ShownDispute:
    """A disagreement between sources on a record shown: which record and field, its text."""

    id: str
    record: str
    field: str
    values: Mapping[str, str]

    @cached_property
    def digest(self) -> str:
        """The fingerprint of the dispute's text and versions."""
        return digest_of(self.values)

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources its versions cite."""
        versions = json.loads(self.values.get("versions", "[]"))
        return tuple(sorted({str(v.get("source", "")) for v in versions} - {""}))


@dataclass(frozen=True)
class Shown:
    """Everything a briefing shows of the data."""

    records: tuple[ShownRecord, ...] = ()
    disputes: tuple[ShownDispute, ...] = ()

    @cached_property
    def digest(self) -> str:
        """One fingerprint of every record and dispute shown."""
        parts = [f"{r.kind}:{r.id}:{r.digest}" for r in self.records]
        parts += [f"dispute:{d.id}:{d.digest}" for d in self.disputes]
        return digest_of(parts)


def parse_part(text: str) -> tuple[str, str]:
    """``topic:section`` as (topic, section)."""
    topic, _, section = text.partition(":")
    return topic, section


def _ids_of(catalog: Catalog, topic_id: str | None, parts: Sequence[str]) -> list[str]:
    """The ids of the records shown by a topic's briefing, or by a composition's parts."""
    if topic_id is not None:
        return list(catalog.records_of(catalog.topic(topic_id)).everything())
    ids: dict[str, None] = {}
    for text in parts:
        tid, section = parse_part(text)
        topic = catalog.topic(tid)
        chosen = catalog.records_of(topic)
        if section == SUMMARY:
            for ref in topic.key_figures:
                ids.update(dict.fromkeys(figure_records(ref, chosen)))
        else:
            shown = section_records(topic, chosen, section)
            ids.update(dict.fromkeys(r for r in chosen.everything() if r in shown))
    return list(ids)


def shown_by(catalog: Catalog, topic_id: str | None, parts: Sequence[str] = ()) -> Shown:
    """What a topic's briefing (``topic_id``) or a composition (its ``parts``, ``topic:section``)
    shows of ``catalog``, in the catalog's language. KeyError for an unknown topic."""
    tables: Mapping[str, Mapping[str, Record]] = {
        "incident": catalog.incidents,
        "measure": catalog.measures,
        "indicator": catalog.indicators,
    }
    records = []
    for rid in _ids_of(catalog, topic_id, parts):
        for kind in KINDS:
            found = tables[kind].get(rid)
            if found is not None:
                records.append(ShownRecord(kind, rid, flatten(found, skip=("id",))))
                break
    disputes = [_dispute(d) for r in records for d in catalog.disputes_for(r.id)]
    return Shown(tuple(records), tuple(disputes))


def _dispute(dispute: Dispute) -> ShownDispute:
    values = flatten(dispute, skip=("id", "record", "field"))
    return ShownDispute(dispute.id, dispute.record, dispute.field, values)
