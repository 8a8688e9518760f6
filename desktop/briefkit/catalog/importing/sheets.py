"""Read a CSV or XLSX file to import as a header and rows of text, within firm bounds.

Files to import come from anywhere, so every dimension is bounded: file size, rows, columns,
characters per cell, and for XLSX the unpacked size of the zip. An XLSX file is read with
openpyxl in read-only mode from its first sheet; formulas are never evaluated (a formula cell
is refused, naming the cell), links to other workbooks are dropped, and no macro runs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

from briefkit.catalog.problems import Problem
from briefkit.catalog.tables import CELL_LIMIT
from briefkit.catalog.textfile import read_text
from briefkit.messages import csv_reason, os_reason
from briefkit.messages import message as _message

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_XLSX_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""All parts of an XLSX file together, unpacked (a zip bomb stops here, before parsing)."""
MAX_PARTS = 10_000


@dataclass
class Sheet:
    """The rows of one file: ``rows`` are (row number as a spreadsheet shows it, cells)."""

    shown: str
    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refused: dict[int, Problem] = field(default_factory=dict)
    """Rows refused while reading (a formula cell, a cell too long), by row number."""

    def add_row(self, number: int, cells: list[str]) -> None:
        """Keep a row, unless it is empty, has too many cells, or a cell is too long."""
        if not any(c.strip() for c in cells):
            return
        if len(self.rows) + len(self.refused) >= MAX_ROWS:
            if not any("rows" in p.message for p in self.problems):
                self.problems.append(
                    Problem(
                        self.shown,
                        number,
                        "",
                        _message("data_too_many_rows", limit=f"{MAX_ROWS:,}"),
                    )
                )
            return
        if len(cells) > len(self.header) and any(c.strip() for c in cells[len(self.header) :]):
            self.refused[number] = Problem(
                self.shown,
                number,
                "",
                _message("data_cell_count", cells=len(cells), columns=len(self.header)),
            )
            return
        row: dict[str, str] = {}
        for name, cell in zip(self.header, cells, strict=False):
            value = cell.strip()
            if len(value) > CELL_LIMIT:
                self.refused[number] = Problem(
                    self.shown,
                    number,
                    name,
                    _message(
                        "data_cell_too_long", length=f"{len(value):,}", limit=f"{CELL_LIMIT:,}"
                    ),
                )
                return
            if name and value:
                row[name] = value
        self.rows.append((number, row))

    def set_header(self, cells: list[str]) -> bool:
        """Take the header row; False (with a problem) when it cannot be one."""
        header = [c.strip() for c in cells]
        while header and not header[-1]:
            header.pop()
        if not header:
            self.problems.append(Problem(self.shown, 1, "", _message("data_no_header")))
            return False
        if len(header) > MAX_COLUMNS:
            message = _message("data_too_many_columns", columns=len(header), limit=MAX_COLUMNS)
            self.problems.append(Problem(self.shown, 1, "", message))
            return False
        named = [h for h in header if h]
        if len(set(named)) != len(named):
            twice = sorted({h for h in named if named.count(h) > 1})
            message = _message("data_header_twice", names=", ".join(twice))
            self.problems.append(Problem(self.shown, 1, "", message))
            return False
        self.header = header
        return True


def read_sheet(path: Path, shown: str) -> Sheet:
    """The header and rows of a .csv or .xlsx file (told by its extension)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path, shown)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, shown)
    sheet = Sheet(shown)
    message = _message("data_old_excel" if suffix == ".xls" else "data_not_a_sheet")
    sheet.problems.append(Problem(shown, 0, "", message))
    return sheet


def _read_csv(path: Path, shown: str) -> Sheet:
    sheet = Sheet(shown)
    text, problems = read_text(path, shown)
    sheet.problems += problems
    if text is None:
        return sheet
    reader = csv.reader(io.StringIO(text, newline=""))
    number = 0
    try:
        for cells in reader:
            number += 1
            if number == 1:
                if not sheet.set_header(cells):
                    return sheet
                continue
            sheet.add_row(number, cells)
    except csv.Error as exc:
        sheet.problems.append(
            Problem(shown, number + 1, "", _message("data_csv_invalid", error=csv_reason(exc)))
        )
    return sheet


def _unpacked_problem(path: Path) -> str | None:
    """Why a file is not a workbook that is safe to open, or None."""
    try:
        size = path.stat().st_size
        if size > MAX_XLSX_BYTES:
            limit = MAX_XLSX_BYTES // (1024 * 1024)
            return _message("data_workbook_too_big", size=f"{size / 1024 / 1024:.0f}", limit=limit)
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except OSError as exc:
        return _message("data_unreadable", reason=os_reason(exc))
    except zipfile.BadZipFile:
        return _message("data_not_a_zip")
    if len(parts) > MAX_PARTS:
        return _message("data_too_many_parts", parts=f"{len(parts):,}", limit=f"{MAX_PARTS:,}")
    unpacked = sum(p.file_size for p in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        return _message("data_unpacks_too_big", size=f"{unpacked / 1024 / 1024:.0f}", limit=limit)
    return None


def _cell_text(value: object) -> str:
    """A cell's value as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, shown: str) -> Sheet:
    sheet = Sheet(shown)
    problem = _unpacked_problem(path)
    if problem is not None:
        sheet.problems.append(Problem(shown, 0, "", problem))
        return sheet
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
            try:
                _read_rows(book.worksheets[0] if book.worksheets else None, sheet)
            finally:
                book.close()
    except Exception as exc:  # a damaged package fails in many ways inside openpyxl
        message = _message("data_workbook_unreadable", error=type(exc).__name__)
        sheet.problems.append(Problem(shown, 0, "", message))
    return sheet


class _Rows(Protocol):
    """What is read of a read-only worksheet (its stubs type ``iter_rows`` for the other)."""

    def iter_rows(
        self, *, min_row: int = 1, max_row: int | None = None, max_col: int, values_only: bool
    ) -> Iterator[tuple[object, ...]]: ...


def _read_rows(worksheet: object, sheet: Sheet) -> None:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    if not isinstance(worksheet, ReadOnlyWorksheet):
        sheet.problems.append(Problem(sheet.shown, 0, "", _message("data_no_worksheet")))
        return
    table = cast(_Rows, worksheet)
    first = next(table.iter_rows(max_col=MAX_COLUMNS + 1, max_row=1, values_only=True), ())
    if not sheet.set_header([_cell_text(v) for v in first]):
        return
    # the rows are read as wide as the header: cells beyond it are not imported
    rows = table.iter_rows(min_row=2, max_col=len(sheet.header), values_only=True)
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:  # empty rows count too: a sheet may claim a million of them
            message = _message("data_too_many_rows", limit=f"{MAX_ROWS:,}")
            sheet.problems.append(Problem(sheet.shown, number, "", message))
            return
        cells = [_cell_text(v) for v in values]
        formula = next((i for i, c in enumerate(cells) if c.startswith("=")), None)
        if formula is not None and formula < len(sheet.header):
            sheet.refused[number] = Problem(
                sheet.shown,
                number,
                sheet.header[formula],
                _message("data_formula", formula=cells[formula][:40]),
            )
            continue
        sheet.add_row(number, cells)
