"""Chart images: one browser per export job, a content-hash disk cache, progress and cancel.

``ChartRenderer`` builds each spec's figure, hashes it with the export options, and draws only
the charts the cache does not hold yet. The browser starts on the first cache miss, so an
export whose charts are all cached starts none. kaleido runs on a private event loop in a
background thread (not the process-wide sync server), which gives one browser per renderer,
a time limit per chart, and a clean stop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import hashlib
import json
import os
import shutil
import signal
import struct
import sys
import tempfile
import threading
import weakref
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

from briefkit.charts.alt_text import describe
from briefkit.charts.builders import build_figure
from briefkit.charts.errors import BrowserNotFound, ChartRenderError, RenderCancelled
from briefkit.charts.maps import MAPS_VERSION, maps_dir
from briefkit.charts.style import ChartStyle, house_style
from briefkit.compose.model import ChartImage, ChartSpec

__all__ = [
    "DEFAULT_HEIGHT",
    "DEFAULT_SCALE",
    "DEFAULT_WIDTH",
    "CancelCheck",
    "ChartRenderer",
    "ProgressCallback",
    "default_cache_dir",
    "find_browser",
    "png_size",
]

DEFAULT_WIDTH = 1000
DEFAULT_HEIGHT = 560
DEFAULT_SCALE = 2.0
DEFAULT_TIMEOUT = 60.0
"""Seconds one chart may take before it is retried (once) in a fresh browser."""
_STARTUP_TIMEOUT = 60.0
_CLOSE_TIMEOUT = 20.0
_CACHE_VERSION = "1"

ProgressCallback = Callable[[int, int, str], None]
"""``progress(done, total, message)``, e.g. ``(3, 17, "Rendering chart 4 of 17")``."""
CancelCheck = Callable[[], bool]
"""Returns True when the caller wants the job to stop."""

_BROWSER_NAMES = (
    "chrome",
    "google-chrome",
    "google-chrome-stable",
    "chromium",
    "chromium-browser",
    "msedge",
    "brave",
    "brave-browser",
    "vivaldi",
)

T = TypeVar("T")


def default_cache_dir() -> Path:
    """The per-user cache folder for chart images (``.../briefkit/charts``)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefkit")) / "charts"


def find_browser() -> str:
    """The Chrome-family browser kaleido will use, found the way choreographer finds it.

    ``BROWSER_PATH`` wins (and must name an executable file); then choreographer's own
    download folder, a PATH search and the usual install paths. Raises ``BrowserNotFound``.
    """
    explicit = os.environ.get("BROWSER_PATH")
    if explicit is not None:
        if os.path.isfile(explicit) and os.access(explicit, os.X_OK):  # noqa: PTH113
            return explicit
        raise BrowserNotFound(
            f"BROWSER_PATH is set to {explicit!r}, which is not a browser executable: point it "
            "at Chrome or Chromium, or unset it and install Chromium (apt-get install chromium) "
            "or Google Chrome."
        )
    path: str | None = None
    try:
        from choreographer.browsers.chromium import Chromium

        path = Chromium.find_browser(skip_local=False)
    except Exception:  # choreographer's lookup is a convenience; PATH follows
        path = None
    if not path:
        path = next((p for name in _BROWSER_NAMES if (p := shutil.which(name))), None)
    if not path:
        raise BrowserNotFound()
    return str(path)


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's header; ``ValueError`` if the bytes are not a PNG."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@functools.cache
def _versions() -> dict[str, str]:
    found = {}
    for package in ("plotly", "kaleido"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:  # pragma: no cover
            found[package] = "unknown"
    return found


def _kill(process: Any) -> None:
    """Make sure a browser and everything it started are gone.

    choreographer starts the browser in a session of its own, so its process group holds the
    browser's helpers too; the group is killed even when the leader has already exited.
    """
    if process is None:
        return
    if sys.platform != "win32":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    elif process.poll() is None:  # pragma: no cover - Windows
        process.kill()
    with contextlib.suppress(Exception):
        process.wait(timeout=5)


class _BrowserSession:
    """One kaleido browser on a private event loop in a daemon thread."""

    def __init__(self, browser_path: str, timeout: float) -> None:
        self._timeout = timeout
        self._kaleido: Any = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="briefkit-chart-browser", daemon=True
        )
        self._thread.start()
        self._processes: list[Any] = []
        self._finalizer = weakref.finalize(self, _kill_all, self._processes)
        try:
            self._call(self._open(browser_path), _STARTUP_TIMEOUT)
        except BaseException:
            self.close()
            raise

    async def _open(self, browser_path: str) -> None:
        import kaleido
        from choreographer.errors import ChromeNotFoundError

        try:
            k = kaleido.Kaleido(n=1, timeout=self._timeout, mathjax=False, path=browser_path)
        except ChromeNotFoundError as exc:
            raise BrowserNotFound() from exc
        self._kaleido = k
        try:
            await k.open()
        finally:
            if (proc := getattr(k, "subprocess", None)) is not None:
                self._processes.append(proc)

    @property
    def process(self) -> Any:
        """The browser's ``subprocess.Popen``, once started."""
        return self._processes[0] if self._processes else None

    def _call(self, coro: Coroutine[Any, Any, T], timeout: float) -> T:
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            if future.done():  # the coroutine's own time limit, not ours
                raise
            future.cancel()
            raise TimeoutError(f"no answer from the browser within {timeout:.0f} s") from None

    def render(self, figure: dict[str, Any], opts: dict[str, Any], topojson: str) -> bytes:
        """Draw one figure; raises on a timeout or a browser error."""
        coro = self._kaleido.calc_fig(figure, opts=opts, topojson=topojson)
        try:
            data = self._call(coro, self._timeout + 15)
        except TimeoutError as exc:
            if str(exc):
                raise
            raise TimeoutError(f"it took longer than {self._timeout:g} s") from None
        if not isinstance(data, bytes):
            raise ChartRenderError("the browser returned no image")
        return data

    def close(self) -> None:
        """Close the browser (killing it if it does not close) and stop the loop thread."""
        try:
            if self._kaleido is not None and self._loop.is_running():
                self._call(self._kaleido.close(), _CLOSE_TIMEOUT)
        except BaseException:  # closing must not fail; kill below
            pass
        finally:
            _kill(self.process)
            self._kaleido = None
            if self._loop.is_running():
                with contextlib.suppress(BaseException):
                    self._call(_drain(), 5)
                self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
            if not self._thread.is_alive():
                self._loop.close()
            self._finalizer.detach()


async def _drain() -> None:
    """Cancel what is left on the loop (a close that never answered) and let it unwind."""
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=3)


def _kill_all(processes: list[Any]) -> None:
    """Last resort (garbage collection or interpreter exit): no browser outlives its job."""
    for proc in processes:
        _kill(proc)


@dataclass(frozen=True)
class _Job:
    spec: ChartSpec
    figure: dict[str, Any]
    path: Path


class ChartRenderer:
    """Renders chart specs to PNG files for one export job, through one browser and a cache.

    Use it as a context manager; the browser (if one was started) is closed on exit::

        with ChartRenderer(cache_dir) as renderer:
            images = renderer.render(briefing.charts, progress=report, cancel=stop_requested)

    Images are written into ``cache_dir`` under the hash of figure and export options and are
    returned as ``ChartImage`` keyed by ``ChartSpec.id``. Not for use from several threads.
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
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.style = style or house_style()
        self.width = width
        self.height = height
        self.scale = scale
        self.timeout = timeout
        self.browser_path = browser_path
        self._maps = Path(maps) if maps is not None else None
        self._session: _BrowserSession | None = None
        self.browser_starts = 0
        """How many browsers this renderer has started (0 when every chart was cached)."""
        self.drawn = 0
        """How many images were drawn (cache misses)."""

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> ChartRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the browser, if one was started. Safe to call twice."""
        session, self._session = self._session, None
        if session is not None:
            session.close()

    @property
    def browser_running(self) -> bool:
        """True while this renderer holds a live browser."""
        proc = self._session.process if self._session else None
        return proc is not None and proc.poll() is None

    # -- rendering -----------------------------------------------------------------------------

    @property
    def options(self) -> dict[str, Any]:
        """The kaleido export options: format, width, height and scale."""
        return {"format": "png", "width": self.width, "height": self.height, "scale": self.scale}

    def cache_key(self, figure: dict[str, Any]) -> str:
        """sha256 of the figure JSON, the export options and the plotly/kaleido/maps versions."""
        from plotly.utils import PlotlyJSONEncoder

        head = {"cache": _CACHE_VERSION, "maps": MAPS_VERSION, **_versions(), **self.options}
        digest = hashlib.sha256(json.dumps(head, sort_keys=True).encode())
        body = json.dumps(figure, cls=PlotlyJSONEncoder, sort_keys=True, separators=(",", ":"))
        digest.update(body.encode())
        return digest.hexdigest()

    def render(
        self,
        specs: Sequence[ChartSpec],
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> dict[str, ChartImage]:
        """Render every spec (cached ones are not drawn again); ``ChartImage`` by spec id.

        Raises ``RenderCancelled`` when ``cancel()`` turns true (checked before each chart),
        ``BrowserNotFound`` when a chart must be drawn and there is no browser, and
        ``ChartRenderError`` when a chart fails twice.
        """
        jobs = []
        for spec in specs:  # build everything first: a bad spec fails before any browser starts
            figure = build_figure(spec, self.style).to_plotly_json()
            path = self.cache_dir / f"{self.cache_key(figure)}.png"
            jobs.append(_Job(spec, figure, path))
        total = len(jobs)
        images: dict[str, ChartImage] = {}
        for n, job in enumerate(jobs):
            if cancel is not None and cancel():
                raise RenderCancelled(f"Chart rendering was cancelled after {n} of {total} charts.")
            cached = job.path.is_file()
            if progress is not None:
                word = "Preparing" if cached else "Rendering"
                progress(n, total, f"{word} chart {n + 1} of {total}")
            if not cached:
                self._draw(job)
            width, height = png_size(job.path.read_bytes()[:24])
            images[job.spec.id] = ChartImage(str(job.path), width, height, describe(job.spec))
        if progress is not None:
            progress(total, total, f"{total} charts ready" if total != 1 else "1 chart ready")
        return images

    def _draw(self, job: _Job) -> None:
        topojson = (self._maps or maps_dir()).resolve().as_uri()
        failure: BaseException | None = None
        for _attempt in range(2):
            try:
                data = self._browser().render(job.figure, self.options, topojson)
                png_size(data)
                break
            except (BrowserNotFound, KeyboardInterrupt):
                raise
            except Exception as exc:  # any failure: one retry, fresh browser
                failure = exc
                self.close()
        else:
            reason = str(failure) or type(failure).__name__
            if "topojson" in reason:
                raise ChartRenderError(
                    f"Chart '{job.spec.id}' could not be drawn because the map outlines could "
                    f"not be read from {topojson} ({reason}): reinstall Briefkit or restore "
                    "assets/maps.",
                    job.spec.id,
                ) from failure
            raise ChartRenderError(
                f"Chart '{job.spec.id}' could not be drawn, even after a retry in a fresh "
                f"browser ({reason}): try again, or check that the browser runs.",
                job.spec.id,
            ) from failure
        self._store(job.path, data)
        self.drawn += 1

    def _browser(self) -> _BrowserSession:
        if self._session is None:
            path = self.browser_path or find_browser()
            if not (os.path.isfile(path) and os.access(path, os.X_OK)):  # noqa: PTH113
                raise BrowserNotFound(
                    f"The browser {path!r} does not exist or cannot be run: point the renderer "
                    "at Chrome or Chromium, or install Chromium (apt-get install chromium)."
                )
            self.browser_starts += 1
            self._session = _BrowserSession(path, self.timeout)
        return self._session

    def _store(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".png")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
