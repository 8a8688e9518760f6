"""Text that XML 1.0 can hold: the one place where renderers clean strings before writing."""

from __future__ import annotations

import re

__all__ = ["xml_safe"]

# Everything outside XML 1.0's Char production: C0 controls other than tab, newline and
# carriage return; lone surrogates; U+FFFE and U+FFFF.
_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids; every legal character is kept."""
    return _ILLEGAL.sub("", text)
