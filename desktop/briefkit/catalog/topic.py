"""The Topic record: what a briefing covers and what it says, written as data."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import Discriminator, Field, StringConstraints, Tag, model_validator

from briefkit.catalog.records import Id, LongText, Record, ShortText
from briefkit.catalog.selection import IncidentRule, Rule
from briefkit.messages import message

CITATION = re.compile(r"\[@([a-z0-9][a-z0-9-]*[a-z0-9])\]")
"""An inline citation in narrative text: ``[@source-id]``."""

ChartKind = Literal[
    "incidents-over-time",
    "casualties-by-region",
    "casualties-by-category",
    "incidents-map",
    "indicator-comparison",
    "measures-timeline",
]
CHART_KINDS: tuple[ChartKind, ...] = get_args(ChartKind)

CountField = Literal[
    "killed", "killed_perpetrators", "killed_security", "killed_civilians", "wounded", "arrested"
]


class TextBlock(Record):
    """A paragraph of narrative; cites with inline ``[@id]`` markers or ``sources``."""

    text: LongText
    sources: tuple[Id, ...] = ()


Likelihood = Literal[
    "almost-no-chance",
    "very-unlikely",
    "unlikely",
    "roughly-even-chance",
    "likely",
    "very-likely",
    "almost-certain",
]
"""The ICD 203 scale, from 01-05% to 95-99% (bands in ``catalog.estimative.BANDS``)."""
Confidence = Literal["low", "moderate", "high"]


class KeyJudgment(TextBlock):
    """An estimative judgment of the topic, with its likelihood and the analyst's confidence
    (both optional; stated apart, as ICD 203 asks)."""

    likelihood: Likelihood | None = None
    confidence: Confidence | None = None


class NoteBlock(Record):
    """A highlighted remark (shown as a callout box)."""

    note: LongText
    sources: tuple[Id, ...] = ()


class Selection(Record):
    """Optional subsets of the topic's records, by list or rule; absent means all of the
    topic's."""

    incidents: IncidentRule | None = None
    indicators: Rule | None = None
    measures: Rule | None = None


class ChartBlock(Selection):
    """A chart; ``headline`` states its takeaway (used as the slide title)."""

    chart: ChartKind
    title: ShortText
    headline: ShortText
    caption: str = ""


class TableBlock(Selection):
    """A table of the topic's incidents, indicators or measures."""

    table: Literal["incidents", "indicators", "measures"]
    title: ShortText


class TimelineBlock(Selection):
    """A dated list of incidents or measures."""

    timeline: Literal["incidents", "measures"]
    title: ShortText


class DisagreementsBlock(Record):
    """Every recorded disagreement between sources on the topic's records."""

    disagreements: Literal["all"]
    title: ShortText = "Where the sources disagree"


def _block_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in ("text", "note", "chart", "table", "timeline", "disagreements"):
            if key in value:
                return key
        return None
    return type(value).__name__.removesuffix("Block").lower() or None


Block = Annotated[
    Annotated[TextBlock, Tag("text")]
    | Annotated[NoteBlock, Tag("note")]
    | Annotated[ChartBlock, Tag("chart")]
    | Annotated[TableBlock, Tag("table")]
    | Annotated[TimelineBlock, Tag("timeline")]
    | Annotated[DisagreementsBlock, Tag("disagreements")],
    Discriminator(
        _block_tag,
        custom_error_type="block_kind",
        custom_error_message=(
            "a block needs one of the keys text, note, chart, table, timeline, disagreements"
        ),
    ),
]


class KeyFigure(Record):
    """A headline number: an incident's count, an indicator, or a count's total over the
    incidents a selection takes (``incidents`` with ``field``; without it, how many)."""

    label: ShortText
    incident: Id | None = None
    incidents: IncidentRule | None = None
    field: CountField | None = None
    indicator: Id | None = None
    compare: Id | None = None  # an earlier indicator value, shown as "before -> after"
    note: str = ""

    @model_validator(mode="after")
    def _one_reference(self) -> KeyFigure:
        given = [self.incident, self.incidents, self.indicator]
        if sum(ref is not None for ref in given) != 1:
            raise ValueError(message("data_key_figure_kind"))
        if self.incident is not None and self.field is None:
            raise ValueError(message("data_key_figure_field"))
        if self.compare is not None and self.indicator is None:
            raise ValueError(message("data_compare_with_indicator"))
        return self


class Count(Record):
    """A number the narrative states, computed from the topic's incidents (``{id}`` in text):
    how many incidents, or the ``total`` of one of their counts."""

    id: Id
    event_types: tuple[Id, ...] | None = None  # absent: the rule's, else the violent types
    sources: int | None = Field(default=None, ge=1)  # only incidents citing this many sources
    incidents: IncidentRule | None = None  # a list or rule; absent: all of the topic's
    total: CountField | None = None  # absent: the number of incidents


class Section(Record):
    """A titled part of the briefing: blocks in order, and talking points for speakers."""

    id: Id
    title: ShortText
    body: tuple[Block, ...] = Field(min_length=1)
    talking_points: tuple[LongText, ...] = ()


class Period(Record):
    """The span of time a topic covers."""

    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError(message("data_end_before_start"))
        return self

    def contains(self, day: dt.date) -> bool:
        """True if the day falls inside the period."""
        return self.start <= day <= self.end


LeadChart = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]:[a-z-]+$", max_length=120),
]
"""A chart the short forms lead with: ``SECTION:KIND`` (``context:incidents-over-time``), the
first chart of that kind in that section."""

KEY_POINTS = (3, 6)
"""How many key points a briefing note gives (when the topic lists them, and by default)."""


class Topic(Record):
    """One briefing topic, as written by an editor in ``data/topics/<id>.yaml``."""

    id: Id
    title: ShortText
    subtitle: ShortText
    description: ShortText
    period: Period
    places: tuple[ShortText, ...] = ()
    keywords: tuple[ShortText, ...] = ()
    incidents: IncidentRule = Field(default_factory=lambda: IncidentRule.model_validate(()))
    measures: Rule = Field(default_factory=lambda: Rule.model_validate(()))
    indicators: Rule = Field(default_factory=lambda: Rule.model_validate(()))
    counts: tuple[Count, ...] = ()
    summary: tuple[TextBlock, ...] = Field(min_length=1)
    key_judgments: tuple[KeyJudgment, ...] = ()
    key_figures: tuple[KeyFigure, ...] = ()
    sections: tuple[Section, ...] = Field(min_length=1)
    # The short forms (briefing note, summary deck); each has a default (short_forms.py).
    lead_charts: tuple[LeadChart, ...] = ()
    key_points: tuple[TextBlock, ...] = Field(default=(), min_length=0, max_length=KEY_POINTS[1])
    bottom_line: TextBlock | None = None

    @model_validator(mode="after")
    def _enough_key_points(self) -> Topic:
        if self.key_points and len(self.key_points) < KEY_POINTS[0]:
            raise ValueError(
                message(
                    "data_key_points_count",
                    n=len(self.key_points),
                    low=KEY_POINTS[0],
                    high=KEY_POINTS[1],
                )
            )
        return self
