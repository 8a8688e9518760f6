"""What a renderer works out from a deck template once (``TemplateCache``)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

__all__ = ["TemplateCache"]


class TemplateCache:
    """What a renderer works out from a template once, for every deck made from it.

    ``DeckTemplate.new_document`` makes each presentation from the same bytes, and no deck
    changes its layouts or masters, so what depends on them alone (the blank slide of a layout,
    the styles a placeholder inherits) is the same in every deck. Keys name parts by part name,
    which is the same in every presentation of the template; values must hold no presentation
    objects.
    Two threads rendering at once may both work a value out; it is the same either way.
    """

    def __init__(self) -> None:
        self._values: dict[Hashable, Any] = {}

    def get(self, key: Hashable) -> Any | None:
        """The value kept under ``key``, or None."""
        return self._values.get(key)

    def put(self, key: Hashable, value: Any) -> None:
        """Keep ``value`` under ``key``."""
        self._values[key] = value

    def update(self, other: TemplateCache) -> None:
        """Keep every value ``other`` keeps (worked out on the same template)."""
        self._values.update(other._values)
