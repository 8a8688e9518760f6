"""The briefing note and the summary deck show the topic's key judgments, each with its
likelihood and confidence, as the report and the full deck do (en, ru); a topic without key
judgments shows none; both stay within their size (two pages, twelve slides)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from briefkit.catalog import Catalog
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.compose.note import compose_note
from briefkit.render.deck.summary import SUMMARY_SLIDES, render_summary_deck
from briefkit.render.report.note import render_note
from helpers.documents import DECK_TEMPLATE, ROOT, images_for, make_png

JUDGED = "aktobe-2016"  # the bundled topic with key judgments
UNJUDGED = "extremist-groups"
REPORT_TEMPLATE = ROOT / "templates" / "report.docx"


@pytest.fixture(scope="module", params=["en", "ru"])
def source(request: pytest.FixtureRequest, catalog: Catalog) -> Catalog:
    return catalog if request.param == "en" else translate(catalog, "ru").catalog


def _note_text(source: Catalog, topic: str, tmp_path: Path) -> list[str]:
    """The note's paragraphs; it is written within two pages (no warning that it is not)."""
    note = compose_note(compose_briefing(source, topic))
    images = images_for(note.briefing, make_png(tmp_path / "c.png"))
    if note.chart is not None:
        images |= images_for(note.whole, make_png(tmp_path / "c.png"))
    out = tmp_path / f"{topic}-note.docx"
    warnings = render_note(note, images, REPORT_TEMPLATE, out)
    assert not [w for w in warnings if "pages" in w], warnings
    return [p.text for p in docx.Document(str(out)).paragraphs]


def test_the_note_shows_each_key_judgment_with_its_assessment(
    source: Catalog, tmp_path: Path
) -> None:
    briefing = compose_briefing(source, JUDGED)
    assert briefing.key_judgments
    paragraphs = _note_text(source, JUDGED, tmp_path)
    heading = source.language.w("key_judgments")
    assert heading in paragraphs
    start = paragraphs.index(heading)
    shown = paragraphs[start + 1 : start + 1 + len(briefing.key_judgments)]
    for line, judgment in zip(shown, briefing.key_judgments, strict=True):
        assert judgment.assessment and line.endswith(judgment.assessment)
        words = judgment.text.plain.split()
        assert " ".join(words[:4]) in line
    # before the key figures, after the bottom line
    assert paragraphs.index(source.language.w("key_figures")) > start
    assert heading not in _note_text(source, UNJUDGED, tmp_path)


def _summary_titles_and_text(source: Catalog, topic: str, tmp_path: Path) -> tuple[list[str], str]:
    briefing = compose_briefing(source, topic)
    buffer = io.BytesIO()
    images = images_for(briefing, make_png(tmp_path / "c.png"))
    render_summary_deck(briefing, images, DECK_TEMPLATE, buffer)
    deck = Presentation(buffer)
    titles = [s.shapes.title.text if s.shapes.title else "" for s in deck.slides]
    text = "\n".join(
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    return titles, text


def test_the_summary_deck_shows_each_key_judgment_with_its_assessment(
    source: Catalog, tmp_path: Path
) -> None:
    briefing = compose_briefing(source, JUDGED)
    titles, text = _summary_titles_and_text(source, JUDGED, tmp_path)
    heading = source.language.w("key_judgments")
    assert titles[2] == heading  # after the key figures
    assert len(titles) <= SUMMARY_SLIDES
    for judgment in briefing.key_judgments:
        assert judgment.assessment in text
    titles, _ = _summary_titles_and_text(source, UNJUDGED, tmp_path)
    assert not any(t.startswith(heading) for t in titles)
