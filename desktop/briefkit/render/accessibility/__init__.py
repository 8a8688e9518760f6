"""The accessibility check of a Word report or a PowerPoint deck (``check_file``).

Any file a person gives is read as a hostile one: through ``office.opening.open_package``
(sizes, zip bombs, strict XML without DTDs or entities, macros refused, outside links never
followed), then parsed part by part on demand. The rules are in ``deck.py`` and ``report.py``.
"""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from briefkit.messages import from_plain, message
from briefkit.render.accessibility.deck import check_deck
from briefkit.render.accessibility.findings import Finding, Rule, errors_in
from briefkit.render.accessibility.report import check_report
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.opening import POWERPOINT, WORD, OfficeKind, open_package
from briefkit.render.office.parts import PackageParts

__all__ = [
    "AccessibilityError",
    "Finding",
    "Rule",
    "check_document",
    "check_file",
    "check_rendered",
    "errors_in",
    "findings_from_json",
]

_WORD = dataclasses.replace(WORD, template="document", option="check --accessibility")
_POWERPOINT = dataclasses.replace(
    POWERPOINT, template="presentation", option="check --accessibility"
)


class AccessibilityError(Exception):
    """A file that cannot be checked: its name and why, with the fix."""


def _kind(path: Path) -> tuple[OfficeKind, Callable[[PackageParts, str], list[Finding]]]:
    suffix = path.suffix.lower()
    if suffix in WORD.suffixes:
        return _WORD, check_report
    if suffix in POWERPOINT.suffixes:
        return _POWERPOINT, check_deck
    raise AccessibilityError(message("a11y_kind_unknown"))


def check_file(path: Path) -> list[Finding]:
    """Every accessibility finding in the .docx/.dotx or .pptx/.potx at ``path``, read as a
    file from anywhere (``open_package``'s checks first)."""
    kind, _ = _kind(path)
    if not path.is_file():
        raise AccessibilityError(message("a11y_not_a_file"))
    try:
        data, _ = open_package(path, kind)
    except TemplateError as exc:
        raise AccessibilityError(exc.message) from None
    return check_document(data, path)


def check_document(data: bytes, path: Path) -> list[Finding]:
    """Every accessibility finding in a document's bytes, named ``path`` (its extension says
    its kind): for bytes already checked, or written by Briefkit itself."""
    kind, checker = _kind(path)
    try:
        with PackageParts(data, path, kind.template) as parts:
            return checker(parts, path.name)
    except (TemplateError, zipfile.BadZipFile) as exc:
        raise AccessibilityError(str(exc)) from None


def check_rendered(data: bytes, deck: bool) -> list[Finding]:
    """What the check finds in a report or deck Briefkit has just rendered (never an error:
    a document Briefkit wrote always opens)."""
    try:
        return check_document(data, Path("document.pptx" if deck else "document.docx"))
    except AccessibilityError:
        return []


def findings_from_json(items: Sequence[Mapping[str, Any]]) -> list[Finding]:
    """Findings back from ``Finding.cached`` or ``Finding.as_json`` (a cache's copy)."""
    found = []
    for item in items:
        where, said = str(item["where"]), str(item["message"])
        kept = item.get("said")
        if isinstance(kept, list) and len(kept) == 2:
            where, said = _text(kept[0]), _text(kept[1])
        found.append(Finding(str(item["file"]), where, Rule(item["rule"]), said))
    return found


def _text(data: object) -> str:
    """A message (or text) back from ``messages.to_plain``."""
    found = from_plain(data)
    return found if isinstance(found, str) else str(found)
