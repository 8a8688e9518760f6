"""The briefing note and the summary deck show the topic's key judgments, each with its
likelihood and confidence, as the report and the full deck do (en, ru); a topic without key
judgments shows none; both stay within their size (two pages, twelve slides)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation

from briefkit.catalog import Catalog
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.render.deck.summary import SUMMARY_SLIDES, render_summary_deck
from helpers.documents import DECK_TEMPLATE, images_for, make_png
from helpers.notes import note_paragraphs

JUDGED = "aktobe-2016"  # the bundled topic with key judgments
UNJUDGED = "extremist-groups"


@pytest.fixture(scope="module", params=["en", "ru"])
def source(request: pytest.FixtureRequest, catalog: Catalog) -> Catalog:
    return catalog if request.param == "en" else translate(catalog, "ru").catalog


def test_the_note_shows_each_key_judgment_with_its_assessment(
    source: Catalog, tmp_path: Path
) -> None:
    briefing = compose_briefing(source, JUDGED)
    assert briefing.key_judgments
    paragraphs = note_paragraphs(source, JUDGED, tmp_path)
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
    assert heading not in note_paragraphs(source, UNJUDGED, tmp_path)


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
