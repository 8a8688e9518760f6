"""The Pages tab (a thumbnail of every slide of the deck and every page of the report) and the
large view of one page, with previous and next."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.thumb_grid import ThumbGrid
from briefkit.page_preview import Document

if TYPE_CHECKING:
    from briefkit.gui.page_service import PageThumb
    from briefkit.page_preview import PagePicture

PAGE = Qt.ItemDataRole.UserRole + 7
"""The ``PagePicture`` of a grid item."""
PAGE_BOX = QSize(240, 200)
"""The largest a page thumbnail is shown: a slide as wide, a report's page as high."""


def page_name(page: PagePicture) -> str:
    """ "Deck: slide 3 of 31" or "Report: page 2 of 9", in the interface language."""
    from PySide6.QtCore import QCoreApplication

    if page.document == Document.DECK:
        text = QCoreApplication.translate("PagesTab", "Deck: slide {n} of {total}")
    else:
        text = QCoreApplication.translate("PagesTab", "Report: page {n} of {total}")
    return text.format(n=page.number, total=page.total)


class PagesTab(QWidget):
    """Status, progress and the grid of page thumbnails; ``opened(row)`` on double-click or
    Enter, ``stop_requested`` from its Stop button."""

    opened = Signal(int)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.stop = QPushButton()
        self.stop.clicked.connect(self.stop_requested)
        self.grid = ThumbGrid(largest=PAGE_BOX, smallest=120, lines=2)
        self.grid.setModel(self.model)
        self.grid.activated.connect(lambda index: self.opened.emit(index.row()))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.stop, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.grid, 1)
        self.set_running(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (the page names too)."""
        self.stop.setText(self.tr("Stop"))
        self.stop.setToolTip(self.tr("Stop rendering the pages"))
        self.grid.setAccessibleName(self.tr("Pages and slides of the briefing"))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            item.setText(page_name(item.data(PAGE)))
            item.setToolTip(item.text())

    @property
    def pages(self) -> list[PagePicture]:
        """The pages shown, in order."""
        return [self.model.item(row).data(PAGE) for row in range(self.model.rowCount())]

    def clear(self) -> None:
        """No pages."""
        self.model.clear()

    def set_running(self, running: bool) -> None:
        """Show the progress bar and the Stop button while pages are rendered."""
        self.progress.setVisible(running)
        self.stop.setVisible(running)

    def say(self, text: str) -> None:
        """The line above the pages."""
        self.status.setText(text)

    def step(self, done: int, total: int) -> None:
        """Progress: ``done`` of ``total`` (total 0: busy, no measure)."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def add(self, thumb: PageThumb) -> None:
        """A page's thumbnail arrived."""
        item = QStandardItem(QIcon(QPixmap.fromImage(thumb.image)), page_name(thumb.page))
        item.setData(thumb.page, PAGE)
        item.setToolTip(item.text())
        item.setEditable(False)
        self.model.appendRow(item)


class PageDialog(QDialog):
    """One page large; Previous / Next (arrow keys, Page Up / Down, Home, End) go through all
    pages. ``wanted(page)`` asks for a page's large picture, ``show_large`` brings it."""

    wanted = Signal(object)  # PagePicture

    def __init__(self, pages: list[PagePicture], row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.row = row
        self._pixmap = QPixmap()
        self.caption = QLabel()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QDialogButtonBox()
        self.previous = buttons.addButton(
            self.tr("&Previous"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next = buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.previous.clicked.connect(lambda: self.go(self.row - 1))
        self.next.clicked.connect(lambda: self.go(self.row + 1))
        close.clicked.connect(self.reject)
        for button in (self.previous, self.next, close):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() * 4 // 5), min(900, screen.height() * 4 // 5))

    def open_at(self) -> None:
        """Show the dialog (window-modal, not blocking) at its page."""
        self.go(self.row)
        self.open()

    def go(self, row: int) -> None:
        """Show page ``row`` (kept within the pages)."""
        self.row = max(0, min(row, len(self.pages) - 1))
        page = self.pages[self.row]
        self.caption.setText(f"<b>{page_name(page)}</b>")
        self.setWindowTitle(page_name(page))
        self.picture.setAccessibleName(page_name(page))
        self.previous.setEnabled(self.row > 0)
        self.next.setEnabled(self.row < len(self.pages) - 1)
        self._set_picture(page.path)
        self.wanted.emit(page)

    def show_large(self, page: PagePicture, path: Path) -> None:
        """A page's large picture is ready."""
        if self.pages[self.row] == page:
            self._set_picture(path)

    def _set_picture(self, path: Path) -> None:
        self._pixmap = QPixmap(str(path))
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            self.picture.clear()
            return
        room = self.scroller.viewport().size() - QSize(4, 4)
        ratio = self.devicePixelRatioF()
        shown = self._pixmap.scaled(
            room * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        shown.setDevicePixelRatio(ratio)
        self.picture.setPixmap(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key
        moves = {
            key.Key_Left: -1,
            key.Key_Up: -1,
            key.Key_PageUp: -1,
            key.Key_Right: 1,
            key.Key_Down: 1,
            key.Key_PageDown: 1,
        }
        if event.key() in moves:
            self.go(self.row + moves[Qt.Key(event.key())])
        elif event.key() == key.Key_Home:
            self.go(0)
        elif event.key() == key.Key_End:
            self.go(len(self.pages) - 1)
        else:
            super().keyPressEvent(event)
