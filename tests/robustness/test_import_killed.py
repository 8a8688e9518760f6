"""An import killed mid-write (SIGKILL, in a child process) leaves the data as it was: the next
command that reads the folder puts back every file the import had replaced."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefkit.catalog import check_catalog
from briefkit.catalog.lock import LOCK
from briefkit.catalog.transaction import JOURNAL
from helpers import acled

_CHILD = """
import os, signal, sys
import briefkit.catalog.importing.apply as apply
import briefkit.catalog.transaction as transaction
from briefkit.cli import main

def kill(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[1] == "after-first-file":  # incidents.csv replaced, sources.yaml not yet
    real = apply.replace_together
    apply.replace_together = lambda root, changes, after_each=None: real(root, changes, kill)
else:  # while the new files are written, before any is replaced
    real_write = transaction._write_synced
    calls = []
    def write(path, data):
        calls.append(path)
        if len(calls) == 2:
            kill()
        real_write(path, data)
    transaction._write_synced = write
sys.exit(main(["data", "import", sys.argv[2], "--data", sys.argv[3]]))
"""


def digests(folder: Path) -> dict[str, str]:
    """The data files' sha256 (not the hidden files an unfinished import left)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".")
    }


@pytest.mark.parametrize("moment", ["after-first-file", "while-writing"])
def test_an_import_killed_mid_write_leaves_the_data_as_it_was(
    data_copy: Path, tmp_path: Path, moment: str
) -> None:
    export = acled.write_csv(tmp_path / "acled.csv")
    before = digests(data_copy)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD), moment, str(export), str(data_copy)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert (data_copy / LOCK).is_file()  # killed while holding the folder's lock
    if moment == "after-first-file":  # really killed half-way: one file new, one old
        assert (data_copy / JOURNAL).is_file()
        assert digests(data_copy)["incidents.csv"] != before["incidents.csv"]
        assert digests(data_copy)["sources.yaml"] == before["sources.yaml"]
    catalog, problems = check_catalog(data_copy)  # the next reader of the folder
    assert problems == [] and catalog is not None
    assert digests(data_copy) == before  # every file as it was, nothing left behind
    assert not (data_copy / LOCK).exists()  # the dead import's lock was taken over
    assert "oral-protest-2012-01-20" not in catalog.incidents
    again = subprocess.run(
        [sys.executable, "-m", "briefkit", "data", "import", str(export), "--data", str(data_copy)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 8, again.stderr  # the bad row; the others imported
    assert "oral-protest-2012-01-20" in (data_copy / "incidents.csv").read_text()
    assert not [p.name for p in data_copy.iterdir() if p.name.startswith(".")]  # swept up


_EDIT_CHILD = """
import os, signal, sys
from pathlib import Path
import briefkit.catalog.importing.apply as apply
from briefkit.catalog import load_catalog
from briefkit.catalog.folder import resolve_data_folder
from briefkit.catalog.importing.change import plan_change

folder = Path(sys.argv[1])
catalog = load_catalog(folder)
changed = catalog.sources["voloshin-2013"].model_copy(update={"author": "G. Voloshin"})
plan = plan_change(folder, catalog, "sources", "voloshin-2013", changed)
kill = lambda name: os.kill(os.getpid(), signal.SIGKILL)
apply.apply_import(plan, apply.ImportTarget(resolve_data_folder(folder), folder, False), kill)
"""


def test_an_edit_from_the_data_view_killed_mid_write_leaves_the_data_as_it_was(
    data_copy: Path,
) -> None:
    before = digests(data_copy)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_EDIT_CHILD), str(data_copy)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert (data_copy / JOURNAL).is_file() and (data_copy / LOCK).is_file()
    assert digests(data_copy)["sources.yaml"] != before["sources.yaml"]  # really replaced
    catalog, problems = check_catalog(data_copy)  # the next reader (the window's reload)
    assert problems == [] and catalog is not None
    assert catalog.sources["voloshin-2013"].author == "Georgiy Voloshin"
    assert digests(data_copy) == before and not (data_copy / LOCK).exists()
