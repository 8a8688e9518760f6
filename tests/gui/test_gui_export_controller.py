"""The export controller on its own: it needs only what to export, a progress view and a
results view (no main window)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from briefkit.export import ExportRequest, ExportResult, WrittenFile
from briefkit.gui.export_controller import ExportChoice, ExportController
from briefkit.options import ChartMode, ExportOptions, Format


@dataclass
class Source:
    choice: ExportChoice

    def export_choice(self) -> ExportChoice:
        return self.choice


@dataclass
class Strip:
    """A progress and results view that remembers what it was told."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self.calls.append((name, args))

    def said(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]


def test_it_says_why_not_then_runs_the_request_it_is_given(
    qtbot: Any, presenter: Any, tmp_path: Path
) -> None:
    options = ExportOptions(formats=(Format.DOCX, Format.PDF), chart_mode=ChartMode.NATIVE)
    source = Source(ExportChoice(topics=None, options=options, out_dir=tmp_path))
    strip, requests, parent = Strip(), [], QWidget()
    qtbot.addWidget(parent)

    def run(request: ExportRequest, progress: Any, cancel: Any) -> ExportResult:
        requests.append(request)
        written = WrittenFile("aktobe-2016", Format.DOCX, tmp_path / "aktobe-2016.docx", 10)
        return ExportResult(files=[written])

    exports = ExportController(source, strip, strip, presenter, parent, tmp_path / "c", run)
    ready: list[bool] = []
    exports.ready_changed.connect(ready.append)
    exports.update_ready()
    assert strip.said("set_ready")[-1][1:] == (False, "Loading the topics…")
    source.choice = ExportChoice(("aktobe-2016",), options, tmp_path, data_dir=tmp_path / "d")
    exports.update_ready()
    summary, enabled, why = strip.said("set_ready")[-1]
    assert (enabled, why, ready) == (True, "", [False, True])
    assert summary == f"1 topic as Word report, PDF: 3 files into {tmp_path} (English)"

    running: list[bool] = []
    exports.running_changed.connect(running.append)
    with qtbot.waitSignal(exports.finished, timeout=10_000) as finished:
        exports.start()
    assert finished.args[0].status == "done"
    [request] = requests
    assert (request.topics, request.options, request.out_dir) == (
        ("aktobe-2016",),
        options,
        tmp_path,
    )
    assert (request.data_dir, request.cache_dir) == (tmp_path / "d", tmp_path / "c")
    assert running == [True, False]
    assert strip.said("start") and strip.said("stop")
    [(result, folder)] = strip.said("show_result")
    assert folder == tmp_path and [f.path.name for f in result.files] == ["aktobe-2016.docx"]
