"""Hand-made briefings for renderer tests (independent of the bundled data)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.language import Language
from briefkit.catalog.load import bundled_language
from briefkit.compose import compose_briefing
from briefkit.compose.assemble import assemble_custom
from briefkit.compose.custom import CustomBriefing, check_composition
from briefkit.compose.model import (
    Briefing,
    Callout,
    ChartBlock,
    ChartSpec,
    Cite,
    KeyFigure,
    Paragraph,
    Section,
    SourceEntry,
    TableBlock,
    Text,
    TimelineBlock,
    TimelineEntry,
)

BUNDLED_TOPICS = (
    "aktobe-2016",
    "wave-2011-2012",
    "legal-reforms",
    "extremist-groups",
    "regional-dimension",
)
"""Every topic in the bundled data/."""


DATA = Path(__file__).resolve().parents[2] / "data"


def english() -> Language:
    """The bundled English (``data/language.yaml``)."""
    return bundled_language()


@functools.cache
def bundled_catalog() -> Catalog:
    """The bundled catalog, loaded once per process (tests that cannot take the fixture)."""
    return load_catalog(DATA)


def example_charts() -> tuple[ChartSpec, ...]:
    """The example chart specs, in English with the bundled vocabulary's labels."""
    from briefkit.charts.examples import example_specs

    return example_specs(bundled_catalog())


def figure_texts(figure: Any) -> Iterator[str]:
    """Every text a plotly figure draws: axis titles and ticks, legends, labels, notes."""
    data = figure.to_plotly_json()

    def walk(node: Any, key: str = "") -> Iterator[str]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k not in ("template", "font", "marker", "line", "textposition", "type"):
                    yield from walk(v, k)
        elif isinstance(node, list | tuple):
            for v in node:
                yield from walk(v, key)
        elif isinstance(node, str) and key in ("text", "name", "ticktext", "title"):
            yield node.replace("<br>", " ")

    yield from walk(data)


def sample_briefing(rows: int = 30, marking: str = "FOR OFFICIAL USE ONLY") -> Briefing:
    """A briefing with every kind of block, a long table and a Cyrillic/Kazakh string."""
    incident_rows = tuple(
        (
            f"{(i % 28) + 1} May 2011",
            ["Aktobe", "Astana", "Atyrau", "Taraz", "Almaty"][i % 5],
            ["Suicide bombing", "Armed assault", "Counter-terrorism operation"][i % 3],
            str(i % 9),
            str(i % 4),
            f"Row {i + 1}: a summary of the event written in the briefing's own words.",
            "[1, 3]",
        )
        for i in range(rows)
    )
    chart = ChartSpec(
        id="incidents-over-time",
        kind="incidents-over-time",
        title="Incidents per quarter, 2011-2012",
        headline="Attacks peaked in the last quarter of 2011",
        caption="Incidents per quarter by type.",
        citations=(1, 3),
        language=english(),
    )
    chart2 = ChartSpec(
        id="incidents-map",
        kind="incidents-map",
        title="Where the incidents happened",
        headline="The west and the south-east bore the brunt",
        caption="Incidents by place; marker size shows people killed.",
        citations=(2, 3),
        language=english(),
    )
    return Briefing(
        topic_id="sample-topic",
        title="The 2011-2012 wave of attacks and operations",
        subtitle="Attacks, counter-terrorism operations and what the sources say of them",
        period_label="January 2011 - December 2012",
        issued=dt.date(2026, 11, 23),
        issued_label="23 November 2026",
        marking=marking,
        prepared_by="Analysis Unit",
        keywords=("Kazakhstan", "terrorism", "Aktobe"),
        language=english(),
        summary=(
            Paragraph(
                (
                    Text(
                        "Between May 2011 and September 2012 the sources record about "
                        "twenty attacks and operations"
                    ),
                    Cite((1, 3)),
                    Text("."),
                ),
            ),
            Paragraph.of("Kazakh letters for the font check: Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі.", (2,)),
        ),
        key_figures=(
            KeyFigure("17", "killed in Aktobe", "5 June 2016", (2,)),
            KeyFigure("27 → 171", "sentenced for terrorism", "2008 → 2012", (3,)),
            KeyFigure("950+", "websites blocked", "2011-2012", (4,)),
            KeyFigure("US$1.3 bn", "strategy budget to 2017", "2013", (3,)),
        ),
        sections=(
            Section(
                id="overview",
                title="Overview",
                blocks=(
                    Paragraph.of("The first attacks came in May 2011 in Aktobe.", (3,)),
                    ChartBlock(chart, 1),
                    Callout(
                        "disagreement",
                        "Sources disagree: date of the Shubarshi operation",
                        (Paragraph.of("11 July 2011", (3,)), Paragraph.of("8 July 2011", (2,))),
                    ),
                ),
                talking_points=(
                    Paragraph.of(
                        "Stress that the first attacks targeted security buildings.", (3,)
                    ),
                ),
            ),
            Section(
                id="incidents",
                title="The incidents",
                blocks=(
                    Paragraph.of("Every incident the sources record, in date order.", (1, 3)),
                    ChartBlock(chart2, 2),
                    TableBlock(
                        title="Incidents, 2011-2012",
                        columns=(
                            "Date",
                            "Place",
                            "Type",
                            "Killed",
                            "Wounded",
                            "Summary",
                            "Sources",
                        ),
                        rows=incident_rows,
                        widths=(0.12, 0.10, 0.14, 0.07, 0.08, 0.41, 0.08),
                        number=1,
                        citations=(1, 3),
                        notes=(Paragraph.of("Counts are as the sources give them.", (3,)),),
                    ),
                    TimelineBlock(
                        title="Timeline",
                        entries=tuple(
                            TimelineEntry(
                                dt.date(2011, 5 + i, 17),
                                f"17 {m} 2011",
                                f"Event {i + 1}",
                                Paragraph.of(f"What happened on event {i + 1}.", (3,)),
                                disputed=i == 2,
                            )
                            for i, m in enumerate(["May", "June", "July", "August", "September"])
                        ),
                        citations=(3,),
                    ),
                ),
                talking_points=(Paragraph.of("Walk through the map west to east.", (2, 3)),),
            ),
        ),
        sources=(
            SourceEntry(
                1,
                "zenn-2013",
                "Jacob Zenn",
                "Kazakhstan's Counter-Terrorism Strategies",
                "Central Asia-Caucasus Analyst",
                "4 September 2013",
            ),
            SourceEntry(
                2,
                "unknown-terrorism-2016",
                "unknown",
                "Kazakhstan: unknown terrorism",
                "unsigned article",
                "2016",
                "partisan framing",
            ),
            SourceEntry(
                3,
                "ct-measures-2013",
                "unknown",
                "Counter-terrorism measures",
                "unsigned report",
                "early 2013",
            ),
            SourceEntry(
                4,
                "voloshin-2013",
                "Georgiy Voloshin",
                "Kazakhstan Boosts Antiterrorist Policies",
                "Central Asia-Caucasus Analyst",
                "27 August 2013",
            ),
        ),
    )


def compose_custom(catalog: Catalog, spec: CustomBriefing) -> Briefing:
    """The composed briefing ``spec`` describes, as an export makes it (checked, then each
    topic composed once and the chosen sections assembled)."""
    check_composition(catalog, spec)
    briefings = {t: compose_briefing(catalog, t) for t in spec.topics}
    return assemble_custom(catalog, spec, briefings)
