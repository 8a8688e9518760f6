"""A date known to the month, quarter or year is written as the first day of that period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefkit.catalog import check_catalog
from briefkit.catalog.checks import period_start
from briefkit.catalog.records import DatePrecision

Edit = Callable[[Path, str, str], None]


@pytest.mark.parametrize(
    ("precision", "first"),
    [
        (DatePrecision.DAY, dt.date(2011, 11, 8)),
        (DatePrecision.BY, dt.date(2011, 11, 8)),
        (DatePrecision.MONTH, dt.date(2011, 11, 1)),
        (DatePrecision.QUARTER, dt.date(2011, 10, 1)),
        (DatePrecision.YEAR, dt.date(2011, 1, 1)),
    ],
)
def test_the_first_day_of_each_precision(precision: DatePrecision, first: dt.date) -> None:
    assert period_start(dt.date(2011, 11, 8), precision) == first


def _line(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("name", "old", "new", "record", "precision", "fix"),
    [
        ("measures.csv", "2013-09-01,month", "2013-09-15,month", "sco-summit-2013,", "month",
         "2013-09-01"),
        ("measures.csv", "ct-bill-2016,2016-01-01,year", "ct-bill-2016,2016-07-01,year",
         "ct-bill-2016,", "year", "2016-01-01"),
        ("incidents.csv", "2011-10-01,quarter", "2011-11-01,quarter", "boraldai-attack-2011-q4,",
         "quarter", "2011-10-01"),
        ("sources.yaml", "  date: 2016-07-01\n  date_precision: month",
         "  date: 2016-07-15\n  date_precision: month", "- id: unknown-terrorism-2016", "month",
         "2016-07-01"),
    ],
)  # fmt: skip
def test_a_date_inside_its_period_fails_with_file_and_line(
    data_copy: Path, edit: Edit, name: str, old: str, new: str, record: str, precision: str,
    fix: str,
) -> None:  # fmt: skip
    path = data_copy / name
    edit(path, old, new)
    catalog, problems = check_catalog(data_copy)
    assert catalog is None
    [problem] = problems
    assert problem.file.endswith(name)
    assert problem.line == _line(path, record)  # the row, or the entry in a YAML list
    assert problem.field == "date"
    assert f"{precision} precision" in problem.message and f"write {fix}" in problem.message


def test_day_and_by_dates_may_fall_on_any_day(data_copy: Path, edit: Edit) -> None:
    edit(
        data_copy / "measures.csv",
        "ct-bill-2016,2016-01-01,year",
        "ct-bill-2016,2016-07-17,by",
    )
    catalog, problems = check_catalog(data_copy)
    assert problems == [] and catalog is not None
