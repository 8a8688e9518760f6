"""Text that XML 1.0 can hold: the one place where renderers clean strings before writing."""

from __future__ import annotations

from briefkit.catalog.characters import ILLEGAL_XML as _ILLEGAL

__all__ = ["language_tag", "xml_safe"]


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids; every legal character is kept."""
    return _ILLEGAL.sub("", text)


_LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}


def language_tag(code: str) -> str:
    """The tag Office marks text with for a briefing language: "ru" -> "ru-RU" (else the code)."""
    return xml_safe(_LANGUAGE_TAGS.get(code.lower(), code))
