"""Source names in another language: short names and descriptive titles are translated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefkit.catalog import Catalog
from briefkit.catalog.translations import translate
from briefkit.cli import cli
from briefkit.compose import compose_briefing

Edit = Callable[[Path, str, str], None]


def _check_ru(data: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["check", "--data", str(data), "--lang", "ru"])
    return result.exit_code, result.output.splitlines()


def _line(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "field", "english"),
    [
        ("  short: Зенн\n", "zenn-2013.short", '"Zenn"'),
        ("  short: Чёрный июнь 2016\n", "black-june-2017.short", '"Black June 2016"'),
        ("  title: Неподписанный доклад", "ct-measures-2013.title", '"Unsigned report on'),
    ],
)
def test_check_reports_an_untranslated_short_name_or_descriptive_title(
    data_copy: Path, edit: Edit, old: str, field: str, english: str
) -> None:
    path = data_copy / "translations" / "ru" / "sources.yaml"
    record = field.split(".")[0]
    if old.startswith("  title:"):  # drop the whole line
        text = path.read_text(encoding="utf-8")
        start = text.index(old)
        path.write_text(text[:start] + text[text.index("\n", start) + 1 :], encoding="utf-8")
    else:
        edit(path, old, "")
    code, lines = _check_ru(data_copy)
    [problem] = [line for line in lines if f": {field}: " in line]
    assert code == 3
    where, line, _ = problem.split(":", 2)
    assert where.endswith("translations/ru/sources.yaml")
    assert int(line) == _line(path, f"{record}:") + 1  # the first line of the entry
    assert "translation missing" in problem and english in problem
    # a source is used by every topic: each is incomplete
    assert not any(line.endswith(": complete") for line in lines if "translation ru:" in line)


def test_a_printed_title_is_not_translated(data_copy: Path, edit: Edit) -> None:
    path = data_copy / "translations" / "ru" / "sources.yaml"
    edit(path, "  short: Зенн\n", "  short: Зенн\n  title: Стратегии Казахстана\n")
    code, lines = _check_ru(data_copy)
    [problem] = [line for line in lines if ": zenn-2013.title: " in line]
    assert code == 3 and "stays as published" in problem
    assert problem.split(":")[1] == str(_line(path, "title: Стратегии"))


def test_russian_narrative_and_sources_list_use_the_translated_names(catalog: Catalog) -> None:
    ru = translate(catalog, "ru").catalog
    briefing = compose_briefing(ru, "aktobe-2016", issued=dt.date(2024, 3, 1))
    text = " ".join(p.plain for s in briefing.sections for p in s.talking_points)
    assert "«Чёрный июнь 2016»" in text and "Black June" not in text
    black_june = next(e for e in briefing.sources if e.id == "black-june-2017")
    assert black_june.reference.startswith("Автор не указан, [Чёрный июнь 2016 (неподписанная")
    english = compose_briefing(catalog, "aktobe-2016", issued=dt.date(2024, 3, 1))
    assert next(e for e in english.sources if e.id == "black-june-2017").reference.startswith(
        "Unknown author, [Black June 2016 (unsigned"
    )
