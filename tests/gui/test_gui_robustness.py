"""Issue 6 in the window: bad data gives the error dialog naming file, line and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_bad_data_gives_the_dialog_naming_file_line_and_field(
    make_window: Callable[..., Any], qtbot: Any, presenter: Any, data_copy: Path
) -> None:
    window = make_window()
    path = data_copy / "incidents.csv"
    text = path.read_text(encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "kulsary-operation" in row)
    path.write_text(text.replace("Police raided a flat", "Police\x07 raided a flat"), "utf-8")
    with qtbot.waitSignal(window.catalog_failed, timeout=30_000):
        window.load_data(data_copy)
    [report] = presenter.errors
    assert report.title == "The data has problems"
    assert "nothing was loaded" in report.message
    assert f"incidents.csv:{line}: summary: contains the control character U+0007" in report.details
    assert window.catalog is not None and window.data_folder is None, "the loaded data stays"
