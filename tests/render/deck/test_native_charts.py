"""Native (editable) charts in the deck: ``render_deck(..., chart_mode=ChartMode.NATIVE)``.

Every bundled topic is composed from the real catalog and rendered with native charts, then
reopened with python-pptx: the charts of the kinds PowerPoint can draw are real charts holding
the numbers of ``briefkit.charts.summaries``; the others are still pictures. One slow test
converts a native deck with LibreOffice and counts the PDF pages.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE_TYPE

from briefkit.charts.alt_text import describe
from briefkit.charts.summaries import (
    casualties_by_category,
    casualties_by_region,
    incidents_over_time,
    indicator_groups,
    label_for,
    period_label,
    region_bars,
)
from briefkit.compose.model import Briefing, ChartImage, ChartSpec
from briefkit.options import ChartMode
from briefkit.render.deck.native_charts import NATIVE_KINDS, native_chart
from briefkit.render.deck.writer import render_deck
from helpers.documents import (
    DECK_TEMPLATE,
    assert_within_slides,
    make_png,
    notes_of,
    pdf_pages,
    slides_with_layout,
    soffice,
)
from helpers.samples import BUNDLED_TOPICS

TOPICS = BUNDLED_TOPICS
EXPECTED_TYPE = {
    "incidents-over-time": XL_CHART_TYPE.COLUMN_STACKED,
    "casualties-by-region": XL_CHART_TYPE.BAR_CLUSTERED,
    "casualties-by-category": XL_CHART_TYPE.BAR_CLUSTERED,
    "indicator-comparison": XL_CHART_TYPE.COLUMN_CLUSTERED,
}


def images_for(briefing: Briefing, png: Path) -> dict[str, ChartImage]:
    return {c.id: ChartImage(str(png), 2000, 1120, describe(c)) for c in briefing.charts}


@pytest.fixture(scope="module")
def briefings(catalog: Any) -> dict[str, Briefing]:
    from briefkit.compose import compose_briefing

    return {t: compose_briefing(catalog, t) for t in TOPICS}


@pytest.fixture(scope="module")
def png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_png(tmp_path_factory.mktemp("charts") / "chart.png")


@pytest.fixture(scope="module")
def deck_paths(
    briefings: dict[str, Briefing], png: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("native")
    paths = {}
    for topic, briefing in briefings.items():
        path = out / f"{topic}.pptx"
        warnings = render_deck(
            briefing, images_for(briefing, png), DECK_TEMPLATE, path, chart_mode=ChartMode.NATIVE
        )
        assert warnings == []
        paths[topic] = path
    return paths


@pytest.fixture(scope="module")
def decks(deck_paths: dict[str, Path]) -> dict[str, Any]:
    return {topic: Presentation(str(path)) for topic, path in deck_paths.items()}


def chart_slides(deck: Any, briefing: Briefing) -> list[tuple[Any, ChartSpec]]:
    slides = slides_with_layout(deck, "Chart")
    assert len(slides) == len(briefing.charts)
    return list(zip(slides, briefing.charts, strict=True))


def native_chart_of(slide: Any) -> Any:
    charts = [s for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    return charts[0]


def series_of(chart: Any) -> dict[str, tuple[float | None, ...]]:
    return {s.name: tuple(s.values) for s in chart.plots[0].series}


def descr(shape: Any) -> str:
    found = shape._element.xpath("./*[1]/p:cNvPr/@descr")
    return str(found[0]) if found else ""


# --- every kind -------------------------------------------------------------------------------


def test_native_kinds_are_charts_and_the_others_pictures(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    kinds_seen = set()
    for topic, deck in decks.items():
        for slide, spec in chart_slides(deck, briefings[topic]):
            kinds_seen.add(spec.kind)
            pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PLACEHOLDER]
            pictures = [s for s in pictures if s._element.xpath("./p:blipFill")]
            if spec.kind in NATIVE_KINDS:
                frame = native_chart_of(slide)
                assert frame.chart.chart_type == EXPECTED_TYPE[spec.kind], (topic, spec.kind)
                assert pictures == [], (topic, spec.kind)
                # The data travels with the chart: PowerPoint's Edit Data opens this workbook.
                assert frame.chart.part.chart_workbook.xlsx_part is not None
            else:
                assert not any(s.has_chart for s in slide.shapes), (topic, spec.kind)
                assert len(pictures) == 1, (topic, spec.kind)
    assert kinds_seen >= NATIVE_KINDS
    assert {"incidents-map", "measures-timeline"} <= kinds_seen


def test_the_chart_takes_the_picture_placeholders_place(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    deck = decks["wave-2011-2012"]
    layout = slides_with_layout(deck, "Chart")[0].slide_layout
    picture_ph = next(ph for ph in layout.placeholders if "Picture" in ph.name)
    for slide, spec in chart_slides(deck, briefings["wave-2011-2012"]):
        if spec.kind not in NATIVE_KINDS:
            continue
        frame = native_chart_of(slide)
        box = (frame.left, frame.top, frame.width, frame.height)
        assert box == (picture_ph.left, picture_ph.top, picture_ph.width, picture_ph.height)
        # No empty picture placeholder is left behind.
        assert not [s for s in slide.shapes if s.is_placeholder and "Picture" in s.name]
        chart = frame.chart
        assert chart.has_legend == (spec.kind != "casualties-by-category")
        if chart.has_legend:
            assert chart.legend.position == XL_LEGEND_POSITION.BOTTOM


def test_every_chart_and_picture_has_alt_text(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    for topic, deck in decks.items():
        for n, slide in enumerate(deck.slides, 1):
            for shape in slide.shapes:
                if shape.has_chart or shape._element.xpath("./p:blipFill"):
                    assert descr(shape).strip(), (topic, n, shape.name)
        for slide, spec in chart_slides(deck, briefings[topic]):
            if spec.kind in NATIVE_KINDS:
                assert descr(native_chart_of(slide)) == describe(spec)


def test_every_shape_is_on_the_slide(decks: dict[str, Any]) -> None:
    for deck in decks.values():
        assert_within_slides(deck)


# --- the numbers ------------------------------------------------------------------------------


def find(decks: dict[str, Any], briefings: dict[str, Briefing], topic: str, kind: str) -> Any:
    for slide, spec in chart_slides(decks[topic], briefings[topic]):
        if spec.kind == kind:
            return native_chart_of(slide).chart, spec
    raise AssertionError(f"no {kind} chart in {topic}")


def test_casualties_by_category_holds_the_aggregation(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    chart, spec = find(decks, briefings, "wave-2011-2012", "casualties-by-category")
    cats = casualties_by_category(spec.incidents)
    labels = [label for _, label in cats.labelled(spec.language)]
    assert list(chart.plots[0].categories) == labels
    (values,) = series_of(chart).values()
    assert values == tuple(float(cats.value(name)) for name in cats.CATEGORIES)
    assert values == (24.0, 4.0, 37.0, 7.0)  # the wave's dead, as the data records them
    assert sum(values) == cats.total


def test_casualties_by_region_holds_the_aggregation(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    chart, spec = find(decks, briefings, "wave-2011-2012", "casualties-by-region")
    drawn, _ = region_bars(spec.language, casualties_by_region(spec.incidents))
    assert list(chart.plots[0].categories) == [r.region for r in drawn]
    assert series_of(chart) == {
        "Killed": tuple(float(r.killed.known) for r in drawn),
        "Wounded": tuple(float(r.wounded.known) for r in drawn),
    }
    assert chart.category_axis.reverse_order  # the hardest-hit region on top
    # A count some incidents did not report is labelled as the picture labels it.
    xml = chart.part.blob.decode()
    assert "≥34" in xml and "unknown" in xml


@pytest.mark.parametrize("topic", ["wave-2011-2012", "aktobe-2016"])
def test_incidents_over_time_holds_the_aggregation(
    topic: str, decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    chart, spec = find(decks, briefings, topic, "incidents-over-time")
    timeline = incidents_over_time(spec.incidents)
    assert list(chart.plots[0].categories) == [b.label(spec.language) for b in timeline.bins]
    assert series_of(chart) == {
        label_for(code, spec.labels): tuple(float(v) for v in timeline.counts[code])
        for code in timeline.types
    }


def test_indicator_comparison_holds_the_aggregation(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    chart, spec = find(decks, briefings, "extremist-groups", "indicator-comparison")
    groups = indicator_groups(spec.indicators)
    assert list(chart.plots[0].categories) == [g.label for g in groups]
    assert series_of(chart) == {
        period_label(spec.language, p): tuple(
            next(i.value for i in g.values if i.period == p) for g in groups
        )
        for p in ("2008", "2012")
    }
    assert "almost 170" in chart.part.blob.decode()  # labelled as the source states it


def test_indicators_in_different_units_stay_a_picture(briefings: dict[str, Briefing]) -> None:
    spec = next(c for c in briefings["extremist-groups"].charts if c.indicators)
    first, *rest = spec.indicators
    mixed = dataclasses.replace(spec, indicators=(first.model_copy(update={"unit": "usd"}), *rest))
    assert native_chart(mixed) is None
    assert native_chart(spec) is not None


# --- the option -------------------------------------------------------------------------------


def test_pictures_stay_the_default(briefings: dict[str, Briefing], png: Path) -> None:
    import io

    briefing = briefings["wave-2011-2012"]
    out = io.BytesIO()
    render_deck(briefing, images_for(briefing, png), DECK_TEMPLATE, out)
    deck = Presentation(io.BytesIO(out.getvalue()))
    assert not any(s.has_chart for slide in deck.slides for s in slide.shapes)


def test_an_unknown_chart_mode_is_refused(briefings: dict[str, Briefing], png: Path) -> None:
    import io

    with pytest.raises(ValueError, match="native"):
        render_deck(briefings["aktobe-2016"], {}, DECK_TEMPLATE, io.BytesIO(), "excel")


def test_native_charts_need_no_plotly() -> None:
    code = (
        "import sys, briefkit.render.deck.native_charts, briefkit.render.deck.writer; "
        "sys.exit(1 if any(m.split('.')[0] in ('plotly', 'kaleido') for m in sys.modules) else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


# --- LibreOffice ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_every_slide_of_a_native_deck(
    deck_paths: dict[str, Path], tmp_path: Path
) -> None:
    deck_path = deck_paths["wave-2011-2012"]
    from briefkit.render.office.pdf import convert_to_pdf

    convert_to_pdf([deck_path], tmp_path, timeout=180)
    pdf = tmp_path / "wave-2011-2012.pdf"
    assert pdf.is_file()
    assert pdf_pages(pdf) == len(Presentation(str(deck_path)).slides)


def test_the_pictures_notes_go_to_the_speaker_notes(
    decks: dict[str, Any], briefings: dict[str, Briefing]
) -> None:
    for slide, spec in chart_slides(decks["wave-2011-2012"], briefings["wave-2011-2012"]):
        if spec.kind == "casualties-by-region":
            assert "did not report the count" in notes_of(slide)


def test_a_native_deck_renders_to_the_same_bytes_every_time(
    briefings: dict[str, Briefing], png: Path, deck_paths: dict[str, Path], tmp_path: Path
) -> None:
    """The charts' workbooks are dated with the briefing's issue date, not the clock, so a
    repeat render is the same document (the document cache relies on it)."""
    briefing = briefings["aktobe-2016"]
    again = tmp_path / "again.pptx"
    time.sleep(1.1)  # the workbook's date has whole seconds: "now" would have moved on
    render_deck(briefing, images_for(briefing, png), DECK_TEMPLATE, again, ChartMode.NATIVE)
    with zipfile.ZipFile(deck_paths["aktobe-2016"]) as first, zipfile.ZipFile(again) as second:
        assert first.namelist() == second.namelist()
        workbooks = [n for n in first.namelist() if n.endswith(".xlsx")]
        assert workbooks, "the native charts embed their data"
        for name in first.namelist():
            assert first.read(name) == second.read(name), name
        with zipfile.ZipFile(io.BytesIO(first.read(workbooks[0]))) as workbook:
            core = workbook.read("docProps/core.xml").decode()
    assert f">{briefing.issued.isoformat()}T00:00:00Z<" in core


def test_axis_ids_are_unsigned_and_each_axis_crosses_the_other(
    deck_paths: dict[str, Path],
) -> None:
    """The schema types c:axId and c:crossAx as unsigned ints (python-pptx's bar charts carry
    negative ones): every chart part has two distinct non-negative ids that cross each other."""
    seen = 0
    for path in deck_paths.values():
        with zipfile.ZipFile(path) as package:
            for name in package.namelist():
                if not name.startswith("ppt/charts/chart"):
                    continue
                xml = package.read(name).decode()
                ids = [int(v) for v in re.findall(r'<c:axId val="(-?\d+)"', xml)]
                crossing = [int(v) for v in re.findall(r'<c:crossAx val="(-?\d+)"', xml)]
                assert all(0 <= v < 2**32 for v in ids + crossing), (path.name, name, ids)
                assert len(set(ids)) == 2 and set(crossing) == set(ids), (name, ids, crossing)
                seen += 1
    assert seen >= len(deck_paths)
