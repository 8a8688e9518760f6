"""The Data view's forms for sources, indicators, measures and disputes: checked as you type,
saved as a change of only the lines or keys concerned, a delete refused (naming who names the
record) while it is still needed, undo and redo, the preview following at once."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _open(qtbot: Any, window: Any, key: str, record_id: str | None) -> tuple[Any, Any]:
    """The Data view, and the form its Add… (None) or Edit… button opens on ``key``'s tab."""
    view = window.open_data_view()
    table = view.tables[key]
    view.tabs.setCurrentWidget(table)
    forms: list[Any] = []
    method = window.incident_editor.open

    def recording(*args: Any) -> Any:
        forms.append(method(*args))
        return forms[-1]

    window.incident_editor.open = recording
    if record_id is not None:
        row = table.ids().index(record_id)
        table.view.setCurrentIndex(table.proxy.index(row, 0))
    view.record_buttons[key]["edit" if record_id else "add"].click()
    [form] = forms
    return view, form


def _select(view: Any, key: str, record_id: str) -> None:
    table = view.tables[key]
    table.view.setCurrentIndex(table.proxy.index(table.ids().index(record_id), 0))


def _changed(before: bytes, path: Path) -> list[str]:
    lines = difflib.unified_diff(before.decode().splitlines(), path.read_text().splitlines(), n=0)
    return [x for x in lines if x[:1] in "+-" and not x.startswith(("+++", "---"))]


def _fill(form: Any, values: dict[str, str]) -> None:
    for name, value in values.items():
        widget = form.fields[name]
        if hasattr(widget, "setCurrentText"):
            widget.setCurrentText(value)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        else:
            widget.setText(value)


def test_edit_a_source_changes_its_line_and_undo_gives_the_bytes_back(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = data_copy / "sources.yaml"
    before = path.read_bytes()
    view, form = _open(qtbot, window, "sources", "voloshin-2013")
    assert form.fields["id"].isReadOnly() and form.fields["id"].text() == "voloshin-2013"
    form.fields["date"].setText("2013-08-32")
    assert "YYYY-MM-DD" in form.errors["date"].text() and not form.save.isEnabled()
    form.fields["date"].setText("2013-08-27")
    form.fields["publication"].setText("Central Asia-Caucasus Analyst")
    assert form.save.isEnabled()
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert _changed(before, path) == [
        "-  publication: Central Asia-Caucasus Analyst (CACI), Field Reports",
        "+  publication: Central Asia-Caucasus Analyst",
    ]
    assert window.catalog.sources["voloshin-2013"].publication == "Central Asia-Caucasus Analyst"
    shown = view.tables["sources"]
    row = shown.ids().index("voloshin-2013")
    assert shown.proxy.index(row, 2).data() == "Central Asia-Caucasus Analyst"
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()
    assert path.read_bytes() == before
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.redo.click()
    assert window.catalog.sources["voloshin-2013"].publication == "Central Asia-Caucasus Analyst"
    assert presenter.errors == []


def test_a_cited_source_is_not_deleted_and_the_refusal_names_who_cites_it(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    before = (data_copy / "sources.yaml").read_bytes()
    view = window.open_data_view()
    _select(view, "sources", "zenn-2013")
    view.record_buttons["sources"]["delete"].click()
    [report] = presenter.errors
    assert "zenn-2013" in report.title
    assert any(line.startswith("incidents.csv: ") for line in report.details.splitlines())
    assert "topics/" in report.details
    assert presenter.confirms == []  # refused before asking
    assert (data_copy / "sources.yaml").read_bytes() == before
    assert not view.undo.isEnabled()


def test_add_an_indicator_checked_as_typed_then_delete_and_undo(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = data_copy / "indicators.csv"
    before = path.read_bytes()
    view, form = _open(qtbot, window, "indicators", None)
    values = {
        "id": "sentenced-terrorism-2013",
        "indicator": "sentenced-terrorism",
        "label": "People sentenced to prison for taking part in terrorist organisations",
        "period": "2013",
        "value": "-3",
        "unit": "persons",
        "place": "Kazakhstan",
        "source": "voloshin-2013",
    }
    _fill(form, values)
    assert "negative" in form.errors["value"].text() and not form.save.isEnabled()
    form.fields["value"].setText("180")
    form.fields["source"].setText("nobody-2020")
    assert "nobody-2020" in form.errors["source"].text() and not form.save.isEnabled()
    form.fields["source"].setText("voloshin-2013")
    assert form.save.isEnabled(), {k: v.text() for k, v in form.errors.items() if v.text()}
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    [added] = _changed(before, path)
    assert added.startswith("+sentenced-terrorism-2013,sentenced-terrorism,") and ",180," in added
    assert "sentenced-terrorism-2013" in view.tables["indicators"].ids()

    after_add = path.read_bytes()
    _select(view, "indicators", "sentenced-terrorism-2013")
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.record_buttons["indicators"]["delete"].click()
    assert presenter.confirms and path.read_bytes() == before
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()  # the delete undone
    assert path.read_bytes() == after_add
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.undo.click()  # the add undone
    assert path.read_bytes() == before
    assert presenter.errors == []


def test_edit_a_measure_and_the_preview_follows_at_once(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    window.topics.select("legal-reforms")
    qtbot.waitUntil(lambda: window.preview_panel.briefing is not None, timeout=60_000)
    title = "Blocking of websites that promote terrorism"
    assert title not in repr(window.preview_panel.briefing)
    path = data_copy / "measures.csv"
    before = path.read_bytes()
    _, form = _open(qtbot, window, "measures", "website-blocking-2011-2012")
    form.fields["kind"].setCurrentText("")
    assert form.errors["kind"].isVisibleTo(form) and not form.save.isEnabled()
    form.fields["kind"].setCurrentText("blocking")
    form.fields["title"].setText(title)
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    [old, new] = _changed(before, path)
    assert old.startswith("-website-blocking-2011-2012,") and title in new
    qtbot.waitUntil(lambda: title in repr(window.preview_panel.briefing), timeout=60_000)


def test_edit_then_delete_a_dispute_and_undo_both(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    settings.data_folder = data_copy
    window = make_window()
    path = data_copy / "disputes.yaml"
    before = path.read_bytes()
    view, form = _open(qtbot, window, "disputes", "taraz-casualties")
    assert form.id.isReadOnly() and form.field.currentText() == "killed_security"
    assert form.versions.item(1, 2).text() == "Five police officers and two civilians killed."
    assert form.versions.item(1, 3).text() == "4"  # its grade and reason are kept on save
    assert form.versions.item(1, 4).text().startswith("A round split")
    assert form.save.isEnabled()
    form.versions.item(1, 1).setText("nobody-2020")
    assert "nobody-2020" in form.errors["versions"].text() and not form.save.isEnabled()
    form.versions.item(1, 1).setText("unknown-terrorism-2016")
    form.versions.item(1, 2).setText("Five police officers.")
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        form.save.click()
    assert _changed(before, path) == [
        "-      note: Five police officers and two civilians killed.",
        "+      note: Five police officers.",
    ]
    _select(view, "disputes", "taraz-casualties")
    with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
        view.record_buttons["disputes"]["delete"].click()
    assert "taraz-casualties" not in {d.id for d in window.catalog.disputes}
    assert "taraz-casualties" not in view.tables["disputes"].ids()
    for _ in range(2):
        with qtbot.waitSignal(window.catalog_loaded, timeout=60_000):
            view.undo.click()
    assert path.read_bytes() == before
    assert presenter.errors == []


def test_the_forms_messages_are_in_the_windows_language(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any
) -> None:
    import re

    from briefkit.catalog import messages
    from briefkit.gui.catalog_messages import TEMPLATES

    assert set(TEMPLATES) == messages.TEMPLATES  # every template of the core is translatable
    settings.data_folder = data_copy
    window = make_window()
    window.set_interface_language("ru")
    qtbot.waitUntil(lambda: not window.commands.export.text().isascii(), timeout=5000)
    _, form = _open(qtbot, window, "incidents", "taraz-attacks-2011-11-12")
    shown = {
        "killed": ("many", "— не целое число"),
        "date": ("2011-11-31", "не дата; пишите ГГГГ-ММ-ДД"),
        "latitude": ("10", "за пределами Казахстана"),
        "id": ("Taraz", "недопустимый id"),
    }
    for name, (value, russian) in shown.items():
        was = form.fields[name].text()
        form.fields[name].setText(value)
        assert russian in form.errors[name].text(), form.errors[name].text()
        assert not form.save.isEnabled()
        form.fields[name].setText(was)
    form.fields["killed"].setText("1")
    text = form.errors["killed"].text()
    assert "меньше суммы по категориям" in text and not re.search("[A-Za-z]{3,}", text)
    form.reject()
    _, form = _open(qtbot, window, "sources", "voloshin-2013")
    form.fields["date_precision"].setCurrentText("month")
    assert "первый день периода: напишите 2013-08-01" in form.errors["date"].text()
    form.reject()
    _, form = _open(qtbot, window, "indicators", None)
    form.fields["id"].setText("sentenced-terrorism-2008")
    assert "уже id другой записи" in form.errors["id"].text()
    form.reject()


def test_a_change_while_another_process_holds_the_folder_is_refused(
    qtbot: Any, make_window: Callable[..., Any], data_copy: Path, settings: Any, presenter: Any
) -> None:
    import json
    import socket

    from briefkit.catalog.lock import LOCK

    settings.data_folder = data_copy
    window = make_window()
    before = (data_copy / "sources.yaml").read_bytes()
    (data_copy / LOCK).write_text(json.dumps({"pid": 1, "host": "elsewhere.example"}))
    _, form = _open(qtbot, window, "sources", "voloshin-2013")
    form.fields["author"].setText("G. Voloshin")
    form.save.click()
    qtbot.waitUntil(lambda: bool(presenter.errors), timeout=60_000)
    [report] = presenter.errors
    assert "process 1 on elsewhere.example" in report.message
    assert (data_copy / "sources.yaml").read_bytes() == before
    assert not window.incident_editor.undo_stack.canUndo()
    assert socket.gethostname() != "elsewhere.example"
