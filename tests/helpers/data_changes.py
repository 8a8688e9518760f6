"""A scripted change to a copy of the data, and exactly what ``briefkit diff`` must find in it.

For the topic ``aktobe-2016``: a new incident in the Aktobe region (in scope), a changed
count (17 -> 18 killed on 5 June 2016), a dispute settled (removed), a dispute opened, and a
change outside the topic (a Dagestan raid), which must not be listed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

TOPIC = "aktobe-2016"
NEW_INCIDENT = "aktobe-outskirts-shooting-2017-03-02"
CHANGED_INCIDENT = "aktobe-attacks-2016-06-05"
SETTLED_DISPUTE = "aktobe-bombing-location"
OPENED_DISPUTE = "aktobe-june-2011-toll"

_NEW_ROW = (
    f"{NEW_INCIDENT},2017-03-02,day,Kazakhstan,Aktobe Region,Outskirts of Aktobe,50.2839,"
    "57.167,town,armed-assault,police,Unknown gunmen,1,,1,,,,"
    '"Gunmen fired on a police patrol on the edge of Aktobe; one officer was killed.",zenn-2013\n'
)
_NEW_DISPUTE = f"""
- id: {OPENED_DISPUTE}
  title: "How many police officers died in June 2011"
  record: aktobe-police-post-2011-06-29
  field: killed
  summary: The sources give different tolls for the attack on the police post.
  versions:
    - value: "2"
      source: ct-measures-2013
    - value: "3"
      source: zenn-2013
"""
_NEW_DISPUTE_RU = f"""{OPENED_DISPUTE}:
  title: Сколько полицейских погибло в июне 2011 г.
  summary: Источники расходятся в числе погибших при нападении на полицейский пост.
  versions:
    - value: "2"
    - value: "3"
"""
_NEW_INCIDENT_RU = f"""{NEW_INCIDENT}:
  summary: Неизвестные обстреляли полицейский патруль на окраине Актобе; погиб один сотрудник.
  perpetrator: Неизвестные вооружённые лица
"""


def change_data(data: Path, edit: Callable[[Path, str, str], None]) -> None:
    """Make the changes above in the data folder ``data`` (a copy)."""
    with (data / "incidents.csv").open("a", encoding="utf-8") as rows:
        rows.write(_NEW_ROW)
    edit(
        data / "incidents.csv", "'sectarian religious group',17,", "'sectarian religious group',18,"
    )
    edit(
        data / "incidents.csv",
        "Militants of Kazakh nationality,5,5,",
        "Militants of Kazakh nationality,6,6,",
    )
    disputes = (data / "disputes.yaml").read_text(encoding="utf-8")
    start = disputes.index(f"- id: {SETTLED_DISPUTE}\n")
    end = disputes.index("- id: ", start + 5)
    (data / "disputes.yaml").write_text(
        disputes[:start] + disputes[end:] + _NEW_DISPUTE, encoding="utf-8"
    )
    ru = data / "translations" / "ru"
    ru_disputes = (ru / "disputes.yaml").read_text(encoding="utf-8")
    if f"{SETTLED_DISPUTE}:" in ru_disputes:
        start = ru_disputes.index(f"{SETTLED_DISPUTE}:")
        end = ru_disputes.find("\n", ru_disputes.index("\n", start) + 1)
        while end != -1 and ru_disputes[end + 1 : end + 2] in (" ", "\n"):
            end = ru_disputes.find("\n", end + 1)
        ru_disputes = ru_disputes[:start] + (ru_disputes[end + 1 :] if end != -1 else "")
    (ru / "disputes.yaml").write_text(
        ru_disputes.rstrip("\n") + "\n" + _NEW_DISPUTE_RU, encoding="utf-8"
    )
    incidents = (ru / "incidents.yaml").read_text(encoding="utf-8")
    (ru / "incidents.yaml").write_text(
        incidents.rstrip("\n") + "\n" + _NEW_INCIDENT_RU, encoding="utf-8"
    )
