"""Messages for a person (what is wrong with a value and what would be right), each made from a
template kept here with the values it was filled with, so that a window can show it in its own
language: the template translated, then filled. Each is also a ``briefkit.messages.Message``
whose code (``CODES``) a command line says in its own language."""

from __future__ import annotations

from typing import Any, cast

from briefkit import messages

MISSING = "is missing; this field is required"
NOT_WHOLE = "{value} is not a whole number"
NOT_NUMBER = "{value} is not a number (use a dot for decimals, no thousands separators)"
NOT_DATE = "{value} is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11"
BELOW = "{value} is below {limit}; counts and values cannot be negative"
ABOVE = "{value} is above {limit}; check the figure"
NOT_ID = "{value} is not a valid id; use lower-case letters, digits and hyphens (e.g. aktobe-2016)"
NOT_PERIOD = "{value} is not a period; write a year (2012), a month (2012-05) or a span (2011/2013)"
NOT_ALLOWED = "{value} is not allowed; use one of {expected}"
EMPTY_LIST = "is empty; give at least one value"
TOO_LONG = "is longer than {limit} characters; shorten it"
NOT_BOOL = "{value} is not true or false"
UNKNOWN_SOURCE = 'unknown source id "{value}"; known sources: {known}'
AFTER_TODAY = "{value} is after today ({today}); check the year"
FIRST_DAY = (
    "{value} has {precision} precision, so it must be the first day of the {precision}: "
    "write {first} (or give a finer precision)"
)
NOT_IN_VOCABULARY = '"{value}" is not in vocabulary.yaml; use one of {known}'
BELOW_BREAKDOWN = (
    "{value} is less than the breakdown (perpetrators + security + civilians = {known}); "
    "killed is the total of all deaths"
)
NO_TOTAL = "is empty but a breakdown is given; give the total too"
OUTSIDE = (
    "{latitude}, {longitude} is outside Kazakhstan (lat {lat}, lon {lon}); check the "
    "coordinates or the country"
)
NO_VALUE = "is empty; give a number, or describe it in value_text"
NEGATIVE = "{value} is negative"
PERIOD_AHEAD = "{value} is after this year; check the year"
ID_TAKEN = '"{value}" is the id of another {kind}; give this one its own id'
VERSION_PROBLEM = "version {number}{field}: {problem}"
VERSION_SOURCE = 'version {number}: "{value}" is not in sources.yaml; give one of its ids'

TEMPLATES = frozenset(
    value for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str)
)
"""Every template (a window translates each)."""

CODES = {
    MISSING: "data_missing",
    NOT_WHOLE: "data_not_whole",
    NOT_NUMBER: "data_not_number",
    NOT_DATE: "data_not_date",
    BELOW: "data_below",
    ABOVE: "data_above",
    NOT_ID: "data_not_id",
    NOT_PERIOD: "data_not_period",
    NOT_ALLOWED: "data_not_allowed",
    EMPTY_LIST: "data_empty_list",
    TOO_LONG: "data_too_long",
    NOT_BOOL: "data_not_bool",
    UNKNOWN_SOURCE: "data_unknown_source",
    AFTER_TODAY: "data_after_today",
    FIRST_DAY: "data_first_day",
    NOT_IN_VOCABULARY: "data_not_in_vocabulary",
    BELOW_BREAKDOWN: "data_below_breakdown",
    NO_TOTAL: "data_no_total",
    OUTSIDE: "data_outside",
    NO_VALUE: "data_no_value",
    NEGATIVE: "data_negative",
    PERIOD_AHEAD: "data_period_ahead",
    ID_TAKEN: "data_id_taken",
    VERSION_PROBLEM: "data_version_problem",
    VERSION_SOURCE: "data_version_source",
}
"""The message code of each template (``briefkit.message_table``: the same English words)."""

KINDS = {
    "incident": "incident",
    "source": "source",
    "dispute": "dispute",
    "record": "record",
}
"""The words ``ID_TAKEN`` fills in for ``kind`` (a window translates them too)."""


class Message(messages.Message):
    """The filled text, which is what it reads as anywhere; ``template`` and ``values`` let a
    window show it in another language, its ``code`` a command line."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: object) -> Message:
        """``template`` filled with ``values``."""
        shown = {k: v if isinstance(v, Message) else str(v) for k, v in values.items()}
        made = cast(Message, super().__new__(cls, template.format(**shown), CODES[template], shown))
        made.template = template
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_remade, (self.template, dict(self.values)))


def _remade(template: str, values: dict[str, Any]) -> Message:
    """A pickled ``Message`` made again."""
    return Message(template, **values)
