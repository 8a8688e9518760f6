"""Shared fixtures: the bundled data, and broken copies of it made inside each test."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def catalog():  # type: ignore[no-untyped-def]
    """The bundled catalog, loaded once."""
    from briefkit.catalog import load_catalog

    return load_catalog(DATA)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A fresh copy of the bundled data folder to break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def edit() -> Callable[[Path, str, str], None]:
    """Replace text in a file, failing loudly if the text is not there."""

    def _edit(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return _edit
