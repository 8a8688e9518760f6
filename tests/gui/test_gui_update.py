"""Update from the window: the fourth answer to an edited deck merges today's data into it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from briefkit.gui.export_job import ExportOutcome
from helpers.window_export import edit_deck_title, export_from_window

TOPIC = "extremist-groups"
EDITED = "Edited by the trainer"


@pytest.fixture(autouse=True)
def _no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit import export as export_module
    from helpers.nocharts import no_charts

    monkeypatch.setattr(export_module, "chart_drawing", no_charts)


def _export(window: Any, qtbot: Any, out: Path) -> ExportOutcome:
    return export_from_window(window, qtbot, out, TOPIC)


def _edited_deck(window: Any, qtbot: Any, out: Path) -> Path:
    assert _export(window, qtbot, out).status == "done"
    return edit_deck_title(out / f"{TOPIC}.pptx", 1, EDITED)


def test_update_answer_merges_into_the_edited_deck(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    window = make_window()
    out = tmp_path / "briefings"
    deck = _edited_deck(window, qtbot, out)
    presenter.existing_answer = "update"
    outcome = _export(window, qtbot, out)
    assert presenter.existing == [[deck]]
    assert outcome.status == "done", outcome.error
    assert outcome.result is not None
    [written] = outcome.result.files
    assert written.path == deck and written.outcome == "updated"
    assert Presentation(str(deck)).slides[1].shapes.title.text == EDITED
    assert sorted(p.name for p in out.glob("[!.]*")) == [deck.name]  # no copy beside it
    assert "updated" in window.export_panel.file_rows[0].size_label.text()
    assert presenter.errors == []


def test_the_real_dialog_offers_update_for_an_edited_deck_briefkit_made(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from briefkit.gui.dialogs import QtPresenter

    window = make_window()
    deck = _edited_deck(window, qtbot, tmp_path / "briefings")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[list[str], str]] = []

    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(([b.text() for b in box.buttons()], box.informativeText()))
        next(b for b in box.buttons() if b.text() in (label, "Cancel")).click()

    QTimer.singleShot(0, lambda: answer("&Update"))
    assert QtPresenter().ask_existing(parent, [deck]) == "update"
    QTimer.singleShot(0, lambda: answer("&Update"))  # a file Briefkit did not make: no Update
    assert QtPresenter().ask_existing(parent, [tmp_path / "other.pptx"]) is None
    (with_update, note), (without, _) = seen
    assert "&Update" in with_update and "&Update" not in without
    assert "your edited text" in note and "LibreOffice" in note


def test_changes_since_the_last_export_in_the_folder(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    out = tmp_path / "briefings"
    assert _export(window, qtbot, out).status == "done"
    window.options.changes_since.setChecked(True)
    assert window.export_choice().changes_since_last
    assert _export(window, qtbot, out).status == "done"  # untouched: replaced
    texts = [
        shape.text_frame.text
        for slide in Presentation(str(out / f"{TOPIC}.pptx")).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    assert any(t.startswith("What changed since") for t in texts)
    assert "No changes." in texts or any("No changes" in t for t in texts)
