"""The pages of a briefing as pictures: what the cache key covers, the cache, LibreOffice
missing."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation

from briefkit.catalog.folder import bundled_data
from briefkit.compose.custom import CustomBriefing, Part
from briefkit.options import ExportOptions, Format
from briefkit.page_preview import (
    Document,
    LaidOut,
    PagePicture,
    PreviewError,
    PreviewRequest,
    _prune,
    cached_pages,
    large_page,
    render_pages,
    request_key,
)
from briefkit.progress import CancelToken
from briefkit.render.office.warm import WarmOffice
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


def test_prune_deletes_a_cancelled_jobs_pages_once_old_not_a_running_ones(
    tmp_path: Path,
) -> None:
    root = tmp_path / "pages"
    done, cancelled, running = (root / (c * 64) for c in "abc")
    for folder in (done, cancelled, running, root / "requests", root / "not-pages"):
        folder.mkdir(parents=True)
    (done / "count").write_text("1", encoding="ascii")
    for folder in (done, cancelled, running):
        (folder / "page-001.jpg").write_bytes(b"\xff\xd8\xff")
    two_hours_ago = time.time() - 2 * 3600
    for folder in (done, cancelled, root / "not-pages"):
        os.utime(folder, (two_hours_ago, two_hours_ago))  # running: written just now

    _prune(root)
    assert sorted(p.name for p in root.iterdir()) == sorted(
        [done.name, running.name, "requests", "not-pages"]
    )
    _prune(root, now=time.time() + 2 * 3600)  # the running job died long ago
    assert not running.exists() and (done / "page-001.jpg").is_file()


@needs_office
@pytest.mark.slow
def test_pages_are_drawn_once_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request = PreviewRequest(topic="legal-reforms", cache_dir=tmp_path, pixels=240)
    reported: list[object] = []
    last_drawn_then: list[bool] = []

    def seen(item: object) -> None:
        reported.append(item)
        if isinstance(item, PagePicture) and item.number == 1:
            last = item.path.with_name(f"page-{item.total:03}.jpg")
            last_drawn_then.append(last.is_file())

    from briefkit import export, page_preview

    steps: list[str] = []  # when each document is written, and when LibreOffice starts on it
    lay_out, write = page_preview._lay_out, export._write_document

    def laid_out(kind: Document, *args: Any) -> list[PagePicture]:
        steps.append(f"lay out {kind}")
        return lay_out(kind, *args)

    def written(briefing: Any, fmt: Format, *args: Any) -> Any:
        done = write(briefing, fmt, *args)
        steps.append(f"written {fmt}")
        return done

    monkeypatch.setattr(page_preview, "_lay_out", laid_out)
    monkeypatch.setattr(export, "_write_document", written)
    offices = {d: WarmOffice() for d in Document}
    pages = render_pages(request, CancelToken(), seen, offices)
    # LibreOffice lays the deck out while the report is written
    assert steps.index("lay out deck") < steps.index("written docx")
    deck = [p for p in pages if p.document == Document.DECK]
    report = [p for p in pages if p.document == Document.REPORT]
    assert deck and report and len(deck) == deck[0].total and len(report) == report[0].total
    assert [p.number for p in deck] == list(range(1, len(deck) + 1))
    assert all(p.path.is_file() and p.path.read_bytes()[:3] == b"\xff\xd8\xff" for p in pages)
    assert max(_width(p.path) for p in deck) == 240  # the size asked for
    for document in Document:  # each document's pages reported in order, after its count
        mine = [r for r in reported if getattr(r, "document", None) == document]
        assert mine[0] == LaidOut(document, len(mine) - 1)
        assert mine[1:] == [p for p in pages if p.document == document]
    assert last_drawn_then == [False, False]  # the first pages came before the last were drawn
    assert not any(office.started for office in offices.values())  # used up
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


@needs_office
def test_a_warm_office_converts_then_is_gone_and_a_closed_one_too(tmp_path: Path) -> None:
    from briefkit.render.office.warm import _Office

    deck = tmp_path / "deck.pptx"
    Presentation(str(bundled("templates") / "deck.pptx")).save(str(deck))
    office = WarmOffice()
    made: list[_Office] = []
    original = _Office.__init__

    def remember(self: _Office, soffice: str) -> None:
        original(self, soffice)
        made.append(self)

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(_Office, "__init__", remember)
    try:
        office.start()
        assert office.started
        (pdf,) = office.convert([deck], tmp_path)
        assert pdf.read_bytes()[:5] == b"%PDF-"
        office.start()
        office.close()
    finally:
        monkeypatch.undo()
    assert len(made) == 2 and not office.started
    deadline = time.monotonic() + 30  # the used one quits by itself, in the background
    while made[0].profile.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    for each in made:  # the office, its watcher and its profile are gone
        assert each.process.poll() is not None and not each.profile.exists()
        assert not _pipe_exists(each.name)


def _pipe_exists(name: str) -> bool:
    from briefkit.render.office.warm import _pipe_ready

    return _pipe_ready(name)


def _width(picture: Path) -> int:
    with Image.open(picture) as image:
        return int(image.size[0])
