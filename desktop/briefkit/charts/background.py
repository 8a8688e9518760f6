"""Charts drawn in a background thread, so that documents are written while later charts draw.

The browser draws in its own process; the thread mostly waits for it. The export writes a
briefing's documents as soon as that briefing's charts are ready, instead of after every chart
of the job (about a second saved on a cold export of the bundled topics).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.charts.errors import RenderCancelled
from briefkit.compose.model import ChartImage, ChartSpec
from briefkit.progress import Step, say

if TYPE_CHECKING:
    from briefkit.charts.renderer import ChartLook
    from briefkit.charts.shared import SharedBrowser

_POLL = 0.1
"""Seconds between looks at cancel and progress while waiting for charts."""


class BackgroundCharts:
    """Draws ``specs`` with one ``ChartRenderer`` in a thread, in each of ``looks`` in turn
    (one browser for them all); a context manager.

    ``images(ids, ..., look)`` blocks until those charts are ready in that look (or the
    drawing failed: then it raises what the renderer raised). Progress messages come back
    through the waiting thread, so ``Progress`` objects are only ever called from the thread
    that owns them. Leaving the context stops the drawing at its next chart and closes the browser.
    """

    def __init__(
        self,
        specs: Sequence[ChartSpec],
        cache_dir: Path,
        cancel: Callable[[], bool],
        looks: Sequence[ChartLook] = (),
        browser: SharedBrowser | None = None,
    ) -> None:
        self._specs = tuple(specs)
        self._browser = browser
        """A browser lent by the window, else the renderer starts its own."""
        self._looks = tuple(looks)
        """The looks drawn, in order; none: the house look."""
        self._cache_dir = cache_dir
        self._cancel = cancel
        self._stop = threading.Event()
        self._ready: dict[tuple[int, str], ChartImage] = {}
        """Images by the index of their look and the chart's id."""
        self._changed = threading.Condition()
        self._finished = False
        self._error: BaseException | None = None
        self._messages: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._draw, name="briefkit-charts", daemon=True)
        self.drawn = 0
        """How many images were drawn (cache misses), once the drawing is over."""

    def __enter__(self) -> BackgroundCharts:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _stopped(self) -> bool:
        return self._stop.is_set() or self._cancel()

    def _draw(self) -> None:
        from briefkit.charts.renderer import ChartLook, ChartRenderer

        total = len(self._specs)
        looks = self._looks or (ChartLook(),)
        index = 0

        def step(done: int, _total: int, message: str) -> None:
            if done < total:  # called as each chart starts; the last call only says "ready"
                if len(looks) > 1 and isinstance(message, Step) and message.words is not None:
                    message = say(
                        message.words, "look", step=message, look=index + 1, looks=len(looks)
                    )
                self._messages.put(message)

        def ready(spec_id: str, image: ChartImage) -> None:
            with self._changed:
                self._ready[(index, spec_id)] = image
                self._changed.notify_all()

        try:
            with ChartRenderer(self._cache_dir, browser=self._browser) as renderer:
                for index, look in enumerate(looks):  # noqa: B007 - ``step`` and ``ready`` read it
                    renderer.use(look)
                    renderer.render(
                        self._specs, progress=step, cancel=self._stopped, on_image=ready
                    )
                self.drawn = renderer.drawn
        except BaseException as exc:  # handed to the waiting thread
            self._error = exc
        finally:
            with self._changed:
                self._finished = True
                self._changed.notify_all()

    def images(
        self,
        ids: Iterable[str],
        on_message: Callable[[str], None],
        check: Callable[[], None],
        look: ChartLook | None = None,
    ) -> dict[str, ChartImage]:
        """The images of the charts ``ids`` in ``look`` (one of the looks drawn; None: the
        first), waiting for them; ``check()`` may raise to stop."""
        wanted = list(ids)
        n = self._looks.index(look) if look is not None and self._looks else 0
        while True:
            self._flush(on_message)
            check()
            with self._changed:
                if all((n, i) in self._ready for i in wanted):
                    return {i: self._ready[(n, i)] for i in wanted}
                if self._finished:
                    break
                self._changed.wait(_POLL)
        self._flush(on_message)
        if isinstance(self._error, RenderCancelled):
            check()
        if self._error is not None:
            raise self._error
        missing = ", ".join(i for i in wanted if (n, i) not in self._ready)
        raise KeyError(f"charts not drawn: {missing}")  # pragma: no cover - a programming error

    def finish(self, on_message: Callable[[str], None], check: Callable[[], None]) -> int:
        """Wait for the drawing to end; raises what it raised. How many images were drawn."""
        for look in self._looks or (None,):
            self.images((s.id for s in self._specs), on_message, check, look)
        self._thread.join()
        return self.drawn

    def _flush(self, on_message: Callable[[str], None]) -> None:
        while True:
            try:
                message = self._messages.get_nowait()
            except queue.Empty:
                return
            on_message(message)
