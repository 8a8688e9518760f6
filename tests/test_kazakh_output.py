"""Kazakh briefings: dates year first ("2016 жылғы 5 маусым"), numbers with a no-break space
and a decimal comma, in text, tables, charts and native charts; and every Kazakh letter drawn
in the template's own fonts (no glyph missing, no fallback font) in the PDF of every kind of
document, in both bundled templates, and in the charts' pictures.

The data is the bundled Kazakh translation once it is complete, else a stand-in
(``helpers/kazakh.py``) with Kazakh conventions and words holding every Kazakh letter.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.export import ExportRequest, run_export
from briefkit.options import ChartMode, ExportOptions, Format
from helpers.kazakh import KAZAKH_LETTERS, MONTHS, kazakh_data
from helpers.samples import DATA

TOPICS = ("aktobe-2016", "legal-reforms")
"""A topic with dated incidents (a table, a chart by month) and one with measures (a
timeline chart with month ticks) and large sums."""
ISSUED = dt.date(2024, 3, 1)
TEMPLATES = DATA.parent / "templates"
NBSP = "\u00a0"
MONTH_FIRST = re.compile(
    rf"(?<!\w)(?:{'|'.join(MONTHS)}|{'|'.join(m[:3] for m in MONTHS)})\s+\d{{4}}"
)
"""A Kazakh month before its year: the English order, not the Kazakh one."""


@pytest.fixture(scope="module")
def kk_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kazakh_data(tmp_path_factory.mktemp("kk") / "data")


@pytest.fixture(scope="module")
def kk(kk_data: Path) -> Catalog:
    translation = translate(load_catalog(kk_data), "kk")
    assert translation.problems == ()
    return translation.catalog


@pytest.fixture(scope="module")
def exported(kk_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    out = tmp_path_factory.mktemp("kk-out")
    cache = tmp_path_factory.mktemp("cache")
    every = (Format.DOCX, Format.PPTX, Format.HANDOUT, Format.NOTE)
    ministry = {
        "template_docx": TEMPLATES / "ministry-report.docx",
        "template_pptx": TEMPLATES / "ministry-deck.pptx",
    }
    for options, folder in (
        (ExportOptions(formats=every, lang="kk"), "bundled"),
        (ExportOptions(formats=(Format.PPTX,), chart_mode=ChartMode.NATIVE, lang="kk"), "native"),
        (ExportOptions(formats=every, lang="kk", **ministry), "ministry"),  # type: ignore[arg-type]
    ):
        request = ExportRequest(
            TOPICS, options, out / folder, data_dir=kk_data, cache_dir=cache, issued=ISSUED
        )
        run_export(request)
    return out


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _xml_texts(path: Path, pattern: str) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(
            z.read(n).decode("utf-8") for n in z.namelist() if re.fullmatch(pattern, n)
        )


def test_dates_are_year_first_with_kazakh_months(kk: Catalog) -> None:
    from briefkit.catalog.records import DatePrecision
    from briefkit.compose.wording import date_label, period_label, period_text

    lang = kk.language
    assert date_label(lang, dt.date(2016, 6, 5), DatePrecision.DAY) == "2016 жылғы 5 маусым"
    assert date_label(lang, dt.date(2011, 7, 1), DatePrecision.MONTH) == "2011 жылғы шілде"
    assert (
        period_label(lang, dt.date(2011, 5, 1), dt.date(2017, 12, 31))
        == "2011 жылғы мамыр – 2017 жылғы желтоқсан"
    )
    assert period_text(lang, "2011/2012") == f"2011–2012{NBSP}жылдары"
    assert lang.number(400000) == f"400{NBSP}000" and lang.number(2.5) == "2,5"
    assert lang.short_period("мау", 2016) == f"2016{NBSP}ж. мау"
    assert lang.short_period("мау", 2016, lines=True) == f"2016{NBSP}ж.<br>мау"
    english = load_catalog(DATA).language
    assert english.short_period("Jun", 2016, lines=True) == "Jun<br>2016"  # as before


def test_charts_write_dates_and_numbers_the_kazakh_way(kk: Catalog) -> None:
    from briefkit.charts import build_figure
    from briefkit.charts.style import house_style

    texts: list[str] = []
    for topic in kk.topics:
        for spec in compose_briefing(kk, topic, issued=ISSUED).charts:
            figure = build_figure(spec, house_style()).to_plotly_json()
            assert figure["layout"]["separators"] == "," + NBSP
            for axis in ("xaxis", "yaxis"):
                texts += map(str, figure["layout"].get(axis, {}).get("ticktext", ()))
            for trace in figure["data"]:
                texts += [str(x) for x in trace.get("x", ()) if isinstance(x, str)]
    months = [t for t in texts if any(m[:3] in t for m in MONTHS)]
    assert months, texts  # month ticks or labels are there to test
    assert not [t for t in texts if MONTH_FIRST.search(t.replace("<br>", " "))], months
    dated = [t for t in months if re.search(r"\d{4}", t)]  # the others are months alone
    assert dated and all(re.match(r"\d{4}\u00a0ж\.", t) for t in dated), dated


@pytest.mark.slow
def test_kazakh_documents_write_dates_and_numbers_the_kazakh_way(exported: Path) -> None:
    report = _docx_text(exported / "bundled" / "aktobe-2016-kk.docx")
    assert "2016 жылғы 5 маусым" in report  # the incident table and timeline
    assert "2011 жылғы мамыр – 2017 жылғы желтоқсан" in report  # period covered
    assert "2024 жылғы 1 наурыз" in report  # date of issue
    deck = _xml_texts(exported / "bundled" / "aktobe-2016-kk.pptx", r"ppt/slides/slide\d+\.xml")
    assert "2016 жылғы 5 маусым" in deck
    for path in sorted(exported.rglob("*.docx")) + sorted(exported.rglob("*.pptx")):
        text = _xml_texts(path, r"(word/document|ppt/(slides|notesSlides|charts)/[^/]+)\.xml")
        # a source's name, «Қара маусым 2016» or [Қара маусым 2016 (...)], is no date
        text = re.sub(r"«[^»]*»|\[[^\]]*\]", " ", re.sub(r"<[^>]+>", "|", text))
        assert not MONTH_FIRST.search(text), (path.name, MONTH_FIRST.search(text))
    native = _xml_texts(exported / "native" / "legal-reforms-kk.pptx", r"ppt/charts/chart\d+\.xml")
    codes = set(re.findall(r'formatCode="([^"]*)"', native))
    assert codes and all(f"&quot;{NBSP}&quot;" in c or NBSP in c for c in codes), codes


KAZAKH_CODES = " ".join(f"{ord(c):x}" for c in KAZAKH_LETTERS)
FONT_FAMILIES = ("LiberationSans", "LiberationSerif")
"""What the bundled templates' fonts (Arial, Times New Roman) are drawn with here."""


def _fonts(pdf: Path) -> set[str]:
    """The fonts a PDF draws with, without their subset prefixes ("LiberationSans-Bold")."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return {line.split()[0].split("+")[-1] for line in listing.stdout.splitlines()[2:]}


def _covers_kazakh(postscript_name: str) -> bool:
    """Whether the installed font of that PostScript name has every Kazakh letter."""
    query = f":postscriptname={postscript_name}:charset={KAZAKH_CODES}"
    found = subprocess.run(["fc-list", query, "file"], capture_output=True, text=True)
    return bool(found.stdout.strip())


@pytest.mark.slow
def test_every_kazakh_document_draws_every_letter_in_the_template_fonts(
    exported: Path, tmp_path: Path
) -> None:
    from briefkit.render.office.pdf import convert_to_pdf, find_soffice, page_texts

    if find_soffice() is None or not shutil.which("pdffonts") or not shutil.which("fc-list"):
        pytest.skip("needs LibreOffice, poppler-utils and fontconfig")
    files = [p for d in ("bundled", "ministry") for p in sorted((exported / d).glob("*.*x"))]
    assert len(files) == 2 * 4 * len(TOPICS)
    checked = 0
    for n, path in enumerate(files):
        folder = tmp_path / f"{n}"  # a report and a deck share a base name
        folder.mkdir()
        [pdf] = convert_to_pdf([path], folder)
        fonts = _fonts(pdf)
        assert fonts and all(f.startswith(FONT_FAMILIES) for f in fonts), (path, fonts)
        assert all(_covers_kazakh(f) for f in fonts), (path, fonts)
        pages = page_texts(pdf)
        assert pages is not None
        text = "".join("".join(page.split()) for page in pages)
        assert KAZAKH_LETTERS in text, path
        checked += 1
    assert checked == len(files)


@pytest.mark.slow
def test_the_charts_draw_kazakh_in_their_own_font(kk: Catalog, tmp_path: Path) -> None:
    """Chromium draws the chart pictures: with the house style's fonts (and a template's,
    through its font stack) every Kazakh letter comes from one font that has it."""
    import plotly.graph_objects as go
    import plotly.io as pio

    from briefkit.charts.style import FONT_FAMILY
    from briefkit.charts.themed import font_stack

    if not shutil.which("pdffonts") or not shutil.which("fc-list"):
        pytest.skip("needs poppler-utils and fontconfig")
    for n, family in enumerate((FONT_FAMILY, font_stack("Times New Roman"), font_stack("Calibri"))):
        figure = go.Figure(layout={"title": {"text": f"{KAZAKH_LETTERS} 2016{NBSP}ж. мау"}})
        figure.update_layout(font={"family": family})
        pdf = tmp_path / f"chart{n}.pdf"
        try:
            pdf.write_bytes(pio.to_image(figure, format="pdf", width=600, height=300))
        except Exception as exc:  # no browser for kaleido here
            pytest.skip(f"kaleido cannot draw: {exc}")
        fonts = _fonts(pdf)
        assert len(fonts) == 1 and all(_covers_kazakh(f) for f in fonts), (family, fonts)


def test_native_charts_and_large_axes_write_numbers_the_language_s_way(kk: Catalog) -> None:
    from briefkit.charts.figures.indicators import _large_ticks
    from briefkit.render.deck.native_charts import NUMBER_FORMAT, number_format

    english = load_catalog(DATA).language
    assert number_format(english) == NUMBER_FORMAT == "#,##0"  # as before
    code = number_format(kk.language)
    assert code == f'[>=1000000]#"{NBSP}"###"{NBSP}"##0;[>=1000]#"{NBSP}"##0;0'
    ticks = _large_ticks(kk.language, 1.6e9)
    assert ticks["ticktext"] == ["0", "500 млн", "1 млрд", "1,5 млрд"]
    assert _large_ticks(english, 1.6e9)["ticktext"] == ["0", "500 million", "1 bn", "1.5 bn"]
