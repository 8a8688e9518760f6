"""Big type on a small slide (as IETF's 32 pt template on 25.4 x 14.3 cm): tables, callouts,
sources and key-figure lists made denser, within the shrink rule, before they continue; no
continued slide left holding a lone bullet or table row the slide before could take."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from briefkit.compose.model import Briefing, Callout, KeyFigure, Paragraph, Section, TableBlock
from briefkit.render.deck.placeholders import EMU_PER_PT, TEXT_TYPES, first
from briefkit.render.deck.tables import Cell, TableSlides, _lay_out_rows, table_sizes
from briefkit.render.deck.template import DeckLayout, load_deck_template
from briefkit.render.deck.text import Box, Boxes, Line, bullets
from briefkit.render.deck.writer import render_deck
from briefkit.render.office.textfit import paginate
from helpers.documents import images_for, make_png
from helpers.samples import sample_briefing
from helpers.template_quirks import big_body, make_deck, office_layouts_only, small_slide

CONTINUED = " (continued)"


@pytest.fixture(scope="module")
def chart_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


@pytest.fixture(scope="module")
def ietf_like(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled deck on a 25.4 x 14.3 cm slide with 32 pt body text."""
    folder = tmp_path_factory.mktemp("templates")
    return make_deck(
        folder / "ietf-like.pptx", office_layouts_only, small_slide, lambda p: big_body(p, 32)
    )


def _render(briefing: Briefing, png: Path, template: Path, out: Path) -> Any:
    render_deck(briefing, images_for(briefing, png), template, out)
    return Presentation(str(out))


def _events_table(rows: int = 24) -> TableBlock:
    return TableBlock(
        title="Events",
        columns=("Date", "What happened"),
        rows=tuple(
            (
                f"{i % 28 + 1} May 2011",
                f"Event {i + 1}: an attack on a police post, two dead and the attacker "
                "killed; the sources name the group differently.",
            )
            for i in range(rows)
        ),
        widths=(0.2, 0.8),
        number=1,
        citations=(1,),
    )


def test_table_sizes_shrink_with_a_smaller_slide_only() -> None:
    assert table_sizes(14.0) == [14.0, 13.0]  # Briefkit's own slide: a point less, no more
    assert table_sizes(11.0) == [11.0]
    small = table_sizes(14.0, 0.75)
    assert small[0] == 14.0 and min(small) == 10.5  # 75 % of 14 pt
    assert min(table_sizes(12.0, 0.75)) == 10.0  # never below the least table size


def test_a_table_on_a_small_slide_shrinks_before_it_continues(
    chart_png: Path, ietf_like: Path, tmp_path: Path
) -> None:
    """The table's text takes a size between 75 % of its own and the old one-point-less,
    on fewer slides than at that size, every slide's table inside its frame."""
    block = _events_table()
    briefing = dataclasses.replace(
        sample_briefing(),
        sections=(Section(id="events", title="Events", blocks=(block,)),),
    )
    deck = _render(briefing, chart_png, ietf_like, tmp_path / "deck.pptx")
    frames = [s for slide in deck.slides for s in slide.shapes if s.has_table]
    sizes = {
        run.font.size.pt
        for frame in frames
        for row in frame.table.rows
        for cell in row.cells
        for p in cell.text_frame.paragraphs
        for run in p.runs
    }
    assert len(sizes) == 1
    (size,) = sizes
    assert 0.75 * 14 <= size < 13

    pages = TableSlides(briefing, {}, load_deck_template(ietf_like))
    _, place, _ = pages.table_frame()
    col_w = [int(c.width) for c in frames[0].table.columns]
    header = [Cell((Line(c, bold=True),)) for c in block.columns]
    rows = [[Cell((Line(cell),)) for cell in row] for row in block.rows]
    at_13 = _lay_out_rows(col_w, 13.0, header, rows, place.height)[1]
    assert len(frames) < len(at_13)
    for frame in frames:
        assert sum(int(r.height) for r in frame.table.rows) <= place.height


def test_a_lone_item_takes_company_from_the_page_before() -> None:
    """Three items of which two fit a page: not [a, b], [c] but [a], [b, c]; unless the
    caller says the item is not one to leave alone."""
    assert paginate(["a", "b", "c"], lambda _: 5.0, 10.0) == [["a"], ["b", "c"]]
    grouped = paginate(["a", "b", "c"], lambda _: 5.0, 10.0, single=lambda _: False)
    assert grouped == [["a", "b"], ["c"]]
    # The page before keeps two items (the first page one): [a], [b, c], [d] stays as it is
    # (moving c would leave b alone on a continued page).
    assert paginate([6.0, 5.0, 5.0, 5.0], lambda h: h, 10.0) == [[6.0], [5.0, 5.0], [5.0]]


def _body_lines(body: Any) -> list[Line]:
    return [Line(p.text, p.level) for p in body.text_frame.paragraphs if p.text.strip()]


def _scale_spacing(body: Any, box: Box) -> tuple[float, float]:
    paragraph = body.text_frame.paragraphs[0]
    size = paragraph.runs[0].font.size
    scale = 1.0 if size is None else size.pt / box.style(paragraph.level).size
    spacing = paragraph.line_spacing
    factor = box.style(paragraph.level).line_factor
    return scale, 1.0 if spacing is None else round(spacing / factor, 2)


def test_no_continued_slide_holds_a_bullet_the_slide_before_could_take(
    chart_png: Path, ietf_like: Path, tmp_path: Path
) -> None:
    """Every continued text slide with a single paragraph: that paragraph does not fit under
    the previous slide's text at the size and spacing written there."""
    briefing = sample_briefing()
    long = tuple(
        Paragraph.of(f"Point {i + 1}: the sources agree on the facts of this event.", (1,))
        for i in range(9)
    )
    sections = (Section(id="many", title="Many points", blocks=long), *briefing.sections)
    deck = _render(
        dataclasses.replace(briefing, sections=sections), chart_png, ietf_like, tmp_path / "d.pptx"
    )
    slides = list(deck.slides)
    for before, slide in itertools.pairwise(slides):
        title = slide.shapes.title.text_frame.text if slide.shapes.title else ""
        body, previous = first(slide, *TEXT_TYPES), first(before, *TEXT_TYPES)
        if not title.endswith(CONTINUED) or body is None or previous is None:
            continue
        if not (body.has_text_frame and previous.has_text_frame):
            continue
        if len(_body_lines(body)) != 1 or any(s.has_table for s in slide.shapes):
            continue
        box = Box.of(previous, None)
        scale, spacing = _scale_spacing(previous, box)
        lines = _body_lines(previous) + _body_lines(body)
        assert box.height_of(lines, scale, spacing) > box.height, title


def test_big_type_lists_sources_without_notes_when_that_saves_a_slide(
    chart_png: Path, ietf_like: Path, tmp_path: Path
) -> None:
    """On the small big-type slide the sources' notes would take slides of their own: the
    slides list the references without them, the speaker notes keep them in full."""
    briefing = sample_briefing()
    note = "A long note on this source: " + "its provenance and reliability are discussed. " * 4
    sources = tuple(dataclasses.replace(s, note=note) for s in briefing.sources)
    briefing = dataclasses.replace(briefing, sources=sources)
    deck = _render(briefing, chart_png, ietf_like, tmp_path / "deck.pptx")
    slides = [
        s
        for s in deck.slides
        if s.shapes.title is not None
        and s.shapes.title.text_frame.text.startswith("Sources")
        and not s.shapes.title.text_frame.text.startswith("Sources disagree")
    ]
    assert slides
    shown = " ".join(first(s, *TEXT_TYPES).text_frame.text for s in slides)
    assert "provenance" not in shown and "Jacob Zenn" in shown
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in slides)
    assert notes.count("provenance") >= len(sources)
    assert int(first(slides[0], *TEXT_TYPES).height) / EMU_PER_PT > 0


def test_a_disagreement_keeps_its_full_references_with_autofit_line_spacing(
    chart_png: Path, ietf_like: Path, tmp_path: Path
) -> None:
    """Versions that fit one slide with their sources' full references only at the least size
    with the line spacing cut by 20 % are written so (rather than by their markers alone at
    full spacing), on one slide, inside their box."""
    template = load_deck_template(ietf_like)
    prs = template.new_document()
    body = first(template.layout(prs, DeckLayout.CALLOUT), *TEXT_TYPES)
    box = Boxes(template.cache).of(body)
    floor = max(0.75 * box.style(0).size, 16.0) / box.style(0).size
    base = sample_briefing()
    pages = TableSlides(base, {}, template)

    def versions(words: int) -> tuple[Paragraph, ...]:
        return tuple(
            Paragraph.of(f"Version {v}: " + "words " * words, (n,)) for n, v in ((1, "A"), (4, "B"))
        )

    def height(words: int, spacing: float) -> float:
        lines = [
            line
            for p in versions(words)
            for line in (Line(p.cited, 0), Line(pages.reference(p.citations[0]), 1))
        ]
        return box.height_of(lines, floor, spacing)

    words = next(w for w in range(1, 80) if height(w, 1.0) > box.height >= height(w, 0.8))
    callout = Callout("disagreement", "Sources disagree: how many", versions(words))
    briefing = dataclasses.replace(
        base, sections=(Section(id="d", title="Disputes", blocks=(callout,)),)
    )
    deck = _render(briefing, chart_png, ietf_like, tmp_path / "deck.pptx")
    slides = [s for s in deck.slides if s.shapes.title.text_frame.text.startswith("Sources dis")]
    assert len(slides) == 1
    written = first(slides[0], *TEXT_TYPES)
    assert "Jacob Zenn" in written.text_frame.text and "Voloshin" in written.text_frame.text
    scale, spacing = _scale_spacing(written, box)
    assert spacing < 1.0 and scale >= floor - 1e-6
    assert box.height_of(_body_lines(written), scale, spacing) <= box.height


def test_big_type_lists_key_figures_without_details_when_that_saves_a_slide(
    chart_png: Path, ietf_like: Path, tmp_path: Path
) -> None:
    """A template with no key-figure cards lists the figures; in big type, when their details
    would take another slide, the list gives value and label and the notes the details."""
    detail = "as counted by the regional prosecutor's office in its yearly report"
    figures = tuple(
        KeyFigure(str(10 + i), f"measure {i + 1}", f"{detail} ({2011 + i})", (1,)) for i in range(6)
    )
    briefing = dataclasses.replace(sample_briefing(), key_figures=figures)
    deck = _render(briefing, chart_png, ietf_like, tmp_path / "deck.pptx")
    slides = [s for s in deck.slides if s.shapes.title.text_frame.text.startswith("Key figures")]
    shown = " ".join(first(s, *TEXT_TYPES).text_frame.text for s in slides)
    assert all(f"{f.value} — {f.label}" in shown for f in figures)
    assert "prosecutor" not in shown
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in slides)
    assert notes.count("prosecutor") == len(figures)


def test_big_type_carries_a_paragraph_over_when_that_saves_a_slide(
    chart_png: Path, ietf_like: Path, tmp_path: Path
) -> None:
    """Three paragraphs of two sentences, any two too tall for one slide even at the least
    size: not a slide each but two slides, the middle paragraph's second sentence carried
    over, every slide's text inside its box."""
    template = load_deck_template(ietf_like)
    prs = template.new_document()
    box = Boxes(template.cache).of(first(template.layout(prs, DeckLayout.CONTENT), *TEXT_TYPES))
    floor = max(0.75 * box.style(0).size, 16.0) / box.style(0).size

    def paragraph(n: int, words: int) -> Paragraph:
        sentence = " ".join(["words"] * words)
        return Paragraph.of(f"Point {n} opens here with {sentence}. Then {sentence} and more.")

    def height(words: int) -> float:
        return box.height_of(bullets(paragraph(1, words)), floor, 0.8)

    words = next(w for w in range(8, 120) if 2 * height(w) > box.height >= 1.5 * height(w))
    paragraphs = tuple(paragraph(n, words) for n in (1, 2, 3))
    briefing = dataclasses.replace(
        sample_briefing(), sections=(Section(id="p", title="Points", blocks=paragraphs),)
    )
    deck = _render(briefing, chart_png, ietf_like, tmp_path / "deck.pptx")
    slides = [
        s
        for s in deck.slides
        if s.shapes.title.text_frame.text.startswith("Points")
        and first(s, *TEXT_TYPES) is not None
        and len(_body_lines(first(s, *TEXT_TYPES))) > 1
    ]
    assert len(slides) == 2
    lines = [line for s in slides for line in _body_lines(first(s, *TEXT_TYPES))]
    assert len(lines) == 6 and sum(line.text.startswith("Point") for line in lines) == 3
    for slide in slides:
        written = first(slide, *TEXT_TYPES)
        scale, spacing = _scale_spacing(written, box)
        assert scale >= floor - 1e-6
        assert box.height_of(_body_lines(written), scale, spacing) <= box.height
