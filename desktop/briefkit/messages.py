"""Messages the user reads (errors, warnings, summaries): said in English where they arise, and
said again in the user's language by the front end that shows them.

A ``Message`` is a str, its English text, that keeps its ``code`` and ``values`` (as a progress
``Step`` does). The English patterns are ``briefkit.message_table.ENGLISH``; another language's
are ``translations/<lang>/messages.yaml`` in the data folder, the bundled folder's filling what
a user's copy lacks, so a new language needs words only. A pattern says a noun after a number
as ``{n:plural:проблема|проблемы|проблем}`` (the forms one, few, many of the language's plural
rule); a value that is itself a ``Message`` is said in the same language.
"""

from __future__ import annotations

import functools
import string
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.message_table import ENGLISH
from briefkit.message_table_rare import CSV_CODES, ERRNO_CODES
from briefkit.plurals import FORMS, plural_form

if TYPE_CHECKING:  # PyYAML loads when a translation is first read, not with the command line
    from yaml.nodes import Node

_MAX_BYTES = 1 << 20
"""A messages or language file larger than this is not read (a few kilobytes is usual)."""
MESSAGES_FILE = "messages.yaml"
"""The file of a language's messages, in each ``translations/<code>/`` folder."""


class Message(str):
    """A message: its English text, and the ``code`` and ``values`` it was said from."""

    code: str
    values: Mapping[str, object]

    def __new__(cls, text: str, code: str, values: Mapping[str, object]) -> Message:
        said = super().__new__(cls, text)
        said.code, said.values = code, dict(values)
        return said

    def __reduce__(self) -> tuple[Any, ...]:
        """Copied and pickled whole (``dataclasses.asdict`` deep-copies its fields)."""
        return (Message, (str(self), self.code, self.values))


class Joined(str):
    """Messages joined by ``separator`` (a value said item by item in another language)."""

    separator: str
    items: tuple[object, ...]

    def __new__(cls, separator: str, items: Iterable[object]) -> Joined:
        parts = tuple(items)
        joined = super().__new__(cls, separator.join(map(str, parts)))
        joined.separator, joined.items = separator, parts
        return joined

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.separator, self.items))


class Figure(str):
    """A number already written with a decimal point ("22.9"): said with the language's
    decimal mark ("22,9")."""


class Pad(str):
    """The spaces after ``own`` that line it up with the widest of ``column``, measured in the
    language the texts are said in (a table's column of the command line)."""

    own: object
    column: tuple[object, ...]

    def __new__(cls, own: object, column: Iterable[object]) -> Pad:
        texts = tuple(column)
        width = max(map(_width, map(str, texts)), default=0)
        pad = super().__new__(cls, " " * (width - _width(str(own))))
        pad.own, pad.column = own, texts
        return pad

    def __reduce__(self) -> tuple[Any, ...]:
        return (Pad, (self.own, self.column))


def _width(text: str) -> int:
    """The columns ``text`` takes in a terminal (combining marks none, wide characters two)."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


class _Filler(string.Formatter):
    """``str.format`` that also knows ``{n:plural:one|few|many}``, and writes a fraction with
    the language's decimal mark."""

    def __init__(self, rule: str, decimal: str = ".") -> None:
        self.rule = rule
        self.decimal = decimal

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("plural:"):
            forms = format_spec.removeprefix("plural:").split("|")
            wanted = FORMS.index(plural_form(self.rule, int(value)))
            return forms[min(wanted, len(forms) - 1)]
        said = str(super().format_field(value, format_spec))
        if isinstance(value, float | Figure) and self.decimal != ".":
            return said.replace(".", self.decimal)
        return said


def message(code: str, **values: object) -> Message:
    """The message ``code`` in English: ``message("cancelled")``."""
    return Message(_Filler("one-other").format(ENGLISH[code], **values), code, values)


class MessageWords:
    """The patterns one language says messages in (none for English: the text as it is)."""

    def __init__(self, lang: str, patterns: Mapping[str, str], plural: str = "one-other"):
        self.lang = lang
        self.patterns = dict(patterns)
        self._filler = _Filler(plural, self.patterns.get("decimal_mark", "."))

    def say(self, text: object) -> str:
        """``text`` in this language: a ``Message`` from its pattern (its English text when
        the language lacks the pattern or the pattern is broken), anything else as it is."""
        if isinstance(text, Joined):
            return text.separator.join(map(self.say, text.items))
        if not isinstance(text, Message) or text.code not in self.patterns:
            return str(text)
        values = {k: self._value(v) for k, v in text.values.items()}
        try:
            return self._filler.format(self.patterns[text.code], **values)
        except (KeyError, IndexError, ValueError, TypeError):
            return str(text)

    def say_error(self, error: BaseException) -> str:
        """An error's message in this language (its ``Message``, when it was raised with one;
        an operating-system error by its error number)."""
        if len(error.args) == 1:
            return self.say(error.args[0])
        return self.say(os_error(error) if isinstance(error, OSError) else str(error))

    def _value(self, value: object) -> object:
        if isinstance(value, Pad):
            said = [_width(self.say(text)) for text in value.column]
            return " " * (max(said, default=0) - _width(self.say(value.own)))
        if isinstance(value, Figure) and self._filler.decimal != ".":
            return value.replace(".", self._filler.decimal)
        return self.say(value) if isinstance(value, Message | Joined) else value

    def __call__(self, code: str, **values: object) -> str:
        """The message ``code`` said at once in this language."""
        return self.say(message(code, **values))


ENGLISH_WORDS = MessageWords("en", {})


def os_reason(error: OSError) -> Message:
    """Why the operating system refused (its ``strerror``), as a message said in the user's
    language by its error number; the text as the system wrote it in English."""
    detail = error.strerror or str(error)
    code = ERRNO_CODES.get(error.errno or 0, "os_other")
    return Message(detail, code, {"detail": detail})


def os_error(error: OSError) -> Message:
    """The whole error (``[Errno 2] No such file or directory: 'x.csv'``), its reason said in
    the user's language and its file named as it is."""
    if error.filename is None:
        return Message(str(error), "os_error", {"errno": error.errno, "reason": os_reason(error)})
    values = {"errno": error.errno, "reason": os_reason(error), "path": repr(error.filename)}
    return Message(str(error), "os_error_file", values)


def csv_reason(error: Exception) -> Message:
    """What Python's CSV reader found wrong (``csv.Error``), said in the user's language."""
    detail = str(error)
    code = next((c for start, c in CSV_CODES.items() if detail.startswith(start)), "csv_other")
    limit = detail.rpartition("(")[2].rstrip(")") if code == "csv_field_limit" else ""
    return Message(detail, code, {"detail": detail, "limit": limit})


def to_plain(text: object) -> object:
    """``text`` as JSON data that keeps a ``Message``'s code and values (``from_plain`` reads
    it back): for a cache that keeps messages between runs."""
    if isinstance(text, Message):
        values = {k: to_plain(v) for k, v in text.values.items()}
        return {"text": str(text), "code": text.code, "values": values}
    if isinstance(text, Joined):
        items = [to_plain(item) for item in text.items]
        return {"text": str(text), "separator": text.separator, "items": items}
    if isinstance(text, Figure):
        return {"text": str(text), "figure": True}
    return text if isinstance(text, int | float | str) and not isinstance(text, bool) else str(text)


def from_plain(data: object) -> object:
    """What ``to_plain`` made, as it was (a damaged entry: its text, or the data as text)."""
    if not isinstance(data, dict):
        return data if isinstance(data, int | float | str) else str(data)
    text = str(data.get("text", ""))
    if data.get("figure") is True:
        return Figure(text)
    if isinstance(data.get("code"), str) and isinstance(data.get("values"), dict):
        values = {str(k): from_plain(v) for k, v in data["values"].items()}
        return Message(text, data["code"], values)
    if isinstance(data.get("separator"), str) and isinstance(data.get("items"), list):
        joined = Joined(data["separator"], [from_plain(item) for item in data["items"]])
        return joined if joined == text else text
    return text


def message_words(lang: str, data_root: Path | None = None) -> MessageWords:
    """The message patterns of ``lang`` from ``data_root`` (default: the bundled data), the
    bundled translation filling what it lacks; English says every message as it is."""
    if lang == "en":
        return ENGLISH_WORDS  # before any import: --help and --version stay fast
    from briefkit.resources import bundled

    patterns = dict(_read(bundled("data"), lang))
    plural = _plural(bundled("data"), lang)
    if data_root is not None and data_root.resolve() != bundled("data").resolve():
        patterns.update(_read(data_root, lang))
        plural = _plural(data_root, lang) or plural
    return MessageWords(lang, patterns, plural or "one-other")


@functools.cache
def _read(root: Path, lang: str) -> Mapping[str, str]:
    """The patterns of ``translations/<lang>/messages.yaml`` under ``root`` (none if unreadable)."""
    from yaml.nodes import MappingNode, ScalarNode

    found = _top(root / "translations" / lang / MESSAGES_FILE).get("messages")
    if not isinstance(found, MappingNode):
        return {}
    return {
        str(k.value): str(v.value)
        for k, v in found.value
        if isinstance(k, ScalarNode) and isinstance(v, ScalarNode) and str(v.value).strip()
    }


@functools.cache
def _plural(root: Path, lang: str) -> str | None:
    """The plural rule the language's ``language.yaml`` names under ``root``."""
    from yaml.nodes import ScalarNode

    rule = _top(root / "translations" / lang / "language.yaml").get("plural")
    return str(rule.value) if isinstance(rule, ScalarNode) else None


def _top(path: Path) -> dict[str, Node]:
    """The top-level entries of the YAML file at ``path``, composed but never constructed
    (an alias is never expanded); none when the file is missing, unreadable or over
    ``_MAX_BYTES``."""
    import yaml
    from yaml.nodes import MappingNode, ScalarNode

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if path.stat().st_size > _MAX_BYTES:
            return {}
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(root, MappingNode):
        return {}
    return {str(k.value): v for k, v in root.value if isinstance(k, ScalarNode)}
