"""The browser that draws the charts: found the way kaleido's choreographer finds it, and run
as one kaleido session on a private event loop in a background thread.

That gives one browser per renderer (not the process-wide sync server), a time limit per
chart, and a clean stop: no browser outlives its job. The page keeps plotly.js loaded between
figures (kaleido would reload it after each).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefkit.charts.errors import BrowserNotFound, ChartRenderError, RenderCancelled
from briefkit.messages import message

if TYPE_CHECKING:
    import concurrent.futures

__all__ = ["BrowserSession", "CancelCheck", "find_browser"]

STARTUP_TIMEOUT = 60.0
"""Seconds a browser may take to start."""
CLOSE_TIMEOUT = 20.0
"""Seconds a browser may take to close before it is killed."""

CancelCheck = Callable[[], bool]
"""Returns True when the caller wants the job to stop."""

_HEADLESS_SHELLS = ("chromium-headless-shell", "chrome-headless-shell")
"""Chrome's headless-only build (Debian: apt-get install chromium-headless-shell): it starts in
about half the time of the full browser, so it is preferred when installed."""
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


def find_browser() -> str:
    """The Chrome-family browser kaleido will use, found the way choreographer finds it.

    ``BROWSER_PATH`` wins (and must name an executable file); then a headless shell on PATH
    (it starts faster); then choreographer's own download folder, a PATH search and the usual
    install paths. Raises ``BrowserNotFound``.
    """
    explicit = os.environ.get("BROWSER_PATH")
    if explicit is not None:
        if os.path.isfile(explicit) and os.access(explicit, os.X_OK):  # noqa: PTH113
            return explicit
        raise BrowserNotFound(message("browser_path_not_browser", path=repr(explicit)))
    path = next((p for name in _HEADLESS_SHELLS if (p := shutil.which(name))), None)
    if path:
        return path
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


class BrowserSession:
    """One kaleido browser on a private event loop in a daemon thread.

    The browser starts in the background as the session is made (it takes about 2 s, which
    the caller spends building figures); the first ``render`` waits for it, polling ``cancel``.
    """

    def __init__(
        self,
        browser_path: str,
        timeout: float,
        cancel: CancelCheck | None = None,
        plotly_js: Path | None = None,
        shared: bool = False,
    ) -> None:
        self._timeout = timeout
        self.plotly_js = plotly_js
        self.shared = shared
        """Drawn for several jobs (``charts.shared``): a job that stops while it waits for the
        start leaves the start going for the others."""
        """The plotly.js the page loads; None for plotly.py's own (every trace type)."""
        self._kaleido: Any = None
        self._cancel = cancel
        import asyncio  # here, not at the top: an export whose charts are cached needs none

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="briefkit-chart-browser", daemon=True
        )
        self._thread.start()
        self._processes: list[Any] = []
        self._finalizer = weakref.finalize(self, _kill_all, self._processes)
        self._opening: concurrent.futures.Future[None] | None
        self._opening = asyncio.run_coroutine_threadsafe(self._open(browser_path), self._loop)

    def _await_process(self, opening: concurrent.futures.Future[None]) -> None:
        """Wait until a starting browser's process exists (or the start ended).

        choreographer starts the process in a worker thread; a start cancelled before that
        returns would lose the process, and the browser would outlive the job. Spawning takes
        a moment; the slow part of a start (the first page) comes after, and is cut short.
        """
        deadline = time.monotonic() + _SPAWN_TIMEOUT
        while not opening.done() and time.monotonic() < deadline:
            if getattr(self._kaleido, "subprocess", None) is not None:
                return
            time.sleep(0.02)

    def _wait_open(self, cancel: CancelCheck | None = None) -> None:
        """Block until the browser is up (the first time); raises what starting it raised.
        ``cancel`` (else the session's own) is polled meanwhile."""
        opening = self._opening
        if opening is None:
            return
        try:
            self._wait(opening, STARTUP_TIMEOUT, cancel or self._cancel, stop=not self.shared)
        except RenderCancelled:
            if not self.shared:
                self.close()
            raise
        except BaseException:
            self.close()
            raise
        self._opening = None

    async def _open(self, browser_path: str) -> None:
        import asyncio

        import kaleido
        from choreographer.errors import ChromeNotFoundError

        try:
            script = None if self.plotly_js is None else (self.plotly_js.as_uri(), "utf-8")
            k = kaleido.Kaleido(
                n=1, timeout=self._timeout, mathjax=False, plotlyjs=script, path=browser_path
            )
        except ChromeNotFoundError as exc:
            raise BrowserNotFound() from exc
        self._kaleido = k
        try:
            await k.open()
        except Exception:
            task = asyncio.current_task()
            if task is not None and task.cancelling():  # stopped by close(): not a failure
                raise asyncio.CancelledError() from None
            raise
        finally:
            if (proc := getattr(k, "subprocess", None)) is not None:
                self._processes.append(proc)
        _keep_page_loaded(k)

    @property
    def process(self) -> Any:
        """The browser's ``subprocess.Popen``, once started."""
        return self._processes[0] if self._processes else None

    def _call(
        self, coro: Coroutine[Any, Any, T], timeout: float, cancel: CancelCheck | None = None
    ) -> T:
        """Run ``coro`` on the browser's loop; ``cancel`` is polled ten times a second."""
        import asyncio

        return self._wait(asyncio.run_coroutine_threadsafe(coro, self._loop), timeout, cancel)

    @staticmethod
    def _wait(
        future: concurrent.futures.Future[T],
        timeout: float,
        cancel: CancelCheck | None = None,
        stop: bool = True,
    ) -> T:
        """The result of a future of the browser's loop, within ``timeout`` seconds; a cancel
        also cancels the future when ``stop``."""
        import concurrent.futures

        deadline = time.monotonic() + timeout
        while True:
            try:
                return future.result(0.1 if cancel is not None else timeout)
            except concurrent.futures.TimeoutError:
                if future.done():  # the coroutine's own time limit, not ours
                    raise
                if cancel is not None and cancel():
                    if stop:
                        future.cancel()
                    raise RenderCancelled(message("chart_rendering_cancelled")) from None
                if cancel is None or time.monotonic() > deadline:
                    future.cancel()
                    raise TimeoutError(message("browser_no_answer", seconds=timeout)) from None

    def render(
        self,
        figure: dict[str, Any],
        opts: dict[str, Any],
        topojson: str,
        cancel: CancelCheck | None = None,
    ) -> bytes:
        """Draw one figure; raises on a timeout or a browser error (``RenderCancelled`` when
        ``cancel``, else the session's own, turns true while the browser starts)."""
        self._wait_open(cancel)
        coro = self._kaleido.calc_fig(figure, opts=opts, topojson=topojson)
        try:
            data = self._call(coro, self._timeout + 15)
        except TimeoutError as exc:
            if str(exc):
                raise
            raise TimeoutError(message("browser_too_slow", seconds=self._timeout)) from None
        if not isinstance(data, bytes):
            raise ChartRenderError(message("browser_no_image"))
        return data

    def close(self) -> None:
        """Close the browser (killing it if it does not close) and stop the loop thread."""
        if self._opening is not None:  # still starting: stop that first
            self._await_process(self._opening)
            self._opening.add_done_callback(_ignore_outcome)
            self._opening.cancel()
            self._opening = None
        try:
            if self._kaleido is not None and self._loop.is_running():
                self._call(self._kaleido.close(), CLOSE_TIMEOUT)
        except BaseException:  # closing must not fail; kill below
            pass
        finally:
            _kill(self.process or getattr(self._kaleido, "subprocess", None))
            self._kaleido = None
            if self._loop.is_running():
                with contextlib.suppress(BaseException):
                    self._call(_drain(), 5)
                self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
            if not self._thread.is_alive():
                self._loop.close()
            _kill_all(self._processes)  # one a cancelled start registered in the meantime
            self._finalizer.detach()


_RELOAD_EVERY = 50
"""Figures drawn on one page load before the page is reloaded anyway (bounds its memory)."""


def _keep_page_loaded(k: Any) -> None:
    """Hand kaleido's tab back after a figure without reloading its page.

    kaleido 1.x reloads the page, and with it the 4 MB of plotly.js, after every figure: about
    0.2 s of each figure's 0.3 s here. The images are byte-identical without the reload
    (tests/test_charts_render.py checks it), and a failed figure gets a fresh browser anyway
    (``ChartRenderer._draw``), so the page is reloaded only every ``_RELOAD_EVERY`` figures.
    A kaleido without this private hook keeps its own behaviour.
    """
    reload_and_return = getattr(k, "_return_kaleido_tab", None)
    tabs = getattr(k, "tabs_ready", None)
    if reload_and_return is None or tabs is None:
        return
    drawn = 0

    async def give_back(tab: Any) -> None:
        nonlocal drawn
        drawn += 1
        if drawn % _RELOAD_EVERY == 0:
            await reload_and_return(tab)
        else:
            await tabs.put(tab)

    k._return_kaleido_tab = give_back


_SPAWN_TIMEOUT = 10.0
"""Seconds a stop during start-up waits for the browser's process to exist (to kill it)."""


def _ignore_outcome(future: Any) -> None:
    """Retrieve an abandoned future's outcome, so that asyncio does not log it as lost."""
    if not future.cancelled():
        future.exception()


async def _drain() -> None:
    """Cancel what is left on the loop (a close that never answered) and let it unwind."""
    import asyncio

    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=3)


def _kill_all(processes: list[Any]) -> None:
    """Last resort (garbage collection or interpreter exit): no browser outlives its job."""
    for proc in processes:
        _kill(proc)
