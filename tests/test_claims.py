"""Partisan sources are attributed claim by claim, not paragraph by paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.catalog import check_catalog, load_catalog
from briefkit.catalog.claims import Claim, claims
from briefkit.catalog.translations import translate

# claims: text cut after each group of citations ------------------------------------------


def test_a_claim_ends_with_its_citations() -> None:
    text = "A happened [@zenn-2013]. B followed, as X says [@a-1] [@b-2]. C is ours."
    assert claims(text) == (
        Claim("A happened", ("zenn-2013",)),
        Claim("B followed, as X says", ("a-1", "b-2")),
        Claim("C is ours", ()),
    )


def test_a_claim_may_span_sentences_up_to_its_citation() -> None:
    text = '"Black June 2016" says A. It adds B [@black-june-2017].'
    [claim] = claims(text)
    assert claim.text == '"Black June 2016" says A. It adds B'
    assert claim.sources == ("black-june-2017",)


def test_listed_sources_support_the_text_after_the_last_citation() -> None:
    assert claims("A [@x-1]. B.", ("y-2",)) == (Claim("A", ("x-1",)), Claim("B", ("y-2",)))
    assert claims("A [@x-1].", ("y-2",)) == (Claim("A", ("x-1", "y-2")),)
    assert claims("A, all of it.", ("y-2",)) == (Claim("A, all of it", ("y-2",)),)


# the rule, through `check` -----------------------------------------------------------------

UNNAMED_BESIDE_A_NAMED_ONE = """\
      - text: >-
          The attack followed a plan seen before in the North Caucasus [@black-june-2017]. In
          Aktobe 17 people died, according to "Kazakhstan: unknown terrorism"
          [@unknown-terrorism-2016].
"""
UNNAMED_BESIDE_THE_SAME_NAME = """\
      - text: >-
          The attack followed a plan seen before in the North Caucasus [@black-june-2017].
          "Black June 2016" adds that the attackers were local [@black-june-2017].
"""
EACH_CLAIM_NAMED = """\
      - text: >-
          According to "Black June 2016", the attack followed a plan seen before in the North
          Caucasus [@black-june-2017]. In Aktobe 17 people died, according to "Kazakhstan:
          unknown terrorism" [@unknown-terrorism-2016].
      - text: >-
          "Black June 2016" compares the attack with the 2005 raid on Nalchik. It adds that the
          attackers were local [@black-june-2017]. Zenn saw no such attack [@zenn-2013].
"""


def _add_section(data: Path, body: str) -> int:
    """A section holding ``body`` appended to aktobe-2016; the line of its first block."""
    path = data / "topics" / "aktobe-2016.yaml"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    head = "  - id: claim-test\n    title: Claims\n    body:\n"
    path.write_text(text + head + body, encoding="utf-8")
    return text.count("\n") + head.count("\n") + 1


@pytest.mark.parametrize("body", [UNNAMED_BESIDE_A_NAMED_ONE, UNNAMED_BESIDE_THE_SAME_NAME])
def test_an_unnamed_partisan_claim_fails_though_its_paragraph_names_a_source(
    data_copy: Path, body: str
) -> None:
    line = _add_section(data_copy, body)
    catalog, problems = check_catalog(data_copy)
    assert catalog is None
    [problem] = problems
    assert problem.file.endswith("topics/aktobe-2016.yaml")
    assert problem.line == line
    assert problem.field.endswith("].body[0]")
    assert '"The attack followed a plan seen before in the North' in problem.message
    assert "'Black June 2016'" in problem.message


def test_claims_that_each_name_their_partisan_source_pass(data_copy: Path) -> None:
    _add_section(data_copy, EACH_CLAIM_NAMED)
    catalog, problems = check_catalog(data_copy)
    assert problems == []
    assert catalog is not None


def test_a_russian_claim_names_the_russian_short_name(data_copy: Path) -> None:
    english = EACH_CLAIM_NAMED.split("      - text:")[1]
    _add_section(data_copy, "      - text:" + english)
    ru = data_copy / "translations" / "ru"
    good = """\
      - text: >-
          По данным статьи «Чёрный июнь 2016», нападение развивалось по знакомой схеме
          [@black-june-2017]. По данным статьи «Казахстан: неизвестный терроризм», погибли
          17 человек [@unknown-terrorism-2016].
"""
    line = _add_section(ru, good.replace("«Чёрный июнь 2016»", "«Black June 2016»"))
    translation = translate(load_catalog(data_copy), "ru")
    [problem] = translation.problems_for(["aktobe-2016"])
    assert problem.line == line and "'Чёрный июнь 2016'" in problem.message

    (ru / "topics" / "aktobe-2016.yaml").write_text(
        (data_copy / "translations/ru/topics/aktobe-2016.yaml")
        .read_text(encoding="utf-8")
        .replace("«Black June 2016»", "«Чёрный июнь 2016»"),
        encoding="utf-8",
    )
    assert translate(load_catalog(data_copy), "ru").problems_for(["aktobe-2016"]) == ()
