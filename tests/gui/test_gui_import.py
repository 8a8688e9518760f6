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
from tests.helpers import acled

DATA = Path(__file__).resolve().parents[2] / "data"

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
    window.topics.select(WAVE)
    qtbot.waitUntil(lambda: window.preview_panel.briefing is not None, timeout=60_000)
    assert "Oral" not in repr(window.preview_panel.briefing)
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
    qtbot.waitUntil(  # the wave's briefing, composed anew, has the new events in its tables
        lambda: "Oral" in repr(window.preview_panel.briefing), timeout=60_000
    )
    assert "Karaganda" in repr(window.preview_panel.briefing)
    assert _digests(DATA) == bundled  # the bundled data is never written

    view = window.open_data_view()  # the import is undone as one change, and redone
    assert view.undo.toolTip() == "import acled.csv"
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()
    for name in ("incidents.csv", "sources.yaml"):
        assert (own_data_folder / name).read_bytes() == (DATA / name).read_bytes()
    assert "oral-protest-2012-01-20" not in window.catalog.incidents
    qtbot.waitUntil(lambda: "Oral" not in repr(window.preview_panel.briefing), timeout=60_000)
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.redo.click()
    assert set(acled.ADDED.values()) <= set(window.catalog.incidents)
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


def _edit_form(qtbot: Any, window: Any, record_id: str | None) -> Any:
    view = window.open_data_view()
    incidents = view.tables["incidents"]
    if record_id is not None:
        row = incidents.ids().index(record_id)
        incidents.view.setCurrentIndex(incidents.proxy.index(row, 0))
    dialogs: list[Any] = []
    window.incident_editor.form = _recording(window.incident_editor.form, dialogs)
    (view.edit if record_id else view.add).click()
    [form] = dialogs
    return view, form


def _recording(method: Callable[..., Any], into: list[Any]) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        into.append(method(*args))
        return into[-1]

    return call


def test_edit_an_incident_then_undo_restores_the_file_bytes(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    csv_path = data_copy / "incidents.csv"
    before = csv_path.read_bytes()
    view, form = _edit_form(qtbot, window, "taraz-attacks-2011-11-12")
    assert form.fields["id"].isReadOnly()
    form.fields["wounded"].setText("5")
    assert form.save.isEnabled()
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert window.catalog.incidents["taraz-attacks-2011-11-12"].wounded == 5
    changed = [
        (a, b)
        for a, b in zip(
            before.decode().splitlines(), csv_path.read_text().splitlines(), strict=True
        )
        if a != b
    ]
    assert len(changed) == 1 and changed[0][0].startswith("taraz-attacks-2011-11-12,")
    assert view.undo.isEnabled() and not view.redo.isEnabled()

    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()
    assert csv_path.read_bytes() == before
    assert window.catalog.incidents["taraz-attacks-2011-11-12"].wounded == 3
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.redo.click()
    assert window.catalog.incidents["taraz-attacks-2011-11-12"].wounded == 5
    assert presenter.errors == []


def test_invalid_input_names_the_field_and_disables_save(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    _, form = _edit_form(qtbot, window, "taraz-attacks-2011-11-12")
    form.fields["killed"].setText("many")
    assert not form.save.isEnabled()
    assert form.errors["killed"].isVisibleTo(form)
    assert "whole number" in form.errors["killed"].text()
    form.fields["killed"].setText("1")  # less than the breakdown: the catalog's own check
    assert not form.save.isEnabled()
    assert "breakdown" in form.errors["killed"].text()
    form.fields["killed"].setText("")
    form.fields["sources"].setText("no-such-source")
    assert "no-such-source" in form.errors["sources"].text()
    form.reject()


def test_a_new_incident_reaches_the_wave_topic_and_a_referenced_one_cannot_be_deleted(
    qtbot: Any,
    make_window: Callable[..., Any],
    own_data_folder: Path,
    presenter: Any,
) -> None:
    window = make_window()
    _, form = _edit_form(qtbot, window, None)
    cells = {
        "id": "shymkent-bombing-2012-05-03",
        "date": "2012-05-03",
        "date_precision": "day",
        "country": "Kazakhstan",
        "place": "Shymkent",
        "latitude": "42.3",
        "longitude": "69.6",
        "geo_precision": "town",
        "event_type": "bombing",
        "target_type": "police",
        "summary": "A device exploded outside a police post in Shymkent.",
        "sources": "zenn-2013",
    }
    for name, value in cells.items():
        widget = form.fields[name]
        if hasattr(widget, "setCurrentText"):
            widget.setCurrentText(value)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        else:
            widget.setText(value)
    assert form.save.isEnabled(), {k: v.text() for k, v in form.errors.items() if v.text()}
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert window.data_folder == own_data_folder  # the user's copy was made
    wave = window.catalog.records_of(window.catalog.topic(WAVE)).incidents
    assert "shymkent-bombing-2012-05-03" in wave

    before = (own_data_folder / "incidents.csv").read_bytes()
    window.incident_editor.delete("taraz-attacks-2011-11-12")  # a dispute names it
    [report] = presenter.errors
    assert "taraz-attacks-2011-11-12" in report.title
    assert "disputes.yaml: taraz-casualties (record)" in report.details.splitlines()
    assert (own_data_folder / "incidents.csv").read_bytes() == before


def test_a_ticked_possible_duplicate_is_checked_again_and_added(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, tmp_path: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = acled.write_csv(tmp_path / "acled.csv")
    dialog = _report(qtbot, window, lambda: window.event_import.start([path]))
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.item(r, 0).isCheckable())
    assert dialog.model.item(row, 0).text() == "acled.csv:2"
    dialog.model.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.apply.text() == "Check &Again"
    again = _report(qtbot, window, dialog.apply.click)
    assert _rows(again)[2][:2] == ("added", "taraz-armed-assault-2011-11-12")
    assert _rows(again)[3][0] == "possible duplicate"  # not ticked: still not added
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        again.apply.click()
    assert "taraz-armed-assault-2011-11-12" in window.catalog.incidents


def test_a_dispute_made_from_a_record_is_saved_and_undone(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = data_copy / "disputes.yaml"
    before = path.read_bytes()
    view = window.open_data_view()
    incidents = view.tables["incidents"]
    row = incidents.ids().index("taraz-attacks-2011-11-12")
    incidents.view.setCurrentIndex(incidents.proxy.index(row, 0))
    forms: list[Any] = []
    window.incident_editor.dispute = _recording(window.incident_editor.dispute, forms)
    view.dispute.click()
    [form] = forms
    form.field.setCurrentText("wounded")
    assert form.versions.item(0, 0).text() == "3"  # the record's own value comes first
    assert form.versions.item(0, 1).text() == "ct-measures-2013"
    form.id.setText("taraz-wounded")
    form.title.setText("Wounded in Taraz")
    form.summary.setText("The sources count the wounded differently.")
    assert not form.save.isEnabled()  # the second version has no value yet
    assert form.errors["versions"].isVisibleTo(form)
    form.versions.item(1, 0).setText("4")
    form.versions.item(1, 1).setText("no-such-source")
    assert "no-such-source" in form.errors["versions"].text() and not form.save.isEnabled()
    form.versions.item(1, 1).setText("unknown-terrorism-2016")
    assert form.save.isEnabled()
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert "taraz-wounded" in {d.id for d in window.catalog.disputes}
    assert view.tables["disputes"].model.rowCount() == len(window.catalog.disputes)
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()
    assert path.read_bytes() == before
    assert presenter.errors == []


def test_changes_in_another_folder_are_not_undone_from_here(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    _, form = _edit_form(qtbot, window, "taraz-attacks-2011-11-12")
    form.fields["wounded"].setText("6")
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert window.incident_editor.undo_stack.canUndo()
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        window.load_data(None)  # File > Use Bundled Data
    assert not window.incident_editor.undo_stack.canUndo()


def test_a_new_source_is_checked_as_typed_appended_and_undone(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = data_copy / "sources.yaml"
    before = path.read_bytes()
    view = window.open_data_view()
    forms: list[Any] = []
    window.incident_editor.open = _recording(window.incident_editor.open, forms)
    view.add_source.click()
    [form] = forms
    values = {
        "id": "zenn-2013",
        "short": "Kazinform",
        "title": "Oil workers protest in Oral",
        "author": "unknown",
        "publication": "Kazinform",
        "date": "2012-01-21",
        "date_precision": "day",
        "kind": "article",
    }
    for name, value in values.items():
        widget = form.fields[name]
        widget.setCurrentText(value) if name in ("date_precision", "kind") else widget.setText(
            value
        )
    assert "another source" in form.errors["id"].text() and not form.save.isEnabled()
    form.fields["id"].setText("kazinform-2012-01-21")
    form.fields["date"].setText("21 January")
    assert form.errors["date"].isVisibleTo(form) and not form.save.isEnabled()
    form.fields["date"].setText("2012-01-21")
    assert form.save.isEnabled()
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert window.catalog.sources["kazinform-2012-01-21"].publication == "Kazinform"
    assert path.read_bytes().startswith(before)
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()
    assert path.read_bytes() == before


def _label_of(form: Any, name: str) -> Any:
    from PySide6.QtWidgets import QFormLayout, QLabel

    layout = form.findChild(QFormLayout)
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        if isinstance(label, QLabel) and label.toolTip() == name:
            return label
    raise AssertionError(f"no label for {name}")


def test_the_form_labels_its_fields_in_words_in_the_windows_language(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    _, form = _edit_form(qtbot, window, "taraz-attacks-2011-11-12")
    # words, not the file's column names (those are the tooltips)
    assert _label_of(form, "date_precision").text() == "Date known to"
    assert _label_of(form, "killed_security").text() == "Killed: security forces"
    form.reject()
    window.set_interface_language("ru")
    qtbot.waitUntil(lambda: not window.commands.export.text().isascii(), timeout=5000)
    _, form = _edit_form(qtbot, window, "taraz-attacks-2011-11-12")
    assert _label_of(form, "date_precision").text() == "Точность даты"
    assert _label_of(form, "geo_precision").text() == "Точность места"
    form.reject()
