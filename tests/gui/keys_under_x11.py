"""Presses keys in a real X11 window and prints what they did, as JSON (run by test_gui_keys).

Under X11 a text field takes Ctrl+E as "end of line" (the offscreen platform the other GUI tests
use has no such binding), so this runs on the xcb platform under Xvfb::

    xvfb-run -a env QT_QPA_PLATFORM=xcb .venv/bin/python tests/gui/keys_under_x11.py

Not a test itself (pytest does not collect it).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from briefkit.gui.app import application
from briefkit.gui.main_window import MainWindow
from briefkit.gui.settings import Settings


def wait_until(test: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not test():
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the state in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-keys-"))
    app = application([sys.argv[0]])
    QStandardPaths.setTestModeEnabled(True)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.output_folder = tmp / "out"
    window = MainWindow(settings, cache_dir=tmp / "charts", draw_thumbnails=False)
    window.show()
    window.start()
    wait_until(lambda: window.catalog is not None)
    window.topics.model.set_checked(["aktobe-2016"])
    started: list[str] = []
    window.exports.start = lambda: started.append("export")  # type: ignore[method-assign]
    window.activateWindow()
    results: dict[str, object] = {"platform": app.platformName()}

    def press_ctrl_e(field: QWidget) -> list[str]:
        """Ctrl+E typed into ``field`` (an editable box's focus is the box, its field inside)."""
        field.setFocus()
        wait_until(lambda: QApplication.focusWidget() in (field, field.parentWidget()), 10)
        before = len(started)
        ctrl = Qt.KeyboardModifier.ControlModifier
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, ctrl)
        return started[before:]

    fltr = window.topics.filter
    fltr.setFocus()
    wait_until(lambda: QApplication.focusWidget() is fltr, 10)
    QTest.keyClicks(fltr, "aktobe")
    fltr.setCursorPosition(0)
    results["filter"] = press_ctrl_e(fltr)
    results["filter_cursor"] = fltr.cursorPosition()
    results["filter_text"] = fltr.text()
    results["prepared_by"] = press_ctrl_e(window.options.prepared_by)
    results["marking"] = press_ctrl_e(window.options.marking.lineEdit())
    # the field keeps its other keys: End moves to the end of the line
    fltr.setFocus()
    wait_until(lambda: QApplication.focusWidget() is fltr, 10)
    QTest.keyClick(fltr, Qt.Key.Key_End)
    results["end_key_cursor"] = fltr.cursorPosition()
    print(json.dumps(results))
    window.close()


if __name__ == "__main__":
    main()
