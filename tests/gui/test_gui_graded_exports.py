"""The window asks before a graded export replaces an ungraded file of the same name, and its
question says which files were made with or without source grades (en, ru)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefkit.gui import i18n
from briefkit.gui.dialogs import existing_files
from briefkit.gui.export_job import ExportOutcome
from briefkit.manifest import read_manifest
from briefkit.options import Format

TOPIC = "extremist-groups"  # one chart: the quickest topic to export


def test_the_question_says_a_file_was_made_with_or_without_grades() -> None:
    plain, graded = Path("/o/a.docx"), Path("/o/a.pptx")
    made = {plain: [("grades", "off")], graded: [("grades", "on")]}
    i18n.install("en")
    assert existing_files([plain, graded], made).splitlines() == [
        "a.docx — made without source grades",
        "a.pptx — made with source grades",
    ]
    i18n.install("ru")
    assert existing_files([plain], made) == "a.docx — сделан без оценок источников"
    i18n.install("en")


def _export(window: Any, qtbot: Any, out: Path, grades: bool) -> ExportOutcome:
    window.topics.tick_shown(False)
    window.topics.model.set_checked([TOPIC])
    window.options.set_formats((Format.DOCX,))
    window.options.set_output_folder(out)
    window.options.grades.setChecked(grades)
    with qtbot.waitSignal(window.export_finished, timeout=180_000) as finished:
        window.commands.export.trigger()
    outcome: ExportOutcome = finished.args[0]
    return outcome


@pytest.mark.slow
def test_a_graded_export_asks_before_replacing_an_ungraded_file(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any,
    needs_browser: None,
) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "briefings"
    assert _export(window, qtbot, out, grades=False).status == "done"
    report = out / f"{TOPIC}.docx"
    before = report.read_bytes()
    presenter.existing_answer = None  # Cancel
    assert _export(window, qtbot, out, grades=True).status == "failed"
    assert presenter.existing == [[report]]
    assert presenter.made_from == [{report: [("grades", "off")]}]
    assert report.read_bytes() == before
    presenter.existing_answer = "replace"
    assert _export(window, qtbot, out, grades=True).status == "done"
    assert read_manifest(out)[report.name].grades == "on"
