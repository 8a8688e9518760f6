"""Every document carries its own record: what it was made from, what it shows, its pieces.

Real exports (charts left out, for speed) reopened with python-pptx, python-docx and the
record reader; a trainer's edit seen by ``inspect``; the record through a LibreOffice round
trip; damaged, hostile and foreign files refused with a clear message.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from briefkit import __version__
from briefkit.catalog import Catalog
from briefkit.cli import Exit, main
from briefkit.compose.shown import shown_by
from briefkit.render.office.inspection import AS_WRITTEN, CHANGED, NOT_FOUND, inspect_document
from briefkit.render.office.record import NS, RecordError, find_record, read_record

TOPIC = "aktobe-2016"
TODAY = dt.date.today().isoformat()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def export(out: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Path:
    """Export the topic's report, deck and handout into ``out`` with no charts drawn."""
    from briefkit import export as export_module
    from helpers.nocharts import no_charts

    monkeypatch.setattr(export_module, "chart_drawing", no_charts)
    monkeypatch.setenv("XDG_CACHE_HOME", str(out.parent / f"cache-{out.name}"))
    formats = ["--format", "docx", "--format", "pptx", "--format", "handout"]
    status = main(["export", TOPIC, *formats, "--out", str(out), *args])
    assert status == Exit.OK
    return out


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    try:
        return export(tmp_path_factory.mktemp("record") / "out", mp)
    finally:
        mp.undo()


def test_the_record_says_how_the_document_was_made(exported: Path, catalog: Catalog) -> None:
    expected = shown_by(catalog, TOPIC)
    for name, fmt in (("", "docx"), ("", "pptx"), ("-handout", "handout")):
        record = read_record(exported / f"{TOPIC}{name}.{fmt if fmt != 'handout' else 'docx'}")
        made = record.made
        assert (made.briefkit, made.format, made.lang) == (__version__, fmt, "en")
        bundled = "bundled + bundled" if fmt == "handout" else "bundled"  # as the manifest says
        assert (made.topic, made.issued, made.template) == (TOPIC, TODAY, bundled)
        assert len(made.template_sha256) == 64
        assert record.shown == expected
        ids = {r.id for r in record.shown.records}
        assert "aktobe-attacks-2016-06-05" in ids and "ct-bill-2016" in ids
        assert {d.record for d in record.shown.disputes} <= ids
    assert read_record(exported / f"{TOPIC}.pptx").made.options == {"chart_mode": "picture"}


def test_every_shape_of_the_deck_is_a_named_piece(exported: Path) -> None:
    path = exported / f"{TOPIC}.pptx"
    record = read_record(path)
    deck = Presentation(str(path))
    assert len(record.slides) == len(deck.slides)
    assert record.slides[0] == "front.1" and record.slides[-1].startswith("sources.")
    assert any(key.startswith("attack.") for key in record.slides)
    by_anchor = {p.anchor: p for p in record.pieces}
    for key, slide in zip(record.slides, deck.slides, strict=True):
        for shape in slide.shapes:
            assert shape.name.startswith(f"bk:{key}/"), shape.name
            assert by_anchor[shape.name].slide == key
        notes = slide.notes_slide.notes_placeholder if slide.has_notes_slide else None
        if notes is not None:
            assert notes.name == f"bk:{key}/notes"
    assert len(by_anchor) == len(record.pieces), "anchors are unique"
    title = by_anchor["bk:front.1/title"]
    assert title.kind == "title" and len(title.digest) == 16


def test_every_block_of_the_report_is_bookmarked(exported: Path) -> None:
    path = exported / f"{TOPIC}.docx"
    record = read_record(path)
    document = docx.Document(str(path))
    body = document.element.body
    marks = [m.get(f"{W}name") for m in body.iter(f"{W}bookmarkStart")]
    anchors = [p.anchor for p in record.pieces]
    assert set(anchors) <= set(marks) and len(set(anchors)) == len(anchors)
    blocks = [b for b in body if b.tag in (f"{W}p", f"{W}tbl")]
    assert len(record.pieces) == len(blocks)
    ids = [p.id for p in record.pieces]
    assert ids[0] == "front.1" and "attack.1" in ids and any(i.startswith("sources.") for i in ids)
    assert {p.kind for p in record.pieces} == {"paragraph", "table"}


def test_an_untouched_deck_shows_every_piece_as_written(exported: Path) -> None:
    from briefkit.render.office.pieces import Parts, found_pieces

    path = exported / f"{TOPIC}.pptx"
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        found = found_pieces(Parts(lambda n: package.read(n) if n in names else None), True)
    record = read_record(path)
    assert {a: f.digest for a, f in found.items()} == {p.anchor: p.digest for p in record.pieces}


def test_the_same_export_gives_the_same_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = export(tmp_path / "one", monkeypatch)
    two = export(tmp_path / "two", monkeypatch)
    for name in (f"{TOPIC}.docx", f"{TOPIC}.pptx", f"{TOPIC}-handout.docx"):
        with zipfile.ZipFile(one / name) as a, zipfile.ZipFile(two / name) as b:
            assert a.namelist() == b.namelist()
            for part in a.namelist():
                assert a.read(part) == b.read(part), f"{name}: {part}"


def test_inspect_sees_what_a_trainer_edited(exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "renamed by the trainer.pptx"
    shutil.copy(exported / f"{TOPIC}.pptx", path)
    deck = Presentation(str(path))
    deck.slides[3].shapes.title.text = "Retitled by the trainer"
    deck.slides[4].notes_slide.notes_text_frame.text = "My own notes"
    deleted = deck.slides[5].shapes[1]
    deleted._element.getparent().remove(deleted._element)
    deck.save(str(path))
    found = inspect_document(path)
    record = found.record
    states = {p.id: found.state(p) for p in record.pieces}
    key3, key4 = record.slides[3], record.slides[4]
    assert states[f"{key3}/title"] == CHANGED
    assert states[f"{key4}/notes"] == CHANGED
    gone = deleted.name.removeprefix("bk:")
    assert states[gone] == NOT_FOUND
    others = {i: s for i, s in states.items() if i not in (f"{key3}/title", f"{key4}/notes", gone)}
    assert set(others.values()) == {AS_WRITTEN}


def test_inspect_prints_the_record_and_its_json(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported / f"{TOPIC}.docx"
    assert main(["inspect", str(path)]) == Exit.OK
    out = capsys.readouterr().out
    assert f"a report made by Briefkit {__version__}" in out
    assert f"topic {TOPIC}" in out and f"issued     {TODAY}" in out
    assert "as written, 0 changed, 0 not found" in out
    assert main(["inspect", str(path), "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    assert data["made"]["topic"] == TOPIC and data["made"]["lang"] == "en"
    assert data["summary"] == {AS_WRITTEN: len(data["pieces"])}
    assert any(r["id"] == "aktobe-attacks-2016-06-05" for r in data["shown"]["records"])


def test_the_note_carries_its_record_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefkit import export as export_module
    from helpers.nocharts import no_charts

    monkeypatch.setattr(export_module, "chart_drawing", no_charts)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["export", TOPIC, "--format", "note", "--out", str(tmp_path)]) == Exit.OK
    path = tmp_path / f"{TOPIC}-note.docx"
    record = read_record(path)
    assert (record.made.format, record.made.topic, record.made.options) == ("note", TOPIC, {})
    assert record.pieces and "aktobe-attacks-2016-06-05" in {r.id for r in record.shown.records}
    assert main(["inspect", str(path)]) == Exit.OK
    out = capsys.readouterr().out
    assert "a note made by Briefkit" in out and "0 changed, 0 not found" in out


# --- files with no record, or a bad one -------------------------------------------------------


def _with_record(source: Path, record: bytes, size: int | None = None) -> bytes:
    """The package at ``source`` with its record part's bytes replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "customXml/item1.xml":
                blob = record
            dst.writestr(info, blob)
    return out.getvalue()


def test_a_file_without_a_record_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.pptx"
    Presentation().save(str(plain))
    assert main(["inspect", str(plain)]) == Exit.NO_RECORD
    assert f"{plain} has no Briefkit record" in capsys.readouterr().err
    text = tmp_path / "notes.docx"
    text.write_text("not a zip", encoding="utf-8")
    assert main(["inspect", str(text)]) == Exit.NO_RECORD
    assert "not a Word or PowerPoint file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "boom">]><bk:record xmlns:bk="{NS}">'
            "&x;</bk:record>",
            "document type declaration",
        ),
        (f'<bk:record xmlns:bk="{NS}"><bk:made', "not well-formed"),
        (f'<bk:record xmlns:bk="{NS}"><bk:shown/></bk:record>', "has no <made>"),
        (f'<bk:record xmlns:bk="{NS}"><bk:made lang="en"/><bk:shown/></bk:record>', "topic"),
    ],
)
def test_a_damaged_or_hostile_record_is_refused(exported: Path, record: str, message: str) -> None:
    data = _with_record(exported / f"{TOPIC}.docx", record.encode())
    with pytest.raises(RecordError, match=message):
        find_record(data, Path("hostile.docx"))


def test_an_oversized_record_is_not_read(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit.render.office import record as record_module

    monkeypatch.setattr(record_module, "RECORD_LIMIT", 1000)
    data = (exported / f"{TOPIC}.docx").read_bytes()
    with pytest.raises(RecordError, match="more than a Briefkit record may be"):
        find_record(data, Path("big.docx"))


# --- LibreOffice ------------------------------------------------------------------------------


def _resave(path: Path, out: Path, fmt: str) -> Path:
    from helpers.documents import soffice

    program = soffice()
    if program is None:
        pytest.skip("LibreOffice is not installed")
    profile = out / "lo-profile"
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return out / f"{path.stem}.{fmt}"


@pytest.mark.slow
def test_the_record_survives_libreoffice(exported: Path, tmp_path: Path) -> None:
    """Edited, renamed and saved again by LibreOffice: the record reads back, every piece is
    found (a placeholder by its place, as LibreOffice renames them) and shows what was written,
    but for the one edited; and the report's table of contents, which LibreOffice fills in."""
    deck = tmp_path / "edited deck.pptx"
    slides = Presentation(str(exported / f"{TOPIC}.pptx"))
    slides.slides[3].shapes.title.text = "Retitled by the trainer"
    slides.save(str(deck))
    report = tmp_path / "edited report.docx"
    document = docx.Document(str(exported / f"{TOPIC}.docx"))
    edited = next(p for p in document.paragraphs if p.style.name == "Normal" and p.runs)
    edited.runs[0].text = "Rewritten by the analyst. "
    document.save(str(report))
    saved = tmp_path / "saved"
    saved.mkdir()
    for path, fmt in ((deck, "pptx"), (report, "docx")):
        again = _resave(path, saved, fmt)
        found = inspect_document(again)
        assert found.record == read_record(exported / f"{TOPIC}.{fmt}")
        changed = [p for p in found.record.pieces if found.state(p) != AS_WRITTEN]
        assert all(found.state(p) == CHANGED for p in changed), "every piece is found"
        if fmt == "pptx":
            assert [p.id for p in changed] == [f"{found.record.slides[3]}/title"]
            assert any(f.by_place for f in found.found.values())
            named = [p for p in found.record.pieces if p.kind in ("pic", "tbl", "table", "chart")]
            assert named and all(not found.found[p.anchor].by_place for p in named)
        else:
            toc = [p for p in changed if p.style.startswith("TOC")]
            assert toc and len(changed) == len(toc) + 1
            [other] = [p for p in changed if p not in toc]
            assert other.style == "Normal"
