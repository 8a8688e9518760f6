"""What the commands share: exit statuses, the failure that carries one, and ``--data``."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

import click


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
        click.echo(f"briefkit: {self.format_message()}", err=True)


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
