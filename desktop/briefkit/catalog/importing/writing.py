"""Change data files as text, so that a diff shows only the new or changed lines.

incidents.csv: a changed record's lines are replaced by its new row (each unchanged cell
keeps its text), new records are appended, in the file's own line endings and column order.
sources.yaml: new entries are appended in the file's style (a blank line, ``- id:``, keys
indented by two spaces, text quoted only where YAML needs it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefkit.catalog.importing.mapping import SourceTemplate
from briefkit.catalog.records import (
    DatePrecision,
    Dispute,
    Incident,
    Indicator,
    Measure,
    Source,
    Version,
)
from briefkit.catalog.tables import LIST_SEPARATOR
from briefkit.catalog.textfile import read_text
from briefkit.catalog.yamlfile import load_yaml


def cell(value: object) -> str:
    """A field's value as incidents.csv writes it."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(map(str, value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)  # 27, as the file has it
    return str(value.value if hasattr(value, "value") else value)


Row = Incident | Indicator | Measure
"""A record of a table."""


@dataclass
class CsvEdit:
    """A table (incidents.csv, indicators.csv, measures.csv) as lines, with the lines each
    record spans."""

    lines: list[str]
    header: list[str]
    spans: dict[str, tuple[int, int]]
    cells: dict[str, list[str]]
    newline: str

    @classmethod
    def read(cls, path: Path) -> CsvEdit:
        """The file as it is (it was checked before: it reads as CSV)."""
        text, _ = read_text(path, str(path))
        lines = (text or "").splitlines(keepends=True)
        newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
        reader = csv.reader(iter(lines))
        header: list[str] = []
        spans: dict[str, tuple[int, int]] = {}
        cells: dict[str, list[str]] = {}
        start = 0
        for row in reader:
            end = reader.line_num
            if not header:
                header = [c.strip() for c in row]
            elif "id" in header and len(row) == len(header):
                rid = row[header.index("id")].strip()
                spans[rid], cells[rid] = (start, end), row
            start = end
        return cls(lines, header, spans, cells, newline)

    def missing_columns(self, inc: Incident) -> list[str]:
        """Fields the record gives that the file has no column for."""
        return [
            n
            for n, info in Incident.model_fields.items()
            if n not in self.header and cell(getattr(inc, n)) not in ("", cell(info.default))
        ]

    def _row(self, inc: Row, old: Row | None) -> str:
        out = io.StringIO()
        values = []
        kept = self.cells.get(inc.id, [])
        for i, name in enumerate(self.header):
            value = getattr(inc, name, None)
            same = old is not None and getattr(old, name, None) == value and i < len(kept)
            values.append(kept[i] if same else cell(value))
        csv.writer(out, lineterminator=self.newline).writerow(values)
        return out.getvalue()

    def with_records(self, records: Mapping[str, Row], old: Mapping[str, Row]) -> str:
        """The text with ``records`` replaced in place (known ids) or appended (new ones)."""
        lines = list(self.lines)
        appended: list[str] = []
        for rid, inc in records.items():
            if rid in self.spans:
                start, end = self.spans[rid]
                lines[start:end] = [self._row(inc, old.get(rid))] + [""] * (end - start - 1)
            else:
                appended.append(self._row(inc, None))
        if lines and not lines[-1].endswith(("\n", "\r")) and appended:
            lines[-1] += self.newline
        return "".join(lines + appended)

    def without(self, rid: str) -> str:
        """The text with the lines of record ``rid`` taken out."""
        start, end = self.spans[rid]
        return "".join(self.lines[:start] + self.lines[end:])


def _years(years: Iterable[int]) -> str:
    ordered = sorted(set(years))
    if not ordered:
        return ""
    return str(ordered[0]) if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"


def source_entry(sid: str, name: str, template: SourceTemplate, years: Iterable[int]) -> Source:
    """A new entry of sources.yaml for a source a row names."""
    years = sorted(set(years)) or [dt.date.today().year]

    def fill(text: str) -> str:
        return text.format(name=name, years=_years(years))

    return Source.model_validate(
        {
            "id": sid,
            "short": fill(template.short),
            "title": fill(template.title),
            "author": fill(template.author),
            "publication": fill(template.publication),
            "date": dt.date(years[0], 1, 1),
            "date_precision": DatePrecision.YEAR,
            "date_note": fill(template.date_note),
            "kind": template.kind,
        }
    )


def yaml_scalar(text: str) -> str:
    """``text`` as a YAML value on one line: plain where that reads back the same, else in
    double quotes."""
    tree, problems = load_yaml(f"k: {text}\n", "value")
    if not problems and isinstance(tree, dict) and tree.get("k") == text and "#" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _to_append(text: str) -> tuple[str, str]:
    """A YAML file's text ending in a line break, and its line break (to append entries)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    return (text if not text or text.endswith(("\n", "\r")) else text + newline), newline


_ENTRY_KEYS = ("id", "short", "title", "author", "publication", "date", "date_precision")


def append_sources(text: str, sources: Iterable[Source]) -> str:
    """sources.yaml's text with ``sources`` appended as entries in its style."""
    out, newline = _to_append(text)
    for s in sources:
        values = {k: cell(getattr(s, k)) for k in _ENTRY_KEYS}
        values |= {"date_note": s.date_note, "kind": s.kind}
        lines = [f"- id: {yaml_scalar(s.id)}"] + [
            f"  {k}: {yaml_scalar(v)}" for k, v in values.items() if k != "id" and v
        ]
        out += newline + newline.join(lines) + newline
    return out


def append_dispute(text: str, dispute: Dispute) -> str:
    """disputes.yaml's text with ``dispute`` appended as an entry in its style."""
    out, newline = _to_append(text)
    lines = [f"- id: {yaml_scalar(dispute.id)}"] + [
        f"  {k}: {yaml_scalar(getattr(dispute, k))}"
        for k in ("title", "record", "field", "summary")
    ]
    lines.append("  versions:")
    for v in dispute.versions:
        lines += version_lines(v)
    return out + newline + newline.join(lines) + newline


def version_lines(v: Version) -> list[str]:
    """One version of a dispute as disputes.yaml writes it (under ``versions:``): value,
    source, and its note and credibility grade with its reason when it has them."""
    lines = [f"    - value: {json.dumps(v.value, ensure_ascii=False)}"]
    lines += [f"      source: {yaml_scalar(v.source)}"]
    if v.note:
        lines += [f"      note: {yaml_scalar(v.note)}"]
    if v.credibility is not None:
        lines += [f"      credibility: {v.credibility}"]
    if v.credibility_reason:
        lines += [
            f"      credibility_reason: {json.dumps(v.credibility_reason, ensure_ascii=False)}"
        ]
    return lines
