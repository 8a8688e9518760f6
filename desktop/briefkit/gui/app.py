"""Start the desktop window: ``briefkit gui``, ``briefkit-gui`` or ``python -m briefkit.gui``.

Only PySide6 and the window's own modules load before the first paint; the data loads right
after it, in the background, and plotly, kaleido, python-docx and python-pptx load when an
export, a chart thumbnail or a template check first needs them.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from briefkit import __version__
from briefkit.gui import i18n

if TYPE_CHECKING:
    from briefkit.gui.main_window import MainWindow

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Briefkit's icon, from ``assets/icons`` (PNG at each size for crisp small icons, SVG)."""
    from briefkit.resources import bundled

    folder = bundled("assets") / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"briefkit-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "briefkit.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with Briefkit's names and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName("Briefkit")
    QCoreApplication.setApplicationName("Briefkit")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("Briefkit")
    QGuiApplication.setDesktopFileName("briefkit")
    app.setWindowIcon(app_icon())
    i18n.ensure_installed()  # English plural forms until a language is chosen
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(4, pool.maxThreadCount()))  # light jobs; exports have their own
    return app


def _report_unexpected(window: MainWindow, previous: Hook, exc: BaseException) -> None:
    """An error in the window's own code: the error dialog (traceback under Details), and the
    window carries on; the traceback also goes to stderr for whoever reads the logs."""
    from briefkit.gui.dialogs import describe_error

    previous(type(exc), exc, exc.__traceback__)
    with contextlib.suppress(Exception):  # if the dialog fails too, stderr has the report
        window.presenter.error(window, describe_error(exc, "last action"))


def main(argv: list[str] | None = None, data_dir: Path | None = None) -> int:
    """Open the window and run until it closes; returns the exit status."""
    from briefkit.gui.collector import GuiThreadCollector
    from briefkit.gui.main_window import MainWindow
    from briefkit.gui.settings import Settings

    app = application(argv)
    collector = GuiThreadCollector(app)
    collector.start()  # Qt objects are freed on the GUI thread only
    settings = Settings()
    if data_dir is not None:
        settings.data_folder = data_dir
    i18n.install(i18n.resolve(settings.interface_language))
    window = MainWindow(settings)
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, trace: _report_unexpected(window, previous_hook, exc)
    window.show()
    window.start()
    status = app.exec()
    sys.excepthook = previous_hook
    QThreadPool.globalInstance().waitForDone(10_000)
    collector.stop()
    return status


def run() -> NoReturn:
    """Entry point of the ``briefkit-gui`` launcher."""
    sys.exit(main())
