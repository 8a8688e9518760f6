"""The Pages tab: every slide of the deck and every page of the report, rendered in the
background from the documents an export writes, cached, with a large view."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt

from briefkit.page_preview import Document

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="the page preview needs LibreOffice and poppler-utils",
)


def _show_pages(window: Any, qtbot: Any, topic: str) -> None:
    with qtbot.waitSignal(window.preview.ready, timeout=20_000):
        window.topics.select(topic)
    panel = window.preview_panel
    panel.tabs.setCurrentWidget(panel.pages)


def _pdf_pages(document: Path, work: Path) -> int:
    profile = (work / "lo").as_uri()
    subprocess.run(
        [
            *("soffice", f"-env:UserInstallation={profile}", "--headless"),
            *("--convert-to", "pdf", "--outdir", str(work), str(document)),
        ],
        capture_output=True,
        check=True,
        timeout=120,
    )
    info = subprocess.run(
        ["pdfinfo", str(work / f"{document.stem}.pdf")], capture_output=True, text=True
    )
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


@pytest.mark.slow
def test_pages_arrive_one_per_slide_and_page_then_come_from_the_cache(
    make_window: Callable[..., Any],
    qtbot: Any,
    tmp_path: Path,
    needs_browser: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    _show_pages(window, qtbot, "legal-reforms")
    tab, pages = window.preview_panel.pages, window.pages
    assert tab.stop.isVisibleTo(tab) and "Rendering pages" in tab.status.text()
    with qtbot.waitSignal(pages.service.done, timeout=120_000):
        pass
    shown = tab.pages
    deck = [p for p in shown if p.document == Document.DECK]
    report = [p for p in shown if p.document == Document.REPORT]
    # the same documents as an export: count the slides and the PDF's pages ourselves
    out = tmp_path / "out"
    from briefkit.export import ExportRequest, run_export
    from briefkit.options import ExportOptions, Format

    run_export(
        ExportRequest(
            ("legal-reforms",),
            ExportOptions(formats=(Format.DOCX, Format.PPTX)),
            out,
            cache_dir=window.cache_dir,
        )
    )
    slides = len(Presentation(io.BytesIO((out / "legal-reforms.pptx").read_bytes())).slides)
    assert len(deck) == slides == deck[0].total
    assert len(report) == _pdf_pages(out / "legal-reforms.docx", tmp_path) == report[0].total
    assert f"{slides} slides in the deck, {len(report)} pages in the report" in tab.status.text()
    assert not tab.stop.isVisibleTo(tab)
    assert all(not tab.model.item(r).icon().isNull() for r in range(tab.model.rowCount()))

    # a second look at the same choices: no export, no LibreOffice (the pages come from the
    # cache; how fast is measured by bench/preview_bench.py, not here)
    import briefkit.export
    import briefkit.render.office.pdf

    called: list[str] = []  # what was exported or laid out for legal-reforms
    export, convert = briefkit.export.run_export, briefkit.render.office.pdf.convert_to_pdf

    def exporting(request: Any, *args: Any, **kwargs: Any) -> Any:
        called.extend(t for t in request.topics if t == "legal-reforms")
        return export(request, *args, **kwargs)

    def converting(sources: list[Path], *args: Any, **kwargs: Any) -> Any:
        called.extend(p.name for p in sources if p.name.startswith("legal-reforms"))
        return convert(sources, *args, **kwargs)

    monkeypatch.setattr(briefkit.export, "run_export", exporting)
    monkeypatch.setattr(briefkit.render.office.pdf, "convert_to_pdf", converting)
    window.topics.select("aktobe-2016")  # a look at another topic (cancelled by the next)
    _show_pages(window, qtbot, "legal-reforms")
    with qtbot.waitSignal(pages.service.done, timeout=10_000):
        pass
    assert called == []
    assert [p.path for p in tab.pages] == [p.path for p in shown]

    # double-click: the large view, with next / previous by keys
    rect = tab.grid.visualRect(tab.model.index(1, 0))
    assert rect.isValid()
    for click in (qtbot.mouseClick, qtbot.mouseDClick):  # a double-click follows a click
        click(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = pages.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.caption.text() == f"<b>Deck: slide 2 of {slides}</b>"
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert "slide 3 of" in dialog.windowTitle()
    qtbot.keyClick(dialog, Qt.Key.Key_End)
    assert dialog.windowTitle() == f"Report: page {len(report)} of {len(report)}"
    assert not dialog.next.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    qtbot.keyClick(dialog, Qt.Key.Key_Home)
    assert dialog.windowTitle() == f"Deck: slide 1 of {slides}"
    assert not dialog.previous.isEnabled()
    large = shown[0].path.with_name("large-001.png")
    qtbot.waitUntil(large.is_file, timeout=10_000)  # drawn large in the background
    qtbot.waitUntil(lambda: dialog.picture.pixmap().width() > 0, timeout=5_000)
    dialog.reject()


@pytest.mark.slow
def test_choosing_another_topic_cancels_the_rendering(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, needs_browser: None
) -> None:
    window = make_window(cache_dir=tmp_path / "cache")  # cold: the job takes seconds
    _show_pages(window, qtbot, "wave-2011-2012")
    pages = window.pages
    assert pages.service.busy
    old = pages.service._cancel
    arrived: list[Any] = []
    window.topics.select("aktobe-2016")
    assert old.is_cancelled  # LibreOffice or the export stops at its next step
    assert window.preview_panel.pages.model.rowCount() == 0  # the old pages went at once
    pages.service.arrived.connect(lambda thumb: arrived.append(thumb.page))
    qtbot.waitUntil(lambda: pages.service.request_made.topic == "aktobe-2016", timeout=20_000)
    with qtbot.waitSignal(pages.service.done, timeout=180_000):
        pass
    shown = window.preview_panel.pages.pages
    assert len(arrived) == len(shown) and set(arrived) == set(shown)  # nothing of the old job
    assert pages.service.request_made.topic == "aktobe-2016"


def test_missing_libreoffice_says_so(
    make_window: Callable[..., Any], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOFFICE_PATH", "/nonexistent/soffice")
    window = make_window()
    _show_pages(window, qtbot, "aktobe-2016")
    tab = window.preview_panel.pages
    assert "LibreOffice, which is not installed" in tab.status.text()
    assert not window.pages.service.busy and tab.model.rowCount() == 0


@pytest.mark.slow
def test_pages_show_as_they_are_drawn_with_placeholders_for_the_rest(
    make_window: Callable[..., Any],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    needs_browser: None,
) -> None:
    from briefkit import page_preview

    draw = page_preview._pdftoppm

    def slowly(*args: Any, **kwargs: Any) -> None:  # a slow machine: each few pages 0.2 s
        time.sleep(0.2)
        draw(*args, **kwargs)

    monkeypatch.setattr(page_preview, "_pdftoppm", slowly)
    window = make_window()
    shutil.rmtree(window.cache_dir / "pages", ignore_errors=True)  # the charts stay cached
    tab, pages = window.preview_panel.pages, window.pages
    seen: list[tuple[float, int, int, str]] = []

    def arrived(_thumb: Any) -> None:  # after the tab took it in
        seen.append((time.perf_counter(), len(tab.pages), tab.model.rowCount(), tab.status.text()))

    pages.service.arrived.connect(arrived)
    _show_pages(window, qtbot, "aktobe-2016")
    with qtbot.waitSignal(pages.service.done, timeout=180_000):
        pass
    ended = time.perf_counter()
    first, drawn, rows, _status = seen[0]
    assert ended - first > 1.0  # the first pages showed well before the last was drawn
    assert drawn == 1 and rows - drawn >= 8  # and placeholders stood for the pages to come
    counts = [re.search(r"(\d+) of (\d+) ready", text) for *_rest, text in seen]
    assert any(c and 0 < int(c[1]) < int(c[2]) for c in counts)  # "12 of 44 ready"
    assert tab.model.rowCount() == len(tab.pages) == len(seen)  # each filled, none added
    assert "slides in the deck" in tab.status.text()


@pytest.mark.slow
def test_cached_pages_show_without_waiting_for_the_charts(
    make_window: Callable[..., Any],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    needs_browser: None,
) -> None:
    window = make_window()
    _show_pages(window, qtbot, "legal-reforms")
    pages = window.pages
    if pages.service.busy:
        with qtbot.waitSignal(pages.service.done, timeout=180_000):
            pass
    drawn = window.preview_panel.pages.pages
    window.topics.select("aktobe-2016")
    charts = type(window.preview.thumbnails)
    monkeypatch.setattr(charts, "busy", property(lambda _self: True))  # drawn for ever
    _show_pages(window, qtbot, "legal-reforms")
    with qtbot.waitSignal(pages.service.done, timeout=10_000):
        pass
    assert window.preview_panel.pages.pages == drawn


def test_placeholders_name_their_page_and_follow_the_interface_language(qtbot: Any) -> None:
    from briefkit.gui import i18n
    from briefkit.gui.pages_view import PagesTab

    tab = PagesTab()
    qtbot.addWidget(tab)
    tab.expect(Document.REPORT, 2)
    tab.expect(Document.DECK, 3)  # the deck goes first, wherever it comes
    texts = [tab.model.item(r).text() for r in range(tab.model.rowCount())]
    assert texts[0] == "Deck: slide 1 of 3" and texts[-1] == "Report: page 2 of 2"
    assert tab.pages == [] and tab.page_at(0) is None
    try:
        i18n.install("ru")
        tab.retranslate()
        assert tab.model.item(0).text() == "Презентация: слайд 1 из 3"
    finally:
        i18n.install("en")
