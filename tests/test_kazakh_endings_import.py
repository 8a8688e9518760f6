"""A Kazakh text that puts a case ending after a count the data computes
(``{violent-incidents:dat}``) says the right ending after a real import changes the count:
20-ға before the ACLED events come in, 22-ге after (the Kazakh report, reopened)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from helpers import acled
from helpers.robust import run_cli
from helpers.samples import DATA

WAVE = "wave-2011-2012"
SAID = "{violent-incidents|зорлық-зомбылық оқиғасын} тіркейді"
REACHES = "зорлық-зомбылық оқиғасын тіркейді, олардың саны {violent-incidents:dat} жетеді"
"""What a translator writes instead: "the incidents, whose number reaches 20-ға"."""

KK_PLACES = """
Karaganda: Қарағанды
Karaganda Region: Қарағанды облысы
Kostanay: Қостанай
Kostanay Region: Қостанай облысы
Oral: Орал
West Kazakhstan Region: Батыс Қазақстан облысы
"""
KK_INCIDENTS = """
oral-protest-2012-01-20:
  summary: Оралда мұнайшылар жалақы үшін наразылық білдірді.
karaganda-arrest-2012-02-10:
  summary: Полиция Қарағандыда қарулы топтың болжамды төрт мүшесін ұстады.
  perpetrator: Исламшыл содырлар
kostanay-bombing-2012-06:
  summary: Маусымда Қостанайдағы полиция ғимаратының жанында жарылғыш құрылғы жарылды.
  perpetrator: Белгісіз қарулы топ (Қазақстан)
"""
KK_SOURCES = """
kazinform:
  short: Қазинформ
  publication: Қазинформ, ACLED кодтауымен
  date_note: 2012 жылғы оқиғалар туралы хабарлар, ACLED кодтауымен
tengri-news:
  short: Tengrinews
  publication: Tengrinews, ACLED кодтауымен
  date_note: 2011–2012 жылғы оқиғалар туралы хабарлар, ACLED кодтауымен
"""


def _reword(data: Path) -> None:
    """The Kazakh wave topic of the data folder ``data``, with the count before an ending."""
    topic = data / "translations" / "kk" / "topics" / f"{WAVE}.yaml"
    text = topic.read_text(encoding="utf-8")
    assert text.count(SAID) == 1
    topic.write_text(text.replace(SAID, REACHES), encoding="utf-8")


def _kazakh_report(data: Path | None, out: Path) -> str:
    where = ["--data", data] if data is not None else []
    run = run_cli("export", WAVE, *where, "--lang", "kk", "--format", "docx", "--out", out)
    assert run.status == 0, run.stderr
    document = docx.Document(str(out / f"{WAVE}-kk.docx"))
    return " ".join(" ".join(p.text for p in document.paragraphs).split())


def test_an_imported_event_changes_the_ending_after_the_count(
    own_data_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    bundled = shutil.copytree(DATA, tmp_path / "bundled")
    _reword(bundled)
    before = _kazakh_report(bundled, tmp_path / "before")
    assert "олардың саны 20-ға жетеді" in before

    run = run_cli("data", "import", acled.write_csv(tmp_path / "acled-kazakhstan.csv"))
    assert run.status == 8, run.stderr  # one row refused, the others in
    _reword(own_data_folder)
    kk = own_data_folder / "translations" / "kk"
    for name, text in (("places", KK_PLACES), ("incidents", KK_INCIDENTS), ("sources", KK_SOURCES)):
        path = kk / f"{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    after = _kazakh_report(None, tmp_path / "after")
    assert "олардың саны 22-ге жетеді" in after
    assert "20-ға" not in after
    check = run_cli("check", "--lang", "kk")
    assert check.status == 0, check.stdout + check.stderr
