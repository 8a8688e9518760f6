"""Hostile data files (issue 14, points 7 and 10): bounded in cost, named in every message.

A data folder or composition file may come from anywhere. A kilobyte must not cost gigabytes,
a message must never print a whole value, and a file in the wrong encoding is named as such.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.catalog.problems import MESSAGE_LIMIT, Problem
from briefkit.catalog.tables import CELL_LIMIT
from briefkit.cli import Exit
from helpers.robust import TOPIC, export, files_in, run_cli

TOPIC_FILE = f"topics/{TOPIC}.yaml"


def _bomb(levels: int = 9) -> str:
    """The "billion laughs": each level repeats the one before it nine times (9**levels)."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        refs = ", ".join([f"*l{n - 1}"] * 9)
        lines.append(f"l{n}: &l{n} [{refs}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_a_topic_is_refused_with_its_line(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / TOPIC_FILE
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "keywords_bomb:\n" + _indented(_bomb()), encoding="utf-8")
    first_alias = original.count("\n") + 3  # the line of l1, the first one that repeats l0
    run = export(data_copy, tmp_path / "out")
    assert run.status == Exit.DATA, run.stderr
    assert f"{TOPIC_FILE}:{first_alias}: uses a YAML alias" in run.stderr, run.stderr
    assert len(run.stderr) < 2_000
    assert files_in(tmp_path / "out") == []


def _indented(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


def test_an_alias_in_a_data_file_is_refused_even_a_harmless_one(data_copy: Path) -> None:
    path = data_copy / "vocabulary.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "extra: &x {a: 1}\nmore: *x\n", encoding="utf-8"
    )
    run = run_cli("check", "--data", data_copy)
    assert run.status == Exit.DATA
    assert "vocabulary.yaml:" in run.stderr + run.stdout
    assert "uses a YAML alias" in run.stderr + run.stdout


def test_a_key_given_twice_is_refused_with_both_lines(data_copy: Path) -> None:
    """YAML keeps the later of two equal keys; a pasted block would hide an edit to the first."""
    path = data_copy / "translations" / "ru" / "language.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines, 1) if line.startswith("  contents:"))
    path.write_text("\n".join([*lines, "  contents: Оглавление"]) + "\n", encoding="utf-8")
    run = run_cli("check", "--data", data_copy, "--lang", "ru")
    said = run.stderr + run.stdout
    assert run.status == Exit.DATA, said
    assert f'language.yaml:{len(lines) + 1}: gives the key "contents" a second time' in said, said
    assert f"(first at line {first})" in said


def test_a_composition_file_bomb_is_a_short_usage_error(tmp_path: Path) -> None:
    composition = tmp_path / "bomb.yaml"
    composition.write_text("title: Bomb\n" + _bomb() + "sections: *l8\n", encoding="utf-8")
    run = run_cli("export", "--compose-file", composition, "--out", tmp_path / "out")
    assert run.status == Exit.USAGE, run.stderr
    assert "bomb.yaml:3: uses a YAML alias" in run.stderr
    assert len(run.stderr) < 2_000
    assert files_in(tmp_path / "out") == []


def test_a_huge_unknown_key_is_shortened_in_the_message(tmp_path: Path) -> None:
    composition = tmp_path / "long.yaml"
    key = "x" * 100_000
    composition.write_text(f"title: T\n{key}: 1\nsections: [aktobe-2016:attack]\n")
    run = run_cli("export", "--compose-file", composition, "--out", tmp_path / "out")
    assert run.status == Exit.USAGE
    assert "long.yaml:2:" in run.stderr
    assert len(run.stderr) < 2_000


def test_a_problem_never_prints_a_whole_value() -> None:
    shown = str(Problem("f.csv", 3, "y" * 10_000, "z" * 10_000))
    assert len(shown) < MESSAGE_LIMIT + 200
    assert shown.startswith("f.csv:3: yyy") and shown.endswith("\u2026")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_files_are_named_as_such(
    encoding: str, data_copy: Path, tmp_path: Path
) -> None:
    path = data_copy / "measures.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    run = export(data_copy, tmp_path / "out")
    assert run.status == Exit.DATA
    wanted = "UTF-32" if "32" in encoding else "UTF-16"
    assert f"measures.csv:1: is {wanted} text, not UTF-8; save it as UTF-8" in run.stderr
    assert "Windows-1251" not in run.stderr


def test_an_enormous_cell_names_its_line_and_column(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "incidents.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].strip().split(",")
    cells = lines[5].rstrip("\n").split(",")
    cells[header.index("place")] = "A" * 200_000
    lines[5] = ",".join(cells) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    run = export(data_copy, tmp_path / "out")
    assert run.status == Exit.DATA
    assert (
        "incidents.csv:6: place: is 200,000 characters long; "
        f"a cell may hold at most {CELL_LIMIT:,}" in run.stderr
    )
    assert len(run.stderr) < 4_000


def test_a_cell_beyond_what_is_read_names_its_line(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "incidents.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[7] = lines[7].replace(",", ',"' + "B" * 400_000 + '",', 1)
    path.write_text("".join(lines), encoding="utf-8")
    run = export(data_copy, tmp_path / "out")
    assert run.status == Exit.DATA
    assert "incidents.csv:8: has a cell of more than" in run.stderr, run.stderr[:500]


@pytest.mark.parametrize("name", ["incidents.csv", TOPIC_FILE])
def test_a_data_file_linking_outside_the_folder_is_refused_unread(
    name: str, data_copy: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (data_copy / name).unlink()
    (data_copy / name).symlink_to(secret)
    run = export(data_copy, tmp_path / "out")
    assert run.status == Exit.DATA
    assert f"{name}: is a link to a file outside the data folder" in run.stderr
    assert "root:x" not in run.stderr + run.stdout and str(secret) not in run.stderr


def test_two_topics_that_would_write_one_file_are_refused(data_copy: Path, tmp_path: Path) -> None:
    text = (data_copy / TOPIC_FILE).read_text(encoding="utf-8")
    clash = f"{TOPIC}-handout"
    (data_copy / f"topics/{clash}.yaml").write_text(
        text.replace(f"id: {TOPIC}", f"id: {clash}", 1), encoding="utf-8"
    )
    out = tmp_path / "out"
    run = run_cli(
        "export", TOPIC, clash, "--data", data_copy, "--out", out,
        "--format", "docx", "--format", "handout",
    )  # fmt: skip
    assert run.status == Exit.USAGE, run.stderr
    assert f"{TOPIC} and {clash} would both be written as {clash}.docx" in run.stderr
    assert files_in(out) == []
