"""Composing briefings: citations, key figures, tables, disagreements, charts."""

from __future__ import annotations

import datetime as dt

import pytest

from briefkit.catalog.records import DatePrecision
from briefkit.compose import compose_briefing
from briefkit.compose.citations import Citations
from briefkit.compose.model import Callout, ChartBlock, Cite, Paragraph, TableBlock, Text
from briefkit.compose.wording import date_label, figure_value
from helpers.samples import english


@pytest.fixture(scope="module")
def aktobe(catalog):  # type: ignore[no-untyped-def]
    return compose_briefing(
        catalog, "aktobe-2016", issued=dt.date(2026, 11, 23), marking=" SECRET "
    )


def all_paragraphs(briefing):  # type: ignore[no-untyped-def]
    yield from briefing.summary
    for s in briefing.sections:
        for b in s.blocks:
            if isinstance(b, Paragraph):
                yield b
            elif isinstance(b, Callout):
                yield from b.paragraphs
            elif isinstance(b, TableBlock):
                yield from b.notes
        yield from s.talking_points


def test_citations_are_numbered_in_order_of_first_use(catalog) -> None:  # type: ignore[no-untyped-def]
    cite = Citations(dict(catalog.sources), catalog.language)
    p = cite.paragraph("One [@zenn-2013]. Two [@voloshin-2013] [@zenn-2013] end.")
    assert p.runs == (
        Text("One"),
        Cite((1,)),
        Text(". Two"),
        Cite((2, 1)),
        Text(" end."),
    )
    assert p.cited == "One [1]. Two [2, 1] end."
    assert [e.id for e in cite.entries()] == ["zenn-2013", "voloshin-2013"]


def test_every_citation_points_into_the_sources_list(catalog) -> None:  # type: ignore[no-untyped-def]
    for topic_id in catalog.topics:
        b = compose_briefing(catalog, topic_id)
        numbers = {e.number for e in b.sources}
        assert numbers == set(range(1, len(b.sources) + 1))
        for p in all_paragraphs(b):
            assert set(p.citations) <= numbers
        for s in b.sections:
            assert set(s.citations) <= numbers


def test_paragraph_text_has_no_raw_markers(aktobe) -> None:  # type: ignore[no-untyped-def]
    for p in all_paragraphs(aktobe):
        assert "[@" not in p.cited


def test_cover_fields(aktobe) -> None:  # type: ignore[no-untyped-def]
    assert aktobe.title == "The Aktobe attacks of June 2016"
    assert aktobe.issued_label == "23 November 2026"
    assert aktobe.period_label == "May 2011 – December 2017"
    assert aktobe.marking == "SECRET"


def test_key_figures_come_from_the_data(aktobe, catalog) -> None:  # type: ignore[no-untyped-def]
    killed = next(k for k in aktobe.key_figures if "killed" in k.label)
    assert killed.value == "17" and killed.detail == "5 June 2016"
    source_ids = {e.number: e.id for e in aktobe.sources}
    assert "unknown-terrorism-2016" in {source_ids[n] for n in killed.citations}


def test_disputed_rows_are_marked_and_every_version_printed(aktobe) -> None:  # type: ignore[no-untyped-def]
    table = next(
        b
        for s in aktobe.sections
        for b in s.blocks
        if isinstance(b, TableBlock) and "Aktobe region" in b.title
    )
    shubarshi = next(r for r in table.rows if r[0].startswith("11 July 2011"))
    assert shubarshi[0].endswith("*")
    notes = " ".join(n.cited for n in table.notes)
    assert "11 July 2011" in notes and "8 July 2011" in notes


def test_disagreement_boxes_show_each_source(aktobe) -> None:  # type: ignore[no-untyped-def]
    boxes = [
        b
        for s in aktobe.sections
        for b in s.blocks
        if isinstance(b, Callout) and b.kind == "disagreement"
    ]
    titles = [b.title for b in boxes]
    assert any("Taraz" in t for t in titles)
    taraz = next(b for b in boxes if "Taraz" in b.title)
    text = " ".join(p.cited for p in taraz.paragraphs)
    assert "4 security personnel killed" in text and "5 security personnel killed" in text
    assert len({n for p in taraz.paragraphs for n in p.citations}) == 2


def test_charts_count_only_violent_incidents(aktobe) -> None:  # type: ignore[no-untyped-def]
    charts = [b for s in aktobe.sections for b in s.blocks if isinstance(b, ChartBlock)]
    assert [c.number for c in charts] == list(range(1, len(charts) + 1))
    for c in charts:
        assert all(i.event_type != "protest" for i in c.chart.incidents)
        assert c.chart.citations
    assert len({c.chart.id for c in charts}) == len(charts)


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        (DatePrecision.DAY, "5 June 2016"),
        (DatePrecision.MONTH, "June 2016"),
        (DatePrecision.QUARTER, "April-June 2016"),
        (DatePrecision.YEAR, "2016"),
        (DatePrecision.BY, "by June 2016"),
    ],
)
def test_dates_as_precise_as_the_sources(precision, expected) -> None:  # type: ignore[no-untyped-def]
    assert date_label(english(), dt.date(2016, 6, 5), precision) == expected


def test_figure_values(catalog) -> None:  # type: ignore[no-untyped-def]
    assert (
        figure_value(catalog.language, catalog.indicators["strategy-budget-2013-2017"])
        == "US$1.3 bn+"
    )
    assert (
        figure_value(catalog.language, catalog.indicators["websites-blocked-2011-2012"]) == "950+"
    )
    assert figure_value(catalog.language, catalog.indicators["muslim-share-2009"]) == "70%"
    assert (
        figure_value(catalog.language, catalog.indicators["salafists-west-2013"])
        == "several thousand"
    )
