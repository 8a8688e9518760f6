"""Plan an import: each row added, updated, unchanged, a possible duplicate, or refused; the
new text of every data file it changes; and the catalog's checks run on that text."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

from briefkit.atomic import sha256_of
from briefkit.catalog.checks import Finding, check_incident, period_start
from briefkit.catalog.errors import explain
from briefkit.catalog.importing.formats import (
    Candidate,
    Kind,
    RowError,
    UnknownFormatError,
    recognise,
    to_candidate,
)
from briefkit.catalog.importing.mapping import ImportMapping, SourceTemplate, key, read_mapping
from briefkit.catalog.importing.sheets import read_sheet
from briefkit.catalog.importing.writing import CsvEdit, append_sources, source_entry
from briefkit.catalog.load import FILES, check_catalog, shown_path
from briefkit.catalog.problems import Problem
from briefkit.catalog.records import DatePrecision, Incident, Source, Vocabulary
from briefkit.catalog.textfile import read_text
from briefkit.messages import message as _message

SAME_PLACE_KM = 10.0
"""Events this close (or in places of the same name) are at the same place."""


class Outcome(StrEnum):
    """What an import does with a row."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "possible duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class RowResult:
    """The fate of one row."""

    file: str
    row: int
    outcome: Outcome
    record_id: str = ""
    problems: tuple[Problem, ...] = ()
    matches: tuple[str, ...] = ()
    """For a possible duplicate: the ids of the events it may repeat."""
    changed: tuple[str, ...] = ()
    """For an update: the fields that change."""


@dataclass
class ImportPlan:
    """Everything an import would do, before it does it."""

    root: Path
    results: list[RowResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    """Problems that stop the whole import (a file unreadable, the data folder broken)."""
    formats: dict[str, Kind] = field(default_factory=dict)
    new_sources: dict[str, Source] = field(default_factory=dict)
    changes: dict[str, str] = field(default_factory=dict)
    """File name in the data folder -> its new text."""
    encoded: dict[str, bytes] = field(default_factory=dict)
    """The same, as the bytes to write (a byte-order mark kept where the file had one)."""
    based_on: dict[str, str] = field(default_factory=dict)
    """The sha256 of each file changed, as read: a file changed since is not overwritten."""

    def count(self, outcome: Outcome) -> int:
        """How many rows had this outcome."""
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def refused(self) -> bool:
        """True when a row, a file or the result's check was refused."""
        return bool(self.problems) or self.count(Outcome.REFUSED) > 0


def accepted_key(shown: str, row: int) -> tuple[str, int]:
    """How ``--accept-duplicates`` names a row: the file's name and the row."""
    return Path(shown).name, row


def plan_import(
    files: Iterable[Path], root: Path, accept: Iterable[tuple[str, int]] = ()
) -> ImportPlan:
    """What importing ``files`` into the data folder ``root`` would do; writes nothing.

    ``accept`` names rows (file name, row) to add even though they look like events already
    in the data.
    """
    plan = ImportPlan(root)
    catalog, problems = check_catalog(root)
    if catalog is None:
        plan.problems = [
            Problem(shown_path(root), 0, "", _message("data_import_needs_sound_data")),
            *problems,
        ]
        return plan
    mapping, problems = read_mapping(root, catalog.vocabulary)
    if mapping is None:
        plan.problems = problems
        return plan
    state = _State(plan, dict(catalog.incidents), dict(catalog.sources), catalog.vocabulary)
    state.accepted = set(accept)
    state.csv = CsvEdit.read(root / FILES["incidents"])
    for path in files:
        state.read_file(path, mapping)
    if plan.problems:
        return plan
    state.finish()
    return plan


def _period(inc: Incident) -> tuple[int, int]:
    """The days (ordinals) an incident's date stands for."""
    start = period_start(inc.date, inc.date_precision)
    match inc.date_precision:
        case DatePrecision.DAY:
            return start.toordinal(), start.toordinal()
        case DatePrecision.BY:
            return 1, inc.date.toordinal()
        case DatePrecision.MONTH:
            months = 1
        case DatePrecision.QUARTER:
            months = 3
        case _:
            months = 12
    month = start.month - 1 + months
    after = start.replace(year=start.year + month // 12, month=month % 12 + 1)
    return start.toordinal(), after.toordinal() - 1


def _km(a: Incident, b: Incident) -> float:
    """The great-circle distance between two events' coordinates."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_event(a: Incident, b: Incident) -> bool:
    """Same date within either's precision, and the same place (name or within 10 km)."""
    (a0, a1), (b0, b1) = _period(a), _period(b)
    if a1 < b0 or b1 < a0 or key(a.country) != key(b.country):
        return False
    names = {key(a.place.split(",")[0]), key(b.place.split(",")[0])}
    return len(names) == 1 or _km(a, b) <= SAME_PLACE_KM


class _PeriodIndex:
    """Incident ids by the months their dates stand for, with their periods, so that a row is
    compared with the events of its own months only (an export of thousands of rows stays
    quick)."""

    def __init__(self) -> None:
        self.months: dict[int, list[str]] = {}
        self.periods: dict[str, tuple[int, int]] = {}
        self.open: list[str] = []  # "by" dates: any time before

    @staticmethod
    def _months(start: int, end: int) -> range:
        first, last = dt.date.fromordinal(start), dt.date.fromordinal(end)
        return range(first.year * 12 + first.month, last.year * 12 + last.month + 1)

    def add(self, inc: Incident) -> None:
        self.periods[inc.id] = period = _period(inc)
        if inc.date_precision is DatePrecision.BY:
            self.open.append(inc.id)
            return
        for month in self._months(*period):
            self.months.setdefault(month, []).append(inc.id)

    def near(self, inc: Incident) -> list[str]:
        """The ids of the events whose dates overlap ``inc``'s."""
        start, end = _period(inc)
        if inc.date_precision is DatePrecision.BY:
            found = list(self.periods)
        else:
            found = [r for m in self._months(start, end) for r in self.months.get(m, [])]
            found += self.open
        return [
            rid
            for rid in dict.fromkeys(found)
            if self.periods[rid][0] <= end and start <= self.periods[rid][1]
        ]


def slug(text: str) -> str:
    """Text as an id part: lower case ASCII letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _date_part(inc: Incident) -> str:
    day = inc.date.isoformat()
    return {DatePrecision.MONTH: day[:7], DatePrecision.QUARTER: day[:7]}.get(
        inc.date_precision, day[:4] if inc.date_precision is DatePrecision.YEAR else day
    )


class _State:
    """The import as it goes: the incidents and sources so far, and each row's result."""

    def __init__(
        self,
        plan: ImportPlan,
        incidents: dict[str, Incident],
        sources: dict[str, Source],
        vocab: Vocabulary,
    ) -> None:
        self.plan = plan
        self.existing = dict(incidents)
        self.incidents = incidents  # grows with the rows added
        self.added_by: dict[str, tuple[str, int]] = {}
        self.sources = sources
        self.vocab = vocab
        self.accepted: set[tuple[str, int]] = set()
        self.csv: CsvEdit | None = None
        self.templates: dict[str, tuple[SourceTemplate, str, set[int]]] = {}
        self.source_keys: dict[str, str] | None = None
        self.index = _PeriodIndex()
        for inc in incidents.values():
            self.index.add(inc)

    def read_file(self, path: Path, mapping: ImportMapping) -> None:
        shown = shown_path(path)
        sheet = read_sheet(path, shown)
        if sheet.problems:
            self.plan.problems += sheet.problems
            return
        try:
            kind = recognise(sheet.header)
        except UnknownFormatError as exc:
            self.plan.problems.append(Problem(shown, 1, "", exc.args[0]))
            return
        self.plan.formats[shown] = kind
        rows = dict(sheet.rows)
        for number in sorted({*rows, *sheet.refused}):
            if number in sheet.refused:
                self._refuse(shown, number, sheet.refused[number])
                continue
            try:
                candidate = to_candidate(kind, rows[number], mapping)
            except RowError as exc:
                self._refuse(shown, number, Problem(shown, number, exc.column, exc.args[0]))
                continue
            self._row(shown, number, candidate)

    def _refuse(self, shown: str, row: int, *problems: Problem) -> None:
        self.plan.results.append(RowResult(shown, row, Outcome.REFUSED, problems=problems))

    def _source_ids(self, c: Candidate) -> tuple[str, ...]:
        """The ids of the sources the row names, finding or making their entries."""
        template = c.source_template
        if template is None:
            return ()
        # one fixed entry for the whole dataset (GTD), or the sources the row names (ACLED)
        names = (template.id,) if template.id else c.source_names
        ids = []
        for name in names:
            found = self._source_keys().get(key(name))
            if found is None:
                found = template.id or self._new_id(name)
                self.templates[found] = (template, name, set())
                self.sources[found] = source_entry(found, name, template, c.years)
                self.source_keys = None
            if found in self.templates:
                _, first_name, years = self.templates[found]
                years |= c.years
                self.sources[found] = source_entry(found, first_name, template, years)
            ids.append(found)
        return tuple(dict.fromkeys(ids))

    def _source_keys(self) -> dict[str, str]:
        """Source ids by each name a row may cite them by: id, short name, title, publication."""
        if self.source_keys is None:
            self.source_keys = {}
            for s in reversed(self.sources.values()):  # the first entry wins
                for name in (s.publication, s.title, s.short, s.id):
                    self.source_keys[key(name)] = s.id
        return self.source_keys

    def _new_id(self, name: str) -> str:
        base = slug(name)[:60].strip("-") or "source"
        candidate, n = base, 1
        while candidate in self.sources:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def _row(self, shown: str, row: int, c: Candidate) -> None:
        fields = dict(c.fields)
        if c.source_template is not None:
            fields["sources"] = self._source_ids(c)
        record_id = c.given_id or "generated-id"
        try:
            inc = Incident.model_validate({**fields, "id": record_id})
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                name = str(err["loc"][0]) if err["loc"] else ""
                column = c.columns.get(name, name)
                problems.append(Problem(shown, row, column, explain(err)))
            self._refuse(shown, row, *problems)
            return
        if not c.given_id:
            record_id = "-".join(
                p for p in (slug(inc.place)[:40].strip("-"), inc.event_type, _date_part(inc)) if p
            )
            inc = inc.model_copy(update={"id": record_id})
        findings: list[Finding] = list(check_incident(inc, (shown, row), self.sources, self.vocab))
        missing = self.csv.missing_columns(inc) if self.csv is not None else []
        if findings or missing:
            problems = [
                Problem(shown, row, c.columns.get(f.field, f.field), f.message) for f in findings
            ]
            problems += [
                Problem(
                    shown,
                    row,
                    c.columns.get(name, name),
                    _message("data_import_no_column", name=name),
                )
                for name in missing
            ]
            self._refuse(shown, row, *problems)
            return
        self._classify(shown, row, inc, generated=not c.given_id)

    def _classify(self, shown: str, row: int, inc: Incident, generated: bool) -> None:
        results = self.plan.results
        earlier = self.added_by.get(inc.id)
        if inc.id in self.existing and earlier is None:
            old = self.existing[inc.id]
            changed = tuple(n for n in Incident.model_fields if getattr(old, n) != getattr(inc, n))
            outcome = Outcome.UPDATED if changed else Outcome.UNCHANGED
            results.append(RowResult(shown, row, outcome, inc.id, changed=changed))
            if changed:
                self.incidents[inc.id] = inc
                self.added_by[inc.id] = (shown, row)
            return
        accepted = accepted_key(shown, row) in self.accepted
        matches = tuple(
            rid
            for rid in self.index.near(inc)
            if rid == inc.id or same_event(inc, self.incidents[rid])
        )
        if matches and not accepted:
            results.append(RowResult(shown, row, Outcome.DUPLICATE, inc.id, matches=matches))
            return
        if inc.id in self.incidents:
            if not generated:
                message = f'"{inc.id}" is given by an earlier row too; ids must be unique'
                self._refuse(shown, row, Problem(shown, row, "id", message))
                return
            n = 2
            while f"{inc.id}-{n}" in self.incidents:
                n += 1
            inc = inc.model_copy(update={"id": f"{inc.id}-{n}"})
        self.incidents[inc.id] = inc
        self.index.add(inc)
        self.added_by[inc.id] = (shown, row)
        results.append(RowResult(shown, row, Outcome.ADDED, inc.id))

    def finish(self) -> None:
        """Write the changes as text and check the data they make."""
        plan = self.plan
        changed = {rid: self.incidents[rid] for rid in self.added_by}
        if not changed or self.csv is None:
            return
        name = FILES["incidents"]
        plan.changes[name] = self.csv.with_records(changed, self.existing)
        cited = {sid for inc in changed.values() for sid in inc.sources}
        plan.new_sources = {sid: self.sources[sid] for sid in self.templates if sid in cited}
        if plan.new_sources:
            plan.changes[FILES["sources"]] = _with_sources(
                self.plan.root / FILES["sources"], plan.new_sources
            )
        _, problems = check_catalog(plan.root, plan.changes)
        if problems:
            plan.problems += problems
            plan.changes.clear()
            return
        plan.encoded = {n: encoded_text(plan.root / n, text) for n, text in plan.changes.items()}
        plan.based_on = {n: file_digest(plan.root / n) for n in plan.changes}


def _with_sources(path: Path, sources: Mapping[str, Source]) -> str:
    """sources.yaml with the new entries appended in its own style."""
    text, _ = read_text(path, str(path))
    return append_sources(text or "", sources.values())


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes ("" when it does not exist)."""
    return sha256_of(path) if path.is_file() else ""


def encoded_text(path: Path, text: str) -> bytes:
    """``text`` as the bytes to write over ``path`` (a byte-order mark kept where it had one)."""
    bom = b"\xef\xbb\xbf" if path.is_file() and path.read_bytes()[:3] == b"\xef\xbb\xbf" else b""
    return bom + text.encode("utf-8")
