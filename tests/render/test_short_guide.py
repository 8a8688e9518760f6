"""The briefing note and the summary deck explain the likelihood scale and the confidence
levels once ("How to read this briefing", issue 18), in the briefing's language, when the
briefing has key judgments; a briefing without them shows no such box (en, ru, kk)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from briefkit.catalog import Catalog
from briefkit.catalog.estimative import SCALE, word_key
from briefkit.catalog.language import Language
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.render.accessibility import check_file, errors_in
from briefkit.render.deck.summary import SUMMARY_SLIDES, render_summary_deck
from helpers.documents import DECK_TEMPLATE, ROOT, images_for, make_png
from helpers.notes import note_paragraphs

JUDGED = "aktobe-2016"
UNJUDGED = "extremist-groups"
MINISTRY_DECK = ROOT / "templates" / "ministry-deck.pptx"


@pytest.fixture(scope="module", params=["en", "ru", "kk"])
def source(request: pytest.FixtureRequest, catalog: Catalog) -> Catalog:
    return catalog if request.param == "en" else translate(catalog, request.param).catalog


def _scale_words(lang: Language) -> list[str]:
    """Each likelihood word with its band, as the box shows it, and the confidence levels."""
    bands = [f"{lang.w(word_key(v))} ({lang.w(word_key(v) + '_band')})" for v in SCALE]
    levels = [lang.w(f"confidence_{c}") for c in ("low", "moderate", "high")]
    return [*bands, *levels]


def test_the_note_explains_the_scale_once(source: Catalog, tmp_path: Path) -> None:
    lang = source.language
    paragraphs = note_paragraphs(source, JUDGED, tmp_path)
    title = lang.w("how_to_read")
    boxes = [p for p in paragraphs if p.startswith(title + ". ")]
    assert len(boxes) == 1, paragraphs
    box = boxes[0]
    for word in _scale_words(lang):
        assert word in box, word
    assert lang.w("guide_confidence") in box
    everything = "\n".join(paragraphs)
    assert everything.count(lang.w("guide_confidence")) == 1
    first = f"{lang.w(word_key(SCALE[0]))} ({lang.w(word_key(SCALE[0]) + '_band')})"
    assert everything.count(first) == 1
    # after the key judgments, before the lead chart's headline and the key points
    assert paragraphs.index(lang.w("key_judgments")) < paragraphs.index(box)
    assert paragraphs.index(box) < paragraphs.index(lang.w("note_key_points"))
    if source.language.code != "en":
        assert "Likelihood" not in box and "almost" not in box
    assert not [p for p in note_paragraphs(source, UNJUDGED, tmp_path) if p.startswith(title)]


def _summary(source: Catalog, topic: str, template: Path, tmp_path: Path) -> Path:
    briefing = compose_briefing(source, topic)
    out = tmp_path / f"{topic}-{template.stem}-summary.pptx"
    images = images_for(briefing, make_png(tmp_path / "c.png"))
    render_summary_deck(briefing, images, template, out)
    return out


@pytest.mark.parametrize("template", [DECK_TEMPLATE, MINISTRY_DECK], ids=["bundled", "ministry"])
def test_the_summary_deck_explains_the_scale_once(
    source: Catalog, template: Path, tmp_path: Path
) -> None:
    lang = source.language
    path = _summary(source, JUDGED, template, tmp_path)
    deck = Presentation(str(path))
    titles = [s.shapes.title.text if s.shapes.title else "" for s in deck.slides]
    assert len(titles) <= SUMMARY_SLIDES
    title = lang.w("how_to_read")
    assert titles.count(title) == 1
    at = titles.index(title)
    assert titles[at - 1].startswith(lang.w("key_judgments"))  # right after the judgments
    slide = deck.slides[at]
    text = "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    for word in _scale_words(lang):
        assert word in text, word
    everything = "\n".join(
        s.text_frame.text for sl in deck.slides for s in sl.shapes if s.has_text_frame
    )
    assert everything.count(lang.w("guide_confidence")) == 1
    assert lang.w("guide_notes") in slide.notes_slide.notes_text_frame.text
    assert not [s for s in slide.shapes if s.shape_type == 13]  # real text, not a picture
    assert errors_in(check_file(path)) == []
    unjudged = Presentation(str(_summary(source, UNJUDGED, template, tmp_path)))
    assert not [s for s in unjudged.slides if s.shapes.title and s.shapes.title.text == title]
