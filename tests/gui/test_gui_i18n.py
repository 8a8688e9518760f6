"""The window in Russian: every text it shows itself is Russian; back to English; the briefings'
language reaches the export.

The walk reads every widget, action, menu, tooltip, status tip, placeholder, tab, header, combo
item, progress format, status bar message and dialog the window can show (dialogs through the
recording presenter, or built directly), and fails on any Latin word that is not a name in
``ALLOWED``. Texts that come from the data (topic titles, the briefing's own words) or from the
core (its error messages) are left out of the walk, as the issue says.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
)

from briefkit.export import ExportResult, OutputError, ProtectedFiles, WrittenFile
from briefkit.gui import i18n
from briefkit.gui.dialogs import ErrorDialog, describe_error, existing_question
from briefkit.gui.export_job import ExportOutcome
from briefkit.options import ExportOptions
from briefkit.resources import bundled
from helpers.window_walk import (
    ABOUT_ALLOWED,
    assert_no_english,
    settle,
    widget_texts,
    window_texts,
)


@pytest.fixture
def data_with_russian(tmp_path: Path) -> Path:
    """A copy of the bundled data with a ``translations/ru`` folder, so Russian is offered."""
    data = tmp_path / "data"
    shutil.copytree(bundled("data"), data)
    (data / "translations" / "ru").mkdir(parents=True, exist_ok=True)
    return data


def test_the_window_in_russian_shows_no_english(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any, settings: Any
) -> None:
    out = tmp_path / "Брифинги"
    settings.output_folder = out
    window = make_window(pdf_reason="PDF: нужен LibreOffice")
    window.set_interface_language("ru")
    settle(qtbot)
    assert window.commands.languages["ru"].isChecked()
    assert settings.interface_language == "ru"
    template = bundled("templates") / "report.docx"
    paths = (str(out), str(tmp_path), str(bundled("data")), str(template))

    # the start: topics, options, menus, the export strip, the first preview
    window.topics.model.set_checked(["aktobe-2016", "wave-2011-2012"])
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.topics.select("wave-2011-2012")
    read = assert_no_english(window_texts(window), paths)
    assert read > 150  # the walk really read the window
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.export_panel.export.text() == "Экспортировать 2 брифинга"

    # the builder of composed briefings
    dialog = window.open_composer()
    assert dialog is not None
    assert assert_no_english(widget_texts(dialog, set()), paths) > 10
    assert dialog.windowTitle() == "Составить брифинг"
    dialog.close()

    # the other tabs, a template being checked and then usable, a bad drop, the file pickers
    for tab in range(window.preview_panel.tabs.count()):
        window.preview_panel.tabs.setCurrentIndex(tab)
        assert_no_english(window_texts(window), paths)
    field = window.options.templates["docx"]
    window.use_template(template)
    assert field.verdict.text() == "Проверка шаблона…"
    assert_no_english(window_texts(window), paths)
    qtbot.waitUntil(lambda: field.state == "ok", timeout=30_000)
    assert field.verdict.text() == "✓ Хорошо"
    assert_no_english(window_texts(window), paths)
    window.use_template(tmp_path / "заметки.txt")
    assert_no_english(window_texts(window), paths)
    window.choose_template(None)
    window.choose_template("docx")
    window.choose_template("pptx")
    window.choose_output_folder()
    window.choose_data_folder()
    window.about()
    assert_no_english((("dialog", t) for t in presenter.titles), paths)
    about = re.sub(r"<ul>.*</ul>", "", presenter.abouts[-1])  # the sources are the data's
    docs = (
        str(bundled("data") / "README.md"),
        str(bundled("templates").parent / "docs" / "templates.md"),
    )
    assert_no_english([("about", about)], (*paths, *docs), frozenset(ABOUT_ALLOWED))

    # an export: preparing, cancelling, done with warnings, cancelled, refused, failed
    panel = window.export_panel
    panel.start()
    assert_no_english(window_texts(window), paths)
    panel.cancelling()
    assert_no_english(window_texts(window), paths)
    files = [
        WrittenFile("aktobe-2016", f, out / f"aktobe-2016.{f}", 20480) for f in ("docx", "pptx")
    ]
    result = ExportResult(
        files=files, warnings=[f"предупреждение {n}" for n in range(8)], seconds=2.5
    )
    done = ExportOutcome("done", result=result)
    window.exports._show_outcome(done, out, True)
    assert len(panel.file_rows) == 2
    assert_no_english(window_texts(window), paths)
    kept = ExportOutcome("cancelled", kept=[out / "aktobe-2016.docx"])
    refused = ExportOutcome("failed", error=ProtectedFiles([out / "aktobe-2016.docx"]))
    failed = ExportOutcome("failed", error=OutputError("нет доступа к папке"))
    for outcome in (kept, refused, failed):
        window.exports._show_outcome(outcome, out, False)
        assert_no_english(window_texts(window), paths)

    # closing while an export runs asks first
    presenter.confirm_answer = False
    window.exports.job = SimpleNamespace(running=True)
    assert not window.close()
    window.exports.job = None
    assert_no_english((("dialog", t) for t in (*presenter.titles, *presenter.confirms)), paths)


def test_russian_dialogs_and_messages(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefkit.catalog import CatalogError
    from briefkit.catalog.problems import Problem
    from briefkit.charts import BrowserNotFound, ChartRenderError
    from briefkit.export import ExportError
    from briefkit.gui import main_window
    from briefkit.render.office.errors import TemplateError

    i18n.install("ru")
    folder = tmp_path / "Брифинги"
    where = (str(folder), str(tmp_path))
    errors = [
        CatalogError([Problem("a.yaml", 3, "дата", "не дата")]),
        TemplateError("шаблон повреждён", tmp_path / "шаблон.pptx"),
        BrowserNotFound("браузер не найден."),
        OutputError("нет доступа"),
        ExportError("экспорт прерван"),
        ChartRenderError("диаграмма не нарисована"),
    ]
    for exc in errors:
        for doing in ("export", "loading of the data"):
            report = describe_error(exc, doing)
            assert_no_english([("error", report.title), ("error", report.message)], where)
    unexpected = describe_error(ZeroDivisionError("деление"), "last action")
    assert_no_english([("error", unexpected.title), ("error", unexpected.message)], where)
    for paths in ([folder / "a.pptx"], [folder / "a.pptx", folder / "b.docx"]):
        assert_no_english((("question", t) for t in existing_question(paths)), where)
    assert "2 файла" in existing_question([folder / "a.pptx", folder / "b.docx"])[1]

    dialog = ErrorDialog(describe_error(OutputError("нет доступа")))
    qtbot.addWidget(dialog)
    dialog.toggle.click()
    assert_no_english(widget_texts(dialog, set()))
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Закрыть"  # Qt's own buttons: qtbase_ru.qm is loaded
    monkeypatch.setattr("briefkit.render.office.pdf.find_soffice", lambda: None)
    assert_no_english([("pdf", main_window.pdf_unavailable() or "")])


def test_plural_forms_follow_the_language(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    counts = {1: "", 2: "", 5: "", 21: ""}
    for language, expected in (
        ("en", {1: "Export 1 Briefing", 2: "Export 2 Briefings", 5: "Export 5 Briefings"}),
        ("ru", {1: "Экспортировать 1 брифинг", 2: "Экспортировать 2 брифинга",
                5: "Экспортировать 5 брифингов", 21: "Экспортировать 21 брифинг"}),
    ):  # fmt: skip
        window.set_interface_language(language)
        settle(qtbot)
        for n in counts:
            counts[n] = window.exports.tr("Export %n Briefing(s)", "", n)
        assert {n: counts[n] for n in expected} == expected


def test_switching_back_to_english_and_following_the_system(
    make_window: Callable[..., Any], qtbot: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.topics.model.set_checked(["aktobe-2016"])
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.topics.select("aktobe-2016")
    english = sorted(t for _, t in window_texts(window) if t)
    window.set_interface_language("ru")
    settle(qtbot)
    assert window.options.heading.text() == "<b>Параметры</b>"
    assert window.preview_panel.tabs.tabText(0) == "&Содержание"
    window.set_interface_language("en")
    settle(qtbot)
    assert window.commands.languages["en"].isChecked()
    assert not window.commands.languages["ru"].isChecked()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Topics",
        "&View",
        "&Settings",
        "&Help",
    ]
    assert window.export_panel.export.text() == "Export 1 Briefing"
    status = window.statusBar().currentMessage()
    assert sorted(t for _, t in window_texts(window) if t and t != status) == [
        t for t in english if t != "5 topics from the bundled data"
    ]  # every text is English again, as at the start (the status bar was cleared)

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert i18n.resolve("system") == "ru"
    window.commands.languages["system"].trigger()
    settle(qtbot)
    assert settings.interface_language == "system"
    assert window.options.heading.text() == "<b>Параметры</b>"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"  # a language the window does not speak: English


def test_the_briefing_language_reaches_the_export_request(
    make_window: Callable[..., Any],
    qtbot: Any,
    settings: Any,
    tmp_path: Path,
    data_with_russian: Path,
) -> None:
    requests: list[Any] = []

    def run(request: Any, progress: Any, cancel: Any) -> ExportResult:
        requests.append(request)
        return ExportResult()

    settings.data_folder = data_with_russian
    settings.output_folder = tmp_path / "out"
    window = make_window(run_export=run)
    combo = window.options.language
    assert [combo.itemText(n) for n in range(combo.count())] == ["English", "Қазақша", "Русский"]
    assert combo.isEnabled()
    window.options.set_output_language("ru")
    assert window.options.marking.itemText(1) == "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ"
    window.topics.model.set_checked(["aktobe-2016"])
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.export()
    assert requests[-1].options.lang == "ru"
    window.close()
    assert settings.export_options.lang == "ru"

    again = make_window(run_export=run)  # the choice is remembered
    assert again.options.output_language() == "ru"
    again.options.set_output_language("en")
    with qtbot.waitSignal(again.export_finished, timeout=30_000):
        again.export()
    assert requests[-1].options.lang == "en"


def test_a_language_without_a_known_name_shows_its_code(
    make_window: Callable[..., Any], data_with_russian: Path, settings: Any
) -> None:
    (data_with_russian / "translations" / "xx").mkdir()
    settings.data_folder = data_with_russian
    settings.export_options = ExportOptions(lang="fr")  # no longer offered: English
    window = make_window()
    combo = window.options.language
    offered = [combo.itemText(n) for n in range(combo.count())]
    assert offered == ["English", "Қазақша", "Русский", "xx"]
    assert window.options.output_language() == "en"


def test_the_bundled_data_offers_english_russian_and_kazakh(
    make_window: Callable[..., Any],
) -> None:
    window = make_window()
    language = window.options.language
    offered = [language.itemText(n) for n in range(language.count())]
    assert offered == ["English", "Қазақша", "Русский"]
    assert language.isEnabled()
    assert window.options.output_language() == "en"


def test_the_translations_are_complete_and_compiled() -> None:
    from briefkit.gui.i18n import regenerate

    assert regenerate.check() == []


def test_the_preview_follows_the_briefing_language(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.topics.select("aktobe-2016")
    assert window.preview_panel.title.text() == "The Aktobe attacks of June 2016"
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.options.set_output_language("ru")
    assert window.preview_panel.title.text() == "Теракты в Актобе в июне 2016\u00a0г."
    row = window.topics.model.row_of("aktobe-2016")
    shown = window.topics.model.index(row).data(Qt.ItemDataRole.DisplayRole)
    assert "Теракты в Актобе" in str(shown), "the topic list in the briefing language"
    with qtbot.waitSignal(window.preview.ready, timeout=5_000):
        window.options.set_output_language("en")  # composed before: shown again at once
    assert window.preview_panel.title.text() == "The Aktobe attacks of June 2016"


def test_show_error_again_speaks_the_language_of_now(
    make_window: Callable[..., Any], qtbot: Any, settings: Any, tmp_path: Path, presenter: Any
) -> None:
    def broken(*_: Any) -> Any:
        raise ZeroDivisionError("division by zero")

    settings.output_folder = tmp_path / "out"
    window = make_window(run_export=broken)
    window.topics.model.set_checked(["aktobe-2016"])
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.export()
    window.set_interface_language("ru")
    settle(qtbot)
    window.exports.show_last_error()
    english, russian = presenter.errors
    assert english.title == "Something unexpected went wrong"
    assert russian.title != english.title and russian.details == english.details
