"""Which data folder a command uses, and the user's own copy of the bundled one.

Precedence: ``--data DIR`` (or the window's data folder setting) > the ``BRIEFKIT_DATA``
environment variable > the user's own copy (made by the first import or edit, in the
platform's user data folder) when it exists > the bundled data, which is never written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

ENV_VAR = "BRIEFKIT_DATA"
"""The environment variable naming the data folder to use when no ``--data`` is given."""


class Origin(StrEnum):
    """Why a data folder was chosen."""

    OPTION = "option"  # --data, or the window's setting
    ENVIRONMENT = "environment"  # BRIEFKIT_DATA
    USER = "user"  # the user's own copy
    BUNDLED = "bundled"  # the data that comes with Briefkit


@dataclass(frozen=True)
class DataFolder:
    """A data folder and why it is the one in use."""

    path: Path
    origin: Origin

    @property
    def bundled(self) -> bool:
        """True for the bundled data (never written)."""
        return is_bundled(self.path)


def user_data_folder() -> Path:
    """Where the user's own copy lives (e.g. ``~/.local/share/briefkit/data``), made or not."""
    from platformdirs import user_data_path

    return user_data_path("briefkit", appauthor=False) / "data"


def bundled_data() -> Path:
    """The bundled data folder."""
    from briefkit.resources import bundled

    return bundled("data")


def is_bundled(path: Path) -> bool:
    """True when ``path`` is the bundled data folder."""
    return path.resolve() == bundled_data().resolve()


def default_data_folder() -> DataFolder:
    """The folder used when none is given: BRIEFKIT_DATA, the user's copy, or the bundled."""
    named = os.environ.get(ENV_VAR, "").strip()
    if named:
        return DataFolder(Path(named).expanduser(), Origin.ENVIRONMENT)
    own = user_data_folder()
    if own.is_dir():
        return DataFolder(own, Origin.USER)
    return DataFolder(bundled_data(), Origin.BUNDLED)


def resolve_data_folder(given: Path | None) -> DataFolder:
    """``given`` (from ``--data``), or the default folder."""
    if given is not None:
        return DataFolder(given, Origin.OPTION)
    return default_data_folder()


def make_user_copy() -> Path:
    """Copy the bundled data to the user's folder, whole or not at all; returns the folder.

    The copy is made beside its final place and renamed into it, so an interrupted copy never
    looks like a data folder. ``FileExistsError`` if the folder exists already.
    """
    if user_data_folder().exists():
        raise FileExistsError(user_data_folder())
    return publish_user_copy(stage_user_copy())


def stage_user_copy() -> Path:
    """A full copy of the bundled data beside the user's folder, to change and then rename
    into place (``publish_user_copy``)."""
    target = user_data_folder()
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(".data-*"):  # what an interrupted copy left behind
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=".data-", dir=target.parent))
    try:
        shutil.copytree(bundled_data(), staging, dirs_exist_ok=True, ignore=_caches)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def publish_user_copy(staging: Path) -> Path:
    """Rename a staged copy into the user's folder; FileExistsError if one appeared."""
    target = user_data_folder()
    if target.exists():
        shutil.rmtree(staging, ignore_errors=True)
        raise FileExistsError(target)
    try:
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _caches(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__" or n.startswith(".")]
