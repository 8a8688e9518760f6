"""Open and Show in Folder say so, with the path to copy, when no program could open the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QDesktopServices, QGuiApplication

from briefkit.export import ExportResult, WrittenFile
from briefkit.gui.open_failed import OpenFailedDialog, OpenFailure
from briefkit.options import Format


def _written(window: Any, tmp_path: Path) -> Path:
    """A finished export of one file, listed in the results with Open and Show in Folder."""
    path = tmp_path / "briefings" / "aktobe-2016.docx"
    path.parent.mkdir()
    path.write_bytes(b"docx")
    result = ExportResult(files=[WrittenFile("aktobe-2016", Format.DOCX, path, 4)])
    window.export_panel.show_result(result, path.parent)
    return path


def _fake_opener(tmp_path: Path, status: int, said: str = "") -> Path:
    """An ``xdg-open`` that exits with ``status`` after printing ``said`` and noting its run."""
    script = tmp_path / "xdg-open"
    lines = ["#!/bin/sh", f'echo "$1" > "{tmp_path}/ran"', f'echo "{said}" >&2', f"exit {status}"]
    script.write_text("\n".join(lines) + "\n")
    script.chmod(0o755)
    return script


def test_open_and_show_in_folder_say_so_when_qt_cannot_open(
    make_window: Callable[..., Any], presenter: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = make_window()
    path = _written(window, tmp_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    [row] = window.export_panel.file_rows
    row.open.click()
    row.show_folder.click()
    assert presenter.cannot_opens == [OpenFailure(path), OpenFailure(path, folder=True)]


def test_a_failing_xdg_open_is_reported_with_its_words(
    make_window: Callable[..., Any], presenter: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = make_window()
    path = _written(window, tmp_path)
    said = f"xdg-open: no method available for opening '{path}'"
    opener = _fake_opener(tmp_path, 3, said)
    monkeypatch.setattr("briefkit.gui.desktop_files.system_opener", lambda: str(opener))
    window.export_panel.file_rows[0].open.click()
    qtbot.waitUntil(lambda: bool(presenter.cannot_opens), timeout=10_000)
    assert presenter.cannot_opens == [OpenFailure(path, False, said)]
    assert (tmp_path / "ran").read_text().strip() == str(path)


def test_a_working_xdg_open_shows_nothing(
    make_window: Callable[..., Any], presenter: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = make_window()
    path = _written(window, tmp_path)
    opener = _fake_opener(tmp_path, 0)
    monkeypatch.setattr("briefkit.gui.desktop_files.system_opener", lambda: str(opener))
    window.export_panel.file_rows[0].show_folder.click()
    qtbot.waitUntil(lambda: (tmp_path / "ran").exists(), timeout=10_000)
    qtbot.wait(300)  # time for a failure to arrive, were there one
    assert (tmp_path / "ran").read_text().strip() == str(path.parent)
    assert presenter.cannot_opens == []


def test_the_message_names_the_file_and_offers_its_path_to_copy(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "aktobe-2016-ru.pptx"
    dialog = OpenFailedDialog(OpenFailure(path, reason="xdg-open: no method available"))
    qtbot.addWidget(dialog)
    assert "aktobe-2016-ru.pptx" in dialog.windowTitle()
    assert "No program on this computer opened aktobe-2016-ru.pptx" in dialog.message.text()
    assert "PPTX files" in dialog.message.text()
    assert dialog.path.text() == str(path) and dialog.path.isReadOnly()
    assert "xdg-open: no method available" in dialog.reason.text()
    dialog.copy_path()
    assert QGuiApplication.clipboard().text() == str(path)
    folder = OpenFailedDialog(OpenFailure(path, folder=True))
    qtbot.addWidget(folder)
    assert folder.path.text() == str(tmp_path)
    assert folder.reason.isHidden()
