"""File > Compose Briefing…: the action that opens the builder (``composer_dialog``).

Kept apart from the dialog so that the window starts without loading the catalog's modules:
the dialog is imported when the action is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from briefkit.gui.composer_dialog import ComposerDialog
    from briefkit.gui.main_window import MainWindow


def install_composer(window: MainWindow) -> QAction:
    """Add File > Compose Briefing… (Ctrl+Shift+E) to the window; returns the action."""
    action = QAction(window.tr("&Compose Briefing…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    tip = window.tr("Build one briefing from chosen sections of several topics")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda: open_composer(window))
    window.addAction(action)
    for owner in window.commands.export.associatedObjects():
        if isinstance(owner, QMenu):  # the File menu: after Export Briefings
            owner.insertAction(window.commands.cancel, action)
            break
    return action


def open_composer(window: MainWindow) -> ComposerDialog | None:
    """Open the builder (window-modal, not blocking); its Export runs the window's export."""
    if window.catalog is None:
        window.statusBar().showMessage(window.tr("Loading the topics…"), 5000)
        return None
    from briefkit.gui.composer_dialog import ComposerDialog

    dialog = ComposerDialog(
        window.catalog, window, lambda: window.exports.why_not(topics_needed=False)
    )
    dialog.composed.connect(window.exports.start_composition)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
