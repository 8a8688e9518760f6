"""GUI test fixtures: offscreen Qt, settings isolated per test, dialogs that never block.

``QT_QPA_PLATFORM`` is set to offscreen before anything creates the QApplication. Every test
gets its own settings file; the user-scope QSettings path and QStandardPaths point into the
test's temporary folder too, so nothing reads or writes the real user's configuration.
``RecordingPresenter`` answers the window's questions and records its error dialogs;
``QDesktopServices.openUrl`` is replaced (and ``xdg-open`` not looked for) so Open and Show in
Folder never start a program.
Automatic garbage collection is off during each test and runs on the GUI thread after it, as
``GuiThreadCollector`` arranges in the app: a collection on a worker thread that frees a Qt
object crashes the process.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from briefkit.gui.dialogs import ErrorReport

# Offscreen, on a 1920x1080 virtual screen: the plugin's default screen is 800x600, smaller
# than the window, and restoring a saved geometry would be clamped to it.
_SCREEN = Path(tempfile.mkdtemp(prefix="briefkit-qt-")) / "offscreen.json"
_SCREEN.write_text(json.dumps({"screens": [{"name": "test", "width": 1920, "height": 1080}]}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


class RecordingPresenter:
    """Answers for the person at the screen, and remembers what the window showed."""

    def __init__(self) -> None:
        self.errors: list[ErrorReport] = []
        self.abouts: list[str] = []
        self.confirms: list[str] = []
        self.confirm_answer = True
        self.next_file: Path | None = None
        self.next_folder: Path | None = None
        self.existing: list[list[Path]] = []
        self.existing_answer: str | None = None
        self.made_from: list[dict[Path, Any]] = []
        """For each Replace / Keep Both question: the files made from other choices, and what."""
        self.titles: list[str] = []
        self.folders: list[Path | None] = []
        """The folder each file picker opened in."""
        """Every dialog title and button label asked for (pickers, confirm, about)."""
        self.next_save: Path | None = None
        self.proposed: list[Path] = []
        """The path each save dialog proposed."""
        self.cannot_opens: list[Any] = []
        """The OpenFailure of each file no program opened."""

    def error(self, parent: Any, report: ErrorReport) -> None:
        self.errors.append(report)

    def confirm(self, parent: Any, title: str, question: str, action: str) -> bool:
        self.confirms.append(question)
        self.titles += [title, action]
        return self.confirm_answer

    def about(self, parent: Any, title: str, html: str) -> None:
        self.abouts.append(html)
        self.titles.append(title)

    def ask_existing(self, parent: Any, paths: list[Path], made_from: Any = None) -> str | None:
        self.existing.append(list(paths))
        self.made_from.append(dict(made_from or {}))
        return self.existing_answer

    def open_file(self, parent: Any, title: str, folder: Path | None, filters: str) -> Path | None:
        self.titles += [title, filters]
        self.folders.append(folder)
        return self.next_file

    def save_file(self, parent: Any, title: str, path: Path, filters: str) -> Path | None:
        self.titles += [title, filters]
        self.proposed.append(path)
        return self.next_save

    def choose_folder(self, parent: Any, title: str, folder: Path | None) -> Path | None:
        self.titles.append(title)
        return self.next_folder

    def cannot_open(self, parent: Any, failure: Any) -> None:
        self.cannot_opens.append(failure)


@pytest.fixture(autouse=True)
def isolated_qt(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Per test: QSettings and standard paths in tmp_path; openUrl recorded, not obeyed."""
    from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool
    from PySide6.QtGui import QDesktopServices

    from briefkit.gui.app import application

    application()
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr("briefkit.gui.desktop_files.system_opener", lambda: None)  # Qt's way
    gc.disable()  # as in the app: Qt objects must not be freed by a collection on a worker
    yield opened
    QThreadPool.globalInstance().waitForDone(30_000)
    from briefkit.gui import i18n

    if i18n.current_language() != "en":  # a test spoke Russian: the next one starts in English
        i18n.install("en")
    gc.collect()  # here, on the GUI thread
    gc.enable()


@pytest.fixture
def opened(isolated_qt: list[str]) -> list[str]:
    """The paths Open and Show in Folder asked the desktop to open."""
    return isolated_qt


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "briefkit-settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> Any:
    """Settings backed by a file of this test's own."""
    from PySide6.QtCore import QSettings

    from briefkit.gui.settings import Settings

    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture(scope="session")
def chart_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One chart cache for the GUI tests that draw (the first draws, the rest reuse)."""
    return tmp_path_factory.mktemp("gui-chart-cache")


@pytest.fixture
def needs_browser() -> None:
    if not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")):
        pytest.skip("no browser installed to draw charts")


@pytest.fixture
def make_window(
    qtbot: Any, settings: Any, presenter: RecordingPresenter, chart_cache: Path
) -> Callable[..., Any]:
    """A shown main window whose topics have loaded; options as keyword arguments."""
    from briefkit.gui.main_window import MainWindow

    def make(store: Any = None, wait: bool = True, **options: Any) -> MainWindow:
        options.setdefault("cache_dir", chart_cache)
        options.setdefault("draw_thumbnails", False)
        options.setdefault("pdf_reason", None)
        window = MainWindow(store or settings, presenter, **options)
        qtbot.addWidget(window)
        if window.settings.geometry is None:
            window.resize(1280, 800)
        window.show()
        if wait:
            with qtbot.waitSignal(window.catalog_loaded, timeout=30_000):
                window.start()
        return window

    return make
