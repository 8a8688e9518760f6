"""The briefing builder: sections picked from the topics, put in order, exported under a title.

The topics and their sections are a tree on the left; a section is taken by dragging it to the
list on the right, by double-clicking it, or with Add. The list is put in order by drag and drop
or with Up and Down, and Remove takes a section out. Export hands a ``CustomBriefing`` to the
window's export controller (``composed`` signal), which runs it with the window's options.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefkit.compose.custom import (
    SUMMARY,
    CompositionError,
    CustomBriefing,
    Part,
    check_composition,
    composition_from_args,
    parse_part,
)
from briefkit.gui.core_text import said_error
from briefkit.options import Length, document_stem

if TYPE_CHECKING:
    from briefkit.catalog.catalog import Catalog
    from briefkit.gui.composition_files import CompositionFiles

PARTS_MIME = "application/x-briefkit-parts"
"""Dragged sections: ``topic:section`` lines."""
PART_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def parts_mime(parts: Iterable[Part]) -> QMimeData:
    """Sections as drag data."""
    mime = QMimeData()
    mime.setData(PARTS_MIME, "\n".join(str(p) for p in parts).encode("utf-8"))
    return mime


def parts_of(mime: QMimeData) -> list[Part]:
    """The sections drag data holds (none if it holds something else)."""
    if not mime.hasFormat(PARTS_MIME):
        return []
    text = bytes(mime.data(PARTS_MIME).data()).decode("utf-8")
    return [parse_part(line) for line in text.splitlines() if ":" in line]


def section_titles(catalog: Catalog, summary: str) -> dict[Part, str]:
    """The title of every part the catalog offers; ``summary`` names a topic's summary."""
    titles = {}
    for topic in catalog.topics.values():
        titles[Part(topic.id, SUMMARY)] = summary
        for section in topic.sections:
            titles[Part(topic.id, section.id)] = section.title
    return titles


class SectionsModel(QStandardItemModel):
    """Topics with their sections as children; a section can be dragged out."""

    def __init__(
        self, catalog: Catalog, titles: dict[Part, str], parent: QWidget | None = None
    ) -> None:
        """``titles``: every part's title, by topic in catalog order (``section_titles``)."""
        super().__init__(parent)
        bold = QFont()
        bold.setBold(True)
        by_topic: dict[str, list[tuple[Part, str]]] = {}
        for part, title in titles.items():
            by_topic.setdefault(part.topic, []).append((part, title))
        for topic in catalog.topics.values():
            item = QStandardItem(topic.title)
            item.setFont(bold)
            item.setToolTip(topic.subtitle)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for part, title in by_topic.get(topic.id, ()):
                child = QStandardItem(title)
                child.setData(str(part), PART_ROLE)
                child.setToolTip(str(part))
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.appendRow(child)
            self.appendRow(item)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PARTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return parts_mime(self.parts(indexes))

    def parts(self, indexes: Iterable[AnyIndex]) -> list[Part]:
        """The sections at these indexes (topics are skipped)."""
        values = (index.data(PART_ROLE) for index in indexes)
        return [parse_part(value) for value in values if isinstance(value, str)]


class ChosenModel(QAbstractListModel):
    """The chosen sections in order; drops insert (or move) sections at the drop row.

    A section is listed once: dropping one already listed moves it. Drags out of this list
    offer only copying, so the view never deletes rows itself after a move: the drop did it.
    """

    def __init__(self, titles: dict[Part, str], topics: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.titles = titles
        self.topics = topics
        self.parts: list[Part] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.parts):
            return None
        part = self.parts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.titles.get(part, part.section)
            topic = self.topics.get(part.topic, part.topic)
            return f"{index.row() + 1}. {title}\n      {topic}"  # the topic under the section
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.topics.get(part.topic, part.topic)} ({part})"
        if role == PART_ROLE:
            return str(part)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PARTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return parts_mime(self.parts[r] for r in rows)

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return bool(parts_of(data))

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        parts = parts_of(data)
        if not parts or action == Qt.DropAction.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.parts)
        self.insert(row, parts)
        return True

    def insert(self, row: int, parts: Sequence[Part]) -> None:
        """Put ``parts`` before ``row`` (moving any already listed)."""
        before = self.parts[:row]
        after = self.parts[row:]
        moved = set(parts)
        self.beginResetModel()
        self.parts = [
            *(p for p in before if p not in moved),
            *dict.fromkeys(parts),
            *(p for p in after if p not in moved),
        ]
        self.endResetModel()

    def move(self, row: int, step: int) -> int:
        """Move one section up (-1) or down (+1); returns its new row."""
        target = row + step
        if not (0 <= row < len(self.parts) and 0 <= target < len(self.parts)):
            return row
        self.beginResetModel()
        self.parts[row], self.parts[target] = self.parts[target], self.parts[row]
        self.endResetModel()
        return target

    def remove(self, row: int) -> None:
        """Take one section out of the list."""
        if 0 <= row < len(self.parts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.parts[row]
            self.endRemoveRows()


class ComposerDialog(QDialog):
    """Build a briefing from sections of several topics; ``composed(CustomBriefing)`` on Export."""

    composed = Signal(object)
    changed = Signal()
    """The composition, its title or subtitle changed."""

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        why_not: Callable[[], str] = lambda: "",
        files: CompositionFiles | None = None,
        plan: Callable[[], str] = lambda: "",
    ) -> None:
        """``files``: Save… and Open… (none without); ``plan``: the folder and formats the
        export will use, as a sentence."""
        super().__init__(parent)
        self.catalog = catalog
        self._why_not = why_not
        self.files = files
        self._plan = plan
        self.path: Path | None = None
        """The composition file saved or opened last."""
        self.name = ""
        """The file name the opened composition file gave (kept when saved again)."""
        self.length: Length | None = None
        """The deck length the opened composition file chose (kept when saved again)."""
        self.pages: QObject | None = None
        """The page preview beside the sections (``composer_pages``), when the window adds it."""
        self.setWindowTitle(self.tr("Compose a Briefing"))
        # the sections in the briefing's language (the catalog's), the labels in the window's
        titles = section_titles(catalog, catalog.language.w("executive_summary"))
        self.sections = SectionsModel(catalog, titles, self)
        topics = {t.id: t.title for t in catalog.topics.values()}
        self.chosen = ChosenModel(titles, topics, self)

        self.tree = QTreeView()
        self.tree.setModel(self.sections)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.expandAll()
        self.tree.doubleClicked.connect(lambda index: self.add([index]))
        self.tree.setAccessibleName(self.tr("Sections of the topics"))

        self.list = QListView()
        self.list.setModel(self.chosen)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setDropIndicatorShown(True)
        self.list.setAcceptDrops(True)
        self.list.setWordWrap(True)  # long titles wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Sections of the new briefing, in order"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_current)

        self.add_button = QPushButton(self.tr("&Add →"))
        self.add_button.clicked.connect(lambda: self.add(self.tree.selectedIndexes()))
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title of the new briefing (required)"))
        self.subtitle = QLineEdit()
        self.subtitle.setPlaceholderText(self.tr("Optional"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Subtitle:"), self.subtitle)

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.box.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = self.box.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setToolTip(
            self.tr("Keep the composition as a file, for the window and the command line")
        )
        self.save_button.clicked.connect(self.save)
        self.open_button = self.box.addButton(
            self.tr("&Open…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setToolTip(self.tr("Open a composition file"))
        self.open_button.clicked.connect(self.ask_open)
        for button in (self.save_button, self.open_button):
            button.setVisible(files is not None)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)

        self.grid = grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Topics and their sections:")), 0, 0)
        grid.addWidget(QLabel(self.tr("The new briefing (drag to reorder):")), 0, 2)
        grid.addWidget(self.tree, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.list, 1, 2)
        grid.addLayout(form, 2, 0, 1, 3)
        grid.addWidget(self.plan, 3, 0, 1, 3)
        grid.addWidget(self.problem, 4, 0, 1, 3)
        grid.addWidget(self.box, 5, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.resize(820, 560)

        self.title.textChanged.connect(self.update_state)
        self.subtitle.textChanged.connect(self.update_state)
        self.chosen.modelReset.connect(self.update_state)
        self.chosen.rowsRemoved.connect(self.update_state)
        self.update_state()

    def add(self, indexes: Iterable[AnyIndex]) -> None:
        """Append the sections at these tree indexes (moving any already chosen to the end)."""
        parts = self.sections.parts(indexes)
        if parts:
            self.chosen.insert(len(self.chosen.parts), parts)

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        if row >= 0:
            self.list.setCurrentIndex(self.chosen.index(self.chosen.move(row, step)))

    def remove_current(self) -> None:
        row = self.list.currentIndex().row()
        self.chosen.remove(row)

    def composition(self) -> tuple[CustomBriefing | None, str]:
        """The briefing as built so far, or None and what is missing."""
        if not self.chosen.parts:
            return None, self.tr("Add sections from the topics on the left.")
        if not self.title.text().strip():
            return None, self.tr("Give the briefing a title.")
        try:
            spec = composition_from_args(
                [str(p) for p in self.chosen.parts],
                self.title.text(),
                subtitle=self.subtitle.text(),
                name=self.name,
            )
            spec = dataclasses.replace(spec, length=self.length)
            return check_composition(self.catalog, spec), ""
        except CompositionError as exc:
            return None, said_error(exc)

    def update_state(self) -> None:
        """Enable Export when the briefing can be written; say why not otherwise."""
        self.plan.setText(self._plan())
        spec, why = self.composition()
        why = why or self._why_not()
        if spec is not None and not why:
            n = len(spec.parts)
            self.problem.setText(
                self.tr("Will be written as %1.docx, .pptx, … with %n section(s).", "", n).replace(
                    "%1", document_stem(spec.slug, self.catalog.language.code)
                )
            )
        else:
            self.problem.setText(why)
        self.export_button.setEnabled(spec is not None and not why)
        self.save_button.setEnabled(spec is not None)
        self.changed.emit()

    def add_side(self, panel: QWidget, button: QPushButton) -> None:
        """A panel right of the sections (the pages), and the button that shows it."""
        self.grid.addWidget(panel, 0, 3, 5, 1)
        self.grid.setColumnStretch(3, 2)
        self.box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def save(self) -> Path | None:
        """Save… : write the composition to a file the person picks (the CLI's format)."""
        spec, _why = self.composition()
        if spec is None or self.files is None:
            return None
        try:
            path = self.files.save(self, spec, self.path)
        except OSError as exc:
            self.problem.setText(self.tr("Could not save: {reason}").format(reason=exc))
            return None
        if path is not None:
            self.path = path
            self.problem.setText(self.tr("Saved as {path}").format(path=path))
        return path

    def ask_open(self) -> None:
        """Open… : pick a composition file and show it."""
        if self.files is not None and (path := self.files.ask_open(self)) is not None:
            self.load(path)

    def load(self, path: Path) -> bool:
        """Show the composition in ``path``; False (and the reason shown) if it cannot be read.
        Sections this data does not have are left out, and named."""
        if self.files is None:
            return False
        try:
            spec = self.files.read(path)
        except CompositionError as exc:
            self.problem.setText(said_error(exc))
            return False
        known = [p for p in spec.parts if p in self.chosen.titles]
        self.path, self.name, self.length = path, spec.name, spec.length
        self.title.setText(spec.title)
        self.subtitle.setText(spec.subtitle)
        self.chosen.beginResetModel()
        self.chosen.parts = known
        self.chosen.endResetModel()
        missing = [str(p) for p in spec.parts if p not in known]
        if missing:
            self.problem.setText(
                self.tr("Not in this data, left out: {parts}").format(parts=", ".join(missing))
            )
        return True

    def accept(self) -> None:
        spec, why = self.composition()
        if spec is None or why or self._why_not():
            return
        super().accept()
        self.composed.emit(spec)
