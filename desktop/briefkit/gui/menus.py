"""The window's actions (with their shortcuts and tips) and the menus that hold them.

The window connects the actions to its commands. The texts are set by ``retranslate_actions``,
at start and again whenever the interface language changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from briefkit.gui.i18n import INTERFACE_CHOICES, language_name
from briefkit.gui.shortcuts import WindowWideShortcuts

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Actions:
    """Every command of the window, each reachable from a menu and most from a key."""

    export: QAction
    compose: QAction
    cancel: QAction
    template: QAction
    bundled_templates: QAction
    output: QAction
    data: QAction
    bundled_data: QAction
    import_events: QAction
    data_view: QAction
    quit: QAction
    find: QAction
    tick_all: QAction
    tick_none: QAction
    about: QAction
    history: QAction
    guide: QAction
    shortcuts: QAction
    languages: dict[str, QAction] = field(default_factory=dict)
    """The interface language choices ("system", "en", "ru", "kk"), checkable, one checked."""
    menus: dict[str, QMenu] = field(default_factory=dict)


def _action(window: QMainWindow, shortcut: QKeySequence | None = None) -> QAction:
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    window.addAction(action)  # shortcuts work even where the menu bar is hidden
    return action


def make_actions(window: QMainWindow) -> Actions:
    """Create the actions (the window connects them to its commands) and the menus."""
    keys = QKeySequence
    actions = Actions(
        export=_action(window, keys("Ctrl+E")),
        compose=_action(window, keys("Ctrl+Shift+E")),
        cancel=_action(window, keys("Esc")),
        template=_action(window, keys("Ctrl+O")),
        bundled_templates=_action(window),
        output=_action(window),
        data=_action(window, keys("Ctrl+Shift+O")),
        bundled_data=_action(window),
        import_events=_action(window, keys("Ctrl+I")),
        data_view=_action(window, keys("Ctrl+D")),
        quit=_action(window, keys(keys.StandardKey.Quit)),
        find=_action(window, keys(keys.StandardKey.Find)),
        tick_all=_action(window, keys("Ctrl+Shift+A")),
        tick_none=_action(window, keys("Ctrl+Shift+N")),
        about=_action(window),
        history=_action(window, keys("Ctrl+H")),
        guide=_action(window, keys(keys.StandardKey.HelpContents)),
        shortcuts=_action(window),
    )
    actions.cancel.setEnabled(False)
    # Ctrl+E wins over the text fields (on X11 a field takes it as "end of line")
    WindowWideShortcuts(window, [actions.export, actions.compose])
    if not actions.quit.shortcut().toString():  # no platform standard (e.g. some X11 themes)
        actions.quit.setShortcut(keys("Ctrl+Q"))

    bar = window.menuBar()
    file_menu = actions.menus["file"] = bar.addMenu("")
    file_menu.addActions([actions.export, actions.compose, actions.cancel])
    file_menu.addSeparator()
    file_menu.addAction(actions.history)
    actions.menus["compositions"] = file_menu.addMenu("")  # filled as it opens
    file_menu.addSeparator()
    file_menu.addActions([actions.template, actions.bundled_templates, actions.output])
    file_menu.addSeparator()
    file_menu.addActions([actions.data, actions.bundled_data, actions.import_events])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    topics_menu = actions.menus["topics"] = bar.addMenu("")
    topics_menu.addActions([actions.find, actions.tick_all, actions.tick_none])
    actions.menus["view"] = bar.addMenu("")
    actions.menus["view"].addAction(actions.data_view)
    settings_menu = actions.menus["settings"] = bar.addMenu("")
    language_menu = actions.menus["language"] = settings_menu.addMenu("")
    group = QActionGroup(window)
    for choice in INTERFACE_CHOICES:
        action = QAction(group)
        action.setCheckable(True)
        action.setData(choice)
        language_menu.addAction(action)
        actions.languages[choice] = action
    actions.menus["help"] = bar.addMenu("")
    actions.menus["help"].addActions([actions.guide, actions.shortcuts])
    actions.menus["help"].addSeparator()
    actions.menus["help"].addAction(actions.about)
    retranslate_actions(actions)
    return actions


def _set(action: QAction, text: str, tip: str) -> None:
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(tip)


def retranslate_actions(actions: Actions) -> None:
    """Set the menus' and actions' texts in the interface language."""
    a = actions
    _set(
        a.export,
        translate("Menus", "&Export Briefings"),
        translate("Menus", "Write the ticked topics in the chosen formats"),
    )
    _set(
        a.compose,
        translate("Menus", "&Compose Briefing…"),
        translate("Menus", "Build one briefing from chosen sections of several topics"),
    )
    _set(
        a.cancel,
        translate("Menus", "&Cancel Export"),
        translate("Menus", "Stop the running export"),
    )
    _set(
        a.template,
        translate("Menus", "Choose &Template…"),
        translate(
            "Menus", "Use a Word (.docx, .dotx) or PowerPoint (.pptx, .potx) template of your own"
        ),
    )
    _set(
        a.bundled_templates,
        translate("Menus", "Use Bundled Te&mplates"),
        translate("Menus", "Go back to Briefkit's own templates"),
    )
    _set(
        a.output,
        translate("Menus", "Choose &Output Folder…"),
        translate("Menus", "Choose where the briefings are written"),
    )
    _set(
        a.data,
        translate("Menus", "Open &Data Folder…"),
        translate("Menus", "Use another copy of the Briefkit data folder"),
    )
    _set(
        a.bundled_data,
        translate("Menus", "Use &Bundled Data"),
        translate("Menus", "Use the data that comes with Briefkit"),
    )
    _set(
        a.import_events,
        translate("Menus", "&Import Events…"),
        translate("Menus", "Add events from a CSV or Excel file (Briefkit, ACLED or GTD columns)"),
    )
    _set(
        a.data_view,
        translate("Menus", "&Data…"),
        translate("Menus", "Browse the incidents, indicators, measures, sources and disputes"),
    )
    _set(a.quit, translate("Menus", "&Quit"), translate("Menus", "Close Briefkit"))
    _set(a.find, translate("Menus", "&Find Topic"), translate("Menus", "Filter the list of topics"))
    _set(
        a.tick_all,
        translate("Menus", "Tick &All Topics"),
        translate("Menus", "Tick every topic shown"),
    )
    _set(
        a.tick_none,
        translate("Menus", "Tick &No Topics"),
        translate("Menus", "Untick every topic shown"),
    )
    _set(
        a.about,
        translate("Menus", "&About Briefkit"),
        translate("Menus", "Version, data sources, and where data and templates are explained"),
    )
    _set(
        a.history,
        translate("Menus", "&Recent Exports…"),
        translate("Menus", "Open, show or export again what was exported lately"),
    )
    _set(
        a.guide,
        translate("Menus", "Briefkit &Guide"),
        translate("Menus", "How to make briefings with Briefkit"),
    )
    _set(
        a.shortcuts,
        translate("Menus", "&Keyboard Shortcuts"),
        translate("Menus", "Every key the window answers to"),
    )
    a.menus["compositions"].setTitle(translate("Menus", "Recent Co&mpositions"))
    a.menus["file"].setTitle(translate("Menus", "&File"))
    a.menus["topics"].setTitle(translate("Menus", "&Topics"))
    a.menus["view"].setTitle(translate("Menus", "&View"))
    a.menus["settings"].setTitle(translate("Menus", "&Settings"))
    a.menus["language"].setTitle(translate("Menus", "Interface &Language"))
    a.menus["help"].setTitle(translate("Menus", "&Help"))
    for choice, action in a.languages.items():
        if choice == "system":
            _set(
                action,
                translate("Menus", "&System Language"),
                translate("Menus", "Follow the language of this computer"),
            )
        else:  # each language by its own name, so whoever cannot read the current one finds it
            _set(action, language_name(choice), "")
