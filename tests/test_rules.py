"""Topics select records by rule: a new record in scope flows into tables, charts, the map, key
figures and the counts in the text; check warns of rules that take nothing and of ids a rule
already takes, and refuses a malformed rule naming file and field."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefkit.catalog import Catalog, check_catalog, load_catalog
from briefkit.catalog.records import Incident
from briefkit.catalog.selection import IncidentRule, select
from briefkit.catalog.translations import translate
from briefkit.charts.summaries.places import map_places
from briefkit.cli import cli
from briefkit.compose import compose_briefing
from briefkit.compose.custom import composition_from_args
from briefkit.compose.model import Briefing, ChartBlock, Paragraph, TableBlock
from helpers.samples import compose_custom

Edit = Callable[[Path, str, str], None]
WAVE = "wave-2011-2012"
NEW = "kapchagay-attack-2012-06-15"
NEW_ROW = (
    f"{NEW},2012-06-15,day,Kazakhstan,Almaty Region,Kapchagay,43.88,77.07,town,armed-assault,"
    'police,Unknown gunmen,3,1,2,,,,"Gunmen attacked a police post in Kapchagay.",'
    "ct-measures-2013\n"
)
TOTAL_FIGURE = """key_figures:
  - label: people killed, the Ile-Alatau report aside
    incidents: {exclude: [ile-alatau-killings-2012]}
    field: killed
    note: May 2011 to September 2012
"""


def _compose(catalog: Catalog, topic: str = WAVE) -> Briefing:
    return compose_briefing(catalog, topic, issued=dt.date(2024, 3, 1))


def _texts(briefing: Briefing) -> str:
    paragraphs = [*briefing.summary]
    for section in briefing.sections:
        paragraphs += [b for b in (*section.blocks, *section.talking_points)]
    return "\n".join(p.plain for p in paragraphs if isinstance(p, Paragraph))


def _charts(briefing: Briefing) -> dict[str, tuple[Incident, ...]]:
    return {
        b.chart.kind: b.chart.incidents
        for s in briefing.sections
        for b in s.blocks
        if isinstance(b, ChartBlock)
    }


def _incident_table(briefing: Briefing) -> TableBlock:
    [table] = [
        b
        for s in briefing.sections
        for b in s.blocks
        if isinstance(b, TableBlock) and b.title == "All incidents recorded for 2011-2012"
    ]
    return table


def test_a_new_incident_in_scope_reaches_every_part_of_the_briefing(
    data_copy: Path, edit: Edit
) -> None:
    edit(data_copy / "topics" / f"{WAVE}.yaml", "key_figures:\n", TOTAL_FIGURE)
    edit(
        data_copy / "translations" / "ru" / "topics" / f"{WAVE}.yaml",
        "key_figures:\n",
        TOTAL_FIGURE.replace("people killed, the Ile-Alatau report aside", "погибших").replace(
            "May 2011 to September 2012", "май 2011 г. — сентябрь 2012 г."
        ),
    )
    before = _compose(load_catalog(data_copy))
    with (data_copy / "incidents.csv").open("a", encoding="utf-8") as f:
        f.write(NEW_ROW)
    catalog = load_catalog(data_copy)
    after = _compose(catalog)

    # the table: one more row, in date order, between Arkankergen (31 May) and Tausamaly
    rows, old_rows = _incident_table(after).rows, _incident_table(before).rows
    assert len(rows) == len(old_rows) + 1
    places = [row[1].split(",")[0] for row in rows]
    assert places.index("Kapchagay") == places.index("Arkankergen border post") + 1
    # every chart that reads incidents, and the map, draw it
    for kind, incidents in _charts(after).items():
        assert NEW in {i.id for i in incidents}, kind
        assert len(incidents) == len(_charts(before)[kind]) + 1, kind
    groups, _, _ = map_places(_charts(after)["incidents-map"])
    assert any(NEW in {i.id for i in g.incidents} for g in groups)
    # the key figure computed from data, and the counts in the text, in English and Russian
    assert (before.key_figures[0].value, after.key_figures[0].value) == ("72", "75")
    assert "72 people died: 24 members of the security forces" in _texts(before)
    text = _texts(after)
    assert "75 people died: 26 members of the security forces" in text
    assert "The sources record 21 violent incidents" in text
    assert "at least 37 dead in Almaty Region" in text
    russian = _texts(_compose(translate(catalog, "ru").catalog))
    assert "погибли 75 человек: 26 сотрудников силовых структур" in russian
    assert "Источники фиксируют 21 насильственный инцидент" in russian


def test_an_incident_outside_the_rule_stays_out(data_copy: Path) -> None:
    abroad = NEW_ROW.replace(
        "Kazakhstan,Almaty Region,Kapchagay,43.88,77.07", "Kyrgyzstan,Chuy Region,Tokmok,42.84,75.3"
    )
    with (data_copy / "incidents.csv").open("a", encoding="utf-8") as f:
        f.write(abroad)
    catalog = load_catalog(data_copy)
    assert NEW not in catalog.records_of(catalog.topics[WAVE]).incidents
    assert "72 people died" in _texts(_compose(catalog))


def test_the_aktobe_region_table_takes_a_new_aktobe_incident(data_copy: Path) -> None:
    row = NEW_ROW.replace("2012-06-15", "2014-03-02").replace(
        "Almaty Region,Kapchagay,43.88,77.07", "Aktobe Region,Aktobe,50.28,57.17"
    )
    with (data_copy / "incidents.csv").open("a", encoding="utf-8") as f:
        f.write(row)
    briefing = _compose(load_catalog(data_copy), "aktobe-2016")
    [table] = [
        b
        for s in briefing.sections
        for b in s.blocks
        if isinstance(b, TableBlock) and b.title.startswith("Incidents in the Aktobe region")
    ]
    assert [r[0].rstrip(" *") for r in table.rows][-2:] == ["2 March 2014", "5 June 2016"]


def _warnings(data: Path) -> list[str]:
    catalog, problems = check_catalog(data)
    assert catalog is not None, problems
    return [str(w) for w in catalog.warnings]


def test_check_warns_of_a_rule_that_takes_nothing(data_copy: Path, edit: Edit) -> None:
    topic = data_copy / "topics" / f"{WAVE}.yaml"
    edit(
        topic,
        "          exclude: [ile-alatau-killings-2012]\n",
        "          regions: [Aktobe Regoin]\n",
    )
    [warning] = _warnings(data_copy)
    line = (
        topic.read_text(encoding="utf-8").splitlines().index("          regions: [Aktobe Regoin]")
    )
    assert warning.startswith(f"{topic}:{line}: sections[1].body[3].incidents: the rule ")
    assert "takes no incidents among the topic's" in warning
    assert "no incident has the region Aktobe Regoin (known: " in warning


def test_check_warns_of_an_id_the_rule_already_takes(data_copy: Path, edit: Edit) -> None:
    topic = data_copy / "topics" / "aktobe-2016.yaml"
    edit(topic, "  ids:\n", "  ids:\n    - shubarshi-patrol-2011-07-04\n")
    edit(
        topic,
        "          regions: [Aktobe Region]\n",
        "          regions: [Aktobe Region]\n          exclude: [taraz-attacks-2011-11-12]\n",
    )
    warnings = _warnings(data_copy)
    lines = topic.read_text(encoding="utf-8").splitlines()
    assert warnings == [
        f"{topic}:{lines.index('    - shubarshi-patrol-2011-07-04') + 1}: incidents.ids[0]: "
        '"shubarshi-patrol-2011-07-04" is already taken by the rule; remove it from ids',
        f"{topic}:{lines.index('          exclude: [taraz-attacks-2011-11-12]') + 1}: "
        "sections[1].body[3].incidents.exclude[0]: "
        '"taraz-attacks-2011-11-12" is not taken by the rule anyway; remove it from exclude',
    ]
    result = CliRunner().invoke(cli, ["check", "--data", str(data_copy), "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["data"]["warnings"] == warnings


@pytest.mark.parametrize(
    ("rule", "field", "message"),
    [
        ("regionz: [Aktobe Region]", "incidents.regionz", "is not a known field"),
        ("from: 2011-13-01", "incidents.from", "is not a date; write it as YYYY-MM-DD"),
        ("{from: 2012-01-01, to: 2011-01-01}", "incidents", "'to' is before 'from'"),
        ("event_types: [bombings]", "incidents.event_types[0]", '"bombings" is not in vocab'),
        ("sources: [zenn-2014]", "incidents.sources[0]", '"zenn-2014" is not in sources.yaml'),
        ("ids: [no-such-incident]", "incidents.ids[0]", '"no-such-incident" is not in incide'),
        ("exclude: [no-such-incident]", "incidents.exclude[0]", '"no-such-incident" is not in'),
    ],
)
def test_a_malformed_rule_names_file_line_and_field(
    data_copy: Path, edit: Edit, rule: str, field: str, message: str
) -> None:
    topic = data_copy / "topics" / f"{WAVE}.yaml"
    written = f"  {rule}\n" if not rule.startswith("{") else ""
    new = f"incidents: {rule}\n" if rule.startswith("{") else f"incidents:\n{written}"
    edit(
        topic,
        "incidents:\n  # every incident in Kazakhstan in the topic's period (data/README.md, "
        '"Selecting records")\n  countries: [Kazakhstan]\n',
        new,
    )
    catalog, problems = check_catalog(data_copy)
    assert catalog is None
    shown = [str(p) for p in problems if p.file == str(topic)]
    line = topic.read_text(encoding="utf-8").splitlines().index(new.splitlines()[-1]) + 1
    assert any(s.startswith(f"{topic}:{line}: {field}: ") and message in s for s in shown), shown


def test_a_block_id_outside_the_topic_is_refused(data_copy: Path, edit: Edit) -> None:
    edit(
        data_copy / "topics" / f"{WAVE}.yaml",
        "          exclude: [ile-alatau-killings-2012]\n",
        "          ids: [toulouse-shootings-2012-03]\n          countries: [Kazakhstan]\n",
    )
    _, problems = check_catalog(data_copy)
    assert [(p.field, p.message) for p in problems] == [
        (
            "sections[1].body[3].incidents.ids[0]",
            '"toulouse-shootings-2012-03" is not in the topic\'s incidents; add it there first',
        )
    ]


def test_selection_order_and_exclusion(catalog: Catalog) -> None:
    incidents = catalog.incidents
    listed = IncidentRule.model_validate(
        ["kulsary-operation-2012-09-12", "taraz-attacks-2011-11-12"]
    )
    assert select(listed, incidents) == listed.ids  # a list keeps its order
    rule = IncidentRule.model_validate(
        {
            "regions": ["Atyrau Region"],
            "from": "2011-10-01",
            "ids": ["toulouse-shootings-2012-03"],
            "exclude": ["atyrau-blast-2-2011-10-31"],
        }
    )
    assert select(rule, incidents) == (
        "atyrau-blast-1-2011-10-31",
        "toulouse-shootings-2012-03",
        "atyrau-premature-blast-2012-09-05",
        "kulsary-operation-2012-09-12",
    )
    everything = IncidentRule.model_validate({"exclude": ["taraz-attacks-2011-11-12"]})
    assert len(select(everything, incidents)) == len(incidents) - 1


def test_a_composition_carries_a_total_when_its_sections_show_every_record(
    data_copy: Path, edit: Edit
) -> None:
    edit(data_copy / "topics" / f"{WAVE}.yaml", "key_figures:\n", TOTAL_FIGURE)
    catalog = load_catalog(data_copy)

    def labels(parts: list[str]) -> list[str]:
        spec = composition_from_args(parts, "Composed")
        return [k.label for k in compose_custom(catalog, spec).key_figures]

    total = "people killed, the Ile-Alatau report aside"
    assert total in labels([f"{WAVE}:attacks-and-operations"])  # its table shows them all
    assert total not in labels([f"{WAVE}:jund-al-khilafah"])  # no table, chart or timeline
