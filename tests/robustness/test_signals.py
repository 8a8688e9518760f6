"""SIGTERM and kill -9 (issue 14, point 18): a stopped export cleans up and says so.

A service manager or a closing terminal sends SIGTERM: the export unwinds as on Ctrl-C (the
browser and LibreOffice are stopped, temporary folders removed, no partial file left) and exits
143 with a message. A process killed outright cannot clean up: the next PDF export sweeps what
it left in the temporary folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from briefkit.cli import Exit
from briefkit.render.office.pdf import find_soffice
from briefkit.scratch import scratch_dir, sweep_stale
from helpers.robust import TOPIC, files_in

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "desktop"),
        "TMPDIR": str(scratch),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),  # no chart is cached: the browser starts
    }
    command = [sys.executable, "-m", "briefkit", "export", TOPIC, "--format", "pdf"]
    process = subprocess.Popen(
        [*command, "--out", str(tmp_path / "out")],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    return process, scratch


@pytest.mark.slow
@pytest.mark.skipif(find_soffice() is None, reason="needs LibreOffice for the PDF step")
@pytest.mark.parametrize("when", ["Rendering chart 1", "Converting"])
def test_sigterm_cleans_up_and_says_so(when: str, tmp_path: Path) -> None:
    process, scratch = _start(tmp_path)
    with process:
        assert process.stderr is not None
        seen = []
        for line in process.stderr:
            seen.append(line)
            if when in line:
                break
        time.sleep(0.3)  # inside the step: the browser drawing, LibreOffice converting
        process.send_signal(signal.SIGTERM)
        rest = process.stderr.read()
        assert process.wait(60) == Exit.TERMINATED, "".join(seen) + rest
    assert "stopped (SIGTERM); no partial file was left" in rest
    assert files_in(tmp_path / "out") == []
    assert list(scratch.iterdir()) == [], "no temporary folder or browser profile is left"


def test_stale_folders_of_a_dead_process_are_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    stale = tmp_path / f"briefkit-pdf-{dead.stdout.strip()}-abc"
    (stale / "inside").mkdir(parents=True)
    (stale / "inside" / "briefing.docx").write_bytes(b"a whole briefing")
    others = [tmp_path / "briefkit-pdf-notapid", tmp_path / "someone-elses"]
    for folder in others:
        folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # Python reads TMPDIR only once
    with scratch_dir("pdf") as mine:
        assert Path(mine).parent == tmp_path
        assert sweep_stale() == [stale]
        assert Path(mine).is_dir(), "a living process's folder is kept"
    assert not stale.exists() and all(f.is_dir() for f in others)
