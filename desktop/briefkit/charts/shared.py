"""One chart browser for several renderers, kept between their jobs (the window's chart
thumbnails and its page previews).

The browser takes about a second to start on a quiet two-core machine (three under load): a
window that starts one per job pays that at each topic, and two jobs at once (the thumbnails
and the pages' export) would run two browsers. ``SharedBrowser`` starts one and lends it to
every ``ChartRenderer`` given it; kaleido's one tab draws their figures one after another. A
picture asked for by two jobs at once is drawn once (``drawing``). The browser stops ``idle``
seconds after its last renderer let go, and for good on ``close``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.charts.errors import RenderCancelled
from briefkit.messages import message

if TYPE_CHECKING:
    from briefkit.charts.browser import BrowserSession, CancelCheck

__all__ = ["IDLE_SECONDS", "SharedBrowser"]

IDLE_SECONDS = 120.0
"""How long a browser no renderer uses is kept for the next job (an idle one holds about
350 MB, proportional set size, with its helpers)."""
_POLL = 0.1


class SharedBrowser:
    """A chart browser lent to renderers (``attach`` / ``release``); thread-safe."""

    def __init__(self, timeout: float = 60.0, idle: float = IDLE_SECONDS) -> None:
        self.timeout = timeout
        """Seconds one chart may take (as ``ChartRenderer``'s ``timeout``)."""
        self.idle = idle
        self.starts = 0
        """How many browsers were started."""
        self._lock = threading.Lock()
        self._session: BrowserSession | None = None
        self._users = 0
        self._closed = False
        self._timer: threading.Timer | None = None
        self._drawing: dict[Path, threading.Lock] = {}

    @property
    def running(self) -> bool:
        """True while a browser is started (or starting)."""
        return self._session is not None

    @property
    def process(self) -> object:
        """The browser's process (``subprocess.Popen``) once started; None otherwise."""
        session = self._session
        return session.process if session is not None else None

    def attach(self, browser_path: str, plotly_js: Path | None) -> tuple[BrowserSession, bool]:
        """The browser for one more renderer, and whether it was started now. A browser with
        the small plotly.js is replaced when ``plotly_js`` is None (a figure needs all of it).
        Raises ``RenderCancelled`` once closed."""
        old = None
        with self._lock:
            if self._closed:
                raise RenderCancelled(message("chart_browser_closed"))
            self._cancel_timer()
            self._users += 1
            session = self._session
            if session is not None and plotly_js is None and session.plotly_js is not None:
                old, session = session, None
            started = session is None
            if session is None:
                session = self._session = self._new(browser_path, plotly_js)
        if old is not None:
            old.close()
        return session, started

    def release(self) -> None:
        """A renderer is done with the browser (kept ``idle`` seconds for the next)."""
        with self._lock:
            self._users = max(0, self._users - 1)
            if self._users == 0 and self._session is not None:
                self._idle_later()

    def discard(self, session: BrowserSession) -> None:
        """Close ``session`` (it failed), if it is still the one lent; the next ``attach``
        starts a fresh one."""
        with self._lock:
            if session is self._session:
                self._forget()
        session.close()

    @contextlib.contextmanager
    def drawing(self, picture: Path, cancel: CancelCheck | None = None) -> Iterator[None]:
        """Hold ``picture`` while it is drawn: a second job asking for it waits (polling
        ``cancel``), then finds it in the cache."""
        with self._lock:
            lock = self._drawing.setdefault(picture, threading.Lock())
        while not lock.acquire(timeout=_POLL):
            if cancel is not None and cancel():
                raise RenderCancelled(message("chart_rendering_cancelled"))
        try:
            yield
        finally:
            with self._lock:
                lock.release()
                if not lock.locked():
                    self._drawing.pop(picture, None)

    def stop(self) -> None:
        """Close the browser unless a renderer uses it (the idle timer's end)."""
        with self._lock:
            session = self._session if self._users == 0 else None
            if session is not None:
                self._forget()
        if session is not None:
            session.close()

    def close(self) -> None:
        """Close the browser for good (the window closes): later ``attach`` calls raise."""
        with self._lock:
            self._closed = True
            self._cancel_timer()
            session, self._session = self._session, None
        if session is not None:
            session.close()

    def _new(self, browser_path: str, plotly_js: Path | None) -> BrowserSession:
        from briefkit.charts.browser import BrowserSession

        self.starts += 1
        return BrowserSession(browser_path, self.timeout, plotly_js=plotly_js, shared=True)

    def _forget(self) -> None:
        """No browser is lent any more (the caller closes it, outside the lock)."""
        self._session = None
        self._cancel_timer()

    def _idle_later(self) -> None:
        self._cancel_timer()
        timer = self._timer = threading.Timer(self.idle, self.stop)
        timer.daemon = True
        timer.start()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
