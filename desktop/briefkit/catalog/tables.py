"""CSV tables: header checks, one typed record per row, problems with row line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from briefkit.catalog.errors import explain
from briefkit.catalog.problems import Problem
from briefkit.messages import csv_reason
from briefkit.messages import message as _message

R = TypeVar("R", bound=BaseModel)

LIST_SEPARATOR = ";"


def split_list(cell: str) -> tuple[str, ...]:
    """A list cell's items (``a; b``), stripped, empty ones left out."""
    return tuple(v.strip() for v in cell.split(LIST_SEPARATOR) if v.strip())


CELL_LIMIT = 20_000
"""The most characters one cell may hold: ten pages of text, far above any real note."""
csv.field_size_limit(max(csv.field_size_limit(), 16 * CELL_LIMIT))
# Read a cell past CELL_LIMIT whole (up to 320,000 characters) so that its own check can name
# the line and the column; the csv module's default limit fails with neither.


class _CsvRecordError(Exception):
    """The csv module refused a record; ``line`` is where the record starts."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the line it starts on (records may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _CsvRecordError(start, csv_reason(exc)) from exc
        yield start, row
        start = reader.line_num + 1


def _csv_problem(shown: str, exc: _CsvRecordError) -> Problem:
    if "field limit" in str(exc):
        message = _message("data_cell_over_limit", limit=f"{16 * CELL_LIMIT:,}")
    else:
        message = _message("data_csv_invalid", error=exc.args[0])
    return Problem(shown, exc.line, "", message)


def read_table(
    text: str, shown: str, model: type[R], list_fields: frozenset[str] = frozenset()
) -> tuple[list[tuple[int, R]], list[Problem]]:
    """Parse CSV text into records of ``model``; empty cells mean "not given"."""
    problems: list[Problem] = []
    records: list[tuple[int, R]] = []
    rows = _rows(text)
    try:
        first = next(rows, None)
    except _CsvRecordError as exc:
        return [], [_csv_problem(shown, exc)]
    if first is None or not any(c.strip() for c in first[1]):
        return [], [Problem(shown, 1, "", _message("data_csv_empty"))]
    header = [c.strip() for c in first[1]]
    known = list(model.model_fields)
    required = [n for n, f in model.model_fields.items() if f.is_required()]
    missing = [c for c in required if c not in header]
    extra = [c for c in header if c not in known]
    for column in missing:
        problems.append(Problem(shown, 1, column, _message("data_column_missing")))
    for column in extra:
        problems.append(
            Problem(shown, 1, column, _message("data_column_unknown", known=", ".join(known)))
        )
    if missing or len(set(header)) != len(header):
        if len(set(header)) != len(header):
            problems.append(Problem(shown, 1, "", _message("data_column_twice")))
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
                        _message("data_cell_count", cells=len(cells), columns=len(header)),
                    )
                )
                continue
            raw: dict[str, object] = {}
            too_long = False
            for name, cell in zip(header, cells, strict=True):
                if name in extra:
                    continue
                value = cell.strip()
                if not value:
                    continue
                if len(value) > CELL_LIMIT:
                    long = _message(
                        "data_cell_too_long", length=f"{len(value):,}", limit=f"{CELL_LIMIT:,}"
                    )
                    problems.append(Problem(shown, line, name, long))
                    too_long = True
                    continue
                if name in list_fields:
                    raw[name] = split_list(value)
                else:
                    raw[name] = value
            if too_long:
                continue
            try:
                records.append((line, model.model_validate(raw)))
            except ValidationError as exc:
                for err in exc.errors():
                    field = str(err["loc"][0]) if err["loc"] else ""
                    problems.append(Problem(shown, line, field, explain(err)))
    except _CsvRecordError as exc:
        problems.append(_csv_problem(shown, exc))
    if seen_rows == 0 and not problems:
        problems.append(Problem(shown, 1, "", _message("data_no_rows")))
    return records, problems
