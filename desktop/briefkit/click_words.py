"""Click's own messages (usage errors: "No such option", "Missing argument", a bad choice; the
help's "Options" and "Commands" headings) in the command line's language.

Click says them through ``gettext`` (``_`` and ``ngettext`` in each of its modules). ``install``
puts this module's lookups there: each text click says that has a code here is taken from the
language's ``messages.yaml`` (the English patterns in ``message_table`` are click's own texts,
with the same placeholders, which click fills in itself); any other text stays as click says it.
English (or a language without these codes) puts click's own functions back. The usage line
("Usage: briefkit export [OPTIONS] ...") stays English, as the help's option texts do.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.types

from briefkit.messages import ENGLISH_WORDS, MessageWords

__all__ = ["CLICK_CODES", "CLICK_PLURALS", "SaidOption", "install"]

CLICK_CODES: dict[str, str] = {
    "Invalid value: {message}": "click_invalid_value",
    "Invalid value for {param_hint}: {message}": "click_invalid_value_for",
    "Missing argument": "click_missing_argument",
    "Missing option": "click_missing_option",
    "Missing parameter": "click_missing_parameter",
    "Missing {param_type}": "click_missing_type",
    "Missing parameter: {param_name}": "click_missing_parameter_name",
    "No such option {name!r}.": "click_no_such_option",
    "No such command {name!r}.": "click_no_such_command",
    "Option {name!r} requires an argument.": "click_option_needs_argument",
    "Option {name!r} does not take a value.": "click_option_takes_no_value",
    "Missing command.": "click_missing_command",
    "{value!r} is not a valid {number_type}.": "click_not_a_number",
    "{value} is not in the range {range}.": "click_not_in_range",
    "{name} {filename!r} does not exist.": "click_path_missing",
    "{name} {filename!r} is a file.": "click_path_is_file",
    "{name} {filename!r} is a directory.": "click_path_is_directory",
    "file": "click_file",
    "directory": "click_directory",
    "path": "click_path",
    "Options": "click_options",
    "Commands": "click_commands",
    "Show this message and exit.": "click_help_option",
    "Show the version and exit.": "click_version_option",
    "Aborted!": "click_aborted",
    "default: {default}": "click_default",
}
"""Click's texts (its gettext message ids, as click 8 says them) and their codes."""

CLICK_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "click_did_you_mean",
        "click_did_you_mean_one_of",
    ),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "click_extra_argument",
        "click_extra_arguments",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "click_not_the_choice",
        "click_not_a_choice",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "click_option_needs_argument",
        "click_option_needs_arguments",
    ),
}
"""Click's texts said by number (singular, plural) and their codes."""

_MODULES: tuple[ModuleType, ...] = (
    click.core,
    click.decorators,
    click.exceptions,
    click.formatting,
    click.parser,
    click.types,
)
_ORIGINALS: dict[ModuleType, dict[str, Callable[..., str]]] = {
    module: {name: getattr(module, name) for name in ("_", "ngettext") if hasattr(module, name)}
    for module in _MODULES
}


class _Said:
    words: MessageWords = ENGLISH_WORDS


def _gettext(text: str) -> str:
    code = CLICK_CODES.get(text)
    return _Said.words.patterns.get(code, text) if code else text


class SaidOption(click.Option):
    """An option whose help is one of click's own texts, said in the language when the help is
    shown (``--version`` gets its help when the command line is built, before any language)."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        english = self.help
        self.help = _gettext(english) if english else english
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = english


def _ngettext(single: str, plural: str, n: int) -> str:
    codes = CLICK_PLURALS.get((single, plural))
    chosen = single if n == 1 else plural
    if codes is None:
        return chosen
    return _Said.words.patterns.get(codes[0] if n == 1 else codes[1], chosen)


def install(words: MessageWords) -> None:
    """Let click say its messages in ``words``' language (click's own English when the
    language has none of them)."""
    _Said.words = words
    translated = any(code in words.patterns for code in CLICK_CODES.values())
    for module, originals in _ORIGINALS.items():
        for name, original in originals.items():
            ours = _gettext if name == "_" else _ngettext
            setattr(module, name, ours if translated else original)
