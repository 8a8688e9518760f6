"""Issue 16's "done when", on the command line as a new user does it: an ACLED export of
events in Kazakhstan in 2011-2012 (written by the test) imported into the user's own copy of
the data, then the wave-2011-2012 report and deck showing the new events in their tables,
timeline, charts and map, with the counts in the text computed from the data; `check` clean."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from briefkit.catalog import load_catalog
from helpers import acled
from helpers.robust import run_cli

WAVE = "wave-2011-2012"
NEW = {
    "oral-protest-2012-01-20": "Oral",
    "karaganda-arrest-2012-02-10": "Karaganda",
    "kostanay-bombing-2012-06": "Kostanay",
}


def _texts(path: Path) -> tuple[str, list[list[str]]]:
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    return text, rows


def _export(data: Path | None, out: Path) -> tuple[str, list[list[str]], Path]:
    where = ["--data", data] if data is not None else []
    run = run_cli("export", WAVE, *where, "--out", out, "--chart-mode", "native")
    assert run.status == 0, run.stderr
    text, rows = _texts(out / f"{WAVE}.docx")
    return text, rows, out / f"{WAVE}.pptx"


ATTACKS = ("Bombing", "Suicide bombing", "Armed assault")


def _by_type(rows: list[list[str]]) -> dict[str, int]:
    """How many rows of the report's incident table (date, place, type, killed, ...) have each
    event type: the figures the narrative's counts must agree with."""
    table = [r for r in rows if len(r) > 4 and r[2] and r[0] != "Date"]
    counts: dict[str, int] = {}
    for row in table:
        counts[row[2]] = counts.get(row[2], 0) + 1
    return counts


def _says_the_table(text: str, rows: list[list[str]]) -> None:
    """The breakdown sentence and the operations sentences state the incident table's counts."""
    types = _by_type(rows)
    attacks = sum(types.get(t, 0) for t in ATTACKS)
    operations = types["Counter-terrorism operation"]
    blasts = types["Accidental blast"]
    assert (
        f"{attacks} were attacks (bombings, suicide bombings and armed assaults), "
        f"{operations} were security operations, and {blasts} were bombs that went off while "
        "being prepared"
    ) in text
    assert f"of them in {operations} operations; the other 5 died by their own bombs" in text
    assert "the other versions would raise it by two" in text
    assert "74 [" not in text and "raise it to" not in text


RU_PLACES = """
Karaganda: Караганда
Karaganda Region: Карагандинская область
Kostanay: Костанай
Kostanay Region: Костанайская область
Oral: Уральск
West Kazakhstan Region: Западно-Казахстанская область
"""
RU_INCIDENTS = """
oral-protest-2012-01-20:
  summary: Нефтяники в Уральске протестовали из-за зарплат.
karaganda-arrest-2012-02-10:
  summary: Полиция задержала в Караганде четырёх предполагаемых членов вооружённой ячейки.
  perpetrator: Исламистские боевики
kostanay-bombing-2012-06:
  summary: В июне у здания полиции в Костанае сработало взрывное устройство.
  perpetrator: Неустановленная вооружённая группа (Казахстан)
"""
RU_SOURCES = """
kazinform:
  short: Казинформ
  publication: Казинформ, в кодировке ACLED
  date_note: сообщения о событиях 2012 г. в кодировке ACLED
tengri-news:
  short: Tengrinews
  publication: Tengrinews, в кодировке ACLED
  date_note: сообщения о событиях 2011–2012 гг. в кодировке ACLED
"""


def _translate_new_records(folder: Path) -> None:
    """What the user adds after the import so that the Russian briefing can be made."""
    for name, text in (
        ("places", RU_PLACES),
        ("incidents", RU_INCIDENTS),
        ("sources", RU_SOURCES),
    ):
        path = folder / f"{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_an_acled_import_reaches_the_wave_report_and_deck(
    own_data_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    bundled_root = Path(__file__).resolve().parents[1] / "data"
    before_text, before_rows, before_deck = _export(bundled_root, tmp_path / "before")

    export = acled.write_csv(tmp_path / "acled-kazakhstan.csv")
    run = run_cli("data", "import", export)  # no --data: the user's own copy is made
    assert run.status == 8, run.stderr  # one row refused, the others in
    lines = run.stdout.splitlines()
    for rid in NEW:
        assert any(line.endswith(f"added {rid}") for line in lines), run.stdout
    assert any("possible duplicate of taraz-attacks-2011-11-12" in line for line in lines)
    assert any(":7: event_date:" in line and "(row refused)" in line for line in lines)
    assert f"made your own copy of the data in {own_data_folder}" in run.stdout
    assert run_cli("check").status == 0

    catalog = load_catalog(own_data_folder)
    wave = catalog.records_of(catalog.topic(WAVE)).incidents
    assert set(NEW) <= set(wave)
    violent = catalog.vocabulary.violent_event_types
    violent_count = sum(1 for i in wave if catalog.incidents[i].event_type in violent)
    dead = sum(catalog.incidents[i].killed or 0 for i in wave if i != "ile-alatau-killings-2012")
    assert (violent_count, dead) == (22, 74)  # 20 and 72 before: a bombing (2 dead), an arrest

    text, rows, deck = _export(None, tmp_path / "after")  # the user's copy, by default now
    assert "The sources record 20 violent incidents" in before_text
    assert f"The sources record {violent_count} violent incidents" in text
    assert "72 people died" in before_text and f"{dead} people died" in text
    assert f"the sources record {dead} deaths" in text
    _says_the_table(before_text, before_rows)
    _says_the_table(text, rows)
    assert _by_type(rows)["Bombing"] == _by_type(before_rows)["Bombing"] + 1  # Kostanay
    assert "Among the 20 violent incidents recorded for 2011-2012, 12 were attacks" in before_text
    assert f"Among the {violent_count} violent incidents recorded for 2011-2012, 13 were" in text

    _translate_new_records(own_data_folder / "translations" / "ru")
    ru = run_cli("export", WAVE, "--lang", "ru", "--format", "docx", "--out", tmp_path / "ru")
    assert ru.status == 0, ru.stderr
    ru_text, _ = _texts(tmp_path / "ru" / f"{WAVE}-ru.docx")
    types = _by_type(rows)
    assert f"Среди {violent_count} насильственных инцидентов, зафиксированных" in ru_text
    assert (
        f"13 были терактами (взрывы, теракты смертников и вооружённые нападения), "
        f"{types['Counter-terrorism operation']} — силовыми операциями, а в "
        f"{types['Accidental blast']} случаях"
    ) in ru_text
    assert "в ходе 6 операций, остальные 5 погибли от собственных" in ru_text
    assert "погибших было бы на два больше" in ru_text and "74\xa0[" not in ru_text
    assert run_cli("check", "--lang", "ru").status == 0
    incident_rows = [r for r in rows if r[1:2] and r[1] in NEW.values()]
    assert [r[1] for r in incident_rows] == ["Oral", "Karaganda", "Kostanay"]
    assert incident_rows[2][:4] == ["June 2012", "Kostanay", "Bombing", "2"]
    assert not [r for r in before_rows if r[1:2] and r[1] in NEW.values()]
    events = ("Oral: protest", "Karaganda: arrests", "Kostanay: bombing")
    timeline = [r[0] for r in rows if len(r) == 2 and r[1].startswith(events)]
    assert timeline == ["20 January 2012", "10 February 2012", "June 2012"]

    def charts(path: Path) -> str:
        with zipfile.ZipFile(path) as package:
            return "".join(
                package.read(n).decode()
                for n in package.namelist()
                if n.startswith("ppt/charts/chart") and n.endswith(".xml")
            )

    assert "Kostanay" not in charts(before_deck) and "Kostanay" in charts(deck)
    assert "Karaganda" in charts(deck)  # the killed-and-wounded by region chart

    def map_text(path: Path) -> str:
        for slide in Presentation(str(path)).slides:
            for shape in slide.shapes:
                descr = shape._element.xpath("./*[1]/p:cNvPr/@descr")
                if descr and descr[0].startswith("Violent incidents in Kazakhstan, 2011-2012"):
                    return str(descr[0])
        raise AssertionError("no map in the deck")

    def slide_texts(path: Path) -> str:
        slides = Presentation(str(path)).slides
        return "\n".join(sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame)

    # the chart's headline (the slide title) says the data's counts too
    assert "Militants account for 37 of the 72 recorded deaths" in slide_texts(before_deck)
    assert f"Militants account for 37 of the {dead} recorded deaths" in slide_texts(deck)

    assert "19 incidents at 13 places" in map_text(before_deck)
    assert "21 incidents at 15 places" in map_text(deck)
    assert "bombing 3," in map_text(before_deck) and "bombing 4," in map_text(deck)
