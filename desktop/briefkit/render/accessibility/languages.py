"""Whether a run of text is marked with a language that fits its letters."""

from __future__ import annotations

import re

from briefkit.messages import message

__all__ = ["is_alt_text", "language_problem", "short"]

_CYRILLIC_LANGUAGES = frozenset(
    {"ru", "kk", "uk", "be", "bg", "sr", "mk", "ky", "tg", "mn", "tt", "ba", "cv", "sah"}
)


_FILE_NAME = re.compile(r"^[\w .()-]+\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$", re.IGNORECASE)
_CYRILLIC = re.compile("[\u0400-\u052f]")
_LETTER = re.compile(r"[^\W\d_]")


def _has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def _has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def language_problem(text: str, lang: str) -> str | None:
    """What is wrong with ``text`` marked ``lang`` ("" when none is set), or None."""
    if not _has_letters(text):
        return None
    shown = short(text)
    if not lang:
        return message("a11y_no_language", text=shown)
    primary = lang.split("-")[0].lower()
    if _has_cyrillic(text) and primary not in _CYRILLIC_LANGUAGES:
        return message("a11y_cyrillic_marked", text=shown, lang=lang)
    return None


def short(text: str) -> str:
    """Text as a finding quotes it: on one line, at most 40 characters."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else f"{text[:37]}..."


def is_alt_text(text: str | None) -> bool:
    """Whether a description says something: not empty, and not just a file's name (which
    programs put there when nobody wrote one)."""
    text = (text or "").strip()
    return bool(text) and _FILE_NAME.match(text) is None
