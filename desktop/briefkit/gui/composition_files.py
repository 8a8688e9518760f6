"""Composition files from the window: Save… and Open… in the composer, File > Recent Compositions.

The files are the ones ``briefkit export --compose-file FILE`` reads (``dump_composition`` /
``load_composition``); the ten used last are kept in the window's settings, newest first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from briefkit.compose.custom import CustomBriefing
    from briefkit.gui.dialogs import Presenter
    from briefkit.gui.menus import Actions
    from briefkit.gui.settings import Settings


class MainWindow(Protocol):
    """What the recent compositions need of the window."""

    settings: Settings
    presenter: Presenter
    commands: Actions

    def open_composer(self, path: Path | None = None) -> object: ...


RECENT = 10
"""How many composition files File > Recent Compositions lists."""
translate = QCoreApplication.translate


def file_filter() -> str:
    """The file dialogs' filter for composition files."""
    return translate("Compositions", "Briefkit compositions (*.yaml *.yml);;All files (*)")


class CompositionFiles:
    """Saving, opening and remembering composition files (for the composer)."""

    def __init__(self, settings: Settings, presenter: Presenter) -> None:
        self.settings, self.presenter = settings, presenter

    def recent(self) -> list[Path]:
        """The composition files used last, newest first."""
        return self.settings.recent_compositions

    def remember(self, path: Path) -> None:
        """Put ``path`` first in the recent list."""
        paths = [path, *(p for p in self.recent() if p != path)][:RECENT]
        self.settings.recent_compositions = paths
        self.settings.sync()

    def _folder(self) -> Path:
        recent = self.recent()
        return recent[0].parent if recent else self.settings.output_folder

    def save(self, parent: QWidget, spec: CustomBriefing, path: Path | None = None) -> Path | None:
        """Ask where (proposing ``path`` or ``<slug>.yaml``) and write ``spec`` there; the file
        written, or None if cancelled. OSError if it cannot be written."""
        proposed = path or self._folder() / f"{spec.slug}.yaml"
        title = translate("Compositions", "Save the composition")
        chosen = self.presenter.save_file(parent, title, proposed, file_filter())
        if chosen is None:
            return None
        if not chosen.suffix:
            chosen = chosen.with_suffix(".yaml")
        from briefkit.compose.custom import dump_composition

        chosen.write_text(dump_composition(spec), encoding="utf-8")
        self.remember(chosen)
        return chosen

    def ask_open(self, parent: QWidget) -> Path | None:
        """Ask which composition file to open."""
        title = translate("Compositions", "Open a composition")
        return self.presenter.open_file(parent, title, self._folder(), file_filter())

    def read(self, path: Path) -> CustomBriefing:
        """The composition in ``path`` (CompositionError says what is wrong, with file:line)."""
        from briefkit.compose.custom import load_composition

        spec = load_composition(path)
        self.remember(path)
        return spec


def attach_compositions(window: MainWindow) -> CompositionFiles:
    """Fill File > Recent Compositions as it opens; each entry opens the composer with it."""
    files = CompositionFiles(window.settings, window.presenter)
    menu = window.commands.menus["compositions"]

    def fill() -> None:
        menu.clear()
        paths = files.recent()
        for n, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{n % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: window.open_composer(p))
        if not paths:
            menu.addAction(translate("Compositions", "No composition saved yet")).setEnabled(False)

    menu.aboutToShow.connect(fill)
    menu.setToolTipsVisible(True)
    menu.installEventFilter(_Refill(menu, fill))
    fill()
    return files


class _Refill(QObject):
    """Fills a menu again when the interface language changes."""

    def __init__(self, parent: QObject, fill: Callable[[], None]) -> None:
        super().__init__(parent)
        self.fill = fill

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.fill()
        return False
