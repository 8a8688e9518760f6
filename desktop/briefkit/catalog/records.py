"""Typed records of the catalog: sources, incidents, indicators, measures, disputes, topics."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
)

from briefkit.catalog.characters import illegal_character

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$", max_length=80)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]

KAZAKHSTAN = "Kazakhstan"
# Kazakhstan's bounding box with a small margin (degrees).
KZ_LAT = (40.5, 55.5)
KZ_LON = (46.4, 87.4)


class Record(BaseModel):
    """Base for every record: immutable, unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _printable(cls, value: object) -> object:
        """Refuse text a document cannot hold (control characters), in any text field."""
        texts = value if isinstance(value, tuple) else (value,)
        for text in texts:
            problem = illegal_character(text) if isinstance(text, str) else None
            if problem:
                raise ValueError(problem)
        return value


class DatePrecision(StrEnum):
    """How much of a date the sources give."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    BY = "by"  # reported as done by this date; the date itself unknown


class GeoPrecision(StrEnum):
    """How exactly a place's coordinates locate an event (town level is enough)."""

    EXACT = "exact"
    TOWN = "town"
    APPROXIMATE = "approximate"
    REGION = "region"
    COUNTRY = "country"


class Qualifier(StrEnum):
    """How a figure is stated in its source."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ALMOST = "almost"


Reliability = Literal["A", "B", "C", "D", "E", "F"]
"""A source's reliability (Admiralty / NATO): A completely reliable ... E unreliable, F cannot
be judged."""
CredibilityGrade = Annotated[int, Field(ge=1, le=6)]
"""Information's credibility (Admiralty / NATO): 1 confirmed ... 5 improbable, 6 cannot be
judged."""


class Source(Record):
    """One source document."""

    id: Id
    short: ShortText  # short name used to attribute claims in the text
    title: ShortText
    descriptive_title: bool = False  # a title we wrote for an untitled text (translated)
    author: ShortText  # "unknown" when unsigned
    publication: ShortText
    date: dt.date
    date_precision: DatePrecision
    date_note: str = ""
    kind: Literal["analysis", "report", "article", "field-report"]
    stance: str = ""
    partisan: bool = False
    file: str = ""
    reliability: Reliability | None = None  # the Admiralty grade A-F (F: cannot be judged)
    reliability_reason: str = ""  # one line: why that grade


class Incident(Record):
    """One dated event: attack, bombing, clash, operation, arrest, plot, blast, protest."""

    id: Id
    date: dt.date
    date_precision: DatePrecision
    country: ShortText
    region: str = ""
    place: ShortText
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    geo_precision: GeoPrecision
    event_type: Id
    target_type: Id
    perpetrator: str = ""
    killed: int | None = Field(default=None, ge=0, le=10000)
    killed_perpetrators: int | None = Field(default=None, ge=0, le=10000)
    killed_security: int | None = Field(default=None, ge=0, le=10000)
    killed_civilians: int | None = Field(default=None, ge=0, le=10000)
    wounded: int | None = Field(default=None, ge=0, le=10000)
    arrested: int | None = Field(default=None, ge=0, le=10000)
    summary: LongText
    sources: tuple[Id, ...] = Field(min_length=1)
    _home: str = PrivateAttr(default=KAZAKHSTAN)  # "Kazakhstan" in a translated record's language

    @property
    def abroad(self) -> bool:
        """True when the event happened outside Kazakhstan."""
        return self.country != self._home


class Indicator(Record):
    """A figure from the sources that is not an incident."""

    id: Id
    indicator: Id  # groups the values of one measured thing over time
    label: ShortText
    period: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$")]
    value: float | None = None
    qualifier: Qualifier = Qualifier.EXACT
    value_text: str = ""
    unit: Id
    place: ShortText
    source: Id
    note: str = ""

    @property
    def year(self) -> int:
        """The last year the period covers (for ordering and charts)."""
        return int(self.period.split("/")[-1][:4])

    @property
    def first_year(self) -> int:
        """The first year the period covers."""
        return int(self.period[:4])


class Measure(Record):
    """A legal or institutional response: law, decree, body, strategy, programme, initiative."""

    id: Id
    date: dt.date
    date_precision: DatePrecision
    kind: Id
    title: ShortText
    summary: LongText
    status: Literal["adopted", "proposed", "planned", "reported"]
    sources: tuple[Id, ...] = Field(min_length=1)


class Version(Record):
    """One source's version of a disputed fact."""

    value: ShortText
    source: Id
    note: str = ""
    credibility: CredibilityGrade | None = None  # how credible this version is, 1-6
    credibility_reason: str = ""  # one line: why that grade


class Dispute(Record):
    """A fact on which the sources disagree, with each version and its source."""

    id: Id
    title: ShortText
    record: Id  # the incident, indicator or measure concerned
    field: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]  # a column, or "account"
    summary: LongText
    versions: tuple[Version, ...] = Field(min_length=2)


class Credibility(Record):
    """The credibility grade of one record's information (``credibility.yaml``)."""

    record: Id
    grade: CredibilityGrade
    reason: ShortText


class Vocabulary(Record):
    """Labels for the coded values used in the tables."""

    event_types: dict[str, ShortText]
    target_types: dict[str, ShortText]
    measure_kinds: dict[str, ShortText]
    units: dict[str, ShortText]
    violent_event_types: tuple[str, ...]

    @property
    def code_labels(self) -> dict[str, str]:
        """The label of every event type, target type and measure kind, by code."""
        return {**self.event_types, **self.target_types, **self.measure_kinds}

    @property
    def chart_labels(self) -> dict[str, str]:
        """What a chart spec carries: every code's label, and each unit's as ``unit:<code>``."""
        return {**self.code_labels, **{f"unit:{k}": v for k, v in self.units.items()}}
