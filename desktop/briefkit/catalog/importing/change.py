"""Add, change or delete a source, indicator, measure or dispute as the Data view's forms do:
each form checked with the catalog's own checks, field by field; a delete refused while
another record, dispute or topic still names the record; the change planned as text (CSV lines
or YAML keys) and checked with the whole data before ``apply_import`` writes it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from pydantic import ValidationError

from briefkit.catalog import messages as m
from briefkit.catalog.checks import Finding, check_indicator, check_measure, check_source
from briefkit.catalog.grades import CREDIBILITY_FILE
from briefkit.catalog.importing.edit import by_field, planned, planned_files
from briefkit.catalog.importing.entries import YamlEntries, without_grade, without_key
from briefkit.catalog.importing.plan import ImportPlan
from briefkit.catalog.importing.writing import CsvEdit, Row, append_sources, cell
from briefkit.catalog.load import FILES
from briefkit.catalog.messages import Message
from briefkit.catalog.records import (
    DatePrecision,
    Dispute,
    Incident,
    Indicator,
    Measure,
    Qualifier,
    Reliability,
    Source,
)
from briefkit.catalog.tables import split_list
from briefkit.catalog.textfile import read_text

if TYPE_CHECKING:
    from briefkit.catalog import Catalog

TRANSLATIONS = "translations"
KindKey = Literal["incidents", "indicators", "measures", "sources", "disputes"]
Changeable = Incident | Indicator | Measure | Source | Dispute


@dataclass(frozen=True)
class Kind:
    """One kind of record: its file, its model and the fields its form gives."""

    key: KindKey
    file: str
    model: type[Changeable]
    fields: tuple[str, ...]
    lists: tuple[str, ...] = ()
    """Fields written as one cell with ``;`` between the values."""


KINDS: dict[str, Kind] = {
    "incidents": Kind(
        "incidents", FILES["incidents"], Incident, tuple(Incident.model_fields), ("sources",)
    ),
    "indicators": Kind("indicators", FILES["indicators"], Indicator, tuple(Indicator.model_fields)),
    "measures": Kind(
        "measures", FILES["measures"], Measure, tuple(Measure.model_fields), ("sources",)
    ),
    "sources": Kind(
        "sources",
        FILES["sources"],
        Source,
        (
            "id",
            "short",
            "title",
            "author",
            "publication",
            "date",
            "date_precision",
            "date_note",
            "kind",
            "stance",
            "reliability",
            "reliability_reason",
        ),
    ),
    "disputes": Kind("disputes", FILES["disputes"], Dispute, tuple(Dispute.model_fields)),
}


def records(catalog: Catalog, key: str) -> Mapping[str, Changeable]:
    """The catalog's records of one kind, by id."""
    if key == "disputes":
        return {d.id: d for d in catalog.disputes}
    found: Mapping[str, Changeable] = getattr(catalog, key)
    return found


def form_cells(kind: Kind, record: Changeable | None) -> dict[str, str]:
    """A record's fields as its form shows them (empty for a new one)."""
    if record is None:
        return dict.fromkeys(kind.fields, "")
    return {name: cell(getattr(record, name)) for name in kind.fields}


def choices(kind: Kind, catalog: Catalog) -> dict[str, list[str]]:
    """The values a coded field of the form may take."""
    vocab = catalog.vocabulary
    precisions = [p.value for p in DatePrecision]
    match kind.key:
        case "indicators":
            return {"qualifier": [q.value for q in Qualifier], "unit": sorted(vocab.units)}
        case "measures":
            status = [str(s) for s in get_args(Measure.model_fields["status"].annotation)]
            return {
                "date_precision": precisions,
                "kind": sorted(vocab.measure_kinds),
                "status": status,
            }
        case "sources":
            kinds = [str(k) for k in get_args(Source.model_fields["kind"].annotation)]
            grades = ["", *(str(g) for g in get_args(Reliability))]  # "": not graded
            return {"date_precision": precisions, "kind": kinds, "reliability": grades}
    return {}


def _findings(record: Changeable, catalog: Catalog) -> Iterator[Finding]:
    where = ("form", 0)
    if isinstance(record, Indicator):
        yield from check_indicator(record, where, catalog.sources, catalog.vocabulary)
    elif isinstance(record, Measure):
        yield from check_measure(record, where, catalog.sources, catalog.vocabulary)
    elif isinstance(record, Source):
        yield from check_source(record, where)


def check_cells(
    kind: Kind, cells: Mapping[str, str], catalog: Catalog, editing: str | None
) -> tuple[Changeable | None, dict[str, str]]:
    """The record the form's ``cells`` make and no problems, or None and each problem by field
    (what is wrong and what would be right). ``editing``: the id of the record changed (its
    fields the form does not show are kept), None for a new one."""
    raw: dict[str, object] = {}
    old = records(catalog, kind.key).get(editing) if editing else None
    if old is not None:
        raw = old.model_dump(exclude=set(kind.fields), exclude_defaults=True)
    raw |= {k: v.strip() for k, v in cells.items() if v.strip()}
    for name in kind.lists:
        if name in raw:
            raw[name] = split_list(str(raw[name]))
    errors: dict[str, str] = {}
    given = str(raw.get("id", ""))
    if given != editing and given in _taken(catalog, kind):
        noun = {"sources": "source", "disputes": "dispute"}.get(kind.key, "record")
        errors["id"] = Message(m.ID_TAKEN, value=given, kind=noun)
    try:
        record = kind.model.model_validate(raw)
    except ValidationError as exc:
        return None, by_field(exc) | errors
    for finding in _findings(record, catalog):
        errors.setdefault(finding.field, finding.message)
    return (None, errors) if errors else (record, {})


def _taken(catalog: Catalog, kind: Kind) -> Mapping[str, object]:
    """Ids a new record of ``kind`` cannot have (incidents, indicators and measures share)."""
    if kind.key in ("sources", "disputes"):
        return records(catalog, kind.key)
    return {**catalog.incidents, **catalog.indicators, **catalog.measures}


def referenced_by(catalog: Catalog, key: str, rid: str) -> list[str]:
    """Who still names record ``rid`` of kind ``key``: each as ``file: id (field)``."""
    found: list[str] = []
    if key == "sources":
        for name, table in (
            ("incidents", catalog.incidents),
            ("measures", catalog.measures),
        ):
            found += [
                f"{FILES[name]}: {r.id} (sources)" for r in table.values() if rid in r.sources
            ]
        found += [
            f"{FILES['indicators']}: {r.id} (source)"
            for r in catalog.indicators.values()
            if r.source == rid
        ]
        found += [
            f"{FILES['disputes']}: {d.id} (versions)"
            for d in catalog.disputes
            if any(v.source == rid for v in d.versions)
        ]
    elif key != "disputes":
        found += [
            f"{FILES['disputes']}: {d.id} (record)" for d in catalog.disputes if d.record == rid
        ]
    if key != "disputes":
        for topic in catalog.topics.values():
            text = topic.model_dump_json()  # its ids, rules and cited texts
            if f'"{rid}"' in text or f"[@{rid}]" in text:
                found.append(f"{FILES['topics']}/{topic.id}.yaml: {topic.id}")
    return found


def plan_change(
    root: Path, catalog: Catalog, key: str, old_id: str | None, new: Changeable | None
) -> ImportPlan:
    """The change to the kind's file in ``root``: ``new`` added (``old_id`` None), put in place
    of ``old_id`` (same id), or ``old_id`` deleted (``new`` None). The plan's ``problems`` say
    why the data would no longer pass ``check``; then it writes nothing."""
    kind = KINDS[key]
    known = records(catalog, key)
    old = known.get(old_id) if old_id else None
    if old_id is not None and old is None:
        raise ValueError(f"{old_id} is not a record of {kind.file}")
    path = root / kind.file
    if kind.file.endswith(".csv"):
        edit = CsvEdit.read(path)
        if new is None:
            return _deleted(root, kind, str(old_id), edit.without(str(old_id)))
        if isinstance(new, Row) and (old is None or isinstance(old, Row)):
            text = edit.with_records({new.id: new}, {old.id: old} if old else {})
        else:
            raise ValueError(f"{new.id} is not a record of {kind.file}")
        return planned(root, kind.file, text)
    current, _ = read_text(path, kind.file)
    entries = YamlEntries.parse(current or "", kind.file)
    if new is None:
        return _deleted(root, kind, str(old_id), entries.without(str(old_id)))
    elif isinstance(old, Source | Dispute) and isinstance(new, Source | Dispute):
        text = entries.replaced(old, new)
    elif isinstance(new, Source):
        text = append_sources(current or "", [new])
    else:
        raise ValueError(f"a new {kind.key} entry is added with its own form")
    return planned(root, kind.file, text)


def _deleted(root: Path, kind: Kind, rid: str, text: str) -> ImportPlan:
    """A delete, with the record's entry taken out of each translation too (so that
    ``check --lang`` still passes)."""
    texts = {kind.file: text}
    for folder in sorted((root / TRANSLATIONS).glob("*/")):
        name = f"{TRANSLATIONS}/{folder.name}/{kind.key}.yaml"
        current, _ = read_text(root / name, name) if (root / name).is_file() else (None, [])
        if current and (changed := without_key(current, rid)) is not None:
            texts[name] = changed
    graded = root / CREDIBILITY_FILE  # its credibility grade goes with it
    current, _ = read_text(graded, CREDIBILITY_FILE) if graded.is_file() else (None, [])
    if current and (changed := without_grade(current, rid)) is not None:
        texts[CREDIBILITY_FILE] = changed
    return planned_files(root, texts)
