"""The accessibility check of a Word report or a PowerPoint deck (``check_file``).

Any file a person gives is read as a hostile one: through ``office.opening.open_package``
(sizes, zip bombs, strict XML without DTDs or entities, macros refused, outside links never
followed), then parsed part by part on demand. The rules are in ``deck.py`` and ``report.py``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefkit.render.accessibility.deck import check_deck
from briefkit.render.accessibility.findings import Finding, Rule
from briefkit.render.accessibility.report import check_report
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.opening import POWERPOINT, WORD, open_package
from briefkit.render.office.parts import PackageParts

__all__ = ["AccessibilityError", "Finding", "Rule", "check_file"]

_WORD = dataclasses.replace(WORD, template="document", option="check --accessibility")
_POWERPOINT = dataclasses.replace(
    POWERPOINT, template="presentation", option="check --accessibility"
)


class AccessibilityError(Exception):
    """A file that cannot be checked: its name and why, with the fix."""


def check_file(path: Path) -> list[Finding]:
    """Every accessibility finding in the .docx/.dotx or .pptx/.potx at ``path``."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".dotx", ".docm", ".dotm"):
        kind, checker = _WORD, check_report
    elif suffix in (".pptx", ".potx", ".pptm", ".potm", ".ppsx", ".ppsm"):
        kind, checker = _POWERPOINT, check_deck
    else:
        raise AccessibilityError(
            "cannot tell from its extension whether it is a Word or a PowerPoint file; "
            "give a .docx or .pptx file"
        )
    try:
        data, _ = open_package(path, kind)
        with PackageParts(data, path, kind.template) as parts:
            return checker(parts, path.name)
    except TemplateError as exc:
        raise AccessibilityError(str(exc)) from None
