"""Output languages: translations loaded and checked, documents and charts wholly in Russian.

The bundle-wide tests run over every topic in ``data/translations/ru/topics/``; the kk test
builds a tiny language folder (and topic) in a copy of the data to show that a new language is
data only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.records import DatePrecision
from briefkit.catalog.translations import translate
from briefkit.charts import build_figure
from briefkit.charts.alt_text import describe
from briefkit.charts.style import house_style
from briefkit.cli import cli
from briefkit.compose import compose_briefing
from briefkit.compose.model import Briefing, ChartImage
from briefkit.compose.wording import count, date_label, figure_value, period_label
from briefkit.export import ExportError, ExportRequest, run_export
from briefkit.options import ChartMode, ExportOptions, Format
from briefkit.render.deck.native_charts import add_native_chart, native_chart
from briefkit.render.deck.writer import render_deck
from briefkit.render.report.writer import render_report
from helpers.documents import make_png
from helpers.kazakh import MONTHS
from helpers.latin import MARKING, RU_TOPICS, allowed_words, latin_words
from helpers.samples import DATA, figure_texts


@pytest.fixture(scope="module")
def ru(catalog: Catalog) -> Catalog:
    translation = translate(catalog, "ru")
    assert translation.problems == (), "\n".join(map(str, translation.problems))
    return translation.catalog


def _docx_texts(path: Path) -> Iterator[str]:
    doc = Document(str(path))
    yield from (p.text for p in doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            yield from (c.text for c in row.cells)
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_footer):
            yield from (p.text for p in part.paragraphs)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    yield from re.findall(r'descr="([^"]*)"', xml)  # alt text of pictures
    yield from re.findall(r'<w:tblCaption w:val="([^"]*)"', xml)


def _pptx_texts(path: Path) -> Iterator[str]:
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                yield shape.text_frame.text
            if shape.has_table:
                for row in shape.table.rows:
                    yield from (c.text for c in row.cells)
            if shape.has_chart:
                chart = shape.chart
                yield from (str(c) for c in chart.plots[0].categories)
                yield from (s.name for plot in chart.plots for s in plot.series)
            yield from shape._element.xpath(".//p:cNvPr/@descr")
        if slide.has_notes_slide:
            yield slide.notes_slide.notes_text_frame.text


def _images(briefing: Briefing, png: Path) -> dict[str, ChartImage]:
    return {c.id: ChartImage(str(png), 2000, 1120, describe(c)) for c in briefing.charts}


@pytest.mark.parametrize("topic_id", RU_TOPICS)
def test_bundled_topic_in_russian_has_no_english_left(
    topic_id: str, ru: Catalog, tmp_path: Path
) -> None:
    briefing = compose_briefing(ru, topic_id, issued=dt.date(2024, 3, 1), marking=MARKING)
    png = make_png(tmp_path / "chart.png")
    report, deck = tmp_path / "r.docx", tmp_path / "d.pptx"
    render_report(briefing, _images(briefing, png), DATA.parent / "templates/report.docx", report)
    render_deck(briefing, _images(briefing, png), DATA.parent / "templates/deck.pptx", deck)
    allowed = allowed_words(ru)
    assert latin_words(_docx_texts(report), allowed) == {}
    assert latin_words(_pptx_texts(deck), allowed) == {}
    native = tmp_path / "native.pptx"
    deck_template = DATA.parent / "templates/deck.pptx"
    render_deck(briefing, _images(briefing, png), deck_template, native, ChartMode.NATIVE)
    assert latin_words(_pptx_texts(native), allowed) == {}
    for spec in briefing.charts:
        texts = [spec.title, spec.headline, spec.caption, describe(spec)]
        texts += figure_texts(build_figure(spec, house_style()))
        assert latin_words(iter(texts), allowed) == {}, spec.id
    assert "Рисунок 1" in "\n".join(_docx_texts(report))
    assert any(t.strip() == "Источники" for t in _docx_texts(report))


def test_russian_dates_and_numbers(ru: Catalog) -> None:
    briefing = compose_briefing(ru, "aktobe-2016", issued=dt.date(2016, 6, 5))
    assert briefing.issued_label == "5 июня 2016\u00a0г."
    assert briefing.language.w("sources") == "Источники"
    assert briefing.language.w("figure") == "Рисунок"
    assert briefing.period_label.endswith("г.") and "–" in briefing.period_label
    lang = ru.language
    assert date_label(lang, dt.date(2016, 6, 5), DatePrecision.MONTH) == "июнь 2016\u00a0г."
    assert date_label(lang, dt.date(2013, 5, 1), DatePrecision.BY) == "не позднее мая 2013\u00a0г."
    quarter = date_label(lang, dt.date(2011, 8, 1), DatePrecision.QUARTER)
    assert quarter == "июль–сентябрь 2011\u00a0г."
    assert count(lang, 400000) == "400\u00a0000"
    assert period_label(lang, dt.date(2011, 5, 1), dt.date(2017, 12, 1)) == (
        "май 2011\u00a0г. – декабрь 2017\u00a0г."
    )
    usd = next(i for i in ru.indicators.values() if i.unit == "usd" and i.value)
    assert "," in figure_value(lang, usd) or float(usd.value or 0) < 1e9
    assert lang.number(1.3) == "1,3"
    assert [lang.count_noun(n, "incident") for n in (1, 3, 5, 21, 12)] == [
        "1 инцидент",
        "3 инцидента",
        "5 инцидентов",
        "21 инцидент",
        "12 инцидентов",
    ]


def test_russian_charts_use_russian_separators_and_words(ru: Catalog) -> None:
    briefing = compose_briefing(ru, "aktobe-2016", issued=dt.date(2024, 3, 1))
    spec = next(c for c in briefing.charts if c.kind == "incidents-over-time")
    figure = build_figure(spec, house_style())
    assert figure.layout.separators == ",\u00a0"
    assert figure.layout.yaxis.title.text == "Инциденты"
    native = native_chart(spec)
    assert native is not None and native.value_title == "Инциденты"
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = add_native_chart(slide.shapes, spec, native, (0, 0, 6000000, 3000000))
    assert frame._element.xpath(".//p:cNvPr/@name")[0].startswith("Диаграмма: ")


def test_sources_keep_printed_titles_and_translate_descriptive_ones(
    catalog: Catalog, ru: Catalog
) -> None:
    entries = [
        entry
        for topic in ru.topics
        for entry in compose_briefing(ru, topic, issued=dt.date(2024, 3, 1)).sources
    ]
    english = catalog.sources
    assert {e.id for e in entries} == set(english)
    for entry in entries:
        source = english[entry.id]
        if source.descriptive_title:
            assert entry.title != source.title and not re.search("[A-Za-z]", entry.title)
            assert f"[{entry.title}]" in entry.reference
        else:
            assert entry.title == source.title
            assert f"«{entry.title}»" in entry.reference
    assert ru.sources["zenn-2013"].short == "Зенн"
    assert ru.sources["zenn-2013"].author == "Jacob Zenn"


def test_chart_cache_key_changes_with_the_language(catalog: Catalog, ru: Catalog) -> None:
    from briefkit.charts.renderer import ChartRenderer

    en = compose_briefing(catalog, "aktobe-2016", issued=dt.date(2024, 3, 1)).charts[0]
    other = compose_briefing(ru, "aktobe-2016", issued=dt.date(2024, 3, 1)).charts[0]
    renderer = ChartRenderer(Path("/nonexistent-cache"))
    assert renderer.spec_key(en) != renderer.spec_key(other)


# --- incomplete translations --------------------------------------------------------------


def _drop_summary(data: Path, incident_id: str) -> None:
    path = data / "translations/ru/incidents.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"{incident_id}:")
    del lines[start + 1]
    assert lines[start + 1].startswith("  ") or not lines[start + 1].startswith("  summary")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_check_names_the_missing_string_and_its_topic(data_copy: Path, edit: Any) -> None:
    edit(
        data_copy / "translations/ru/incidents.yaml",
        "\naktobe-attacks-2016-06-05:\n  summary:",
        "\naktobe-attacks-2016-06-05:\n  summmary:",
    )
    result = CliRunner().invoke(cli, ["check", "--data", str(data_copy), "--lang", "ru"])
    assert result.exit_code != 0
    assert re.search(
        r"translations/ru/incidents\.yaml:\d+: aktobe-attacks-2016-06-05\.summary: "
        r"translation missing \(English: \"",
        result.output,
    ), result.output
    assert "translation ru: aktobe-2016: " in result.output
    assert "translation ru: aktobe-2016: complete" not in result.output
    assert "translation ru: legal-reforms: complete" in result.output


def test_check_reports_a_topic_whose_structure_differs(data_copy: Path, edit: Any) -> None:
    topic = data_copy / "translations/ru/topics/aktobe-2016.yaml"
    text = topic.read_text(encoding="utf-8")
    cite = re.search(r"\[@([a-z0-9-]+)\]", text)
    assert cite is not None
    topic.write_text(text.replace(cite.group(0), "", 1), encoding="utf-8")
    edit(topic, "chart: incidents-over-time", "chart: casualties-by-region")
    translation = translate(load_catalog(data_copy), "ru")
    messages = [str(p) for p in translation.problems_for(["aktobe-2016"])]
    assert any("the English cites" in m and cite.group(1) in m for m in messages), messages
    assert any(
        "'casualties-by-region' but the English has 'incidents-over-time'" in m for m in messages
    ), messages
    assert translation.problems_for(["legal-reforms"]) == ()


def test_export_refuses_an_incomplete_language_and_writes_nothing(
    data_copy: Path, edit: Any, tmp_path: Path
) -> None:
    (data_copy / "translations/ru/places.yaml").write_text(
        (data_copy / "translations/ru/places.yaml")
        .read_text(encoding="utf-8")
        .replace("\nAktobe: Актобе\n", "\n"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    options = ExportOptions(formats=(Format.DOCX,), lang="ru")
    request = ExportRequest(
        topics=("aktobe-2016",), options=options, out_dir=out, data_dir=data_copy
    )
    with pytest.raises(ExportError) as info:
        run_export(request)
    message = str(info.value)
    assert "'ru' translation of aktobe-2016 is incomplete" in message
    assert 'add "Aktobe: <translation>"' in message
    assert not out.exists() or not any(out.iterdir())


def test_export_refuses_an_unknown_language(tmp_path: Path) -> None:
    options = ExportOptions(formats=(Format.DOCX,), lang="de")
    request = ExportRequest(topics=("aktobe-2016",), options=options, out_dir=tmp_path)
    with pytest.raises(ExportError, match="no 'de' translations in the data; available"):
        run_export(request)


def test_language_yaml_must_give_every_word(data_copy: Path, edit: Any) -> None:
    # a language the bundled data has no words for (a bundled one's copy takes the words it
    # lacks from the bundled translation: tests/test_older_data_folder.py)
    shutil.copytree(data_copy / "translations/ru", data_copy / "translations/xx")
    edit(data_copy / "translations/xx/language.yaml", "  figure: Рисунок\n", "")
    translation = translate(load_catalog(data_copy), "xx")
    assert any(
        p.field == "words.figure" and 'English: "Figure"' in p.message
        for p in translation.problems_for(["legal-reforms"])
    )


# --- a new language is data only ----------------------------------------------------------

KK_TOPIC = """\
id: kk-demo
title: Aktobe attacks
subtitle: A small test topic
description: Two incidents in Aktobe.
period: {start: 2016-06-01, end: 2016-06-30}
places: [Aktobe]
incidents: [aktobe-attacks-2016-06-05]
summary:
  - text: Attackers struck Aktobe on 5 June 2016 [@ct-measures-2013].
sections:
  - id: events
    title: Events
    body:
      - text: Two attacks took place [@ct-measures-2013].
      - chart: incidents-over-time
        title: Incidents by month
        headline: Two attacks in one day
      - table: incidents
        title: Incidents
    talking_points:
      - Two attacks [@ct-measures-2013].
"""

KK_WORDS = {
    "contents": "Мазмұны",
    "figure": "Сурет",
    "table": "Кесте",
    "sources": "Дереккөздер",
    "date_day": "{year} жылғы {day} {month}",
    "date_month": "{year} жылғы {month}",
    "chart_incidents_axis": "Оқиғалар",
    "incident_one": "оқиға",
    "incident_few": "оқиға",
    "incident_many": "оқиға",
}


def _write_yaml(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _kk_data(data: Path) -> Path:
    """The data with only the kk-demo topic, and a kk folder translating what it uses."""
    for old in (data / "topics").glob("*.yaml"):
        old.unlink()
    (data / "topics/kk-demo.yaml").write_text(KK_TOPIC, encoding="utf-8")
    shutil.rmtree(data / "translations/ru")
    kk = data / "translations/kk"
    shutil.rmtree(kk, ignore_errors=True)  # the bundled Kazakh, if any: this test makes its own
    english = load_catalog(data)
    words = {k: KK_WORDS.get(k, f"[kk] {v}") for k, v in english.language.words.items()}
    _write_yaml(
        kk / "language.yaml",
        {
            "name": "Қазақша",
            "quotes": ["«", "»"],
            "decimal": ",",
            "thousands": " ",
            "plural": "invariant",
            "months": list(MONTHS),
            "months_genitive": list(MONTHS),
            "months_short": [m[:3] for m in MONTHS],
            "words": words,
        },
    )
    v = english.vocabulary
    _write_yaml(
        kk / "vocabulary.yaml",
        {
            g: {code: f"{label} (қаз.)" for code, label in getattr(v, g).items()}
            for g in ("event_types", "target_types", "measure_kinds", "units")
        },
    )
    places = {"Aktobe": "Ақтөбе", "Kazakhstan": "Қазақстан", "Aktobe Region": "Ақтөбе облысы"}
    _write_yaml(kk / "places.yaml", places)
    topic = english.topics["kk-demo"]
    _write_yaml(
        kk / "incidents.yaml",
        {
            i: {
                "summary": f"Ақтөбедегі шабуыл: {english.incidents[i].summary}",
                "perpetrator": "Қарулы топ",
            }
            for i in english.records_of(topic).incidents
        },
    )
    for name in ("measures", "indicators"):
        _write_yaml(kk / f"{name}.yaml", {})
    _write_yaml(
        kk / "disputes.yaml",
        {
            d.id: {
                "title": f"{d.title} (қазақша)",
                "summary": f"{d.summary} (қазақша)",
                "versions": [
                    {"value": f"{v.value} (қазақша)", "note": f"{v.note} (қазақша)"}
                    for v in d.versions
                ],
            }
            for d in english.disputes
            if d.record in english.records_of(topic).incidents
        },
    )
    _write_yaml(
        kk / "sources.yaml",
        {
            sid: {
                k: f"{getattr(s, k)} (қазақша)"
                for k in (
                    "short",
                    "publication",
                    "date_note",
                    "stance",
                    "title",
                    "reliability_reason",
                )
                if getattr(s, k) and (k != "title" or s.descriptive_title)
            }
            for sid, s in english.sources.items()
        },
    )
    kk_topic = yaml.safe_load(KK_TOPIC)
    kk_topic.update(title="Ақтөбедегі шабуылдар", subtitle="Шағын сынақ тақырыбы")
    kk_topic.update(description="Ақтөбедегі екі оқиға.", places=["Ақтөбе"])
    kk_topic["summary"][0]["text"] = (
        "2016 жылғы 5 маусымда шабуылшылар Ақтөбеге шабуыл жасады [@ct-measures-2013]."
    )
    section = kk_topic["sections"][0]
    section["title"] = "Оқиғалар"
    section["body"][0]["text"] = "Екі шабуыл болды [@ct-measures-2013]."
    section["body"][1].update(title="Айлар бойынша оқиғалар", headline="Бір күнде екі шабуыл")
    section["body"][2]["title"] = "Оқиғалар кестесі"
    section["talking_points"] = ["Екі шабуыл [@ct-measures-2013]."]
    _write_yaml(kk / "topics/kk-demo.yaml", kk_topic)
    return data


def test_a_kk_folder_is_a_language_without_code_changes(data_copy: Path, tmp_path: Path) -> None:
    data = _kk_data(data_copy)
    result = CliRunner().invoke(cli, ["check", "--data", str(data)])
    assert "translation kk: kk-demo: complete" in result.output, result.output
    catalog = load_catalog(data)
    translation = translate(catalog, "kk")
    assert translation.problems_for(["kk-demo"]) == ()
    briefing = compose_briefing(translation.catalog, "kk-demo", issued=dt.date(2016, 6, 5))
    assert briefing.language.code == "kk"
    assert briefing.issued_label == "2016 жылғы 5 маусым"
    assert briefing.title == "Ақтөбедегі шабуылдар"
    assert briefing.language.w("figure") == "Сурет"
    spec = briefing.charts[0]
    figure = build_figure(spec, house_style())
    assert figure.layout.yaxis.title.text == "Оқиғалар"
    assert "маусым" in " ".join(figure_texts(figure)).lower() or "мау" in str(
        figure.layout.xaxis.ticktext
    )
    report = tmp_path / "kk.docx"
    render_report(
        briefing,
        _images(briefing, make_png(tmp_path / "c.png")),
        DATA.parent / "templates/report.docx",
        report,
    )
    text = "\n".join(_docx_texts(report))
    assert "Сурет 1" in text and "Дереккөздер" in text and "Ақтөбе" in text


def test_russian_handout(ru: Catalog, tmp_path: Path) -> None:
    import io

    from briefkit.document_rendering import render_document, render_setup

    briefing = compose_briefing(ru, "aktobe-2016", issued=dt.date(2024, 3, 1))
    options = ExportOptions(formats=(Format.HANDOUT,), lang="ru")
    setup = render_setup(options, tmp_path)
    stream = io.BytesIO()
    render_document(
        briefing, Format.HANDOUT, _images(briefing, make_png(tmp_path / "c.png")), setup, stream
    )
    stream.seek(0)
    doc = Document(stream)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == f"{briefing.title}: заметки докладчика"
    assert texts[1].startswith("Слайд 1: ")
    assert doc.core_properties.language == "ru"
    assert latin_words(iter(texts), allowed_words(ru)) == {}


@pytest.mark.slow
def test_russian_report_and_deck_render_with_every_letter(ru: Catalog, tmp_path: Path) -> None:
    """LibreOffice lays out the Russian documents in the template fonts alone (no fallback font
    for missing glyphs), and every page carries Russian text; the Kazakh letters are covered."""
    import shutil as sh
    import subprocess

    from briefkit.render.office.pdf import convert_to_pdf, find_soffice, page_texts

    if find_soffice() is None or sh.which("pdffonts") is None:
        pytest.skip("needs LibreOffice and poppler-utils")
    briefing = compose_briefing(ru, "aktobe-2016", issued=dt.date(2024, 3, 1))
    kazakh = "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і"
    briefing = dataclasses.replace(briefing, subtitle=f"{briefing.subtitle} {kazakh}")
    images = _images(briefing, make_png(tmp_path / "c.png"))
    report, deck = tmp_path / "ru-report.docx", tmp_path / "ru-deck.pptx"
    render_report(briefing, images, DATA.parent / "templates/report.docx", report)
    render_deck(briefing, images, DATA.parent / "templates/deck.pptx", deck)
    for pdf in convert_to_pdf([report, deck], tmp_path):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        names = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]}
        assert names and all(n.startswith("LiberationSans") for n in names), names
        pages = page_texts(pdf)
        assert pages is not None
        assert kazakh.replace(" ", "") in "".join("".join(p.split()) for p in pages)
        assert all(re.search("[а-яё]{4}", p) for p in pages if p.strip())


def test_a_topic_without_translation_blocks_only_itself(data_copy: Path) -> None:
    (data_copy / "translations/ru/topics/legal-reforms.yaml").unlink()
    translation = translate(load_catalog(data_copy), "ru")
    [problem] = translation.problems_for(["legal-reforms"])
    assert problem.file.endswith("translations/ru/topics/legal-reforms.yaml")
    assert "is missing from the translation folder" in problem.message
    assert translation.problems_for(["aktobe-2016"]) == ()
    assert translation.catalog.topics["legal-reforms"].title.isascii(), "English kept, flagged"


def test_broken_yaml_in_a_translated_topic_names_its_line(data_copy: Path) -> None:
    path = data_copy / "translations/ru/topics/legal-reforms.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = "title: [unclosed"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    translation = translate(load_catalog(data_copy), "ru")
    [problem] = translation.problems_for(["legal-reforms"])
    assert problem.line >= 4 and "is not valid YAML" in problem.message
    assert translation.problems_for(["aktobe-2016"]) == ()


def test_russian_text_is_marked_russian_for_proofing(ru: Catalog, tmp_path: Path) -> None:
    briefing = compose_briefing(ru, "aktobe-2016", issued=dt.date(2024, 3, 1))
    deck = tmp_path / "d.pptx"
    report = tmp_path / "r.docx"
    images = _images(briefing, make_png(tmp_path / "c.png"))
    render_deck(briefing, images, DATA.parent / "templates/deck.pptx", deck)
    render_report(briefing, images, DATA.parent / "templates/report.docx", report)
    slide = Presentation(str(deck)).slides[1]
    langs = set(slide._element.xpath(".//a:rPr/@lang"))
    assert langs == {"ru-RU"}
    with zipfile.ZipFile(report) as z:
        assert '<w:lang w:val="ru-RU"' in z.read("word/styles.xml").decode()


def test_an_unattributed_partisan_claim_names_its_paragraph_line(
    data_copy: Path, edit: Any
) -> None:
    topic = data_copy / "translations" / "ru" / "topics" / "aktobe-2016.yaml"
    edit(topic, "Статья «Казахстан: неизвестный терроризм» связывает", "Одна статья связывает")
    lines = topic.read_text(encoding="utf-8").splitlines()
    claim = next(i for i, line in enumerate(lines) if "Одна статья связывает" in line)
    translation = translate(load_catalog(data_copy), "ru")
    [problem] = [p for p in translation.problems_for(["aktobe-2016"]) if "partisan" in p.message]
    assert problem.field == "sections[3].body[1]"
    # the paragraph's own line (its "- text: >-", just above the claim), not the "body:" line
    assert lines[problem.line - 1].strip() == "- text: >-"
    assert problem.line == claim
