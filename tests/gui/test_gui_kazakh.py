"""The window in Kazakh: every text it shows itself is Kazakh (the walk of helpers/window_walk.py,
in Kazakh), Qt's own buttons too; one plural form; Қазақша in both language menus; the guide.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel

from briefkit.export import ExportResult, OutputError, WrittenFile
from briefkit.gui import i18n
from briefkit.gui.dialogs import ErrorDialog, describe_error, existing_question
from briefkit.gui.export_job import ExportOutcome
from briefkit.gui.help_dialog import guide_text
from briefkit.gui.models import PERIOD
from briefkit.resources import bundled
from helpers.window_walk import assert_no_english, settle, widget_texts, window_texts

KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)
RUSSIAN_WORDS = re.compile(r"(?<!\w)(и|в|на|для|из|что|или|это|нет)(?!\w)", re.IGNORECASE)


def test_the_window_in_kazakh_shows_no_english(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any, settings: Any
) -> None:
    out = tmp_path / "Брифингтер"
    settings.output_folder = out
    window = make_window(pdf_reason="PDF: LibreOffice керек")
    window.set_interface_language("kk")
    settle(qtbot)
    assert window.commands.languages["kk"].isChecked()
    assert window.commands.languages["kk"].text().replace("&", "") == "Қазақша"
    assert settings.interface_language == "kk"
    paths = (str(out), str(tmp_path), str(bundled("data")))

    window.topics.model.set_checked(["aktobe-2016", "wave-2011-2012"])
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.topics.select("wave-2011-2012")
    assert assert_no_english(window_texts(window), paths) > 150
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Файл",
        "&Тақырыптар",
        "&Көрініс",
        "&Баптаулар",
        "&Анықтама",
    ]
    assert window.export_panel.export.text() == "2 брифингті экспорттау"
    shown = [t for _, t in window_texts(window) if t.strip()]
    assert sum(bool(KAZAKH_LETTERS.search(t)) for t in shown) > 60  # Kazakh, not Russian
    assert [t for t in shown if RUSSIAN_WORDS.search(t)] == []

    dialog = window.open_composer()
    assert dialog is not None
    assert assert_no_english(widget_texts(dialog, set()), paths) > 10
    assert dialog.windowTitle() == "Брифинг құрастыру"
    dialog.close()

    for tab in range(window.preview_panel.tabs.count()):
        window.preview_panel.tabs.setCurrentIndex(tab)
        assert_no_english(window_texts(window), paths)
    panel = window.export_panel
    panel.start()
    assert_no_english(window_texts(window), paths)
    files = [
        WrittenFile("aktobe-2016", f, out / f"aktobe-2016.{f}", 20480) for f in ("docx", "pptx")
    ]
    result = ExportResult(files=files, warnings=[f"ескерту {n}" for n in range(8)], seconds=2.5)
    window.exports._show_outcome(ExportOutcome("done", result=result), out, True)
    assert len(panel.file_rows) == 2
    assert_no_english(window_texts(window), paths)
    window.about()
    assert_no_english((("dialog", t) for t in presenter.titles), paths)


def test_kazakh_dialogs_say_one_plural_form_and_qt_buttons_in_kazakh(qtbot: Any) -> None:
    i18n.install("kk")
    folder = Path("/home/analyst/Брифингтер")
    where = (str(folder),)
    report = describe_error(OutputError("қалтаға қол жеткізу жоқ"), "export")
    assert_no_english([("error", report.title), ("error", report.message)], where)
    question = existing_question([folder / "a.pptx", folder / "b.docx"])
    assert_no_english((("question", t) for t in question), where)
    assert "мына 2 файл" in question[1]
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    dialog.toggle.click()
    assert_no_english(widget_texts(dialog, set()))
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Жабу"  # qtbase_kk.qm is loaded
    i18n.install("en")


def test_kazakh_counts_keep_one_form(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    window.set_interface_language("kk")
    settle(qtbot)
    said = {n: window.exports.tr("Export %n Briefing(s)", "", n) for n in (1, 2, 5, 21)}
    assert said == {n: f"{n} брифингті экспорттау" for n in (1, 2, 5, 21)}
    window.set_interface_language("en")
    settle(qtbot)
    assert window.exports.tr("Export %n Briefing(s)", "", 2) == "Export 2 Briefings"


def test_the_system_language_kazakh_is_followed(monkeypatch: Any) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("kk_KZ")))
    assert i18n.resolve("system") == "kk"


def test_the_briefing_language_offers_kazakh_when_the_data_has_it(
    make_window: Callable[..., Any], settings: Any, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(bundled("data"), data)
    settings.data_folder = data
    window = make_window()
    combo = window.options.language
    assert "Қазақша" in [combo.itemText(n) for n in range(combo.count())]
    window.options.set_output_language("kk")
    assert window.options.output_language() == "kk"
    assert window.options.marking.itemText(1) == "ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН"
    window.close()

    shutil.rmtree(data / "translations" / "kk")
    without = make_window()
    combo = without.options.language
    assert "Қазақша" not in [combo.itemText(n) for n in range(combo.count())]


def test_the_guide_in_kazakh() -> None:
    guide = guide_text("kk")
    assert guide.startswith("# Briefkit нұсқаулығы")
    assert guide != guide_text("en") and guide != guide_text("ru")
    assert "briefkit export --all --lang kk" in guide
    assert len(KAZAKH_LETTERS.findall(guide)) > 100


def test_kazakh_words_fit_the_window(make_window: Callable[..., Any], qtbot: Any) -> None:
    """Longer Kazakh words: no button or one-line label of the window is cut at 1280 x 800."""
    window = make_window()
    window.resize(1280, 800)
    window.set_interface_language("kk")
    qtbot.waitUntil(lambda: window.options.templates_group.title() == "Үлгілер")
    window.topics.model.set_checked(["aktobe-2016", "wave-2011-2012"])
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.topics.select("wave-2011-2012")
    qtbot.wait(300)  # the layout follows the texts

    def cut() -> list[str]:
        found = [
            f"button {b.text()!r}: {b.width()} < {b.sizeHint().width()}"
            for b in window.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() < b.sizeHint().width()
        ]
        found += [
            f"label {label.text()!r}"
            for label in window.findChildren(QLabel)
            if label.isVisible()
            and label.text()
            and not label.wordWrap()
            and "<" not in label.text()
            and label.width() < label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
        ]
        return found

    try:
        qtbot.waitUntil(lambda: not cut(), timeout=3000)
    except qtbot.TimeoutError:
        raise AssertionError("\n".join(cut())) from None
    tabs = window.preview_panel.tabs
    for n in range(tabs.count()):
        assert tabs.tabBar().tabRect(n).width() >= tabs.tabBar().fontMetrics().horizontalAdvance(
            tabs.tabText(n).replace("&", "")
        )


def test_kazakh_topic_periods_put_the_year_first(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    window.set_interface_language("kk")
    settle(qtbot)
    topics = window.topics.proxy
    periods = [str(topics.index(row, 0).data(PERIOD)) for row in range(topics.rowCount())]
    assert periods and all(
        re.fullmatch(r"\d{4}\u00a0ж\. \S+ – \d{4}\u00a0ж\. \S+", p) for p in periods
    )
    window.set_interface_language("en")
    settle(qtbot)
    english = str(topics.index(0, 0).data(PERIOD))
    assert re.fullmatch(r"[A-Z][a-z]+ \d{4} – [A-Z][a-z]+ \d{4}", english), english
