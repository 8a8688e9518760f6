"""Changing sources, disputes, indicators and measures as the Data view's forms do
(catalog/importing/change.py, entries.py): the catalog's checks by field, a diff of only the
changed lines or keys, deletes refused while something names the record, add-then-delete
giving the bytes back."""

from __future__ import annotations

import difflib
from pathlib import Path

from briefkit.catalog import load_catalog
from briefkit.catalog.folder import resolve_data_folder
from briefkit.catalog.importing import ImportTarget, apply_import
from briefkit.catalog.importing.change import (
    KINDS,
    check_cells,
    form_cells,
    plan_change,
    records,
    referenced_by,
)
from briefkit.catalog.importing.entries import YamlEntries
from briefkit.catalog.load import check_catalog


def _apply(folder: Path, key: str, old_id: str | None, new: object) -> None:
    catalog = load_catalog(folder)
    plan = plan_change(folder, catalog, key, old_id, new)  # type: ignore[arg-type]
    assert plan.problems == [], plan.problems
    apply_import(plan, ImportTarget(resolve_data_folder(folder), folder, make_copy=False))


def _diff(before: bytes, after: bytes) -> list[str]:
    lines = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), n=0)
    return [x for x in lines if x[:1] in "+-" and not x.startswith(("+++", "---"))]


def test_a_source_edit_rewrites_only_its_changed_keys(data_copy: Path) -> None:
    path = data_copy / "sources.yaml"
    before = path.read_bytes()
    catalog = load_catalog(data_copy)
    kind = KINDS["sources"]
    cells = form_cells(kind, catalog.sources["voloshin-2013"])
    cells["title"] = "A new title: with a colon"
    record, errors = check_cells(kind, cells, catalog, "voloshin-2013")
    assert errors == {} and record is not None
    _apply(data_copy, "sources", "voloshin-2013", record)
    assert _diff(before, path.read_bytes()) == [
        "-  title: Kazakhstan Boosts Antiterrorist Policies in Response to Growing Threats",
        '+  title: "A new title: with a colon"',
    ]
    changed = load_catalog(data_copy).sources
    assert changed["voloshin-2013"].title == "A new title: with a colon"
    assert changed["black-june-2017"].partisan  # fields the form does not show are kept
    # a key the entry lacks goes after the keys before it; emptied, it is taken out again
    cells = form_cells(kind, changed["voloshin-2013"])
    record, _ = check_cells(kind, {**cells, "date_note": "late August"}, catalog, "voloshin-2013")
    _apply(data_copy, "sources", "voloshin-2013", record)
    entry = path.read_text().split("- id: voloshin-2013")[1].split("\n\n")[0]
    assert entry.index("date_precision:") < entry.index("date_note: late August")
    assert entry.index("date_note:") < entry.index("kind:")
    record, _ = check_cells(kind, cells, load_catalog(data_copy), "voloshin-2013")
    _apply(data_copy, "sources", "voloshin-2013", record)
    assert len(_diff(before, path.read_bytes())) == 2 and check_catalog(data_copy)[1] == []


def test_a_source_form_names_the_field_and_the_fix(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    kind = KINDS["sources"]
    cells = form_cells(kind, catalog.sources["zenn-2013"])
    errors = check_cells(kind, {**cells, "date": "2013-13-01"}, catalog, "zenn-2013")[1]
    assert "YYYY-MM-DD" in errors["date"]
    errors = check_cells(kind, {**cells, "date_precision": "year"}, catalog, "zenn-2013")[1]
    assert "first day of the year" in errors["date"]
    errors = check_cells(kind, cells, catalog, None)[1]
    assert "another source" in errors["id"]


def test_a_cited_source_cannot_be_deleted_and_names_who_cites_it(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    who = referenced_by(catalog, "sources", "zenn-2013")
    assert any(w.startswith("incidents.csv: ") for w in who)
    assert any(w.startswith("topics/") for w in who)
    plan = plan_change(data_copy, catalog, "sources", "zenn-2013", None)
    assert plan.encoded == {} and any("zenn-2013" in str(p) for p in plan.problems)


def test_a_new_source_added_then_deleted_gives_the_bytes_back(data_copy: Path) -> None:
    path = data_copy / "sources.yaml"
    before = path.read_bytes()
    catalog = load_catalog(data_copy)
    cells = form_cells(KINDS["sources"], catalog.sources["zenn-2013"]) | {"id": "zenn-copy"}
    record, errors = check_cells(KINDS["sources"], cells, catalog, None)
    assert errors == {}
    _apply(data_copy, "sources", None, record)
    assert referenced_by(load_catalog(data_copy), "sources", "zenn-copy") == []
    _apply(data_copy, "sources", "zenn-copy", None)
    assert path.read_bytes() == before


def test_a_dispute_edit_and_delete_keep_the_rest_of_the_file(data_copy: Path) -> None:
    path = data_copy / "disputes.yaml"
    before = path.read_bytes()
    catalog = load_catalog(data_copy)
    old = records(catalog, "disputes")["taraz-casualties"]
    versions = list(old.versions)
    versions[1] = versions[1].model_copy(update={"note": "Five police officers."})
    _apply(data_copy, "disputes", old.id, old.model_copy(update={"versions": tuple(versions)}))
    diff = _diff(before, path.read_bytes())
    assert "+      note: Five police officers." in diff and len(diff) <= 8
    assert load_catalog(data_copy).disputes[1].versions[1].note == "Five police officers."
    _apply(data_copy, "disputes", "taraz-casualties", None)
    text = path.read_text()
    assert "taraz-casualties" not in text and text.startswith("# Facts on which")
    assert "\n\n\n" not in text
    entries = YamlEntries.parse(text, "disputes.yaml")
    assert "taraz-civilian-deaths" in entries.spans
    assert referenced_by(catalog, "disputes", "taraz-civilian-deaths") == []


def test_indicators_and_measures_change_one_line(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    for key, rid, field, value in (
        ("indicators", "sentenced-terrorism-2012", "value", "172"),
        ("measures", "website-blocking-2011-2012", "title", "Blocking of terrorist websites"),
    ):
        path = data_copy / KINDS[key].file
        before = path.read_bytes()
        cells = form_cells(KINDS[key], records(catalog, key)[rid]) | {field: value}
        record, errors = check_cells(KINDS[key], cells, catalog, rid)
        assert errors == {}
        _apply(data_copy, key, rid, record)
        [old, new] = _diff(before, path.read_bytes())
        assert old.startswith(f"-{rid},") and new.startswith(f"+{rid},") and value in new
        new_id = f"{rid}-copy"
        _apply(data_copy, key, None, record.model_copy(update={"id": new_id}))  # type: ignore[union-attr]
        assert _diff(path.read_bytes(), b"")[-1].startswith(f"-{new_id},")
        _apply(data_copy, key, new_id, None)
        assert len(_diff(before, path.read_bytes())) == 2


def test_indicator_and_measure_forms_use_the_catalogs_checks(data_copy: Path) -> None:
    catalog = load_catalog(data_copy)
    ind = form_cells(KINDS["indicators"], catalog.indicators["sentenced-terrorism-2012"])
    errors = check_cells(KINDS["indicators"], ind | {"unit": "parsecs"}, catalog, ind["id"])[1]
    assert "vocabulary.yaml" in errors["unit"]
    errors = check_cells(KINDS["indicators"], ind | {"value": ""}, catalog, ind["id"])[1]
    assert "value_text" in errors["value"]
    errors = check_cells(KINDS["indicators"], ind | {"period": "12"}, catalog, ind["id"])[1]
    assert "period" in errors
    mea = form_cells(KINDS["measures"], catalog.measures["website-blocking-2011-2012"])
    errors = check_cells(KINDS["measures"], mea | {"kind": "spell"}, catalog, mea["id"])[1]
    assert "spell" in errors["kind"]
    errors = check_cells(KINDS["measures"], mea | {"sources": "nobody"}, catalog, mea["id"])[1]
    assert "nobody" in errors["sources"]
    errors = check_cells(KINDS["measures"], mea, catalog, None)[1]
    assert "another record" in errors["id"]
    who = referenced_by(catalog, "measures", "website-blocking-2011-2012")
    assert "topics/legal-reforms.yaml: legal-reforms" in who


def test_a_delete_takes_the_records_translations_out_too(data_copy: Path) -> None:
    from briefkit.catalog.importing.edit import plan_restore_files
    from helpers.robust import run_cli

    names = (
        "indicators.csv",
        "translations/ru/indicators.yaml",
        "credibility.yaml",
        "translations/kk/indicators.yaml",
    )
    before = {n: (data_copy / n).read_bytes() for n in names}
    catalog = load_catalog(data_copy)
    assert referenced_by(catalog, "indicators", "beslan-killed-2004") == []
    plan = plan_change(data_copy, catalog, "indicators", "beslan-killed-2004", None)
    assert sorted(plan.encoded) == sorted(names)
    apply_import(plan, ImportTarget(resolve_data_folder(data_copy), data_copy, make_copy=False))
    ru = (data_copy / names[1]).read_text()
    assert "beslan-killed-2004" not in ru and "\n\n\n" not in ru
    assert "beslan-killed-2004" not in (data_copy / names[3]).read_text()  # and the Kazakh
    assert [x[1:] for x in _diff(before[names[1]], (data_copy / names[1]).read_bytes())][:1] == [
        "beslan-killed-2004:"
    ]
    graded = [x[1:] for x in _diff(before[names[2]], (data_copy / names[2]).read_bytes())]
    assert graded[0] == "- record: beslan-killed-2004" and len(graded) == 3  # grade, reason
    _apply(data_copy, "disputes", "shubarshi-operation-date", None)
    assert run_cli("check", "--data", data_copy, "--lang", "ru").status == 0
    target = ImportTarget(resolve_data_folder(data_copy), data_copy, make_copy=False)
    apply_import(plan_restore_files(data_copy, before), target)  # undo: both files back
    assert {n: (data_copy / n).read_bytes() for n in names} == before
