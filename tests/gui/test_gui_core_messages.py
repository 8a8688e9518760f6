"""In the Russian window the core's own messages are Russian too: a template's verdict (its
refusal and its whole verdict's headings) and the export errors' sentences."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefkit.charts import BrowserNotFound
from briefkit.export import OutputError
from briefkit.gui import i18n
from briefkit.gui.dialogs import describe_error
from briefkit.options import Format
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.opening import WORD, open_package
from briefkit.resources import bundled
from briefkit.write_errors import write_failure
from helpers.english_left import english_left


def _template_error(path: Path) -> TemplateError:
    try:
        open_package(path, WORD)
    except TemplateError as exc:
        return exc
    raise AssertionError(f"{path} was accepted")


def test_export_errors_are_said_in_the_interface_language(tmp_path: Path) -> None:
    full = OutputError(write_failure(tmp_path / "a.docx", OSError(errno.ENOSPC, "full")))
    wrong = _template_error(bundled("templates") / "deck.pptx")
    i18n.install("en")
    assert describe_error(BrowserNotFound()).message.startswith("No Chrome or Chromium")
    assert "the disk is full" in describe_error(full).message
    i18n.install("ru")
    browser = describe_error(BrowserNotFound()).message
    assert browser.startswith("Не найден браузер Chrome или Chromium")
    disk = describe_error(full).message
    assert "диск заполнен" in disk
    template = describe_error(wrong).message
    assert "это файл PowerPoint, а не документ Word" in template
    for text in (browser, disk, template):
        assert english_left(text) == [], text


def test_a_refused_template_and_a_verdict_are_russian_in_the_russian_window(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    i18n.install("ru")
    field = window.options.templates[Format.DOCX]
    broken = tmp_path / "ours.docx"
    broken.write_text("not a zip")
    with qtbot.waitSignal(field.checked, timeout=60_000):
        window.use_template(broken)
    assert field.state == "error"
    assert field.message.startswith(f"Файл {broken} (шаблон доклада) — не документ Word")
    assert english_left(field.message) == [], field.message

    deck = window.options.templates[Format.PPTX]
    with qtbot.waitSignal(deck.checked, timeout=60_000):
        window.use_template(bundled("templates") / "ministry-deck.pptx")
    dialog = deck.show_details()
    assert dialog is not None
    lines = dialog.text.toPlainText().splitlines()
    assert lines[0] in ("ministry-deck.pptx: Хороший",) or ": Пригоден, с изменениями: " in lines[0]
    assert "  виды слайдов:" in lines
    assert any(line.startswith("  диаграммы: ") for line in lines)
    for line in lines[1:]:  # every detail Russian, but for names, colours and fonts
        line = re.sub(r"«[^»]*»|“[^”]*”|#[0-9A-F]{6}|шрифт .*$", " ", line)
        assert "has theme colours" in line or english_left(line) == [], line
    dialog.close()


def test_a_data_file_s_problems_are_said_in_the_interface_language() -> None:
    from briefkit.catalog import CatalogError
    from briefkit.catalog import messages as m
    from briefkit.catalog.problems import Problem
    from briefkit.messages import message

    error = CatalogError(
        [
            Problem("data/topics/x.yaml", 3, "title", m.Message(m.MISSING)),
            Problem("data/incidents.csv", 2, "date", m.Message(m.NOT_DATE, value='"2009-13-45"')),
            Problem("data/topics/y.yaml", 4, "", message("data_yaml_invalid", error="x")),
        ]
    )
    i18n.install("en")
    assert "title: is missing; this field is required" in describe_error(error).details
    i18n.install("kk")
    shown = describe_error(error).details
    assert "data/topics/x.yaml:3: title: жоқ; бұл өріс міндетті" in shown
    i18n.install("ru")
    shown = describe_error(error).details
    assert "data/topics/x.yaml:3: title: отсутствует; это поле обязательно" in shown
    assert 'data/incidents.csv:2: date: "2009-13-45" — не дата' in shown
    i18n.install("en")
