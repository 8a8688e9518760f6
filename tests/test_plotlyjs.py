"""The small plotly.js bundle: the right release, the right traces, the same images."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from briefkit.catalog import load_catalog
from briefkit.charts import ChartRenderer, build_figure, find_browser, house_style
from briefkit.charts import plotlyjs as plotlyjs_module
from briefkit.charts.plotlyjs import (
    BUNDLE_TRACES,
    bundle,
    covers,
    full_plotly_js,
    release,
    trace_types,
)
from briefkit.compose import compose_briefing
from briefkit.compose.model import ChartSpec
from helpers.samples import example_charts

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "plotly"
REBUILD = "rebuild it: see assets/plotly/README.md"


def bundled_topic_specs() -> list[ChartSpec]:
    catalog = load_catalog()
    specs = {c.id: c for t in catalog.topics for c in compose_briefing(catalog, t).charts}
    return list(specs.values())


def test_the_bundle_is_the_release_plotly_py_ships() -> None:
    full = full_plotly_js()
    assert full is not None and release(full), "plotly.py's plotly.min.js names its release"
    assert release(ASSETS / "plotly-briefkit.min.js") == release(full), REBUILD
    assert bundle() == ASSETS / "plotly-briefkit.min.js"


def test_the_bundle_holds_the_traces_the_code_says() -> None:
    entry = (ASSETS / "build" / "entry.js").read_text(encoding="utf-8")
    registered = set(re.findall(r"require\('plotly\.js/lib/(\w+)'\)", entry)) - {"core"}
    assert {"scatter", *registered} == BUNDLE_TRACES  # the core holds scatter
    head = (ASSETS / "plotly-briefkit.min.js").read_bytes()[:300].decode("ascii")
    assert all(name in head for name in BUNDLE_TRACES), "the header lists the traces"


@pytest.mark.parametrize("source", ["examples", "bundled topics"])
def test_every_chart_draws_only_traces_the_bundle_has(source: str) -> None:
    specs = example_charts() if source == "examples" else bundled_topic_specs()
    style = house_style()
    kinds = set()
    for spec in specs:
        types = trace_types(build_figure(spec, style).to_plotly_json())
        assert covers(types), f"{spec.kind} draws {sorted(types - BUNDLE_TRACES)}: {REBUILD}"
        kinds.add(spec.kind)
    assert len(kinds) >= 5


def test_a_bundle_of_another_release_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "assets" / "plotly"
    folder.mkdir(parents=True)
    (folder / "plotly-briefkit.min.js").write_text("/**\n* plotly.js (briefkit) v0.0.1\n*/\n")
    monkeypatch.setattr(plotlyjs_module, "bundled", lambda name: tmp_path / name)
    bundle.cache_clear()
    try:
        assert bundle() is None
        (folder / "plotly-briefkit.min.js").unlink()
        bundle.cache_clear()
        assert bundle() is None
    finally:
        bundle.cache_clear()


def test_trace_types_default_to_scatter() -> None:
    figure = {"data": [{"x": [1]}, {"type": "bar"}, {"type": "pie"}]}
    assert trace_types(figure) == {"scatter", "bar", "pie"}
    assert not covers(trace_types(figure))
    assert covers({"scatter", "bar"})


def test_a_headless_shell_is_preferred_to_the_full_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("chromium", "chromium-headless-shell"):
        exe = tmp_path / name
        exe.write_text("#!/bin/sh\n")
        exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_browser() == str(tmp_path / "chromium-headless-shell")
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "chromium"))
    assert find_browser() == str(tmp_path / "chromium"), "BROWSER_PATH still wins"


@pytest.mark.slow
def test_the_bundle_draws_every_chart_byte_for_byte_like_the_whole_plotly_js(
    tmp_path: Path,
) -> None:
    find_browser()
    specs = [*example_charts(), *bundled_topic_specs()]
    images = {}
    for small in (True, False):
        with ChartRenderer(tmp_path / str(small), small_plotly_js=small) as renderer:
            renderer.render(specs[:1])
            assert renderer._session is not None
            assert renderer._session.plotly_js == (bundle() if small else None)
            drawn = renderer.render(specs)
            assert renderer.browser_starts == 1
        images[small] = {key: Path(image.path).read_bytes() for key, image in drawn.items()}
    assert images[True].keys() == images[False].keys()
    different = [key for key in images[True] if images[True][key] != images[False][key]]
    assert not different, f"charts drawn differently by the bundle: {different}"


@pytest.mark.slow
def test_a_figure_the_bundle_cannot_draw_gets_the_whole_plotly_js(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import plotly.graph_objects as go

    from briefkit.charts import builders

    find_browser()
    pie_spec, bar_spec = example_charts()[2], example_charts()[1]

    def pie(spec: ChartSpec, style: object) -> go.Figure:
        return go.Figure(go.Pie(labels=["a", "b"], values=[2, 3]))

    monkeypatch.setitem(builders.BUILDERS, pie_spec.kind, pie)  # type: ignore[index]
    with ChartRenderer(tmp_path) as renderer:
        images = renderer.render([bar_spec, pie_spec])
        assert renderer.browser_starts == 2, "restarted once, for the pie"
        assert renderer._session is not None and renderer._session.plotly_js is None
        renderer.render([*example_charts()[3:5]])
        assert renderer.browser_starts == 2, "and kept for the rest of the job"
    assert renderer.drawn == 4
    assert Path(images[pie_spec.id].path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
