"""The window writes English and Russian briefings of a topic side by side, says which language
it wrote, and asks before replacing a file made from another template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefkit.gui.dialogs import existing_files, made_differently_question
from briefkit.gui.export_job import ExportOutcome
from briefkit.manifest import read_manifest
from briefkit.options import Format
from briefkit.resources import bundled

TOPIC = "extremist-groups"  # one chart: the quickest topic to export


def _export(window: Any, qtbot: Any, out: Path, lang: str) -> ExportOutcome:
    window.topics.tick_shown(False)
    window.topics.model.set_checked([TOPIC])
    window.options.set_formats((Format.DOCX,))
    window.options.set_output_folder(out)
    window.options.set_output_language(lang)
    with qtbot.waitSignal(window.export_finished, timeout=180_000) as finished:
        window.commands.export.trigger()
    outcome: ExportOutcome = finished.args[0]
    return outcome


@pytest.mark.slow
def test_english_and_russian_side_by_side_and_a_template_change_asks(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any,
    needs_browser: None,
) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "briefings"
    assert _export(window, qtbot, out, "en").status == "done"
    assert "(English)" in window.export_panel.result_title.text()
    window.options.set_output_language("ru")
    assert "(Русский)" in window.export_panel.summary.text()  # what Export would do
    outcome = _export(window, qtbot, out, "ru")
    assert outcome.status == "done", outcome.error
    assert presenter.existing == []  # nothing to ask: the names differ
    assert [row.path.name for row in window.export_panel.file_rows] == [f"{TOPIC}-ru.docx"]
    assert "(Русский)" in window.export_panel.result_title.text()
    assert sorted(p.name for p in out.glob("[!.]*")) == [f"{TOPIC}-ru.docx", f"{TOPIC}.docx"]

    # the Russian report again, with another template: asked, and Cancel leaves it as it was
    before = (out / f"{TOPIC}-ru.docx").read_bytes()
    window.options.set_template(Format.DOCX, bundled("templates") / "ministry-report.docx")
    presenter.existing_answer = None
    assert _export(window, qtbot, out, "ru").status == "failed"
    assert presenter.existing == [[out / f"{TOPIC}-ru.docx"]]
    assert presenter.made_from == [{out / f"{TOPIC}-ru.docx": [("template", "bundled")]}]
    assert (out / f"{TOPIC}-ru.docx").read_bytes() == before
    presenter.existing_answer = "replace"
    assert _export(window, qtbot, out, "ru").status == "done"
    assert read_manifest(out)[f"{TOPIC}-ru.docx"].template == "ministry-report.docx"


def test_the_question_says_what_each_file_was_made_from() -> None:
    edited, made = Path("/o/a.docx"), Path("/o/a-ru.pptx")
    text = existing_files([edited, made], {made: [("language", "en"), ("template", "x.pptx")]})
    assert text.splitlines() == [
        "Changed, not written by Briefkit, or made from other choices:",
        "a.docx",
        "a-ru.pptx — made in English; made with the template x.pptx",
    ]
    only = existing_files([made], {made: [("template", "bundled")]})
    assert only == "a-ru.pptx — made with the bundled template"
    title, question = made_differently_question([made])
    assert title == "Made from other choices"
    assert question.startswith("This file in /o was written by Briefkit and not changed since")
    assert "a-ru-2.pptx" in question


def test_the_builder_names_a_russian_composition_with_its_code(
    make_window: Callable[..., Any],
) -> None:
    from briefkit.compose.custom import Part

    window = make_window()
    window.options.set_output_folder(Path("/tmp/composed"))
    window.options.set_output_language("ru")
    dialog = window.open_composer()
    assert dialog is not None
    dialog.chosen.insert(0, [Part("legal-reforms", "laws")])
    dialog.title.setText("Law after Aktobe")
    assert "law-after-aktobe-ru.docx" in dialog.problem.text()
