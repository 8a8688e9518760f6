"""Text that XML 1.0 can hold: the one place where renderers clean strings before writing."""

from __future__ import annotations

from briefkit.catalog.characters import ILLEGAL_XML as _ILLEGAL

__all__ = ["xml_safe"]


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids; every legal character is kept."""
    return _ILLEGAL.sub("", text)
