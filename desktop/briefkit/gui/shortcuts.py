"""Window-wide shortcuts that win over text fields.

A text field claims some keys for itself before any shortcut sees them: on X11, Ctrl+E is
"end of line" in every QLineEdit, so Export's Ctrl+E did nothing while the cursor was in the
filter box (where it starts). ``WindowWideShortcuts`` watches the widget that has the focus and
turns down its claim (the ``ShortcutOverride`` event) for the chosen actions' keys, so their
shortcuts fire wherever the focus is in the window; every other key reaches the field as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class WindowWideShortcuts(QObject):
    """The shortcuts of ``actions`` work in every widget of ``window``, text fields included.

    The filter sits on the object that has the keyboard focus only (moved as the focus moves),
    not on the whole application, so no other event pays for it.
    """

    def __init__(self, window: QWidget, actions: Sequence[QAction]) -> None:
        super().__init__(window)
        self.window, self.actions = window, list(actions)
        self._watched: QObject | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusObjectChanged.connect(self._focus_moved)
            self._focus_moved(QGuiApplication.focusObject())

    def _focus_moved(self, focused: QObject | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # it may be gone already
                self._watched.removeEventFilter(self)
            self._watched = None
        if isinstance(focused, QWidget) and focused.window() is self.window:
            focused.installEventFilter(self)
            self._watched = focused

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Turn down a field's claim on one of the window-wide keys."""
        claim = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if claim and self._is_window_wide(QKeySequence(event.keyCombination())):  # type: ignore[attr-defined]
            event.ignore()  # not the field's: the shortcut map tries the actions now
            return True
        return False

    def _is_window_wide(self, pressed: QKeySequence) -> bool:
        return any(
            key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self.actions
            for key in action.shortcuts()
        )
