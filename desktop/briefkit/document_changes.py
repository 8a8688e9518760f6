"""``briefkit diff``: what changed in the data since a document was made, for what it shows.

The document's own record (``render.office.record``) says which topic or composition it was
made from, in which language, and the records and disputes it showed with their values; the
same briefing is worked out from today's data (``compose.shown``) and the two compared
(``compose.changes``). ``describe`` says the result in the document's language (or another).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.language import Language
from briefkit.catalog.records import DatePrecision
from briefkit.compose.changes import Changes, compare
from briefkit.compose.model import Briefing
from briefkit.compose.shown import ShownDispute, ShownRecord, shown_by
from briefkit.compose.wording import date_label
from briefkit.messages import message
from briefkit.render.office.record import DocumentRecord, RecordError, read_record

__all__ = ["DocumentChanges", "as_json", "changes_since", "describe", "with_changes_since"]

SUMMARY_CHARS = 90


@dataclass(frozen=True)
class DocumentChanges:
    """A document's record, the data it is compared with (in its language) and the changes."""

    path: Path
    record: DocumentRecord
    catalog: Catalog
    """Today's data in the document's language (the values compared are in it)."""
    changes: Changes
    language: Language
    """The language the changes are said in (``--lang``; by default the document's)."""


def changes_since(path: Path, data_dir: Path | None, lang: str | None = None) -> DocumentChanges:
    """Compare the document at ``path`` with the data in ``data_dir`` (None: bundled), in
    ``lang`` (None: the document's). RecordError when the file has no readable record or
    names a topic or language the data lacks; CatalogError for data with problems."""
    from briefkit.catalog.translations import translate

    record = read_record(path)
    made = record.made
    base = load_catalog(data_dir)

    def in_language(code: str) -> Catalog:
        try:
            return translate(base, code).catalog
        except (KeyError, ValueError) as exc:
            said = {"lang": repr(code), "detail": exc}
            raise RecordError(message("record_no_translation", **said)) from exc

    catalog = in_language(made.lang)
    words = catalog.language if lang in (None, made.lang) else in_language(str(lang)).language
    try:
        now = shown_by(catalog, made.topic or None, made.parts)
    except (KeyError, ValueError) as exc:
        what = made.topic or " ".join(made.parts)
        said = {"path": path, "what": what, "detail": exc}
        raise RecordError(message("record_made_from_gone", **said)) from exc
    return DocumentChanges(path, record, catalog, compare(record.shown, now), words)


def _field(lang: Language, name: str) -> str:
    """A field's column heading in ``lang`` where the tables have one ("killed": "Killed")."""
    heading = lang.words.get("col_" + name)
    return f"{heading} ({name})" if heading else name


def _sources(catalog: Catalog, ids: tuple[str, ...]) -> str:
    found = []
    for sid in ids:
        source = catalog.sources.get(sid)
        found.append(f"{sid} ({source.title})" if source is not None else sid)
    return "; ".join(found)


def _issued(language: Language, record: DocumentRecord) -> str:
    try:
        day = dt.date.fromisoformat(record.made.issued)
    except ValueError:
        return record.made.issued
    return date_label(language, day, DatePrecision.DAY)


def describe(result: DocumentChanges) -> list[str]:
    """The changes as lines of text in ``result.language`` (the values as the data gives them in
    the document's language)."""
    lang, catalog, changes = result.language, result.catalog, result.changes
    made = result.record.made
    lines = [
        lang.w("changes_since", date=_issued(lang, result.record))
        + f": {result.path.name} ({made.title})"
    ]
    if changes.none:
        return [*lines, "  " + lang.w("changes_none")]

    def kind(record: ShownRecord) -> str:
        return lang.w("changes_kind_" + record.kind)

    def group(key: str, items: list[str]) -> None:
        if items:
            lines.append(f"{lang.w(key)} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)

    sources = lang.w("changes_sources")
    group(
        "changes_new",
        [
            f"{kind(r)} {r.id}: {r.label(SUMMARY_CHARS)}; {sources}: {_sources(catalog, r.sources)}"
            for r in changes.added
        ],
    )
    changed = []
    for c in changes.changed:
        fields = "; ".join(
            f"{_field(lang, f.field)}: {f.old or '—'} -> {f.new or '—'}" for f in c.fields
        )
        changed.append(
            f"{kind(c.new)} {c.new.id}: {fields}; {sources}: {_sources(catalog, c.new.sources)}"
        )
    group("changes_changed", changed)
    group(
        "changes_removed", [f"{kind(r)} {r.id}: {r.label(SUMMARY_CHARS)}" for r in changes.removed]
    )

    def dispute(d: ShownDispute) -> str:
        text = f"{d.id} ({d.record}, {d.field}): {d.values.get('title', '')}"
        return f"{text}; {sources}: {_sources(catalog, d.sources)}"

    group("changes_opened", [dispute(d) for d in changes.opened])
    group("changes_settled", [dispute(d) for d in changes.settled])
    group("changes_disputes_changed", [dispute(c.new) for c in changes.disputes_changed])
    return lines


def as_json(result: DocumentChanges) -> dict[str, Any]:
    """The changes for ``--json``."""
    changes = result.changes

    def record(r: ShownRecord) -> dict[str, Any]:
        return {"kind": r.kind, "id": r.id, "values": dict(r.values), "sources": list(r.sources)}

    def dispute(d: ShownDispute) -> dict[str, Any]:
        return {"id": d.id, "record": d.record, "field": d.field, "values": dict(d.values)}

    return {
        "file": str(result.path),
        "made": {
            "topic": result.record.made.topic,
            "parts": list(result.record.made.parts),
            "lang": result.record.made.lang,
            "issued": result.record.made.issued,
        },
        "lang": result.language.code,
        "none": changes.none,
        "added": [record(r) for r in changes.added],
        "changed": [
            {
                "kind": c.new.kind,
                "id": c.new.id,
                "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields],
                "sources": list(c.new.sources),
            }
            for c in changes.changed
        ],
        "removed": [record(r) for r in changes.removed],
        "disputes_opened": [dispute(d) for d in changes.opened],
        "disputes_settled": [dispute(d) for d in changes.settled],
        "disputes_changed": [dispute(c.new) for c in changes.disputes_changed],
    }


def with_changes_since(
    path: Path, catalog: Catalog, briefings: Sequence[Briefing]
) -> list[Briefing]:
    """``briefings`` with the one made as the document at ``path`` given a "What changed since"
    part (``compose.changes_section``). ``catalog`` is today's data in the export's language;
    RequestError (naming ``--changes-since``) when the document has no record, is in another
    language, or was made from a topic or composition the export does not write."""
    from briefkit.export_errors import RequestError

    try:
        return _with_changes_since(path, catalog, briefings)
    except RecordError as exc:
        raise RequestError(f"--changes-since: {exc}") from None


def _with_changes_since(
    path: Path, catalog: Catalog, briefings: Sequence[Briefing]
) -> list[Briefing]:
    from briefkit.compose.changes_section import with_changes

    record = read_record(path)
    made = record.made
    if made.lang != catalog.language.code:
        said = {"path": path, "lang": repr(made.lang), "wanted": made.lang}
        raise RecordError(message("record_other_language", **said))
    target = made.topic or made.name
    if target not in {b.topic_id for b in briefings}:
        raise RecordError(message("record_not_exported", path=path, target=target))
    try:
        since = dt.date.fromisoformat(made.issued)
    except ValueError:
        said = {"path": path, "issued": repr(made.issued)}
        raise RecordError(message("record_no_issue_date", **said)) from None
    now = shown_by(catalog, made.topic or None, made.parts)
    changes = compare(record.shown, now)
    return [
        with_changes(b, changes, since, catalog) if b.topic_id == target else b for b in briefings
    ]
