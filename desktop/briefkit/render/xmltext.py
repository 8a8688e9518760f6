"""Text that XML 1.0 can hold: the one place where renderers clean strings before writing."""

from __future__ import annotations

import re

__all__ = ["language_tag", "xml_safe"]

# Everything outside XML 1.0's Char production: C0 controls other than tab, newline and
# carriage return; lone surrogates; U+FFFE and U+FFFF.
_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids; every legal character is kept."""
    return _ILLEGAL.sub("", text)


_LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}


def language_tag(code: str) -> str:
    """The tag Office marks text with for a briefing language: "ru" -> "ru-RU" (else the code)."""
    return xml_safe(_LANGUAGE_TAGS.get(code.lower(), code))
