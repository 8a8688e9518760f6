"""The bundled dataset loads, and every kind of problem is reported with file, line and field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefkit.catalog import check_catalog
from briefkit.catalog.problems import Problem

REQUIRED_TOPICS = {"aktobe-2016", "wave-2011-2012", "legal-reforms"}


def problems_of(root: Path) -> list[Problem]:
    catalog, problems = check_catalog(root)
    assert catalog is None, "expected problems, got a clean catalog"
    return problems


def messages(root: Path) -> list[str]:
    return [str(p) for p in problems_of(root)]


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


# the bundled data ---------------------------------------------------------------------------


def test_bundled_data_is_clean(catalog) -> None:  # type: ignore[no-untyped-def]
    assert len(catalog.sources) == 5
    assert len(catalog.incidents) >= 28
    assert set(catalog.topics) >= REQUIRED_TOPICS
    assert len(catalog.topics) >= 5


def test_incidents_of_2011_2012_in_kazakhstan(catalog) -> None:  # type: ignore[no-untyped-def]
    wave = [
        i
        for i in catalog.incidents.values()
        if i.date.year in (2011, 2012) and not i.abroad and i.event_type != "protest"
    ]
    assert len(wave) >= 20
    assert {i.place.split(",")[0] for i in wave} >= {
        "Aktobe",
        "Atyrau",
        "Taraz",
        "Almaty",
        "Kyzylorda",
    }


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        ("aktobe-attacks-2016-06-05", "killed", 17),
        ("shubarshi-operation-2011-07-11", "killed", 9),
        ("taraz-attacks-2011-11-12", "wounded", 3),
        ("atyrau-arrests-2011-08-29", "arrested", 18),
        ("arkankergen-border-post-2012-05-31", "killed_security", 14),
        ("almaty-region-raid-2012-08-17", "killed", 12),
        ("kulsary-operation-2012-09-12", "killed", 5),
    ],
)
def test_key_incident_figures_match_the_sources(catalog, record, field, value) -> None:  # type: ignore[no-untyped-def]
    assert getattr(catalog.incidents[record], field) == value


@pytest.mark.parametrize(
    ("indicator", "value"),
    [
        ("sentenced-terrorism-2008", 27),
        ("sentenced-terrorism-2012", 171),
        ("sentenced-extremist-preaching-2008", 56),
        ("sentenced-extremist-preaching-2012", 170),
        ("websites-blocked-2011-2012", 950),
        ("strategy-budget-2013-2017", 1.3e9),
        ("citizens-in-isis-2016", 400),
        ("banned-terrorist-organisations-2013", 15),
        ("salafi-jamaats-2013", 20),
        ("muslim-share-2009", 70),
        ("aktobe-population-2016", 400000),
        ("tablighi-members-identified-2013", 75),
        ("tablighi-missionaries-2012", 200),
    ],
)
def test_indicators_match_the_sources(catalog, indicator, value) -> None:  # type: ignore[no-untyped-def]
    assert catalog.indicators[indicator].value == value


def test_every_record_cites_a_known_source(catalog) -> None:  # type: ignore[no-untyped-def]
    for inc in catalog.incidents.values():
        assert inc.sources and set(inc.sources) <= set(catalog.sources)
    for m in catalog.measures.values():
        assert m.sources and set(m.sources) <= set(catalog.sources)
    for i in catalog.indicators.values():
        assert i.source in catalog.sources


def test_two_sources_are_partisan(catalog) -> None:  # type: ignore[no-untyped-def]
    partisan = {s.id for s in catalog.sources.values() if s.partisan}
    assert partisan == {"black-june-2017", "unknown-terrorism-2016"}


# the recorded disagreements -----------------------------------------------------------------


def versions(catalog, dispute_id):  # type: ignore[no-untyped-def]
    dispute = next(d for d in catalog.disputes if d.id == dispute_id)
    return {(v.value, v.source) for v in dispute.versions}


def test_shubarshi_date_disagreement(catalog) -> None:  # type: ignore[no-untyped-def]
    assert versions(catalog, "shubarshi-operation-date") == {
        ("2011-07-11", "ct-measures-2013"),
        ("2011-07-08", "unknown-terrorism-2016"),
    }


def test_taraz_casualties_disagreement(catalog) -> None:  # type: ignore[no-untyped-def]
    assert versions(catalog, "taraz-casualties") == {
        ("4", "ct-measures-2013"),
        ("5", "unknown-terrorism-2016"),
    }
    taraz = catalog.incidents["taraz-attacks-2011-11-12"]
    assert taraz.killed == 8 and taraz.killed_perpetrators == 1  # seven victims and the attacker


def test_atyrau_second_blast_disagreement(catalog) -> None:  # type: ignore[no-untyped-def]
    assert versions(catalog, "atyrau-second-blast") == {
        ("suicide-bombing", "unknown-terrorism-2016"),
        ("bombing", "ct-measures-2013"),
    }


def test_may_2011_vehicle_bombing_place_disagreement(catalog) -> None:  # type: ignore[no-untyped-def]
    got = versions(catalog, "may-2011-car-bomb-place")
    assert ("Astana", "ct-measures-2013") in got and ("Aktobe", "zenn-2013") in got


def test_every_disputed_record_exists(catalog) -> None:  # type: ignore[no-untyped-def]
    ids = {*catalog.incidents, *catalog.indicators, *catalog.measures}
    for d in catalog.disputes:
        assert d.record in ids
        assert catalog.disputes_for(d.record)


# each kind of problem, on a broken copy ------------------------------------------------------


def test_word_in_a_count_column(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    path = data_copy / "incidents.csv"
    edit(
        path,
        "Almaty,43.2389,76.8897,town,armed-assault,police,Unknown gunmen,2,",
        "Almaty,43.2389,76.8897,town,armed-assault,police,Unknown gunmen,seven,",
    )
    line = line_of(path, "seven")
    assert f'data/incidents.csv:{line}: killed: "seven" is not a whole number' in "\n".join(
        messages(data_copy)
    ).replace(str(data_copy.parent.absolute()) + "/", "")


def test_negative_count(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(
        data_copy / "incidents.csv",
        "Kulsary,46.953,54.0197,town,ct-operation,militants,Armed group,5,5",
        "Kulsary,46.953,54.0197,town,ct-operation,militants,Armed group,-5,5",
    )
    found = [p for p in problems_of(data_copy) if p.field == "killed"]
    assert found and "cannot be negative" in found[0].message


def test_impossible_date(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "incidents.csv", ",2012-09-12,day", ",2012-02-30,day")
    found = [p for p in problems_of(data_copy) if p.field == "date"]
    assert found and "YYYY-MM-DD" in found[0].message


def test_unknown_source_id(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "measures.csv", "voloshin-2013", "volosin-2013")
    found = [p for p in problems_of(data_copy) if "volosin-2013" in p.message]
    assert found and found[0].file.endswith("measures.csv") and found[0].line == 2


def test_duplicate_id(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "indicators.csv", "sentenced-terrorism-2012,", "sentenced-terrorism-2008,")
    found = [p for p in problems_of(data_copy) if p.field == "id"]
    assert found and "already used" in found[0].message


def test_coordinates_outside_kazakhstan(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "incidents.csv", "Kyzylorda,44.8488,65.4823", "Kyzylorda,4.8488,65.4823")
    found = [p for p in problems_of(data_copy) if p.field == "latitude"]
    assert found and "outside Kazakhstan" in found[0].message


def test_coordinates_abroad_are_allowed(catalog) -> None:  # type: ignore[no-untyped-def]
    toulouse = catalog.incidents["toulouse-shootings-2012-03"]
    assert toulouse.abroad and toulouse.longitude < 10


def test_missing_and_extra_columns(data_copy: Path) -> None:
    path = data_copy / "measures.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    keep = [i for i, c in enumerate(header) if c != "status"]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([header[i] for i in keep] + ["colour"])
        for r in rows[1:]:
            w.writerow([r[i] for i in keep] + ["red"])
    found = {(p.field, p.line) for p in problems_of(data_copy)}
    assert ("status", 1) in found and ("colour", 1) in found


def test_empty_file(data_copy: Path) -> None:
    (data_copy / "indicators.csv").write_text("", encoding="utf-8")
    found = [p for p in problems_of(data_copy) if p.file.endswith("indicators.csv")]
    assert found and "empty" in found[0].message


def test_utf8_bom_is_accepted(data_copy: Path) -> None:
    path = data_copy / "incidents.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    catalog, problems = check_catalog(data_copy)
    assert catalog is not None, problems


def test_windows_1251_is_detected(data_copy: Path) -> None:
    path = data_copy / "measures.csv"
    text = path.read_text(encoding="utf-8").replace(
        "Tablighi Jamaat banned", "Запрет Таблиги Джамаат"
    )
    path.write_bytes(text.encode("cp1251"))
    found = [p for p in problems_of(data_copy) if p.file.endswith("measures.csv")]
    assert found and "Windows-1251" in found[0].message and found[0].line > 1


def test_broken_yaml_names_the_line(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    path = data_copy / "topics" / "aktobe-2016.yaml"
    edit(path, "title: The Aktobe attacks of June 2016", 'title: "The Aktobe attacks')
    found = [p for p in problems_of(data_copy) if p.file.endswith("aktobe-2016.yaml")]
    assert found and "not valid YAML" in found[0].message and found[0].line > 0


def test_topic_referring_to_missing_record(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    path = data_copy / "topics" / "aktobe-2016.yaml"
    edit(path, "  - land-protests-2016\n", "  - no-such-incident\n")
    found = [p for p in problems_of(data_copy) if "no-such-incident" in p.message]
    assert found and found[0].line == line_of(path, "no-such-incident")


def test_topic_record_outside_its_period(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "topics" / "aktobe-2016.yaml", "  start: 2011-05-01", "  start: 2015-01-01")
    found = [p for p in problems_of(data_copy) if "outside the topic's period" in p.message]
    assert found and all(p.file.endswith("aktobe-2016.yaml") for p in found)


def test_uncited_paragraph(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    topic = data_copy / "topics" / "aktobe-2016.yaml"
    edit(topic, 'killed [@unknown-terrorism-2016]. "Black', 'killed. "Black')
    edit(topic, "Kazakhstan [@black-june-2017]. It was", "Kazakhstan. It was")
    edit(topic, '2012 [@ct-measures-2013]. "Black', '2012. "Black')
    edit(topic, "smaller scale [@black-june-2017].", "smaller scale.")
    found = [p for p in problems_of(data_copy) if "cites no source" in p.message]
    assert found and found[0].field == "summary[0]"


def test_partisan_claim_must_be_attributed(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(
        data_copy / "topics" / "aktobe-2016.yaml",
        '"Kazakhstan: unknown terrorism" links the attack',
        "One article links the attack",
    )
    found = [p for p in problems_of(data_copy) if "partisan" in p.message]
    assert found and "Kazakhstan: unknown terrorism" in found[0].message


def test_dispute_must_match_the_table(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "disputes.yaml", "- value: 2011-07-11", "- value: 2011-07-12")
    found = [p for p in problems_of(data_copy) if p.file.endswith("disputes.yaml")]
    assert found and "none of the versions matches" in found[0].message


def test_every_problem_is_reported_in_one_run(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    edit(data_copy / "incidents.csv", ",2012-09-12,day", ",2012-13-12,day")
    edit(data_copy / "indicators.csv", ",27,exact,", ",-27,exact,")
    edit(data_copy / "measures.csv", "voloshin-2013", "nobody-2013")
    files = {Path(p.file).name for p in problems_of(data_copy)}
    assert {"incidents.csv", "indicators.csv", "measures.csv"} <= files


def test_topic_file_name_must_match_id(data_copy: Path) -> None:
    (data_copy / "topics" / "aktobe-2016.yaml").rename(data_copy / "topics" / "aktobe.yaml")
    found = [p for p in problems_of(data_copy) if p.field == "id"]
    assert found and "aktobe-2016.yaml" in found[0].message
