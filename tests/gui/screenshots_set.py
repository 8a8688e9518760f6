"""The README's screenshot set of the window, in one language, all from one window of the same
size and state::

    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tests/gui/screenshots_set.py docs/images --lang ru

Writes ``window-<lang>.png`` (the main view: a topic previewed, two ticked), ``pages-<lang>.png``
(the Pages tab: every slide and page), ``page-view-<lang>.png`` (one slide large),
``history-<lang>.png`` (Recent Exports, seeded: no export runs), ``composer-<lang>.png`` (the
builder with the example composition and its pages) and ``data-view-<lang>.png``. The briefings
are in the interface language unless ``--briefings`` names another; ``--shots window,composer``
takes only those. Needs Chromium, LibreOffice and poppler-utils. Not a test (pytest does not
collect it); a person looks at the pictures.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QDialog
from screenshots import grab, settle, wait_until  # beside this script
from screenshots_history import EXAMPLE, seed, shots_window

from briefkit.gui.composer_dialog import ComposerDialog
from briefkit.gui.composer_pages import ComposerPages
from briefkit.gui.history import HistoryDialog
from briefkit.gui.main_window import MainWindow
from briefkit.page_preview import Document

TOPIC = "wave-2011-2012"
SHOTS = ("window", "pages", "page-view", "history", "composer", "data-view")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--row", type=int, help="the page shown large (default: the fullest slide)")
    parser.add_argument("--briefings", help="the briefings' language (default: --lang)")
    parser.add_argument("--shots", default=",".join(SHOTS), help="the shots to take, by name")
    args = parser.parse_args()
    lang = args.lang
    shots = set(args.shots.split(","))
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-set-shots-"))
    window = shots_window(lang, tmp, draw_thumbnails=True)
    window.options.set_output_language(args.briefings or lang)
    panel = window.preview_panel

    window.topics.model.set_checked([TOPIC, "aktobe-2016"])
    window.topics.select(TOPIC)
    wait_until(lambda: panel.briefing is not None and panel.briefing.topic_id == TOPIC)
    window.preview.wait(120_000)
    panel.tabs.setCurrentIndex(0)
    grab(window, args.out / f"window-{lang}.png")
    if {"pages", "page-view"} & shots:
        _pages(window, args.out, lang, args.row)
    if "history" in shots:
        seed(window, tmp)
        window.commands.history.trigger()
        history = window.findChildren(HistoryDialog)[-1]
        wait_until(history.isVisible)
        history.move(60, 40)
        history.tree.expandAll()
        grab(history, args.out / f"history-{lang}.png", wait=0.6)
        history.close()
    if "composer" in shots:
        window.open_composer(EXAMPLE)
        composer: QDialog = window.findChildren(ComposerDialog)[-1]
        wait_until(composer.isVisible)
        composer.move(60, 40)
        composed: list[int] = []
        composer_pages = composer.pages
        assert isinstance(composer_pages, ComposerPages)
        composer_pages.service.done.connect(composed.append)
        composer_pages.button.click()  # the composition's pages beside its sections
        wait_until(lambda: bool(composed), 300)
        composer_pages.tab.grid.scrollToTop()
        grab(composer, args.out / f"composer-{lang}.png", wait=0.6)
        composer.close()
    if "data-view" in shots:
        view = window.open_data_view()
        assert view is not None
        wait_until(view.isVisible)
        view.move(60, 40)
        settle(0.6)
        grab(view, args.out / f"data-view-{lang}.png", wait=0.6)
        view.close()
    window.close()


def _pages(window: MainWindow, out: Path, lang: str, row: int | None) -> None:
    """The Pages tab, and one slide large (the fullest unless ``row`` names another)."""
    panel = window.preview_panel
    panel.tabs.setCurrentWidget(panel.pages)
    done: list[int] = []
    window.pages.service.done.connect(done.append)
    wait_until(lambda: bool(done), 300)
    panel.pages.grid.scrollToTop()
    grab(window, out / f"pages-{lang}.png")

    shown = panel.pages.pages  # the fullest slide: a map or a chart
    slides = [n for n, page in enumerate(shown) if page.document == Document.DECK]
    if row is None:
        row = max(slides, key=lambda n: shown[n].path.stat().st_size)
    dialog = window.pages.open_page(row)
    assert dialog is not None
    page = dialog.pages[row]
    large = page.path.with_name(f"large-{page.number:03}.png")
    wait_until(large.is_file, 30)
    dialog.move(60, 40)
    grab(dialog, out / f"page-view-{lang}.png", wait=0.8)
    dialog.reject()


if __name__ == "__main__":
    main()
