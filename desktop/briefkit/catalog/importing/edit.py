"""Add, change or delete one incident as the window's form does: the record checked with the
catalog's own checks, each problem by field; the change planned as text (a diff of
incidents.csv shows only that record's lines) and checked whole before it is written, then
written like an import (``apply_import``: all or nothing, never into the bundled data)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from briefkit.catalog import messages as m
from briefkit.catalog.checks import check_incident
from briefkit.catalog.errors import explain
from briefkit.catalog.importing.plan import ImportPlan, encoded_text, file_digest
from briefkit.catalog.importing.writing import CsvEdit, append_dispute, cell
from briefkit.catalog.load import FILES, check_catalog
from briefkit.catalog.messages import Message
from briefkit.catalog.records import Dispute, Incident, Source, Vocabulary
from briefkit.catalog.tables import split_list
from briefkit.catalog.textfile import read_text

INCIDENTS = FILES["incidents"]
DISPUTES = FILES["disputes"]
SOURCES = FILES["sources"]
SOURCE_FIELDS = (
    "id",
    "short",
    "title",
    "author",
    "publication",
    "date",
    "date_precision",
    "date_note",
    "kind",
)
"""The fields the source form gives (as a new entry of sources.yaml writes them)."""
FIELDS = tuple(Incident.model_fields)
"""The form's fields, in incidents.csv's order."""


def incident_cells(inc: Incident) -> dict[str, str]:
    """A record's fields as the form (and incidents.csv) shows them."""
    return {name: cell(getattr(inc, name)) for name in FIELDS}


def check_form(
    cells: Mapping[str, str],
    incidents: Mapping[str, Incident],
    sources: Mapping[str, Source],
    vocabulary: Vocabulary,
    editing: str | None,
) -> tuple[Incident | None, dict[str, str]]:
    """The record the form's ``cells`` make and no problems, or None and each problem by field
    (what is wrong and what would be right). ``editing`` is the id of the record changed (None
    for a new one)."""
    raw: dict[str, object] = {k: v.strip() for k, v in cells.items() if v.strip()}
    if "sources" in raw:
        raw["sources"] = split_list(str(raw["sources"]))
    try:
        inc = Incident.model_validate(raw)
    except ValidationError as exc:
        return None, by_field(exc)
    errors: dict[str, str] = {}
    for finding in check_incident(inc, ("form", 0), sources, vocabulary):
        errors.setdefault(finding.field, finding.message)
    if inc.id != editing and inc.id in incidents:
        errors["id"] = Message(m.ID_TAKEN, value=inc.id, kind="incident")
    return (None, errors) if errors else (inc, {})


def plan_edit(
    root: Path, incidents: Mapping[str, Incident], old_id: str | None, new: Incident | None
) -> ImportPlan:
    """The change to incidents.csv in ``root``: ``new`` added (``old_id`` None), put in place of
    ``old_id`` (same id), or ``old_id`` deleted (``new`` None). The plan's ``problems`` say why
    the data would no longer pass ``check`` (e.g. a topic or dispute still naming a deleted
    record); then it writes nothing."""
    edit = CsvEdit.read(root / INCIDENTS)
    if new is None:
        if old_id is None or old_id not in edit.spans:
            raise ValueError(f"{old_id} is not a record of {INCIDENTS}")
        text = edit.without(old_id)
    else:
        text = edit.with_records({new.id: new}, incidents)
    return planned(root, INCIDENTS, text)


def check_source(
    cells: Mapping[str, str], sources: Mapping[str, Source]
) -> tuple[Source | None, dict[str, str]]:
    """The new source the form's ``cells`` make and no problems, or None and each problem by
    field."""
    errors: dict[str, str] = {}
    if (given := cells.get("id", "").strip()) in sources:
        errors["id"] = Message(m.ID_TAKEN, value=given, kind="source")
    try:
        source = Source.model_validate({k: v.strip() for k, v in cells.items() if v.strip()})
    except ValidationError as exc:
        return None, by_field(exc) | errors
    return (None, errors) if errors else (source, {})


def by_field(exc: ValidationError) -> dict[str, str]:
    """A validation error's problems, the first of each field."""
    errors: dict[str, str] = {}
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else ""
        errors.setdefault(name, explain(err))
    return errors


def check_dispute(
    values: Mapping[str, object], sources: Mapping[str, Source], taken: Mapping[str, object]
) -> tuple[Dispute | None, dict[str, str]]:
    """The dispute the form's ``values`` make (``versions`` a list of value/source/note dicts)
    and no problems, or None and each problem by field ("versions" for the versions)."""
    try:
        dispute = Dispute.model_validate(values)
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else ""
            rest = err["loc"][1:]
            problem = explain(err)
            if rest and isinstance(rest[0], int):
                field = "".join(f" {p}" for p in rest[1:])
                problem = Message(
                    m.VERSION_PROBLEM, number=rest[0] + 1, field=field, problem=problem
                )
            errors.setdefault(name, problem)
        return None, errors
    errors = {}
    if dispute.id in taken:
        errors["id"] = Message(m.ID_TAKEN, value=dispute.id, kind="dispute")
    for n, version in enumerate(dispute.versions, 1):
        if version.source not in sources:
            message = Message(m.VERSION_SOURCE, number=n, value=version.source)
            errors.setdefault("versions", message)
    return (None, errors) if errors else (dispute, {})


def plan_dispute(root: Path, dispute: Dispute) -> ImportPlan:
    """disputes.yaml in ``root`` with ``dispute`` appended, checked with the whole data."""
    text, _ = read_text(root / DISPUTES, DISPUTES)
    return planned(root, DISPUTES, append_dispute(text or "", dispute))


def plan_restore_files(root: Path, files: Mapping[str, bytes]) -> ImportPlan:
    """Put data files' bytes back together (the undo of an import that wrote several)."""
    texts = {name: data.decode("utf-8-sig") for name, data in files.items()}
    return planned_files(root, texts, dict(files))


def planned(root: Path, name: str, text: str) -> ImportPlan:
    """The plan writing ``text`` as file ``name`` of ``root``, if the whole data still passes
    ``check`` with it; else a plan with the problems that writes nothing."""
    return planned_files(root, {name: text})


def planned_files(
    root: Path, texts: Mapping[str, str], data: Mapping[str, bytes] | None = None
) -> ImportPlan:
    """The plan writing several files together (``texts``, or the exact ``data`` bytes), if
    the whole data still passes ``check`` with them."""
    data = data or {}
    plan = ImportPlan(root)
    _, problems = check_catalog(root, texts)
    if problems:
        plan.problems = problems
        return plan
    plan.changes = dict(texts)
    plan.encoded = {n: data.get(n) or encoded_text(root / n, t) for n, t in texts.items()}
    plan.based_on = {name: file_digest(root / name) for name in texts}
    return plan
