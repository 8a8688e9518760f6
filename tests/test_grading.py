"""Source grading and calibrated language in the data: what ``check`` refuses and warns of,
with file and line, in English and in Russian."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefkit.catalog import load_catalog
from briefkit.catalog.load import check_catalog
from briefkit.catalog.translations import translate
from briefkit.resources import bundled


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the bundled data to break."""
    folder = tmp_path / "data"
    shutil.copytree(bundled("data"), folder)
    return folder


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, words: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if words in line)


def test_bundled_data_is_graded_throughout_and_checks_clean() -> None:
    catalog = load_catalog()
    assert {s.id: s.reliability for s in catalog.sources.values()} == {
        "black-june-2017": "D",
        "unknown-terrorism-2016": "D",
        "voloshin-2013": "B",
        "ct-measures-2013": "C",
        "zenn-2013": "B",
    }
    assert all(s.reliability_reason for s in catalog.sources.values())
    records = {*catalog.incidents, *catalog.indicators, *catalog.measures}
    assert set(catalog.credibility) == records
    assert all(c.reason for c in catalog.credibility.values())
    versions = [v for d in catalog.disputes for v in d.versions]
    assert all(v.credibility and v.credibility_reason for v in versions)
    may = next(d for d in catalog.disputes if d.id == "may-2011-car-bomb-place")
    assert [v.credibility for v in may.versions] == [1, 1, 5]  # Zenn's Aktobe, against two
    assert catalog.warnings == ()
    assert translate(catalog, "ru").warnings == ()


def test_bad_grades_are_refused_with_file_line_and_field(data: Path) -> None:
    sources = data / "sources.yaml"
    _edit(sources, "reliability: B\n", "reliability: G\n")
    _edit(sources, "reliability: C\n  reliability_reason:", "reliability: C\n  reliability_rsn:")
    disputes = data / "disputes.yaml"
    _edit(disputes, "      credibility: 4\n      credibility_reason:", "      credibility: 4\n  #")
    credibility = data / "credibility.yaml"
    _edit(credibility, "- record: dagestan-raid-2009-06", "- record: no-such-event")
    _edit(credibility, "  grade: 1\n", "  grade: 7\n")
    _, problems = check_catalog(data)
    said = [str(p) for p in problems]
    letter = _line_of(sources, "reliability: G")
    assert f'sources.yaml:{letter}: reliability: "G" is not allowed' in "\n".join(said)
    assert any(f"sources.yaml:{letter + 16}: reliability_rsn" in s for s in said)
    assert any(
        "disputes.yaml" in s and "versions[1].credibility_reason: is empty" in s for s in said
    )
    unknown = _line_of(credibility, "no-such-event")
    assert any(f"credibility.yaml:{unknown}: record" in s for s in said)
    seven = _line_of(credibility, "grade: 7")
    assert any(f'credibility.yaml:{seven}: grade: "7" is above 6' in s for s in said)


def test_weak_basis_warns_for_key_judgments_and_figures(data: Path) -> None:
    _edit(data / "sources.yaml", "reliability: D\n", "reliability: E\n", count=2)
    _edit(
        data / "credibility.yaml",
        "- record: acts-amended-2016\n  grade: 3",
        "- record: acts-amended-2016\n  grade: 5",
    )
    catalog = load_catalog(data)
    said = [str(w) for w in catalog.warnings]
    topic = data / "topics" / "aktobe-2016.yaml"
    first = _line_of(topic, "The attackers were likely recruited") - 1
    assert any(
        f"aktobe-2016.yaml:{first}: key_judgments[0]: rests only on sources graded E or F" in s
        for s in said
    ), said
    acts = _line_of(topic, "label: legislative acts to be amended")
    assert any(
        f"aktobe-2016.yaml:{acts}: key_figures[1]: rests only on information graded 5 or 6" in s
        for s in said
    ), said
    # the Zenn-backed judgment rests on a B source too: no warning for it
    assert not any("key_judgments[1]" in s for s in said)


def test_estimative_words_are_flagged_at_their_line(data: Path) -> None:
    topic = data / "topics" / "aktobe-2016.yaml"
    _edit(topic, "seized a bus and tried", "seized a bus and probably tried")
    _edit(
        topic,
        "rather than sent from abroad: according to",
        "rather than sent from abroad, we judge with high confidence: according to",
    )
    _edit(topic, "likelihood: very-unlikely", "likelihood: unlikely")
    catalog = load_catalog(data)
    said = [str(w) for w in catalog.warnings]
    probably = _line_of(topic, "probably tried")
    assert f'aktobe-2016.yaml:{probably}: summary[0]: uses "probably"' in "\n".join(said)
    sentence = _line_of(topic, "high confidence")
    assert any(
        f"aktobe-2016.yaml:{sentence}: key_judgments[0]: states likelihood and confidence" in s
        for s in said
    ), said
    assert any(
        'key_judgments[2].likelihood: is "unlikely" but the text says "very unlikely"' in s
        for s in said
    ), said


def test_hedges_count_only_in_a_topic_that_uses_the_scale(data: Path) -> None:
    wave = data / "topics" / "wave-2011-2012.yaml"
    assert "possibly" in wave.read_text(encoding="utf-8")  # no likelihoods: not flagged
    aktobe = data / "topics" / "aktobe-2016.yaml"
    _edit(aktobe, "seized a bus and tried", "seized a bus and perhaps tried")
    said = [str(w) for w in load_catalog(data).warnings]
    assert [s for s in said if "perhaps" in s] and not [s for s in said if "wave-2011" in s]


def test_russian_words_outside_the_russian_scale_warn(data: Path) -> None:
    topic = data / "translations" / "ru" / "topics" / "aktobe-2016.yaml"
    _edit(topic, "Нападавшие, вероятно, были", "Нападавшие, по всей видимости, были")
    translation = translate(load_catalog(data), "ru")
    line = _line_of(topic, "по всей видимости")
    said = [str(w) for w in translation.warnings]
    assert any(
        f'aktobe-2016.yaml:{line}: key_judgments[0]: uses "по всей видимости"' in s
        and "вероятно" in s
        for s in said
    ), said
    assert translation.problems == ()  # a warning: the Russian briefing is still made


def test_russian_topic_must_keep_the_english_likelihood(data: Path) -> None:
    topic = data / "translations" / "ru" / "topics" / "aktobe-2016.yaml"
    _edit(topic, "    confidence: moderate", "    confidence: high")
    problems = [str(p) for p in translate(load_catalog(data), "ru").problems]
    assert any("key_judgments[1].confidence" in p and "'moderate'" in p for p in problems)
