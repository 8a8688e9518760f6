"""Kazakh document words and messages (translations/kk/language.yaml, messages.yaml): dates
year first, a no-break space between thousands, a decimal comma, one noun form after a number,
the fixed likelihood scale, and messages said with one plural form."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml

from briefkit.catalog import Catalog
from briefkit.catalog.language import Language
from briefkit.catalog.records import DatePrecision
from briefkit.catalog.translations import translate
from briefkit.compose.wording import count, date_label, period_label
from briefkit.message_table import ENGLISH
from briefkit.messages import message_words
from helpers.samples import DATA

KK = DATA / "translations" / "kk"
RUSSIAN_WORDS = re.compile(r"(?<!\w)(и|в|на|для|из|что|или|это|нет|данных)(?!\w)", re.IGNORECASE)
"""Russian words a Kazakh text never uses: a sign of Russian left in."""
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)


@pytest.fixture(scope="module")
def kk(catalog: Catalog) -> Language:
    language = translate(catalog, "kk").catalog.language
    assert language.code == "kk" and language.name == "Қазақша"
    return language


def test_kazakh_dates_put_the_year_first(kk: Language) -> None:
    day = dt.date(2016, 6, 5)
    assert date_label(kk, day, DatePrecision.DAY) == "2016 жылғы 5 маусым"
    assert date_label(kk, day, DatePrecision.MONTH) == "2016 жылғы маусым"
    assert date_label(kk, dt.date(2011, 8, 1), DatePrecision.QUARTER) == (
        "2011 жылғы шілде–қыркүйек"
    )
    assert date_label(kk, day, DatePrecision.YEAR) == "2016 жыл"
    assert period_label(kk, dt.date(2011, 5, 1), dt.date(2017, 12, 1)) == (
        "2011 жылғы мамыр – 2017 жылғы желтоқсан"
    )
    assert kk.w("year_range", start=2011, end=2012) == "2011–2012\u00a0жылдары"


def test_kazakh_numbers_and_counts(kk: Language) -> None:
    assert count(kk, 400000) == "400\u00a0000"
    assert kk.number(2.5) == "2,5"
    assert kk.w("percent", value=kk.number(15)) == "15\u00a0%"
    assert [kk.count_noun(n, "incident") for n in (1, 3, 5, 21)] == [
        "1 оқиға",
        "3 оқиға",
        "5 оқиға",
        "21 оқиға",
    ]
    triples = [k.removesuffix("_few") for k in kk.words if k.endswith("_few")]
    assert len(triples) > 20
    for noun in triples:
        assert kk.w(noun + "_one") == kk.w(noun + "_few") == kk.w(noun + "_many"), noun


def test_kazakh_words_are_kazakh(kk: Language, catalog: Catalog) -> None:
    words = yaml.safe_load((KK / "language.yaml").read_text(encoding="utf-8"))["words"]
    assert set(words) == set(catalog.language.words)
    russian = {k: v for k, v in words.items() if RUSSIAN_WORDS.search(v)}
    assert russian == {}
    assert sum(bool(KAZAKH_LETTERS.search(v)) for v in words.values()) > 200
    scale = [kk.w(f"likelihood_{v}") for v in ("almost_no_chance", "unlikely", "likely")]
    assert scale == ["мүмкін емес дерлік", "екіталай", "ықтимал"]
    assert kk.w("assessment_confidence", confidence=kk.w("confidence_high")) == (
        "Сенім деңгейі: жоғары."
    )


def test_kazakh_messages_cover_every_code_with_one_plural_form() -> None:
    patterns = yaml.safe_load((KK / "messages.yaml").read_text(encoding="utf-8"))["messages"]
    assert set(patterns) == set(ENGLISH)
    words = message_words("kk")
    assert words("problems_found", n=1) == "1 мәселе табылды"
    assert words("problems_found", n=5) == "5 мәселе табылды"
    assert words("import_rows_refused", n=3) == "3 жол қабылданбады"
    said = words("data_problems_nothing_written", n=2)
    assert said == "деректерде 2 мәселе; ештеңе жазылған жоқ"
    assert [p for p in patterns.values() if RUSSIAN_WORDS.search(p)] == []
    assert sum(bool(KAZAKH_LETTERS.search(p)) for p in patterns.values()) > 150
