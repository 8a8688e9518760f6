"""A topic's briefing note written with stand-in charts, read back as its paragraphs."""

from __future__ import annotations

from pathlib import Path

import docx

from briefkit.catalog import Catalog
from briefkit.compose import compose_briefing
from briefkit.compose.note import compose_note
from briefkit.render.report.note import render_note
from helpers.documents import ROOT, images_for, make_png

REPORT_TEMPLATE = ROOT / "templates" / "report.docx"


def note_paragraphs(source: Catalog, topic: str, tmp_path: Path) -> list[str]:
    """The note's paragraphs; it is written within two pages (no warning that it is not)."""
    note = compose_note(compose_briefing(source, topic))
    images = images_for(note.briefing, make_png(tmp_path / "c.png"))
    if note.chart is not None:
        images |= images_for(note.whole, make_png(tmp_path / "c.png"))
    out = tmp_path / f"{topic}-note.docx"
    warnings = render_note(note, images, REPORT_TEMPLATE, out)
    assert not [w for w in warnings if "pages" in w], warnings
    return [p.text for p in docx.Document(str(out)).paragraphs]
