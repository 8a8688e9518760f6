"""A data folder with a complete Kazakh translation, for the tests of Kazakh output.

The bundled ``translations/kk/`` is used when it is complete. Until then (the translation is
made in parts) a stand-in is written: the Russian text, which has the same structure, under
Kazakh conventions (year-first dates, Kazakh months, no-break-space thousands, decimal comma)
and with Kazakh document words that hold every Kazakh letter, so that dates, numbers and fonts
can be tested end to end.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from briefkit.catalog import load_catalog
from briefkit.catalog.languages import available_languages
from briefkit.catalog.translations import translate
from helpers.samples import DATA

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
"""The letters of Kazakh that Russian lacks, capitals and small."""

MONTHS = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
]
CONVENTIONS = {
    "name": "Қазақша",
    "decimal": ",",
    "thousands": "\u00a0",
    "months": MONTHS,
    "months_genitive": list(MONTHS),
    "months_short": [m[:3] for m in MONTHS],
}
WORDS = {
    "date_day": "{year}\u00a0жылғы {day} {month}",
    "date_month": "{year}\u00a0жылғы {month}",
    "date_quarter": "{year}\u00a0жылғы {first}–{last}",
    "date_year": "{year}\u00a0жыл",
    "date_by": "{year}\u00a0жылғы {month} айына дейін",
    "date_short_day": "{year}\u00a0ж. {day} {month_short}",
    "date_short_month": "{year}\u00a0ж. {month_short}",
    "date_short_by": "{year}\u00a0ж. дейін",
    "quarter_short": "{quarter}-тоқсан",
    "year_range": "{start}–{end}\u00a0жылдары",
    "contents": f"Мазмұны ({KAZAKH_LETTERS})",
    "executive_summary": f"Қысқаша мазмұны ({KAZAKH_LETTERS})",
    "key_figures": f"Негізгі көрсеткіштер ({KAZAKH_LETTERS})",
    "agenda": f"Күн тәртібі ({KAZAKH_LETTERS})",
    "sources": f"Дереккөздер ({KAZAKH_LETTERS})",
    "speaker_sources": f"Осы слайдтың дереккөздері ({KAZAKH_LETTERS})",
    "talking_points": f"Баяндамашыға ({KAZAKH_LETTERS})",
    "chart_incidents_axis": f"Оқиғалар ({KAZAKH_LETTERS})",
    "note_title": f"Анықтама ({KAZAKH_LETTERS})",
}
"""Kazakh conventions and words laid over the Russian ones; each heading holds every letter."""
PANGRAM_WORDS = tuple(k for k, v in WORDS.items() if KAZAKH_LETTERS in v)
"""The headings that hold every Kazakh letter (in the bundled translation too, for the test
of fonts)."""


def bundled_kazakh_problems() -> list[str]:
    """What the bundled Kazakh translation lacks ("missing" when it has no folder)."""
    if "kk" not in available_languages(DATA):
        return ["data/translations/kk is missing"]
    return [str(p) for p in translate(load_catalog(DATA), "kk").problems]


def kazakh_data(folder: Path) -> Path:
    """A copy of the bundled data at ``folder`` with a complete ``kk`` translation: the
    bundled one when it is complete, else the stand-in described above."""
    shutil.copytree(DATA, folder)
    if not bundled_kazakh_problems():  # its headings made to hold every letter, for the fonts
        path = folder / "translations" / "kk" / "language.yaml"
        tree = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in PANGRAM_WORDS:
            tree["words"][key] = f"{tree['words'][key]} ({KAZAKH_LETTERS})"
        path.write_text(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), "utf-8")
        return folder
    kk = folder / "translations" / "kk"
    shutil.rmtree(kk, ignore_errors=True)  # a glossary too: it holds Kazakh, not this Russian
    shutil.copytree(folder / "translations" / "ru", kk)
    path = kk / "language.yaml"
    tree = yaml.safe_load(path.read_text(encoding="utf-8"))
    tree.update(CONVENTIONS)
    tree["words"].update(WORDS)
    path.write_text(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder
