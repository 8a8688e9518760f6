"""Issue 19: recent exports (File > Recent Exports…), compositions kept as files, the Help menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtGui import QKeySequence

from briefkit.cli import Exit, main
from briefkit.compose.custom import composition_from_args, load_composition
from briefkit.export import ExportRequest, ExportResult, WrittenFile
from briefkit.gui.composer_dialog import ComposerDialog
from briefkit.gui.help_dialog import GuideDialog, ShortcutsDialog, guide_text, shortcut_rows
from briefkit.gui.history import LIMIT, HistoryDialog, HistoryEntry, show_history
from briefkit.options import ExportOptions, Format

# sections without charts: the export needs no browser
PARTS = ["legal-reforms:laws", "aktobe-2016:attack"]


class Recorder:
    """A stand-in for run_export: writes one small file per briefing and remembers requests."""

    def __init__(self) -> None:
        self.requests: list[ExportRequest] = []

    def __call__(self, request: ExportRequest, progress: Any, cancel: Any) -> ExportResult:
        self.requests.append(request)
        names = [*request.topics, *(c.slug for c in request.compositions)]
        files = []
        for name in names:
            path = request.out_dir / f"{name}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"doc")
            files.append(WrittenFile(name, Format.DOCX, path, 3))
        return ExportResult(files=files, lang=request.options.lang)


def export(window: Any, qtbot: Any, start: Callable[[], None]) -> None:
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as finished:
        start()
    assert finished.args[0].status == "done"


def test_recent_exports_open_show_gone_and_export_again(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, opened: list[str]
) -> None:
    run = Recorder()
    window = make_window(run_export=run)
    first, second = tmp_path / "first", tmp_path / "second"
    window.options.apply(ExportOptions(formats=(Format.DOCX,), lang="ru", marking="SECRET"))
    window.options.set_output_folder(first)
    window.topics.model.set_checked(window.topics.model.checked_ids(), False)
    window.topics.model.set_checked(["aktobe-2016", "legal-reforms"])
    export(window, qtbot, window.export)
    window.options.apply(ExportOptions(formats=(Format.DOCX, Format.PPTX)))
    window.options.set_output_folder(second)
    window.topics.model.set_checked(["legal-reforms"], False)
    export(window, qtbot, window.export)

    window.commands.history.trigger()
    dialog = window.findChild(HistoryDialog)
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    newest, oldest = tree.topLevelItem(0), tree.topLevelItem(1)
    assert newest is not None and oldest is not None
    assert newest.text(5) == str(second) and oldest.text(5) == str(first)  # newest first
    assert oldest.text(1) == "Русский" and "Word report" in newest.text(3)
    assert oldest.text(2) == "bundled" and oldest.childCount() == 2
    assert not oldest.text(0).isascii() and newest.text(0).startswith("The Aktobe attacks")
    dialog.open_button.click()
    assert opened[-1] == str(second / "aktobe-2016.docx")
    # files deleted since are shown as gone; Open is off, Export Again is not
    for name in ("aktobe-2016.docx", "legal-reforms.docx"):
        (first / name).unlink()
    dialog.close()
    dialog = show_history(window, window.history)
    oldest = dialog.tree.topLevelItem(1)
    assert oldest is not None and oldest.text(0).endswith("(files gone)")
    child = oldest.child(0)
    assert child is not None and child.text(0) == "aktobe-2016.docx (gone)"
    dialog.tree.setCurrentItem(oldest)
    assert not dialog.open_button.isEnabled() and dialog.again_button.isEnabled()
    export(window, qtbot, dialog.again_button.click)
    again = run.requests[-1]
    assert again.topics == ("aktobe-2016", "legal-reforms") and again.out_dir == first
    assert again.options.lang == "ru" and again.options.marking == "SECRET"
    assert window.options.options().formats == (Format.DOCX,)
    assert window.topics.checked_ids() == ("aktobe-2016", "legal-reforms")
    assert (first / "legal-reforms.docx").exists()
    assert len(window.history.entries()) == 3


def test_history_is_bounded_and_survives_a_restart(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, settings: Any
) -> None:
    window = make_window(run_export=Recorder())
    window.options.set_output_folder(tmp_path / "out")
    window.topics.model.set_checked(["aktobe-2016"])
    export(window, qtbot, window.export)
    entry = window.history.entries()[0]
    for _ in range(LIMIT + 5):
        window.history.add(entry)
    assert len(window.history.entries()) == LIMIT
    settings.store.setValue("history/exports", "[{]")  # damaged by hand: starts afresh
    assert window.history.entries() == []
    dialog = show_history(window, window.history)
    assert dialog.empty.isVisible() and not dialog.again_button.isEnabled()


def test_composer_saves_a_file_the_cli_exports_and_opens_it_again(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    run = Recorder()
    window = make_window(run_export=run)
    window.options.set_output_folder(tmp_path / "briefings")
    dialog = window.open_composer()
    assert isinstance(dialog, ComposerDialog)
    # the folder and formats the export will use
    assert str(tmp_path / "briefings") in dialog.plan.text()
    assert "Word report" in dialog.plan.text()
    dialog.chosen.insert(0, [load_composition_part(p) for p in PARTS])
    dialog.title.setText("Laws after Aktobe: «2016»")
    dialog.subtitle.setText('What changed, and "why"')
    saved = tmp_path / "kept" / "laws.yaml"
    saved.parent.mkdir()
    presenter.next_save = saved
    assert dialog.save() == saved
    assert presenter.proposed == [tmp_path / "briefings" / "laws-after-aktobe-2016.yaml"]
    spec = load_composition(saved)
    assert [str(p) for p in spec.parts] == PARTS
    assert (spec.title, spec.subtitle) == ("Laws after Aktobe: «2016»", 'What changed, and "why"')
    # the command line exports the saved file
    out = tmp_path / "cli"
    args = ["export", "--compose-file", str(saved), "--format", "docx", "--out", str(out)]
    assert main(args) == Exit.OK
    report = Document(str(out / "laws-after-aktobe-2016.docx"))
    assert any("Laws after Aktobe" in p.text for p in report.paragraphs)
    dialog.close()

    # File > Recent Compositions lists it and opens it in the composer
    menu = window.commands.menus["compositions"]
    menu.aboutToShow.emit()
    [action] = menu.actions()
    assert action.text().endswith("laws.yaml") and action.isEnabled()
    action.trigger()
    reopened = window.findChildren(ComposerDialog)[-1]
    assert [str(p) for p in reopened.chosen.parts] == PARTS
    assert reopened.title.text() == "Laws after Aktobe: «2016»"
    assert reopened.export_button.isEnabled()
    export(window, qtbot, reopened.export_button.click)
    assert run.requests[-1].compositions[0].parts == spec.parts
    # Open… reads a broken file with its line and field, and keeps the list as it was
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: X\nsections:\n  - nothing\n", encoding="utf-8")
    dialog = window.open_composer()
    assert isinstance(dialog, ComposerDialog)
    presenter.next_file = broken
    dialog.open_button.click()
    assert f"{broken}:3: sections" in dialog.problem.text() and not dialog.chosen.parts


def load_composition_part(text: str) -> Any:
    from briefkit.compose.custom import parse_part

    return parse_part(text)


def test_help_guide_shortcuts_and_about(
    make_window: Callable[..., Any], qtbot: Any, presenter: Any
) -> None:
    window = make_window()
    window.commands.guide.trigger()
    guide = window.findChild(GuideDialog)
    assert isinstance(guide, GuideDialog)
    assert "Compose a briefing" in guide.text.toPlainText()
    assert "Составной брифинг" in guide_text("ru") and "Recent exports" in guide_text("fr")
    # the shortcuts are read from the actions: a key changed there shows in the list
    window.commands.export.setShortcut(QKeySequence("Ctrl+Shift+F9"))
    window.commands.shortcuts.trigger()
    shortcuts = window.findChild(ShortcutsDialog)
    assert isinstance(shortcuts, ShortcutsDialog)
    rows = dict(shortcut_rows(window.actions()))
    assert rows["Export Briefings"] == "Ctrl+Shift+F9"
    assert rows["Recent Exports"] == "Ctrl+H" and rows["Compose Briefing"] == "Ctrl+Shift+E"
    table = shortcuts.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown == rows
    window.commands.about.trigger()
    [html] = presenter.abouts
    assert "data/README.md" in html
    assert "docs/templates.md" in html or "templates/README.md" in html


def test_russian_help_and_history(
    make_window: Callable[..., Any], qtbot: Any, presenter: Any, tmp_path: Path
) -> None:
    window = make_window()
    window.set_interface_language("ru")
    qtbot.waitUntil(lambda: not window.commands.export.text().isascii(), timeout=5000)
    window.commands.guide.trigger()
    guide = window.findChild(GuideDialog)
    assert isinstance(guide, GuideDialog) and "Руководство" in guide.text.toPlainText()
    rows = dict(shortcut_rows(window.actions()))
    assert "Ctrl+E" in rows.values() and all(name.isascii() is False for name in rows)
    gone = tmp_path / "aktobe-2016.docx"
    entry = HistoryEntry(datetime.now(UTC), tmp_path, (gone,), ExportOptions(), ("aktobe-2016",))
    window.history.add(entry)
    window.commands.history.trigger()
    dialog = window.findChild(HistoryDialog)
    assert isinstance(dialog, HistoryDialog)
    assert dialog.windowTitle() == "Недавние экспорты"
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.text(2) == "встроенный"
    assert item.text(0).endswith("(файлов больше нет)")


def test_export_again_asks_before_replacing_an_edited_file(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    """A real export of a composition (no charts), the report edited, then Export Again."""
    window = make_window()
    out = tmp_path / "out"
    window.options.apply(ExportOptions(formats=(Format.DOCX,)))
    window.options.set_output_folder(out)
    spec = composition_from_args(PARTS, "Laws after Aktobe")
    export(window, qtbot, lambda: window.exports.start_composition(spec))
    report = out / "laws-after-aktobe.docx"
    document = Document(str(report))
    document.add_paragraph("A trainer's note")
    document.save(str(report))
    window.options.apply(ExportOptions(formats=(Format.DOCX, Format.PPTX)))
    window.options.set_output_folder(tmp_path / "elsewhere")
    dialog = show_history(window, window.history)
    presenter.existing_answer = None  # Cancel
    with qtbot.waitSignal(window.export_finished, timeout=60_000):
        dialog.again_button.click()
    assert presenter.existing == [[report]]
    assert window.options.options().formats == (Format.DOCX,)
    assert window.options.output_folder() == out
    assert "A trainer's note" in [p.text for p in Document(str(report)).paragraphs]


def test_composer_keeps_a_files_deck_length_when_saving_it_again(
    make_window: Callable[..., Any], tmp_path: Path, presenter: Any
) -> None:
    from briefkit.options import Length

    path = tmp_path / "short.yaml"
    sections = "".join(f"  - {p}\n" for p in PARTS)
    path.write_text(f"title: Short\nlength: summary\nsections:\n{sections}", encoding="utf-8")
    dialog = make_window().open_composer()
    assert isinstance(dialog, ComposerDialog) and dialog.load(path)
    spec, why = dialog.composition()
    assert spec is not None and spec.length == Length.SUMMARY, why
    again = tmp_path / "again.yaml"
    presenter.next_save = again
    assert dialog.save() == again
    assert load_composition(again).length == Length.SUMMARY
    assert "length: summary" in again.read_text(encoding="utf-8")
