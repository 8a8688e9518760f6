"""What the commands share: exit statuses, the failure that carries one, ``--data``, and the
language the command line speaks in."""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

import click

from briefkit.messages import ENGLISH_WORDS, MessageWords, message_words

LANG_VARIABLE = "BRIEFKIT_LANG"
"""The environment variable naming the language of the command line's messages (default: a
command's ``--lang``, else English)."""


class Exit(IntEnum):
    """Exit statuses of the command line (documented in the README)."""

    OK = 0
    FAILED = 1  # an unexpected error
    USAGE = 2  # wrong options (click's own status)
    DATA = 3  # the data folder has problems
    TEMPLATE = 4  # a template is unusable
    BROWSER = 5  # no browser to draw charts
    OUTPUT = 6  # the output could not be written
    PROTECTED = 7  # a file to replace was edited or not written by Briefkit; nothing written
    REFUSED = 8  # rows of an import were refused (the other rows were imported)
    NO_RECORD = 9  # a file has no Briefkit record, or one that cannot be read
    ACCESSIBILITY = 10  # check --accessibility found problems, or could not read a file
    CANCELLED = 130  # interrupted
    TERMINATED = 143  # stopped by SIGTERM (128 + 15), after cleaning up


class Failure(click.ClickException):
    """A failure the user can act on, with its exit status."""

    def __init__(self, message: str, status: Exit) -> None:
        super().__init__(message)
        self.exit_code = int(status)

    def show(self, file: object = None) -> None:
        click.echo(f"briefkit: {said(self.message)}", err=True)


class _Voice:
    """The words the command line says its messages in (set by each command), and the
    language the arguments name (``--lang``), for what is said before a command runs."""

    words: MessageWords = ENGLISH_WORDS
    named: str | None = None


def speak(lang: str | None, data_dir: Path | None = None, named: bool = True) -> MessageWords:
    """Say the command's messages (click's own too) in BRIEFKIT_LANG's language, else
    ``lang``, else (with ``named``) the one the arguments name, else English; the words of
    ``data_dir`` (a data folder) first, then the bundled ones."""
    from briefkit.click_words import install

    chosen = os.environ.get(LANG_VARIABLE, "").strip() or lang
    chosen = chosen or (_Voice.named if named else None) or "en"
    _Voice.words = message_words(chosen, data_dir)
    install(_Voice.words)
    return _Voice.words


def speak_as_named(args: Sequence[str]) -> None:
    """Before the arguments are parsed: say what comes (a usage error, the help) in the
    language their ``--lang`` names, if they name one."""
    _Voice.named = None
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            _Voice.named = args[i + 1].strip() or None
            break
        if arg.startswith("--lang="):
            _Voice.named = arg.removeprefix("--lang=").strip() or None
            break
    speak(None)


def show_usage_error(exc: click.UsageError) -> bool:
    """Say a usage error in the command line's language, under click's usage line (which
    stays English, as the help does); False when the language is English (click says it)."""
    if "usage_error" not in _Voice.words.patterns:
        return False
    if exc.ctx is not None:
        click.echo(exc.ctx.get_usage(), err=True)
        click.echo(tell("usage_help", command=exc.ctx.command_path) + "\n", err=True)
    click.echo(tell("usage_error", text=said(exc.format_message())), err=True)
    return True


def voice() -> MessageWords:
    """The words the command line speaks in now."""
    return _Voice.words


def said(text: object) -> str:
    """``text`` (a ``Message`` or any text) in the command line's language."""
    return _Voice.words.say(text)


def tell(code: str, **values: object) -> str:
    """The message ``code`` in the command line's language."""
    return _Voice.words(code, **values)


def step_said(text: str) -> str:
    """A job's step (said in the briefing's language) in BRIEFKIT_LANG's language when it
    names one; as it came otherwise, or when the step has no message."""
    from briefkit.messages import Figure
    from briefkit.progress import Step

    if not isinstance(text, Step) or not os.environ.get(LANG_VARIABLE, "").strip():
        return text
    code = "step_" + text.key
    if code not in _Voice.words.patterns:
        return text
    values = {k: step_said(v) if isinstance(v, Step) else v for k, v in text.values.items()}
    if text.key == "wrote" and "n" in values and "elapsed" in values:
        values["files"] = tell("step_files", n=values["n"])
        values["seconds"] = Figure(f"{values['elapsed']:.1f}")
    return tell(code, **values)


DATA_OPTION = click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Data folder to use (default: the folder BRIEFKIT_DATA names, else your own copy "
    "once 'briefkit data import' made it, else the bundled data).",
)


def chosen_data(data_dir: Path | None) -> Path | None:
    """The data folder a command uses: ``--data``, BRIEFKIT_DATA or the user's own copy; None
    for the bundled data."""
    from briefkit.catalog.folder import Origin, resolve_data_folder

    folder = resolve_data_folder(data_dir)
    return None if folder.origin is Origin.BUNDLED else folder.path
