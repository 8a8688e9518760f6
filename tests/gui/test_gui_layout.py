"""The window as a new user meets it (issue 19): Tab follows the columns, focus shows, what a
screen reader reads is plain text, the results never widen the window, labels are cut only
when they must be, a stale template error goes, the composer and the template picker speak the
right language and look in the right place."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from briefkit.export import ExportRequest, ExportResult, WrittenFile
from briefkit.options import Format
from briefkit.progress import CancelToken, Progress
from briefkit.resources import bundled
from helpers.template_checks import renamed_deck

MARKUP = re.compile(r"</?(b|i|p|br|span|ul|li|h\d)\b", re.IGNORECASE)


def _focus_order(window: Any, qtbot: Any, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab visits from ``start``, as a person pressing it sees them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_follows_the_options_column_top_to_bottom_then_export(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    window.topics.model.set_checked(["aktobe-2016"])  # Export can be pressed
    options = window.options
    seen = _focus_order(window, qtbot, window.topics.filter, 30)
    expected = [
        *options.format_boxes.values(),
        options.native_charts,
        options.house_charts,
        options.language,
        options.templates[Format.DOCX].choose,
        options.templates[Format.PPTX].choose,
        options.marking,
        options.prepared_by,
        options.output,
        options.browse,
        window.export_panel.export,
    ]
    visited = [w for w in seen if w in expected]
    assert visited[: len(expected)] == expected


def test_the_export_button_shows_when_it_has_the_focus(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    window.topics.model.set_checked(["aktobe-2016"])
    export = window.export_panel.export
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.options.browse.setFocus()
    without = export.grab().toImage()
    export.setFocus()
    qtbot.waitUntil(export.hasFocus)
    with_focus = export.grab().toImage()
    assert with_focus != without


def _accessible_texts(root: QWidget) -> dict[str, str]:
    """Every widget's accessible name and description under ``root``, as a reader gets them."""
    texts = {}
    for widget in [root, *root.findChildren(QWidget)]:
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None:
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            texts[f"{type(widget).__name__} {widget.objectName()} {kind.name}"] = face.text(kind)
    return texts


def test_a_screen_reader_reads_plain_text(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.preview_panel.key_figures.cards))  # rich tooltips
    marked = {k: v for k, v in _accessible_texts(window).items() if MARKUP.search(v)}
    assert marked == {}

    def name(widget: QWidget) -> str:
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None
        return face.text(QAccessible.Text.Name)

    assert name(window.topics.filter) == "Filter topics"
    line = window.options.marking.lineEdit()
    assert line is not None
    assert name(window.options.marking) == name(line) == "Marking"
    assert name(window.options.prepared_by) == "Prepared by"
    card = window.preview_panel.key_figures.cards[0]
    face = QAccessible.queryAccessibleInterface(card)
    assert face is not None
    description = face.text(QAccessible.Text.Description)
    assert description.startswith(card.accessibleName()) and "Sources:" in description


LONG = "the-2011-2012-wave-of-attacks-and-operations-in-aktobe-atyrau-taraz-and-almaty-ru"


def _long_names(request: ExportRequest, progress: Progress, cancel: CancelToken) -> ExportResult:
    """A finished export of files with long names, and long warnings."""
    progress.start(1, "Starting")
    progress.finish("done")
    files = [
        WrittenFile(LONG, fmt, request.out_dir / f"{LONG}{suffix}", 3 * 1024 * 1024)
        for fmt, suffix in (
            (Format.DOCX, ".docx"), (Format.PPTX, ".pptx"), (Format.PDF, "-report.pdf"),
            (Format.PDF, "-deck.pdf"), (Format.HANDOUT, "-handout.docx"),
        )
    ]  # fmt: skip
    warning = f"{LONG}.pptx: " + "a very long warning without a break " * 6
    return ExportResult(files=files, warnings=[warning] * 3, seconds=1.5)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_results_of_an_export_never_widen_the_window(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, settings: Any, lang: str
) -> None:
    window = make_window(run_export=_long_names)
    field = window.options.templates[Format.PPTX]
    with qtbot.waitSignal(field.checked, timeout=30_000):  # a verdict of several lines
        window.use_template(renamed_deck(tmp_path))
    _speaks(window, qtbot, lang)
    qtbot.wait(300)  # the layout follows the texts
    window.resize(window.minimumSizeHint().width(), 800)  # as narrow as it goes, 800 high
    qtbot.waitUntil(lambda: window.width() == window.minimumSizeHint().width())
    before = window.size()
    window.topics.model.set_checked(["aktobe-2016"])
    window.options.set_output_folder(tmp_path / ("a-long-folder-name-" * 4))
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.commands.export.trigger()
    qtbot.wait(100)  # the layout settles
    panel = window.export_panel
    assert panel.results.isVisible() and len(panel.file_rows) == 5
    assert window.size() == before
    assert window.minimumSizeHint().width() <= before.width()
    assert window.minimumSizeHint().height() <= before.height()
    assert _squashed(window.options) == []  # the columns above keep their height
    gaps = [row.name.x() - row.kind.x() - row.kind.sizeHint().width() for row in panel.file_rows]
    assert min(gaps) >= 8  # a space between the kind and the name, in any language
    assert len({row.name.x() for row in panel.file_rows}) == 1  # the names in one column
    row = panel.file_rows[0]
    assert row.name.toolTip() == str(row.path)  # cut names say their whole name
    for button in (row.open, row.show_folder):  # whole buttons, not squashed
        assert button.width() >= button.sizeHint().width()
    window.save_settings()
    window.close()
    again = make_window()
    assert again.size() == before


def _squashed(root: QWidget) -> list[str]:
    """The buttons and boxes under ``root`` shown lower than they need."""
    return [
        f"{type(w).__name__} {w.height()} < {w.minimumSizeHint().height()}"
        for kind in (QAbstractButton, QComboBox)
        for w in root.findChildren(kind)
        if w.isVisible() and w.height() < w.minimumSizeHint().height()
    ]


def test_a_long_verdict_scrolls_the_options_rather_than_grow_the_window(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    _speaks(window, qtbot, "ru")  # longer words, more lines
    window.resize(1280, 800)
    qtbot.wait(300)
    field = window.options.templates[Format.PPTX]
    broken = tmp_path / ("A deck template with a long name from another department" + ".pptx")
    broken.write_bytes(b"PK\x03\x04 not really a presentation")
    with qtbot.waitSignal(field.checked, timeout=30_000):
        window.use_template(broken)
    assert field.state == "error" and field.verdict.text().count("\n") == 0
    qtbot.wait(300)
    assert window.size().height() == 800
    assert _squashed(window.options) == []


def _cut(label: Any) -> bool:
    """True when a label shows less than its whole text."""
    return bool(label.width() < label.fontMetrics().horizontalAdvance(label.text()))


def _speaks(window: Any, qtbot: Any, lang: str) -> None:
    """Switch the interface language and wait until the window shows it."""
    window.set_interface_language(lang)
    title = {"en": "Templates", "ru": "Шаблоны", "kk": "Үлгілер"}[lang]
    qtbot.waitUntil(lambda: window.options.templates_group.title() == title)


def test_template_names_are_whole_when_they_fit_in_any_language(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    fields = window.options.templates.values()
    deck = Path(__file__).parents[1] / "fixtures" / "templates" / "deck" / "poi-bug60993.pptx"

    def problems() -> list[str]:
        found = [f"cut {f.name.text()}" for f in fields if _cut(f.name)]
        found += [f"cut {f.title.text()}" for f in fields if _cut(f.title)]
        buttons = [b for f in fields for b in (f.choose, f.reset)]
        return found + [f"squashed {b.text()}" for b in buttons if b.width() < b.sizeHint().width()]

    for lang in ("ru", "en", "kk", "ru", "en"):
        window.set_interface_language(lang)
        qtbot.wait(300)  # the texts change, then the layout
        try:  # (slower on a busy machine)
            qtbot.waitUntil(lambda: not problems(), timeout=3000)
        except qtbot.TimeoutError:
            raise AssertionError(f"{lang}: {problems()}") from None
    window.options.set_template(Format.PPTX, deck)  # a short file name: shown whole too
    name = window.options.templates[Format.PPTX].name
    qtbot.waitUntil(lambda: not _cut(name), timeout=3000)
    assert name.toolTip() == str(deck)


def test_a_template_error_goes_once_a_usable_template_is_chosen(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    window = make_window()
    field = window.options.templates[Format.PPTX]
    broken = tmp_path / "Our deck template.pptx"
    broken.write_bytes(b"PK\x03\x04 not really a presentation")
    window.use_template(broken)
    qtbot.waitUntil(lambda: field.state == "error", timeout=30_000)
    window.topics.model.set_checked(["aktobe-2016"])
    window.options.set_formats((Format.PPTX,))
    window.options.set_output_folder(tmp_path / "out")
    with qtbot.waitSignal(window.export_finished, timeout=60_000):
        window.commands.export.trigger()
    panel = window.export_panel
    assert "Export failed" in panel.result_title.text() and panel.results.isVisible()
    assert presenter.errors[0].title == "The template cannot be used"

    window.use_template(broken)  # checked again, still unusable: the error stays
    qtbot.waitUntil(lambda: field.state == "error", timeout=30_000)
    assert panel.results.isVisible()
    deck = tmp_path / "Our good deck.pptx"
    shutil.copyfile(bundled("templates") / "deck.pptx", deck)
    window.use_template(deck)
    assert panel.results.isVisible()  # not before its verdict
    qtbot.waitUntil(lambda: field.state in ("ok", "warnings"), timeout=60_000)
    assert not panel.results.isVisible()
    assert window.export_panel.export.isEnabled()
    window.exports.retranslate()  # a language change does not bring it back
    assert not panel.results.isVisible()


def _section_titles(dialog: Any) -> list[str]:
    model = dialog.sections
    topics = [model.index(t, 0) for t in range(model.rowCount())]
    return [str(model.index(s, 0, t).data()) for t in topics for s in range(model.rowCount(t))]


@pytest.mark.parametrize(("interface", "briefing"), [("en", "ru"), ("ru", "en")])
def test_the_composer_lists_sections_in_the_briefing_language(
    make_window: Callable[..., Any], qtbot: Any, interface: str, briefing: str
) -> None:
    window = make_window()
    window.set_interface_language(interface)
    window.options.set_output_language(briefing)
    dialog = window.open_composer()
    assert dialog is not None
    titles = _section_titles(dialog)
    summary = {"en": "Executive summary", "ru": "Краткое изложение"}
    assert titles.count(summary[briefing]) == len(window.catalog.topics)
    assert summary[interface] not in titles
    cyrillic = [bool(re.search("[а-яё]", t, re.IGNORECASE)) for t in titles]
    assert all(cyrillic) if briefing == "ru" else not any(cyrillic)
    labels = {"en": "Compose a Briefing", "ru": "Составить брифинг"}
    assert dialog.windowTitle() == labels[interface]
    dialog.close()


def test_the_template_pickers_offer_their_kind_from_a_sensible_folder(
    make_window: Callable[..., Any], presenter: Any, tmp_path: Path
) -> None:
    from briefkit.gui.settings import default_template_folder

    window = make_window()
    window.choose_template("pptx")
    deck_filter = presenter.titles[-1]
    assert "*.pptx" in deck_filter and "*.potx" in deck_filter and ".docx" not in deck_filter
    window.choose_template("docx")
    report_filter = presenter.titles[-1]
    assert "*.docx" in report_filter and "*.dotx" in report_filter and ".pptx" not in report_filter
    window.choose_template(None)  # Ctrl+O: either kind
    assert all(f"*.{ext}" in presenter.titles[-1] for ext in ("docx", "dotx", "pptx", "potx"))
    first = presenter.folders[0]
    assert first is not None and first.is_dir() and first != Path.cwd()
    assert presenter.folders == [default_template_folder()] * 3

    chosen = tmp_path / "templates" / "Our deck.pptx"
    chosen.parent.mkdir()
    shutil.copyfile(bundled("templates") / "deck.pptx", chosen)
    presenter.next_file = chosen
    window.choose_template("pptx")
    presenter.next_file = None
    window.choose_template("docx")
    assert presenter.folders[-1] == chosen.parent  # where the last template came from


def test_plain_text_keeps_the_words_and_drops_markup_and_mnemonics() -> None:
    from briefkit.gui.accessible import plain

    assert plain("<b>Topics</b>") == "Topics"
    assert plain("&Marking:") == "Marking"
    assert plain("Q&&A and fish & chips") == "Q&A and fish & chips"
    assert plain("<b>15</b> dead<br><i>in Taraz</i><br>Sources: [1]") == (
        "15 dead\nin Taraz\nSources: [1]"
    )
    assert plain("Tom &amp; Jerry") == "Tom & Jerry"
    assert plain("written as <topic>.docx") == "written as <topic>.docx"


def test_both_keep_both_questions_name_the_real_next_free_name(tmp_path: Path) -> None:
    from briefkit.gui.dialogs import existing_question, made_differently_question

    deck = tmp_path / "aktobe-2016.pptx"
    for name in (deck.name, "aktobe-2016-2.pptx"):
        (tmp_path / name).write_bytes(b"a deck")
    for ask in (existing_question, made_differently_question):
        _title, question = ask([deck])
        assert "aktobe-2016-3.pptx" in question and "aktobe-2016-2.pptx" not in question
