"""The composer's page preview: every slide and page of the briefing as composed, beside the
sections, rendered again when the composition changes."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from tests.helpers.documents import pdf_pages

from briefkit.compose.custom import Part
from briefkit.gui.composer_pages import ComposerPages
from briefkit.page_preview import Document

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="the page preview needs LibreOffice and poppler-utils",
)


def _written(spec: Any, cache: Path, out: Path) -> tuple[int, int]:
    """The slides of the deck and the pages of the report an export of ``spec`` writes,
    counted by python-pptx and in LibreOffice's PDF of the report."""
    from briefkit.export import ExportRequest, run_export
    from briefkit.options import ExportOptions, Format
    from briefkit.render.office.pdf import convert_to_pdf

    both = ExportOptions(formats=(Format.DOCX, Format.PPTX))
    result = run_export(ExportRequest((), both, out, compositions=(spec,), cache_dir=cache))
    files = {f.format: f.path for f in result.files}
    slides = len(Presentation(io.BytesIO(files[Format.PPTX].read_bytes())).slides)
    (pdf,) = convert_to_pdf([files[Format.DOCX]], out)
    return slides, pdf_pages(pdf)


@pytest.mark.slow
def test_the_composer_shows_every_slide_and_page_of_the_composition(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path, needs_browser: None
) -> None:
    window = make_window()
    dialog = window.open_composer()
    pages = dialog.pages
    assert isinstance(pages, ComposerPages)
    assert not pages.tab.isVisibleTo(dialog) and pages.button.text() == "&Pages"
    dialog.chosen.insert(0, [Part("aktobe-2016", "attack"), Part("legal-reforms", "laws")])
    dialog.title.setText("Aktobe and the law")
    narrow = dialog.width()
    pages.button.click()
    assert pages.tab.isVisibleTo(dialog) and dialog.width() > narrow
    with qtbot.waitSignal(pages.service.done, timeout=180_000):
        pass
    spec = dialog.composition()[0]
    assert pages.service.request_made is not None
    assert pages.service.request_made.composition == spec
    shown = pages.tab.pages
    deck = [p for p in shown if p.document == Document.DECK]
    report = [p for p in shown if p.document == Document.REPORT]
    slides, report_pages = _written(spec, window.cache_dir, tmp_path / "out")
    assert len(deck) == slides == deck[0].total
    assert len(report) == report_pages == report[0].total
    status = pages.tab.status.text()
    assert f"{slides} slides in the deck, {report_pages} pages in the report" in status
    assert all(not pages.tab.model.item(r).icon().isNull() for r in range(len(shown)))

    # a section less: rendered again, a moment after the change
    dialog.chosen.remove(1)
    qtbot.waitUntil(
        lambda: pages.service.request_made.composition == dialog.composition()[0],
        timeout=10_000,
    )
    with qtbot.waitSignal(pages.service.done, timeout=180_000):
        pass
    assert len([p for p in pages.tab.pages if p.document == Document.DECK]) < slides

    # no title: nothing to render, and it says why
    dialog.title.setText("")
    qtbot.waitUntil(lambda: "title" in pages.tab.status.text(), timeout=5_000)
    assert pages.tab.model.rowCount() == 0

    # hidden: the dialog narrows again; closed: its job and LibreOffices stop
    wide = dialog.width()
    pages.button.click()
    assert not pages.tab.isVisibleTo(dialog) and dialog.width() < wide
    dialog.reject()
    assert not pages.service.busy
    assert not any(office.started for office in pages.service.offices.values())
