"""Two processes never change one data folder at once: the lock file in the folder refuses the
second with the first's process id and host, a lock left by a dead process is taken over, and
a reader waits for a change under way instead of undoing it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from briefkit.catalog import check_catalog
from briefkit.catalog.lock import LOCK
from helpers import acled

_HOLDER = """
import sys, time
from pathlib import Path
from briefkit.catalog.lock import folder_lock
folder, release = Path(sys.argv[1]), Path(sys.argv[2])
with folder_lock(folder):
    print("holding", flush=True)
    while not release.exists():
        time.sleep(0.02)
"""


def _import(export: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefkit", "data", "import", str(export), "--data", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_second_process_is_refused_naming_the_holder(data_copy: Path, tmp_path: Path) -> None:
    export = acled.write_csv(tmp_path / "acled.csv")
    release = tmp_path / "release"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_HOLDER), str(data_copy), str(release)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        lock = json.loads((data_copy / LOCK).read_text())
        assert lock["pid"] == holder.pid and lock["host"] == socket.gethostname()
        before = (data_copy / "incidents.csv").read_bytes()
        refused = _import(export, data_copy)
        assert refused.returncode != 0
        assert f"process {holder.pid} on {socket.gethostname()}" in refused.stderr
        assert "being changed by another Briefkit" in refused.stderr
        assert (data_copy / "incidents.csv").read_bytes() == before
    finally:
        release.touch()
        holder.communicate(timeout=30)
    assert not (data_copy / LOCK).exists()  # released
    assert _import(export, data_copy).returncode == 8  # now it goes in (one row refused)
    assert not (data_copy / LOCK).exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(data_copy: Path, tmp_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead = int(gone.stdout)
    (data_copy / LOCK).write_text(json.dumps({"pid": dead, "host": socket.gethostname()}))
    export = acled.write_csv(tmp_path / "acled.csv")
    assert _import(export, data_copy).returncode == 8, "a stale lock must not block"
    assert not (data_copy / LOCK).exists()
    catalog, problems = check_catalog(data_copy)
    assert problems == [] and catalog is not None and "oral-protest-2012-01-20" in catalog.incidents


def test_a_fresh_lock_from_another_host_is_respected(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / LOCK).write_text(json.dumps({"pid": 1, "host": "elsewhere.example"}))
    export = acled.write_csv(tmp_path / "acled.csv")
    refused = _import(export, data_copy)
    assert refused.returncode != 0 and "process 1 on elsewhere.example" in refused.stderr
    old = time.time() - 2 * 3600  # two hours: that change is long over
    os.utime(data_copy / LOCK, (old, old))
    assert _import(export, data_copy).returncode == 8


def test_two_imports_at_once_never_interleave(data_copy: Path, tmp_path: Path) -> None:
    export = acled.write_csv(tmp_path / "acled.csv")
    command = [sys.executable, "-m", "briefkit", "data", "import", str(export)]
    runs = [
        subprocess.Popen([*command, "--data", str(data_copy)], stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    results = [(run.communicate(timeout=180)[1], run.returncode) for run in runs]
    for err, code in results:  # in, unchanged the second time, or refused: never half
        assert code == 8 or "changed since" in err or "being changed" in err, err
    catalog, problems = check_catalog(data_copy)
    assert problems == [] and catalog is not None
    assert sum(1 for i in catalog.incidents if i == "oral-protest-2012-01-20") == 1
    assert not (data_copy / LOCK).exists()
