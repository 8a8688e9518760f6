"""The problems of a data file (``file:line: field: message``) in the user's language: under
BRIEFKIT_LANG=ru or kk a broken data folder's problems keep their file, line and field and say
the rest in Russian or Kazakh, with no English sentence left."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from briefkit.catalog import messages as catalog_messages
from briefkit.catalog.problems import Problem
from briefkit.cli import main
from briefkit.message_table import ENGLISH
from briefkit.messages import message, message_words
from briefkit.resources import bundled
from helpers.english_left import english_left

_PREFIX = re.compile(r"^\S+?:(\d+:)? (?:[\w\[\].]+: )?")
"""A problem line's file, line and field."""


def _break(data: Path, edit: Callable[[Path, str, str], None]) -> None:
    """A bad date, an unknown source id and a duplicate id in incidents.csv; a missing field
    and an unknown one in one topic; a YAML syntax error in another."""
    incidents = data / "incidents.csv"
    lines = incidents.read_text(encoding="utf-8").splitlines()
    first, second = lines[1].split(",", 2), lines[3].split(",", 1)
    lines[1] = ",".join([first[0], "2009-13-45", first[2]])
    lines[2] = lines[2].rstrip() + ";no-such-source"
    lines[4] = second[0] + "," + lines[4].split(",", 1)[1]
    incidents.write_text("\n".join(lines) + "\n", encoding="utf-8")
    topic = data / "topics" / "legal-reforms.yaml"
    text = topic.read_text(encoding="utf-8")
    title = re.search(r"(?m)^title:.*\n", text)
    assert title is not None
    topic.write_text(text.replace(title.group(0), "bogus_field: 1\n", 1), encoding="utf-8")
    edit(data / "topics" / "aktobe-2016.yaml", "\nperiod:", "\nsummary_bad: a: b: c\nperiod:")


def _problems(data: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    status = main(["check", "--data", str(data)])
    assert status != 0
    out = capsys.readouterr()
    return [line for line in (out.out + out.err).splitlines() if line.startswith(str(data))]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_broken_folder_s_problems_are_said_in_the_language(
    lang: str,
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _break(data_copy, edit)
    english = _problems(data_copy, capsys)
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    said = _problems(data_copy, capsys)
    assert len(said) == len(english) >= 6
    for mine, theirs in zip(sorted(said), sorted(english), strict=True):
        where = _PREFIX.match(theirs)
        assert where is not None and mine.startswith(where.group(0)), (mine, theirs)
    left = {line: set(english_left(_PREFIX.sub("", line))) - {"YAML"} for line in said}
    assert not {line: words for line, words in left.items() if words}
    text = "\n".join(said)
    for wanted in ("2009-13-45", "no-such-source", "title:", "bogus_field:", "YAML"):
        assert wanted in text


def test_english_says_the_problems_as_before(
    data_copy: Path, edit: Callable[[Path, str, str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    _break(data_copy, edit)
    text = "\n".join(_problems(data_copy, capsys))
    assert 'date: "2009-13-45" is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11' in text
    assert 'unknown source id "no-such-source"; known sources: ' in text
    assert "title: is missing; this field is required" in text
    assert "bogus_field: is not a known field; remove it or check its spelling" in text
    assert "is not valid YAML: mapping values are not allowed" in text
    assert re.search(r'id: "[^"]+" is already used in \S+incidents.csv line 4; ids must', text)


def test_every_catalog_template_is_its_code_s_english() -> None:
    assert set(catalog_messages.CODES) == catalog_messages.TEMPLATES
    for template, code in catalog_messages.CODES.items():
        assert ENGLISH[code] == template


def _fields(pattern: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(pattern) if name}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_data_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    path = bundled("data") / "translations" / lang / "messages.yaml"
    words = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    for code, pattern in ENGLISH.items():
        if code.startswith("data_"):
            assert code in words, code
            assert _fields(words[code]) == _fields(pattern), code


def test_a_problem_keeps_file_line_and_field_and_says_its_message() -> None:
    words = message_words("ru")
    problem = Problem("data/x.yaml", 3, "title", catalog_messages.Message(catalog_messages.MISSING))
    assert str(problem) == "data/x.yaml:3: title: is missing; this field is required"
    assert problem.told(words.say) == "data/x.yaml:3: title: отсутствует; это поле обязательно"
    plain = Problem("data/x.yaml", 0, "", message("data_file_missing"))
    assert plain.told(words.say) == "data/x.yaml: отсутствует в папке данных"
