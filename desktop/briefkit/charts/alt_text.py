"""Alt text: what a chart shows, in sentences, from the same counts the figure draws."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from briefkit.catalog.language import ENGLISH, current, using
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
    plural,
    running_label,
    unit_label,
    value_text,
)
from briefkit.compose.model import ChartSpec

__all__ = ["describe"]


def _type_breakdown(counts: Mapping[str, int], labels: Mapping[str, str], limit: int = 3) -> str:
    """``"armed assault 3, bombing 2, other 2"``, largest first."""
    parts = sorted(((n, code) for code, n in counts.items() if n), key=lambda t: (-t[0], t[1]))
    if len(parts) == limit + 1:  # naming the last one is shorter than "other types"
        limit += 1
    text = ", ".join(f"{running_label(label_for(c, labels))} {n}" for n, c in parts[:limit])
    rest = sum(n for n, _ in parts[limit:])
    return f"{text}, other types {rest}" if rest else text


def _tally(t: Tally, what: str) -> str:
    if t.all_unknown:
        return f"{what} unknown"
    if t.unknown and not t.known:
        return f"0 {what} where reported"
    if t.unknown:
        return f"at least {t.known:,} {what}"
    return f"{t.known:,} {what}"


def _over_time(spec: ChartSpec) -> str:
    tl = incidents_over_time(spec.incidents)
    if not tl.bins:
        return "Chart with no dated incidents to show."
    unit = tl.granularity.value
    span = tl.bins[0].label if len(tl.bins) == 1 else f"{tl.bins[0].label} to {tl.bins[-1].label}"
    text = (
        f"Stacked bar chart of {plural(tl.total, 'incident')} per {unit}, {span}, by type of event."
    )
    totals = tl.totals
    peak = max(totals)
    peaks = [n for n, t in enumerate(totals) if t == peak]
    busiest = peaks[0]
    mix = _type_breakdown({c: tl.counts[c][busiest] for c in tl.types}, spec.labels)
    if len(peaks) == 1:
        text += (
            f" The busiest {unit} was {tl.bins[busiest].label} with "
            f"{plural(peak, 'incident')} ({mix})."
        )
    else:
        when = ", ".join(tl.bins[n].label for n in peaks[:4])
        text += f" The busiest {unit}s ({when}) had {plural(peak, 'incident')} each."
    empty = sum(1 for t in totals if t == 0)
    if empty:
        text += f" {plural(empty, unit)} had no incidents."
    overall = _type_breakdown({c: tl.type_total(c) for c in tl.types}, spec.labels, limit=4)
    text += f" By type: {overall}."
    if tl.left_out:
        text += (
            f" Not shown: {plural(len(tl.left_out), 'incident')} the sources date only to the "
            f"{loose_precision(tl.left_out)}."
        )
    return text


def _by_region(spec: ChartSpec) -> str:
    rows = casualties_by_region(spec.incidents)
    if not rows:
        return "Chart with no incidents to show."
    killed = Tally.of(i.killed for i in spec.incidents)
    wounded = Tally.of(i.wounded for i in spec.incidents)
    if killed.all_unknown and wounded.all_unknown:
        return (
            f"Chart of people killed and wounded by region: none of the "
            f"{plural(len(spec.incidents), 'incident')} reports casualty figures."
        )
    text = (
        f"Bar chart of people killed and wounded in {plural(len(spec.incidents), 'incident')} "
        f"by region ({plural(len(rows), 'region')}): {_tally(killed, 'killed')} and "
        f"{_tally(wounded, 'wounded')} in all."
    )
    parts = [
        f"{r.region}: {_tally(r.killed, 'killed')}, {_tally(r.wounded, 'wounded')}"
        for r in rows[:4]
    ]
    text += " " + "; ".join(parts) + "."
    if len(rows) > 4:
        text += f" And {plural(len(rows) - 4, 'other region')}."
    unknown = sum(1 for i in spec.incidents if i.killed is None or i.wounded is None)
    if unknown:
        text += f" {plural(unknown, 'incident')} did not report killed or wounded counts."
    return text


def _by_category(spec: ChartSpec) -> str:
    cats = casualties_by_category(spec.incidents)
    if not spec.incidents:
        return "Chart with no incidents to show."
    if cats.total == 0 and cats.unknown == cats.incidents:
        return (
            f"Chart of people killed by category: none of the "
            f"{plural(cats.incidents, 'incident')} reports a death toll."
        )
    parts = [
        f"{running_label(label)} {cats.value(name):,}"
        for name, label in CasualtyCategories.labelled()
        if name != "not_broken_down" or cats.not_broken_down
    ]
    text = (
        f"Bar chart of {cats.total:,} people killed in {plural(cats.incidents, 'incident')}, "
        f"by category: {', '.join(parts)}."
    )
    if cats.not_broken_down:
        text += " “Not broken down”: deaths in reported totals the sources do not attribute."
    if cats.unknown:
        text += f" {plural(cats.unknown, 'incident')} with no reported death toll are not counted."
    if cats.partial:
        text += f" For {plural(cats.partial, 'incident')} only part of the toll is known."
    return text


def _map(spec: ChartSpec) -> str:
    places, outside, vague = map_places(spec.incidents, MAP_VIEW)
    inside = sum(len(g.incidents) for g in places)
    if not places:
        text = "Map of Kazakhstan and neighbouring countries with no incidents on it."
    else:
        text = (
            f"Map of Kazakhstan and neighbouring countries showing {plural(inside, 'incident')} "
            f"at {plural(len(places), 'place')}, coloured by type of event; marker size shows "
            "people killed."
        )
    if places:
        busiest = [
            f"{g.place} ({plural(len(g.incidents), 'incident')}, {_tally(g.killed, 'killed')})"
            for g in places[:4]
        ]
        text += " Places: " + "; ".join(busiest)
        if len(places) > 4:
            text += f"; and {plural(len(places) - 4, 'other place')}"
        text += "."
        types = Counter(i.event_type for g in places for i in g.incidents)
        text += f" By type: {_type_breakdown(types, spec.labels, limit=4)}."
    if outside:
        where = ", ".join(sorted({i.country for i in outside}))
        text += (
            f" {plural(len(outside), 'incident')} outside the map ({where}) "
            f"{'is' if len(outside) == 1 else 'are'} not shown."
        )
    if vague:
        text += (
            f" {plural(len(vague), 'incident')} located only to the country "
            f"{'is' if len(vague) == 1 else 'are'} not shown."
        )
    return text


def _indicators(spec: ChartSpec) -> str:
    groups = indicator_groups(spec.indicators)
    if not groups:
        return "Chart with no figures to show."
    parts = []
    for g in groups:
        values = ", ".join(f"{value_text(i)} in {period_label(i.period)}" for i in g.values)
        unit = unit_label(g.unit, spec.labels)
        parts.append(f"{g.label} ({unit}): {values}")
    head = f"Bar chart comparing {plural(len(groups), 'figure')} over time."
    return f"{head} {'; '.join(parts)}."


def _measures(spec: ChartSpec) -> str:
    measures = measures_in_order(spec.measures)
    if not measures:
        return "Timeline with no measures to show."
    kinds = Counter(m.kind for m in measures)
    kind_text = _type_breakdown(kinds, spec.labels, limit=6)
    first, last = measures[0], measures[-1]
    text = (
        f"Timeline of {plural(len(measures), 'measure')} from {measure_date_label(first)} to "
        f"{measure_date_label(last)}, by kind ({kind_text}). "
    )
    items = [f"{measure_date_label(m)}: {m.title} ({m.status})" for m in measures[:8]]
    text += "; ".join(items)
    if len(measures) > 8:
        text += f"; and {plural(len(measures) - 8, 'more measure')}"
    return text + "."


_DESCRIBERS: Mapping[str, Callable[[ChartSpec], str]] = {
    "incidents-over-time": _over_time,
    "casualties-by-region": _by_region,
    "casualties-by-category": _by_category,
    "incidents-map": _map,
    "indicator-comparison": _indicators,
    "measures-timeline": _measures,
}


def _listing(spec: ChartSpec) -> list[str]:
    """The data a chart draws as ``label: value`` items (for languages other than English)."""
    lang = current()
    match spec.kind:
        case "incidents-over-time":
            tl = incidents_over_time(spec.incidents)
            return [f"{b.label}: {t}" for b, t in zip(tl.bins, tl.totals, strict=True) if t]
        case "casualties-by-region":
            return [
                f"{r.region}: {lang.w('chart_killed').lower()} {r.killed.text}, "
                f"{lang.w('chart_wounded').lower()} {r.wounded.text}"
                for r in casualties_by_region(spec.incidents)
            ]
        case "casualties-by-category":
            cats = casualties_by_category(spec.incidents)
            return [
                f"{label}: {lang.number(cats.value(name))}"
                for name, label in CasualtyCategories.labelled()
                if name != "not_broken_down" or cats.not_broken_down
            ]
        case "incidents-map":
            places = map_places(spec.incidents, MAP_VIEW)[0]
            return [f"{g.place}: {plural(len(g.incidents), 'incident')}" for g in places]
        case "indicator-comparison":
            return [
                f"{g.label}, {period_label(i.period)}: {value_text(i)}"
                for g in indicator_groups(spec.indicators)
                for i in g.values
            ]
        case "measures-timeline":
            return [f"{measure_date_label(m)}: {m.title}" for m in measures_in_order(spec.measures)]
    return []


_KIND_WORDS = {
    "incidents-over-time": "alt_over_time",
    "casualties-by-region": "alt_by_region",
    "casualties-by-category": "alt_by_category",
    "incidents-map": "alt_map",
    "indicator-comparison": "alt_indicators",
    "measures-timeline": "alt_measures",
}


def _translated(spec: ChartSpec) -> str:
    """Alt text in another language: what kind of chart, its takeaway, and the data it draws."""
    lang = current()
    parts = [spec.headline.strip().rstrip(".") + "."] if spec.headline.strip() else []
    items = _listing(spec)
    kind = lang.w(_KIND_WORDS.get(spec.kind, "alt_over_time"))
    parts.append(
        lang.w("alt_listing", kind=kind, items="; ".join(items[:12])) if items else kind + "."
    )
    return " ".join(parts)


def describe(spec: ChartSpec) -> str:
    """Alt text for a chart: its title, then what the data shows, in plain sentences."""
    with using(spec.language):
        if spec.language.code != ENGLISH.code:
            body = _translated(spec)
        else:
            describer = _DESCRIBERS.get(spec.kind)
            body = describer(spec) if describer else f"Chart of kind {spec.kind}."
    title = spec.title.strip().rstrip(".")
    return f"{title}. {body}" if title else body
