"""Indicators: the values of each measured thing, by period, as their sources state them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefkit.catalog.language import Language
from briefkit.catalog.records import Indicator
from briefkit.charts.summaries.common import format_number
from briefkit.charts.summaries.over_time import month_name
from briefkit.compose.wording import QUALIFIER_WORDS


@dataclass(frozen=True)
class IndicatorGroup:
    """The values of one measured thing (``Indicator.indicator``), oldest period first."""

    indicator: str
    label: str
    unit: str
    values: tuple[Indicator, ...]


def indicator_groups(indicators: Sequence[Indicator]) -> tuple[IndicatorGroup, ...]:
    """Group indicator values by their ``indicator`` key, in order of first appearance."""
    groups: dict[str, list[Indicator]] = {}
    for ind in indicators:
        groups.setdefault(ind.indicator, []).append(ind)
    return tuple(
        IndicatorGroup(
            key,
            group[0].label,
            group[0].unit,
            tuple(sorted(group, key=lambda i: (i.year, i.period))),
        )
        for key, group in groups.items()
    )


def indicator_periods(groups: Sequence[IndicatorGroup]) -> list[str]:
    """Every period of the groups, oldest first."""
    seen: dict[str, tuple[int, str]] = {}
    for g in groups:
        for ind in g.values:
            seen.setdefault(ind.period, (ind.year, ind.period))
    return sorted(seen, key=lambda p: seen[p])


def period_label(lang: Language, period: str) -> str:
    """``"2008"``, ``"2011-05"`` -> ``"May 2011"``, ``"2011/2012"`` -> ``"2011–2012"``."""

    def one(part: str) -> str:
        if len(part) == 7:
            return lang.short_period(month_name(lang, int(part[5:])), part[:4])
        return part

    return "–".join(one(p) for p in period.split("/"))


def value_text(lang: Language, indicator: Indicator) -> str:
    """The value as its source states it: ``"27"``, ``"almost 170"``, ``"not reported"``."""
    if indicator.value is None:
        return indicator.value_text or lang.w("not_reported")
    key = QUALIFIER_WORDS.get(indicator.qualifier)
    number = format_number(lang, indicator.value)
    return lang.w(key, value=number, number=number, unit="").strip() if key else number
