"""CSV tables: header checks, one typed record per row, problems with row line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from briefkit.catalog.errors import explain
from briefkit.catalog.problems import Problem

R = TypeVar("R", bound=BaseModel)

LIST_SEPARATOR = ";"


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the line it starts on (records may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def read_table(
    text: str, shown: str, model: type[R], list_fields: frozenset[str] = frozenset()
) -> tuple[list[tuple[int, R]], list[Problem]]:
    """Parse CSV text into records of ``model``; empty cells mean "not given"."""
    problems: list[Problem] = []
    records: list[tuple[int, R]] = []
    rows = _rows(text)
    try:
        first = next(rows, None)
    except csv.Error as exc:
        return [], [Problem(shown, 1, "", f"is not valid CSV: {exc}")]
    if first is None or not any(c.strip() for c in first[1]):
        return [], [Problem(shown, 1, "", "is empty; it needs a header row naming the columns")]
    header = [c.strip() for c in first[1]]
    known = list(model.model_fields)
    required = [n for n, f in model.model_fields.items() if f.is_required()]
    missing = [c for c in required if c not in header]
    extra = [c for c in header if c not in known]
    for column in missing:
        problems.append(Problem(shown, 1, column, "column is missing from the header row"))
    for column in extra:
        problems.append(
            Problem(shown, 1, column, f"is not a known column; known columns: {', '.join(known)}")
        )
    if missing or len(set(header)) != len(header):
        if len(set(header)) != len(header):
            problems.append(Problem(shown, 1, "", "the header row names a column twice"))
        return [], problems
    seen_rows = 0
    try:
        for line, cells in rows:
            if not any(c.strip() for c in cells):
                continue
            seen_rows += 1
            if len(cells) != len(header):
                problems.append(
                    Problem(
                        shown,
                        line,
                        "",
                        f"has {len(cells)} cells but the header has {len(header)} columns; "
                        "check for a stray comma or a missing quote",
                    )
                )
                continue
            raw: dict[str, object] = {}
            for name, cell in zip(header, cells, strict=True):
                if name in extra:
                    continue
                value = cell.strip()
                if not value:
                    continue
                if name in list_fields:
                    raw[name] = tuple(v.strip() for v in value.split(LIST_SEPARATOR) if v.strip())
                else:
                    raw[name] = value
            try:
                records.append((line, model.model_validate(raw)))
            except ValidationError as exc:
                for err in exc.errors():
                    field = str(err["loc"][0]) if err["loc"] else ""
                    problems.append(Problem(shown, line, field, explain(err)))
    except csv.Error as exc:
        problems.append(Problem(shown, 0, "", f"is not valid CSV: {exc}"))
    if seen_rows == 0 and not problems:
        problems.append(Problem(shown, 1, "", "has a header but no rows"))
    return records, problems
