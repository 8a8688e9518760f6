"""Output languages: English is the data itself; others are folders of translations.

A language is available when ``<data>/translations/<code>/`` exists (``ru``, ``kk``, ...); adding
one is a matter of data, not code.
"""

from __future__ import annotations

import re
from pathlib import Path

BASE_LANGUAGE = "en"
TRANSLATIONS = "translations"
_CODE = re.compile(r"^[a-z]{2,3}$")


def available_languages(root: Path) -> tuple[str, ...]:
    """The output languages the data folder ``root`` offers, English first."""
    folder = root / TRANSLATIONS
    found = (
        sorted(p.name for p in folder.iterdir() if p.is_dir() and _CODE.match(p.name))
        if folder.is_dir()
        else []
    )
    return (BASE_LANGUAGE, *(code for code in found if code != BASE_LANGUAGE))
