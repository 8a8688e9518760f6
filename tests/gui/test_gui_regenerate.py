"""Regenerating from the window: an edited deck is not lost; the window asks what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from briefkit.gui.dialogs import existing_question
from briefkit.gui.export_job import ExportOutcome
from briefkit.manifest import read_manifest
from helpers.window_export import edit_deck_title, export_from_window

TOPIC = "extremist-groups"


def _export(window: Any, qtbot: Any, out: Path) -> ExportOutcome:
    return export_from_window(window, qtbot, out, TOPIC)


def _export_then_edit_deck(window: Any, qtbot: Any, out: Path) -> Path:
    """Export once, then change the deck's first title as a trainer would; the deck's path."""
    assert _export(window, qtbot, out).status == "done"
    return edit_deck_title(out / f"{TOPIC}.pptx", 0, "Edited by the trainer")


@pytest.mark.slow
def test_an_edited_deck_asks_and_keep_both_writes_a_copy(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any,
    needs_browser: None,
) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "briefings"
    deck = _export_then_edit_deck(window, qtbot, out)

    presenter.existing_answer = "keep"
    outcome = _export(window, qtbot, out)
    assert presenter.existing == [[deck]]  # asked once, naming the edited deck
    assert outcome.status == "done", outcome.error
    assert outcome.result is not None
    copy = out / f"{TOPIC}-2.pptx"
    assert [f.path for f in outcome.result.files] == [copy]
    assert Presentation(str(deck)).slides[0].shapes.title.text == "Edited by the trainer"
    assert Presentation(str(copy)).slides[0].shapes.title.text != "Edited by the trainer"
    assert read_manifest(out)[copy.name].replaces == deck.name
    assert [row.path for row in window.export_panel.file_rows] == [copy]
    assert presenter.errors == []

    # again: the dialog names the next free name and the copy it may use again, which it does
    _title, question = existing_question([deck])
    assert f"{TOPIC}-3.pptx" in question and f"{TOPIC}-2.pptx" in question
    written = copy.stat().st_mtime_ns
    outcome = _export(window, qtbot, out)
    assert outcome.result is not None and outcome.result.files[0].reused
    assert [f.path for f in outcome.result.files] == [copy]
    assert copy.stat().st_mtime_ns == written and not (out / f"{TOPIC}-3.pptx").exists()
    assert sorted(p.name for p in out.glob("[!.]*")) == sorted([deck.name, copy.name])
    assert "as written before" in window.export_panel.file_rows[0].size_label.text()

    window.options.marking.setCurrentText("RESTRICTED")  # a different briefing: a new copy
    outcome = _export(window, qtbot, out)
    assert outcome.result is not None and not outcome.result.files[0].reused
    assert [f.path for f in outcome.result.files] == [out / f"{TOPIC}-3.pptx"]


@pytest.mark.slow
def test_cancel_in_the_ask_dialog_writes_nothing(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any,
    needs_browser: None,
) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "briefings"
    deck = _export_then_edit_deck(window, qtbot, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    presenter.existing_answer = None
    outcome = _export(window, qtbot, out)
    assert outcome.status == "failed" and presenter.existing == [[deck]]
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert presenter.errors == []  # a question, not an error
    assert "nothing was written" in window.export_panel.result_title.text()
    assert window.options.isEnabled() and window.commands.export.isEnabled()


def test_the_question_names_the_way_out() -> None:
    title, question = existing_question([Path("/o/a.pptx"), Path("/o/b.docx")])
    assert title == "Files were edited"
    assert "These 2 files" in question and "a-2.pptx" in question


def test_the_real_dialog_offers_replace_keep_both_and_cancel(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from briefkit.gui.dialogs import QtPresenter

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        assert "a.pptx" in box.informativeText()
        next(b for b in box.buttons() if b.text() == label).click()

    for label, expected in (("&Keep Both", "keep"), ("&Replace", "replace")):
        QTimer.singleShot(0, lambda label=label: answer(label))
        assert QtPresenter().ask_existing(parent, [Path("/o/a.pptx")]) == expected
    assert all({"&Replace", "&Keep Both"} <= set(labels) for labels in seen)
