"""The window's actions (with their shortcuts and tips) and the menus that hold them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from briefkit.gui.main_window import MainWindow


@dataclass(frozen=True)
class Actions:
    """Every command of the window, each reachable from a menu and most from a key."""

    export: QAction
    cancel: QAction
    template: QAction
    bundled_templates: QAction
    output: QAction
    data: QAction
    bundled_data: QAction
    quit: QAction
    find: QAction
    tick_all: QAction
    tick_none: QAction
    about: QAction


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even where the menu bar is hidden
    return action


def make_actions(window: MainWindow) -> Actions:
    """Create the actions, connected to the window's commands, and the menus."""
    keys = QKeySequence
    actions = Actions(
        export=_action(
            window, "&Export Briefings", window.export, keys("Ctrl+E"),
            "Write the ticked topics in the chosen formats",
        ),
        cancel=_action(
            window, "&Cancel Export", window.cancel_export, keys("Esc"), "Stop the running export"
        ),
        template=_action(
            window, "Choose &Template…", lambda: window.choose_template(None), keys("Ctrl+O"),
            "Use a Word (.docx, .dotx) or PowerPoint (.pptx, .potx) template of your own",
        ),
        bundled_templates=_action(
            window, "Use Bundled Te&mplates", window.use_bundled_templates, None,
            "Go back to Briefkit's own templates",
        ),
        output=_action(
            window, "Choose &Output Folder…", window.choose_output_folder, None,
            "Choose where the briefings are written",
        ),
        data=_action(
            window, "Open &Data Folder…", window.choose_data_folder, keys("Ctrl+Shift+O"),
            "Use another copy of the Briefkit data folder",
        ),
        bundled_data=_action(
            window, "Use &Bundled Data", lambda: window.load_data(None), None,
            "Use the data that comes with Briefkit",
        ),
        quit=_action(window, "&Quit", window.close, keys(keys.StandardKey.Quit), "Close Briefkit"),
        find=_action(
            window, "&Find Topic", window.topics.focus_filter, keys(keys.StandardKey.Find),
            "Filter the list of topics",
        ),
        tick_all=_action(
            window, "Tick &All Topics", lambda: window.topics.tick_shown(True),
            keys("Ctrl+Shift+A"), "Tick every topic shown",
        ),
        tick_none=_action(
            window, "Tick &No Topics", lambda: window.topics.tick_shown(False),
            keys("Ctrl+Shift+N"), "Untick every topic shown",
        ),
        about=_action(window, "&About Briefkit", window.about, None, "Version and data sources"),
    )  # fmt: skip
    actions.cancel.setEnabled(False)
    if not actions.quit.shortcut().toString():  # no platform standard (e.g. some X11 themes)
        actions.quit.setShortcut(keys("Ctrl+Q"))

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions.export, actions.cancel])
    file_menu.addSeparator()
    file_menu.addActions([actions.template, actions.bundled_templates, actions.output])
    file_menu.addSeparator()
    file_menu.addActions([actions.data, actions.bundled_data])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    topics_menu = bar.addMenu("&Topics")
    topics_menu.addActions([actions.find, actions.tick_all, actions.tick_none])
    bar.addMenu("&Help").addAction(actions.about)
    return actions
