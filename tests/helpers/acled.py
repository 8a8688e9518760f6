"""A small ACLED export, written by the tests themselves (CSV, or XLSX with openpyxl): the
codebook's real column set, events in Kazakhstan in 2011-2012."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

_COMMON = {
    "time_precision": "1",
    "disorder_type": "Political violence",
    "inter1": "2",
    "iso": "398",
    "region": "Central Asia",
    "country": "Kazakhstan",
    "geo_precision": "1",
    "source_scale": "National",
    "timestamp": "1618500000",
}


def event(**cells: str) -> dict[str, str]:
    """One row: the common cells, these, and ``year`` from the date."""
    row = {**_COMMON, **cells}
    date = row.get("event_date", "")
    row["year"] = date[-4:] if " " in date else date[:4]
    return row


ROWS = [
    # 2: the Taraz attack of 12 November 2011, already in the data as taraz-attacks-2011-11-12
    event(
        event_id_cnty="KAZ101",
        event_date="2011-11-12",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Jund al-Khilafah",
        actor2="Police Forces of Kazakhstan (1991-)",
        inter2="1",
        admin1="Zhambyl",
        location="Taraz",
        latitude="42.9000",
        longitude="71.3667",
        source="Interfax; Tengri News",
        notes="A gunman killed seven people, five of them police officers, in Taraz.",
        fatalities="7",
    ),
    # 3: the Atyrau blasts of 31 October 2011 (two records in the data), ACLED's long date form
    event(
        event_id_cnty="KAZ102",
        event_date="31 October 2011",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Jund al-Khilafah",
        admin1="Atyrau",
        location="Atyrau",
        latitude="47.0945",
        longitude="51.9238",
        source="Interfax",
        notes="Two explosions in Atyrau; the second killed the bomber.",
        fatalities="1",
    ),
    # 4: new
    event(
        event_id_cnty="KAZ103",
        event_date="2012-01-20",
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Kazakhstan)",
        inter1="6",
        admin1="West Kazakhstan",
        location="Oral",
        latitude="51.2333",
        longitude="51.3667",
        source="Kazinform",
        notes="Oil workers protested in Oral over wages.",
        fatalities="0",
    ),
    # 5: new
    event(
        event_id_cnty="KAZ104",
        event_date="10 February 2012",
        disorder_type="Strategic developments",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        actor1="Police Forces of Kazakhstan (1991-)",
        actor2="Islamist militants",
        inter1="1",
        inter2="3",
        admin1="Karaganda",
        location="Karaganda",
        latitude="49.8047",
        longitude="73.1094",
        source="Tengri News",
        notes="Police arrested four suspected members of an armed cell in Karaganda.",
        fatalities="0",
    ),
    # 6: new, known to the month only and placed near the town
    event(
        event_id_cnty="KAZ105",
        event_date="2012-06-15",
        time_precision="3",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group (Kazakhstan)",
        admin1="Kostanay",
        location="Kostanay",
        latitude="53.2144",
        longitude="63.6246",
        geo_precision="2",
        source="Kazinform",
        notes="A device exploded near a police station in Kostanay in June.",
        fatalities="2",
    ),
    # 7: bad: a date that is none
    event(
        event_id_cnty="KAZ106",
        event_date="2012-13-45",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Kazakhstan (1991-)",
        admin1="Almaty",
        location="Almaty",
        latitude="43.2389",
        longitude="76.8897",
        source="Interfax",
        notes="A row with a wrong date.",
        fatalities="2",
    ),
]
"""The rows, numbered 2 to 7 as a spreadsheet shows them."""

ADDED = {
    4: "oral-protest-2012-01-20",
    5: "karaganda-arrest-2012-02-10",
    6: "kostanay-bombing-2012-06",
}


def write_csv(path: Path, rows: list[dict[str, str]] = ROWS) -> Path:
    """The rows as an ACLED CSV export."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        writer.writerows([row.get(c, "") for c in COLUMNS] for row in rows)
    return path


def write_xlsx(path: Path, rows: list[dict[str, str]] = ROWS) -> Path:
    """The rows as an ACLED Excel export: ISO dates as date cells, numbers as numbers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(COLUMNS)
    for row in rows:
        cells: list[object] = []
        for column in COLUMNS:
            value = row.get(column, "")
            if column == "event_date" and value[:1].isdigit() and value[4:5] == "-":
                try:
                    cells.append(dt.datetime.fromisoformat(value))
                    continue
                except ValueError:
                    pass
            if column in ("latitude", "longitude", "fatalities", "inter1", "inter2"):
                try:
                    cells.append(float(value) if "." in value else int(value))
                    continue
                except ValueError:
                    pass
            cells.append(value or None)
        sheet.append(cells)
    book.save(path)
    return path
