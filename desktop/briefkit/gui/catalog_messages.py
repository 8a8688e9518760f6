"""The catalog's messages in the window's language: a message the core made from one of its
templates (``briefkit.catalog.messages``) is shown with the template translated, then filled
with the same values; any other text is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = (
    QT_TRANSLATE_NOOP("CatalogMessage", "is missing; this field is required"),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is not a whole number"),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        "{value} is not a number (use a dot for decimals, no thousands separators)",
    ),
    QT_TRANSLATE_NOOP(
        "CatalogMessage", "{value} is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11"
    ),
    QT_TRANSLATE_NOOP(
        "CatalogMessage", "{value} is below {limit}; counts and values cannot be negative"
    ),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is above {limit}; check the figure"),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        "{value} is not a valid id; use lower-case letters, digits and hyphens (e.g. aktobe-2016)",
    ),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        "{value} is not a period; write a year (2012), a month (2012-05) or a span (2011/2013)",
    ),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is not allowed; use one of {expected}"),
    QT_TRANSLATE_NOOP("CatalogMessage", "is empty; give at least one value"),
    QT_TRANSLATE_NOOP("CatalogMessage", "is longer than {limit} characters; shorten it"),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is not true or false"),
    QT_TRANSLATE_NOOP("CatalogMessage", 'unknown source id "{value}"; known sources: {known}'),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is after today ({today}); check the year"),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        "{value} has {precision} precision, so it must be the first day of the {precision}: "
        "write {first} (or give a finer precision)",
    ),
    QT_TRANSLATE_NOOP("CatalogMessage", '"{value}" is not in vocabulary.yaml; use one of {known}'),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        "{value} is less than the breakdown (perpetrators + security + civilians = {known}); "
        "killed is the total of all deaths",
    ),
    QT_TRANSLATE_NOOP("CatalogMessage", "is empty but a breakdown is given; give the total too"),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        "{latitude}, {longitude} is outside Kazakhstan (lat {lat}, lon {lon}); check the "
        "coordinates or the country",
    ),
    QT_TRANSLATE_NOOP("CatalogMessage", "is empty; give a number, or describe it in value_text"),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is negative"),
    QT_TRANSLATE_NOOP("CatalogMessage", "{value} is after this year; check the year"),
    QT_TRANSLATE_NOOP(
        "CatalogMessage", '"{value}" is the id of another {kind}; give this one its own id'
    ),
    QT_TRANSLATE_NOOP("CatalogMessage", "version {number}{field}: {problem}"),
    QT_TRANSLATE_NOOP(
        "CatalogMessage",
        'version {number}: "{value}" is not in sources.yaml; give one of its ids',
    ),
)
"""The core's templates, as the window's translations know them (a test keeps the two the
same)."""

KINDS = (
    QT_TRANSLATE_NOOP("CatalogKind", "incident"),
    QT_TRANSLATE_NOOP("CatalogKind", "source"),
    QT_TRANSLATE_NOOP("CatalogKind", "dispute"),
    QT_TRANSLATE_NOOP("CatalogKind", "record"),
)
"""The words a template fills in for ``{kind}``."""


def translated(text: str) -> str:
    """``text`` in the window's language when the core made it from a template."""
    template = getattr(text, "template", None)
    values: dict[str, str] | None = getattr(text, "values", None)
    if not isinstance(template, str) or values is None:
        return text
    filled = {k: translated(v) for k, v in values.items()}
    if "kind" in filled:
        filled["kind"] = QCoreApplication.translate("CatalogKind", filled["kind"])
    own = QCoreApplication.translate("CatalogMessage", template)
    try:
        return own.format(**filled)
    except (KeyError, IndexError, ValueError):  # a translation naming a value the core lacks
        return text
