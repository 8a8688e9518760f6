"""``briefkit export --update`` on a composed briefing: its record holds what the composition
needs to be built again (subtitle, length, grades besides title, name and sections), so an
edited composed deck or report takes today's data and keeps the edits; a record made before
that is refused, saying why."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pptx import Presentation

from briefkit.cli import Exit, main
from briefkit.render.office.record import read_record
from briefkit.targets import updatable
from helpers.data_changes import change_data

SUBTITLE = "What happened in Aktobe, and what came of it"
RETITLED = "Our own title for this slide"
PARAGRAPH = "A trainer's own sentence in place of Briefkit's."
COMPOSITION = f"""title: Aktobe for the course
subtitle: {SUBTITLE}
name: aktobe-course
length: full
grades: true
sections:
  - aktobe-2016:summary
  - aktobe-2016:attack
  - legal-reforms:laws
"""


@pytest.fixture
def composed(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], Path]:
    """Export the composition's deck and report from ``data_copy`` into a folder; the folder."""
    from briefkit import export as export_module
    from helpers.flatcharts import flat_charts_in

    monkeypatch.setattr(export_module, "chart_drawing", flat_charts_in(tmp_path / "charts"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    spec = tmp_path / "course.yaml"
    spec.write_text(COMPOSITION, encoding="utf-8")

    def export(folder: str) -> Path:
        out = tmp_path / folder
        formats = ["--format", "pptx", "--format", "docx"]
        args = ["export", "--compose-file", str(spec), *formats, "--data", str(data_copy)]
        assert main([*args, "--out", str(out)]) == Exit.OK
        return out

    return export


def _update(path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()
    code = main(["export", "--update", str(path), "--data", str(data), "--json"])
    said = capsys.readouterr()
    assert code == Exit.OK, said.out + said.err
    return json.loads(said.out[said.out.index("{") :])


def _deck_texts(path: Path) -> dict[str, str]:
    found = {}
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.name.startswith("bk:") and shape.has_text_frame:
                found[shape.name] = shape.text_frame.text
            elif shape.name.startswith("bk:") and shape.has_table:
                cells = [c.text for row in shape.table.rows for c in row.cells]
                found[shape.name] = "\t".join(cells)
    return found


def test_an_edited_composed_deck_and_report_are_updated(
    composed: Callable[[str], Path],
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = composed("out")
    deck, report = out / "aktobe-course.pptx", out / "aktobe-course.docx"
    made = read_record(deck).made
    assert updatable(deck) and updatable(report)  # the window offers Update
    assert not made.topic and made.name == "aktobe-course"
    assert made.composition == {"subtitle": SUBTITLE, "length": "full", "grades": "yes"}
    assert read_record(report).made.composition == made.composition
    edited = Presentation(str(deck))
    title = next(sh for s in edited.slides for sh in s.shapes if sh.name.endswith("attack.2/title"))
    title.text_frame.text = RETITLED
    edited.save(str(deck))
    document = Document(str(report))
    paragraph = next(p for p in document.paragraphs if len(p.text) > 80 and "Aktobe" in p.text)
    paragraph.text = PARAGRAPH
    document.save(str(report))
    change_data(data_copy, edit)
    today = composed("today")
    done = _update(deck, data_copy, capsys)
    assert done["counts"]["take new"] > 0
    texts, fresh = _deck_texts(deck), _deck_texts(today / "aktobe-course.pptx")
    assert texts[title.name] == RETITLED
    stale = {
        k
        for k, v in fresh.items()
        if k != title.name and not k.endswith("/sldNum") and texts.get(k) != v
    }
    assert not stale
    assert SUBTITLE in texts.values()  # the title slide's subtitle, as composed
    assert any("18" in v for k, v in fresh.items() if k.endswith("/tbl"))  # today's count
    _update(report, data_copy, capsys)
    paragraphs = [p.text for p in Document(str(report)).paragraphs]
    assert PARAGRAPH in paragraphs
    assert (
        paragraphs[:3]
        == [p.text for p in Document(str(today / "aktobe-course.docx")).paragraphs][:3]
    )
    assert read_record(deck).made.composition == made.composition  # updatable again


def _without_composition(path: Path) -> None:
    """``path`` as an older Briefkit wrote it: its record without the composition element."""
    with zipfile.ZipFile(path) as old:
        items = [(i, old.read(i.filename)) for i in old.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info, blob in items:
            if b"urn:briefkit:document-record:1" in blob[:4096] and b"<bk:composition" in blob:
                blob = re.sub(rb"<bk:composition[^>]*/>", b"", blob)
            new.writestr(info, blob)
    path.write_bytes(buffer.getvalue())


def test_an_older_composed_record_is_refused_saying_why(
    composed: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    deck = composed("out") / "aktobe-course.pptx"
    _without_composition(deck)
    assert read_record(deck).made.composition is None and not updatable(deck)
    capsys.readouterr()
    assert main(["export", "--update", str(deck)]) != Exit.OK
    said = capsys.readouterr().err
    assert "aktobe-course.pptx" in said and "export it again" in said
