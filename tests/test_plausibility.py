"""`check` catches what is well-formed but implausible (issue 14, point 11): a date after today,
a key figure compared with itself, in another unit, or with a later value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from briefkit.catalog.load import check_catalog
from briefkit.catalog.problems import Problem

Edit = Callable[[Path, str, str], None]
NEXT_YEAR = dt.date.today().year + 1


def problems(root: Path, about: str) -> list[Problem]:
    catalog, found = check_catalog(root)
    assert catalog is None, "expected problems, got a clean catalog"
    return [p for p in found if about in p.message]


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_an_incident_dated_after_today(data_copy: Path, edit: Edit) -> None:
    path = data_copy / "incidents.csv"
    edit(
        path, "kulsary-operation-2012-09-12,2012-09-12,", "kulsary-operation-2012-09-12,2099-09-12,"
    )
    [found] = problems(data_copy, "is after today")
    assert found.file.endswith("incidents.csv") and found.field == "date"
    assert found.line == line_of(path, "kulsary-operation-2012-09-12")
    assert "2099-09-12 is after today" in found.message and "check the year" in found.message


def test_a_measure_still_planned_may_be_dated_ahead(data_copy: Path, edit: Edit) -> None:
    path = data_copy / "measures.csv"
    row = "tablighi-jamaat-ban-2013,2013-09-04,by,"
    edit(path, row, f"tablighi-jamaat-ban-2013,{NEXT_YEAR}-09-04,by,")
    assert [p.line for p in problems(data_copy, "is after today")] == [line_of(path, row[:24])]
    edit(path, 'weakened.",adopted,', 'weakened.",planned,')
    _, found = check_catalog(data_copy)
    assert not [p for p in found if "is after today" in p.message]


def test_an_indicator_for_a_year_to_come(data_copy: Path, edit: Edit) -> None:
    path = data_copy / "indicators.csv"
    edit(path, "organisations,2008,27,", f"organisations,{NEXT_YEAR},27,")
    [found] = problems(data_copy, "is after this year")
    assert found.line == line_of(path, "sentenced-terrorism-2008") and found.field == "period"


def test_a_key_figure_compared_with_itself(data_copy: Path, edit: Edit) -> None:
    path = data_copy / "topics" / "legal-reforms.yaml"
    edit(path, "    compare: sentenced-terrorism-2008", "    compare: sentenced-terrorism-2012")
    [found] = problems(data_copy, "with itself")
    assert found.line == line_of(path, "compare: sentenced-terrorism-2012")
    assert found.field.endswith(".compare")


def test_a_key_figure_compared_with_a_later_value_or_another_unit(
    data_copy: Path, edit: Edit
) -> None:
    path = data_copy / "topics" / "legal-reforms.yaml"
    edit(
        path,
        "    indicator: sentenced-terrorism-2012\n    compare: sentenced-terrorism-2008",
        "    indicator: sentenced-terrorism-2008\n    compare: strategy-budget-2013-2017",
    )
    found = problems(data_copy, '"strategy-budget-2013-2017"')
    said = " ".join(p.message for p in found)
    assert "compare values in the same unit" in said
    assert "is not earlier than" in said
