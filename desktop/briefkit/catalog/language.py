"""A document language: its fixed words, month names, date patterns and number conventions.

Every word is data: English is ``data/language.yaml``, another language
``translations/<code>/language.yaml`` with the same keys (see ``data/README.md``). The catalog
carries its language (``Catalog.language``) and hands it on: the briefing, each chart spec and
every function that writes words takes the ``Language`` it writes in.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from briefkit.catalog.problems import shorten
from briefkit.messages import message as _message
from briefkit.plurals import plural_form
from briefkit.text_kk import CASES, with_ending

LANGUAGE_FILE = "language.yaml"
"""The file of a language's words and conventions, in the data folder (English) and in each
``translations/<code>/`` folder."""

PluralRule = Literal["one-other", "east-slavic", "invariant"]
"""How a noun agrees with a number: English (1 / other), Russian (1 / 2-4 / 5+), Kazakh (one)."""
_PLACEHOLDER = re.compile(r"\{(\w+)(?:[:!][^{}]*)?\}")
_CASE_PLACEHOLDER = re.compile(rf"\{{(\w+):({'|'.join(CASES)})\}}")
_DATE_PLACEHOLDERS = frozenset({"month", "month_gen", "month_short", "day", "year"})
"""Placeholders every date pattern may use, whatever the English pattern uses."""
QUALIFIER_PARTS = frozenset({"number", "unit"})
QUALIFIERS = ("about", "more_than", "at_least", "almost")
"""The words that qualify a figure ("more than {value}") may also say its ``number`` and its
``unit`` apart, for a language whose case ending goes on the number: "{number:abl} астам {unit}"
(950-ден астам сайт)."""


class _CaseEndings(string.Formatter):
    """``str.format`` that also knows ``{value:abl}``: the figure with its Kazakh case ending
    (``briefkit.text_kk``)."""

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec in CASES:
            return with_ending(str(value), format_spec)
        return str(super().format_field(value, format_spec))


_ENDINGS = _CaseEndings()


class Language(BaseModel):
    """The conventions of one output language (hashable data: it is part of a chart's key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    quotes: tuple[str, str]
    decimal: str
    thousands: str
    plural: PluralRule
    months: tuple[str, ...] = Field(min_length=12, max_length=12)
    months_genitive: tuple[str, ...] = Field(min_length=12, max_length=12)
    months_short: tuple[str, ...] = Field(min_length=12, max_length=12)
    words: dict[str, str]

    # words ------------------------------------------------------------------------------------
    def w(self, key: str, **values: object) -> str:
        """The word or pattern ``key``, filled with ``values``."""
        try:
            text = self.words[key]
        except KeyError:
            raise KeyError(f"the {self.name} language has no word {key!r}") from None
        if not values:
            return text
        if ":" not in text:
            return text.format(**values)
        try:
            return _ENDINGS.vformat(text, (), values)
        except ValueError as error:
            raise ValueError(f"the {self.name} word {key!r}: {error}") from None

    def count_noun(self, n: int, noun: str) -> str:
        """A number and its noun in the right form: "1 incident", "3 инцидента"."""
        return f"{self.number(n)} {self.w(noun + '_' + self.plural_form(n))}"

    def plural_form(self, n: int) -> str:
        """``one``, ``few`` or ``many``: the form of a noun after the number ``n``."""
        return plural_form(self.plural, n)

    def quoted(self, text: str) -> str:
        """Text in the language's quotation marks."""
        return f"{self.quotes[0]}{text}{self.quotes[1]}"

    # numbers ----------------------------------------------------------------------------------
    def number(self, value: float, decimals: int | None = None) -> str:
        """A number with the language's separators: 1,250.5 or 1 250,5."""
        if decimals is None:
            text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
        else:
            text = f"{value:,.{decimals}f}"
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.thousands)

    @property
    def plotly_separators(self) -> str:
        """Plotly's layout ``separators``: decimal mark then thousands mark."""
        return self.decimal + self.thousands

    # dates ------------------------------------------------------------------------------------
    def short_period(self, name: str, year: int | str, lines: bool = False) -> str:
        """A month's or quarter's short name (``name``) with its year, in the order of the
        pattern ``date_short_month``: "Jun 2016", "2 кв. 2016", "2016 ж. мау". With ``lines``,
        on two lines for a chart's axis: the pattern's last plain space becomes ``<br>``."""
        text = self.w(
            "date_short_month", month_short=name, month=name, month_gen=name, day="", year=year
        )
        head, space, tail = text.rpartition(" ")
        return f"{head}<br>{tail}" if lines and space else text

    def date_parts(self, day: dt.date) -> dict[str, object]:
        """The values a date pattern may use."""
        return {
            "day": day.day,
            "month": self.months[day.month - 1],
            "month_gen": self.months_genitive[day.month - 1],
            "month_short": self.months_short[day.month - 1],
            "year": day.year,
        }


def word_problems(
    words: Mapping[str, object], english: Mapping[str, str], lines: Mapping[str, int]
) -> Iterator[tuple[int, str, str]]:
    """(line, field, message) for each word of ``english`` that ``words`` lacks, each word it
    gives that English does not know, and each placeholder the English pattern does not have
    (``lines``: the line of each key in the file)."""
    for key, pattern in english.items():
        given = words.get(key)
        if not isinstance(given, str) or not given.strip():
            yield (
                lines.get(key, 0),
                f"words.{key}",
                _message("data_label_missing", english=excerpt(pattern)),
            )
            continue
        extra = set(_PLACEHOLDER.findall(given)) - set(_PLACEHOLDER.findall(pattern))
        if key in QUALIFIERS:
            extra -= QUALIFIER_PARTS
            for name, spec in _CASE_PLACEHOLDER.findall(given):
                if name != "number":
                    yield lines.get(key, 0), f"words.{key}", _not_a_number(name, spec)
        if extra - _DATE_PLACEHOLDERS:
            need = sorted(set(_PLACEHOLDER.findall(pattern)))
            message = _message("data_pattern_placeholders", extra=sorted(extra), need=need)
            yield lines.get(key, 0), f"words.{key}", message
    for key in words:
        if key not in english:
            yield lines.get(str(key), 0), f"words.{key}", "is not a known document word"


def _not_a_number(name: str, spec: str) -> str:
    """The problem of a qualifier word that puts a case ending after ``name``, not ``number``."""
    sample = {"value": "950 сайт", "unit": "сайт"}.get(name, name)
    return _message(
        "data_case_ending_not_number",
        placeholder=f"{{{name}:{spec}}}",
        name=f"{{{name}}}",
        sample=sample,
        need="{number}",
    )


def excerpt(text: str, width: int = 60) -> str:
    """The start of a text, in quotes, for a problem message: ``"— not given in the sou…"``."""
    return f'"{shorten(" ".join(text.split()), width)}"'
