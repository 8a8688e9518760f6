"""Exporting from the window: the real job in the background, progress, cancel, errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pptx import Presentation

from briefkit.export import ExportRequest, ExportResult, WrittenFile
from briefkit.gui.dialogs import ErrorDialog, ErrorReport, Presenter, QtPresenter, describe_error
from briefkit.gui.export_job import ExportOutcome
from briefkit.progress import CancelToken, Progress


def _prepare(window: Any, out: Path, topic: str, formats: tuple[str, ...]) -> list[str]:
    """Tick one topic and the formats; returns the list the progress messages go into."""
    window.topics.tick_shown(False)
    window.topics.model.set_checked([topic])
    window.options.set_formats(formats)
    window.options.set_output_folder(out)
    return []


def _start(window: Any, messages: list[str]) -> None:
    window.commands.export.trigger()  # Ctrl+E
    assert window.job is not None and window.job.running
    window.job.progressed.connect(lambda done, total, message: messages.append(message))


@pytest.mark.slow
def test_a_real_export_runs_in_the_background_and_lists_its_files(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, opened: list[str],
    needs_browser: None,
) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "briefings"
    messages = _prepare(window, out, "extremist-groups", ("docx", "pptx"))
    window.options.marking.setCurrentText("FOR OFFICIAL USE ONLY")
    window.options.prepared_by.setText("Test Unit")
    with qtbot.waitSignal(window.export_finished, timeout=180_000) as finished:
        _start(window, messages)
        assert window.export_panel.cancel.isVisible()
        assert not window.options.isEnabled()
        assert window.preview_panel.isEnabled()  # the window stays usable while it runs
    outcome: ExportOutcome = finished.args[0]
    assert outcome.status == "done", outcome.error
    assert outcome.result is not None
    assert sorted(p.name for p in out.glob("[!.]*")) == [
        "extremist-groups.docx",
        "extremist-groups.pptx",
    ]
    # one step per chart, numbered from 1 ("Rendering" when drawn, "Preparing" when cached)
    assert any(m.endswith("chart 1 of 1") for m in messages), messages
    assert "Writing extremist-groups.pptx" in messages

    text = "\n".join(p.text for p in Document(str(out / "extremist-groups.docx")).paragraphs)
    assert "Extremist groups and their foreign links" in text
    assert "FOR OFFICIAL USE ONLY" in text and "Test Unit" in text
    deck = Presentation(str(out / "extremist-groups.pptx"))
    assert len(deck.slides) > 5

    panel = window.export_panel
    assert panel.results.isVisible() and not panel.cancel.isVisible()
    assert [row.path.name for row in panel.file_rows] == [
        "extremist-groups.docx", "extremist-groups.pptx",
    ]  # fmt: skip
    assert "Wrote 2 files" in panel.result_title.text()
    panel.file_rows[1].open.click()
    panel.file_rows[1].show_folder.click()
    assert opened == [str(out / "extremist-groups.pptx"), str(out)]
    assert window.options.isEnabled() and window.commands.export.isEnabled()


@pytest.mark.slow
def test_cancel_while_writing_stops_within_a_second_and_leaves_no_partial_file(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, needs_browser: None
) -> None:
    window = make_window()
    out = tmp_path / "briefings"
    messages = _prepare(window, out, "wave-2011-2012", ("docx", "pptx"))
    with qtbot.waitSignal(window.export_finished, timeout=180_000) as finished:
        _start(window, messages)
        qtbot.waitUntil(lambda: any(m.startswith("Writing") for m in messages), timeout=170_000)
        window.export_panel.cancel.click()
        assert window.export_panel.cancel.text() == "Cancelling…"
    outcome: ExportOutcome = finished.args[0]
    assert outcome.status == "cancelled"
    assert outcome.cancel_seconds is not None and outcome.cancel_seconds < 1.5
    assert not list(out.glob(".*.part")), "a partial file was left behind"
    written = sorted(out.glob("[!.]*"))  # the manifest (a dot file) is not a briefing
    assert written == sorted(outcome.kept)
    assert [p.name for p in written] in ([], ["wave-2011-2012.docx"])
    for path in written:  # whatever was kept is whole
        Document(str(path))
    assert "cancelled" in window.export_panel.result_title.text()


def test_cancel_while_preparing_writes_nothing(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    out = tmp_path / "briefings"
    messages = _prepare(window, out, "aktobe-2016", ("docx", "pptx"))
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as finished:
        _start(window, messages)
        window.commands.cancel.trigger()  # Esc
    outcome: ExportOutcome = finished.args[0]
    assert outcome.status == "cancelled"
    assert outcome.cancel_seconds is not None and outcome.cancel_seconds < 1.5
    assert not out.exists() or not list(out.iterdir())
    assert outcome.kept == []


def test_a_broken_template_gives_the_error_dialog_and_no_files(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    window = make_window()
    out = tmp_path / "briefings"
    broken = tmp_path / "ours.pptx"
    broken.write_bytes(b"PK\x03\x04 this zip is cut short")
    field = window.options.templates["pptx"]
    with qtbot.waitSignal(field.checked, timeout=30_000):
        window.use_template(broken)
    assert field.state == "error"
    messages = _prepare(window, out, "legal-reforms", ("docx", "pptx"))
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as finished:
        _start(window, messages)
    assert finished.args[0].status == "failed"
    [report] = presenter.errors
    assert report.title == "The template cannot be used"
    assert "ours.pptx" in report.message and "Nothing was written" in report.message
    assert "Traceback" not in report.message
    assert report.details
    assert not out.exists() or not list(out.iterdir())
    assert "Export failed" in window.export_panel.result_title.text()


class _SteppedExport:
    """A stand-in for run_export that moves one step each time the test says so."""

    def __init__(self, steps: list[str]) -> None:
        self.steps = steps
        self.go = threading.Semaphore(0)

    def __call__(self, request: ExportRequest, progress: Progress, cancel: CancelToken) -> Any:
        progress.start(len(self.steps), "Starting")
        for step in self.steps:
            self.go.acquire(timeout=30)
            cancel.check()
            progress.advance(step)
        progress.finish("done")
        path = request.out_dir / "aktobe-2016.docx"
        return ExportResult(files=[WrittenFile("aktobe-2016", "docx", path, 2048)], seconds=1.0)


def test_progress_shows_the_current_step(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    fake = _SteppedExport(["Rendering chart 4 of 17", "Writing aktobe-2016.pptx"])
    window = make_window(run_export=fake)
    panel = window.export_panel
    messages = _prepare(window, tmp_path, "aktobe-2016", ("docx",))
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        _start(window, messages)
        fake.go.release()
        qtbot.waitUntil(lambda: panel.step.text() == "Rendering chart 4 of 17", timeout=10_000)
        assert (panel.progress.value(), panel.progress.maximum()) == (1, 2)
        fake.go.release()
        qtbot.waitUntil(lambda: panel.step.text() == "Writing aktobe-2016.pptx", timeout=10_000)
        assert panel.progress.value() == 2
    assert panel.file_rows[0].path.name == "aktobe-2016.docx"


def test_closing_during_an_export_asks_then_cancels(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    fake = _SteppedExport(["one", "two", "three"])
    window = make_window(run_export=fake)
    _start(window, _prepare(window, tmp_path, "aktobe-2016", ("docx",)))
    presenter.confirm_answer = False
    assert not window.close()
    assert window.exporting
    presenter.confirm_answer = True
    fake.go.release(3)
    assert window.close()
    assert len(presenter.confirms) == 2


def test_an_unexpected_error_keeps_the_traceback_in_the_details(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, presenter: Any
) -> None:
    def broken(*_: Any) -> Any:
        raise ZeroDivisionError("division by zero")

    window = make_window(run_export=broken)
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        _start(window, _prepare(window, tmp_path, "aktobe-2016", ("docx",)))
    [report] = presenter.errors
    assert report.title == "Something unexpected went wrong"
    assert "Traceback" not in report.message and "ZeroDivisionError" not in report.message
    assert "Traceback" in report.details and "ZeroDivisionError" in report.details


def test_error_dialog_folds_the_details_away(qtbot: Any) -> None:
    report = ErrorReport("The data has problems", "Fix them.", "a.csv:3: date: not a date")
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.details.isVisible()
    dialog.toggle.click()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText() == "a.csv:3: date: not a date"
    assert dialog.toggle.text() == "Hide &Details"


def test_describe_error_speaks_in_sentences() -> None:
    from briefkit.charts import BrowserNotFound
    from briefkit.export import OutputError

    report = describe_error(BrowserNotFound())
    assert report.title == "No browser to draw the charts"
    assert "install Chromium" in report.message
    report = describe_error(OutputError("cannot write /x/y.docx: Permission denied"))
    assert report.message.startswith("Cannot write /x/y.docx: Permission denied.")
    assert "Choose another output folder" in report.message


def test_the_qt_presenter_has_every_presenter_method() -> None:
    """The real presenter can pick a template file and a folder (not only the tests' one)."""
    wanted = [n for n in vars(Presenter) if not n.startswith("_")]
    assert {"open_file", "choose_folder"} <= set(wanted)
    assert [n for n in wanted if not callable(getattr(QtPresenter, n, None))] == []
