"""Alt text in Russian: the same counts as the English, in sentences, with nouns that agree."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.language import Language
from briefkit.catalog.records import GeoPrecision, Incident
from briefkit.catalog.translations import translate
from briefkit.charts.alt_text import describe
from briefkit.charts.examples import example_incidents, example_indicators, example_measures
from briefkit.compose import compose_briefing
from briefkit.compose.model import ChartSpec
from helpers.latin import MARKING, RU_TOPICS, allowed_words, latin_words


@pytest.fixture(scope="module")
def ru(catalog: Catalog) -> Catalog:
    return translate(catalog, "ru").catalog


def _numbers(text: str, lang: Language, names: list[str]) -> Counter[str]:
    """The numbers in an alt text (separators removed), leaving out those inside ``names``."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(rf"(?<=\d){re.escape(lang.thousands)}(?=\d{{3}})", "", text)
    if lang.decimal != ".":
        text = re.sub(rf"(?<=\d){re.escape(lang.decimal)}(?=\d)", ".", text)
    return Counter(re.findall(r"\d+(?:\.\d+)?", text))


def _names(spec: ChartSpec) -> list[str]:
    """Texts the data gives with their own digits: the title, measure titles, figure labels."""
    names = [spec.title]
    names += [m.title for m in spec.measures]
    names += [i.label for i in spec.indicators]
    names += [i.place for i in spec.incidents]
    return names


@pytest.mark.parametrize("topic_id", RU_TOPICS)
def test_russian_alt_text_has_the_english_counts_and_nolatin_words(
    topic_id: str, catalog: Catalog, ru: Catalog
) -> None:
    issued = dt.date(2024, 3, 1)
    english = compose_briefing(catalog, topic_id, issued=issued, marking=MARKING).charts
    russian = compose_briefing(ru, topic_id, issued=issued, marking=MARKING).charts
    assert [c.kind for c in english] == [c.kind for c in russian]
    allowed = allowed_words(ru)
    for en, spec in zip(english, russian, strict=True):
        text = describe(spec)
        assert latin_words(iter([text]), allowed) == {}, text
        assert _numbers(text, spec.language, _names(spec)) == _numbers(
            describe(en), en.language, _names(en)
        ), (describe(en), text)


def test_every_russian_chart_kind_is_described_in_sentences(ru: Catalog) -> None:
    kinds = set()
    for topic_id in RU_TOPICS:
        for spec in compose_briefing(ru, topic_id, issued=dt.date(2024, 3, 1)).charts:
            text = describe(spec)
            kinds.add(spec.kind)
            assert text.endswith("."), text
            assert "{" not in text and "_" not in text, text
    assert {"incidents-over-time", "incidents-map", "casualties-by-region"} <= kinds


# --- nouns that agree with 1, 2-4 and 5+ ---------------------------------------------------


def _ru_spec(ru: Catalog, kind: str, **records: Any) -> ChartSpec:
    """A Russian spec of ``kind`` with the Russian labels of the bundled charts."""
    labels: dict[str, str] = {}
    for topic_id in RU_TOPICS:
        for c in compose_briefing(ru, topic_id, issued=dt.date(2024, 3, 1)).charts:
            labels.update(c.labels)
    return ChartSpec("t", kind, "", "", "", labels=labels, language=ru.language, **records)


def _at(template: Incident, n: int, **update: Any) -> tuple[Incident, ...]:
    """``n`` copies of an incident, a day apart."""
    return tuple(
        template.model_copy(
            update={"id": f"t-{k}", "date": template.date + dt.timedelta(days=k), **update}
        )
        for k in range(n)
    )


AKTOBE = example_incidents()[0].model_copy(  # a suicide bombing, 17 May 2011, 1 killed
    update={"place": "Актобе", "region": "Актюбинская область", "wounded": 1}
)
FORMS = [
    (1, "инцидент", "месте", "погибший", "раненый"),
    (2, "инцидента", "местах", "погибших", "раненых"),
    (5, "инцидентов", "местах", "погибших", "раненых"),
    (21, "инцидент", "месте", "погибший", "раненый"),
]


@pytest.mark.parametrize(("n", "incident", "place", "killed", "wounded"), FORMS)
def test_russian_nouns_agree_with_their_numbers(
    ru: Catalog, n: int, incident: str, place: str, killed: str, wounded: str
) -> None:
    same_place = _at(AKTOBE, n)
    text = describe(_ru_spec(ru, "incidents-over-time", incidents=same_place))
    assert f"{n} {incident} по месяцам" in text, text
    text = describe(_ru_spec(ru, "incidents-map", incidents=same_place))
    assert f"{n} {incident} в 1 месте" in text, text
    assert f"Актобе ({n} {incident}, {n} {killed})" in text, text
    spread = tuple(
        i.model_copy(update={"latitude": 45.0 + k * 0.5, "place": f"Место {k}"})
        for k, i in enumerate(_at(AKTOBE, n))
    )
    text = describe(_ru_spec(ru, "incidents-map", incidents=spread))
    assert f"в {n} {place};" in text, text
    text = describe(_ru_spec(ru, "casualties-by-region", incidents=same_place))
    assert f"Всего: {n} {killed}, {n} {wounded}." in text, text
    text = describe(_ru_spec(ru, "casualties-by-category", incidents=same_place))
    assert f"({n} {incident}). Всего погибших: {n} (" in text, text


@pytest.mark.parametrize(
    ("more", "places", "measures"),
    [(1, "другое место", "мера"), (3, "других места", "меры"), (5, "других мест", "мер")],
)
def test_russian_remainders_agree(ru: Catalog, more: int, places: str, measures: str) -> None:
    spread = tuple(
        i.model_copy(update={"latitude": 45.0 + k * 0.5, "place": f"Место {k}"})
        for k, i in enumerate(_at(AKTOBE, 4 + more))
    )
    text = describe(_ru_spec(ru, "incidents-map", incidents=spread))
    assert f"и ещё {more} {places}." in text, text
    template = example_measures()[0]
    items = tuple(
        template.model_copy(update={"id": f"m-{k}", "title": f"Закон {k}"}) for k in range(8 + more)
    )
    text = describe(_ru_spec(ru, "measures-timeline", measures=items))
    assert f"Хронология: {8 + more} " in text and f"и ещё {more} {measures}." in text, text


@pytest.mark.parametrize(("years", "word"), [(1, "год"), (3, "года"), (6, "лет")])
def test_russian_empty_periods_agree(ru: Catalog, years: int, word: str) -> None:
    busy = [
        AKTOBE.model_copy(update={"id": f"t-{y}", "date": dt.date(y, 1, 1)})
        for y in range(2000, 2005)
    ]
    last = AKTOBE.model_copy(update={"id": "t-last", "date": dt.date(2005 + years, 1, 1)})
    text = describe(_ru_spec(ru, "incidents-over-time", incidents=(*busy, last)))
    assert "по годам" in text, text
    assert f"Без инцидентов: {years} {word}." in text, text


def test_russian_figures_and_numbers(ru: Catalog) -> None:
    indicators = example_indicators()
    text = describe(_ru_spec(ru, "indicator-comparison", indicators=indicators))
    assert "(3 показателя)" in text, text
    assert "почти 170 (2012)" in text and "950 (2011–2012)" in text, text
    big = _at(AKTOBE, 1, killed=1250, killed_perpetrators=None)
    text = describe(_ru_spec(ru, "casualties-by-category", incidents=big))
    assert "Всего погибших: 1\u00a0250 (" in text, text


def test_russian_map_notes_incidents_off_the_map(ru: Catalog) -> None:
    homs = example_incidents()[-1].model_copy(update={"country": "Сирия", "place": "Хомс"})
    vague = AKTOBE.model_copy(update={"id": "t-v", "geo_precision": GeoPrecision.COUNTRY})
    text = describe(_ru_spec(ru, "incidents-map", incidents=(AKTOBE, homs, homs, vague)))
    assert "Вне карты (Сирия): 2 инцидента." in text, text
    assert "Не показаны (место известно лишь до страны): 1 инцидент." in text, text


def test_a_missing_alt_word_is_named_and_the_english_stands_in(data_copy: Path) -> None:
    # a language the bundled data lacks (a bundled one's copy takes its words from there)
    shutil.copytree(data_copy / "translations/ru", data_copy / "translations/xx")
    path = data_copy / "translations/xx/language.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("  alt_map_head:"))
    path.write_text(text.replace(line + "\n", ""), encoding="utf-8")
    translation = translate(load_catalog(data_copy), "xx")
    assert any(p.field == "words.alt_map_head" for p in translation.problems_for(["aktobe-2016"]))
    spec = next(
        c
        for c in compose_briefing(translation.catalog, "aktobe-2016").charts
        if c.kind == "incidents-map"
    )
    assert "Map of Kazakhstan and neighbouring countries showing 17 инцидентов at 12 местах" in (
        describe(spec)
    )
