"""Pictures of every page of the report and every slide of the deck, as an export writes them.

The documents are made by the export itself (``run_export`` into a scratch folder, so they
come from, and warm, the export's document cache), turned into PDF by LibreOffice (the deck and
the report side by side, each by an office started ahead of time when one is given:
``render.office.warm``) and into one JPEG per page by pdftoppm, a few pages at a time, so the
first pages show while the rest are drawn. The pictures are kept in ``<cache>/pages``:

- ``<document sha256>/``: the pages of one document, by its bytes (a document rendered again
  from the document cache has the same bytes, so LibreOffice runs once per document);
- ``requests/<key>.json``: which documents a request made. The key covers the topic or
  composition, the language, the options, the templates' bytes, the data folder's bytes, the
  date of issue and Briefkit's code, so a second look at the same choices reads the pictures
  straight away, without exporting.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import subprocess
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.messages import Message, message, os_error
from briefkit.options import ExportOptions, Format, OnExisting
from briefkit.scratch import scratch_dir

if TYPE_CHECKING:  # the window imports this module: the catalog loads after its first paint
    from briefkit.charts.shared import SharedBrowser
    from briefkit.compose.custom import CustomBriefing
    from briefkit.progress import CancelToken
    from briefkit.render.office.warm import WarmOffice

THUMB_PIXELS = 480
"""The longer side of a page's thumbnail, unless the request says."""
FIRST_PAGES = 2
"""How many pages of a document are drawn first (they show sooner), before ``CHUNK`` at a
time."""
CHUNK = 8
PAGE_PIXELS = 1600
"""The longer side of a page in the large view (drawn when first opened)."""
KEEP = 40
"""How many documents' pages are kept; the least recently used beyond that are deleted."""
KEEP_REQUESTS = 400
"""How many requests' indexes are kept (a few hundred bytes each)."""
UNFINISHED_AGE = 3600.0
"""Seconds after its last write that a document's unfinished pages are deleted."""
PAGE_FORMATS = (Format.PPTX, Format.DOCX)
"""What the pages are made from: the deck and the report."""
_VERSION = "2"

NO_PDFTOPPM = message("preview_no_pdftoppm")


class Document(StrEnum):
    """Which document a page belongs to."""

    DECK = "deck"
    REPORT = "report"


@dataclass(frozen=True)
class PagePicture:
    """One page (or slide) as a PNG."""

    document: Document
    number: int
    """1-based."""
    total: int
    """Pages (slides) in that document."""
    path: Path


@dataclass(frozen=True)
class PreviewRequest:
    """Whose pages: one topic, or one composition, in these options."""

    topic: str = ""
    composition: CustomBriefing | None = None
    options: ExportOptions = dataclasses.field(default_factory=ExportOptions)
    data_dir: Path | None = None
    cache_dir: Path | None = None
    issued: dt.date | None = None
    pixels: int = THUMB_PIXELS
    """The longer side of each thumbnail (the size shown times the screen's pixel ratio)."""


@dataclass(frozen=True)
class LaidOut:
    """A document's pages are laid out: ``total`` of them will follow (placeholders meanwhile)."""

    document: Document
    total: int


@dataclass(frozen=True)
class Working:
    """The export's progress while the documents are made: step ``done`` of ``total``."""

    done: int
    total: int
    message: str


@dataclass(frozen=True)
class Converting:
    """LibreOffice is turning ``documents`` documents into PDF."""

    documents: int


class _Steps:
    """The export's ``Progress``, reported as ``Working``."""

    def __init__(self, report: Callable[[object], None]) -> None:
        self.report = report
        self.done = self.total = 0

    def start(self, total: int, message: str) -> None:
        self.total = total
        self.report(Working(0, total, message))

    def advance(self, message: str) -> None:
        self.done += 1
        self.report(Working(self.done, self.total, message))

    def finish(self, message: str) -> None:
        self.report(Working(self.total, self.total, message))

    def cancelled(self) -> None:
        """Nothing to say: the caller knows it cancelled."""


class PreviewError(Exception):
    """The pages cannot be made here (no LibreOffice, no pdftoppm, a conversion failed)."""


def _pages_root(request: PreviewRequest) -> Path:
    from briefkit.charts import default_cache_dir

    return (request.cache_dir or default_cache_dir()) / "pages"


def _file_digest(path: Path | None, bundled_name: str) -> str:
    """sha256 of a template's bytes (the bundled one when ``path`` is None); "" if unreadable."""
    from briefkit.resources import bundled

    try:
        data = (path or bundled("templates") / bundled_name).read_bytes()
    except OSError:
        return ""
    return hashlib.sha256(data).hexdigest()


def _data_digest(data_dir: Path | None) -> str | None:
    from briefkit.catalog.folder import bundled_data
    from briefkit.fingerprint import source_fingerprint

    root = data_dir or bundled_data()
    with contextlib.suppress(OSError):
        return source_fingerprint(root, (p for p in root.rglob("*") if p.is_file()))
    return None


def request_key(request: PreviewRequest) -> str | None:
    """What the pictures of ``request`` are made from, as a sha256; None when unknown."""
    from briefkit.fingerprint import canonical
    from briefkit.render.cache import code_fingerprint

    data, code = _data_digest(request.data_dir), code_fingerprint()
    if data is None or code is None:
        return None
    options = request.options
    made_from = {
        "preview": _VERSION,
        "pixels": request.pixels,
        "code": code,
        "data": data,
        "topic": request.topic,
        "composition": request.composition,
        "lang": options.lang,
        "chart_mode": options.chart_mode,
        "marking": options.marking,
        "prepared_by": options.prepared_by,
        "house_style": options.house_style,
        "report": _file_digest(options.template_docx, "report.docx"),
        "deck": _file_digest(options.template_pptx, "deck.pptx"),
        "issued": request.issued or dt.date.today(),
    }
    try:
        text = canonical(made_from)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode()).hexdigest()


def cached_pages(request: PreviewRequest) -> list[PagePicture] | None:
    """The pictures of an earlier look at the same choices, or None."""
    key = request_key(request)
    if key is None:
        return None
    root = _pages_root(request)
    try:
        made = json.loads((root / "requests" / f"{key}.json").read_text(encoding="utf-8"))
        return [p for doc in Document for p in _stored(root / made[doc], doc) or ()] or None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _stored(folder: Path, document: Document) -> list[PagePicture] | None:
    """A document's stored pages, when complete (``count`` is written last)."""
    try:
        total = int((folder / "count").read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None
    pages = [folder / f"page-{n:03}.jpg" for n in range(1, total + 1)]
    if not all(p.is_file() for p in pages):
        return None
    with contextlib.suppress(OSError):
        (folder / "count").touch()  # recently used: kept longest
    return [PagePicture(document, n, total, p) for n, p in enumerate(pages, 1)]


def render_pages(
    request: PreviewRequest,
    cancel: CancelToken,
    report: Callable[[object], None] = lambda _item: None,
    offices: Mapping[Document, WarmOffice] | None = None,
    browser: SharedBrowser | None = None,
) -> list[PagePicture]:
    """Every slide of the deck, then every page of the report, each reported as it is ready.

    ``report`` also gets the export's progress (``Working``), ``Converting`` and, per document,
    ``LaidOut`` before its pages (which may come from both documents in turn, each in order).
    ``offices`` (one per document) convert the documents when given; ``browser`` draws the
    charts the chart cache lacks (the window's, shared with its chart thumbnails). Raises
    PreviewError when LibreOffice or pdftoppm is missing or fails, ``Cancelled`` when
    cancelled.
    """
    from briefkit.atomic import store
    from briefkit.render.office.pdf import find_soffice

    if (hit := cached_pages(request)) is not None:
        for page in hit:
            if page.number == 1:
                report(LaidOut(page.document, page.total))
            report(page)
        return hit
    if find_soffice() is None:
        raise PreviewError(message("preview_no_libreoffice"))
    if shutil.which("pdftoppm") is None:
        raise PreviewError(NO_PDFTOPPM)
    for office in (offices or {}).values():
        office.start()  # starts while the charts are drawn and the documents written
    root = _pages_root(request)
    digests: dict[Document, str] = {}
    drawn: dict[Document, list[PagePicture]] = {}
    with (
        scratch_dir("pages") as tmp,
        ThreadPoolExecutor(max_workers=2, thread_name_prefix="pages") as pool,
    ):
        work = Path(tmp)
        jobs: dict[Document, Future[list[PagePicture]]] = {}

        def lay_out(doc: Document, path: Path) -> None:
            """As each document is written: its stored pages, or LibreOffice starts on it
            while the export writes the next."""
            digests[doc] = hashlib.sha256(path.read_bytes()).hexdigest()
            if (stored := _stored(root / digests[doc], doc)) is not None:
                report(LaidOut(doc, len(stored)))
                for page in stored:
                    report(page)
                drawn[doc] = stored
                return
            if not jobs:
                report(Converting(1))
            folders = Folders(work, root / digests[doc], request.pixels)
            office = (offices or {}).get(doc)
            jobs[doc] = pool.submit(_lay_out, doc, path, folders, office, cancel, report)

        documents = _export(request, work / "out", cancel, report, browser, lay_out)
        drawn.update({doc: job.result() for doc, job in jobs.items()})
    key = request_key(request)
    if key is not None:
        with contextlib.suppress(OSError):
            (root / "requests").mkdir(parents=True, exist_ok=True)
            store(root / "requests" / f"{key}.json", json.dumps(digests).encode())
    _prune(root)
    return [page for doc, _ in documents for page in drawn[doc]]


def _export(
    request: PreviewRequest,
    out: Path,
    cancel: CancelToken,
    report: Callable[[object], None],
    browser: SharedBrowser | None = None,
    written: Callable[[Document, Path], None] = lambda _doc, _path: None,
) -> list[tuple[Document, Path]]:
    """The deck and the report, written by the export into ``out``; ``written`` is told of
    each as soon as it is in place."""
    from briefkit.export import ExportRequest, WrittenFile, run_export

    kinds = {Format.PPTX: Document.DECK, Format.DOCX: Document.REPORT}

    def on_written(file: WrittenFile) -> None:
        if file.format in kinds:
            written(kinds[file.format], file.path)

    export = ExportRequest(
        topics=(request.topic,) if request.topic else (),
        compositions=(request.composition,) if request.composition else (),
        options=dataclasses.replace(request.options, formats=PAGE_FORMATS),
        out_dir=out,
        on_existing=OnExisting.REPLACE,
        data_dir=request.data_dir,
        cache_dir=request.cache_dir,
        issued=request.issued,
        browser=browser,
        on_written=on_written,
    )
    result = run_export(export, _Steps(report), cancel)
    by_format = {f.format: f.path for f in result.files}
    return [(Document.DECK, by_format[Format.PPTX]), (Document.REPORT, by_format[Format.DOCX])]


@dataclass(frozen=True)
class Folders:
    """Where a document's pages are made: ``work`` (scratch), ``keep`` (the page cache)."""

    work: Path
    keep: Path
    pixels: int


def _lay_out(
    kind: Document,
    document: Path,
    folders: Folders,
    office: WarmOffice | None,
    cancel: CancelToken,
    report: Callable[[object], None],
) -> list[PagePicture]:
    """One document as PDF (by ``office`` when given), then its pages drawn a few at a time,
    each reported as it is ready; kept in ``folders.keep`` when it can be written."""
    from briefkit.render.office.pdf import PdfError, convert_to_pdf

    source = folders.work / kind / f"{kind}{document.suffix}"  # distinct names: distinct PDFs
    source.parent.mkdir()
    shutil.copyfile(document, source)
    stop = lambda: cancel.is_cancelled  # noqa: E731
    try:
        if office is not None:
            pdf = office.convert([source], source.parent, stop)[0]
        else:
            pdf = convert_to_pdf([source], source.parent, cancel=stop)[0]
    except PdfError as exc:
        raise PreviewError(exc.args[0] if len(exc.args) == 1 else str(exc)) from exc
    cancel.check()
    total = _page_count(pdf)
    report(LaidOut(kind, total))
    folder = folders.keep
    try:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.copyfile(pdf, folder / "document.pdf")
    except OSError:  # not kept: the pictures go with the scratch folder once shown
        folder = source.parent
    pages = []
    first = 1
    while first <= total:
        cancel.check()
        last = min(total, first - 1 + (FIRST_PAGES if first == 1 else CHUNK))
        for number in range(first, last + 1):
            page = PagePicture(kind, number, total, folder / f"page-{number:03}.jpg")
            pages.append(page)
        _pdftoppm(pdf, folder / "page", folders.pixels, first, last)
        for page in pages[first - 1 :]:
            if not page.path.is_file():
                raise PreviewError(message("preview_no_page", n=page.number, name=pdf.name))
            report(page)
        first = last + 1
    with contextlib.suppress(OSError):
        (folder / "count").write_text(str(total), encoding="ascii")  # last: complete
    return pages


def _page_count(pdf: Path) -> int:
    """How many pages ``pdf`` has (pdfinfo)."""
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        raise PreviewError(NO_PDFTOPPM)
    try:
        info = subprocess.run(
            [pdfinfo, str(pdf)], capture_output=True, text=True, timeout=60, check=True
        ).stdout
        return int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])
    except (subprocess.SubprocessError, OSError, StopIteration, ValueError, IndexError) as exc:
        why = _why(exc)
        raise PreviewError(message("preview_not_counted", name=pdf.name, why=why)) from exc


def large_page(page: PagePicture) -> Path:
    """The page drawn large (``PAGE_PIXELS``) for the large view; drawn once, then kept."""
    large = page.path.with_name(f"large-{page.number:03}.png")
    if large.is_file():
        return large
    pdf = page.path.with_name("document.pdf")
    if not pdf.is_file():
        return page.path
    with scratch_dir("pages") as tmp:
        stem = Path(tmp) / "large"
        _pdftoppm(pdf, stem, PAGE_PIXELS, page.number, page.number, large=True)
        with contextlib.suppress(OSError):
            shutil.move(stem.with_suffix(".png"), large)
            return large
    return page.path


def _pdftoppm(
    pdf: Path, stem: Path, pixels: int, first: int, last: int, large: bool = False
) -> None:
    """Draw pages ``first`` to ``last`` of ``pdf`` as ``stem-NNN.jpg`` (thumbnails: JPEG is
    drawn four times faster than PNG), or one page ``large`` as ``stem.png``."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise PreviewError(NO_PDFTOPPM)
    command = [pdftoppm, "-scale-to", str(pixels), "-f", str(first), "-l", str(last)]
    if large:
        command += ["-png", "-singlefile"]
    else:
        command += ["-jpeg", "-jpegopt", "quality=88"]
    try:
        subprocess.run(
            [*command, str(pdf), str(stem)], capture_output=True, timeout=300, check=True
        )
    except (subprocess.SubprocessError, OSError) as exc:
        why = _why(exc)
        raise PreviewError(message("preview_not_drawn", name=pdf.name, why=why)) from exc
    if not large:  # pdftoppm pads the numbers to the page count's digits: three, always
        for drawn in stem.parent.glob(f"{stem.name}-*.jpg"):
            number = drawn.stem.rpartition("-")[2]
            if number.isdigit() and len(number) != 3:
                drawn.rename(drawn.with_name(f"{stem.name}-{int(number):03}.jpg"))


def _prune(root: Path, keep: int = KEEP, now: float | None = None) -> None:
    """Delete the least recently used documents' pages beyond ``keep``, and the pages of a
    document never finished (a cancelled or failed job: no ``count``) once nothing has been
    written into them for ``UNFINISHED_AGE`` seconds (a running job writes every few)."""
    with contextlib.suppress(OSError):
        folders = [p for p in root.iterdir() if (p / "count").is_file()]
        folders.sort(key=lambda p: (p / "count").stat().st_mtime_ns, reverse=True)
        for old in folders[keep:]:
            shutil.rmtree(old, ignore_errors=True)
        oldest = (time.time() if now is None else now) - UNFINISHED_AGE
        for folder in root.iterdir():
            if _unfinished(folder) and folder.stat().st_mtime < oldest:
                shutil.rmtree(folder, ignore_errors=True)
        indexes = sorted(
            (root / "requests").glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True
        )
        for index in indexes[KEEP_REQUESTS:]:
            index.unlink(missing_ok=True)


def _unfinished(folder: Path) -> bool:
    """Whether ``folder`` holds a document's pages (named by its digest) never finished."""
    name = folder.name
    return (
        len(name) == 64
        and all(c in "0123456789abcdef" for c in name)
        and folder.is_dir()
        and not (folder / "count").is_file()
    )


def _why(exc: BaseException) -> Message:
    """Why pdfinfo or pdftoppm failed, said in the user's language; in English, the error's
    own text as Python wrote it."""
    text = str(exc)
    if isinstance(exc, subprocess.TimeoutExpired):
        return Message(text, "preview_tool_timeout", {"command": exc.cmd, "seconds": exc.timeout})
    if isinstance(exc, subprocess.CalledProcessError):
        if exc.returncode < 0:
            return Message(text, "preview_tool_died", {"command": exc.cmd, "n": -exc.returncode})
        return Message(text, "preview_tool_status", {"command": exc.cmd, "n": exc.returncode})
    if isinstance(exc, OSError):
        return os_error(exc)
    return Message(text, "preview_no_count_line", {})
