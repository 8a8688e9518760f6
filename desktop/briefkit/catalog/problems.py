"""Problems found in a data folder, each naming file, line, field, what is wrong and the fix."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

FIELD_LIMIT = 120
MESSAGE_LIMIT = 500


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut (messages never print
    whole values; chart labels fit their width)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in the data, printed as ``file:line: field: message``."""

    file: str
    line: int = 0
    field: str = ""
    message: str = ""

    def __str__(self) -> str:
        return self.told(str)

    def told(self, say: Callable[[object], str]) -> str:
        """The problem with its message said by ``say`` (a language's ``MessageWords.say``:
        file, line and field stay as they are)."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        field, message = shorten(self.field, FIELD_LIMIT), shorten(say(self.message), MESSAGE_LIMIT)
        return f"{where}: {field}: {message}" if field else f"{where}: {message}"


class CatalogError(Exception):
    """The data folder has problems; ``problems`` lists every one found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(set(problems)))
        count = len(self.problems)
        head = "\n".join(str(p) for p in self.problems[:20])
        more = f"\n... and {count - 20} more" if count > 20 else ""
        super().__init__(f"{count} problem(s) in the data:\n{head}{more}")
