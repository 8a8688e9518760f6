"""Screenshots of the window's main states, in a real window, for the README and for review.

Runs the real window with a temporary settings file and an empty chart cache (so the export
really draws), and saves ``window-start.png``, ``window-preview.png``, ``window-running.png``,
``window-done.png`` and ``window-error.png``, then the import report, the Data view and the
incident form (``screenshot_data.py``) into the folder given::

    Xvfb :99 -screen 0 1920x1080x24 &
    export DISPLAY=:99 QT_QPA_PLATFORM=xcb
    .venv/bin/python tests/gui/screenshots.py docs/images
    .venv/bin/python tests/gui/screenshots.py /tmp/shots-1080 --size 1920x1080
    .venv/bin/python tests/gui/screenshots.py /tmp/shots-ru --lang ru

Not a test (pytest does not collect it); a person looks at the pictures.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from briefkit.gui import i18n
from briefkit.gui.app import application
from briefkit.gui.collector import GuiThreadCollector
from briefkit.gui.dialogs import ErrorDialog
from briefkit.gui.main_window import MainWindow
from briefkit.gui.settings import Settings


def wait_until(test: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not test():
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the state in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, path: Path, wait: float = 0.4) -> None:
    """The window as the screen shows it (dialogs over it included)."""
    settle(wait)
    screen = QGuiApplication.primaryScreen()
    frame = widget.frameGeometry()
    shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    shot.save(str(path))
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshots of the Briefkit window")
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--lang", default="en", choices=i18n.INTERFACE_LANGUAGES)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-shots-"))

    app = application([sys.argv[0]])
    GuiThreadCollector(app).start()  # as the app does: Qt objects freed on the GUI thread only
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    out_dir = Path(tempfile.gettempdir()) / "briefkit-screenshots" / "Briefings"
    shutil.rmtree(out_dir, ignore_errors=True)
    settings.output_folder = out_dir
    settings.interface_language = args.lang
    i18n.install(args.lang)
    window = MainWindow(settings, cache_dir=tmp / "charts")
    window.move(0, 0)
    window.resize(width, height)
    window.show()
    loaded: list[object] = []
    window.catalog_loaded.connect(loaded.append)
    window.start()
    wait_until(lambda: bool(loaded))
    wait_until(lambda: window.preview_panel.briefing is not None)
    window.preview.wait()  # the first topic's thumbnails
    grab(window, args.out / "window-start.png")

    window.topics.model.set_checked(["wave-2011-2012", "aktobe-2016"])
    window.topics.select("wave-2011-2012")
    wait_until(lambda: window.preview_panel.briefing is not None)
    window.preview_panel.tabs.setCurrentIndex(1)
    charts = window.preview_panel.charts
    wait_until(lambda: all(charts.has_thumbnail(i) for i in charts.spec_ids()))
    grab(window, args.out / "window-preview.png")

    window.preview_panel.tabs.setCurrentIndex(0)
    window.options.marking.setCurrentText("FOR OFFICIAL USE ONLY")
    window.options.prepared_by.setText("Analysis Unit")
    steps: list[int] = []
    window.commands.export.trigger()
    assert window.job is not None
    window.job.progressed.connect(lambda done, _t, _message: steps.append(done))
    wait_until(lambda: any(done >= 3 for done in steps))  # the third chart, in any language
    grab(window, args.out / "window-running.png", wait=0.05)
    finished: list[object] = []
    window.export_finished.connect(finished.append)
    wait_until(lambda: bool(finished), 300)
    grab(window, args.out / "window-done.png")

    # A real template nobody here wrote (a LibreOffice-saved deck, Apache-2.0): its verdict,
    # then the whole verdict in the details dialog.
    real = Path(__file__).resolve().parents[1] / "fixtures" / "templates" / "deck"
    field = window.options.templates["pptx"]
    window.use_template(real / "poi-bug60993.pptx")
    wait_until(lambda: field.result is not None)
    grab(window, args.out / "window-template-verdict.png")
    field.details.click()
    wait_until(lambda: field.details_dialog is not None and field.details_dialog.isVisible())
    assert field.details_dialog is not None
    grab(field.details_dialog, args.out / "window-template-details.png")
    field.details_dialog.close()
    field.reset.click()

    broken = out_dir.parent / "Our deck template.pptx"
    broken.write_bytes(b"PK\x03\x04 not really a presentation")
    window.use_template(broken)
    wait_until(lambda: window.options.templates["pptx"].state == "error")
    finished.clear()
    window.commands.export.trigger()
    wait_until(lambda: bool(finished), 60)
    wait_until(lambda: any(isinstance(w, ErrorDialog) for w in QApplication.topLevelWidgets()))
    grab(window, args.out / "window-error.png")
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog):
            widget.toggle.click()
            grab(window, args.out / "window-error-details.png")
            widget.close()
    from screenshot_data import data_shots  # beside this script; it writes no data

    data_shots(window, args.out, tmp)
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
