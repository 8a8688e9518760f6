"""A Russian briefing carries no English, except the Sources list's printed titles and names.

Every topic is exported in Russian as report, deck (both chart modes) and handout, and every text
of the files is read back (body, tables, speaker notes, native charts and their workbooks, alt
text, core properties) and searched for Latin letters; the charts' pictures are checked through
the figures they are drawn from. The only Latin allowed is the Sources list's references (real
titles, authors and journals of English-language sources, in the list and in the notes) and the
few names below.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from briefkit.catalog import Catalog
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.export import ExportRequest, run_export
from briefkit.options import ChartMode, ExportOptions, Format
from helpers.office_texts import figure_texts, package_texts, source_references
from helpers.samples import BUNDLED_TOPICS

pytestmark = pytest.mark.slow

ALLOWED = (
    "Nurlan Ekmembaev",  # the minister's name as the source spells it, marked as such
    "Counter-terror.kz",  # a website's address
)
"""Latin text a Russian briefing may hold outside the Sources list's references."""


_LATIN = re.compile(r"[A-Za-z]")


def _english_left(text: str, references: list[str]) -> str:
    for allowed in (*references, *ALLOWED):
        text = text.replace(allowed, " ")
    return text if _LATIN.search(text) else ""


@pytest.fixture(scope="module")
def ru(catalog: Catalog) -> Catalog:
    return translate(catalog, "ru").catalog


@pytest.fixture(scope="module")
def references(ru: Catalog) -> list[str]:
    """Every source's reference line as the Russian Sources list prints it."""
    return source_references(ru)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    out = tmp_path_factory.mktemp("ru")
    native = out / "native"
    cache = tmp_path_factory.mktemp("cache")
    for options, folder in (
        (ExportOptions(formats=(Format.DOCX, Format.PPTX, Format.HANDOUT), lang="ru"), out),
        (ExportOptions(formats=(Format.PPTX,), chart_mode=ChartMode.NATIVE, lang="ru"), native),
    ):
        request = ExportRequest(
            BUNDLED_TOPICS, options, folder, cache_dir=cache, issued=dt.date(2024, 3, 1)
        )
        run_export(request)
    return out


def test_every_russian_file_is_russian_outside_the_sources_references(
    exported: Path, references: list[str]
) -> None:
    files = sorted(exported.rglob("*.docx")) + sorted(exported.rglob("*.pptx"))
    assert len(files) == 4 * len(BUNDLED_TOPICS)
    english = [
        f"{where}: {text!r}"
        for path in files
        for where, text in package_texts(path.read_bytes(), str(path.relative_to(exported)))
        if _english_left(text, references)
    ]
    assert english == [], "\n".join(english[:40])
    seen = " ".join(
        text for path in files for _, text in package_texts(path.read_bytes(), path.name)
    )
    assert "Зенн" in seen and "«Чёрный июнь 2016»" in seen
    assert "Jacob Zenn" in seen  # the real author's name, in the Sources list


def test_the_russian_charts_show_no_english(ru: Catalog) -> None:
    from briefkit.charts import build_figure
    from briefkit.charts.style import house_style

    style = house_style()
    english = []
    for topic in BUNDLED_TOPICS:
        for spec in compose_briefing(ru, topic, issued=dt.date(2024, 3, 1)).charts:
            figure = build_figure(spec, style).to_plotly_json()
            english += [f"{spec.id}: {t!r}" for t in figure_texts(figure) if _english_left(t, [])]
    assert english == [], "\n".join(english[:40])


def test_the_scan_finds_english(references: list[str]) -> None:
    """The check itself: English prose or an English short name is caught, a reference is not."""
    assert _english_left("по данным статьи «Kazakhstan: unknown terrorism»", references)
    assert _english_left("как отмечает Zenn", references)
    assert not _english_left(f"[3] {references[-1]} Описательный.", references)
