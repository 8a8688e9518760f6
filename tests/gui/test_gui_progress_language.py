"""An export's steps in the window's language: a Russian window shows Russian progress, whatever
language the briefings are written in."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefkit.catalog.load import bundled_language
from briefkit.export import ExportRequest, ExportResult, WrittenFile
from briefkit.gui.progress_text import progress_text
from briefkit.progress import CancelToken, Progress, say

ENGLISH = bundled_language()  # the briefing's language: the steps come said in English


class _SteppedExport:
    """A stand-in for run_export that says its steps as the core does, one each time the test
    says so."""

    def __init__(self) -> None:
        self.go = threading.Semaphore(0)

    def __call__(self, request: ExportRequest, progress: Progress, cancel: CancelToken) -> Any:
        chart = say(ENGLISH, "chart_rendering", n=4, total=17)
        steps = [
            chart,
            say(ENGLISH, "look", step=chart, look=2, looks=2),
            say(ENGLISH, "writing", file="aktobe-2016.pptx"),
            say(ENGLISH, "converting", name="aktobe-2016"),
        ]
        progress.start(len(steps), say(ENGLISH, "starting"))
        for step in steps:
            self.go.acquire(timeout=30)
            cancel.check()
            progress.advance(step)
        path = request.out_dir / "aktobe-2016.docx"
        return ExportResult(files=[WrittenFile("aktobe-2016", "docx", path, 2048)], seconds=1.0)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            [
                "Отрисовка диаграммы 4 из 17",
                "Отрисовка диаграммы 4 из 17 (оформление 2 из 2)",
                "Запись aktobe-2016.pptx",
                "Преобразование aktobe-2016 в PDF",
            ],
        ),
        (
            "en",
            [
                "Rendering chart 4 of 17",
                "Rendering chart 4 of 17 (2 of 2 looks)",
                "Writing aktobe-2016.pptx",
                "Converting aktobe-2016 to PDF",
            ],
        ),
    ],
)
def test_the_steps_are_shown_in_the_interface_language(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, language: str,
    expected: list[str],
) -> None:  # fmt: skip
    fake = _SteppedExport()
    window = make_window(run_export=fake)
    window.set_interface_language(language)
    panel = window.export_panel
    window.topics.model.set_checked(["aktobe-2016"])
    window.options.set_output_folder(tmp_path)
    messages: list[str] = []
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.commands.export.trigger()
        assert window.job is not None
        window.job.progressed.connect(lambda done, total, message: messages.append(message))
        for text in expected:
            fake.go.release()
            qtbot.waitUntil(lambda text=text: panel.step.text() == text, timeout=10_000)
    starting = {"ru": "Начало", "en": "Starting"}[language]
    assert messages in ([starting, *expected], expected)  # the first may come before connecting


def test_a_plain_message_is_shown_as_it_came() -> None:
    assert progress_text("Rendering chart 4 of 17") == "Rendering chart 4 of 17"
