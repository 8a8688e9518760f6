"""Alt text: what a chart shows, in sentences, from the same counts the figure draws.

Every sentence is a language word (``alt_*`` in ``data/language.yaml`` and each translation's)
with named placeholders; counted nouns come from ``Language.count_noun``, so the same describers
serve every output language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from briefkit.catalog.language import Language
from briefkit.catalog.topic import ChartKind
from briefkit.charts.summaries import (
    MAP_VIEW,
    CasualtyCategories,
    Tally,
    casualties_by_category,
    casualties_by_region,
    incidents_over_time,
    indicator_groups,
    label_for,
    loose_precision,
    map_places,
    measure_date_label,
    measures_in_order,
    period_label,
    running_label,
    unit_label,
    value_text,
)
from briefkit.compose.model import ChartSpec

__all__ = ["describe"]


def _agreeing(lang: Language, key: str, n: int, **values: object) -> str:
    """The word ``key_one`` / ``key_few`` / ``key_many`` that agrees with ``n``."""
    return lang.w(f"{key}_{lang.plural_form(n)}", **values)


def _type_breakdown(
    lang: Language, counts: Mapping[str, int], labels: Mapping[str, str], limit: int = 3
) -> str:
    """``"armed assault 3, bombing 2, other types 2"``, largest first."""
    parts = sorted(((n, code) for code, n in counts.items() if n), key=lambda t: (-t[0], t[1]))
    if len(parts) == limit + 1:  # naming the last one is shorter than "other types"
        limit += 1
    items = [
        lang.w("alt_type_count", type=running_label(label_for(c, labels)), count=lang.number(n))
        for n, c in parts[:limit]
    ]
    rest = sum(n for n, _ in parts[limit:])
    if rest:
        items.append(lang.w("alt_other_types", count=lang.number(rest)))
    return ", ".join(items)


def _tally(lang: Language, t: Tally, noun: str) -> str:
    """``"7 killed"``, ``"at least 7 killed"``, ``"killed unknown"`` (noun: killed, wounded)."""
    if t.all_unknown:
        return lang.w(f"alt_{noun}_unknown")
    if t.unknown and not t.known:
        return lang.w("alt_none_where_reported", count=lang.count_noun(0, noun))
    if t.unknown:
        return lang.w("alt_at_least", count=lang.count_noun(t.known, noun))
    return lang.count_noun(t.known, noun)


def _over_time(spec: ChartSpec, lang: Language) -> list[str]:
    tl = incidents_over_time(spec.incidents)
    if not tl.bins:
        return [lang.w("alt_no_dated_incidents")]
    unit = lang.w(f"alt_unit_{tl.granularity.value}")
    first, last = tl.bins[0].label(lang), tl.bins[-1].label(lang)
    span = first if len(tl.bins) == 1 else lang.w("alt_span", first=first, last=last)
    text = [
        lang.w(
            "alt_over_time_head",
            incidents=lang.count_noun(tl.total, "incident"),
            unit=unit,
            span=span,
        )
    ]
    totals = tl.totals
    peak = max(totals)
    peaks = [n for n, t in enumerate(totals) if t == peak]
    if len(peaks) == 1:
        busiest = peaks[0]
        mix = _type_breakdown(lang, {c: tl.counts[c][busiest] for c in tl.types}, spec.labels)
        text.append(
            lang.w(
                "alt_busiest_one",
                unit=unit,
                period=tl.bins[busiest].label(lang),
                incidents=lang.count_noun(peak, "incident"),
                types=mix,
            )
        )
    else:
        when = ", ".join(tl.bins[n].label(lang) for n in peaks[:4])
        text.append(
            lang.w(
                "alt_busiest_many",
                unit=unit,
                periods=when,
                incidents=lang.count_noun(peak, "incident"),
            )
        )
    empty = sum(1 for t in totals if t == 0)
    if empty:
        text.append(
            lang.w("alt_no_incidents_in", periods=lang.count_noun(empty, tl.granularity.value))
        )
    overall = _type_breakdown(lang, {c: tl.type_total(c) for c in tl.types}, spec.labels, limit=4)
    text.append(lang.w("alt_by_type", types=overall))
    if tl.left_out:
        text.append(
            lang.w(
                "alt_not_shown_loose",
                incidents=lang.count_noun(len(tl.left_out), "incident"),
                precision=loose_precision(lang, tl.left_out),
            )
        )
    return text


def _by_region(spec: ChartSpec, lang: Language) -> list[str]:
    rows = casualties_by_region(spec.incidents)
    if not rows:
        return [lang.w("alt_no_incidents")]
    incidents = lang.count_noun(len(spec.incidents), "incident")
    killed = Tally.of(i.killed for i in spec.incidents)
    wounded = Tally.of(i.wounded for i in spec.incidents)
    if killed.all_unknown and wounded.all_unknown:
        return [lang.w("alt_by_region_none", incidents=incidents)]
    head = lang.w(
        "alt_by_region_head",
        incidents=incidents,
        regions=lang.count_noun(len(rows), "region"),
        killed=_tally(lang, killed, "killed"),
        wounded=_tally(lang, wounded, "wounded"),
    )
    parts = [
        lang.w(
            "alt_region_item",
            region=r.region,
            killed=_tally(lang, r.killed, "killed"),
            wounded=_tally(lang, r.wounded, "wounded"),
        )
        for r in rows[:4]
    ]
    text = [head, "; ".join(parts) + "."]
    if len(rows) > 4:
        text.append(
            lang.w("alt_more_regions", regions=lang.count_noun(len(rows) - 4, "other_region"))
        )
    unknown = sum(1 for i in spec.incidents if i.killed is None or i.wounded is None)
    if unknown:
        text.append(
            lang.w("alt_no_casualty_counts", incidents=lang.count_noun(unknown, "incident"))
        )
    return text


def _by_category(spec: ChartSpec, lang: Language) -> list[str]:
    cats = casualties_by_category(spec.incidents)
    if not spec.incidents:
        return [lang.w("alt_no_incidents")]
    incidents = lang.count_noun(cats.incidents, "incident")
    if cats.total == 0 and cats.unknown == cats.incidents:
        return [lang.w("alt_by_category_none", incidents=incidents)]
    parts = [
        lang.w("alt_type_count", type=running_label(label), count=lang.number(cats.value(name)))
        for name, label in CasualtyCategories.labelled(lang)
        if name != "not_broken_down" or cats.not_broken_down
    ]
    text = [
        lang.w(
            "alt_by_category_head",
            total=lang.number(cats.total),
            incidents=incidents,
            categories=", ".join(parts),
        )
    ]
    if cats.not_broken_down:
        label = lang.quoted(lang.w("cat_not_broken_down"))
        text.append(lang.w("alt_not_broken_down", label=label))
    if cats.unknown:
        text.append(
            lang.w("alt_no_death_toll", incidents=lang.count_noun(cats.unknown, "incident"))
        )
    if cats.partial:
        text.append(lang.w("alt_partial_toll", incidents=lang.count_noun(cats.partial, "incident")))
    return text


def _map(spec: ChartSpec, lang: Language) -> list[str]:
    places, outside, vague = map_places(spec.incidents, MAP_VIEW)
    text = []
    if not places:
        text.append(lang.w("alt_map_empty"))
    else:
        inside = sum(len(g.incidents) for g in places)
        text.append(
            lang.w(
                "alt_map_head",
                incidents=lang.count_noun(inside, "incident"),
                places=lang.count_noun(len(places), "at_place"),
            )
        )
        busiest = [
            lang.w(
                "alt_place_item",
                place=g.place,
                incidents=lang.count_noun(len(g.incidents), "incident"),
                killed=_tally(lang, g.killed, "killed"),
            )
            for g in places[:4]
        ]
        if len(places) > 4:
            more = lang.count_noun(len(places) - 4, "other_place")
            busiest.append(lang.w("alt_more_places", places=more))
        text.append(lang.w("alt_places", places="; ".join(busiest)))
        types = Counter(i.event_type for g in places for i in g.incidents)
        text.append(lang.w("alt_by_type", types=_type_breakdown(lang, types, spec.labels, limit=4)))
    if outside:
        where = ", ".join(sorted({i.country for i in outside}))
        n = len(outside)
        text.append(
            _agreeing(
                lang,
                "alt_outside_map",
                n,
                incidents=lang.count_noun(n, "incident"),
                countries=where,
            )
        )
    if vague:
        n = len(vague)
        text.append(
            _agreeing(lang, "alt_country_only", n, incidents=lang.count_noun(n, "incident"))
        )
    return text


def _indicators(spec: ChartSpec, lang: Language) -> list[str]:
    groups = indicator_groups(spec.indicators)
    if not groups:
        return [lang.w("alt_no_figures")]
    parts = []
    for g in groups:
        values = ", ".join(
            lang.w("alt_value_in", value=value_text(lang, i), period=period_label(lang, i.period))
            for i in g.values
        )
        unit = unit_label(g.unit, spec.labels)
        parts.append(lang.w("alt_indicator_item", label=g.label, unit=unit, values=values))
    head = lang.w("alt_indicators_head", figures=lang.count_noun(len(groups), "indicator"))
    return [head, "; ".join(parts) + "."]


def _measures(spec: ChartSpec, lang: Language) -> list[str]:
    measures = measures_in_order(spec.measures)
    if not measures:
        return [lang.w("alt_no_measures")]
    kinds = Counter(m.kind for m in measures)
    head = lang.w(
        "alt_measures_head",
        measures=lang.count_noun(len(measures), "measure"),
        first=measure_date_label(lang, measures[0]),
        last=measure_date_label(lang, measures[-1]),
        kinds=_type_breakdown(lang, kinds, spec.labels, limit=6),
    )
    items = [
        lang.w(
            "alt_measure_item",
            date=measure_date_label(lang, m),
            title=m.title,
            status=running_label(lang.w(f"status_{m.status}")),
        )
        for m in measures[:8]
    ]
    if len(measures) > 8:
        items.append(
            lang.w("alt_more_measures", measures=lang.count_noun(len(measures) - 8, "more_measure"))
        )
    return [head, lang.w("alt_measure_list", items="; ".join(items))]


_DESCRIBERS: Mapping[ChartKind, Callable[[ChartSpec, Language], list[str]]] = {
    "incidents-over-time": _over_time,
    "casualties-by-region": _by_region,
    "casualties-by-category": _by_category,
    "incidents-map": _map,
    "indicator-comparison": _indicators,
    "measures-timeline": _measures,
}


def describe(spec: ChartSpec) -> str:
    """Alt text for a chart: its title, then what the data shows, in plain sentences."""
    lang = spec.language
    describer = _DESCRIBERS.get(spec.kind)
    sentences = describer(spec, lang) if describer else [lang.w("alt_unknown_kind", kind=spec.kind)]
    body = " ".join(sentences)
    title = spec.title.strip().rstrip(".")
    return f"{title}. {body}" if title else body
