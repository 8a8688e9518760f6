"""How dates, counts and figures are written in English briefings."""

from __future__ import annotations

import datetime as dt

from briefkit.catalog.records import DatePrecision, Indicator, Qualifier


def date_label(day: dt.date, precision: DatePrecision) -> str:
    """A date as precise as the sources give it: "5 June 2016", "July 2011", "2011"."""
    match precision:
        case DatePrecision.DAY:
            return f"{day.day} {day:%B %Y}"
        case DatePrecision.MONTH:
            return f"{day:%B %Y}"
        case DatePrecision.QUARTER:
            first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
            last = dt.date(day.year, first.month + 2, 1)
            return f"{first:%B}-{last:%B %Y}"
        case DatePrecision.BY:
            return f"by {day:%B %Y}"
        case _:
            return str(day.year)


def period_label(start: dt.date, end: dt.date) -> str:
    """A topic's period: "May 2011 - December 2017"."""
    return f"{start:%B %Y} – {end:%B %Y}"


def count(value: int | None) -> str:
    """A count, or an em dash when the sources do not give it."""
    return "—" if value is None else f"{value:,}"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def figure_value(ind: Indicator) -> str:
    """An indicator's value in a few characters, for key figures: "950+", "US$1.3 bn", "~400"."""
    if ind.value is None:
        return ind.value_text
    if ind.unit == "usd":
        base = (
            f"US${_number(ind.value / 1e9)} bn" if ind.value >= 1e9 else f"US${_number(ind.value)}"
        )
    elif ind.unit == "percent":
        base = f"{_number(ind.value)}%"
    else:
        base = _number(ind.value)
    return {
        Qualifier.ABOUT: f"~{base}",
        Qualifier.MORE_THAN: f"{base}+",
        Qualifier.AT_LEAST: f"{base}+",
        Qualifier.ALMOST: f"~{base}",
    }.get(ind.qualifier, base)


def figure_words(ind: Indicator, unit_label: str) -> str:
    """An indicator's value in words, for tables: "more than 950 websites", "almost 170 people"."""
    if ind.value is None:
        return f"{ind.value_text} {unit_label}".strip()
    if ind.unit == "usd":
        amount = (
            f"US${_number(ind.value / 1e9)} billion"
            if ind.value >= 1e9
            else f"US${_number(ind.value)}"
        )
    elif ind.unit == "percent":
        amount = f"{_number(ind.value)}%"
    else:
        amount = f"{_number(ind.value)} {unit_label}"
    prefix = {
        Qualifier.ABOUT: "about ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.AT_LEAST: "at least ",
        Qualifier.ALMOST: "almost ",
    }.get(ind.qualifier, "")
    return prefix + amount


def period_text(period: str) -> str:
    """An indicator period as printed: "2011-2012", "January-August 2013", "2008"."""
    if "/" not in period:
        if len(period) == 7:
            return f"{dt.date(int(period[:4]), int(period[5:]), 1):%B %Y}"
        return period
    start, end = period.split("/")
    if len(start) == 7 and len(end) == 7 and start[:4] == end[:4]:
        first = dt.date(int(start[:4]), int(start[5:]), 1)
        last = dt.date(int(end[:4]), int(end[5:]), 1)
        return f"{first:%B}-{last:%B %Y}"
    return f"{start[:4]}-{end[:4]}"
