"""Read a data file as text: UTF-8 (with or without BOM) only, with a clear error otherwise."""

from __future__ import annotations

from pathlib import Path

from briefkit.catalog.problems import Problem

CYRILLIC_HINT = (
    "it looks like Windows-1251 (Cyrillic); save it as UTF-8 "
    "(in Excel: Save As > 'CSV UTF-8'; in LibreOffice: Character set 'Unicode (UTF-8)')"
)


def _looks_cp1251(data: bytes) -> bool:
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return False
    foreign = [c for c in text if ord(c) > 127]
    cyrillic = sum(1 for c in foreign if "\u0400" <= c <= "\u04ff")
    return bool(foreign) and cyrillic / len(foreign) > 0.7


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or None and a problem naming the line with the bad bytes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 0, "", f"cannot be read: {exc.strerror or exc}")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = CYRILLIC_HINT if _looks_cp1251(data) else "save the file as UTF-8"
        message = f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); {hint}"
        return None, [Problem(shown, line, "", message)]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(shown, line, "", "contains NUL bytes; is it a text file?")]
    return text, []
