"""What a translation's messages (``translations/<lang>/messages.yaml``) lack or get wrong,
against the English table (``briefkit.message_table``), as problems ``briefkit check`` lists."""

from __future__ import annotations

from pathlib import Path

from briefkit.catalog.language import word_problems
from briefkit.catalog.load import shown_path
from briefkit.catalog.problems import Problem
from briefkit.catalog.yamlfile import LineDict, load_yaml
from briefkit.message_table import ENGLISH
from briefkit.messages import MESSAGES_FILE, message, message_words, os_error

_MAX_BYTES = 1 << 20
"""A messages file larger than this is refused unread (a few kilobytes is usual)."""


def message_problems(root: Path, lang: str) -> list[Problem]:
    """Each message the ``lang`` translation in the data folder ``root`` lacks (the bundled
    translation filling in, as when messages are said), and each pattern whose placeholders
    the English one does not have; none for English."""
    if lang == "en":
        return []
    path = root / "translations" / lang / MESSAGES_FILE
    shown = shown_path(path)
    words, problems = _words(path, shown)
    said = message_words(lang, root).patterns  # what the messages are said from
    given = LineDict({k: v for k, v in said.items() if k not in words} | words)
    given.line, given.key_lines = words.line, words.key_lines
    for line, field, text in word_problems(given, ENGLISH, given.key_lines):
        text = "is not a known message" if text == "is not a known document word" else text
        problems.append(Problem(shown, line, field.replace("words.", "messages.", 1), text))
    return problems


def _words(path: Path, shown: str) -> tuple[LineDict, list[Problem]]:
    """The ``messages`` mapping of the file at ``path`` (empty when it has none)."""
    empty = LineDict()
    empty.line, empty.key_lines = 0, {}
    try:
        if path.stat().st_size > _MAX_BYTES:
            return empty, [
                Problem(shown, 0, "", message("data_messages_too_big", limit=_MAX_BYTES))
            ]
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return empty, []
    except (OSError, UnicodeDecodeError) as exc:
        error = os_error(exc) if isinstance(exc, OSError) else str(exc)
        return empty, [Problem(shown, 0, "", message("data_messages_unreadable", error=error))]
    tree, problems = load_yaml(text, shown)
    found = tree.get("messages") if isinstance(tree, dict) else None
    if tree is not None and not isinstance(found, LineDict):
        problems.append(Problem(shown, 1, "messages", "is missing: give every message"))
    return (found if isinstance(found, LineDict) else empty), problems
