"""The topics column: a filter box and the checkable list of topics (title, period, one line)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.models import DESCRIPTION, PERIOD, TOPIC_ID, TopicFilterModel, TopicListModel

if TYPE_CHECKING:
    from briefkit.catalog import Catalog

Index = QModelIndex | QPersistentModelIndex


def wrap(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken at spaces into at most ``most`` lines of ``width`` pixels ("…" if cut)."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words and lines:
        rest = " ".join([lines[-1], *words])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines or [""]


class TopicDelegate(QStyledItemDelegate):
    """Draws a topic as its title in bold (up to two lines), the period, the description."""

    PAD = 6
    TITLE_LINES = 2

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        return bold, small

    def _text_width(self) -> int:
        style = self.view.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        return max(80, self.view.viewport().width() - indicator - 4 * margin - self.PAD - 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = opt.palette.color(role)
        muted = opt.palette.color(role)
        muted.setAlphaF(0.72)
        rect = text_rect.adjusted(2, self.PAD, -self.PAD, -self.PAD)
        bold, small = self._fonts(opt.font)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = [(bold, ink, line) for line in wrap(title, QFontMetrics(bold), rect.width(), 2)]
        lines += [
            (small, muted, str(index.data(PERIOD) or "")),
            (small, muted, str(index.data(DESCRIPTION) or "")),
        ]
        painter.save()
        y = rect.top()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for font, colour, text in lines:
            painter.setFont(font)
            painter.setPen(colour)
            metrics = painter.fontMetrics()
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), y, rect.width(), metrics.height()), align, elided)
            y += metrics.height() + 1
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        bold, small = self._fonts(option.font)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
        title_lines = len(wrap(title, bold_metrics, self._text_width(), self.TITLE_LINES))
        height = (bold_metrics.height() + 1) * title_lines + (small_metrics.height() + 1) * 2
        return QSize(200, height + 2 * self.PAD)


class TopicsPanel(QWidget):
    """Pick topics to export (tick) and to preview (select)."""

    current_changed = Signal(str)  # topic id, "" when none
    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TopicListModel(self)
        self.proxy = TopicFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.heading = heading = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        heading.setBuddy(self.filter)

        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TopicDelegate(self.view))
        self.view.setSpacing(1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # titles re-wrap as it widens
        self.view.selectionModel().currentChanged.connect(self._on_current)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.select_all = QPushButton()
        self.select_all.clicked.connect(lambda: self.tick_shown(True))
        self.select_none = QPushButton()
        self.select_none.clicked.connect(lambda: self.tick_shown(False))
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.select_none)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.data_label)
        self.view.hide()
        self.model.checked_changed.connect(self._update_count)
        self.model.checked_changed.connect(self.checked_changed)
        self.setTabOrder(self.filter, self.view)
        self.setTabOrder(self.view, self.select_all)
        self.setTabOrder(self.select_all, self.select_none)
        self._loading = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the interface language."""
        self.heading.setText("<b>{}</b>".format(self.tr("Topics")))
        self.filter.setPlaceholderText(self.tr("Filter topics"))
        self.filter.setAccessibleName(self.filter.placeholderText())  # not the heading's markup
        self.filter.setToolTip(
            self.tr("Show only topics whose title or description has all these words")
        )
        self.view.setAccessibleName(self.tr("Topics"))
        self.view.setToolTip(
            self.tr(
                "Tick the topics to export (Space ticks the selected one); select a topic to "
                "preview its briefing"
            )
        )
        self.placeholder.setText(self._loading or self.tr("Loading topics…"))
        self.select_all.setText(self.tr("Tick &All"))
        self.select_all.setToolTip(self.tr("Tick every topic shown"))
        self.select_none.setText(self.tr("Tick &None"))
        self.select_none.setToolTip(self.tr("Untick every topic shown"))
        if self.model.rowCount():
            self._update_count()
        self.model.retranslate()

    def set_loading(self, text: str = "") -> None:
        """Show a message (default: "Loading topics…") instead of the list while a catalog
        loads."""
        self._loading = text
        self.placeholder.setText(text or self.tr("Loading topics…"))
        self.placeholder.show()
        self.view.hide()

    def set_catalog(self, catalog: Catalog, source: str, checked: tuple[str, ...]) -> None:
        """Show the topics of ``catalog`` (from ``source``, e.g. "bundled data")."""
        self.model.set_catalog(catalog, checked)
        self.show_source(source, catalog.root)
        self.placeholder.hide()
        self.view.show()

    def show_source(self, source: str, root: Path) -> None:
        """Say where the topics come from (``source``: "bundled data" or a folder)."""
        self.data_label.setText(self.tr("Data: {source}").format(source=source))
        self.data_label.setToolTip(str(root))

    def checked_ids(self) -> tuple[str, ...]:
        """The ticked topic ids."""
        return self.model.checked_ids()

    def current_id(self) -> str:
        """The selected topic's id ("" when none)."""
        index = self.view.currentIndex()
        return str(index.data(TOPIC_ID) or "") if index.isValid() else ""

    def select(self, topic_id: str) -> None:
        """Select (and preview) a topic; the first one when ``topic_id`` is unknown."""
        row = self.model.row_of(topic_id)
        source = self.model.index(max(row, 0))
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(str(current.data(TOPIC_ID) or "") if current.isValid() else "")

    def focus_filter(self) -> None:
        """Put the cursor in the filter box, its text selected (Ctrl+F)."""
        self.filter.setFocus()
        self.filter.selectAll()

    def tick_shown(self, checked: bool) -> None:
        """Tick (or untick) every topic the filter shows."""
        rows = range(self.proxy.rowCount())
        ids = [str(self.proxy.index(r, 0).data(TOPIC_ID)) for r in rows]
        self.model.set_checked(ids, checked)

    def _update_count(self) -> None:
        total = self.model.rowCount()
        ticked = len(self.model.checked_ids())
        self.count.setText(self.tr("%n of {total} ticked", "", ticked).format(total=total))
