"""Shared fixtures: the bundled data, and broken copies of it made inside each test."""

from __future__ import annotations

import functools
import io
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def catalog():  # type: ignore[no-untyped-def]
    """The bundled catalog, loaded once."""
    from briefkit.catalog import load_catalog

    return load_catalog(DATA)


@pytest.fixture(autouse=True)
def own_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Where the user's own copy of the data would be made, empty, inside the test's temporary
    folders (and no BRIEFKIT_DATA): no test reads or writes the real user's copy."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv("BRIEFKIT_DATA", raising=False)
    monkeypatch.delenv("BRIEFKIT_LANG", raising=False)  # messages in English unless a test asks
    from briefkit.catalog.folder import user_data_folder

    folder = user_data_folder()
    assert folder.is_relative_to(home), f"the user's data folder is {folder}"
    return folder


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


def _validated(render: Callable[..., Any]) -> Callable[..., Any]:
    """``render`` writing to a buffer first, whose package must pass ``docvalid``."""

    @functools.wraps(render)
    def checked(*args: Any, **kwargs: Any) -> Any:
        from helpers import docvalid

        in_kwargs = "out" in kwargs
        target = kwargs.pop("out") if in_kwargs else args[3]
        buffer = io.BytesIO()
        if in_kwargs:
            result = render(*args, out=buffer, **kwargs)
        else:
            result = render(*args[:3], buffer, *args[4:], **kwargs)
        data = buffer.getvalue()
        found = docvalid.problems(data)
        assert not found, f"{render.__name__} wrote a package Office would repair: {found}"
        if isinstance(target, str | Path):
            Path(target).write_bytes(data)
        else:
            target.write(data)
        return result

    return checked


def pytest_configure(config: pytest.Config) -> None:
    """Every document a test renders is checked as Office would open it (see docvalid.py)."""
    from briefkit.render import handout
    from briefkit.render.deck import writer as deck_writer
    from briefkit.render.report import writer as report_writer

    report_writer.render_report = _validated(report_writer.render_report)  # type: ignore[assignment]
    deck_writer.render_deck = _validated(deck_writer.render_deck)  # type: ignore[assignment]
    handout.render_handout = _validated(handout.render_handout)  # type: ignore[assignment]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Documents written by subprocesses too: every one an output folder's manifest lists."""
    from briefkit.manifest import read_manifest
    from helpers import docvalid

    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None or factory._basetemp is None:
        return
    failures = []
    for manifest in factory.getbasetemp().rglob(".briefkit-manifest.json"):
        for name in read_manifest(manifest.parent):
            path = manifest.parent / name
            if path.suffix in (".docx", ".pptx") and path.is_file():
                found = docvalid.problems(path.read_bytes())
                if found:
                    failures.append(f"{path}: {found}")
    if failures:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("Documents Office would repair:\n" + "\n".join(failures), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
