"""The pages of a briefing as pictures: what the cache key covers, the cache, LibreOffice
missing."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from briefkit.catalog.folder import bundled_data
from briefkit.compose.custom import CustomBriefing, Part
from briefkit.options import ExportOptions, Format
from briefkit.page_preview import (
    Document,
    PreviewError,
    PreviewRequest,
    cached_pages,
    large_page,
    render_pages,
    request_key,
)
from briefkit.progress import CancelToken
from briefkit.resources import bundled

needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="needs LibreOffice and poppler-utils",
)


def test_the_key_covers_topic_language_options_templates_and_data(tmp_path: Path) -> None:
    base = PreviewRequest(topic="aktobe-2016", cache_dir=tmp_path)
    key = request_key(base)
    assert key is not None and request_key(base) == key

    data = tmp_path / "data"
    shutil.copytree(bundled_data(), data)
    deck = tmp_path / "deck.pptx"
    prs = Presentation(str(bundled("templates") / "deck.pptx"))
    prs.core_properties.title = "Another deck"
    prs.save(str(deck))
    assert request_key(dataclasses.replace(base, data_dir=data)) == key  # the same bytes
    (data / "incidents.csv").write_text(  # an edit of the data: new pictures
        (data / "incidents.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    composition = CustomBriefing("Aktobe", (Part("aktobe-2016", "summary"),))
    changed = {
        "topic": dataclasses.replace(base, topic="legal-reforms"),
        "composition": PreviewRequest(composition=composition, cache_dir=tmp_path),
        "language": dataclasses.replace(base, options=ExportOptions(lang="ru")),
        "marking": dataclasses.replace(base, options=ExportOptions(marking="SECRET")),
        "chart mode": dataclasses.replace(base, options=ExportOptions(chart_mode="native")),
        "template": dataclasses.replace(base, options=ExportOptions(template_pptx=deck)),
        "data": dataclasses.replace(base, data_dir=data),
    }
    keys = {name: request_key(request) for name, request in changed.items()}
    assert None not in keys.values()
    assert key not in keys.values() and len(set(keys.values())) == len(keys), keys
    # the same bytes in another folder: the same pictures
    assert request_key(dataclasses.replace(base, data_dir=bundled_data())) == key
    # the formats ticked make no difference to the pages
    both = ExportOptions(formats=(Format.PDF,))
    assert request_key(dataclasses.replace(base, options=both)) == key


def test_without_libreoffice_it_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFFICE_PATH", str(tmp_path / "no-soffice"))
    with pytest.raises(PreviewError, match="LibreOffice, which is not installed"):
        render_pages(PreviewRequest(topic="aktobe-2016", cache_dir=tmp_path), CancelToken())


@needs_office
@pytest.mark.slow
def test_pages_are_drawn_once_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request = PreviewRequest(topic="legal-reforms", cache_dir=tmp_path)
    reported: list[object] = []
    pages = render_pages(request, CancelToken(), reported.append)
    deck = [p for p in pages if p.document == Document.DECK]
    report = [p for p in pages if p.document == Document.REPORT]
    assert deck and report and len(deck) == deck[0].total and len(report) == report[0].total
    assert [p.number for p in deck] == list(range(1, len(deck) + 1))
    assert all(p.path.is_file() and p.path.read_bytes()[:4] == b"\x89PNG" for p in pages)
    assert [p for p in reported if p in pages] == pages  # each reported as it came
    big = large_page(deck[0])
    assert big != deck[0].path and big.stat().st_size > deck[0].path.stat().st_size

    # a second look: no LibreOffice needed any more
    monkeypatch.setenv("SOFFICE_PATH", str(tmp_path / "no-soffice"))
    assert cached_pages(request) == pages
    assert render_pages(request, CancelToken()) == pages

    # a cancelled job stops and leaves no pictures of its own
    cancel = CancelToken()
    cancel.cancel()
    monkeypatch.delenv("SOFFICE_PATH")
    from briefkit.progress import Cancelled

    with pytest.raises(Cancelled):
        render_pages(dataclasses.replace(request, topic="aktobe-2016"), cancel)
