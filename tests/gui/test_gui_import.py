"""Importing events from the window (File > Import Events…, or a dropped file) and the Data
view: the per-row report before anything is written, Apply into the user's own copy, Cancel
writing nothing, and the reloaded catalog reaching the wave topic."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from tests.conftest import DATA
from tests.helpers import acled

WAVE = "wave-2011-2012"


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _report(qtbot: Any, window: Any, start: Callable[[], object]) -> Any:
    with qtbot.waitSignal(window.event_import.planned, timeout=60_000) as planned:
        start()
    return planned.args[0]


def _rows(dialog: Any) -> dict[int, tuple[str, str, str]]:
    model = dialog.model
    return {
        model.item(r, 0).data(Qt.ItemDataRole.UserRole): (
            model.item(r, 1).text(),
            model.item(r, 2).text(),
            model.item(r, 3).text(),
        )
        for r in range(model.rowCount())
    }


def test_import_by_menu_shows_each_row_then_apply_makes_the_users_copy(
    qtbot: Any,
    make_window: Callable[..., Any],
    presenter: Any,
    own_data_folder: Path,
    tmp_path: Path,
) -> None:
    bundled = _digests(DATA)
    window = make_window()
    assert window.data_folder is None  # the bundled data, no user copy yet
    presenter.next_file = acled.write_csv(tmp_path / "acled.csv")
    dialog = _report(qtbot, window, window.commands.import_events.trigger)

    rows = _rows(dialog)
    for row, record in acled.ADDED.items():
        assert rows[row][:2] == ("added", record)
    assert rows[2][0] == rows[3][0] == "possible duplicate"
    assert "taraz-attacks-2011-11-12" in rows[2][2]
    outcome, _, reason = rows[7]
    assert outcome == "refused"
    assert "event_date" in reason and "2012-13-45" in reason  # the field and the value
    assert "added: 3" in dialog.counts.text() and "refused: 1" in dialog.counts.text()
    assert str(own_data_folder) in dialog.where.text()  # says where the copy will be made
    assert not own_data_folder.exists()  # nothing written before Apply
    assert dialog.apply.isEnabled()

    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        dialog.apply.click()
    assert window.data_folder == own_data_folder
    assert str(own_data_folder) in window.statusBar().currentMessage()
    wave = window.catalog.records_of(window.catalog.topic(WAVE)).incidents
    for record in acled.ADDED.values():
        assert record in window.catalog.incidents
    assert {"oral-protest-2012-01-20", "karaganda-arrest-2012-02-10"} <= set(wave)
    assert window.preview._catalog is window.catalog  # the preview shows the new catalog
    assert _digests(DATA) == bundled  # the bundled data is never written
    assert presenter.errors == []


def test_cancel_writes_nothing(
    qtbot: Any,
    make_window: Callable[..., Any],
    presenter: Any,
    data_copy: Path,
    tmp_path: Path,
    settings: Any,
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    before = _digests(data_copy)
    presenter.next_file = acled.write_xlsx(tmp_path / "acled.xlsx")
    dialog = _report(qtbot, window, window.commands.import_events.trigger)
    assert str(data_copy) in dialog.where.text()
    dialog.cancel.click()
    qtbot.wait(200)
    assert _digests(data_copy) == before
    assert "oral-protest-2012-01-20" not in window.catalog.incidents


def test_dropping_a_csv_on_the_window_imports_it(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, tmp_path: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = acled.write_csv(tmp_path / "events.csv", acled.ROWS[2:4])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(QPoint(50, 50)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog = _report(qtbot, window, lambda: window.dropEvent(drop))
    assert [r[0] for r in _rows(dialog).values()] == ["added", "added"]
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        dialog.apply.click()
    assert "karaganda-arrest-2012-02-10" in window.catalog.incidents
    text = (data_copy / "incidents.csv").read_text(encoding="utf-8")
    assert text.count("karaganda-arrest-2012-02-10") == 1


def test_an_unreadable_file_is_a_readable_error(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, tmp_path: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = tmp_path / "notes.csv"
    path.write_text("what,where\nsomething,somewhere\n", encoding="utf-8")
    dialog = _report(qtbot, window, lambda: window.event_import.start([path]))
    assert "notes.csv" in dialog.problems.text()
    assert dialog.problems.isVisible()
    assert not dialog.apply.isEnabled()
    dialog.reject()


def test_the_data_view_sorts_filters_and_follows_a_reload(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, tmp_path: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    view = window.open_data_view()
    assert view is not None
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Incidents",
        "Indicators",
        "Measures",
        "Sources",
        "Disputes",
    ]
    incidents = view.tables["incidents"]
    total = len(window.catalog.incidents)
    assert incidents.proxy.rowCount() == total
    assert incidents.ids() == sorted(window.catalog.incidents)
    incidents.filter.setText("taraz")
    assert incidents.ids() and all("taraz" in i for i in incidents.ids())
    assert f"of {total} shown" in incidents.count.text()
    incidents.filter.clear()
    killed = window.catalog.incidents
    incidents.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # killed, as numbers
    first = incidents.ids()[0]
    assert killed[first].killed == max((i.killed or 0) for i in killed.values())
    assert view.tables["disputes"].proxy.rowCount() == len(window.catalog.disputes)

    path = acled.write_csv(tmp_path / "events.csv", acled.ROWS[2:3])
    dialog = _report(qtbot, window, lambda: window.event_import.start([path]))
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        dialog.apply.click()
    assert incidents.model.rowCount() == total + 1
