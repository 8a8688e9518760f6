"""A screenshot of the window in another interface language, offscreen, for review:

    .venv/bin/python tests/gui/screenshot_language.py docs/images/window-ru.png --lang ru

Two briefings ticked and one previewed (chart thumbnails off, so no browser is needed). Not a
test (pytest does not collect it); a person looks at the picture for clipped or cut words.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from screenshots import settle, wait_until  # beside this script

from briefkit.gui import i18n
from briefkit.gui.app import application
from briefkit.gui.collector import GuiThreadCollector
from briefkit.gui.main_window import MainWindow
from briefkit.gui.settings import Settings
from briefkit.options import ExportOptions


def main() -> None:
    parser = argparse.ArgumentParser(description="A screenshot of the window in a language")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ru", choices=i18n.INTERFACE_LANGUAGES)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-shot-"))

    app = application([sys.argv[0]])
    GuiThreadCollector(app).start()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    folder = {"ru": "Документы/Брифинги", "kk": "Құжаттар/Брифингтер"}.get(
        args.lang, "Documents/Briefings"
    )
    settings.output_folder = Path("/home/analyst") / folder
    settings.interface_language = args.lang
    settings.export_options = ExportOptions(lang=args.lang)  # the briefings too, if offered
    i18n.install(args.lang)
    window = MainWindow(settings, cache_dir=tmp / "charts", draw_thumbnails=False)
    window.resize(width, height)
    window.show()
    loaded: list[object] = []
    window.catalog_loaded.connect(loaded.append)
    window.start()
    wait_until(lambda: bool(loaded))
    window.topics.model.set_checked(["wave-2011-2012", "aktobe-2016"])
    window.topics.select("wave-2011-2012")
    wait_until(lambda: window.preview_panel.briefing is not None)
    settle(0.5)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print(f"wrote {args.out}")
    window.close()


if __name__ == "__main__":
    main()
