"""A user's own data folder made by an older Briefkit, or grown by an import: the words a newer
Briefkit added come from the bundled data, and text not yet translated warns in a plain
``check`` but fails ``check --lang`` and the export in that language."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from briefkit.catalog.load import load_catalog
from helpers.robust import run_cli

Edit = Callable[[Path, str, str], None]

NEW_WORD = "progress_converting"


def drop_word(path: Path, key: str) -> None:
    """``path`` (a language.yaml) without the line of the word ``key``, as an older copy."""
    text = path.read_text(encoding="utf-8")
    shorter = re.sub(rf"(?m)^\s+{key}:.*\n", "", text)
    assert shorter != text, f"{path} has no word {key}"
    path.write_text(shorter, encoding="utf-8")


def test_a_copy_lacking_a_newer_word_takes_it_from_the_bundled_data(data_copy: Path) -> None:
    drop_word(data_copy / "language.yaml", NEW_WORD)
    drop_word(data_copy / "translations" / "ru" / "language.yaml", NEW_WORD)
    run = run_cli("check", "--data", data_copy, "--lang", "ru")
    assert run.status == 0, run.stdout
    assert "no problems" in run.stdout and "missing" not in run.stdout
    english = load_catalog(data_copy).language
    assert english.w(NEW_WORD, name="x") == "Converting x to PDF"


def test_a_word_a_copy_gets_wrong_is_still_reported(data_copy: Path, edit: Edit) -> None:
    path = data_copy / "language.yaml"
    line = next(ln for ln in path.read_text(encoding="utf-8").splitlines() if NEW_WORD in ln)
    edit(path, line, line.replace("{name}", "{nom}"))
    run = run_cli("check", "--data", data_copy)
    assert run.status != 0 and f"words.{NEW_WORD}" in run.stdout


def test_text_not_yet_translated_warns_unless_the_language_is_asked_for(
    data_copy: Path, edit: Edit
) -> None:
    ru = data_copy / "translations" / "ru" / "places.yaml"
    line = next(ln for ln in ru.read_text(encoding="utf-8").splitlines() if ln.startswith("Taraz:"))
    edit(ru, line + "\n", "")
    plain = run_cli("check", "--data", data_copy)
    assert plain.status == 0, plain.stdout
    assert "warning: " in plain.stdout and "Taraz: place name missing" in plain.stdout
    assert "1 string(s) not yet translated" in plain.stdout
    asked = run_cli("check", "--data", data_copy, "--lang", "ru")
    [taraz] = [ln for ln in asked.stdout.splitlines() if "Taraz: place name missing" in ln]
    assert asked.status != 0 and not taraz.startswith("warning:")
