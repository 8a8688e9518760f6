"""English left in a message meant to be Russian: the ASCII words that are not names, paths,
file names, options, ids or quoted commands."""

from __future__ import annotations

import re

NAMES = {
    "briefkit", "libreoffice", "powerpoint", "word", "excel", "impress", "chromium", "chrome",
    "google", "strict", "open", "sigterm", "acled",
}  # fmt: skip
"""Names of programs, formats and signals: not words to translate."""


def english_left(text: str) -> list[str]:
    """The ASCII words of four letters or more in ``text`` that are not names, paths, file
    names, options, ids or quoted commands: English a Russian reader would meet."""
    found = []
    for line in text.splitlines():
        if line.startswith("Usage: "):
            continue  # click's usage line: help, which stays English
        line = re.sub(r"'[^']*'", " ", line)  # quoted commands: 'briefkit check --lang ru'
        line = re.sub(r"\S*[/\\]\S*", " ", line)  # paths
        line = re.sub(r"\S*\w[-_.]\w\S*", " ", line)  # file names and ids (a-b, a_b, a.docx)
        line = re.sub(r"--?\w+", " ", line)  # options
        line = re.sub(r"\.\w+", " ", line)  # extensions: (.docx)
        found += [w for w in re.findall(r"[A-Za-z]{4,}", line) if w.lower() not in NAMES]
    return found
