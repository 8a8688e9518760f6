"""``briefkit export --update FILE.pptx``: a trainer's edits survive, today's data fills the rest.

A deck is exported from a copy of the data (chart pictures painted from their specs, so that
they change with the data), edited the way a trainer would in PowerPoint (eight kinds of edit,
scripted with python-pptx), the data is changed (``helpers.data_changes``: a new incident, a
changed count, a settled and an opened dispute) and the deck updated: every edit must be there,
every piece nobody touched must show what a deck made today shows, the clashes are listed, and
the file opens in LibreOffice and python-pptx. The same after the edited deck was saved again
by LibreOffice; and a second update of the result works.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.dml.color import RGBColor

from briefkit.cli import Exit, main
from briefkit.render.office.record import read_record
from briefkit.render.update.slides import add_comment
from helpers.data_changes import TOPIC, change_data
from helpers.english_left import english_left

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
RETITLED = "Our own title for this slide"
NOTES = "Trainer's notes: ask the group about the timeline first."
ADDED = "Exercise: map the attack routes"
CELL = "Checked with the regional police"
COMMENT = "Trainer: check this figure before the course"
MOVE = 457200
EDITED = {  # the pieces the trainer changes
    "attack.2/title",  # retitled (the data does not change it)
    "context.5/notes",  # notes edited (the data changes them: a conflict)
    "context.4/pic",  # moved and resized (the data changes the chart: a conflict)
    "front.5/body",  # restyled, bold and red (the data changes the count: a conflict)
    "attack.4/tbl",  # a table cell edited (the data changes the table: a conflict)
}
DELETED = "context.2"
CONFLICTS = {"context.5/notes", "context.4/pic", "front.5/body", "attack.4/tbl"}


def _find(deck: Any, name: str) -> tuple[Any, Any]:
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.name == "bk:" + name:
                return slide, shape
    raise KeyError(name)


def _slide_of(deck: Any, key: str) -> Any:
    return _find(deck, key + "/title")[0]


def trainer_edits(path: Path) -> dict[str, Any]:
    """Edit the deck at ``path`` as a trainer would; what each edit left, to check later."""
    deck = Presentation(str(path))
    _find(deck, "attack.2/title")[1].text_frame.text = RETITLED
    _slide_of(deck, "context.5").notes_slide.notes_text_frame.text = NOTES
    # a slide of the trainer's own, after the attack section's divider
    layout = _slide_of(deck, "attack.1").slide_layout
    added = deck.slides.add_slide(layout)
    added.shapes.title.text = ADDED
    ids = deck.slides._sldIdLst
    moved = ids[-1]
    ids.remove(moved)
    ids.insert(list(deck.slides).index(_slide_of(deck, "attack.1")) + 1, moved)
    # a slide deleted
    doomed = _slide_of(deck, DELETED)
    for sld_id in list(ids):
        if deck.part.related_part(sld_id.rId) is doomed.part:
            deck.part.drop_rel(sld_id.rId)
            ids.remove(sld_id)
    picture = _find(deck, "context.4/pic")[1]
    left, top, width, height = picture.left, picture.top, picture.width, picture.height
    picture.left, picture.top = left + MOVE, top
    picture.width, picture.height = width * 3 // 4, height * 3 // 4
    box = (picture.left, picture.top, picture.width, picture.height)
    figure = _find(deck, "front.5/body")[1]
    for paragraph in figure.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    table = _find(deck, "attack.4/tbl")[1].table
    table.cell(1, 3).text = CELL
    # a comment on a slide the trainer did not otherwise touch, and the data changes
    add_comment(deck, _slide_of(deck, "interpretations.3"), COMMENT, "2026-12-01", "Trainer")
    deck.save(str(path))
    return {"box": box, "restyle_kept": True}


def _texts(deck: Any) -> dict[str, str]:
    """Each named shape's text (a table's cells, a picture's bytes' size), and each slide's
    notes as ``<key>/notes``."""
    found: dict[str, str] = {}
    for slide in deck.slides:
        key = ""
        for shape in slide.shapes:
            name = shape.name.removeprefix("bk:")
            if name == shape.name:
                continue
            key = name.split("/")[0]
            if shape.has_text_frame:
                found.setdefault(name, shape.text_frame.text)
            elif shape.has_table:
                cells = [c.text for row in shape.table.rows for c in row.cells]
                found.setdefault(name, "\t".join(cells))
            elif shape._element.tag.endswith("}pic"):
                found.setdefault(name, shape.image.sha1)
        if key and slide.has_notes_slide:
            found.setdefault(key + "/notes", slide.notes_slide.notes_text_frame.text)
    return found


@pytest.fixture
def exported(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Path]:
    """Export the topic's deck from ``data_copy`` into a folder; its path."""
    from briefkit import export as export_module
    from helpers.flatcharts import flat_charts_in

    monkeypatch.setattr(export_module, "chart_drawing", flat_charts_in(tmp_path / "charts"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def export(folder: str, *more: str) -> Path:
        out = tmp_path / folder
        args = ["export", TOPIC, "--format", "pptx", "--out", str(out), "--data", str(data_copy)]
        assert main([*args, *more]) == Exit.OK
        return out / f"{TOPIC}.pptx"

    return export


def _update(path: Path, data: Path, capsys: pytest.CaptureFixture[str], *more: str) -> Any:
    capsys.readouterr()
    code = main(["export", "--update", str(path), "--data", str(data), "--json", *more])
    said = capsys.readouterr()
    out = said.out
    assert code == Exit.OK, out + said.err
    return json.loads(out[out.index("{") :])


def _round_trip(path: Path, tmp_path: Path) -> Path:
    """``path`` opened and saved again as .pptx by LibreOffice."""
    assert SOFFICE is not None
    out = tmp_path / "lo"
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    run = [SOFFICE, profile, "--headless", "--convert-to", "pptx", "--outdir", str(out), str(path)]
    subprocess.run(run, check=True, capture_output=True, timeout=240)
    saved = out / path.name
    assert saved.exists()
    return saved


def _opens_in_libreoffice(path: Path, tmp_path: Path) -> None:
    assert SOFFICE is not None
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    out = tmp_path / "pdf"
    run = [SOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)]
    subprocess.run(run, check=True, capture_output=True, timeout=240)
    pdf = out / f"{path.stem}.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def _check_updated(
    path: Path, today: Path, done: dict[str, Any], edits: dict[str, Any], conflicts: set[str]
) -> None:
    """Every edit survived; every piece nobody touched shows what ``today``'s deck shows."""
    deck = Presentation(str(path))
    texts = _texts(deck)
    fresh = _texts(Presentation(str(today)))
    shown = [{sh.text_frame.text for sh in s.shapes if sh.has_text_frame} for s in deck.slides]
    # the edits
    assert texts["attack.2/title"] == RETITLED
    assert texts["context.5/notes"] == NOTES
    at = next(n for n, texts_on in enumerate(shown) if ADDED in texts_on)
    assert _find(deck, "attack.1/title")[0] is list(deck.slides)[at - 1]
    assert not any(k.startswith(DELETED + "/") for k in texts)
    picture = _find(deck, "context.4/pic")[1]
    box = (picture.left, picture.top, picture.width, picture.height)
    assert all(abs(a - b) <= 720 for a, b in zip(box, edits["box"], strict=True))
    runs = [r for p in _find(deck, "front.5/body")[1].text_frame.paragraphs for r in p.runs]
    if "front.5/body" in conflicts or edits["restyle_kept"]:
        assert runs and all(r.font.bold and r.font.color.rgb == RGBColor(0xC0, 0, 0) for r in runs)
    assert _find(deck, "attack.4/tbl")[1].table.cell(1, 3).text == CELL
    noted = _slide_of(deck, "interpretations.3")
    comments = [r.target_part.blob for r in noted.part.rels.values() if "comments" in r.reltype]
    assert comments and COMMENT.encode() in comments[0]
    # the conflicts: listed, never chosen
    listed = {c["piece"]: c for c in done["conflicts"]}
    assert set(listed) == conflicts, listed
    if "context.5/notes" in conflicts:
        assert listed["context.5/notes"]["yours"] == NOTES
    if "front.5/body" in conflicts:
        assert listed["front.5/body"]["data"] == fresh["front.5/body"] != texts["front.5/body"]
    # every other piece shows today's content (the deleted slide stays deleted; a slide number
    # is a field PowerPoint and LibreOffice fill in)
    stale = {
        k: (texts.get(k), v)
        for k, v in fresh.items()
        if k not in EDITED
        and not k.startswith(DELETED + "/")
        and not k.endswith("/sldNum")
        and texts.get(k) != v
    }
    assert not stale
    assert texts["context.3/pic"] == fresh["context.3/pic"]  # a chart picture drawn again
    assert len(deck.slides) == len(Presentation(str(today)).slides)  # one added, one deleted


@pytest.mark.parametrize("saved_by_libreoffice", [False, True], ids=["edited", "lo-saved"])
def test_update_keeps_every_edit_and_takes_todays_data(
    exported: Callable[..., Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    saved_by_libreoffice: bool,
) -> None:
    if saved_by_libreoffice and SOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    deck = exported("out")
    edits = trainer_edits(deck)
    conflicts = set(CONFLICTS)
    if saved_by_libreoffice:
        shutil.copy(_round_trip(deck, tmp_path), deck)
        # LibreOffice writes every inherited size and colour out: a restyle is not told from
        # that, so the restyled key figure takes today's count (documented)
        conflicts.discard("front.5/body")
        edits["restyle_kept"] = False
    change_data(data_copy, edit)
    today = exported("today")
    done = _update(deck, data_copy, capsys, "--comment-conflicts")
    assert done["file"] == str(deck)
    _check_updated(deck, today, done, edits, conflicts)
    if SOFFICE is not None:
        _opens_in_libreoffice(deck, tmp_path)
    record = read_record(deck)
    assert record.shown.records and any(
        r.id.startswith("aktobe-outskirts") for r in record.shown.records
    )
    comments = [
        r.target_part.blob
        for s in Presentation(str(deck)).slides
        for r in s.part.rels.values()
        if "comments" in r.reltype
    ]
    assert any(b"Briefkit update: attack.4/tbl" in blob for blob in comments)
    # a second update, after another change: the edits are still the trainer's, and a
    # conflict is listed again only where the data changed since the first update
    edit(
        data_copy / "incidents.csv",
        "'sectarian religious group',18,",
        "'sectarian religious group',19,",
    )
    before = {p.id: p.digest for p in read_record(today).pieces}
    today = exported("today-2")
    after = {p.id: p.digest for p in read_record(today).pieces}
    again = _update(deck, data_copy, capsys)
    changed = {pid for pid in conflicts if before[pid] != after[pid]}
    assert "attack.4/tbl" in changed
    _check_updated(deck, today, again, edits, changed)
    assert again["counts"]["take new"] > 0


def test_an_untouched_deck_updated_is_todays_deck(
    exported: Callable[..., Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deck = exported("out")
    change_data(data_copy, edit)
    today = exported("today")
    done = _update(deck, data_copy, capsys)
    assert done["conflicts"] == [] and done["counts"]["take new"] > 0
    assert _texts(Presentation(str(deck))) == _texts(Presentation(str(today)))
    keep = copy.deepcopy(read_record(deck).pieces)
    assert [p.digest for p in keep] == [p.digest for p in read_record(today).pieces]
    capsys.readouterr()
    assert main(["export", "--update", str(deck), "--data", str(data_copy)]) == Exit.OK
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"Updated {deck}" and said[-1].strip() == "no conflicts"
    assert "0 updated" in said[1]  # nothing changed since the first update
    for lang in ("ru", "kk"):  # what the update did, in the user's language
        monkeypatch.setenv("BRIEFKIT_LANG", lang)
        assert main(["export", "--update", str(deck), "--data", str(data_copy)]) == Exit.OK
        told = capsys.readouterr().out
        assert str(deck) in told.splitlines()[0]
        assert not english_left(told.replace(str(deck), " ")), told


def test_update_refuses_a_file_without_a_record_and_another_topic(
    exported: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.pptx"
    Presentation().save(str(plain))
    assert main(["export", "--update", str(plain)]) == Exit.NO_RECORD
    assert "no Briefkit record" in capsys.readouterr().err
    deck = exported("out")
    assert main(["export", "legal-reforms", "--update", str(deck)]) == Exit.USAGE
    assert "not of legal-reforms" in capsys.readouterr().err


def test_native_charts_take_todays_data(
    exported: Callable[..., Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    def values(path: Path) -> dict[str, list[Any]]:
        found = {}
        for slide in Presentation(str(path)).slides:
            for shape in slide.shapes:
                if shape.has_chart:
                    found[shape.name] = [list(s.values) for s in shape.chart.plots[0].series]
        return found

    deck = exported("out", "--chart-mode", "native")
    before = values(deck)
    change_data(data_copy, edit)
    today = exported("today", "--chart-mode", "native")
    done = _update(deck, data_copy, capsys)
    assert done["conflicts"] == []
    assert before and values(deck) == values(today) != before
    workbooks = [
        part
        for part in Presentation(str(deck)).part.package.iter_parts()
        if str(part.partname).endswith(".xlsx")
    ]
    assert len(workbooks) == len(before)  # each chart's data, none left behind


def test_slides_the_data_shifts_keep_the_trainers_edits(
    exported: Callable[..., Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The data removes a dispute slide and inserts one mid-section (``sources``): a trainer's
    edits on the slides after them stay on their own slides, and are no conflicts."""
    deck = exported("out")
    edited = Presentation(str(deck))
    titles = {s.shapes.title.text: s for s in edited.slides if s.shapes.title is not None}
    vehicle = "Sources disagree: Where the May 2011 vehicle bombing happened"
    shootings = "Sources disagree: Where the June 2011 police shootings happened"
    assert _find(edited, "sources.4/title")[1].text_frame.text == vehicle
    titles[vehicle].notes_slide.notes_text_frame.text = NOTES
    titles[shootings].shapes.title.text_frame.text = RETITLED
    edited.save(str(deck))
    change_data(data_copy, edit)
    today = exported("today")
    done = _update(deck, data_copy, capsys)
    assert done["conflicts"] == []
    fresh = {s.shapes.title.text: s for s in Presentation(str(today)).slides if s.shapes.title}
    assert "Sources disagree: How many police officers died in June 2011" in fresh  # inserted
    merged = list(Presentation(str(deck)).slides)
    shown = {s.shapes.title.text: s for s in merged if s.shapes.title is not None}
    assert shown[vehicle].notes_slide.notes_text_frame.text == NOTES
    body = {sh.text_frame.text for sh in shown[RETITLED].placeholders if sh.has_text_frame}
    assert {sh.text_frame.text for sh in fresh[shootings].placeholders if sh.has_text_frame} - {
        shootings
    } <= body
    # every other slide is today's, in today's order
    assert [t for t in (s.shapes.title.text for s in merged if s.shapes.title)] == [
        RETITLED if t == shootings else t for t in fresh
    ]


def test_update_says_its_lines_in_the_interface_language_and_comments_in_the_briefings(
    exported: Callable[..., Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Russian deck updated from a Kazakh command line: the lines in Kazakh, the conflict
    comment on the slide in Russian."""
    deck = exported("out", "--lang", "ru").with_name(f"{TOPIC}-ru.pptx")
    edited = Presentation(str(deck))
    _find(edited, "attack.4/tbl")[1].table.cell(1, 3).text = CELL
    edited.save(str(deck))
    change_data(data_copy, edit)
    monkeypatch.setenv("BRIEFKIT_LANG", "kk")
    capsys.readouterr()
    args = ["export", "--update", str(deck), "--data", str(data_copy), "--comment-conflicts"]
    assert main(args) == Exit.OK
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"Жаңартылды: {deck}"
    assert said[2] == "  1 қайшылық: сіздің нұсқаңыз сақталды"
    assert said[3].endswith("-слайд, attack.4/tbl: сіз де, деректер де өзгерткен")
    assert said[4].startswith("      сіздің нұсқаңыз: ")
    comments = [
        r.target_part.blob.decode()
        for s in Presentation(str(deck)).slides
        for r in s.part.rels.values()
        if "comments" in r.reltype
    ]
    assert any(
        "Обновление Briefkit: attack.4/tbl — изменено и вами, и в данных; оставлен ваш вариант."
        " Сегодняшние данные: " in c
        for c in comments
    ), comments
