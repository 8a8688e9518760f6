"""The briefing builder: sections dragged from the topics, reordered, exported by the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from briefkit.gui.composer_dialog import ComposerDialog


def section_index(dialog: ComposerDialog, part: str) -> QModelIndex:
    """The tree index of one ``topic:section``."""
    model = dialog.sections
    for t in range(model.rowCount()):
        topic = model.index(t, 0)
        for s in range(model.rowCount(topic)):
            index = model.index(s, 0, topic)
            if index.data(Qt.ItemDataRole.UserRole + 1) == part:
                return index
    raise AssertionError(f"{part} not in the tree")


def drag(dialog: ComposerDialog, parts: list[str], row: int) -> bool:
    """What a drag from the tree onto the list's ``row`` does, through the models' mime data."""
    mime = dialog.sections.mimeData([section_index(dialog, p) for p in parts])
    assert dialog.chosen.canDropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())
    return dialog.chosen.dropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())


def chosen(dialog: ComposerDialog) -> list[str]:
    return [str(p) for p in dialog.chosen.parts]


def test_build_by_drag_and_drop_reorder_and_remove(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    dialog = window.open_composer()
    assert isinstance(dialog, ComposerDialog) and dialog.isVisible()
    assert not dialog.export_button.isEnabled()
    assert drag(dialog, ["aktobe-2016:attack", "legal-reforms:laws"], -1)
    assert drag(dialog, ["aktobe-2016:summary"], 0)  # dropped on top
    assert chosen(dialog) == ["aktobe-2016:summary", "aktobe-2016:attack", "legal-reforms:laws"]
    # a drag inside the list moves the section (listed once)
    inside = dialog.chosen.mimeData([dialog.chosen.index(2)])
    dialog.chosen.dropMimeData(inside, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert chosen(dialog) == ["aktobe-2016:summary", "legal-reforms:laws", "aktobe-2016:attack"]
    # keyboard: Up, Down, Remove; double-click on the tree adds at the end
    dialog.list.setCurrentIndex(dialog.chosen.index(2))
    dialog.up_button.click()
    assert chosen(dialog)[1] == "aktobe-2016:attack"
    assert dialog.list.currentIndex().row() == 1
    dialog.remove_button.click()
    assert chosen(dialog) == ["aktobe-2016:summary", "legal-reforms:laws"]
    dialog.tree.doubleClicked.emit(section_index(dialog, "aktobe-2016:interpretations"))
    assert chosen(dialog)[-1] == "aktobe-2016:interpretations"
    shown = dialog.chosen.data(dialog.chosen.index(1))
    assert shown == "2. Laws and amendments\n      Legal and institutional reforms"
    # a title makes it exportable; one that names a topic's files does not
    assert "title" in dialog.problem.text()
    dialog.title.setText("legal reforms")
    assert not dialog.export_button.isEnabled()
    assert "clash with the files of topic legal-reforms" in dialog.problem.text()
    dialog.title.setText("The law after Aktobe")
    assert dialog.export_button.isEnabled()
    assert "the-law-after-aktobe.docx" in dialog.problem.text()


def test_menu_item_opens_the_builder(make_window: Callable[..., Any]) -> None:
    window = make_window()
    compose = window.commands.compose
    menus = [o for o in compose.associatedObjects() if isinstance(o, QMenu)]
    assert menus and window.commands.export in menus[0].actions()
    compose.trigger()
    dialog = window.findChild(ComposerDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.sections.rowCount() == len(window.catalog.topics)


def test_export_from_the_builder_writes_the_composed_files(
    make_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    out = tmp_path / "composed"
    window.options.set_formats(("docx", "pptx"))
    window.options.set_output_folder(out)
    window.topics.tick_shown(False)  # no topic ticked: the composition alone is exported
    dialog = window.open_composer()
    assert dialog is not None
    drag(dialog, ["legal-reforms:laws", "aktobe-2016:attack"], -1)
    dialog.title.setText("The law after Aktobe")
    with qtbot.waitSignal(window.export_finished, timeout=120_000) as finished:
        dialog.export_button.click()
    outcome = finished.args[0]
    assert outcome.status == "done", outcome.error
    assert sorted(p.name for p in out.glob("[!.]*")) == [
        "the-law-after-aktobe.docx",
        "the-law-after-aktobe.pptx",
    ]
    doc = Document(str(out / "the-law-after-aktobe.docx"))
    assert doc.paragraphs[0].text == "The law after Aktobe"
    headings = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings.index("Laws and amendments") < headings.index("The attack of 5 June 2016")
    assert window.findChild(ComposerDialog) is None  # closed and deleted


def drop_on_list(dialog: ComposerDialog, mime: QMimeData, pos: QPointF) -> bool:
    """Deliver drag-enter, drag-move and drop events to the list, as a mouse drag does."""
    viewport = dialog.list.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(pos.toPoint(), actions, mime, button, none)
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted(), kind.__name__
    drop = QDropEvent(pos, actions, mime, button, none)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_drop_events_on_the_list_insert_where_dropped(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    window = make_window()
    dialog = window.open_composer()
    assert dialog is not None
    dialog.add(
        [section_index(dialog, "aktobe-2016:attack"), section_index(dialog, "legal-reforms:laws")]
    )
    first = dialog.list.visualRect(dialog.chosen.index(0))
    mime = dialog.sections.mimeData([section_index(dialog, "aktobe-2016:summary")])
    assert drop_on_list(dialog, mime, QPointF(first.left() + 5, first.top() + 1))
    assert chosen(dialog) == ["aktobe-2016:summary", "aktobe-2016:attack", "legal-reforms:laws"]
    # dragging the first row below the last moves it there
    last = dialog.list.visualRect(dialog.chosen.index(2))
    mime = dialog.chosen.mimeData([dialog.chosen.index(0)])
    assert drop_on_list(dialog, mime, QPointF(last.left() + 5, last.bottom() - 1))
    assert chosen(dialog) == ["aktobe-2016:attack", "legal-reforms:laws", "aktobe-2016:summary"]
    # anything else is refused
    other = QMimeData()
    other.setText("aktobe-2016:context")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(dialog.list.viewport(), enter)
    assert not enter.isAccepted()
    assert len(chosen(dialog)) == 3
