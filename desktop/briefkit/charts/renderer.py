"""Chart images: one browser per export job, a content-hash disk cache, progress and cancel.

The cache has two levels. An image is stored under the hash of its figure JSON and the export
options (``cache_key``), so identical figures are drawn once. A second, cheaper key
(``spec_key``) hashes what the figure is made from: the spec's data, the style, the export
options, the plotly/kaleido/maps versions and the source code of the builders. It names a
small file holding the figure key, so a chart seen before is found without importing plotly
or building its figure; a repeat export whose charts are all cached loads neither plotly nor
kaleido. Only charts the cache does not hold are drawn, and the browser starts on the first of
those, so an export whose charts are all cached starts none. The browser is one kaleido session
(``charts.browser``); its page loads a cut-down plotly.js (``charts.plotlyjs``) while the
figures need nothing else, and Chrome's headless shell is preferred when installed: both halve
the browser's start.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import re
import struct
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit.atomic import store
from briefkit.charts.alt_text import describe
from briefkit.charts.browser import BrowserSession, CancelCheck, find_browser
from briefkit.charts.errors import BrowserNotFound, ChartRenderError, RenderCancelled
from briefkit.charts.maps import MAPS_VERSION, maps_dir
from briefkit.charts.plotlyjs import bundle, covers, trace_types
from briefkit.charts.shared import SharedBrowser
from briefkit.charts.style import ChartStyle, house_style
from briefkit.compose.model import ChartImage, ChartSpec
from briefkit.fingerprint import canonical, source_fingerprint, versions
from briefkit.messages import Message, message, os_error
from briefkit.progress import say

__all__ = [
    "ASPECT_RANGE",
    "DEFAULT_HEIGHT",
    "DEFAULT_SCALE",
    "DEFAULT_WIDTH",
    "CancelCheck",
    "ChartLook",
    "ChartRenderer",
    "ProgressCallback",
    "default_cache_dir",
    "find_browser",
    "png_size",
]

DEFAULT_WIDTH = 1000
DEFAULT_HEIGHT = 560
DEFAULT_SCALE = 2.0
ASPECT_RANGE = (0.35, 1.0)
"""The heights over widths a chart is drawn at: from a wide strip to a square."""
DEFAULT_TIMEOUT = 60.0
"""Seconds one chart may take before it is retried (once) in a fresh browser."""
_CACHE_VERSION = "1"
_SPEC_KEY_VERSION = "1"
_SPEC_DIR = "specs"
"""The cache's subfolder of spec-key files (each holds the figure key of its image)."""
_FIGURE_KEY = re.compile(r"[0-9a-f]{64}")
_CODE_DEPENDENCIES = (
    "atomic.py",
    "catalog/catalog.py",
    "catalog/chosen.py",
    "catalog/language.py",
    "catalog/problems.py",
    "catalog/records.py",
    "catalog/selection.py",
    "catalog/topic.py",
    "catalog/characters.py",
    "compose/model.py",
    "compose/wording.py",
    "fingerprint.py",
    "palette.py",
    "plurals.py",
    "progress.py",
    "resources.py",
    "text_kk.py",
)
"""The briefkit modules outside ``briefkit.charts`` whose code the builders run (records'
properties, the spec), paths under the ``briefkit`` folder; their source is part of the spec
key next to the whole charts package. tests/test_charts.py checks the list is complete."""
_MESSAGE_MODULES = (
    "messages.py",
    "message_table.py",
    "message_table_data.py",
    "message_table_rare.py",
    "message_table_kk.py",
    "message_table_contrast.py",
    "message_table_update.py",
)
"""Modules the charts import only to word their errors (``briefkit.messages``): no image
depends on them, so a new message does not make every chart's spec key change."""

ProgressCallback = Callable[[int, int, str], None]
"""``progress(done, total, message)``, e.g. ``(3, 17, "Rendering chart 4 of 17")``."""


def default_cache_dir() -> Path:
    """The per-user cache folder for chart images (``.../briefkit/charts``)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefkit")) / "charts"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's header; ``ValueError`` if the bytes are not a PNG."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@functools.cache
def _versions() -> dict[str, str]:
    return versions("plotly", "kaleido")


@functools.cache
def _code_fingerprint() -> str | None:
    """sha256 of the source of ``briefkit.charts`` and its ``_CODE_DEPENDENCIES``, once per
    process, so any change to a builder invalidates the spec keys. None when the sources cannot
    be read (a frozen build): then every chart's figure is built to find its image."""
    charts = Path(__file__).resolve().parent
    root = charts.parent
    if not (charts / "builders.py").is_file():
        return None
    files = [*charts.rglob("*.py"), *(root / name for name in _CODE_DEPENDENCIES)]
    return source_fingerprint(root, files)


def _fields(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def _image_size(path: Path) -> tuple[int, int] | None:
    """The size of the PNG at ``path``; None when there is no such file or it is no PNG."""
    try:
        with path.open("rb") as f:
            return png_size(f.read(24))
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class ChartLook:
    """How a set of chart pictures is drawn: the style, and the size in layout pixels.

    A report and a deck from templates of their own may need each chart drawn twice: in each
    template's colours, and at the aspect of the deck's chart box (``at_aspect``).
    """

    style: ChartStyle = field(default_factory=house_style)
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT

    @classmethod
    def at_aspect(cls, style: ChartStyle, width: int, height: int) -> ChartLook:
        """The look of ``style`` drawn DEFAULT_WIDTH wide at the aspect ``height / width``
        (any units), kept within ``ASPECT_RANGE``."""
        low, high = ASPECT_RANGE
        aspect = min(high, max(low, height / width)) if width > 0 and height > 0 else low
        return cls(style, DEFAULT_WIDTH, round(DEFAULT_WIDTH * aspect))


@dataclass(frozen=True)
class _Job:
    spec: ChartSpec
    path: Path
    """The image, named by the figure key."""
    figure: dict[str, Any] | None = None
    """The figure, when it was built (the spec key did not lead to a cached image)."""
    spec_key: str | None = None
    size: tuple[int, int] | None = None
    """The cached image's size, when the spec key found it."""


class ChartRenderer:
    """Renders chart specs to PNG files for one export job, through one browser and a cache.

    Use it as a context manager; the browser (if one was started) is closed on exit::

        with ChartRenderer(cache_dir) as renderer:
            images = renderer.render(briefing.charts, progress=report, cancel=stop_requested)

    Images are written into ``cache_dir`` under the hash of figure and export options and are
    returned as ``ChartImage`` keyed by ``ChartSpec.id``; ``cache_dir/specs`` maps spec keys to
    them, so a chart seen before is found without building its figure. Not for use from
    several threads.
    """

    def __init__(
        self,
        cache_dir: Path | str,
        *,
        style: ChartStyle | None = None,
        width: int = DEFAULT_WIDTH,
        height: int = DEFAULT_HEIGHT,
        scale: float = DEFAULT_SCALE,
        timeout: float = DEFAULT_TIMEOUT,
        browser_path: str | None = None,
        maps: Path | str | None = None,
        small_plotly_js: bool = True,
        browser: SharedBrowser | None = None,
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.style = style or house_style()
        self.width = width
        self.height = height
        self.scale = scale
        self.timeout = timeout
        self.browser_path = browser_path
        self._maps = Path(maps) if maps is not None else None
        self._small_js = small_plotly_js
        """Load the small plotly.js bundle (``charts.plotlyjs``) while it can draw the figures."""
        self._session: BrowserSession | None = None
        self._shared = browser
        """The browser lent by the window (kept between jobs), if any: this renderer's
        ``close`` gives it back instead of closing it."""
        self._cancel: CancelCheck | None = None
        self.browser_starts = 0
        """How many browsers this renderer has started (0 when every chart was cached)."""
        self.drawn = 0
        """How many images were drawn (cache misses)."""
        self.built = 0
        """How many figures were built (charts whose spec key found no image)."""

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> ChartRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the browser, if one was started. Safe to call twice."""
        session, self._session = self._session, None
        if session is not None and self._shared is not None:
            self._shared.release()
        elif session is not None:
            session.close()

    def _discard(self) -> None:
        """Close the browser after a failure (a lent one too: the next job gets a fresh one)."""
        session, self._session = self._session, None
        if session is not None and self._shared is not None:
            self._shared.release()
            self._shared.discard(session)
        elif session is not None:
            session.close()

    @property
    def browser_running(self) -> bool:
        """True while this renderer holds a live browser."""
        proc = self._session.process if self._session else None
        return proc is not None and proc.poll() is None

    def use(self, look: ChartLook) -> None:
        """Draw the next ``render`` calls in ``look`` (the browser stays open)."""
        self.style, self.width, self.height = look.style, look.width, look.height

    # -- rendering -----------------------------------------------------------------------------

    @property
    def options(self) -> dict[str, Any]:
        """The kaleido export options: format, width, height and scale."""
        return {"format": "png", "width": self.width, "height": self.height, "scale": self.scale}

    def cache_key(self, figure: dict[str, Any]) -> str:
        """sha256 of the figure JSON, the export options and the plotly/kaleido/maps versions.

        The name of the image file: identical figures share one image.
        """
        from plotly.utils import PlotlyJSONEncoder

        head = {"cache": _CACHE_VERSION, "maps": MAPS_VERSION, **_versions(), **self.options}
        digest = hashlib.sha256(json.dumps(head, sort_keys=True).encode())
        body = json.dumps(figure, cls=PlotlyJSONEncoder, sort_keys=True, separators=(",", ":"))
        digest.update(body.encode())
        return digest.hexdigest()

    def spec_key(self, spec: ChartSpec) -> str | None:
        """sha256 of everything the chart's image is made from, found without building it.

        Every field of the spec (kind, texts, labels, each record's every field), the style's
        every field, the export options, the plotly/kaleido/maps versions, the Python version
        and the source code of ``briefkit.charts`` and the modules it builds on. None when
        that cannot stand for the figure: a ``ChartStyle`` subclass (its code is not hashed),
        unreadable sources, or values without a canonical JSON form.
        """
        code = _code_fingerprint()
        if code is None or type(self.style) is not ChartStyle:
            return None
        head = {
            "cache": _CACHE_VERSION,
            "spec": _SPEC_KEY_VERSION,
            "maps": MAPS_VERSION,
            "python": list(sys.version_info[:2]),
            "code": code,
            **_versions(),
            **self.options,
        }
        try:
            text = canonical([head, _fields(self.style), type(spec).__name__, _fields(spec)])
        except (TypeError, ValueError):
            return None
        return hashlib.sha256(text.encode()).hexdigest()

    def _spec_file(self, spec_key: str) -> Path:
        return self.cache_dir / _SPEC_DIR / f"{spec_key}.key"

    def _lookup(self, spec_key: str) -> tuple[Path, tuple[int, int]] | None:
        """The cached image a spec key names, and its size; None if there is none (or the
        key file or image is damaged: then the figure is built and the image drawn again)."""
        try:
            figure_key = self._spec_file(spec_key).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        if not _FIGURE_KEY.fullmatch(figure_key):
            return None
        path = self.cache_dir / f"{figure_key}.png"
        size = _image_size(path)
        return None if size is None else (path, size)

    def _remember(self, spec_key: str, path: Path) -> None:
        """Point the spec key at the image. Best effort: a cache folder that cannot be written
        only costs the next export a figure build."""
        with contextlib.suppress(OSError):
            self._store(self._spec_file(spec_key), path.stem.encode("ascii"))

    def _plan(self, specs: Sequence[ChartSpec]) -> list[_Job]:
        """A job per spec: its cached image through the spec key, or else its built figure.

        Every figure is built before anything is drawn, so a bad spec fails before any
        chart is drawn; the browser starts (in the background) at the first image to draw, or
        at once when the cache holds no image at all.
        """
        from briefkit.catalog.topic import CHART_KINDS

        for spec in specs:  # a bad kind fails before any browser starts
            if spec.kind not in CHART_KINDS:
                from briefkit.charts.builders import build_figure

                build_figure(spec, self.style)  # raises, naming the known kinds
        jobs = []
        built: dict[str, tuple[dict[str, Any], Path]] = {}
        for spec in specs:
            spec_key = self.spec_key(spec)
            if spec_key is not None:
                if (hit := self._lookup(spec_key)) is not None:
                    jobs.append(_Job(spec, hit[0], spec_key=spec_key, size=hit[1]))
                    continue
                if spec_key in built:  # the same chart twice in this job: built once
                    figure, path = built[spec_key]
                    jobs.append(_Job(spec, path, figure, spec_key))
                    continue
            if self._session is None and self._empty():
                self._browser()  # nothing cached at all: start now, before plotly is imported
            from briefkit.charts.builders import build_figure  # plotly: only on a miss

            figure = build_figure(spec, self.style).to_plotly_json()
            self.built += 1
            path = self.cache_dir / f"{self.cache_key(figure)}.png"
            if self._session is None and _image_size(path) is None and not self._cancelled():
                self._browser()  # starts in the background while the other figures are built
            if spec_key is not None:
                built[spec_key] = (figure, path)
            jobs.append(_Job(spec, path, figure, spec_key))
        return jobs

    def render(
        self,
        specs: Sequence[ChartSpec],
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        on_image: Callable[[str, ChartImage], None] | None = None,
    ) -> dict[str, ChartImage]:
        """Render every spec (cached ones are not drawn again); ``ChartImage`` by spec id.

        ``on_image(spec_id, image)`` is called as each image is ready, in the specs' order.

        Raises ``RenderCancelled`` when ``cancel()`` turns true (checked before each chart),
        ``BrowserNotFound`` when a chart must be drawn and there is no browser, and
        ``ChartRenderError`` when a chart fails twice.
        """
        self._cancel = cancel  # also polled while a browser starts
        jobs = self._plan(specs)
        total = len(jobs)
        images: dict[str, ChartImage] = {}
        remembered: set[str] = set()
        for n, job in enumerate(jobs):
            if cancel is not None and cancel():
                raise RenderCancelled(message("chart_rendering_cancelled_after", n=n, total=total))
            size = job.size or _image_size(job.path)
            if progress is not None:  # in the chart's language
                key = "chart_preparing" if size else "chart_rendering"
                progress(n, total, say(job.spec.language, key, n=n + 1, total=total))
            if size is None:
                size = self._draw_once(job)
            if job.figure is not None and job.spec_key and job.spec_key not in remembered:
                self._remember(job.spec_key, job.path)
                remembered.add(job.spec_key)
            width, height = size
            images[job.spec.id] = ChartImage(str(job.path), width, height, describe(job.spec))
            if on_image is not None:
                on_image(job.spec.id, images[job.spec.id])
        if progress is not None:
            progress(total, total, f"{total} charts ready" if total != 1 else "1 chart ready")
        return images

    def _draw(self, job: _Job) -> tuple[int, int]:
        """Draw the job's figure into the cache; the image's size."""
        assert job.figure is not None, "only built figures are drawn"
        topojson = (self._maps or maps_dir()).resolve().as_uri()
        if not covers(trace_types(job.figure)):
            self._use_full_plotly_js()
        failure: BaseException | None = None
        for attempt in range(2):
            try:
                if attempt:  # the retry loads the whole plotly.js, in case the bundle was at fault
                    self._use_full_plotly_js()
                data = self._browser().render(job.figure, self.options, topojson, self._cancel)
                size = png_size(data)
                break
            except (BrowserNotFound, RenderCancelled, KeyboardInterrupt):
                raise
            except Exception as exc:  # any failure: one retry, fresh browser
                failure = exc
                self._discard()
        else:
            reason = _reason(failure)
            code = "chart_map_unreadable" if "topojson" in reason else "chart_not_drawn"
            said = message(code, chart=job.spec.id, topojson=topojson, reason=reason)
            raise ChartRenderError(said, job.spec.id) from failure
        self._store(job.path, data)
        self.drawn += 1
        return size

    def _draw_once(self, job: _Job) -> tuple[int, int]:
        """Draw the job's figure, unless another job sharing the browser draws the same
        picture now: then wait for it and read it."""
        if self._shared is None:
            return self._draw(job)
        with self._shared.drawing(job.path, self._cancel):
            return _image_size(job.path) or self._draw(job)

    def _empty(self) -> bool:
        """True when the cache holds no image, so every chart is sure to be drawn."""
        return next(self.cache_dir.glob("*.png"), None) is None and not self._cancelled()

    def _use_full_plotly_js(self) -> None:
        """From now on load plotly.py's whole plotly.js (restarting a browser with less)."""
        self._small_js = False
        if self._session is not None and self._session.plotly_js is not None:
            self.close()  # a lent browser is replaced as it is taken again

    def _cancelled(self) -> bool:
        return self._cancel is not None and self._cancel()

    def _browser(self) -> BrowserSession:
        if self._session is None:
            path = self.browser_path or find_browser()
            if not (os.path.isfile(path) and os.access(path, os.X_OK)):  # noqa: PTH113
                raise BrowserNotFound(
                    f"The browser {path!r} does not exist or cannot be run: point the renderer "
                    "at Chrome or Chromium, or install Chromium (apt-get install chromium)."
                )
            small = bundle() if self._small_js else None
            if self._shared is not None:
                self._session, started = self._shared.attach(path, small)
                self.browser_starts += started
            else:
                self.browser_starts += 1
                self._session = BrowserSession(path, self.timeout, self._cancel, plotly_js=small)
        return self._session

    def _store(self, path: Path, data: bytes) -> None:
        """Write ``data`` to ``path`` atomically: a temporary file, then a rename."""
        store(path, data)


def _reason(failure: BaseException | None) -> str:
    """Why drawing failed: Briefkit's own message (said in the user's language), the
    operating system's by its error number, else the error's English text."""
    if failure is None:
        return ""
    if len(failure.args) == 1 and isinstance(failure.args[0], Message):
        return failure.args[0]
    if isinstance(failure, OSError):
        return os_error(failure)
    return str(failure) or type(failure).__name__
