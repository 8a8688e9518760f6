"""The formats a file to import may have, told by its header, and each row as incident fields.

Briefkit's own incident columns, an ACLED export, or a GTD extract. A row becomes a
``Candidate``: the incident's fields as text (validated later by the ``Incident`` model and
the catalog's checks, so errors read as ``check``'s do), with the column each came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from briefkit.catalog.checks import period_start
from briefkit.catalog.importing.mapping import ImportMapping, SourceTemplate, key, lookup
from briefkit.catalog.records import DatePrecision, GeoPrecision, Incident
from briefkit.catalog.tables import split_list
from briefkit.messages import message as _message


class Kind(StrEnum):
    """The format of a file to import."""

    BRIEFKIT = "briefkit"
    ACLED = "acled"
    GTD = "gtd"

    @property
    def label(self) -> str:
        """How the report names the format."""
        return {"briefkit": "Briefkit incidents", "acled": "ACLED export", "gtd": "GTD extract"}[
            self.value
        ]


ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
"""The columns of an ACLED export (ACLED's codebook)."""
ACLED_NEEDED = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "country",
    "location",
    "latitude",
    "longitude",
    "source",
    "fatalities",
]
GTD_NEEDED = [
    "eventid",
    "iyear",
    "imonth",
    "iday",
    "country_txt",
    "latitude",
    "longitude",
    "attacktype1_txt",
    "targtype1_txt",
]
OWN_NEEDED = [n for n, f in Incident.model_fields.items() if f.is_required() and n != "id"]


class UnknownFormatError(ValueError):
    """The header is none of the formats; the message says which columns are missing."""


def recognise(header: list[str]) -> Kind:
    """The format whose columns the header has; UnknownFormatError otherwise."""
    names = {h.casefold() for h in header if h}
    if "event_id_cnty" in names or "sub_event_type" in names:
        missing = [c for c in ACLED_NEEDED if c not in names]
        if missing:
            raise UnknownFormatError(_message("data_looks_acled", missing=", ".join(missing)))
        return Kind.ACLED
    if "eventid" in names or "attacktype1_txt" in names:
        missing = [c for c in GTD_NEEDED if c not in names]
        if missing:
            raise UnknownFormatError(_message("data_looks_gtd", missing=", ".join(missing)))
        return Kind.GTD
    missing = [c for c in OWN_NEEDED if c not in names]
    unknown = [h for h in header if h and h not in Incident.model_fields]
    if missing or unknown:
        said = {
            "missing": _message("data_import_missing", columns=", ".join(missing))
            if missing
            else "",
            "unknown": (
                _message("data_import_unknown", columns=", ".join(unknown[:8])) if unknown else ""
            ),
        }
        raise UnknownFormatError(_message("data_import_unknown_table", **said))
    return Kind.BRIEFKIT


@dataclass
class Candidate:
    """One row as incident fields (text), before validation."""

    fields: dict[str, object]
    columns: dict[str, str]
    """Incident field -> the column of the file it came from (named in messages)."""
    source_names: tuple[str, ...] = ()
    """Sources named in the row (ACLED), to find or add in sources.yaml."""
    source_template: SourceTemplate | None = None
    given_id: str = ""
    years: set[int] = field(default_factory=set)


class RowError(ValueError):
    """A row that cannot become an incident: ``column`` and the message."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def parse_day(text: str, column: str) -> dt.date:
    """``2011-11-12``, ``12 November 2011`` or ``12-Nov-2011`` as a date; RowError otherwise."""
    value = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", value):
            return dt.date.fromisoformat(value[:10])
        match = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})", value)
        if match:
            word = match.group(2).casefold()
            month = next((i for i, m in enumerate(_MONTHS, 1) if m.startswith(word)), 0)
            if len(word) >= 3 and month:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        pass
    raise RowError(column, _message("data_import_date", value=value[:40]))


def _get(row: dict[str, str], column: str) -> str:
    return row.get(column, "")


def _mapped(table: dict[str, str], value: str, column: str, where: str) -> str:
    found = lookup(table, value)
    if found is None:
        raise RowError(
            column,
            _message("data_import_unmapped", value=value[:60], where=where, known=", ".join(table)),
        )
    return found


def _whole(text: str, column: str) -> str:
    """A count as a whole number's text ("2.0" from a spreadsheet is 2); empty stays empty."""
    if not text:
        return ""
    try:
        number = float(text)
    except ValueError:
        return text  # the model names it: "... is not a whole number"
    if not number.is_integer():
        raise RowError(column, _message("data_import_not_whole", value=text))
    return str(int(number))


def _region(mapping: ImportMapping, name: str) -> str:
    return lookup(mapping.regions, name) or name


_OWN_FROM = {n: n for n in Incident.model_fields}
"""Briefkit files: every field comes from the column of its own name."""


def to_candidate(kind: Kind, row: dict[str, str], mapping: ImportMapping) -> Candidate:
    """The row as incident fields; RowError names the column that cannot be used."""
    lowered = {k.casefold(): v for k, v in row.items()}
    if kind is Kind.ACLED:
        return _acled(lowered, mapping)
    if kind is Kind.GTD:
        return _gtd(lowered, mapping)
    fields: dict[str, object] = {k: v for k, v in row.items() if k != "id"}
    if "sources" in fields:
        fields["sources"] = split_list(str(fields["sources"]))
    return Candidate(fields, _OWN_FROM, given_id=row.get("id", ""))


def _placed(
    mapping: ImportMapping, row: dict[str, str], columns: tuple[str, str, str]
) -> dict[str, object]:
    """Country, region, place and coordinates: from the country and region columns named,
    and the place as found."""
    country, region, place = columns
    return {
        "country": _get(row, country),
        "region": _region(mapping, _get(row, region)),
        "place": place,
        "latitude": _get(row, "latitude"),
        "longitude": _get(row, "longitude"),
    }


def _geo(table: Mapping[str, GeoPrecision], code: str, column: str, dataset: str) -> str:
    """A dataset's geographic precision code as incidents.csv's ``geo_precision``."""
    return _mapped({k: v.value for k, v in table.items()}, code, column, f"{dataset}: {column}")


def _dated(day: dt.date, precision: DatePrecision) -> dict[str, object]:
    """A date written as incidents.csv writes it: the first day of its period."""
    return {"date": period_start(day, precision).isoformat(), "date_precision": precision.value}


_ACLED_FROM = {
    "date": "event_date",
    "date_precision": "time_precision",
    "country": "country",
    "region": "admin1",
    "place": "location",
    "latitude": "latitude",
    "longitude": "longitude",
    "geo_precision": "geo_precision",
    "event_type": "sub_event_type",
    "target_type": "inter2",
    "perpetrator": "actor1",
    "killed": "fatalities",
    "summary": "notes",
    "sources": "source",
}
"""ACLED: incident field -> the export's column (shared by every row; read only)."""


def _acled(row: dict[str, str], mapping: ImportMapping) -> Candidate:
    m = mapping.acled
    day = parse_day(_get(row, "event_date"), "event_date")
    time_code = _get(row, "time_precision") or "1"
    precision = DatePrecision(
        _mapped(
            {k: v.value for k, v in m.time_precision.items()},
            time_code,
            "time_precision",
            "acled: time_precision",
        )
    )
    sub, event = _get(row, "sub_event_type"), _get(row, "event_type")
    event_type = lookup(m.sub_event_types, sub) or lookup(m.event_types, event)
    if event_type is None:
        raise RowError(
            "sub_event_type",
            _message(
                "data_import_no_event_type",
                value=sub,
                event=event,
                known=", ".join(m.sub_event_types),
            ),
        )
    actor2 = _get(row, "actor2")
    target = next(
        (code for name, code in m.target_actors.items() if key(name) in key(actor2)), None
    )
    if _get(row, "civilian_targeting"):
        target = m.civilian_targeting
    target = target or lookup(m.targets, _get(row, "inter2")) or m.target_default
    target = m.event_targets.get(event_type, target)
    perpetrator = _get(row, "actor1")
    if event_type in m.acted_against:
        perpetrator = actor2
    elif event_type in m.without_perpetrator:
        perpetrator = ""
    geo_code = _get(row, "geo_precision") or "1"
    location = _get(row, "location") or _get(row, "admin2") or _get(row, "admin1")
    names = tuple(s.strip() for s in _get(row, "source").split(";") if s.strip())
    if not names:
        raise RowError("source", _message("data_import_no_source"))
    fields: dict[str, object] = {
        **_dated(day, precision),
        **_placed(mapping, row, ("country", "admin1", location)),
        "geo_precision": _geo(m.geo_precision, geo_code, "geo_precision", "acled"),
        "event_type": event_type,
        "target_type": target,
        "perpetrator": perpetrator,
        "killed": _whole(_get(row, "fatalities"), "fatalities"),
        "summary": _get(row, "notes") or f"{sub or event} in {location} (ACLED).",
    }
    return Candidate(
        {k: v for k, v in fields.items() if v != ""},
        _ACLED_FROM,
        source_names=names,
        source_template=m.source,
        years={day.year},
    )


_GTD_FROM = {
    "date": "iday",
    "date_precision": "iday",
    "country": "country_txt",
    "region": "provstate",
    "place": "city",
    "latitude": "latitude",
    "longitude": "longitude",
    "geo_precision": "specificity",
    "event_type": "attacktype1_txt",
    "target_type": "targtype1_txt",
    "perpetrator": "gname",
    "killed": "nkill",
    "killed_perpetrators": "nkillter",
    "wounded": "nwound",
    "summary": "summary",
    "sources": "scite1",
}
"""GTD: incident field -> the extract's column (shared by every row; read only)."""


def _gtd(row: dict[str, str], mapping: ImportMapping) -> Candidate:
    m = mapping.gtd
    try:
        year = int(_whole(_get(row, "iyear"), "iyear") or "x")
    except ValueError:
        raise RowError(
            "iyear", _message("data_import_not_a_year", value=_get(row, "iyear"))
        ) from None
    month = int(_whole(_get(row, "imonth"), "imonth") or 0)
    day_of_month = int(_whole(_get(row, "iday"), "iday") or 0)
    precision = (
        DatePrecision.YEAR
        if not month
        else DatePrecision.MONTH
        if not day_of_month
        else DatePrecision.DAY
    )
    try:
        day = dt.date(year, month or 1, day_of_month or 1)
    except ValueError:
        raise RowError(
            "iday", _message("data_import_not_a_day", value=f"{year}-{month}-{day_of_month}")
        ) from None
    event_type = _mapped(
        m.attack_types, _get(row, "attacktype1_txt"), "attacktype1_txt", "gtd: attack_types"
    )
    if _get(row, "suicide") == "1" and event_type == lookup(m.attack_types, "Bombing/Explosion"):
        event_type = m.suicide_bombing
    perpetrator = _get(row, "gname")
    city = _get(row, "city")
    place = city if city and key(city) != "unknown" else _get(row, "provstate")
    fields: dict[str, object] = {
        **_dated(day, precision),
        **_placed(mapping, row, ("country_txt", "provstate", place)),
        "geo_precision": _geo(m.specificity, _get(row, "specificity") or "1", "specificity", "gtd"),
        "event_type": event_type,
        "target_type": lookup(m.target_types, _get(row, "targtype1_txt")) or m.target_default,
        "perpetrator": "" if key(perpetrator) == "unknown" else perpetrator,
        "killed": _whole(_get(row, "nkill"), "nkill"),
        "killed_perpetrators": _whole(_get(row, "nkillter"), "nkillter"),
        "wounded": _whole(_get(row, "nwound"), "nwound"),
        "summary": _get(row, "summary")
        or f"{_get(row, 'attacktype1_txt')} in {place} (GTD {_get(row, 'eventid')}).",
    }
    return Candidate(
        {k: v for k, v in fields.items() if v != ""},
        _GTD_FROM,
        source_template=m.source,
        years={year},
    )
