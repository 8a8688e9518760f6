"""Read a data file as text: UTF-8 (with or without BOM) only, with a clear error otherwise."""

from __future__ import annotations

from pathlib import Path

from briefkit.catalog.problems import Problem
from briefkit.messages import Message, os_reason
from briefkit.messages import message as _message


def _looks_cp1251(data: bytes) -> bool:
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return False
    foreign = [c for c in text if ord(c) > 127]
    cyrillic = sum(1 for c in foreign if "\u0400" <= c <= "\u04ff")
    return bool(foreign) and cyrillic / len(foreign) > 0.7


MAX_TEXT_BYTES = 32 * 1024 * 1024
"""The largest data file read: a hundred times the bundled data, far below what hurts."""

_WIDE = (  # byte-order marks of the encodings Excel and Notepad offer besides UTF-8
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _save_as_utf8() -> Message:
    """How to save a file as UTF-8 in Excel and LibreOffice."""
    return _message("data_save_as_utf8")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, told by the byte-order mark or by the zero bytes of ASCII text."""
    for mark, name in _WIDE:
        if data.startswith(mark):
            return name
    head = data[:400]
    if b"\x00" not in head:
        return None
    for codec, name in (
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
    ):
        unit = 4 if "32" in codec else 2
        try:
            text = head[: len(head) // unit * unit].decode(codec)
        except UnicodeDecodeError:
            continue
        # Data files are Latin and Cyrillic text: ASCII read as UTF-16 gives CJK instead.
        alphabetic = sum(1 for c in text if ord(c) < 0x0530)
        if (
            text
            and alphabetic * 2 > len(text)
            and all(c.isprintable() or c in "\r\n\t" for c in text)
        ):
            return name
    return None


def read_text(
    path: Path, shown: str, within: Path | None = None
) -> tuple[str | None, list[Problem]]:
    """The file's text, or None and a problem naming the line with the bad bytes.

    With ``within`` (the data folder), a file that is a link to somewhere outside it is refused
    without being read, and where it points is never printed.
    """
    if within is not None and not path.resolve().is_relative_to(within.resolve()):
        message = _message("data_link_outside")
        return None, [Problem(shown, 0, "", message)]
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            limit = MAX_TEXT_BYTES // (1024 * 1024)
            message = _message("data_file_too_big", size=f"{size / 1024 / 1024:.0f}", limit=limit)
            return None, [Problem(shown, 0, "", message)]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 0, "", _message("data_unreadable", reason=os_reason(exc)))]
    wide = _wide_encoding(data)
    if wide:
        return None, [
            Problem(shown, 1, "", _message("data_wide_text", encoding=wide, hint=_save_as_utf8()))
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = (
            _message("data_cyrillic_hint", hint=_save_as_utf8())
            if _looks_cp1251(data)
            else _message("data_save_file_as_utf8")
        )
        message = _message("data_not_utf8", byte=f"{data[exc.start]:02x}", hint=hint)
        return None, [Problem(shown, line, "", message)]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(shown, line, "", _message("data_nul_bytes"))]
    return text, []
