"""The window shows a chosen template's whole verdict, and an export's every warning."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefkit.export import ExportResult, WrittenFile
from briefkit.options import Format
from helpers.report_quirks import gongwen_template
from helpers.template_checks import cramped_chart_deck, renamed_deck


def test_a_template_with_changes_shows_its_whole_verdict(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    field = window.options.templates[Format.PPTX]
    assert not field.details.isVisible()
    with qtbot.waitSignal(field.checked, timeout=60_000):
        window.use_template(renamed_deck(tmp_path))
    assert field.state == "warnings"
    verdict = field.result
    assert verdict is not None and len(verdict.changes) == 6
    text = field.verdict.text()
    assert text.startswith("Usable, with changes: 6\n• The deck template renamed.pptx")
    assert text.endswith("… and 5 more (Details…)")
    shown = [line for line in text.splitlines() if line.startswith("• ")]
    assert len(shown) == 1 and all(len(line) <= 52 for line in shown), shown  # one, short
    assert all(change in field.verdict.toolTip() for change in verdict.changes)
    assert field.details.isVisible()

    field.details.click()
    dialog = field.details_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.text.toPlainText()
    assert shown.splitlines()[0] == "renamed.pptx: Usable, with changes: 6"
    for change in verdict.changes:
        assert change in shown  # every change in full, none hidden
    assert "chart slides" in shown and " cm" in shown
    assert "expected slides for aktobe-2016:" in shown
    assert "charts: the theme's colours" in shown
    dialog.close()

    field.reset.click()
    assert not field.details.isVisible() and field.result is None


def test_a_report_templates_verdict_shows_its_expected_pages(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    """A 16 pt government template: the page count far above the bundled one's is a change,
    and the details give the estimated count beside the bundled template's."""
    window = make_window()
    field = window.options.templates[Format.DOCX]
    with qtbot.waitSignal(field.checked, timeout=60_000):
        window.use_template(gongwen_template(tmp_path / "gongwen.docx"))
    verdict = field.result
    assert verdict is not None and verdict.pages is not None
    assert any(f"takes about {verdict.pages} pages" in c for c in verdict.changes)
    assert f"takes about {verdict.pages} pages" in field.verdict.toolTip()
    field.details.click()
    dialog = field.details_dialog
    assert dialog is not None
    shown = dialog.text.toPlainText()
    assert f"expected pages for aktobe-2016: about {verdict.pages} with this template, " in shown
    dialog.close()


def test_every_export_warning_can_be_opened(
    make_window: Callable[..., Any], tmp_path: Path
) -> None:
    window = make_window()
    panel = window.export_panel
    warnings = [f"Warning number {n}." for n in range(1, 10)]
    written = WrittenFile("aktobe-2016", Format.DOCX, tmp_path / "a.docx", 10)
    panel.show_result(ExportResult([written], warnings), tmp_path)
    assert "… and 3 more" in panel.warnings.text()
    assert panel.all_warnings.isVisible()
    assert panel.all_warnings.text() == "Show All 9 Warnings…"
    panel.all_warnings.click()
    dialog = panel.warnings_dialog
    assert dialog is not None and dialog.isVisible()
    assert all(w in dialog.text.toPlainText() for w in warnings)
    dialog.close()

    panel.show_result(ExportResult([written], warnings[:2]), tmp_path)
    assert not panel.all_warnings.isVisible()  # two warnings are all shown already


def test_a_template_too_small_for_the_charts_says_so_in_its_first_line(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    """Issue 19, defect 1: not "Usable, with changes: 3" with the charts' trouble hidden
    among the changes, but the charts named in the verdict's first line."""
    window = make_window()
    field = window.options.templates[Format.PPTX]
    with qtbot.waitSignal(field.checked, timeout=60_000):
        window.use_template(cramped_chart_deck(tmp_path))
    verdict = field.result
    assert verdict is not None and field.state == "warnings"
    first = field.verdict.text().splitlines()[0]
    said = "its chart slides are too small for the charts"
    assert first == f"⚠ Usable, but {said} (changes: {len(verdict.changes)})"
    assert verdict.headline.startswith("Usable, but its chart slides are too small for the charts")


def test_charts_and_tables_left_out_are_named_in_the_first_line(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """A deck that would come out without its charts and tables (their slides are made, the
    pictures and tables not put in): the first line counts what is missing."""
    import briefkit.render.deck.chart_slides as chart_slides
    import briefkit.render.deck.tables as deck_tables
    from briefkit.template_check import check_template

    check_template(renamed_deck(tmp_path))  # the bundled deck's counts, made as usual
    monkeypatch.setattr(chart_slides, "_insert_picture", lambda *args: None)
    monkeypatch.setattr(deck_tables.TableSlides, "table", lambda *args: None)
    window = make_window()
    field = window.options.templates[Format.PPTX]
    with qtbot.waitSignal(field.checked, timeout=60_000):
        window.use_template(renamed_deck(tmp_path))
    first = field.verdict.text().splitlines()[0]
    left_out = r"⚠ Usable, but 2 of 2 charts would be left out; (\d+) of (\d+) tables would be left"
    said = re.match(left_out, first)
    assert said and int(said[1]) > 0, first  # the tables TableSlides writes, of all the deck's
    left, tables = said[1], said[2]
    window.set_interface_language("ru")
    qtbot.waitUntil(lambda: "не войдут" in field.verdict.text(), timeout=5_000)
    first = field.verdict.text().splitlines()[0]
    assert "2 из 2 диаграмм не войдут" in first, first
    assert f"{left} из {tables} таблиц не войдут" in first, first
