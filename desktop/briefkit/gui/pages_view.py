"""The Pages tab (a thumbnail of every slide of the deck and every page of the report) and the
large view of one page, with previous and next."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QIcon,
    QKeyEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
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
"""The ``PagePicture`` of a grid item (None while it is a placeholder)."""
WHERE = Qt.ItemDataRole.UserRole + 8
"""A grid item's document, page number and page count."""
PAGE_BOX = QSize(240, 200)
"""The largest a page thumbnail is shown: a slide as wide, a report's page as high."""


def page_name(page: PagePicture) -> str:
    """ "Deck: slide 3 of 31" or "Report: page 2 of 9", in the interface language."""
    return _name(page.document, page.number, page.total)


def _name(document: Document, number: int, total: int) -> str:
    from PySide6.QtCore import QCoreApplication

    if document == Document.DECK:
        text = QCoreApplication.translate("PagesTab", "Deck: slide {n} of {total}")
    else:
        text = QCoreApplication.translate("PagesTab", "Report: page {n} of {total}")
    return text.format(n=number, total=total)


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
            if (page := item.data(PAGE)) is not None:
                item.setText(page_name(page))
                item.setToolTip(item.text())
            else:  # a placeholder
                item.setText(_name(*item.data(WHERE)))
                item.setToolTip(self.tr("{page} (being drawn)").format(page=item.text()))

    @property
    def pages(self) -> list[PagePicture]:
        """The pages drawn, in order (placeholders left out)."""
        rows = (self.model.item(row).data(PAGE) for row in range(self.model.rowCount()))
        return [page for page in rows if page is not None]

    def page_at(self, row: int) -> PagePicture | None:
        """The page drawn at ``row`` (None: a placeholder, or no such row)."""
        item = self.model.item(row)
        page: PagePicture | None = None if item is None else item.data(PAGE)
        return page

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

    def expect(self, document: Document, total: int) -> None:
        """A placeholder for each of the ``total`` pages of ``document`` not shown yet (its
        pages fill them as they arrive)."""
        blank = self._blank(document)
        for number in range(1, total + 1):
            row, found = self._row(document, number)
            if not found:
                item = QStandardItem(blank, _name(document, number, total))
                item.setData((document, number, total), WHERE)
                item.setToolTip(self.tr("{page} (being drawn)").format(page=item.text()))
                item.setEditable(False)
                self.model.insertRow(row, item)

    def add(self, thumb: PageThumb) -> None:
        """A page's thumbnail arrived: it takes its placeholder's place, or its own."""
        page = thumb.page
        row, found = self._row(page.document, page.number)
        item = self.model.item(row) if found else QStandardItem()
        item.setIcon(QIcon(QPixmap.fromImage(thumb.image)))
        item.setText(page_name(page))
        item.setData(page, PAGE)
        item.setData((page.document, page.number, page.total), WHERE)
        item.setToolTip(item.text())
        item.setEditable(False)
        if not found:
            self.model.insertRow(row, item)

    def _row(self, document: Document, number: int) -> tuple[int, bool]:
        """Where page ``number`` of ``document`` is (True), or goes (False): the deck first."""
        order = list(Document)
        wanted = (order.index(document), number)
        for row in range(self.model.rowCount()):
            there, at, _total = self.model.item(row).data(WHERE)
            here = (order.index(there), at)
            if here >= wanted:
                return row, here == wanted
        return self.model.rowCount(), False

    def _blank(self, document: Document) -> QIcon:
        """A page not drawn yet: an empty sheet of a slide's or a page's shape."""
        width, height = (160, 90) if document == Document.DECK else (99, 140)
        sheet = QPixmap(width, height)
        sheet.fill(self.palette().color(QPalette.ColorRole.Midlight))
        return QIcon(sheet)


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
