"""The main window, offscreen: topics, preview, options, settings, menus, drag and drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence

from briefkit.gui.models import TOPIC_ID
from briefkit.options import ChartMode, ExportOptions, Format

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"


def test_topics_listed_from_the_bundled_data(make_window: Callable[..., Any]) -> None:
    window = make_window()
    panel = window.topics
    assert panel.view.isVisible() and not panel.placeholder.isVisible()
    ids = [panel.proxy.index(r, 0).data(TOPIC_ID) for r in range(panel.proxy.rowCount())]
    assert set(ids) == {
        "aktobe-2016", "wave-2011-2012", "legal-reforms", "extremist-groups", "regional-dimension",
    }  # fmt: skip
    assert panel.data_label.text() == "Data: bundled data"
    assert window.windowIcon().availableSizes(), "the application icon is missing"


def test_filter_box_narrows_the_list(make_window: Callable[..., Any], qtbot: Any) -> None:
    window = make_window()
    qtbot.keyClicks(window.topics.filter, "militants abroad")
    assert window.topics.proxy.rowCount() == 1
    window.topics.filter.clear()
    assert window.topics.proxy.rowCount() == 5


def test_choosing_topics_and_formats_enables_export(make_window: Callable[..., Any]) -> None:
    window = make_window()
    panel, options = window.export_panel, window.options
    window.topics.tick_shown(False)
    assert not panel.export.isEnabled()
    assert "Tick at least one topic" in panel.summary.text()

    window.topics.model.set_checked(["aktobe-2016", "legal-reforms"])
    options.set_formats(("docx",))
    assert panel.export.isEnabled() and window.commands.export.isEnabled()
    assert panel.export.text() == "Export 2 Briefings"
    assert "2 topics as Word report: 2 files" in panel.summary.text()

    options.set_formats(())
    assert not panel.export.isEnabled()
    assert "Tick at least one format" in panel.summary.text()
    options.set_formats(("docx", "pptx", "pdf"))
    assert options.formats() == ("docx", "pptx", "pdf")
    assert "8 files" in panel.summary.text()  # PDF makes two files (report, deck) per topic


def test_preview_shows_sections_key_figures_and_flagged_sources(
    make_window: Callable[..., Any], qtbot: Any, catalog: Any
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.preview.ready, timeout=20_000) as ready:
        window.topics.select("wave-2011-2012")
    assert ready.args == ["wave-2011-2012"]
    preview = window.preview_panel
    topic = catalog.topics["wave-2011-2012"]
    assert preview.title.text() == topic.title
    assert preview.outline.section_titles() == [
        f"{n}. {s.title}" for n, s in enumerate(topic.sections, 1)
    ]
    assert len(preview.key_figures.cards) == len(topic.key_figures) == 5
    assert preview.charts.rowCount() == 4
    assert preview.tabs.tabText(1) == "C&harts (4)"
    assert preview.sources.flagged, "no source is flagged as disagreeing"
    assert "disagree in 12 places" in preview.sources_status.text()
    assert "turned off" in preview.chart_status.text()


@pytest.mark.slow
def test_chart_thumbnails_arrive_in_the_background(
    make_window: Callable[..., Any], qtbot: Any, needs_browser: None
) -> None:
    window = make_window(draw_thumbnails=True)
    with qtbot.waitSignal(window.preview.ready, timeout=20_000):
        window.topics.select("extremist-groups")
    charts = window.preview_panel.charts
    spec_id = charts.spec_ids()[0]
    assert window.isEnabled()  # the window stays usable while the charts come
    qtbot.waitUntil(lambda: charts.has_thumbnail(spec_id), timeout=90_000)
    assert "1 chart," in window.preview_panel.chart_status.text()
    window.preview.wait()


def test_pdf_greyed_out_with_the_reason_when_libreoffice_is_missing(
    make_window: Callable[..., Any],
) -> None:
    window = make_window(pdf_reason="PDF needs LibreOffice, which is not installed.")
    pdf = window.options.format_boxes["pdf"]
    assert not pdf.isEnabled()
    assert "LibreOffice" in pdf.toolTip()
    window.options.set_formats(("docx", "pdf"))
    assert window.options.formats() == ("docx",)


def test_pdf_offered_when_libreoffice_is_found(
    make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefkit.gui import main_window

    monkeypatch.setattr("briefkit.render.office.pdf.find_soffice", lambda: None)
    assert "LibreOffice" in (main_window.pdf_unavailable() or "")
    monkeypatch.setattr("briefkit.render.office.pdf.find_soffice", lambda: "/usr/bin/soffice")
    assert main_window.pdf_unavailable() is None


def _drop(window: Any, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(  # takes a QPoint, where QDropEvent takes a QPointF
        QPoint(50, 50), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dragEnterEvent(enter)
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropped_templates_go_to_their_slot_and_are_checked_at_once(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    fields = window.options.templates
    with qtbot.waitSignals([fields["docx"].checked, fields["pptx"].checked], timeout=30_000):
        assert _drop(window, [TEMPLATES / "deck.pptx", TEMPLATES / "report.docx"]) == (True, True)
    assert window.options.template("docx") == TEMPLATES / "report.docx"
    assert window.options.template("pptx") == TEMPLATES / "deck.pptx"
    assert fields["docx"].state == fields["pptx"].state == "ok"
    assert fields["docx"].verdict.text() == "✓ Good"

    notes = tmp_path / "notes.txt"
    notes.write_text("not a template", encoding="utf-8")
    assert _drop(window, [notes]) == (False, False)
    assert window.options.template("docx") == TEMPLATES / "report.docx"


def test_a_broken_template_is_reported_under_its_slot(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    window = make_window()
    window.topics.model.set_checked(["aktobe-2016"])
    broken = tmp_path / "broken.potx"
    broken.write_bytes(b"this is not a presentation")
    presenter.next_file = broken
    field = window.options.templates["pptx"]
    with qtbot.waitSignal(field.checked, timeout=30_000):
        window.commands.template.trigger()  # Ctrl+O, answered by the presenter
    assert field.state == "error"
    assert "broken.potx" in field.verdict.text() and field.verdict.text().startswith("✗")
    assert "The deck template cannot be used" in window.export_panel.summary.text()
    field.reset.click()
    assert field.state == "bundled" and window.options.template("pptx") is None


def test_settings_survive_a_restart(
    make_window: Callable[..., Any], qtbot: Any, settings: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    window = make_window()
    window.topics.model.set_checked(["legal-reforms", "regional-dimension"])
    window.topics.select("legal-reforms")
    window.options.set_formats(("pptx",))
    window.options.native_charts.setChecked(True)
    window.options.marking.setCurrentText("FOR OFFICIAL USE ONLY")
    window.options.prepared_by.setText("Analysis Unit")
    window.options.set_output_folder(out)
    window.options.set_template("docx", TEMPLATES / "report.docx")
    window.resize(1100, 700)
    window.splitter.setSizes([260, 500, 340])
    sizes = window.splitter.sizes()
    window.close()

    from PySide6.QtCore import QSettings

    from briefkit.gui.settings import Settings

    fresh = Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat))
    again = make_window(store=fresh)
    assert set(again.topics.checked_ids()) == {"legal-reforms", "regional-dimension"}
    assert again.topics.current_id() == "legal-reforms"
    assert again.options.options() == ExportOptions(
        formats=(Format.PPTX,),
        chart_mode=ChartMode.NATIVE,
        template_docx=TEMPLATES / "report.docx",
        marking="FOR OFFICIAL USE ONLY",
        prepared_by="Analysis Unit",
    )
    assert again.options.output_folder() == out
    assert (again.width(), again.height()) == (1100, 700) or again.isMaximized()
    assert again.splitter.sizes() == sizes


def test_a_data_folder_with_problems_gives_a_readable_error(
    make_window: Callable[..., Any],
    qtbot: Any,
    presenter: Any,
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
) -> None:
    window = make_window()
    edit(data_copy / "incidents.csv", "2016-06-05", "2016-06-45")
    presenter.next_folder = data_copy
    with qtbot.waitSignal(window.catalog_failed, timeout=30_000):
        window.commands.data.trigger()
    [report] = presenter.errors
    assert report.title == "The data has problems"
    assert "Traceback" not in report.message
    assert "aktobe-attacks-2016-06-05" in report.details
    count = len(report.details.splitlines())
    assert f"has {count} problems" in report.message
    assert window.topics.model.rowCount() == 5  # the bundled topics stay


def test_another_data_folder_from_the_menu(
    make_window: Callable[..., Any], qtbot: Any, presenter: Any, data_copy: Path
) -> None:
    window = make_window()
    presenter.next_folder = data_copy
    with qtbot.waitSignal(window.catalog_loaded, timeout=30_000):
        window.commands.data.trigger()
    assert window.data_folder == data_copy
    assert str(data_copy) in window.topics.data_label.text()
    assert window.settings.data_folder == data_copy


def test_menus_shortcuts_and_about(make_window: Callable[..., Any], presenter: Any) -> None:
    window = make_window()
    actions = window.commands
    assert actions.export.shortcut() == QKeySequence("Ctrl+E")
    assert actions.template.shortcut() == QKeySequence("Ctrl+O")
    assert actions.quit.shortcut().toString()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Topics", "&View", "&Settings", "&Help"]
    assert actions.import_events.shortcut() == QKeySequence("Ctrl+I")
    assert actions.data_view.shortcut() == QKeySequence("Ctrl+D")
    actions.about.trigger()
    [html] = presenter.abouts
    assert "Briefkit 0.1.0" in html
    assert "Jacob Zenn" in html and "Voloshin" in html  # the data sources


def test_tab_order_follows_the_columns(make_window: Callable[..., Any]) -> None:
    window = make_window()
    wanted = [
        window.topics.filter,
        window.topics.view,
        window.options.format_boxes["docx"],
        window.options.marking,
        window.options.output,
        window.export_panel.export,
    ]
    # Walk the focus chain comparing identities only. (Never call focusProxy() here: in
    # PySide6 6.12 calling it on a header view's viewport corrupts memory, and the chain
    # passes through those.)
    positions: dict[int, int] = {}
    widget = window.topics.filter
    for step in range(500):
        for n, w in enumerate(wanted):
            if widget is w and n not in positions:
                positions[n] = step
        widget = widget.nextInFocusChain()
        if widget is window.topics.filter:
            break
    del widget
    assert sorted(positions) == list(range(len(wanted))), "a control is not in the tab order"
    order = [positions[n] for n in range(len(wanted))]
    assert order == sorted(order)


def test_tooltips_on_the_controls(make_window: Callable[..., Any]) -> None:
    window = make_window()
    controls = [
        window.topics.filter,
        window.topics.view,
        *window.options.format_boxes.values(),
        window.options.templates["docx"].choose,
        window.options.marking,
        window.options.prepared_by,
        window.options.output,
        window.export_panel.cancel,
    ]
    assert all(c.toolTip() for c in controls)


def test_a_ticked_handout_survives_a_restart(
    make_window: Callable[..., Any], settings: Any
) -> None:
    window = make_window()
    window.options.format_boxes["handout"].setChecked(True)
    window.close()

    from PySide6.QtCore import QSettings

    from briefkit.gui.settings import Settings

    fresh = Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat))
    again = make_window(store=fresh)
    assert again.options.format_boxes["handout"].isChecked()
    assert "handout" in again.options.formats()


def test_summary_deck_box_chooses_the_length(make_window: Callable[..., Any]) -> None:
    """'Summary deck' under Options is ``ExportOptions.length``; the disputes' place, which has
    no control, is kept as applied (as the settings remember it)."""
    from briefkit.options import DisputeSlides, Length

    window = make_window()
    panel = window.options
    assert panel.options().length == Length.FULL
    panel.summary_deck.setChecked(True)
    assert panel.options().length == Length.SUMMARY
    chosen = ExportOptions(length=Length.SUMMARY, dispute_slides=DisputeSlides.INLINE)
    panel.apply(chosen)
    assert panel.summary_deck.isChecked()
    assert panel.options().dispute_slides == DisputeSlides.INLINE
    assert panel.summary_deck in panel.tab_chain()
