"""The summary deck (``--length summary``) and the full deck's disputes appendix.

Every bundled topic's summary deck, in English and Russian and in both bundled templates, is
reopened with python-pptx: at most twelve slides, the kinds in order, notes on every slide
after the title, every citation listed on the Sources slide, and an overview table whose slide
numbers point at the full deck's "Sources disagree" slides. One slow test renders a summary
deck with LibreOffice and counts its pages.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation

from briefkit.catalog import Catalog
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.compose.model import Briefing
from briefkit.options import DisputeSlides
from briefkit.render.deck.disputes import APPENDIX_FROM, disagreements
from briefkit.render.deck.summary import (
    LEAD_CHARTS,
    SUMMARY_SLIDES,
    lead_charts,
    render_summary_deck,
)
from briefkit.render.deck.template import load_deck_template
from briefkit.render.deck.writer import render_deck
from helpers import docvalid
from helpers.documents import (
    DECK_TEMPLATE,
    assert_within_slides,
    images_for,
    make_png,
    notes_of,
    pdf_pages,
    plain,
    slide_text,
    soffice,
    title_of,
)
from helpers.samples import BUNDLED_TOPICS, sample_briefing

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = {"bundled": DECK_TEMPLATE, "ministry": ROOT / "templates" / "ministry-deck.pptx"}
P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"


@pytest.fixture(scope="module")
def chart_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


@pytest.fixture(scope="module")
def russian(catalog: Catalog) -> Catalog:
    return translate(catalog, "ru").catalog


def summary(briefing: Briefing, png: Path, template: Path) -> tuple[Any, list[str]]:
    buffer = io.BytesIO()
    warnings = render_summary_deck(briefing, images_for(briefing, png), template, buffer)
    assert not docvalid.problems(buffer.getvalue())
    return Presentation(buffer), warnings


def full_deck(briefing: Briefing, png: Path, template: Path, **options: Any) -> Any:
    buffer = io.BytesIO()
    render_deck(briefing, images_for(briefing, png), template, buffer, **options)
    return Presentation(buffer)


def tables(slide: Any) -> list[Any]:
    return [s.table for s in slide.shapes if getattr(s, "has_table", False) and s.has_table]


def cited(text: str) -> set[int]:
    return {int(n) for group in re.findall(r"\[(\d+(?:, \d+)*)\]", text) for n in group.split(", ")}


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_summary_deck_of_every_topic(
    catalog: Catalog, russian: Catalog, chart_png: Path, lang: str, template: str
) -> None:
    source = catalog if lang == "en" else russian
    words = source.language
    for topic_id in BUNDLED_TOPICS:
        briefing = compose_briefing(source, topic_id)
        deck, _ = summary(briefing, chart_png, TEMPLATES[template])
        slides = list(deck.slides)
        titles = [title_of(s) for s in slides]
        assert 5 <= len(slides) <= SUMMARY_SLIDES, (topic_id, titles)
        assert_within_slides(deck)
        assert titles[0] == plain(briefing.title)
        assert titles[1] == words.w("key_figures")
        # the key judgments' slides, when the topic has them, take a chart's place each
        judged = [t for t in titles if t.startswith(words.w("key_judgments"))]
        assert bool(judged) == bool(briefing.key_judgments)
        assert titles[2 : 2 + len(judged)] == judged
        charts = lead_charts(briefing)[: max(1, LEAD_CHARTS - len(judged))]
        assert 1 <= len(charts) <= LEAD_CHARTS
        # then the "How to read this briefing" slide, once, when the judgments state likelihoods
        guided = [words.w("how_to_read")] if judged and briefing.guide else []
        assert titles.count(words.w("how_to_read")) == len(guided)
        assert titles[2 + len(judged) : 2 + len(judged) + len(guided)] == guided
        first = 2 + len(judged) + len(guided)
        assert titles[first : first + len(charts)] == [plain(b.chart.headline) for _, b in charts]
        assert titles[-1] == words.w("sources")
        # speaker notes as in the full deck: every slide after the title names its sources
        for slide in slides[1:]:
            assert words.w("speaker_sources") in notes_of(slide), (topic_id, title_of(slide))
        # every citation shown is listed on the Sources slide, with the briefing's numbers
        shown = set().union(*(cited(slide_text(s)) for s in slides[1:-1]))
        listed = {int(n) for n in re.findall(r"^\[(\d+)\]", slide_text(slides[-1]), re.M)}
        assert shown and shown <= listed, (topic_id, shown - listed)
        by_number = {s.number: s.reference for s in briefing.sources}
        for n in listed:
            assert plain(by_number[n])[:30] in slide_text(slides[-1]).replace("\t", " ")
        # one timeline slide, when the briefing has one (or a chronology)
        if any(words.w("col_dispute") in slide_text(s) for s in slides):
            assert disagreements(briefing)


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_overview_points_at_the_full_decks_dispute_slides(
    catalog: Catalog, chart_png: Path, template: str
) -> None:
    briefing = compose_briefing(catalog, "wave-2011-2012")
    found = disagreements(briefing)
    deck, _ = summary(briefing, chart_png, TEMPLATES[template])
    [overview] = [s for s in deck.slides if title_of(s) == "Where the sources disagree"]
    [table] = tables(overview)
    header = [c.text for c in table.rows[0].cells]
    assert header == ["What the sources disagree on", "Sources", "Full deck, slide"]
    rows = [[c.text for c in row.cells] for row in list(table.rows)[1:]]
    assert len(rows) == len(found) == 12
    full = list(full_deck(briefing, chart_png, TEMPLATES[template]).slides)
    for (what, sources, page), (_, callout) in zip(rows, found, strict=True):
        assert callout.title.endswith(what)
        target = full[int(page) - 1]
        assert title_of(target).startswith(callout.title[:40]), (page, title_of(target))
        versions = set().union(*(p.citations for p in callout.paragraphs))
        assert cited(sources) == versions
    # the speaker has each dispute in a sentence, and the sources of the table
    notes = notes_of(overview)
    assert all(c.paragraphs[0].plain[:40] in notes for _, c in found)


def test_summary_timeline_fits_one_slide(catalog: Catalog, chart_png: Path) -> None:
    """The wave's chronology (21 events) is cut to the heaviest that fit one slide, in date
    order, with a caption saying so; each event's text goes to the notes."""
    briefing = compose_briefing(catalog, "wave-2011-2012")
    deck, _ = summary(briefing, chart_png, DECK_TEMPLATE)
    timeline = [s for s in deck.slides if title_of(s).startswith("Chronology of the wave")]
    assert len(timeline) == 1
    text = slide_text(timeline[0])
    shown = re.search(r"(\d+) of (\d+) events shown", text)
    assert shown is not None and 5 <= int(shown[1]) < int(shown[2]) == 21
    [table] = tables(timeline[0])
    assert len(table.rows) == 1 + int(shown[1])  # a header row (Date, Summary), then the events
    assert "Taraz" in text  # the deadliest events stay
    assert notes_of(timeline[0]).count(":") >= int(shown[1])


def test_chronology_for_a_topic_without_a_timeline(catalog: Catalog) -> None:
    """aktobe-2016 has no timeline block: its chronology lists its incidents, cited only by
    sources the briefing cites already (its Sources list is unchanged)."""
    briefing = compose_briefing(catalog, "aktobe-2016")
    assert briefing.chronology is not None
    numbers = {s.number for s in briefing.sources}
    assert len(briefing.chronology.entries) >= 5
    for entry in briefing.chronology.entries:
        assert entry.text.citations and set(entry.text.citations) <= numbers
    assert compose_briefing(catalog, "legal-reforms").chronology is None  # it has a timeline


def sections_of(deck_bytes: bytes) -> list[tuple[str, list[str]]]:
    with zipfile.ZipFile(io.BytesIO(deck_bytes)) as package:
        root = etree.fromstring(package.read("ppt/presentation.xml"))
    return [
        (s.get("name"), [i.get("id") for i in s.iter(f"{P14}sldId")])
        for s in root.iter(f"{P14}section")
    ]


def test_full_deck_puts_long_decks_disputes_in_an_appendix(
    catalog: Catalog, chart_png: Path
) -> None:
    briefing = compose_briefing(catalog, "wave-2011-2012")
    found = disagreements(briefing)
    inline = full_deck(briefing, chart_png, DECK_TEMPLATE, disputes=DisputeSlides.INLINE)
    assert len(inline.slides) > APPENDIX_FROM
    buffer = io.BytesIO()
    render_deck(briefing, images_for(briefing, chart_png), DECK_TEMPLATE, buffer)
    deck = Presentation(io.BytesIO(buffer.getvalue()))
    slides = list(deck.slides)
    titles = [title_of(s) for s in slides]
    # an overview table, a section slide and the dispute slides at the end, after the sources
    assert len(slides) == len(inline.slides) + 2
    sources = titles.index("Sources")
    appendix = titles.index("Appendix", sources)
    assert "Where the sources disagree" in slide_text(slides[appendix]).splitlines()
    assert all(t.startswith("Sources disagree:") for t in titles[appendix + 1 :])
    assert len(titles[appendix + 1 :]) == len(found)
    [overview] = [s for s in slides[:sources] if tables(s) and "Slide" in slide_text(s)]
    pages = [row.cells[2].text for row in list(tables(overview)[0].rows)[1:]]
    assert pages == [str(n) for n in range(appendix + 2, appendix + 2 + len(found))]
    assert not any(t.startswith("Sources disagree:") for t in titles[:sources])
    # two PowerPoint sections: the briefing, and the appendix from its section slide on
    ids = [str(s.slide_id) for s in slides]
    assert sections_of(buffer.getvalue()) == [
        ("Briefing", ids[:appendix]),
        ("Appendix", ids[appendix:]),
    ]
    # asked for inline, as before: no sections, the disputes where the topic puts them
    assert [title_of(s) for s in inline.slides].index("Sources") == len(inline.slides) - 1


def test_short_deck_keeps_its_disputes_in_place(chart_png: Path) -> None:
    """The sample briefing's deck is short: AUTO keeps its disputes in place, APPENDIX moves
    them."""
    briefing = sample_briefing()
    auto = full_deck(briefing, chart_png, DECK_TEMPLATE)
    inline = full_deck(briefing, chart_png, DECK_TEMPLATE, disputes=DisputeSlides.INLINE)
    assert [title_of(s) for s in auto.slides] == [title_of(s) for s in inline.slides]
    assert len(auto.slides) <= APPENDIX_FROM
    moved = full_deck(briefing, chart_png, DECK_TEMPLATE, disputes=DisputeSlides.APPENDIX)
    titles = [title_of(s) for s in moved.slides]
    assert len(titles) == len(auto.slides) + 2
    assert titles[titles.index("Sources") + 1] == "Appendix"
    assert titles.count("Where the sources disagree") == 1  # the overview; every title unique


@pytest.mark.slow
def test_summary_deck_renders_in_libreoffice(
    catalog: Catalog, chart_png: Path, tmp_path: Path
) -> None:
    office = soffice()
    if office is None:
        pytest.skip("LibreOffice is not installed")
    from briefkit.render.office.pdf import convert_to_pdf

    briefing = compose_briefing(catalog, "wave-2011-2012")
    deck = tmp_path / "wave-summary.pptx"
    render_summary_deck(
        briefing, images_for(briefing, chart_png), load_deck_template(DECK_TEMPLATE), deck
    )
    [pdf] = convert_to_pdf([deck], tmp_path)
    assert pdf_pages(pdf) == len(Presentation(str(deck)).slides) <= SUMMARY_SLIDES
    if shutil.which("pdftotext"):
        from briefkit.render.office.pdf import page_texts

        texts = page_texts(pdf)
        assert "Where the sources disagree" in texts[-2]
