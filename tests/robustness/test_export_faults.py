"""Faults while exporting: missing, unwritable or full folders, locked files, kill -9, races.

Tests run as root, where chmod does not stop a write, so the operating system's refusals are
simulated where it answers: the call that would fail raises the error the system gives
(EACCES, ENOSPC, EBUSY, Windows' sharing violation). A real full disk is used too when a tiny
tmpfs can be mounted.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from briefkit import atomic
from briefkit.atomic import sha256_of
from briefkit.cli import Exit
from briefkit.resources import bundled
from helpers import docvalid
from helpers.robust import TOPIC, export, files_in

DATA = bundled("data")
ROOT = Path(__file__).resolve().parents[2]


def is_temp(name: str) -> bool:
    """A name ``write_atomic`` gives its temporary files: hidden, ending in .part."""
    return name.startswith(".") and name.endswith(".part")


def documents(folder: Path) -> list[str]:
    """What a person sees in the folder: files that are not hidden."""
    return [n for n in files_in(folder) if not Path(n).name.startswith(".")]


def test_missing_output_folder_is_created(tmp_path: Path, no_browser: None) -> None:
    out = tmp_path / "not" / "yet" / "there"
    run = export(DATA, out, formats="docx")
    assert run.status == Exit.OK, run.stderr
    assert documents(out) == [f"{TOPIC}.docx"]


def test_output_folder_that_is_a_file(tmp_path: Path, no_browser: None) -> None:
    out = tmp_path / "briefings"
    out.write_text("a file, not a folder")
    run = export(DATA, out, formats="docx")
    assert run.status == Exit.OUTPUT and str(out) in run.stderr and "not a folder" in run.stderr


def test_output_folder_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_browser: None
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", kwargs.get("dir"))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    out = tmp_path / "out"
    run = export(DATA, out, formats="docx")
    assert run.status == Exit.OUTPUT, run.stderr
    assert str(out / f"{TOPIC}.docx") in run.stderr and "not writable" in run.stderr
    assert files_in(out) == []


class FullDisk:
    """A stream that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, stream: BinaryIO, room: int) -> None:
        self._stream = stream
        self.room = room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self._stream.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


def test_disk_full_keeps_the_previous_file_and_leaves_nothing_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_browser: None
) -> None:
    out = tmp_path / "out"
    assert export(DATA, out, formats="docx").status == Exit.OK
    before = (out / f"{TOPIC}.docx").read_bytes()
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        stream = real_fdopen(fd, mode, *args, **kwargs)
        return FullDisk(stream, 4_000) if "w" in mode else stream

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    run = export(DATA, out, "--force", formats="docx")
    assert run.status == Exit.OUTPUT, run.stderr
    assert str(out / f"{TOPIC}.docx") in run.stderr and "disk is full" in run.stderr
    assert (out / f"{TOPIC}.docx").read_bytes() == before
    assert not [n for n in files_in(out) if is_temp(Path(n).name)]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KB tmpfs, when this machine lets the tests mount one (root, not in CI)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; the simulated full disk covers the case")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_real_full_disk(tiny_disk: Path, no_browser: None) -> None:
    filler = tiny_disk / "filler.bin"
    filler.write_bytes(b"\0" * (200 << 10))  # leave about 56 KB: less than a report
    out = tiny_disk / "out"
    run = export(DATA, out, formats="docx,pptx")
    assert run.status == Exit.OUTPUT, run.stdout + run.stderr
    assert "disk is full" in run.stderr and str(out) in run.stderr
    for name in files_in(out):
        assert not is_temp(Path(name).name), "no temporary file left behind"
        if name.endswith((".docx", ".pptx")):
            assert docvalid.problems((out / name).read_bytes()) == [], "what is there is whole"


@pytest.mark.parametrize(
    "error",
    [
        PermissionError(errno.EACCES, "Access is denied"),
        OSError(errno.EBUSY, "Device or resource busy"),
    ],
    ids=["windows-access-denied", "busy"],
)
def test_file_open_elsewhere(
    error: OSError, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_browser: None
) -> None:
    """Word keeps the files it has open locked: replacing one fails as Windows says."""
    out = tmp_path / "out"
    assert export(DATA, out, formats="docx").status == Exit.OK
    target = out / f"{TOPIC}.docx"
    before = target.read_bytes()
    real_replace = Path.replace

    def locked(self: Path, dest: Any) -> Path:
        if Path(dest) == target:
            raise error
        return real_replace(self, dest)

    monkeypatch.setattr(Path, "replace", locked)
    run = export(DATA, out, "--force", formats="docx")
    assert run.status == Exit.OUTPUT, run.stderr
    assert str(target) in run.stderr and "open in another program" in run.stderr
    assert target.read_bytes() == before
    assert not [n for n in files_in(out) if is_temp(Path(n).name)]


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefkit.atomic import write_atomic

    target, size = Path(sys.argv[1]), int(sys.argv[2])
    n = 0
    print("ready", flush=True)
    while True:
        n = n % 250 + 1
        block = bytes([n]) * (1 << 16)

        def write(stream, block=block):
            for _ in range(size // len(block)):
                stream.write(block)

        write_atomic(target, write)
    """
)


def test_kill_9_at_any_moment_leaves_old_or_new_whole(tmp_path: Path) -> None:
    """A writer of 4 MB files is killed 25 times at random; the file is always whole."""
    size = 4 << 20
    target = tmp_path / "report.docx"
    target.write_bytes(b"\0" * size)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    rng = random.Random(6)
    values = set()
    for _ in range(25):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), str(size)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 1.0))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        data = target.read_bytes()
        assert len(data) == size, "never truncated"
        assert data.count(data[:1]) == size, "never a mix of two versions"
        values.add(data[0])
        litter = [p.name for p in tmp_path.iterdir() if p != target]
        assert all(is_temp(n) and n.startswith(f".{target.name}.") for n in litter), litter
    assert len(values) >= 2, "the kills fell at different moments"


RACER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import briefkit.export as export
    from briefkit.options import OnExisting
    from helpers.nocharts import no_charts
    export.chart_drawing = no_charts  # no browser: documents leave the charts out
    out, topic = Path(sys.argv[1]), sys.argv[2]
    for _ in range(3):
        request = export.ExportRequest(
            topics=(topic,), out_dir=out, on_existing=OnExisting.REPLACE
        )
        export.run_export(request)
    """
)


def test_two_exports_into_one_folder_at_once(tmp_path: Path) -> None:
    out = tmp_path / "shared"
    paths = [str(ROOT / "desktop"), str(ROOT / "tests")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    topics = ("aktobe-2016", "wave-2011-2012")
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(out), t], env=env, stderr=subprocess.PIPE
        )
        for t in topics
    ]
    errors = [racer.communicate(timeout=300)[1] for racer in racers]  # waits, closes the pipes
    for racer, err in zip(racers, errors, strict=True):
        assert racer.returncode == 0, err.decode()
    expected = sorted(f"{t}.{f}" for t in topics for f in ("docx", "pptx"))
    assert documents(out) == expected
    manifest = json.loads((out / ".briefkit-manifest.json").read_text(encoding="utf-8"))
    for name in expected:
        assert manifest["files"][name]["sha256"] == sha256_of(out / name), name
        assert docvalid.problems((out / name).read_bytes()) == [], name
    assert not [n for n in files_in(out) if is_temp(Path(n).name)]
