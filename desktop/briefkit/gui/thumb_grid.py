"""A grid of thumbnails whose pictures grow with the space: the charts, and the pages."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListView, QWidget

THUMB = QSize(480, 270)
"""The largest a thumbnail is shown (logical pixels); it is drawn at this size times the
screen's device pixel ratio, and shown smaller when the column is narrow."""


class ThumbGrid(QListView):
    """Thumbnails in a grid whose pictures grow with the space (from ``smallest`` px wide to
    ``largest``): the charts, and the pages."""

    def __init__(
        self,
        parent: QWidget | None = None,
        largest: QSize = THUMB,
        smallest: int = 200,
        lines: int = 3,
    ) -> None:
        super().__init__(parent)
        self.largest, self.smallest, self.lines = largest, smallest, lines
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setSpacing(6)
        self._fit(largest.width() * 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._fit(self.viewport().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        """As many columns as the largest pictures would need, each picture as wide as fits."""
        usable, largest = width - 8, self.largest
        columns = max(1, -(-usable // (largest.width() + 28)))
        icon = max(self.smallest, min(largest.width(), usable // columns - 28))
        size = QSize(icon, icon * largest.height() // largest.width())
        if self.iconSize() != size:
            self.setIconSize(size)
            text = self.lines * self.fontMetrics().height() + 12  # room for the title's lines
            self.setGridSize(QSize(icon + 24, size.height() + text))
