"""``briefkit diff``: exactly the changes made to the data since a document was made.

A deck (English) and a report (Russian) are exported from a copy of the data; the copy is then
changed (``helpers.data_changes``): diff must list the new incident, the changed count, the
settled and the opened dispute, and nothing else (not the change outside the topic).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefkit.cli import Exit, main
from helpers.data_changes import (
    CHANGED_INCIDENT,
    NEW_INCIDENT,
    OPENED_DISPUTE,
    SETTLED_DISPUTE,
    TOPIC,
    change_data,
)


@pytest.fixture
def made(data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The topic's English deck and Russian report, made from ``data_copy`` before it changes."""
    from briefkit import export as export_module
    from helpers.nocharts import no_charts

    monkeypatch.setattr(export_module, "chart_drawing", no_charts)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / "out"
    common = ["--out", str(out), "--data", str(data_copy)]
    assert main(["export", TOPIC, "--format", "pptx", *common]) == Exit.OK
    assert main(["export", TOPIC, "--format", "docx", "--lang", "ru", *common]) == Exit.OK
    return {"en": out / f"{TOPIC}.pptx", "ru": out / f"{TOPIC}-ru.docx"}


def _diff(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["diff", *args]) == Exit.OK
    return capsys.readouterr().out


def test_nothing_changed_says_so(
    made: dict[str, Path], data_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _diff(capsys, str(made["en"]), "--data", str(data_copy))
    assert out.splitlines()[1].strip() == "No changes"
    assert "Изменений нет" in _diff(capsys, str(made["ru"]), "--data", str(data_copy))
    data = json.loads(_diff(capsys, str(made["en"]), "--data", str(data_copy), "--json"))
    assert data["none"] is True and data["added"] == data["changed"] == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_diff_lists_exactly_the_changes(
    made: dict[str, Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    change_data(data_copy, edit)
    data = json.loads(_diff(capsys, str(made[lang]), "--data", str(data_copy), "--json"))
    assert data["lang"] == lang and data["none"] is False
    assert [r["id"] for r in data["added"]] == [NEW_INCIDENT]
    assert data["added"][0]["sources"] == ["zenn-2013"]
    assert data["changed"] == [
        {
            "kind": "incident",
            "id": CHANGED_INCIDENT,
            "fields": [{"field": "killed", "old": "17", "new": "18"}],
            "sources": ["unknown-terrorism-2016", "black-june-2017"],
        }
    ]
    assert data["removed"] == [] and data["disputes_changed"] == []
    assert [d["id"] for d in data["disputes_opened"]] == [OPENED_DISPUTE]
    assert [d["id"] for d in data["disputes_settled"]] == [SETTLED_DISPUTE]


def test_diff_says_the_changes_in_the_documents_language(
    made: dict[str, Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    change_data(data_copy, edit)
    english = _diff(capsys, str(made["en"]), "--data", str(data_copy)).splitlines()
    assert english[0].startswith("What changed since ") and english[0].endswith(
        f"{TOPIC}.pptx (The Aktobe attacks of June 2016)"
    )
    headings = [line for line in english if not line.startswith(" ")][1:]
    assert headings == [
        "New records (1):",
        "Changed records (1):",
        "Disputes opened (1):",
        "Disputes settled (1):",
    ]
    assert f"incident {CHANGED_INCIDENT}: Killed (killed): 17 -> 18; sources: " in english[4]
    russian = _diff(capsys, str(made["ru"]), "--data", str(data_copy)).splitlines()
    assert russian[0].startswith("Что изменилось с ")
    assert [line for line in russian if not line.startswith(" ")][1:] == [
        "Новые записи (1):",
        "Изменённые записи (1):",
        "Новые расхождения источников (1):",
        "Снятые расхождения источников (1):",
    ]
    assert "патруль на окраине Актобе" in russian[2], "the values in the document's language"
    # an English deck's changes said in Russian: the words change, the values do not
    mixed = _diff(capsys, str(made["en"]), "--data", str(data_copy), "--lang", "ru")
    assert "Новые записи (1):" in mixed and "Gunmen fired on a police patrol" in mixed


def test_a_record_removed_from_scope_is_listed(
    made: dict[str, Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit(data_copy / "topics" / f"{TOPIC}.yaml", "    - tausamaly-blast-2012-07-11\n", "")
    data = json.loads(_diff(capsys, str(made["en"]), "--data", str(data_copy), "--json"))
    assert [r["id"] for r in data["removed"]] == ["tausamaly-blast-2012-07-11"]
    assert data["added"] == data["changed"] == data["disputes_opened"] == []


def test_diff_of_a_file_without_a_record_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.docx"
    import docx

    docx.Document().save(str(plain))
    assert main(["diff", str(plain)]) == Exit.NO_RECORD
    assert "has no Briefkit record" in capsys.readouterr().err


# --- export --changes-since -------------------------------------------------------------------


def _changes_part(report: Path) -> tuple[str, list[str]]:
    """The report's "What changed since" heading and the paragraphs under it."""
    import docx

    paragraphs = docx.Document(str(report)).paragraphs
    body = [p for p in paragraphs if not p.style.name.lower().startswith("toc")]
    [start] = [
        n
        for n, p in enumerate(body)
        if p.style.name == "Heading 1" and " 20" in p.text and p.text[:4] in ("What", "Что ")
    ]
    after = []
    for p in body[start + 1 :]:
        if p.style.name.startswith("Heading"):
            break
        after.append(p.text)
    return body[start].text, after


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_changes_since_adds_a_cited_part_after_the_summary(
    made: dict[str, Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    tmp_path: Path,
    lang: str,
) -> None:
    from pptx import Presentation

    old = made[lang]
    out = tmp_path / "again"
    args = ["--out", str(out), "--data", str(data_copy), "--lang", lang]
    assert main(["export", TOPIC, "--changes-since", str(old), *args]) == Exit.OK
    suffix = "-ru" if lang == "ru" else ""
    heading, lines = _changes_part(out / f"{TOPIC}{suffix}.docx")
    assert lines == (["Изменений нет."] if lang == "ru" else ["No changes."])
    change_data(data_copy, edit)
    formats = ["--format", "docx", "--format", "pptx", "--format", "handout", "--force"]
    assert main(["export", TOPIC, "--changes-since", str(old), *args, *formats]) == Exit.OK
    heading, lines = _changes_part(out / f"{TOPIC}{suffix}.docx")
    assert heading.startswith("What changed since " if lang == "en" else "Что изменилось с ")
    assert len(lines) == 4, lines
    assert all(line.rstrip().endswith("]") for line in lines), "every change is cited"
    new, changed, opened, settled = lines
    assert "Outskirts of Aktobe" in new or "окраине Актобе" in new
    assert "17 → 18" in changed
    assert "How many police officers" in opened or "Сколько полицейских" in opened
    assert "suicide bomber" in settled or "смертник" in settled
    deck = Presentation(str(out / f"{TOPIC}{suffix}.pptx"))
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in deck.slides]
    key_figures = next(n for n, t in enumerate(titles) if t in ("Key figures", "Ключевые цифры"))
    assert titles[key_figures + 1] == heading
    assert titles[key_figures + 2] == f"{heading} (2)"  # every slide title unique (accessibility)
    notes = deck.slides[key_figures + 2].notes_slide.notes_text_frame.text
    assert "17 → 18" in notes
    import docx

    handout = "\n".join(
        p.text for p in docx.Document(str(out / f"{TOPIC}{suffix}-handout.docx")).paragraphs
    )
    handout = handout.replace("\xa0", " ")  # the handout's slide titles have plain spaces
    assert heading.replace("\xa0", " ") in handout and "17 → 18" in handout


def test_changes_since_another_topics_file_is_refused(
    made: dict[str, Path], data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--out", str(tmp_path / "x"), "--data", str(data_copy), "--changes-since"]
    assert main(["export", "legal-reforms", *args, str(made["en"])]) == Exit.USAGE
    assert f"was made from {TOPIC}, which this export does not write" in capsys.readouterr().err
    assert main(["export", TOPIC, *args, str(made["ru"])]) == Exit.USAGE
    assert "export with --lang ru" in capsys.readouterr().err


def test_a_composed_briefing_records_its_sections_and_diffs_by_them(
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A composition shows what its sections show: the attack section's table holds the 5 June
    attack (changed) but not the new incident, which only the topic's region rule takes."""
    from briefkit import export as export_module
    from briefkit.render.office.record import read_record
    from helpers.nocharts import no_charts

    monkeypatch.setattr(export_module, "chart_drawing", no_charts)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / "out"
    parts = ["--compose", f"{TOPIC}:attack", "legal-reforms:laws", "--title", "Attack and law"]
    args = ["--format", "docx", "--out", str(out), "--data", str(data_copy)]
    assert main(["export", *parts, *args]) == Exit.OK
    [report] = out.glob("*.docx")
    record = read_record(report)
    assert record.made.topic == "" and record.made.name == report.stem
    assert record.made.parts == (f"{TOPIC}:attack", "legal-reforms:laws")
    ids = {r.id for r in record.shown.records}
    assert {CHANGED_INCIDENT, "land-protests-2016"} <= ids and NEW_INCIDENT not in ids
    change_data(data_copy, edit)
    data = json.loads(_diff(capsys, str(report), "--data", str(data_copy), "--json"))
    assert data["added"] == [] and [c["id"] for c in data["changed"]] == [CHANGED_INCIDENT]
    assert data["disputes_opened"] == data["disputes_settled"] == []
