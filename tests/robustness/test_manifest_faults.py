"""The manifest under attack and under load (issue 14, points 14 to 17).

The manifest says which files Briefkit may replace. It must always hold the hash of what is on
disk, even with several exports racing into one folder; a damaged manifest is said to be damaged,
kept, and rebuilt from what can still be read; and neither it nor its lock is followed through a
symbolic link.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest

from briefkit import manifest as manifest_module
from briefkit.atomic import sha256_of, write_atomic_sha256
from briefkit.cli import Exit
from briefkit.export import _recorded
from briefkit.manifest import LOCK_NAME, MANIFEST_NAME, load_manifest, locked
from briefkit.resources import bundled
from helpers.robust import TOPIC, export, files_in

DATA = bundled("data")
ROUNDS = 40


def _racer(folder: str, seed: int) -> None:
    """Write the same file again and again, each time with other bytes, as an export does."""
    path = Path(folder) / "shared.bin"
    for n in range(ROUNDS):
        data = f"{seed}-{n}-".encode() * 500

        def write(stream: Any, data: bytes = data) -> None:
            stream.write(data)

        write_atomic_sha256(path, write, _recorded("t", "docx", path.name, path))


def test_racing_writers_keep_the_manifest_true_to_the_disk_at_every_moment(
    tmp_path: Path,
) -> None:
    """Whenever the lock is free, every file's hash on disk is the one the manifest holds."""
    context = multiprocessing.get_context("fork")
    racers = [context.Process(target=_racer, args=(str(tmp_path), s)) for s in range(4)]
    for racer in racers:
        racer.start()
    path, looks, disagreements = tmp_path / "shared.bin", 0, 0
    while any(r.is_alive() for r in racers) or looks == 0:
        with locked(tmp_path):
            entry = load_manifest(tmp_path).entries.get(path.name)
            if entry is not None:
                looks += 1
                disagreements += entry.sha256 != sha256_of(path)
    for racer in racers:
        racer.join(120)
        assert racer.exitcode == 0
    assert looks >= 10, f"only {looks} looks while the writers ran: the race was not watched"
    assert disagreements == 0, f"{disagreements} of {looks} looks found another hash on disk"
    assert load_manifest(tmp_path).entries[path.name].sha256 == sha256_of(path)


def _exported(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert export(DATA, out, formats="docx,pptx").status == Exit.OK
    return out


def test_a_truncated_manifest_is_named_kept_and_its_entries_carried_over(
    tmp_path: Path, no_browser: None
) -> None:
    out = _exported(tmp_path)
    manifest = out / MANIFEST_NAME
    (out / "other.txt").write_bytes(b"a file Briefkit wrote in another run")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    other = {"sha256": sha256_of(out / "other.txt"), "topic": "x"}
    data["files"] = {"other.txt": other, **data["files"]}
    text = json.dumps(data, indent=2)
    cut = text[: text.index(f'"{TOPIC}.pptx"')]  # cut short before the deck's entry
    manifest.write_text(cut, encoding="utf-8")

    refused = export(DATA, out, formats="docx,pptx")
    assert refused.status == Exit.PROTECTED
    assert f"({MANIFEST_NAME}) is damaged" in refused.stderr
    assert f"{TOPIC}.pptx" in refused.stderr

    replaced = export(DATA, out, "--force", formats="docx,pptx")
    assert replaced.status == Exit.OK, replaced.stderr
    kept = [n for n in files_in(out) if ".briefkit-manifest.damaged-" in n]
    assert len(kept) == 1 and (out / kept[0]).read_text(encoding="utf-8") == cut
    entries = load_manifest(out).entries
    assert "other.txt" in entries, "an entry still readable in the damaged record is kept"
    assert entries[f"{TOPIC}.pptx"].sha256 == sha256_of(out / f"{TOPIC}.pptx")


def test_a_deeply_nested_manifest_is_damaged_not_a_traceback(
    tmp_path: Path, no_browser: None
) -> None:
    out = _exported(tmp_path)
    (out / MANIFEST_NAME).write_text("[" * 200_000, encoding="utf-8")
    run = export(DATA, out, formats="docx")
    assert run.status == Exit.PROTECTED
    assert "is damaged" in run.stderr and "Traceback" not in run.stderr


def test_no_room_for_the_manifest_leaves_the_document_unwritten_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_browser: None
) -> None:
    out = _exported(tmp_path)
    before = {n: (out / n).read_bytes() for n in files_in(out)}
    real = manifest_module.write_atomic

    def full(path: Path, write: Any) -> int:
        if path.name == MANIFEST_NAME:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, write)

    monkeypatch.setattr(manifest_module, "write_atomic", full)
    run = export(DATA, out, "--force", formats="docx")
    assert run.status == Exit.OUTPUT
    assert "disk is full" in run.stderr and MANIFEST_NAME in run.stderr
    assert f"{TOPIC}.docx was not written either" in run.stderr
    assert {n: (out / n).read_bytes() for n in files_in(out)} == before


def test_the_lock_is_never_followed_through_a_link(tmp_path: Path, no_browser: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "elsewhere" / "created-by-briefkit"
    target.parent.mkdir()
    (out / LOCK_NAME).symlink_to(target)
    assert export(DATA, out, formats="docx").status == Exit.OK
    assert not target.exists()


def test_a_manifest_that_is_a_link_is_not_read_or_copied(tmp_path: Path, no_browser: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (out / MANIFEST_NAME).symlink_to(secret)
    assert export(DATA, out, formats="docx").status == Exit.OK
    assert secret.read_text(encoding="utf-8").startswith("root:x")
    assert not (out / MANIFEST_NAME).is_symlink()
    for name in files_in(out):
        assert "root:x" not in (out / name).read_bytes().decode("latin-1"), name


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW on this system")
def test_load_manifest_refuses_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text('{"files": {}}', encoding="utf-8")
    (tmp_path / MANIFEST_NAME).symlink_to(tmp_path / "real.json")
    assert load_manifest(tmp_path).damaged
