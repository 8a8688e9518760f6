"""The preview column: what the selected topic's briefing will contain.

A header (title, subtitle, period and counts), the key figures as cards, and four tabs: the
contents (summary, sections in order with their blocks, sources), the charts (thumbnails that
arrive from the background while the window stays usable), the sources, each flagged with
the disagreements it takes part in, and the pages (``pages_view``: every slide and page as an
export writes them).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefkit.gui.accessible import describe
from briefkit.gui.briefing_models import ChartsModel, OutlineModel, SourcesModel, disagreements
from briefkit.gui.pages_view import PagesTab
from briefkit.gui.thumb_grid import THUMB, ThumbGrid

if TYPE_CHECKING:
    from briefkit.compose.model import Briefing, KeyFigure
    from briefkit.gui.thumbnails import Thumbnail, ThumbnailFailed


class KeyFigureCard(QFrame):
    """One headline number: the value large, what it counts beneath."""

    def __init__(self, figure: KeyFigure, sources: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#keyFigure { background: palette(alternate-base); border: none;"
            " border-left: 3px solid palette(highlight); border-radius: 2px; }"
        )
        value = QLabel(figure.value)
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        value.setFont(font)
        value.setForegroundRole(QPalette.ColorRole.Highlight)
        label = QLabel(figure.label)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(value)
        layout.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
        detail = f"<br><i>{figure.detail}</i>" if figure.detail else ""
        said = self.tr("Sources: {sources}").format(sources=sources)
        describe(self, f"<b>{figure.value}</b> {figure.label}{detail}<br>{said}")
        self.setAccessibleName(f"{figure.value} {figure.label}")


class KeyFiguresView(QWidget):
    """Key figure cards in as many columns as fit."""

    MIN_CARD = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.cards: list[KeyFigureCard] = []
        self._columns = 0

    def set_figures(self, figures: tuple[KeyFigure, ...]) -> None:
        """Show these key figures."""
        for card in self.cards:
            card.deleteLater()
        self.cards = [
            KeyFigureCard(f, ", ".join(f"[{n}]" for n in f.citations) or "—", self) for f in figures
        ]
        self._columns = 0
        self._arrange()
        self.setVisible(bool(figures))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        if not self.cards:
            return
        columns = max(2, min(len(self.cards), max(1, self.width()) // self.MIN_CARD))
        rows = -(-len(self.cards) // columns)
        columns = -(-len(self.cards) // rows)  # balance: 5 cards in 3+2, not 4+1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // columns, n % columns)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)


class PreviewPanel(QWidget):
    """Shows one composed Briefing; thumbnails are filled in as they arrive."""

    open_requested = Signal(Path)  # a chart's full-size picture

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing: Briefing | None = None
        self.outline = OutlineModel(self)
        self.charts = ChartsModel(self)
        self.charts.icon_size = THUMB
        self.sources = SourcesModel(self)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.key_figures = KeyFiguresView()

        self.outline_view = QTreeView()
        self.outline_view.setModel(self.outline)
        self.outline_view.setAlternatingRowColors(True)
        self.outline_view.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.outline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.outline_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.chart_status = QLabel()
        self.chart_status.setWordWrap(True)
        self.chart_view = ThumbGrid()
        self.chart_view.setModel(self.charts)
        self.chart_view.activated.connect(self._open_chart)  # double-click or Enter
        charts_page = QWidget()
        charts_layout = QVBoxLayout(charts_page)
        charts_layout.addWidget(self.chart_status)
        charts_layout.addWidget(self.chart_view, 1)

        self.sources_status = QLabel()
        self.sources_status.setWordWrap(True)
        self.sources_view = QTreeView()
        self.sources_view.setModel(self.sources)
        self.sources_view.setWordWrap(True)
        self.sources_view.setUniformRowHeights(False)
        self.sources_view.setAlternatingRowColors(True)
        self.sources_view.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.sources_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sheader = self.sources_view.header()
        sheader.setStretchLastSection(False)
        sheader.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sheader.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        sheader.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        sources_page = QWidget()
        sources_layout = QVBoxLayout(sources_page)
        sources_layout.addWidget(self.sources_status)
        sources_layout.addWidget(self.sources_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.outline_view, "")
        self.tabs.addTab(charts_page, "")
        self.tabs.addTab(sources_page, "")
        self.pages = PagesTab()
        self.tabs.addTab(self.pages, "")
        self.tabs.setDocumentMode(True)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.meta)
        layout.addSpacing(4)
        layout.addWidget(self.key_figures)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        self.heading = QLabel()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.heading)
        outer.addWidget(self.stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the interface language (a briefing shown is described anew)."""
        self.heading.setText("<b>{}</b>".format(self.tr("Preview")))
        self.outline_view.setAccessibleName(self.tr("Contents of the briefing"))
        self.outline_view.setToolTip(
            self.tr("The briefing's parts in order; expand one to see its blocks")
        )
        self.chart_view.setAccessibleName(self.tr("Charts of the briefing"))
        self.sources_view.setAccessibleName(self.tr("Sources of the briefing"))
        self.outline.retranslate()
        self.sources.retranslate()
        self.pages.retranslate()
        self._tab_texts()
        self._qt_tab_bar_texts()
        self.charts.retranslate()
        if self.briefing is not None:
            self._describe(self.briefing)
            if self.charts.spec_ids():
                self._update_chart_status()
            else:
                self.set_chart_status(self.tr("This briefing has no charts."))

    def _qt_tab_bar_texts(self) -> None:
        """Qt's tab bar names its scroll buttons once, when made: name them in the language
        of now, with Qt's own translations (qtbase)."""
        bar, context = self.tabs.tabBar(), "QTabBar"  # a variable: lupdate leaves Qt's texts
        for name, text in (
            ("ScrollLeftButton", "Scroll Left"),
            ("ScrollRightButton", "Scroll Right"),
        ):
            button = bar.findChild(QToolButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate(context, text))

    def _tab_texts(self) -> None:
        briefing = self.briefing
        self.tabs.setTabText(0, self.tr("&Contents"))
        self.tabs.setTabText(3, self.tr("&Pages"))
        if briefing is None:
            self.tabs.setTabText(1, self.tr("C&harts"))
            self.tabs.setTabText(2, self.tr("&Sources"))
        else:
            charts, sources = len(briefing.charts), len(briefing.sources)
            self.tabs.setTabText(1, self.tr("C&harts ({count})").format(count=charts))
            self.tabs.setTabText(2, self.tr("&Sources ({count})").format(count=sources))

    def show_message(self, text: str) -> None:
        """Show a sentence instead of a briefing (nothing selected, composing, failed)."""
        self.briefing = None
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)

    def show_briefing(self, briefing: Briefing) -> None:
        """Show what this briefing contains; charts wait for ``add_thumbnail``."""
        self.briefing = briefing
        self.title.setText(briefing.title)
        self.subtitle.setText(briefing.subtitle)
        self.key_figures.set_figures(briefing.key_figures)
        self._describe(briefing)
        self.outline_view.expandToDepth(-1)
        self.outline_view.collapseAll()
        self.charts.set_charts(briefing.charts)
        self.set_chart_status(
            self.tr("Drawing the charts in the background…")
            if briefing.charts
            else self.tr("This briefing has no charts.")
        )
        self.stack.setCurrentIndex(1)

    def _describe(self, briefing: Briefing) -> None:
        """The window's words about the briefing: counts, outline, sources, tab titles."""
        charts = len(briefing.charts)
        found = disagreements(briefing)
        sections, sources = len(briefing.sections), len(briefing.sources)
        self.meta.setText(
            "  ·  ".join(
                (
                    briefing.period_label,
                    self.tr("%n section(s)", "", sections),
                    self.tr("%n chart(s)", "", charts),
                    self.tr("%n source(s)", "", sources),
                )
            )
        )
        self.outline.set_briefing(briefing)
        flag = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.sources.set_briefing(briefing, flag)
        self.sources_view.expandAll()
        flagged = len(self.sources.flagged)
        places = len(found)
        status = self.tr("%n source(s); ", "", sources) + self.tr(
            "they disagree in %n place(s)", "", places
        )
        if found:
            status += " " + self.tr("(%n source(s) flagged below)", "", flagged)
        self.sources_status.setText(status + ".")
        self._tab_texts()

    def set_chart_status(self, text: str) -> None:
        """The line above the thumbnails."""
        self.chart_status.setText(text)

    def _open_chart(self, index: QModelIndex) -> None:
        path = self.charts.picture(index.row())
        if path is not None:
            self.open_requested.emit(path)

    def thumbnail_width(self) -> int:
        """Device pixels a thumbnail needs on this screen."""
        return round(THUMB.width() * self.devicePixelRatioF())

    def add_thumbnail(self, thumb: Thumbnail) -> None:
        """A chart's picture arrived."""
        ratio = thumb.image.width() / THUMB.width()
        self.charts.set_thumbnail(thumb.spec_id, thumb.image, thumb.alt_text, ratio, thumb.path)
        self._update_chart_status()

    def thumbnail_failed(self, failure: ThumbnailFailed) -> None:
        """A chart could not be drawn."""
        self.charts.set_failed(failure.spec_id, failure.message)
        self.set_chart_status(failure.message)

    def _update_chart_status(self) -> None:
        ids = self.charts.spec_ids()
        done = sum(self.charts.has_thumbnail(i) for i in ids)
        total = len(ids)
        if done < total:
            self.set_chart_status(
                self.tr("Drawing the charts in the background… {done} of {total}").format(
                    done=done, total=total
                )
            )
        else:
            self.set_chart_status(
                self.tr(
                    "%n chart(s), as they will appear in the report and the deck. Hover for "
                    "the headline; double-click to open one.",
                    "",
                    total,
                )
            )
