"""The window's chart browser: shared by the chart thumbnails and the Pages tab's export (one
browser, each chart drawn once), kept for the next topic, gone with the window."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="the page preview needs LibreOffice and poppler-utils",
)


@pytest.mark.slow
def test_thumbnails_and_pages_share_one_browser_which_goes_with_the_window(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, needs_browser: None
) -> None:
    cache = tmp_path / "cache"
    window = make_window(cache_dir=cache, draw_thumbnails=True, wait=False)
    thumbnails: list[Any] = []
    window.preview.thumbnails.arrived.connect(thumbnails.append)
    with qtbot.waitSignal(window.preview.ready, timeout=30_000):
        window.start()  # the first topic is shown, its charts drawn
    assert window.preview.topic_id == "aktobe-2016"
    browser = window.preview.thumbnails.browser
    qtbot.waitUntil(lambda: browser.process is not None, timeout=30_000)
    process = browser.process
    panel = window.preview_panel
    panel.tabs.setCurrentWidget(panel.pages)  # the pages' export runs beside the thumbnails
    assert window.pages.service.busy and window.preview.thumbnails.busy
    with qtbot.waitSignal(window.pages.service.done, timeout=180_000):
        pass
    qtbot.waitUntil(lambda: not window.preview.thumbnails.busy, timeout=60_000)
    charts = window.preview_panel.briefing.charts
    assert {t.spec_id for t in thumbnails} == {c.id for c in charts}
    assert browser.starts == 1 and browser.process is process  # one browser for both
    assert len(list(cache.glob("*.png"))) == len(charts)  # each chart drawn once
    assert panel.pages.model.rowCount() == len(panel.pages.pages) > 0
    assert process is not None and process.poll() is None  # kept for the next topic
    window.close()
    assert process.poll() is not None and not browser.running
