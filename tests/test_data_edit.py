"""Editing one incident as the window's form does (catalog/importing/edit.py): the catalog's own
checks by field, a text change of only that record's line, all-or-nothing writes and undo."""

from __future__ import annotations

from pathlib import Path

from briefkit.catalog import load_catalog
from briefkit.catalog.folder import resolve_data_folder
from briefkit.catalog.importing import ImportTarget, apply_import
from briefkit.catalog.importing.edit import (
    check_form,
    incident_cells,
    plan_edit,
    plan_restore_files,
)

TARAZ = "taraz-attacks-2011-11-12"


def _target(folder: Path) -> ImportTarget:
    return ImportTarget(resolve_data_folder(folder), folder, make_copy=False)


def test_the_form_reports_each_field_with_the_catalogs_checks(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    cells = incident_cells(catalog.incidents[TARAZ])
    c = catalog
    record, errors = check_form(cells, c.incidents, c.sources, c.vocabulary, TARAZ)
    assert record == catalog.incidents[TARAZ] and errors == {}
    bad = {**cells, "date": "2011-02-30"}
    assert "date" in check_form(bad, c.incidents, c.sources, c.vocabulary, TARAZ)[1]
    bad = {**cells, "event_type": "raid", "latitude": "10"}
    errors = check_form(bad, c.incidents, c.sources, c.vocabulary, TARAZ)[1]
    assert "raid" in errors["event_type"] and "outside Kazakhstan" in errors["latitude"]
    errors = check_form(cells, c.incidents, c.sources, c.vocabulary, None)[1]
    assert "another incident" in errors["id"]  # a new record may not take an existing id


def test_an_edit_changes_one_line_and_restoring_gives_the_bytes_back(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    path = data_copy / "incidents.csv"
    before = path.read_bytes()
    changed = catalog.incidents[TARAZ].model_copy(update={"wounded": 9})
    plan = plan_edit(data_copy, catalog.incidents, TARAZ, changed)
    assert plan.problems == []
    apply_import(plan, _target(data_copy))
    lines = zip(before.decode().splitlines(), path.read_text().splitlines(), strict=True)
    assert [new for old, new in lines if old != new] == [
        next(x for x in path.read_text().splitlines() if x.startswith(TARAZ))
    ]
    assert load_catalog(data_copy).incidents[TARAZ].wounded == 9
    apply_import(plan_restore_files(data_copy, {"incidents.csv": before}), _target(data_copy))
    assert path.read_bytes() == before


def test_deleting_a_record_still_named_elsewhere_writes_nothing(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    plan = plan_edit(data_copy, catalog.incidents, TARAZ, None)
    assert plan.encoded == {}
    assert any("disputes.yaml" in str(p) and TARAZ in str(p) for p in plan.problems)
    before = (data_copy / "incidents.csv").read_bytes()
    new = catalog.incidents[TARAZ].model_copy(update={"id": "taraz-second-2011-11-20"})
    apply_import(plan_edit(data_copy, catalog.incidents, None, new), _target(data_copy))
    added = load_catalog(data_copy)
    assert "taraz-second-2011-11-20" in added.incidents
    plan = plan_edit(data_copy, added.incidents, "taraz-second-2011-11-20", None)
    apply_import(plan, _target(data_copy))
    assert (data_copy / "incidents.csv").read_bytes() == before


def test_a_dispute_from_a_record_is_appended_in_the_files_style(data_copy: Path) -> None:
    from briefkit.catalog.importing.edit import check_dispute, plan_dispute

    catalog = load_catalog(data_copy)
    taken = {d.id: d for d in catalog.disputes}
    values: dict[str, object] = {
        "id": "taraz-wounded",
        "title": "Wounded in Taraz, 12 November 2011",
        "record": TARAZ,
        "field": "wounded",
        "summary": "The sources count the wounded differently.",
        "versions": [
            {"value": "3", "source": "ct-measures-2013", "note": "Three police officers."},
            {"value": "4", "source": "nobody-2020"},
        ],
    }
    dispute, errors = check_dispute(values, catalog.sources, taken)
    assert dispute is None and "nobody-2020" in errors["versions"]
    values["versions"][1]["source"] = "unknown-terrorism-2016"  # type: ignore[index]
    dispute, errors = check_dispute(values, catalog.sources, taken)
    assert dispute is not None and errors == {}
    path = data_copy / "disputes.yaml"
    before = path.read_text(encoding="utf-8")
    plan = plan_dispute(data_copy, dispute)
    assert plan.problems == []
    apply_import(plan, _target(data_copy))
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert after[len(before) :].startswith("\n- id: taraz-wounded\n  title: ")
    [found] = [d for d in load_catalog(data_copy).disputes if d.id == "taraz-wounded"]
    assert [(v.value, v.source) for v in found.versions] == [
        ("3", "ct-measures-2013"),
        ("4", "unknown-terrorism-2016"),
    ]
    wrong = dispute.model_copy(update={"id": "taraz-shown", "field": "killed"})
    problems = plan_dispute(data_copy, wrong).problems  # the table shows 8, no version says so
    assert problems and all("disputes.yaml" in str(p) for p in problems)
