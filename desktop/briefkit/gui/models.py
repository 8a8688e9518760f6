"""Qt models over the catalog's topics (the parts of a briefing are in ``briefing_models``).

- ``TopicListModel``: ``Catalog.topics`` as a checkable list (title, period, description).
- ``TopicFilterModel``: the filter box (every word must match title, description, id, places).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

if TYPE_CHECKING:
    from briefkit.catalog import Catalog
    from briefkit.catalog.topic import Topic

Index = QModelIndex | QPersistentModelIndex

TOPIC_ID = Qt.ItemDataRole.UserRole + 1
PERIOD = Qt.ItemDataRole.UserRole + 2
DESCRIPTION = Qt.ItemDataRole.UserRole + 3
SEARCH = Qt.ItemDataRole.UserRole + 4


def period_label(topic: Topic) -> str:
    """The period as a list shows it, in the interface language: "May 2011 – Dec 2017"."""
    start, end = topic.period.start, topic.period.end
    locale = QLocale()  # the default follows the interface language

    def month(day: date) -> str:
        name = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        # the order of month and year is the language's ("2011 ж. мам." in Kazakh)
        pattern = QCoreApplication.translate("TopicListModel", "{month} {year}")
        return pattern.format(month=name, year=day.year)

    if (start.year, start.month) == (end.year, end.month):
        return month(start)
    return f"{month(start)} – {month(end)}"


class TopicListModel(QAbstractListModel):
    """The topics of a Catalog, each with a check box for "export this one"."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topics: list[Topic] = []
        self._checked: set[str] = set()

    def set_catalog(self, catalog: Catalog, checked: Iterable[str] = ()) -> None:
        """Show this catalog's topics; tick those in ``checked`` that exist."""
        self.beginResetModel()
        self._topics = list(catalog.topics.values())
        self._checked = {t for t in checked if t in catalog.topics}
        self.endResetModel()
        self.checked_changed.emit()

    def show_in(self, topics: Mapping[str, Topic]) -> None:
        """Show the same topics with these texts (the briefing language's); ticks stay."""
        self._topics = [topics.get(t.id, t) for t in self._topics]
        if self._topics:
            self.dataChanged.emit(self.index(0), self.index(len(self._topics) - 1))

    def retranslate(self) -> None:
        """The interface language changed: the periods and tips are said anew."""
        if self._topics:
            self.dataChanged.emit(self.index(0), self.index(len(self._topics) - 1))

    def topic_ids(self) -> list[str]:
        """Every topic id, in list order."""
        return [t.id for t in self._topics]

    def topic(self, row: int) -> Topic:
        """The topic at ``row``."""
        return self._topics[row]

    def row_of(self, topic_id: str) -> int:
        """The row of a topic id, or -1."""
        return next((n for n, t in enumerate(self._topics) if t.id == topic_id), -1)

    def checked_ids(self) -> tuple[str, ...]:
        """The ticked topic ids, in list order."""
        return tuple(t.id for t in self._topics if t.id in self._checked)

    def set_checked(self, topic_ids: Iterable[str], checked: bool = True) -> None:
        """Tick (or untick) these topics."""
        ids = set(topic_ids)
        before = set(self._checked)
        self._checked = self._checked | ids if checked else self._checked - ids
        if self._checked != before:
            for row, topic in enumerate(self._topics):
                if topic.id in ids:
                    index = self.index(row)
                    self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.checked_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._topics)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._topics):
            return None
        topic = self._topics[index.row()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return topic.title
            case Qt.ItemDataRole.CheckStateRole:
                checked = topic.id in self._checked
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            case Qt.ItemDataRole.ToolTipRole:
                hint = self.tr("Tick to export; select to preview.")
                return (
                    f"<b>{topic.title}</b><br>{topic.subtitle}<br><i>{period_label(topic)}</i>"
                    f"<p>{topic.description}</p><p>{hint}</p>"
                )
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                return f"{period_label(topic)}. {topic.description}"
            case _ if role == TOPIC_ID:
                return topic.id
            case _ if role == PERIOD:
                return period_label(topic)
            case _ if role == DESCRIPTION:
                return topic.description
            case _ if role == SEARCH:
                words = [topic.id, topic.title, topic.subtitle, topic.description]
                return " ".join([*words, *topic.places, *topic.keywords]).casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked([self._topics[index.row()].id], checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class TopicFilterModel(QSortFilterProxyModel):
    """Keeps the topics whose text contains every word typed in the filter box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        """Filter by the words of ``text`` (case-insensitive); empty shows everything."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        text = str(model.data(model.index(source_row, 0, source_parent), SEARCH) or "")
        return all(word in text for word in self._words)
