"""File > Compose Briefing…: the action that opens the builder (``composer_dialog``).

Kept apart from the dialog so that the window starts without loading the catalog's modules:
the dialog is imported when the action is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from briefkit.gui.composer_dialog import ComposerDialog
    from briefkit.gui.main_window import MainWindow


def install_composer(window: MainWindow) -> QAction:
    """Add File > Compose Briefing… (Ctrl+Shift+E) to the window; returns the action."""
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    retranslate_composer(window, action)
    action.triggered.connect(lambda: open_composer(window))
    window.addAction(action)
    window.commands.menus["file"].insertAction(window.commands.cancel, action)  # after Export
    return action


def retranslate_composer(window: MainWindow, action: QAction) -> None:
    """Set the action's texts in the interface language."""
    action.setText(QCoreApplication.translate("Menus", "&Compose Briefing…"))
    tip = QCoreApplication.translate(
        "Menus", "Build one briefing from chosen sections of several topics"
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)


def open_composer(window: MainWindow) -> ComposerDialog | None:
    """Open the builder (window-modal, not blocking); its Export runs the window's export."""
    if window.catalog is None:
        loading = QCoreApplication.translate("MainWindow", "Loading the topics…")
        window.statusBar().showMessage(loading, 5000)
        return None
    from briefkit.gui.composer_dialog import ComposerDialog

    catalog = window.catalog_in(window.options.output_language())  # the briefings' language
    assert catalog is not None
    dialog = ComposerDialog(catalog, window, lambda: window.exports.why_not(topics_needed=False))
    dialog.composed.connect(window.exports.start_composition)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
