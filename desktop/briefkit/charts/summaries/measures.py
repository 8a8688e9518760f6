"""Measures: in date order, each dated as precisely as the sources give it."""

from __future__ import annotations

from collections.abc import Sequence

from briefkit.catalog.language import Language
from briefkit.catalog.records import DatePrecision, Measure
from briefkit.charts.summaries.over_time import quarter_name


def measures_in_order(measures: Sequence[Measure]) -> tuple[Measure, ...]:
    """Measures by date, then title."""
    return tuple(sorted(measures, key=lambda m: (m.date, m.title)))


def measure_date_label(lang: Language, measure: Measure) -> str:
    """The date as precisely as the sources give it: ``"5 Jun 2016"``, ``"by 2013"``."""
    d = measure.date
    p = measure.date_precision
    parts = lang.date_parts(d)
    if p is DatePrecision.DAY:
        return lang.w("date_short_day", **parts)
    if p is DatePrecision.MONTH:
        return lang.w("date_short_month", **parts)
    if p is DatePrecision.QUARTER:
        return lang.short_period(quarter_name(lang, (d.month - 1) // 3 + 1), d.year)
    if p is DatePrecision.BY:
        return lang.w("date_short_by", **parts)
    return str(d.year)
