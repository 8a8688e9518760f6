"""Updating an edited Word report in place: the trainer's edits stay, untouched blocks take
today's data, clashes are listed.

A real report of ``aktobe-2016`` (charts as flat pictures that follow the data) is edited
eight ways with python-docx (``helpers.report_edits``), the data is changed in a copy (a new
incident, a changed count, a dispute settled and one opened: ``helpers.data_changes``), the
report is built again and merged into the edited one; the result is read back with python-docx,
the record reader and LibreOffice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from briefkit.cli import Exit, main
from briefkit.render.office.blocks import BLOCKS
from briefkit.render.office.inspection import AS_WRITTEN, CHANGED, NOT_FOUND, inspect_document
from briefkit.render.office.pieces import W, block_text
from briefkit.render.office.record import RecordError
from briefkit.render.update.decisions import BOTH_CHANGED, DROPPED_CHANGED
from briefkit.render.update.report import COMMENT_AUTHOR, merge_report
from helpers import report_edits as edits
from helpers.data_changes import TOPIC, change_data
from helpers.documents import soffice
from helpers.docvalid import problems
from helpers.flatcharts import flat_charts_in
from helpers.schemavalid import schema_errors


@dataclass(frozen=True)
class Built:
    """The report before the data changed, the data, and today's report."""

    old: Path
    data: Path
    fresh: Path
    folder: Path


def _edit_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def export(folder: Path, data: Path, mp: pytest.MonkeyPatch, *formats: str) -> Path:
    from briefkit import export as export_module

    mp.setattr(export_module, "chart_drawing", flat_charts_in(folder / "charts"))
    mp.setenv("XDG_CACHE_HOME", str(folder / "cache"))
    args = [a for f in formats or ("docx",) for a in ("--format", f)]
    assert main(["export", TOPIC, *args, "--out", str(folder), "--data", str(data)]) == Exit.OK
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    from helpers.samples import DATA

    root = tmp_path_factory.mktemp("report-update")
    data = root / "data"
    shutil.copytree(DATA, data)
    mp = pytest.MonkeyPatch()
    try:
        old = export(root / "old", data, mp) / f"{TOPIC}.docx"
        change_data(data, _edit_text)
        fresh = export(root / "new", data, mp) / f"{TOPIC}.docx"
        yield Built(old, data, fresh, root)
    finally:
        mp.undo()


def _texts(path: Path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return [block_text(b) for b in body if b.tag in BLOCKS]


def _edited(built: Built, folder: Path) -> Path:
    path = folder / "edited by the trainer.docx"
    shutil.copy(built.old, path)
    edits.edit_report(path)
    return path


def _convert(path: Path, kind: str, out: Path) -> Path:
    """``path`` opened and saved as ``kind`` (docx, pdf) into ``out`` by LibreOffice."""
    office = soffice()
    if office is None:
        pytest.skip("LibreOffice is not installed")
    profile = f"-env:UserInstallation={(out.parent / 'lo-profile').as_uri()}"
    command = [office, profile, "--headless", "--convert-to", kind, "--outdir", str(out)]
    subprocess.run([*command, str(path)], check=True, capture_output=True, timeout=180)
    return out / path.with_suffix(f".{kind}").name


def _check_merged(merged: Path, built: Built, conflicts: list[tuple[str, str]]) -> None:
    """Every edit survived, every block nobody touched shows today's, the clash is listed."""
    texts = _texts(merged)
    joined = "\n".join(texts)
    document = docx.Document(str(merged))
    body = document.element.body
    # the trainer's edits
    assert edits.EDITED in texts
    officials = next(i for i, t in enumerate(texts) if "officials described" in t)
    assert texts[officials + 1] == edits.OWN
    assert not any(t.startswith(edits.DELETED) for t in texts)
    assert edits.CELL in joined
    comment = document.comments
    assert [c.text for c in comment if c.author == "Trainer"] == [edits.COMMENT]
    commented = next(p for p in document.paragraphs if p.text.startswith(edits.COMMENTED))
    assert commented._p.find(f"{W}commentRangeStart") is not None
    insertions = [i for i in body.iter(f"{W}ins") if edits.INSERTED in _run_text(i)]
    assert len(insertions) == 1
    headings = [p.text for p in document.paragraphs if "eading" in p.style.name]
    assert edits.HEADING in headings and edits.OLD_HEADING not in headings
    bold = [r for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert any(edits.RESTYLED in _run_text(r) for r in bold)
    # today's data where nobody edited
    assert "18\npeople killed in Aktobe" in joined and "17\npeople killed" not in joined
    assert "Sources disagree: How many police officers died in June 2011" in joined
    assert "Where the Aktobe suicide bomber struck" not in joined
    fresh = _texts(built.fresh)
    touched = ("Date\t", edits.DELETED, "Aktobe had been hit before", edits.TRACKED)
    missing = [t for t in fresh if t not in texts]
    assert [t for t in missing if not t.startswith(touched) and not _toc(t, fresh)] == []
    assert len([t for t in missing if t.startswith("Date\t")]) == 2  # the cell, the restyle
    styles = {s.style_id for s in document.styles}
    used = {str(e.get(f"{W}val")) for e in body.iter(f"{W}pStyle", f"{W}rStyle", f"{W}tblStyle")}
    assert used - {"CommentReference"} <= styles, "every style named is in the file"
    fresh_pictures = _pictures(built.fresh)
    assert fresh_pictures and _pictures(merged) == fresh_pictures, "today's charts"
    assert _pictures(built.old) != fresh_pictures, "a chart the data changed is brought in"
    assert [k for _, k in conflicts] == [BOTH_CHANGED]


def _run_text(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))  # type: ignore[attr-defined]


def _toc(text: str, fresh: list[str]) -> bool:
    """A contents entry: before the summary's heading (LibreOffice writes the contents again,
    so they read as the user's)."""
    summary = len(fresh) - 1 - fresh[::-1].index("Executive summary")
    return fresh.index(text) < summary


def _pictures(path: Path) -> list[bytes]:
    document = docx.Document(str(path))
    rels = document.part.rels
    found = []
    for blip in document.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
    ):
        r_id = blip.get(
            "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
        )
        found.append(rels[r_id].target_part.blob)
    return found


def _merge(edited: Path, built: Built, **options: bool) -> tuple[Path, list[tuple[str, str]]]:
    data, result = merge_report(edited, built.fresh, **options)
    merged = edited.with_name("merged.docx")
    merged.write_bytes(data)
    return merged, [(c.piece.split(".")[0], c.kind) for c in result.conflicts]


def test_every_edit_survives_and_untouched_blocks_take_todays_data(
    built: Built, tmp_path: Path
) -> None:
    edited = _edited(built, tmp_path)
    data, result = merge_report(edited, built.fresh)
    merged = tmp_path / "merged.docx"
    merged.write_bytes(data)
    conflicts = [(c.piece, c.kind) for c in result.conflicts]
    assert [k for _, k in conflicts] == [BOTH_CHANGED]
    (conflict,) = result.conflicts
    assert conflict.where.startswith("table ") and edits.RESTYLED in conflict.yours
    assert "17 May 2011 * Aktobe" in conflict.yours  # the dispute it had is settled today
    assert "17 May 2011 Aktobe" in conflict.data
    assert result.counts["take new"] >= 2 and result.counts["added"] >= 4
    assert result.counts["dropped"] >= 4 and result.counts["user deleted"] == 1
    assert result.counts["keep user"] == 5  # text, cell, comment, tracked change, heading
    _check_merged(merged, built, conflicts)
    # the record is today's, and the user's pieces read as the user's
    found = inspect_document(merged)
    assert found.record.made.issued == inspect_document(built.fresh).record.made.issued
    states = [found.state(p) for p in found.record.pieces]
    assert states.count(NOT_FOUND) == 1
    assert states.count(CHANGED) == 5  # text, restyle+conflict, cell, tracked change, heading
    assert set(states) == {AS_WRITTEN, CHANGED, NOT_FOUND}
    anchors = [p.anchor for p in found.record.pieces]
    assert len(set(anchors)) == len(anchors)
    marks = [
        m.get(f"{W}name") for m in docx.Document(str(merged)).element.body.iter(f"{W}bookmarkStart")
    ]
    assert len(set(marks)) == len(marks), "every bookmark once"


def test_the_merged_report_opens_in_libreoffice_and_python_docx(
    built: Built, tmp_path: Path
) -> None:
    merged, _ = _merge(_edited(built, tmp_path), built, comment_conflicts=True)
    pdf = _convert(merged, "pdf", tmp_path / "pdf")
    from helpers.documents import pdf_pages

    assert pdf_pages(pdf) >= 5
    document = docx.Document(str(merged))
    notes = [c for c in document.comments if c.author == COMMENT_AUTHOR]
    assert problems(merged.read_bytes()) == [] and schema_errors(merged) == []
    assert len(notes) == 1 and notes[0].text.startswith(
        "Briefkit update: changed by you and in the data;"
    )
    assert "Today's data: Date Place" in notes[0].text


def test_an_update_after_a_libreoffice_round_trip(built: Built, tmp_path: Path) -> None:
    saved = _convert(_edited(built, tmp_path), "docx", tmp_path / "saved by libreoffice")
    merged, conflicts = _merge(saved, built)
    assert [k for _, k in conflicts] == [BOTH_CHANGED]
    _check_merged(merged, built, conflicts)
    found = inspect_document(merged)  # today's record, where LibreOffice kept the old one
    assert found.record.made == inspect_document(built.fresh).record.made
    states = [found.state(p) for p in found.record.pieces]
    assert states.count(NOT_FOUND) == 1 and states.count(AS_WRITTEN) > 90


def test_a_second_update_keeps_the_edits_and_takes_the_new_data(
    built: Built, tmp_path: Path
) -> None:
    merged, _ = _merge(_edited(built, tmp_path), built)
    data = tmp_path / "data"
    shutil.copytree(built.data, data)
    _edit_text(
        data / "incidents.csv", "'sectarian religious group',18,", "'sectarian religious group',19,"
    )
    mp = pytest.MonkeyPatch()
    try:
        fresh = export(tmp_path / "again", data, mp) / f"{TOPIC}.docx"
    finally:
        mp.undo()
    again, result = merge_report(merged, fresh)
    path = tmp_path / "again.docx"
    path.write_bytes(again)
    texts = _texts(path)
    joined = "\n".join(texts)
    assert "19\npeople killed in Aktobe" in joined and "18\npeople killed" not in joined
    assert edits.EDITED in texts and edits.CELL in joined and edits.HEADING in texts
    assert not any(t.startswith(edits.DELETED) for t in texts)
    assert result.counts["user deleted"] == 1 and result.counts["added"] == 0
    assert result.counts["keep user"] + result.counts["conflict"] == 6  # and the comment


OWN_NOTES = "The trainer's own words for this slide."


def test_a_handout_is_updated_the_same_way(built: Built, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(built.data, data)
    mp = pytest.MonkeyPatch()
    try:
        old = export(tmp_path / "old", data, mp, "handout") / f"{TOPIC}-handout.docx"
        _edit_text(
            data / "incidents.csv",
            "'sectarian religious group',18,",
            "'sectarian religious group',19,",
        )
        fresh = export(tmp_path / "new", data, mp, "handout") / f"{TOPIC}-handout.docx"
    finally:
        mp.undo()
    document = docx.Document(str(old))
    notes = next(p for p in document.paragraphs if p.style.name != "Heading 1" and len(p.text) > 40)
    written = notes.text
    notes.runs[0].text = OWN_NOTES
    for run in notes.runs[1:]:
        run._r.getparent().remove(run._r)
    document.save(str(old))
    merged_bytes, result = merge_report(old, fresh)
    merged = tmp_path / "merged-handout.docx"
    merged.write_bytes(merged_bytes)
    texts = _texts(merged)
    assert result.format == "handout" and OWN_NOTES in texts and written not in texts
    assert result.counts["take new"] >= 1, "the changed count reaches the notes"
    assert result.counts["keep user"] + result.counts["conflict"] == 1
    assert [t for t in _texts(fresh) if t not in texts] in ([], [written])
    assert len(texts) == len(_texts(fresh))


def test_a_file_without_a_record_or_of_another_kind_is_refused(
    built: Built, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with pytest.raises(RecordError, match="has no Briefkit record"):
        merge_report(plain, built.fresh)
    mp = pytest.MonkeyPatch()
    try:
        handout = export(tmp_path / "handout", built.data, mp, "handout") / f"{TOPIC}-handout.docx"
    finally:
        mp.undo()
    with pytest.raises(RecordError, match="a docx cannot be updated from a handout"):
        merge_report(built.old, handout)


def test_export_update_merges_a_report_from_the_command_line(
    built: Built,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefkit import export as export_module

    monkeypatch.setattr(export_module, "chart_drawing", flat_charts_in(tmp_path / "charts"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    edited = _edited(built, tmp_path)
    before = _texts(edited)
    capsys.readouterr()
    args = ["--data", str(built.data), "--json", "--comment-conflicts"]
    assert main(["export", "--update", str(edited), *args]) == Exit.OK
    out = capsys.readouterr().out
    done = json.loads(out[out.index("{") :])
    assert done["file"] == str(edited) and done["format"] == "docx"
    assert [c["kind"] for c in done["conflicts"]] == [BOTH_CHANGED]
    assert done["conflicts"][0]["where"].startswith("table ")
    texts = _texts(edited)
    assert texts != before and edits.EDITED in texts and edits.OWN in texts
    notes = [c.text for c in docx.Document(str(edited)).comments if c.author == COMMENT_AUTHOR]
    assert len(notes) == 1


def test_a_dropped_block_the_user_edited_stays_and_a_new_one_finds_its_place(
    built: Built, tmp_path: Path
) -> None:
    edited = tmp_path / "edited.docx"
    shutil.copy(built.old, edited)
    document = docx.Document(str(edited))
    settled = next(p for p in document.paragraphs if p.text.startswith(SETTLED_TEXT))
    settled.runs[0].text = "The trainer's note on the bomber: " + settled.runs[0].text
    before_new = next(p for p in document.paragraphs if p.text.startswith("Shubarshi: Describes"))
    before_new._p.getparent().remove(before_new._p)
    document.save(str(edited))
    merged, conflicts = _merge(edited, built)
    assert conflicts == [("interpretations", DROPPED_CHANGED)]
    texts = _texts(merged)
    assert any(t.startswith("The trainer's note on the bomber: ") for t in texts)
    assert not any("Where the Aktobe suicide bomber struck" in t for t in texts)
    assert not any(t.startswith("Shubarshi: Describes") for t in texts)
    new_box = texts.index("Sources disagree: How many police officers died in June 2011")
    assert texts[new_box - 1].startswith("Outskirts of Aktobe: A police post")
    found = inspect_document(merged)
    kept = [p for p in found.record.pieces if found.state(p) == CHANGED]
    assert len(kept) == 1 and kept[0].id.startswith("interpretations.")
    assert [found.state(p) for p in found.record.pieces].count(NOT_FOUND) == 1


SETTLED_TEXT = "The sources differ on where exactly the Aktobe suicide bomber"


def test_the_update_answer_merges_an_edited_report_and_handout(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the window's Update answer runs: an export with ``OnExisting.UPDATE``."""
    from briefkit import export as export_module
    from briefkit.export import ExportRequest, run_export
    from briefkit.options import ExportOptions, Format, OnExisting
    from briefkit.targets import updatable

    monkeypatch.setattr(export_module, "chart_drawing", flat_charts_in(tmp_path / "charts"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / "briefings"
    formats = (Format.DOCX, Format.HANDOUT)
    options = ExportOptions(formats=formats)
    run_export(ExportRequest((TOPIC,), options, out, data_dir=built.data))
    report, handout = out / f"{TOPIC}.docx", out / f"{TOPIC}-handout.docx"
    edits.edit_report(report)
    document = docx.Document(str(handout))
    document.add_paragraph(OWN_NOTES)
    document.save(str(handout))
    assert updatable(report) and updatable(handout)
    changed = tmp_path / "data"
    shutil.copytree(built.data, changed)
    old = "'sectarian religious group',18,"
    _edit_text(changed / "incidents.csv", old, "'sectarian religious group',19,")
    done = run_export(ExportRequest((TOPIC,), options, out, OnExisting.UPDATE, data_dir=changed))
    assert sorted((f.path.name, f.format, f.outcome) for f in done.files) == [
        (handout.name, Format.HANDOUT, "updated"),
        (report.name, Format.DOCX, "updated"),
    ]
    assert sorted(p.name for p in out.glob("[!.]*")) == sorted([report.name, handout.name])
    texts = _texts(report)
    assert edits.EDITED in texts and "19\npeople killed in Aktobe" in "\n".join(texts)
    assert OWN_NOTES in _texts(handout)


def test_a_block_wrapped_in_a_content_control_is_not_replaced(built: Built, tmp_path: Path) -> None:
    edited = tmp_path / "edited.docx"
    shutil.copy(built.old, edited)
    document = docx.Document(str(edited))
    title = next(p for p in document.paragraphs if "Where the Aktobe suicide bomber" in p.text)
    control = title._p.makeelement(f"{W}sdt", {})
    content = control.makeelement(f"{W}sdtContent", {})
    control.append(content)
    title._p.addprevious(control)
    content.append(title._p)
    document.save(str(edited))
    data, result = merge_report(edited, built.fresh)
    merged = tmp_path / "merged.docx"
    merged.write_bytes(data)
    texts = _texts(merged)
    assert any("Where the Aktobe suicide bomber" in t for t in texts)
    assert len(result.notes) == 1 and "kept" in result.notes[0]
    assert "Sources disagree: How many police officers died in June 2011" in texts
