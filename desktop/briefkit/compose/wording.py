"""How dates, counts and figures are written in a language (each function takes it first)."""

from __future__ import annotations

import datetime as dt

from briefkit.catalog.language import Language
from briefkit.catalog.records import DatePrecision, Indicator, Qualifier


def date_label(lang: Language, day: dt.date, precision: DatePrecision) -> str:
    """A date as precise as the sources give it: "5 June 2016", "July 2011", "2011"."""
    parts = lang.date_parts(day)
    match precision:
        case DatePrecision.DAY:
            return lang.w("date_day", **parts)
        case DatePrecision.MONTH:
            return lang.w("date_month", **parts)
        case DatePrecision.QUARTER:
            first = 3 * ((day.month - 1) // 3)
            return lang.w(
                "date_quarter",
                **parts,
                first=lang.months[first],
                last=lang.months[first + 2],
            )
        case DatePrecision.BY:
            return lang.w("date_by", **parts)
        case _:
            return lang.w("date_year", **parts)


def period_label(lang: Language, start: dt.date, end: dt.date) -> str:
    """A topic's period: "May 2011 – December 2017"."""
    return lang.w(
        "period_range",
        start=date_label(lang, start, DatePrecision.MONTH),
        end=date_label(lang, end, DatePrecision.MONTH),
    )


def count(lang: Language, value: int | None) -> str:
    """A count, or an em dash when the sources do not give it."""
    return "—" if value is None else lang.number(value)


QUALIFIER_WORDS = {
    Qualifier.ABOUT: "about",
    Qualifier.MORE_THAN: "more_than",
    Qualifier.AT_LEAST: "at_least",
    Qualifier.ALMOST: "almost",
}
"""The language word (``Language.w`` key) that states each qualifier: "about {value}"."""


def _money_or_percent(lang: Language, ind: Indicator, billions: str) -> str | None:
    """US dollars (``billions``: the word for amounts of a billion and more) or a percentage;
    None for any other unit."""
    assert ind.value is not None
    if ind.unit == "usd":
        if ind.value >= 1e9:
            return lang.w(billions, value=lang.number(ind.value / 1e9))
        return lang.w("usd", value=lang.number(ind.value))
    if ind.unit == "percent":
        return lang.w("percent", value=lang.number(ind.value))
    return None


def figure_value(lang: Language, ind: Indicator) -> str:
    """An indicator's value in a few characters, for key figures: "950+", "US$1.3 bn", "~400"."""
    if ind.value is None:
        return ind.value_text
    base = _money_or_percent(lang, ind, "usd_billions_short") or lang.number(ind.value)
    return {
        Qualifier.ABOUT: f"~{base}",
        Qualifier.MORE_THAN: f"{base}+",
        Qualifier.AT_LEAST: f"{base}+",
        Qualifier.ALMOST: f"~{base}",
    }.get(ind.qualifier, base)


def figure_words(lang: Language, ind: Indicator, unit_label: str) -> str:
    """An indicator's value in words, for tables: "more than 950 websites", "almost 170 people"
    (the qualifier's pattern may also place the ``number`` and ``unit`` apart: "950-ден астам
    сайт")."""
    if ind.value is None:
        return f"{ind.value_text} {unit_label}".strip()
    amount = (
        _money_or_percent(lang, ind, "usd_billions") or f"{lang.number(ind.value)} {unit_label}"
    )
    key = QUALIFIER_WORDS.get(ind.qualifier)
    if not key:
        return amount
    number, unit = _figure_parts(lang, ind, unit_label)
    return lang.w(key, value=amount, number=number, unit=unit).strip()


def _figure_parts(lang: Language, ind: Indicator, unit_label: str) -> tuple[str, str]:
    """An indicator's figure as written ("950", "1,3 млрд", "30 %") and the words after it."""
    assert ind.value is not None
    if ind.unit == "usd":
        if ind.value >= 1e9:
            number = lang.w("billions_short", value=lang.number(ind.value / 1e9))
        else:
            number = lang.number(ind.value)
        return number, lang.w("usd", value="").strip()
    if ind.unit == "percent":
        return lang.w("percent", value=lang.number(ind.value)), ""
    return lang.number(ind.value), unit_label


def period_text(lang: Language, period: str) -> str:
    """An indicator period as printed: "2011-2012", "January-August 2013", "2008"."""
    if "/" not in period:
        if len(period) == 7:
            return date_label(
                lang, dt.date(int(period[:4]), int(period[5:]), 1), DatePrecision.MONTH
            )
        return period
    start, end = period.split("/")
    if len(start) == 7 and len(end) == 7 and start[:4] == end[:4]:
        return lang.w(
            "date_quarter",
            first=lang.months[int(start[5:]) - 1],
            last=lang.months[int(end[5:]) - 1],
            year=start[:4],
        )
    return lang.w("year_range", start=start[:4], end=end[:4])
