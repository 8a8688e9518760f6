"""``check --lang``: every number and date of a translated text is the English one, and a
language's glossary holds its terms (the forms to use, the forms to avoid), with file:line."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from briefkit.catalog import Catalog
from briefkit.catalog.figures import difference, figures_of
from briefkit.catalog.language import Language
from briefkit.catalog.text_pairs import text_pairs
from briefkit.catalog.translation_checks import translation_problems
from briefkit.catalog.translations import translate
from briefkit.cli import main
from helpers.kazakh import MONTHS


@pytest.fixture(scope="module")
def ru(catalog: Catalog) -> Language:
    return translate(catalog, "ru").catalog.language


@pytest.fixture(scope="module")
def kk(catalog: Catalog) -> Language:
    return catalog.language.model_copy(
        update={
            "code": "kk",
            "decimal": ",",
            "thousands": "\u00a0",
            "months": tuple(MONTHS),
            "months_genitive": tuple(MONTHS),
            "months_short": tuple(m[:3] for m in MONTHS),
        }
    )


def _same(english: str, other: str, catalog: Catalog, language: Language) -> bool:
    en = catalog.language
    return difference(figures_of(english, en), figures_of(other, language), en, language) is None


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("more than 400,000 people", "более 400\u00a0000 человек"),
        ("more than 400,000 people", "более 400 000 человек"),
        ("more than 400,000 people", "более 400\u202f000 человек"),
        ("a rise of 2.5%", "рост на 2,5\u00a0%"),
        ("on 5 June 2016", "5 июня 2016\u00a0г."),
        ("in June 2016", "в июне 2016 г."),
        ("between October and December 2011", "в октябре–декабре 2011 г."),
        ("in 2011-2012", "в 2011–2012\u00a0гг."),
        ("two police officers", "2 полицейских"),
        ("17 killed", "семнадцать погибших"),
        ("seven people in Taraz", "семь человек в Таразе"),
        ("killed 7 people", "убил семерых"),
        ("the July 2011 violence", "июльские события 2011 г."),
        ("{dead|person|people} died [@zenn-2013]", "погибли {dead|человек|человека|человек}"),
        ("see https://example.org/2016/06/05", "см. https://example.org/2016/06/05"),
        ("on 2016-06-05", "5 июня 2016 г."),
    ],
)
def test_russian_figures_equal_to_the_english(
    english: str, russian: str, catalog: Catalog, ru: Language
) -> None:
    assert _same(english, russian, catalog, ru)


@pytest.mark.parametrize(
    ("english", "kazakh"),
    [
        ("on 5 June 2016", "2016 жылғы 5 маусым"),
        ("on 5 June 2016 gunmen attacked", "2016 жылғы 5 маусымда қарулы адамдар"),
        ("from May 2011 to September 2012", "2011 жылғы мамыр мен 2012 жылғы қыркүйек аралығында"),
        ("in 2011-2012", "2011–2012 жылдары"),
        ("more than 950 websites", "950-ден астам сайт"),
        ("400,000 tenge and 2.5%", "400\u00a0000 теңге және 2,5 %"),
        ("two officers", "екі қызметкер"),
        ("two officers", "қызметкердің екеуі"),
        ("eleven raids", "он бір рейд"),
        ("on 29 June, and in July an attack", "29 маусымда ... ал шілдеде шабуыл"),
    ],
)
def test_kazakh_figures_equal_to_the_english(
    english: str, kazakh: str, catalog: Catalog, kk: Language
) -> None:
    assert _same(english, kazakh, catalog, kk)


@pytest.mark.parametrize(
    ("english", "kazakh", "said", "says"),
    [
        ("17 killed", "71 адам қаза тапты", ("17",), ("71",)),
        ("on 5 June 2016", "2016 жылғы 5 шілде", ("June",), ("шілде",)),
        ("on 5 June 2016", "2015 жылғы 5 маусым", ("2016",), ("2015",)),
        ("400,000 people", "40\u00a0000 адам", ("400,000",), ("40\u00a0000",)),
        ("2.5%", "25 %", ("2.5",), ("25",)),
        ("two officers", "3 қызметкер", ("",), ("3",)),
    ],
)
def test_a_changed_figure_is_found_with_both_values(
    english: str,
    kazakh: str,
    said: tuple[str, ...],
    says: tuple[str, ...],
    catalog: Catalog,
    kk: Language,
) -> None:
    en = catalog.language
    found = difference(figures_of(english, en), figures_of(kazakh, kk), en, kk)
    assert found is not None
    assert found.translated == says
    assert found.english == tuple(s for s in said if s)


def test_a_death_is_not_october_and_may_the_verb_is_not_a_month(
    catalog: Catalog, kk: Language
) -> None:
    """A month name counts in a date (near a number); "қазаны" (the death) and "may" are no
    months, and a month the other side names is no difference."""
    english = figures_of("the attackers may flee; 7 died", catalog.language)
    assert english.months == {} and english.numbers == {Decimal(7): 1}
    kazakh = figures_of("7 адам; Таусамалыдағы сегізінші қазаны қосқанда", kk)
    assert kazakh.months == {}
    english_text = "7 died; counting the eighth death"
    assert _same(english_text, "7 адам қаза тапты; сегізінші қазаны қосқанда", catalog, kk)


def test_record_ids_and_placeholders_are_not_figures(catalog: Catalog) -> None:
    ids = frozenset({"aktobe-attacks-2016-06-05"})
    found = figures_of("see aktobe-attacks-2016-06-05 and {dead|1 person}", catalog.language, ids)
    assert not found.numbers and not found.months


def test_the_bundled_russian_states_the_english_figures(catalog: Catalog, ru: Language) -> None:
    pairs = list(text_pairs(catalog, "ru"))
    assert len(pairs) > 900  # every text of every file, topics included
    assert translation_problems(catalog, "ru", ru) == []


def _check(*args: str | Path) -> tuple[int, str]:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()) as out:
        status = main(["check", *map(str, args)])
    return status, out.getvalue() + err.getvalue()


def test_check_names_a_changed_figure_with_file_line_and_both_values(data_copy: Path) -> None:
    path = data_copy / "translations" / "ru" / "topics" / "wave-2011-2012.yaml"
    text = path.read_text(encoding="utf-8")
    assert "31 октября в Атырау" in text
    path.write_text(text.replace("31 октября в Атырау", "30 октября в Атырау"), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    changed = next(n for n, t in enumerate(lines) if "30 октября" in t)
    line = max(n for n in range(changed + 1) if "text:" in lines[n]) + 1  # the text's key
    status, out = _check("--data", data_copy, "--lang", "ru")
    assert status == 3
    wanted = "translations/ru/topics/wave-2011-2012.yaml"
    found = [t for t in out.splitlines() if "figures differ" in t]
    assert len(found) == 1, out
    assert wanted in found[0] and "sections[0].body[2].text" in found[0]
    assert "the English has 31; the translation has 30" in found[0]
    assert f"{wanted}:{line}: sections[0].body[2].text:" in found[0]
    # the topic's line says where its problems are
    assert "translation ru: wave-2011-2012: 1 problem(s): topics/wave-2011-2012.yaml 1" in out
    assert "translation ru: aktobe-2016: complete" in out


def test_each_topic_line_says_which_files_lack_what(data_copy: Path) -> None:
    ru = data_copy / "translations" / "ru"
    (ru / "topics" / "legal-reforms.yaml").unlink()
    places = (ru / "places.yaml").read_text(encoding="utf-8").splitlines()
    (ru / "places.yaml").write_text(
        "\n".join(t for t in places if not t.startswith("Aktobe:")) + "\n", encoding="utf-8"
    )
    status, out = _check("--data", data_copy, "--lang", "ru")
    assert status == 3
    assert "translation ru: legal-reforms: 1 problem(s): topics/legal-reforms.yaml 1" in out
    aktobe = next(t for t in out.splitlines() if t.startswith("translation ru: aktobe-2016:"))
    assert re.fullmatch(r"translation ru: aktobe-2016: (\d+) problem\(s\): places\.yaml \1", aktobe)


GLOSSARY = """\
terms:
  - {kind: city, en: Aktobe, ru: Актобе, kk: Ақтөбе, avoid: [Актюбинск]}
  - kind: state-body
    en: National Security Committee
    also: [NSC]
    ru: Комитет национальной безопасности
    kk: Ұлттық қауіпсіздік комитеті
    stem: Ұлттық қауіпсіздік комитет
    accept: [ҰҚК]
  - {kind: event-type, code: bombing, en: Bombing, ru: Взрыв, kk: Жарылыс}
  - {kind: term, en: terrorist attack, ru: теракт, kk: террорлық акт}
  - {kind: term, en: foiled plot, ru: Предотвращённый теракт, kk: Алдын алынған теракт}
"""


def _kazakh_folder(data: Path) -> Path:
    """A kk translation that is the Russian one (same structure), with a glossary."""
    import shutil

    kk = data / "translations" / "kk"
    shutil.rmtree(kk, ignore_errors=True)  # the bundled Kazakh, replaced by this stand-in
    shutil.copytree(data / "translations" / "ru", kk)
    (kk / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    return kk


def test_the_glossary_wants_its_forms_and_refuses_the_avoided_and_russian_ones(
    data_copy: Path,
) -> None:
    from briefkit.catalog.glossary import glossary_problems, load_glossary
    from briefkit.catalog.text_pairs import TextPair

    _kazakh_folder(data_copy)
    glossary, problems = load_glossary(data_copy, "kk")
    assert glossary is not None and problems == []

    def said(english: str, kazakh: str, field: str = "x.summary") -> list[str]:
        pair = TextPair("kk/incidents.yaml", 7, field, english, kazakh)
        return [p.message for p in glossary_problems([pair], glossary)]

    assert said("A bomb in Aktobe [@zenn-2013]", "Ақтөбеде жарылыс") == []
    assert said("The NSC said", "ҰҚК мәлімдеді") == []
    assert said("the National Security Committee's", "Ұлттық қауіпсіздік комитетінің") == []
    missing = said("A bomb in Aktobe", "Ақтобеде жарылыс")
    assert len(missing) == 1 and 'the English names "Aktobe"; write it as "Ақтөбе"' in missing[0]
    assert "glossary.yaml:2)" in missing[0]
    russian = said("in Aktobe", "Ақтөбе, Актобе")
    assert len(russian) == 1 and 'has "Актобе"' in russian[0]
    assert said("the NSC", "ҰҚК, Комитета национальной безопасности")  # Russian, inflected
    assert said("old name", "Актюбинск қаласы")  # an avoided form, whatever the English
    # a word the glossary's own Kazakh uses ("теракт") is no Russian to avoid
    assert said("a terrorist attack", "террорлық акт, алдын алынған теракт") == []
    # an event type's label is held to the glossary in the vocabulary, not in running prose
    assert said("Bombing", "Жарылыс", "event_types.bombing") == []
    assert said("Bombing", "Бомба", "event_types.bombing")
    assert said("bombing of the building", "ғимаратты жару") == []
    # a journal's name stays as published
    assert said("Aktobe Times", "Актобе", "src.publication") == []


def test_check_lang_kk_enforces_the_glossary_with_file_and_line(data_copy: Path) -> None:
    _kazakh_folder(data_copy)
    status, out = _check("--data", data_copy, "--lang", "kk")
    assert status == 3
    lines = [t for t in out.splitlines() if "glossary: glossary.yaml:" in t]
    # the Russian text in a kk folder breaks the glossary: Russian forms, Kazakh ones missing
    assert any("translations/kk/places.yaml:" in t and 'has "Актобе"' in t for t in lines), out
    assert any(
        "translations/kk/vocabulary.yaml:" in t and 'write it as "Жарылыс"' in t for t in lines
    ), out
    assert not [t for t in out.splitlines() if "figures differ" in t]


def test_a_broken_glossary_entry_is_named(data_copy: Path) -> None:
    kk = _kazakh_folder(data_copy)
    (kk / "glossary.yaml").write_text(
        "terms:\n  - {en: Aktobe}\n  - {en: Almaty, kk: Алматы, colour: red}\n", encoding="utf-8"
    )
    status, out = _check("--data", data_copy, "--lang", "kk")
    assert status == 3
    assert "translations/kk/glossary.yaml:2: terms[0]: needs en: and kk: (text)" in out
    assert "translations/kk/glossary.yaml:3: terms[1].colour: is not a glossary field" in out
