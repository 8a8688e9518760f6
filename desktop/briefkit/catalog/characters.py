"""Characters a document cannot hold: found in the data, where the file and line are known."""

from __future__ import annotations

import re

from briefkit.messages import message

__all__ = ["ILLEGAL_XML", "illegal_character"]

# Everything outside XML 1.0's Char production: C0 controls other than tab, newline and
# carriage return; lone surrogates; U+FFFE and U+FFFF.
ILLEGAL_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def illegal_character(text: str) -> str | None:
    """A sentence naming the first character of ``text`` a document cannot hold, or None."""
    found = ILLEGAL_XML.search(text)
    if found is None:
        return None
    return message(
        "data_control_in_text",
        character=f"{ord(found.group()):04X}",
        position=found.start() + 1,
    )
