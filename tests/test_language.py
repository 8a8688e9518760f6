"""The output language is an object passed in: its words are data, and nothing reads it from a
context. A public chart builder called directly draws in its spec's language."""

from __future__ import annotations

import ast
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import pytest
from plotly.utils import PlotlyJSONEncoder
from pydantic import ValidationError

from briefkit.catalog import Catalog, CatalogError, load_catalog
from briefkit.catalog.language import Language
from briefkit.catalog.translations import translate
from briefkit.charts.alt_text import describe
from briefkit.charts.builders import (
    build_casualties_by_category,
    build_casualties_by_region,
    build_incidents_map,
    build_incidents_over_time,
    build_indicator_comparison,
    build_measures_timeline,
)
from briefkit.charts.examples import example_specs
from briefkit.charts.style import house_style
from briefkit.compose.model import ChartSpec
from briefkit.render.deck.native_charts import native_chart
from helpers.samples import DATA, english, figure_texts

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "briefkit"

Builder = Callable[[ChartSpec, Any], go.Figure]

WORDS: dict[str, tuple[Builder, tuple[str, ...]]] = {
    "incidents-over-time": (build_incidents_over_time, ("chart_incidents_axis",)),
    "casualties-by-region": (
        build_casualties_by_region,
        ("chart_people_axis", "chart_killed", "chart_wounded"),
    ),
    "casualties-by-category": (
        build_casualties_by_category,
        ("chart_people_killed", "cat_security", "cat_civilians", "cat_perpetrators"),
    ),
    "incidents-map": (
        build_incidents_map,
        ("map_russia", "map_china", "map_kyrgyzstan", "chart_marker_key"),
    ),
    "indicator-comparison": (build_indicator_comparison, ("chart_not_reported_note",)),
    "measures-timeline": (build_measures_timeline, ("chart_hollow_measures",)),
}
"""Each public builder and words of its language the example records make it print."""


@pytest.fixture(scope="module")
def ru(catalog: Catalog) -> Catalog:
    return translate(catalog, "ru").catalog


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_a_builder_called_directly_draws_in_its_specs_language(
    kind: str, catalog: Catalog, ru: Catalog
) -> None:
    build, keys = WORDS[kind]
    for mine, other in ((ru, catalog), (catalog, ru)):
        spec = next(s for s in example_specs(mine) if s.kind == kind)
        assert spec.language is mine.language
        figure = build(spec, house_style())
        drawn = figure.to_plotly_json()["data"]  # bar categories, legend names, map labels
        texts = json.dumps(drawn, ensure_ascii=False, cls=PlotlyJSONEncoder)
        texts += " ".join(figure_texts(figure))  # axis titles and notes
        for key in keys:
            assert mine.language.w(key) in texts, (mine.language.code, key)
            assert other.language.w(key) not in texts, (mine.language.code, key)


def test_russian_figures_use_russian_separators(catalog: Catalog, ru: Catalog) -> None:
    over_time = next(s for s in example_specs(ru) if s.kind == "incidents-over-time")
    assert build_incidents_over_time(over_time, house_style()).layout.separators == ",\u00a0"
    english_spec = next(s for s in example_specs(catalog) if s.kind == "incidents-over-time")
    assert build_incidents_over_time(english_spec, house_style()).layout.separators == ".,"


def test_alt_text_and_native_charts_follow_the_spec_too(catalog: Catalog, ru: Catalog) -> None:
    russian = next(s for s in example_specs(ru) if s.kind == "incidents-over-time")
    english_spec = next(s for s in example_specs(catalog) if s.kind == "incidents-over-time")
    assert "инцидент" in describe(russian) and "incident" not in describe(russian)
    assert "incidents per quarter" in describe(english_spec)
    native = native_chart(russian)
    assert native is not None and native.value_title == "Инциденты"
    native = native_chart(english_spec)
    assert native is not None and native.value_title == "Incidents"


def test_no_module_keeps_the_language_in_a_context_variable() -> None:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert all(a.name != "contextvars" for a in node.names), path
            if isinstance(node, ast.ImportFrom):
                assert node.module != "contextvars", path


def test_a_language_has_no_words_of_its_own_in_code() -> None:
    assert all(f.is_required() for f in Language.model_fields.values())
    with pytest.raises(ValidationError):
        Language(code="en")  # type: ignore[call-arg]
    with pytest.raises(KeyError, match="the English language has no word 'no_such_word'"):
        english().w("no_such_word")


def test_english_is_the_data_folders_language_yaml(catalog: Catalog) -> None:
    assert catalog.language == english()
    assert catalog.language.w("contents") == "Contents"
    assert catalog.language.code == "en"


def test_a_data_folder_without_language_yaml_uses_the_bundled_english(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "language.yaml").unlink()
    assert load_catalog(data).language == english()


def test_a_data_folders_own_english_words_are_used_and_checked(
    data_copy: Path, edit: Callable[[Path, str, str], None]
) -> None:
    edit(data_copy / "language.yaml", "  contents: Contents\n", "  contents: Table of contents\n")
    assert load_catalog(data_copy).language.w("contents") == "Table of contents"
    edit(data_copy / "language.yaml", "  agenda: Agenda\n", "")
    edit(
        data_copy / "language.yaml", "  figure: Figure\n", "  figure: Figure\n  figures: Figures\n"
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog(data_copy)
    problems = {(p.field, p.message) for p in caught.value.problems}
    # a word the folder lacks comes from the bundled data (a copy made by an older Briefkit)
    assert not any(field == "words.agenda" for field, _ in problems)
    assert ("words.figures", "is not a known document word") in problems
    assert all(p.file.endswith("language.yaml") and p.line > 0 for p in caught.value.problems)
