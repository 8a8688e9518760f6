"""The rarer messages in the user's language (issue 19, point 5): the data folder's lock held by
a real second process, pydantic's rarer error types, Python's CSV and operating-system errors,
the theme-colour warning and --version's help; under ru and kk no English sentence is left and
the file, line, field and path are still named, while English says them as before."""

from __future__ import annotations

import ast
import csv
import errno
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic_core import ErrorDetails

import briefkit
from briefkit.catalog.errors import explain
from briefkit.cli import Exit, main
from briefkit.message_table import ENGLISH
from briefkit.message_table_data import DATA_ENGLISH
from briefkit.message_table_rare import CSV_CODES, ERRNO_CODES, PYDANTIC_CODES, RARE_ENGLISH
from briefkit.messages import csv_reason, message_words, os_error, os_reason
from helpers import acled
from helpers.english_left import english_left

LANGS = ["ru", "kk"]
_HOLDER = """
import sys, time
from pathlib import Path
from briefkit.catalog.lock import folder_lock
with folder_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    out = capsys.readouterr()
    return status, out.out + out.err


def _left(text: str, *names: str) -> list[str]:
    """English words left in ``text`` once the names given are taken out."""
    for name in (*names, "pydantic"):
        text = text.replace(name, " ")
    return english_left(re.sub(r"#[0-9A-F]{6}", " ", text))


@pytest.fixture
def held(data_copy: Path) -> Iterator[subprocess.Popen[str]]:
    """A second Briefkit process holding the data folder's lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield holder
    holder.communicate("done\n", timeout=30)


def test_a_folder_held_by_another_process_is_said_in_each_language(
    held: subprocess.Popen[str],
    data_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    export = acled.write_csv(tmp_path / "acled-kz.csv")
    args = ["data", "import", str(export), "--data", str(data_copy)]
    status, english = _run(args, capsys)
    assert status == Exit.OUTPUT
    assert f"{data_copy} is being changed by another Briefkit (process {held.pid} on " in english
    assert f"delete {data_copy / '.briefkit-lock'})" in english
    for lang in LANGS:
        monkeypatch.setenv("BRIEFKIT_LANG", lang)
        status, said = _run(args, capsys)
        assert status == Exit.OUTPUT
        assert str(data_copy) in said and str(held.pid) in said and ".briefkit-lock" in said
        host = re.search(r"process \d+ on (\S+?)[,)]", english)
        assert host is not None
        assert not _left(said, host.group(1), "Briefkit"), said


@pytest.mark.parametrize("lang", LANGS)
def test_the_window_says_the_lock_in_its_language(
    held: subprocess.Popen[str], data_copy: Path, lang: str
) -> None:
    """The window shows the error ``say_error`` makes of the refusal (gui.core_text)."""
    from briefkit.catalog.importing.apply import ImportRefusedError, holding, import_target

    target = import_target(data_copy)
    with pytest.raises(ImportRefusedError) as refused, holding(target):
        pass
    said = message_words(lang).say_error(refused.value)
    assert str(data_copy) in said and str(held.pid) in said
    assert said != str(refused.value)
    assert not re.search(r"is being changed|wait for it", said)


def _details(kind: str, value: object, ctx: dict[str, object] | None, msg: str) -> ErrorDetails:
    found: ErrorDetails = {"type": kind, "loc": ("x",), "msg": msg, "input": value}
    if ctx is not None:
        found["ctx"] = ctx
    return found


_RARE = {
    "greater_than": (0, {"gt": 0}, "Input should be greater than 0"),
    "less_than": (9, {"lt": 5}, "Input should be less than 5"),
    "multiple_of": (3, {"multiple_of": 2}, "Input should be a multiple of 2"),
    "finite_number": ("nan", None, "Input should be a finite number"),
    "int_parsing_size": (
        "9" * 5000,
        None,
        "Unable to parse input string as an integer, exceeded maximum size",
    ),
    "too_long": (
        [1] * 7,
        {"field_type": "Tuple", "max_length": 6, "actual_length": 7, "expected_plural": "s"},
        "Tuple should have at most 6 items after validation, not 7",
    ),
    "union_tag_invalid": (
        {"kind": "x"},
        {"discriminator": "'kind'", "tag": "x", "expected_tags": "'a', 'b'"},
        "Input tag 'x' found using 'kind' does not match any of the expected tags: 'a', 'b'",
    ),
    "union_tag_not_found": (
        {},
        {"discriminator": "'kind'"},
        "Unable to extract tag using discriminator 'kind'",
    ),
    "block_kind": (
        {"bogus": 1},
        None,
        "a block needs one of the keys text, note, chart, table, timeline, disagreements",
    ),
    "none_required": (1, None, "Input should be None"),
    "string_unicode": (
        b"\xff",
        None,
        "Input should be a valid string, unable to parse raw data as a unicode string",
    ),
    "datetime_parsing": (
        "x",
        {"error": "input is too short"},
        "Input should be a valid datetime, input is too short",
    ),
    "datetime_from_date_parsing": (
        "x",
        {"error": "input is too short"},
        "Input should be a valid datetime, input is too short",
    ),
    "time_parsing": (
        "x",
        {"error": "input is too short"},
        "Input should be a valid time format, input is too short",
    ),
    "set_type": (1, None, "Input should be a valid set"),
    "frozen_set_type": (1, None, "Input should be a valid set"),
    "iterable_type": (1, None, "Input should be iterable"),
    "mapping_type": (1, {"error": "x"}, "Input should be a valid mapping, error: x"),
    "recursion_loop": ([], None, "Recursion error - cyclic reference detected"),
}


def test_every_rare_pydantic_type_is_tried() -> None:
    assert set(_RARE) == set(PYDANTIC_CODES)


@pytest.mark.parametrize("kind", sorted(_RARE))
def test_a_rare_pydantic_error_keeps_its_english_and_is_said_in_each_language(kind: str) -> None:
    value, ctx, msg = _RARE[kind]
    said = explain(_details(kind, value, ctx, msg))
    assert said == msg  # English: pydantic's own sentence, as before
    for lang in LANGS:
        told = message_words(lang).say(said)
        assert told != msg and not _left(told, "Briefkit"), (lang, told)


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_pydantic_type_names_the_value_in_the_language(lang: str) -> None:
    said = explain(_details("uuid_type", "abc", None, "UUID input should be a string"))
    assert said == 'UUID input should be a string"' or '"abc"' in said
    told = message_words(lang).say(said)
    assert '"abc"' in told and '"UUID input should be a string"' in told
    assert not _left(told.replace('"UUID input should be a string"', ""))


@pytest.mark.parametrize("lang", LANGS)
def test_a_topic_s_rare_errors_name_file_line_and_field_in_the_language(
    lang: str,
    data_copy: Path,
    edit: Callable[[Path, str, str], None],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An unknown block kind and a key-point list past its bound (block_kind, too_long)."""
    topic = data_copy / "topics" / "aktobe-2016.yaml"
    edit(topic, "    body:\n      - text: >-", "    body:\n      - bogus: 1\n      - text: >-")
    points = "".join(f"  - text: Point {n}.\n" for n in range(9))
    edit(topic, "key_points:\n", f"key_points:\n{points}")
    status, english = _run(["check", "--data", str(data_copy)], capsys)
    assert status != 0
    assert "a block needs one of the keys text, note, chart, table" in english
    assert "should have at most 6 items after validation, not" in english
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    _, said = _run(["check", "--data", str(data_copy)], capsys)
    lines = [line for line in said.splitlines() if line.startswith(str(topic))]
    assert any(re.match(rf"{re.escape(str(topic))}:\d+: sections\[0\]\.body", x) for x in lines)
    assert any(re.match(rf"{re.escape(str(topic))}:\d+: key_points", x) for x in lines)
    for line in lines:
        assert not _left(line.split(": ", 2)[-1], "Briefkit"), line


def _broken_csv(data: Path, cell: str) -> Path:
    incidents = data / "incidents.csv"
    lines = incidents.read_text(encoding="utf-8").splitlines()
    first = lines[1].split(",", 2)
    lines[3] = ",".join([first[0] + "-x", cell, first[2]])
    incidents.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return incidents


@pytest.mark.parametrize(
    ("cell", "english"),
    [
        ("x" * (csv.field_size_limit() + 10), "has a cell of more than"),
    ],
)
def test_a_broken_csv_names_its_file_and_line_in_each_language(
    cell: str,
    english: str,
    data_copy: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    incidents = _broken_csv(data_copy, cell)
    _, told = _run(["check", "--data", str(data_copy)], capsys)
    assert f"{incidents}:4: {english}" in told
    for lang in LANGS:
        monkeypatch.setenv("BRIEFKIT_LANG", lang)
        _, said = _run(["check", "--data", str(data_copy)], capsys)
        [line] = [x for x in said.splitlines() if x.startswith(f"{incidents}:4: ")]
        assert not _left(line.removeprefix(f"{incidents}:4: "), "CSV", "NUL"), line


@pytest.mark.parametrize(("text", "code"), [(t, c) for t, c in CSV_CODES.items()])
def test_each_csv_error_is_said_in_each_language(text: str, code: str) -> None:
    said = csv_reason(csv.Error(text + (" (131072)" if code == "csv_field_limit" else "")))
    assert said.code == code and said.startswith(text)
    for lang in LANGS:
        told = message_words(lang).say(said)
        assert told != said and not _left(told, "CSV", "NUL", "UTF")


@pytest.mark.parametrize("number", sorted(ERRNO_CODES))
def test_each_os_reason_is_its_strerror_in_english_and_said_in_each_language(
    number: int,
) -> None:
    error = OSError(number, os.strerror(number), "/tmp/x.csv")
    assert os_reason(error) == os.strerror(number)
    assert os_error(error) == str(error)
    for lang in LANGS:
        told = message_words(lang).say_error(error)
        assert "'/tmp/x.csv'" in told and not _left(told), told


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
@pytest.mark.parametrize("lang", LANGS)
def test_an_unreadable_data_file_is_said_in_the_language(
    lang: str,
    data_copy: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = data_copy / "sources.yaml"
    sources.chmod(0)
    try:
        _, english = _run(["check", "--data", str(data_copy)], capsys)
        assert f"{sources}: cannot be read: Permission denied" in english
        monkeypatch.setenv("BRIEFKIT_LANG", lang)
        _, said = _run(["check", "--data", str(data_copy)], capsys)
    finally:
        sources.chmod(0o644)
    [line] = [x for x in said.splitlines() if x.startswith(f"{sources}: ")]
    assert not _left(line.removeprefix(f"{sources}: ")), line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
@pytest.mark.parametrize("lang", LANGS)
def test_an_export_into_a_read_only_folder_is_said_in_the_language(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    out = locked / "out"
    args = ["export", "aktobe-2016", "--out", str(out), "--format", "docx"]
    try:
        status, english = _run(args, capsys)
        assert f"cannot create the output folder {out}: Permission denied" in english
        monkeypatch.setenv("BRIEFKIT_LANG", lang)
        status, said = _run(args, capsys)
    finally:
        locked.chmod(0o700)
    assert status != 0 and str(out) in said
    assert "Permission denied" not in said and not _left(said, "Briefkit"), said


@dataclass(frozen=True)
class _Office:
    """The Office 2007 theme's colours (a template's ``ThemeColours``)."""

    template: str = "t.pptx"
    dk1: str = "#000000"
    lt1: str = "#FFFFFF"
    dk2: str = "#1F497D"
    accents: tuple[str, ...] = ("#4F81BD", "#C0504D", "#9BBB59", "#8064A2", "#4BACC6", "#F79646")
    text: str = "#000000"
    text_font: str = "Calibri"
    background: str = "#FFFFFF"


def test_a_theme_colour_warning_is_said_in_each_language() -> None:
    from briefkit.charts.themed import themed

    [warning] = themed(_Office()).warnings
    assert warning.startswith("The template t.pptx has theme colours its charts cannot use")
    assert "accent 3 (#9BBB59, 2.2:1): the second series uses #" in warning
    for lang in LANGS:
        told = message_words(lang).say(warning)
        assert "t.pptx" in told and "#9BBB59, 2,2:1" in told
        assert not _left(told, "Briefkit"), told


@pytest.mark.parametrize("lang", LANGS)
def test_the_version_option_s_help_is_said_in_the_language(
    lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, english = _run(["--help"], capsys)
    assert "--version   Show the version and exit." in english
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    _, said = _run(["--help"], capsys)
    [line] = [x for x in said.splitlines() if "--version" in x]
    assert not _left(line), line


def _keys(module: str) -> set[str]:
    """The string keys of the dict literals in a module of the package."""
    tree = ast.parse((Path(briefkit.__file__).parent / module).read_text(encoding="utf-8"))
    found = (n for n in ast.walk(tree) if isinstance(n, ast.Dict))
    return {k.value for d in found for k in d.keys if isinstance(k, ast.Constant)}


def test_the_rare_codes_are_new_and_translated() -> None:
    assert not set(RARE_ENGLISH) & (_keys("message_table.py") | set(DATA_ENGLISH))
    assert set(RARE_ENGLISH) <= set(ENGLISH)
    for lang in LANGS:
        assert set(RARE_ENGLISH) <= set(message_words(lang).patterns)
    assert errno.ENOENT in ERRNO_CODES


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("reason", "out"),
    [("Not a directory", "a-file/out"), ("File name too long", "x" * 300 + "/out")],
)
def test_an_output_folder_that_cannot_be_made_is_said_in_the_language(
    reason: str,
    out: str,
    lang: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    folder = tmp_path / out
    args = ["export", "aktobe-2016", "--out", str(folder), "--format", "docx"]
    status, english = _run(args, capsys)
    assert status != 0 and f"cannot create the output folder {folder}: {reason}" in english
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    status, said = _run(args, capsys)
    assert status != 0 and str(folder) in said
    assert reason not in said and not _left(said.replace(str(folder), " ")), said


@pytest.fixture(scope="module")
def deck_verdict_lines() -> list[str]:
    from briefkit.template_check import check_template

    verdict = check_template(
        Path(briefkit.__file__).parents[2] / "templates" / "deck.pptx", count_slides=False
    )
    return verdict.lines()


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_verdict_s_columns_line_up_and_its_numbers_use_the_decimal_mark(
    lang: str, deck_verdict_lines: list[str]
) -> None:
    words = message_words(lang)
    said = [words.say(line) for line in deck_verdict_lines]
    kinds = [line for line in said if line.startswith("    ") and re.search("[“«]", line)]
    assert len(kinds) >= 8
    assert len({re.search("[“«]", line).start() for line in kinds}) == 1, kinds  # type: ignore[union-attr]
    areas = "\n".join(kinds)
    if lang == "en":
        assert re.search(r"\d+\.\d × \d+\.\d cm", areas) and "," not in re.sub(", ", "", areas)
    else:
        assert re.search(r"\d+,\d × \d+,\d см", areas) and not re.search(r"\d\.\d", areas)


@pytest.mark.parametrize("lang", LANGS)
def test_a_composition_s_problems_are_said_in_the_language(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    composition = tmp_path / "mine.yaml"
    composition.write_text(
        "title: Mine\nsections:\n  - aktobe-2016:attack\n  - nowhere:attack\ncolour: red\n",
        encoding="utf-8",
    )
    runs = {
        "file": ["export", "--compose-file", str(composition), "--out", str(tmp_path / "o")],
        "part": ["export", "--compose", "aktobe-2016", "--title", "T", "--out", str(tmp_path)],
        "topic": ["export", "--compose", "nowhere:attack", "--title", "T", "--out", str(tmp_path)],
    }
    english = {what: _run(args, capsys)[1] for what, args in runs.items()}
    assert f"{composition}:5: colour: unknown key; use title, subtitle" in english["file"]
    assert "'aktobe-2016' is not TOPIC:SECTION; write e.g." in english["part"]
    assert "nowhere:attack: unknown topic 'nowhere'; known topics: " in english["topic"]
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    for what, args in runs.items():
        status, said = _run(args, capsys)
        assert status == Exit.USAGE
        [line] = [x for x in said.splitlines() if x.startswith(("Error: ", "Ошибка", "Қате"))]
        keys = (
            "colour",
            "title",
            "subtitle",
            "name",
            "length",
            "grades",
            "sections",
            "nowhere:attack",
        )
        assert not _left(line.replace("TOPIC:SECTION", " "), "README", *keys), (what, line)
    assert f"{composition}:5: colour: " in _run(runs["file"], capsys)[1]


@pytest.mark.parametrize("lang", LANGS)
def test_a_file_without_a_record_and_an_unknown_table_are_said_in_the_language(
    lang: str,
    data_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import docx

    plain, blank, table = tmp_path / "plain.docx", tmp_path / "blank.docx", tmp_path / "t.csv"
    plain.write_text("not a zip", encoding="utf-8")
    docx.Document().save(str(blank))
    table.write_text("when,what\n2016-06-05,x\n", encoding="utf-8")
    runs = {
        "not zip": (["inspect", str(plain)], "(not a zip package)"),
        "no record": (["inspect", str(blank)], "has no Briefkit record: it was not written"),
        "table": (
            ["data", "import", str(table), "--data", str(data_copy), "--dry-run"],
            "is not a Briefkit incidents table (columns as data/README.md lists them)",
        ),
    }
    for args, english in runs.values():
        assert english in _run(args, capsys)[1]
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    for what, (args, _) in runs.items():
        _, said = _run(args, capsys)
        path = table if what == "table" else Path(args[1])
        [line] = [x.split(";")[0] for x in said.splitlines() if str(path) in x]  # then columns
        columns = ("event_id_cnty", "event_date", "eventid", "iyear", "when", "what", "ACLED")
        assert not _left(line.replace(str(path), " "), "Briefkit", "README", *columns), (what, line)


@pytest.mark.parametrize("lang", LANGS)
def test_a_data_file_the_window_cannot_edit_is_said_in_the_language(lang: str) -> None:
    from briefkit.catalog.importing.entries import YamlEntries

    with pytest.raises(ValueError, match="is not a plain list of entries") as refused:
        YamlEntries.parse("- id: a\n- just text\n", "sources.yaml")
    said = message_words(lang).say_error(refused.value)
    assert "sources.yaml" in said and not _left(said), said
