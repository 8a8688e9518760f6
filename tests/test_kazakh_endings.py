"""Kazakh case endings after a number in digits (``briefkit.text_kk``): the ending agrees with
the number's last word as spoken, in the language words (``{number:abl}``) and in the counts a
topic text states (``{count:abl}``), so that a count changed by the data keeps a right ending."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.counts import fill, placeholder_problems
from briefkit.catalog.figures import figures_of
from briefkit.catalog.language import word_problems
from briefkit.catalog.translations import translate
from briefkit.compose.wording import figure_words
from briefkit.text_kk import CASES, ending, spoken_end, with_ending
from helpers.samples import DATA

# The last word of a number as spoken and its six endings (ablative, dative, locative,
# genitive, accusative, instrumental), written out from a grammar's rules: vowel harmony, and
# -нан after м н ң, -тан -қа -та -тың -ты -пен after a voiceless consonant, -ның -ны after a
# vowel, -бен after ж з.
WORD_ENDINGS = {
    "нөл": "ден ге де дің ді мен",
    "бір": "ден ге де дің ді мен",
    "екі": "ден ге де нің ні мен",
    "үш": "тен ке те тің ті пен",
    "төрт": "тен ке те тің ті пен",
    "бес": "тен ке те тің ті пен",
    "алты": "дан ға да ның ны мен",
    "жеті": "ден ге де нің ні мен",
    "сегіз": "ден ге де дің ді бен",
    "тоғыз": "дан ға да дың ды бен",
    "он": "нан ға да ның ды мен",
    "жиырма": "дан ға да ның ны мен",
    "отыз": "дан ға да дың ды бен",
    "қырық": "тан қа та тың ты пен",
    "елу": "ден ге де дің ді мен",
    "алпыс": "тан қа та тың ты пен",
    "жетпіс": "тен ке те тің ті пен",
    "сексен": "нен ге де нің ді мен",
    "тоқсан": "нан ға да ның ды мен",
    "жүз": "ден ге де дің ді бен",
    "мың": "нан ға да ның ды мен",
    "миллион": "нан ға да ның ды мен",
    "миллиард": "тан қа та тың ты пен",
}
UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
TENS = ("он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def _spoken(n: int) -> str:
    """The last word of 0-100 as a person says it: the units word, else the tens word."""
    if n == 100:
        return "жүз"
    return UNITS[n % 10] if n % 10 or n == 0 else TENS[n // 10 - 1]


@pytest.mark.parametrize("n", range(101))
def test_every_number_to_a_hundred_takes_its_last_words_endings(n: int) -> None:
    assert spoken_end(str(n)) == _spoken(n)
    assert [ending(n, case) for case in CASES] == WORD_ENDINGS[_spoken(n)].split()


@pytest.mark.parametrize(
    ("figure", "word"),
    [
        ("200", "жүз"),
        ("300", "жүз"),
        ("1000", "мың"),
        ("1\u00a0000", "мың"),
        ("1\u00a0500", "жүз"),
        ("2016", "алты"),
        ("2\u00a0040", "қырық"),
        ("12\u00a0000", "мың"),
        ("400\u00a0000", "мың"),
        ("1\u00a0000\u00a0000", "миллион"),
        ("3\u00a0001\u00a0000", "мың"),
        ("5\u00a0000\u00a0000\u00a0000", "миллиард"),
        ("1 250", "елу"),
        ("2,5", "бес"),  # екі бүтін оннан бес
        ("0,25", "бес"),  # нөл бүтін жүзден жиырма бес
        ("1\u00a0250,5", "бес"),
        ("7,0", "жеті"),
        ("30\u00a0%", "пайыз"),
        ("1,3 млрд", "миллиард"),
        ("12 млн", "миллион"),
    ],
)
def test_large_and_written_numbers_end_in_their_spoken_last_word(figure: str, word: str) -> None:
    assert spoken_end(figure) == word


def test_the_endings_of_written_figures() -> None:
    assert with_ending("950", "abl") == "950-ден"
    assert with_ending("2016", "abl") == "2016-дан"
    assert with_ending("1\u00a0500", "abl") == "1\u00a0500-ден"
    assert with_ending("400\u00a0000", "dat") == "400\u00a0000-ға"
    assert with_ending("2,5", "loc") == "2,5-те"
    assert with_ending("30\u00a0%", "abl") == "30\u00a0%-дан"
    assert with_ending("1,3 млрд", "abl") == "1,3 млрд-тан"
    assert with_ending(1_000_000_000, "ins") == "1000000000-пен"
    with pytest.raises(ValueError, match="'сайт' does not end in a number"):
        ending("сайт", "abl")


@pytest.fixture(scope="module")
def kk_catalog() -> Catalog:
    translation = translate(load_catalog(DATA), "kk")
    assert translation.problems == ()
    return translation.catalog


def test_language_words_take_an_ending_after_the_number(kk_catalog: Catalog) -> None:
    lang = kk_catalog.language
    assert lang.w("more_than", value="", number="950", unit="сайт") == "950-ден астам сайт"
    assert lang.w("almost", value="", number="170", unit="адам") == "170-ке жуық адам"
    indicators = kk_catalog.indicators
    words = {i: figure_words(lang, indicators[i], "адам") for i in indicators}
    assert words["websites-blocked-2011-2012"] == "950-ден астам адам"
    assert words["sentenced-extremist-preaching-2012"] == "170-ке жуық адам"
    assert words["beslan-killed-2004"] == "380-нен астам адам"
    assert words["salafi-jamaats-2013"] == "20-дан астам адам"
    assert words["strategy-equipment-share-2013-2017"] == "30\u00a0%-дан астам"
    assert words["strategy-budget-2013-2017"] == "1,3 млрд-тан астам АҚШ доллары"
    assert words["citizens-in-isis-2016"] == "шамамен 400 адам"


def test_english_and_russian_qualifiers_are_unchanged() -> None:
    catalog = load_catalog(DATA)
    website = catalog.indicators["websites-blocked-2011-2012"]
    assert figure_words(catalog.language, website, "websites") == "more than 950 websites"
    ru = translate(catalog, "ru").catalog
    assert figure_words(ru.language, website, "сайтов") == "более 950 сайтов"


def test_a_qualifier_may_name_its_number_and_unit_but_no_other_word_may() -> None:
    english = {"more_than": "more than {value}", "about": "about {value}"}
    lines = {"more_than": 3, "about": 4}
    given = {"more_than": "{number:abl} астам {unit}", "about": "{number} шамасы"}
    assert list(word_problems(given, english, lines)) == []
    wrong = {"more_than": "{number:abl} астам {noun}", "about": "шамамен {value}"}
    problems = list(word_problems(wrong, english, lines))
    assert [(line, field) for line, field, _ in problems] == [(3, "words.more_than")]
    assert "noun" in problems[0][2]


def test_a_count_placeholder_takes_the_ending_of_the_number_the_data_gives(
    kk_catalog: Catalog,
) -> None:
    lang = kk_catalog.language
    text = "{violent-incidents:abl} көп оқиға; {dead:gen} ішінде; {dead|адам}"
    assert fill(text, {"violent-incidents": 20, "dead": 72}, lang) == (
        "20-дан көп оқиға; 72-нің ішінде; 72 адам"
    )
    assert fill(text, {"violent-incidents": 21, "dead": 1500}, lang) == (
        "21-ден көп оқиға; 1\u00a0500-дің ішінде; 1\u00a0500 адам"
    )
    topic = kk_catalog.topic("wave-2011-2012")
    assert list(placeholder_problems("{dead:abl} {dead:ins}", topic, lang)) == []
    for wrong_text in ("{dead:from}", "{dead|адам:abl}", "{dead:abl|адам}"):
        wrong = list(placeholder_problems(wrong_text, topic, lang))
        assert len(wrong) == 1 and wrong_text in wrong[0], wrong


def test_a_qualifier_that_puts_the_ending_after_its_whole_value_is_named() -> None:
    english = {"more_than": "more than {value}"}
    given = {"more_than": "{value:abl} астам"}
    problems = list(word_problems(given, english, {"more_than": 7}))
    assert [(line, field) for line, field, _ in problems] == [(7, "words.more_than")]
    assert problems[0][2] == (
        '{value:abl} puts a case ending after {value}, which is not a number here (e.g. "950 '
        'сайт"); put it after {number}'
    )


def test_an_ending_after_words_names_the_language_word(kk_catalog: Catalog) -> None:
    lang = kk_catalog.language.model_copy(update={"words": {"more_than": "{value:abl} астам"}})
    with pytest.raises(ValueError, match="word 'more_than': '950 сайт' does not end in a number"):
        lang.w("more_than", value="950 сайт", number="950", unit="сайт")


def test_the_figures_check_reads_a_number_through_its_ending(kk_catalog: Catalog) -> None:
    english = load_catalog(DATA).language
    kk = kk_catalog.language
    said = "950-ден астам сайт, 170-ке жуық адам, 1\u00a0500-ден, 2,5-тен, 30\u00a0%-дан"
    found = figures_of(said, kk).numbers
    assert (
        found == figures_of("over 950 sites, almost 170 people, 1,500, 2.5, 30%", english).numbers
    )
    assert set(found) == {Decimal(950), Decimal(170), Decimal(1500), Decimal("2.5"), Decimal(30)}
