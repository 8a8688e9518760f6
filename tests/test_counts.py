"""Counts in topic prose come from the data: ``{name}`` placeholders filled by the composer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefkit.catalog import Catalog, check_catalog, load_catalog
from briefkit.catalog.counts import fill
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.compose.model import Paragraph

Edit = Callable[[Path, str, str], None]
SINGLE_SOURCE_ATTACKS = {  # attacks of 2011-2012 that one source alone reports, and that source
    "almaty-police-shooting-2011-11-08": "ct-measures-2013",
    "boraldai-attack-2011-q4": "zenn-2013",
    "arkankergen-border-post-2012-05-31": "ct-measures-2013",
    "atyrau-suicide-bombing-2011-09": "zenn-2013",
    "ile-alatau-killings-2012": "unknown-terrorism-2016",
}


def _texts(catalog: Catalog) -> list[str]:
    briefing = compose_briefing(catalog, "wave-2011-2012", issued=dt.date(2024, 3, 1))
    return [
        b.plain
        for s in briefing.sections
        for b in (*s.blocks, *s.talking_points)
        if isinstance(b, Paragraph)
    ]


def _second_source(data: Path, keep: int) -> None:
    """Give all but ``keep`` of the single-source attacks a second source."""
    path = data / "incidents.csv"
    rows = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for rid, source in list(SINGLE_SOURCE_ATTACKS.items())[keep:]:
        [n] = [n for n, row in enumerate(rows) if row.startswith(rid + ",")]
        assert rows[n].endswith(f",{source}\n")
        rows[n] = rows[n].replace(f",{source}\n", f",{source};voloshin-2013\n")
    path.write_text("".join(rows), encoding="utf-8")


def test_the_bundled_count_is_five(catalog: Catalog) -> None:
    [english] = [t for t in _texts(catalog) if "on a single source" in t]
    assert "Of these attacks, 5 rest on a single source" in english
    [russian] = [t for t in _texts(translate(catalog, "ru").catalog) if "одному источнику" in t]
    assert "Лишь по одному источнику известно о 5 терактах," in russian
    assert "{" not in english + russian


@pytest.mark.parametrize(
    ("keep", "english", "russian"),
    [
        (4, "4 rest", "о 4 терактах"),
        (1, "1 rests", "о 1 теракте"),
        (0, "0 rest", "о 0 терактах"),
    ],
)
def test_the_number_and_its_words_follow_the_data(
    data_copy: Path, keep: int, english: str, russian: str
) -> None:
    _second_source(data_copy, keep)
    catalog = load_catalog(data_copy)
    assert any(f"Of these attacks, {english} on a single source" in t for t in _texts(catalog))
    ru = translate(catalog, "ru").catalog
    assert any(f"Лишь по одному источнику известно {russian}," in t for t in _texts(ru))


@pytest.mark.parametrize(
    ("n", "words"), [(1, "1 теракте"), (3, "3 терактах"), (21, "21 теракте"), (12, "12 терактах")]
)
def test_russian_forms_follow_the_east_slavic_rule(catalog: Catalog, n: int, words: str) -> None:
    russian = translate(catalog, "ru").catalog.language
    assert fill("о {xs|теракте|терактах|терактах}", {"xs": n}, russian) == f"о {words}"
    assert fill("{xs}", {"xs": 1250}, catalog.language) == "1,250"


WAVE = Path("topics") / "wave-2011-2012.yaml"


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (WAVE, "{single-source-attacks|rests|rest}", "{single-source-attack|rests|rest}",
         '"single-source-attack" in {single-source-attack|rests|rest} is not one of the topic'),
        (WAVE, "{single-source-attacks|rests|rest}", "{single-source-attacks|rest}",
         "gives 1 word form(s); English needs 2"),
        (WAVE, "{single-source-attacks|rests|rest}", "{Single source attacks}",
         "{Single source attacks} is not a count placeholder"),
        (WAVE, "event_types: [bombing, suicide-bombing, armed-assault]",
         "event_types: [bombing, suicide-bomb, armed-assault]",
         '"suicide-bomb" is not in vocabulary.yaml'),
        (Path("translations/ru") / WAVE, "{single-source-attacks|теракте|терактах|терактах}",
         "{single-source-attacks|теракте|терактах}", "gives 2 word form(s); Русский needs 3"),
    ],
)  # fmt: skip
def test_a_wrong_placeholder_or_count_is_reported_at_its_line(
    data_copy: Path, edit: Edit, file: Path, old: str, new: str, message: str
) -> None:
    path = data_copy / file
    edit(path, old, new)
    lines = path.read_text(encoding="utf-8").splitlines()
    catalog, problems = check_catalog(data_copy)
    if catalog is not None:
        problems = list(translate(catalog, "ru").problems_for(["wave-2011-2012"]))
    [problem] = problems
    assert problem.file.endswith(str(file)) and message in problem.message, problem
    changed = next(n for n, line in enumerate(lines) if new.split("|")[0] in line)
    if "vocabulary" in message:
        assert problem.line == changed + 1  # the count's event_types line
    else:  # the paragraph holding the placeholder
        block = max(n for n in range(changed + 1) if lines[n].lstrip().startswith("- text:"))
        assert problem.line == block + 1


def test_disputed_counts_agree_with_their_number_in_russian(catalog: Catalog) -> None:
    """The Taraz dispute (3 or 2 civilians): the noun after 2-4 is «жителя», not «жителей»."""
    ru = translate(catalog, "ru").catalog
    texts = repr(compose_briefing(ru, "wave-2011-2012"))  # every text of the briefing
    assert "2 погибших мирных жителя" in texts and "3 погибших мирных жителя" in texts
    assert "5 погибших сотрудников силовых структур" in texts
    assert not re.search(r"\b[234] погибших мирных жителей", texts)
    english = repr(compose_briefing(catalog, "wave-2011-2012"))
    assert "2 civilians killed" in english


def test_chart_headlines_say_counts_and_a_wrong_one_is_reported(
    catalog: Catalog, data_copy: Path, edit: Edit
) -> None:
    charts = [
        b.chart
        for s in compose_briefing(catalog, "wave-2011-2012").sections
        for b in s.blocks
        if hasattr(b, "chart")
    ]
    headlines = [c.headline for c in charts]
    said = "Militants account for 37 of the 72 recorded deaths; security forces lost 24"
    assert said in headlines
    assert not [h for h in headlines + [c.caption for c in charts] if "{" in h]
    edit(data_copy / WAVE, "security forces lost {security-dead}", "security forces lost {lost}")
    _, problems = check_catalog(data_copy)
    [problem] = problems
    assert '"lost" in {lost} is not one of the topic' in problem.message
    assert ".headline" in problem.message or ".headline" in str(problem), problem
