"""A document's core properties (title, author, keywords ...), fitted to what Office can hold.

Word and PowerPoint keep each text property in at most 255 characters (python-docx and
python-pptx refuse a longer one). The data allows longer titles and keywords, and the command
line any ``--title``, ``--prepared-by`` or ``--marking``: ``set_core_properties`` shortens each
value to fit, with an ellipsis at a word boundary; keywords are cut at a whole keyword. The
report, the deck and the handout all set their properties here, so no export can fail on one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from briefkit.render.office.xmltext import xml_safe

__all__ = ["PROPERTY_LIMIT", "fit_keywords", "fit_property", "set_core_properties"]

PROPERTY_LIMIT = 255
"""Characters Word and PowerPoint keep in one text core property."""
_ELLIPSIS = "…"


def fit_property(text: str, limit: int = PROPERTY_LIMIT) -> str:
    """``text`` made XML-safe and, if longer than ``limit`` characters, shortened with an
    ellipsis at the last word boundary that fits (mid-word only for one very long word)."""
    text = xml_safe(text)
    if len(text) <= limit:
        return text
    head = text[: limit - len(_ELLIPSIS)]
    cut = max(head.rfind(" "), head.rfind("\n"))
    if cut > limit // 2:  # a word boundary that keeps most of the text
        head = head[:cut]
    return head.rstrip(" ,;:-") + _ELLIPSIS


def fit_keywords(keywords: Sequence[str], separator: str, limit: int = PROPERTY_LIMIT) -> str:
    """As many whole keywords as fit ``limit`` characters joined by ``separator``; a first
    keyword longer than the limit alone is shortened (``fit_property``)."""
    kept: list[str] = []
    for keyword in (fit_property(k) for k in keywords):
        if not keyword:
            continue
        if len(separator.join([*kept, keyword])) > limit:
            if not kept:
                kept.append(fit_property(keyword, limit))
            break
        kept.append(keyword)
    return separator.join(kept)


def set_core_properties(
    props: Any, *, revision: int | None = None, created: dt.datetime | None = None, **fields: str
) -> None:
    """Set ``props`` (python-docx's or python-pptx's ``CoreProperties``): each text field
    (``title=...``, ``keywords=...``), in the order given, fitted to its limit; then the
    revision, and ``created`` as the created and the modified date."""
    for name, value in fields.items():
        setattr(props, name, fit_property(value))
    if revision is not None:
        props.revision = revision
    if created is not None:
        props.created = created
        props.modified = created
