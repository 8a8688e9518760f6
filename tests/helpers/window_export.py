"""One export from the window, as a trainer starts it, and a deck edited by hand after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation

from briefkit.gui.export_job import ExportOutcome


def export_from_window(window: Any, qtbot: Any, out: Path, topic: str) -> ExportOutcome:
    """Tick ``topic`` alone, choose the deck and ``out``, press Export; the outcome."""
    window.topics.tick_shown(False)
    window.topics.model.set_checked([topic])
    window.options.set_formats(("pptx",))
    window.options.set_output_folder(out)
    with qtbot.waitSignal(window.export_finished, timeout=180_000) as finished:
        window.commands.export.trigger()
    outcome: ExportOutcome = finished.args[0]
    return outcome


def edit_deck_title(path: Path, slide: int, title: str) -> Path:
    """Change one slide's title of a written deck, as a trainer would; the deck's path."""
    deck = Presentation(str(path))
    deck.slides[slide].shapes.title.text = title
    deck.save(str(path))
    return path
