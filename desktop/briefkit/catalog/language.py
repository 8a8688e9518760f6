"""A document language: its fixed words, month names, date patterns and number conventions.

English lives here as the defaults; another language is ``translations/<code>/language.yaml``
with the same keys (see ``data/README.md``), so a new language is data, not code. The renderers
and chart builders read the language in force (``current()``), which ``using(language)`` sets
for a block of work (composing a briefing, drawing a chart of a spec in that language).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PluralRule = Literal["one-other", "east-slavic", "invariant"]
"""How a noun agrees with a number: English (1 / other), Russian (1 / 2-4 / 5+), Kazakh (one)."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

ENGLISH_WORDS: Mapping[str, str] = {
    # document words (compose.model.Labels uses the same names)
    "contents": "Contents",
    "executive_summary": "Executive summary",
    "sections_from": "Sections from",
    "key_figures": "Key figures",
    "agenda": "Agenda",
    "figure": "Figure",
    "table": "Table",
    "sources": "Sources",
    "timeline": "Timeline",
    "period": "Period covered",
    "issued": "Issued",
    "prepared_by": "Prepared by",
    "page": "Page",
    "page_of": "of",
    "continued": "continued",
    "sources_disagree": "Sources disagree",
    "talking_points": "Talking points",
    "speaker_sources": "Sources for this slide",
    "slide": "Slide",
    "speaker_notes": "Speaker notes",
    "note": "Note",
    "where_sources_disagree": "Where the sources disagree",
    "unknown_author": "Unknown author",
    "versions": "Versions",
    "abroad": "abroad",
    # table columns
    "col_date": "Date",
    "col_place": "Place",
    "col_type": "Type",
    "col_killed": "Killed",
    "col_wounded": "Wounded",
    "col_summary": "Summary",
    "col_sources": "Sources",
    "col_measure": "Measure",
    "col_kind": "Kind",
    "col_status": "Status",
    "col_figure": "Figure",
    "col_period": "Period",
    "col_value": "Value",
    "col_source": "Source",
    "incident_table_note": "— not given in the sources. Killed counts include perpetrators.",
    "disputed_caption": (
        "Where sources disagree, the chart uses the value in the incident table, "
        "which lists each version."
    ),
    # measure statuses
    "status_adopted": "Adopted",
    "status_proposed": "Proposed",
    "status_planned": "Planned",
    "status_reported": "Reported",
    # counts in words (disputed values: "17 killed")
    "count_killed": "killed",
    "count_killed_security": "security personnel killed",
    "count_killed_civilians": "civilians killed",
    "count_killed_perpetrators": "perpetrators killed",
    "count_wounded": "wounded",
    "count_arrested": "arrested",
    # dates: {day}, {month} (nominative), {month_gen} (genitive), {month_short}, {year},
    # {first} / {last} (months of a quarter, nominative)
    "date_day": "{day} {month} {year}",
    "date_month": "{month} {year}",
    "date_quarter": "{first}-{last} {year}",
    "date_year": "{year}",
    "date_by": "by {month} {year}",
    "date_short_day": "{day} {month_short} {year}",
    "date_short_month": "{month_short} {year}",
    "date_short_by": "by {year}",
    "quarter_short": "Q{quarter}",
    "period_range": "{start} – {end}",
    "year_range": "{start}-{end}",
    # figures
    "usd_billions_short": "US${value} bn",
    "usd_billions": "US${value} billion",
    "usd": "US${value}",
    "percent": "{value}%",
    "about": "about {value}",
    "more_than": "more than {value}",
    "at_least": "at least {value}",
    "almost": "almost {value}",
    "billions_short": "{value} bn",
    "millions": "{value} million",
    # charts
    "chart_incidents_axis": "Incidents",
    "chart_people_axis": "People",
    "chart_people_killed": "People killed",
    "chart_killed": "Killed",
    "chart_wounded": "Wounded",
    "chart_unknown": "unknown",
    "chart_plus_unknown": "0 + unknown",
    "chart_no_dated_incidents": "No dated incidents to show",
    "chart_no_incidents": "No incidents to show",
    "chart_no_casualties": "No casualty figures are reported for these incidents",
    "chart_no_death_tolls": "No death tolls are reported for these incidents",
    "chart_no_figures": "No figures to show",
    "chart_no_measures": "No measures to show",
    "chart_not_shown_loose": "Not shown: {incidents} the sources date only to the {precision}.",
    "chart_precision_quarter": "quarter",
    "chart_precision_year": "year",
    "chart_precision_month": "month",
    "chart_precision_day": "day",
    "or": "or",
    "not_reported": "not reported",
    "chart_some_unreported": (
        "≥, “+ unknown”: some incidents in the region did not report the count."
    ),
    "chart_no_figures_for": "No figures reported for {regions}.",
    "chart_marker_key": "Marker area shows people killed",
    "chart_hollow_unknown": "hollow: toll unknown",
    "chart_not_on_map_abroad": "Not on the map: {incidents} in {countries}.",
    "chart_not_on_map_vague": "Not on the map: {incidents} located only to the country.",
    "chart_no_incidents_on_map": "No incidents inside the map.",
    "map_russia": "RUSSIA",
    "map_china": "CHINA",
    "map_mongolia": "MONGOLIA",
    "map_kyrgyzstan": "KYRGYZSTAN",
    "map_uzbekistan": "UZBEKISTAN",
    "map_turkmenistan": "TURKMENISTAN",
    "map_tajikistan": "TAJIKISTAN",
    "map_caspian": "Caspian<br>Sea",
    "map_area": "area",
    "chart_hollow_measures": "Hollow: proposed or planned, not yet adopted.",
    "chart_not_counted": "Not counted: {incidents} with no death toll reported.",
    "chart_partial": ("{incidents} gave only part of the toll; the full count may be higher."),
    "chart_not_shown_granularity": "Not shown: {incidents} dated too loosely for a {granularity}.",
    "chart_some_unknown": ("≥, “unknown”: some incidents in the region did not report the count."),
    "chart_not_reported_note": "“not reported”: the sources give no figure for that period.",
    "chart_name": "Chart: {title}",
    "cat_security": "Security forces",
    "cat_civilians": "Civilians",
    "cat_perpetrators": "Perpetrators",
    "cat_not_broken_down": "Not broken down",
    # alt text: sentences describing a chart; {incidents}, {places} ... are numbers with nouns
    "alt_no_dated_incidents": "Chart with no dated incidents to show.",
    "alt_no_incidents": "Chart with no incidents to show.",
    "alt_no_figures": "Chart with no figures to show.",
    "alt_no_measures": "Timeline with no measures to show.",
    "alt_unknown_kind": "Chart of kind {kind}.",
    "alt_type_count": "{type} {count}",
    "alt_other_types": "other types {count}",
    "alt_by_type": "By type: {types}.",
    "alt_killed_unknown": "killed unknown",
    "alt_wounded_unknown": "wounded unknown",
    "alt_none_where_reported": "{count} where reported",
    "alt_at_least": "at least {count}",
    "alt_unit_month": "month",
    "alt_unit_quarter": "quarter",
    "alt_unit_year": "year",
    "alt_span": "{first} to {last}",
    "alt_over_time_head": (
        "Stacked bar chart of {incidents} per {unit}, {span}, by type of event."
    ),
    "alt_busiest_one": "The busiest {unit} was {period} with {incidents} ({types}).",
    "alt_busiest_many": "The busiest {unit}s ({periods}) had {incidents} each.",
    "alt_no_incidents_in": "{periods} had no incidents.",
    "alt_not_shown_loose": "Not shown: {incidents} the sources date only to the {precision}.",
    "alt_by_region_none": (
        "Chart of people killed and wounded by region: none of the {incidents} reports "
        "casualty figures."
    ),
    "alt_by_region_head": (
        "Bar chart of people killed and wounded in {incidents} by region ({regions}): "
        "{killed} and {wounded} in all."
    ),
    "alt_region_item": "{region}: {killed}, {wounded}",
    "alt_more_regions": "And {regions}.",
    "alt_no_casualty_counts": "{incidents} did not report killed or wounded counts.",
    "alt_by_category_none": (
        "Chart of people killed by category: none of the {incidents} reports a death toll."
    ),
    "alt_by_category_head": (
        "Bar chart of {total} people killed in {incidents}, by category: {categories}."
    ),
    "alt_not_broken_down": "{label}: deaths in reported totals the sources do not attribute.",
    "alt_no_death_toll": "{incidents} with no reported death toll are not counted.",
    "alt_partial_toll": "For {incidents} only part of the toll is known.",
    "alt_map_empty": "Map of Kazakhstan and neighbouring countries with no incidents on it.",
    "alt_map_head": (
        "Map of Kazakhstan and neighbouring countries showing {incidents} at {places}, "
        "coloured by type of event; marker size shows people killed."
    ),
    "alt_place_item": "{place} ({incidents}, {killed})",
    "alt_more_places": "and {places}",
    "alt_places": "Places: {places}.",
    # _one, _few, _many: the form that agrees with the number of incidents
    "alt_outside_map_one": "{incidents} outside the map ({countries}) is not shown.",
    "alt_outside_map_few": "{incidents} outside the map ({countries}) are not shown.",
    "alt_outside_map_many": "{incidents} outside the map ({countries}) are not shown.",
    "alt_country_only_one": "{incidents} located only to the country is not shown.",
    "alt_country_only_few": "{incidents} located only to the country are not shown.",
    "alt_country_only_many": "{incidents} located only to the country are not shown.",
    "alt_indicators_head": "Bar chart comparing {figures} over time.",
    "alt_indicator_item": "{label} ({unit}): {values}",
    "alt_value_in": "{value} in {period}",
    "alt_measures_head": "Timeline of {measures} from {first} to {last}, by kind ({kinds}).",
    "alt_measure_item": "{date}: {title} ({status})",
    "alt_measure_list": "{items}.",
    "alt_more_measures": "and {measures}",
    # nouns with a number: _one, _few, _many (English uses _one and _many)
    "incident_one": "incident",
    "incident_few": "incidents",
    "incident_many": "incidents",
    "region_one": "region",
    "region_few": "regions",
    "region_many": "regions",
    "other_region_one": "other region",
    "other_region_few": "other regions",
    "other_region_many": "other regions",
    "at_place_one": "place",  # after "at" ("в 1 месте", "в 3 местах" in Russian)
    "at_place_few": "places",
    "at_place_many": "places",
    "other_place_one": "other place",
    "other_place_few": "other places",
    "other_place_many": "other places",
    "month_one": "month",
    "month_few": "months",
    "month_many": "months",
    "quarter_one": "quarter",
    "quarter_few": "quarters",
    "quarter_many": "quarters",
    "year_one": "year",
    "year_few": "years",
    "year_many": "years",
    "killed_one": "killed",
    "killed_few": "killed",
    "killed_many": "killed",
    "wounded_one": "wounded",
    "wounded_few": "wounded",
    "wounded_many": "wounded",
    "indicator_one": "figure",
    "indicator_few": "figures",
    "indicator_many": "figures",
    "measure_one": "measure",
    "measure_few": "measures",
    "measure_many": "measures",
    "more_measure_one": "more measure",
    "more_measure_few": "more measures",
    "more_measure_many": "more measures",
}
"""Every word and pattern a document needs, in English; each language.yaml gives them all."""


class Language(BaseModel):
    """The conventions of one output language (hashable data: it is part of a chart's key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = "en"
    name: str = "English"
    quotes: tuple[str, str] = ("“", "”")
    decimal: str = "."
    thousands: str = ","
    plural: PluralRule = "one-other"
    months: tuple[str, ...] = Field(default=MONTHS, min_length=12, max_length=12)
    months_genitive: tuple[str, ...] = Field(default=MONTHS, min_length=12, max_length=12)
    months_short: tuple[str, ...] = Field(
        default=tuple(m[:3] for m in MONTHS), min_length=12, max_length=12
    )
    words: dict[str, str] = Field(default_factory=lambda: dict(ENGLISH_WORDS))

    # words ------------------------------------------------------------------------------------
    def w(self, key: str, **values: object) -> str:
        """The word or pattern ``key``, filled with ``values``."""
        text = self.words.get(key) or ENGLISH_WORDS[key]
        return text.format(**values) if values else text

    def count_noun(self, n: int, noun: str) -> str:
        """A number and its noun in the right form: "1 incident", "3 инцидента"."""
        return f"{self.number(n)} {self.w(noun + '_' + self.plural_form(n))}"

    def plural_form(self, n: int) -> str:
        """``one``, ``few`` or ``many``: the form of a noun after the number ``n``."""
        if self.plural == "invariant":
            return "one"
        if self.plural == "one-other":
            return "one" if n == 1 else "many"
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"

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
    def date_parts(self, day: dt.date) -> dict[str, object]:
        """The values a date pattern may use."""
        return {
            "day": day.day,
            "month": self.months[day.month - 1],
            "month_gen": self.months_genitive[day.month - 1],
            "month_short": self.months_short[day.month - 1],
            "year": day.year,
        }


ENGLISH = Language()

_CURRENT: ContextVar[Language] = ContextVar("briefkit_language", default=ENGLISH)


def current() -> Language:
    """The language documents and charts are being made in (English unless set)."""
    return _CURRENT.get()


def word(key: str, **values: object) -> str:
    """The word ``key`` in the current language, with ``values`` filled in."""
    return current().w(key, **values)


@contextlib.contextmanager
def using(language: Language) -> Iterator[Language]:
    """Make ``language`` the current one for the block."""
    token = _CURRENT.set(language)
    try:
        yield language
    finally:
        _CURRENT.reset(token)
