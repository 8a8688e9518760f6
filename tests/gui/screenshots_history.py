"""Screenshots of Recent Exports, the composer with Save… / Open…, the Help guide and the
keyboard shortcuts, in English or Russian, for the README and for review::

    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tests/gui/screenshots_history.py docs/images --lang ru

Writes ``history-<lang>.png``, ``composer-files-<lang>.png``, ``help-guide-<lang>.png`` and
``help-shortcuts-<lang>.png``. The history is seeded with three exports (one whose files were
deleted since), so no export runs. Not a test (pytest does not collect it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from screenshots import grab, wait_until  # beside this script

from briefkit.compose.custom import load_composition
from briefkit.gui import i18n
from briefkit.gui.app import application
from briefkit.gui.collector import GuiThreadCollector
from briefkit.gui.composer_dialog import ComposerDialog
from briefkit.gui.help_dialog import GuideDialog, ShortcutsDialog
from briefkit.gui.history import HistoryDialog, HistoryEntry
from briefkit.gui.main_window import MainWindow
from briefkit.gui.settings import Settings
from briefkit.options import ExportOptions, Format

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "compositions" / "aktobe-and-the-law.yaml"


def seed(window: MainWindow, tmp: Path) -> None:
    """Three exports: two topics in Russian, a composition, one topic whose files are gone."""
    now = datetime.now(UTC)
    briefings = tmp / "Briefings"
    briefings.mkdir(parents=True, exist_ok=True)

    def files(*names: str) -> tuple[Path, ...]:
        for name in names:
            (briefings / name).write_bytes(b"x")
        return tuple(briefings / n for n in names)

    gone = (tmp / "old" / "wave-2011-2012.docx", tmp / "old" / "wave-2011-2012.pptx")
    entries = [
        HistoryEntry(
            now - timedelta(days=2),
            tmp / "old",
            gone,
            ExportOptions(formats=(Format.DOCX, Format.PPTX)),
            topics=("wave-2011-2012",),
        ),
        HistoryEntry(
            now - timedelta(hours=3),
            briefings,
            files("aktobe-and-the-law.docx", "aktobe-and-the-law-deck.pdf"),
            ExportOptions(formats=(Format.DOCX, Format.PDF)),
            composition=load_composition(EXAMPLE),
        ),
        HistoryEntry(
            now - timedelta(minutes=5),
            briefings,
            files("aktobe-2016-ru.docx", "aktobe-2016-ru.pptx", "legal-reforms-ru.docx"),
            ExportOptions(formats=(Format.DOCX, Format.PPTX), lang="ru", marking="ДСП"),
            topics=("aktobe-2016", "legal-reforms"),
        ),
    ]
    for entry in entries:
        window.history.add(entry)


_APPS: list[object] = []  # the application lives as long as the script


def shots_window(lang: str, tmp: Path, draw_thumbnails: bool = False) -> MainWindow:
    """A window for screenshots in ``lang``: its settings and caches in ``tmp``, 1280x800 at
    the top left of the screen, its data loaded."""
    app = application([sys.argv[0]])
    _APPS.append(app)
    GuiThreadCollector(app).start()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.interface_language = lang
    settings.output_folder = tmp / "Briefings"
    i18n.install(lang)
    window = MainWindow(settings, cache_dir=tmp / "charts", draw_thumbnails=draw_thumbnails)
    window.move(0, 0)
    window.resize(1280, 800)
    window.show()
    loaded: list[object] = []
    window.catalog_loaded.connect(loaded.append)
    window.start()
    wait_until(lambda: bool(loaded))
    return window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-history-shots-"))
    window = shots_window(args.lang, tmp)
    seed(window, tmp)
    lang = args.lang

    def shoot(cls: type[QDialog], name: str) -> QDialog:
        dialog = window.findChildren(cls)[-1]
        wait_until(dialog.isVisible)
        dialog.move(60, 40)
        grab(dialog, args.out / f"{name}-{lang}.png", wait=0.6)
        return dialog

    window.commands.history.trigger()
    history = shoot(HistoryDialog, "history")
    assert isinstance(history, HistoryDialog)
    history.tree.expandAll()
    grab(history, args.out / f"history-{lang}.png", wait=0.4)
    history.close()

    window.open_composer(EXAMPLE)
    shoot(ComposerDialog, "composer-files").close()
    window.commands.guide.trigger()
    shoot(GuideDialog, "help-guide").close()
    window.commands.shortcuts.trigger()
    shoot(ShortcutsDialog, "help-shortcuts").close()
    window.close()


if __name__ == "__main__":
    main()
