"""Python's cyclic garbage collector, run only on the GUI thread.

Qt objects must be destroyed on the thread they belong to (pixmaps and widgets on the GUI
thread). Python's automatic collector runs on whichever thread happens to allocate, which in
this window is often a worker loading data or drawing charts; if it frees a cycle holding a
Qt object there, the process crashes. So the automatic collector is switched off while the
window runs and a timer on the GUI thread collects instead, generation by generation, with
the thresholds the automatic collector would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread every ``interval_ms``; ``start()`` / ``stop()``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Switch the automatic collector off and collect on the timer instead."""
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        """Collect once more and give collecting back to Python."""
        self.timer.stop()
        gc.collect()
        gc.enable()

    def check(self) -> None:
        """Collect the generations that have passed their thresholds."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
