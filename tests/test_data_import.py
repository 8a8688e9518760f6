"""``briefkit data import``: an ACLED export (CSV and XLSX) into a data folder, the per-row
report, dry runs, text-preserving writes, the check of the result, the user's own copy."""

from __future__ import annotations

import difflib
import hashlib
import json
from pathlib import Path

import pytest

from briefkit.catalog import check_catalog, load_catalog
from briefkit.cli import Exit
from helpers import acled
from helpers.robust import run_cli

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data"


def digests(folder: Path) -> dict[str, str]:
    """The sha256 of every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def report(*args: str | Path) -> tuple[int, dict[str, object]]:
    run = run_cli("data", "import", *args, "--json")
    return run.status, json.loads(run.stdout)


def outcomes(found: dict[str, object]) -> dict[int, tuple[str, str]]:
    rows = found["rows"]
    assert isinstance(rows, list)
    return {r["row"]: (r["outcome"], r.get("id", "")) for r in rows}


def test_acled_rows_are_added_matched_and_refused(data_copy: Path, tmp_path: Path) -> None:
    export = acled.write_csv(tmp_path / "acled-kz.csv")
    status, found = report(export, "--data", data_copy)
    assert status == Exit.REFUSED
    rows = outcomes(found)
    assert rows[2] == ("possible duplicate", "taraz-armed-assault-2011-11-12")
    assert rows[3][0] == "possible duplicate"
    assert {n: rows[n] for n in acled.ADDED} == {n: ("added", i) for n, i in acled.ADDED.items()}
    assert rows[7][0] == "refused"
    by_row = {r["row"]: r for r in found["rows"]}  # type: ignore[union-attr]
    assert by_row[2]["matches"] == ["taraz-attacks-2011-11-12"]
    assert by_row[3]["matches"] == ["atyrau-blast-1-2011-10-31", "atyrau-blast-2-2011-10-31"]
    [problem] = by_row[7]["problems"]
    assert problem["field"] == "event_date"
    assert problem["text"].startswith(f'{export}:7: event_date: "2012-13-45" is not a date')
    assert "12 November 2011" in problem["message"]  # what would be right
    assert found["written"] == ["incidents.csv", "sources.yaml"]
    assert found["translations_to_complete"] == ["kk", "ru"]  # the new rows are in English only
    catalog = load_catalog(data_copy)
    kostanay = catalog.incidents["kostanay-bombing-2012-06"]
    assert (kostanay.date.isoformat(), kostanay.date_precision.value) == ("2012-06-01", "month")
    assert kostanay.geo_precision.value == "approximate" and kostanay.killed == 2
    assert kostanay.region == "Kostanay Region" and kostanay.event_type == "bombing"
    arrest = catalog.incidents["karaganda-arrest-2012-02-10"]
    assert arrest.sources == ("tengri-news",) and arrest.target_type == "militants"
    assert arrest.perpetrator == "Islamist militants"  # as the data record arrests: who was held
    protest = catalog.incidents["oral-protest-2012-01-20"]
    assert (protest.perpetrator, protest.target_type) == ("", "none")
    assert catalog.sources["kazinform"].publication == "Kazinform, as coded by ACLED"
    assert "taraz-armed-assault-2011-11-12" not in catalog.incidents  # never a silent copy
    assert "interfax" not in catalog.sources  # cited only by rows not imported


def test_the_text_report_names_row_field_and_how_to_confirm(
    data_copy: Path, tmp_path: Path
) -> None:
    export = acled.write_csv(tmp_path / "acled-kz.csv")
    run = run_cli("data", "import", export, "--data", data_copy, "--dry-run")
    assert run.status == Exit.REFUSED
    lines = run.stdout.splitlines()
    assert lines[0] == f"{export}: ACLED export"
    taraz = next(line for line in lines if ":2: possible duplicate of" in line)
    assert "taraz-attacks-2011-11-12" in taraz and "--accept-duplicates acled-kz.csv:2" in taraz
    assert any(":7: event_date: " in line and "(row refused)" in line for line in lines)
    assert "rows: 3 added, 0 updated, 0 unchanged, 2 possible duplicate, 1 refused" in lines
    assert "dry run: nothing was written" in lines
    assert "1 row(s) refused" in run.stderr
    help_text = run_cli("data", "import", "--help").stdout
    assert "8 some rows were refused" in help_text


def test_a_dry_run_writes_nothing(data_copy: Path, tmp_path: Path) -> None:
    before = digests(data_copy)
    status, found = report(acled.write_csv(tmp_path / "a.csv"), "--data", data_copy, "--dry-run")
    assert status == Exit.REFUSED and found["dry_run"] is True and found["written"] == []
    assert found["counts"]["added"] == 3  # type: ignore[index]
    assert digests(data_copy) == before


def test_the_diff_shows_only_the_new_and_changed_lines(data_copy: Path, tmp_path: Path) -> None:
    incidents, sources = data_copy / "incidents.csv", data_copy / "sources.yaml"
    old_csv, old_sources = incidents.read_text(), sources.read_text()
    report(acled.write_csv(tmp_path / "a.csv"), "--data", data_copy, "--accept-duplicates", "2")
    new_csv = incidents.read_text()
    assert new_csv.startswith(old_csv)
    appended = new_csv[len(old_csv) :].splitlines()
    assert [line.split(",")[0] for line in appended] == [
        "taraz-armed-assault-2011-11-12",
        *acled.ADDED.values(),
    ]
    new_sources = sources.read_text()
    assert new_sources.startswith(old_sources)  # comments and order kept, entries appended
    assert "\n- id: interfax\n  short: Interfax\n" in new_sources[len(old_sources) :]
    # an update in Briefkit's own columns rewrites that record's line only
    own = tmp_path / "own.csv"
    header, taraz = (
        next(line for line in new_csv.splitlines() if line.startswith(p)) for p in ("id,", "taraz-")
    )
    own.write_text(header + "\n" + taraz.replace(",3,,", ",4,,", 1) + "\n")
    status, found = report(own, "--data", data_copy)
    assert status == Exit.OK
    assert outcomes(found)[2] == ("updated", "taraz-attacks-2011-11-12")
    changed = [
        line
        for line in difflib.unified_diff(new_csv.splitlines(), incidents.read_text().splitlines())
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == ["-" + taraz, "+" + taraz.replace(",3,,", ",4,,", 1)]
    assert found["rows"][0]["changed"] == ["wounded"]  # type: ignore[index]


def test_the_result_passes_check_and_a_second_import_changes_nothing(
    data_copy: Path, tmp_path: Path
) -> None:
    export = acled.write_csv(tmp_path / "a.csv")
    report(export, "--data", data_copy)
    catalog, problems = check_catalog(data_copy)
    assert problems == [] and catalog is not None
    assert len(catalog.incidents) == len(load_catalog(BUNDLED).incidents) + 3
    after = digests(data_copy)
    status, found = report(export, "--data", data_copy)
    assert status == Exit.REFUSED  # the bad row still is
    assert {outcomes(found)[n] for n in acled.ADDED} == {
        ("unchanged", i) for i in acled.ADDED.values()
    }
    assert found["written"] == [] and digests(data_copy) == after


def test_an_xlsx_export_reads_as_the_csv_does(data_copy: Path, tmp_path: Path) -> None:
    from_csv = outcomes(
        report(acled.write_csv(tmp_path / "a.csv"), "--data", data_copy, "--dry-run")[1]
    )
    book = acled.write_xlsx(tmp_path / "a.xlsx")
    status, found = report(book, "--data", data_copy, "--dry-run")
    assert status == Exit.REFUSED and found["formats"] == {str(book): "acled"}
    assert outcomes(found) == from_csv


def test_a_formula_cell_is_refused_never_evaluated(data_copy: Path, tmp_path: Path) -> None:
    rows = [dict(acled.ROWS[2], fatalities="=1+1")]
    status, found = report(acled.write_xlsx(tmp_path / "f.xlsx", rows), "--data", data_copy)
    assert status == Exit.REFUSED
    [row] = found["rows"]  # type: ignore[misc]
    assert row["problems"][0]["field"] == "fatalities"
    assert "formula" in row["problems"][0]["message"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("not.xlsx", b"plain text", "not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel 97-2003 file"),
        ("wide.csv", ("c," * 300 + "\n").encode(), "at most 200 can be imported"),
        ("other.csv", b"name,age\nx,1\n", "is not a Briefkit incidents table"),
    ],
)
def test_a_file_that_cannot_be_imported_changes_nothing(
    data_copy: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    before = digests(data_copy)
    (tmp_path / name).write_bytes(content)
    run = run_cli("data", "import", tmp_path / name, "--data", data_copy)
    assert run.status == Exit.DATA
    assert message in run.stderr and name in run.stderr
    assert digests(data_copy) == before


def test_a_result_that_fails_check_is_not_written(data_copy: Path, tmp_path: Path) -> None:
    """The Taraz dispute lists 4 or 5 security dead: an update to 6 breaks it."""
    before = digests(data_copy)
    text = (data_copy / "incidents.csv").read_text().splitlines()
    taraz = next(line for line in text if line.startswith("taraz-"))
    own = tmp_path / "own.csv"
    own.write_text(text[0] + "\n" + taraz.replace(",8,1,4,3,", ",10,1,6,3,", 1) + "\n")
    run = run_cli("data", "import", own, "--data", data_copy)
    assert run.status == Exit.DATA
    assert "disputes.yaml" in run.stderr and "killed_security" in run.stderr
    assert digests(data_copy) == before


def test_own_columns_refuse_an_unknown_source(data_copy: Path, tmp_path: Path) -> None:
    own = tmp_path / "own.csv"
    own.write_text(
        "date,date_precision,country,region,place,latitude,longitude,geo_precision,event_type,"
        "target_type,summary,sources\n"
        "2012-03-01,month,Kazakhstan,Almaty,Almaty,43.2389,76.8897,town,arrest,militants,"
        "Arrests in Almaty.,no-such-source\n"
    )
    status, found = report(own, "--data", data_copy)
    assert status == Exit.REFUSED
    [problem] = found["rows"][0]["problems"]  # type: ignore[index]
    assert problem["text"].startswith(f'{own}:2: sources: unknown source id "no-such-source"')


def test_a_gtd_extract_maps_the_same_way(data_copy: Path, tmp_path: Path) -> None:
    gtd = tmp_path / "gtd.csv"
    gtd.write_text(
        "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,specificity,"
        "attacktype1_txt,targtype1_txt,gname,nkill,nwound,summary,suicide,scite1\n"
        "201209050001,2012,9,0,Kazakhstan,Aktobe,Khromtau,50.25,58.43,1,Bombing/Explosion,"
        "Police,Unknown,1,2,A bomb went off near a police post.,1,Some citation\n"
    )
    status, found = report(gtd, "--data", data_copy)
    assert status == Exit.OK, found
    assert outcomes(found)[2] == ("added", "khromtau-suicide-bombing-2012-09")
    catalog = load_catalog(data_copy)
    event = catalog.incidents["khromtau-suicide-bombing-2012-09"]
    assert event.sources == ("gtd",) and event.perpetrator == "" and event.wounded == 2
    assert catalog.sources["gtd"].title == "Global Terrorism Database"


def test_without_data_the_import_makes_the_users_own_copy(
    tmp_path: Path, own_data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = digests(BUNDLED)
    run = run_cli("data", "import", acled.write_csv(tmp_path / "a.csv"))
    assert run.status == Exit.REFUSED
    assert f"made your own copy of the data in {own_data_folder}" in run.stdout
    assert digests(BUNDLED) == bundled  # the bundled data is never written
    assert "oral-protest-2012-01-20" in load_catalog(own_data_folder).incidents
    # from now on every command uses the copy ...
    check = run_cli("check")
    assert f"{own_data_folder}: no problems (7 sources, 33 incidents" in check.stdout
    # ... unless BRIEFKIT_DATA names another folder, and --data beats both
    monkeypatch.setenv("BRIEFKIT_DATA", str(BUNDLED))
    assert "no problems (5 sources, 30 incidents" in run_cli("check").stdout
    monkeypatch.setenv("BRIEFKIT_DATA", str(tmp_path / "missing"))
    assert "no problems (5 sources, 30 incidents" in run_cli("check", "--data", BUNDLED).stdout


def test_the_bundled_data_is_never_the_target(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundled = digests(BUNDLED)
    export = acled.write_csv(tmp_path / "a.csv")
    run = run_cli("data", "import", export, "--data", BUNDLED)
    assert run.status == Exit.USAGE and "never changes" in run.stderr
    monkeypatch.setenv("BRIEFKIT_DATA", str(BUNDLED))
    run = run_cli("data", "import", export)
    assert run.status == Exit.USAGE and "BRIEFKIT_DATA" in run.stderr
    assert digests(BUNDLED) == bundled


def test_line_endings_and_byte_order_mark_are_kept(data_copy: Path, tmp_path: Path) -> None:
    """A folder saved by Excel on Windows: CRLF lines, a BOM, no newline at the end."""
    incidents = data_copy / "incidents.csv"
    old = b"\xef\xbb\xbf" + incidents.read_bytes().replace(b"\n", b"\r\n").rstrip(b"\r\n")
    incidents.write_bytes(old)
    status, _ = report(acled.write_csv(tmp_path / "a.csv"), "--data", data_copy)
    assert status == Exit.REFUSED
    new = incidents.read_bytes()
    assert new.startswith(old + b"\r\n")
    added = new[len(old) + 2 :]
    assert added.count(b"\r\n") == len(acled.ADDED) and added.endswith(b"\r\n")
    assert b"\n" not in added.replace(b"\r\n", b"")
    assert check_catalog(data_copy)[1] == []


@pytest.mark.parametrize(
    ("limit", "value", "message"),
    [
        ("MAX_UNPACKED_BYTES", 1000, "unpacks to 0 MB; at most 0 MB can be imported"),
        ("MAX_XLSX_BYTES", 1000, "a workbook to import may be at most 0 MB"),
        ("MAX_ROWS", 3, "has more than 3 rows; split it"),
        ("MAX_PARTS", 2, "a workbook to import may have at most 2"),
    ],
)
def test_a_workbook_past_a_bound_is_refused_whole(
    data_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    limit: str,
    value: int,
    message: str,
) -> None:
    from briefkit.catalog.importing import sheets

    book = acled.write_xlsx(tmp_path / "a.xlsx")
    monkeypatch.setattr(sheets, limit, value)
    before = digests(data_copy)
    run = run_cli("data", "import", book, "--data", data_copy)
    assert run.status == Exit.DATA
    assert f"{book}" in run.stderr and message in run.stderr
    assert digests(data_copy) == before


def test_a_wrong_accept_duplicates_value_is_a_usage_error(data_copy: Path, tmp_path: Path) -> None:
    export = acled.write_csv(tmp_path / "a.csv")
    run = run_cli("data", "import", export, "--data", data_copy, "--accept-duplicates", "row2")
    assert run.status == Exit.USAGE and '"row2" is not a row' in run.stderr


def test_check_reports_a_mapping_to_a_code_the_vocabulary_lacks(data_copy: Path) -> None:
    mapping = data_copy / "import-mapping.yaml"
    text = mapping.read_text()
    mapping.write_text(text.replace("Grenade: bombing", "Grenade: grenade-attack", 1))
    line = text[: text.index("Grenade: bombing")].count("\n") + 1
    run = run_cli("check", "--data", data_copy)
    assert run.status == Exit.DATA
    assert (
        f'{mapping}:{line}: acled.sub_event_types.Grenade: "grenade-attack" is not in '
        in run.stdout
    )


def test_the_users_own_copy_is_made_whole_once(own_data_folder: Path) -> None:
    """What an edit from the window uses when there is no copy yet."""
    from briefkit.catalog.folder import Origin, default_data_folder, make_user_copy

    assert default_data_folder().origin is Origin.BUNDLED
    assert make_user_copy() == own_data_folder
    assert digests(own_data_folder) == digests(BUNDLED)
    assert default_data_folder().path == own_data_folder
    assert not [p for p in own_data_folder.parent.iterdir() if p.name.startswith(".data-")]
    with pytest.raises(FileExistsError):
        make_user_copy()
