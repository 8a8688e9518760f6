"""A deck of a very long briefing: bounded, and built in time linear in its length.

A table shows at most ``DECK_TABLE_ROWS`` rows on slides, and says under it that the report has
the rest; no section starts after ``MAX_DECK_SLIDES`` slides, and a warning names the sections
left out and the report. Adding a slide does not scan the slides before it.
"""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import pytest
from pptx import Presentation
from pptx.opc import package as opc_package

from briefkit.compose.model import Briefing
from briefkit.render.deck import writer
from briefkit.render.deck.tables import DECK_TABLE_ROWS
from briefkit.render.deck.writer import MAX_DECK_SLIDES, render_deck
from helpers.documents import DECK_TEMPLATE
from helpers.samples import sample_briefing


def _render(briefing: Briefing) -> tuple[Any, list[str]]:
    out = io.BytesIO()
    warnings = render_deck(briefing, {}, DECK_TEMPLATE, out)
    return Presentation(io.BytesIO(out.getvalue())), warnings


def _table_rows(deck: Any) -> int:
    return sum(
        len(shape.table.rows) - 1  # the header row, repeated on each slide
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table
    )


def test_a_long_table_shows_its_first_rows_and_points_to_the_report() -> None:
    whole, _ = _render(sample_briefing(rows=DECK_TABLE_ROWS))
    deck, warnings = _render(sample_briefing(rows=DECK_TABLE_ROWS * 4))
    assert _table_rows(deck) == _table_rows(whole)  # the other tables, and 60 rows of this one
    texts = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    told = [t for t in texts if f"Rows 1–{DECK_TABLE_ROWS} of {DECK_TABLE_ROWS * 4:,}" in t]
    assert told and all("the report has the full table" in t for t in told)
    assert any(f"has {DECK_TABLE_ROWS * 4:,} rows" in w and "report" in w for w in warnings)


def test_a_table_within_the_limit_is_whole_and_says_nothing() -> None:
    shorter, _ = _render(sample_briefing(rows=DECK_TABLE_ROWS - 1))
    deck, warnings = _render(sample_briefing(rows=DECK_TABLE_ROWS))
    assert _table_rows(deck) == _table_rows(shorter) + 1
    assert not any("rows; the deck shows" in w for w in warnings)


def _many_sections(count: int) -> Briefing:
    briefing = sample_briefing(rows=3)
    base = briefing.sections
    sections = tuple(
        dataclasses.replace(base[n % len(base)], id=f"s{n}", title=f"Section {n + 1}")
        for n in range(count)
    )
    return dataclasses.replace(briefing, sections=sections)


def test_a_deck_stops_at_its_slide_limit_with_a_warning() -> None:
    briefing = _many_sections(400)
    deck, warnings = _render(briefing)
    sources = [s for s in deck.slides if s.slide_layout.name == "Sources"]
    assert MAX_DECK_SLIDES <= len(deck.slides) - len(sources) <= MAX_DECK_SLIDES + 20
    [stop] = [w for w in warnings if "The deck stops at" in w]
    assert "--format docx" in stop and "of 400 sections" in stop
    shown = {s.shapes.title.text for s in deck.slides if s.slide_layout.name == "Section Header"}
    left_out = int(stop.split(" slides: ")[1].split(" of ")[0])
    assert f"Section {400 - left_out}" in shown and f"Section {401 - left_out}" not in shown


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Relationships and slide ids python-pptx looks through (each call appends how many)."""
    seen: list[int] = []
    matching = opc_package._Relationships._get_matching

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(len(self))
        return matching(self, *args, **kwargs)

    monkeypatch.setattr(opc_package._Relationships, "_get_matching", counting)
    monkeypatch.setattr(writer, "MAX_DECK_SLIDES", 10**6)
    return seen


def test_adding_a_slide_does_not_look_through_the_slides_before_it(scanned: list[int]) -> None:
    _render(_many_sections(20))
    small = sum(scanned)
    scanned.clear()
    _render(_many_sections(80))
    assert sum(scanned) < 5 * small  # four times the slides: linear, not sixteen times
