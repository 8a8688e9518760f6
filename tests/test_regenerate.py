"""Safe regeneration: a file a person edited is never lost.

Real exports through the command line into real folders: an untouched file is replaced
silently, an edited or foreign one stops the job before it writes anything (exit 7), ``--force``
replaces it and ``--keep`` writes ``-2`` beside it; the manifest survives parallel exports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pptx import Presentation

from briefkit.atomic import sha256_of
from briefkit.cli import Exit, main
from briefkit.manifest import LOCK_NAME, MANIFEST_NAME, ManifestEntry, read_manifest, record

TOPIC = "extremist-groups"  # one chart: the quickest topic to export


def _snapshot(folder: Path) -> dict[str, int]:
    """Every file in ``folder`` (manifest included) with its modification time."""
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def _edit_deck(path: Path, title: str = "Edited by the trainer") -> None:
    """What a trainer does: change a slide title in PowerPoint and save."""
    deck = Presentation(str(path))
    deck.slides[0].shapes.title.text = title
    deck.save(str(path))


# -- the manifest on its own (fast) ------------------------------------------------------------


def test_record_merges_and_reads_back(tmp_path: Path) -> None:
    record(tmp_path, {"a.pptx": ManifestEntry.now("aa", "t1", "pptx")})
    record(tmp_path, {"b.docx": ManifestEntry.now("bb", "t2", "docx", replaces="x.docx")})
    entries = read_manifest(tmp_path)
    assert set(entries) == {"a.pptx", "b.docx"}
    assert entries["b.docx"].replaces == "x.docx" and entries["a.pptx"].sha256 == "aa"
    data = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert data["files"]["a.pptx"]["generator"].startswith("briefkit ")
    assert data["files"]["a.pptx"]["topic"] == "t1" and data["files"]["a.pptx"]["written"]


def test_a_corrupt_manifest_protects_everything(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text("{ not json", encoding="utf-8")
    assert read_manifest(tmp_path) == {}


def test_many_threads_recording_at_once_lose_nothing(tmp_path: Path) -> None:
    names = [f"topic-{i}.pptx" for i in range(24)]
    start = threading.Barrier(len(names))

    def one(name: str) -> None:
        start.wait()
        record(tmp_path, {name: ManifestEntry.now(name, name, "pptx")})

    threads = [threading.Thread(target=one, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(read_manifest(tmp_path)) == set(names)
    assert (tmp_path / LOCK_NAME).exists()
    assert not list(tmp_path.glob(".*.part"))


def test_plan_targets_refuses_all_at_once_or_finds_free_names(tmp_path: Path) -> None:
    from briefkit.export import ProtectedFiles, plan_targets

    (tmp_path / "a.pptx").write_bytes(b"theirs")
    (tmp_path / "a-2.pptx").write_bytes(b"also theirs")
    (tmp_path / "b-report.pdf").write_bytes(b"%PDF- theirs")
    with pytest.raises(ProtectedFiles) as refused:
        plan_targets(["a", "b"], ["pptx", "pdf"], tmp_path, "refuse")
    assert sorted(p.name for p in refused.value.paths) == ["a.pptx", "b-report.pdf"]
    assert "a.pptx" in str(refused.value) and "nothing was written" in str(refused.value)
    kept = plan_targets(["a", "b"], ["pptx", "pdf"], tmp_path, "keep")
    assert kept["a.pptx"].name == "a-3.pptx" and kept["b-report.pdf"].name == "b-report-2.pdf"
    assert kept["b.pptx"].name == "b.pptx"
    replaced = plan_targets(["a"], ["pptx"], tmp_path, "replace")
    assert replaced == {"a.pptx": tmp_path / "a.pptx"}


# -- real exports through the command line -----------------------------------------------------


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An XDG cache holding the charts of two topics, so the exports below draw nothing."""
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    cache = tmp_path_factory.mktemp("regen-cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(cache))
    try:
        out = tmp_path_factory.mktemp("warm")
        status = main(["export", TOPIC, "legal-reforms", "--format", "pptx", "--out", str(out)])
    finally:
        mp.undo()
    assert status == Exit.OK
    return cache


@pytest.fixture
def out(tmp_path: Path, warm_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding the topic's report and deck, freshly exported."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(warm_cache))
    folder = tmp_path / "briefings"
    assert main(["export", TOPIC, "--out", str(folder)]) == Exit.OK
    return folder


@pytest.mark.slow
def test_the_manifest_records_what_was_written(out: Path) -> None:
    entries = read_manifest(out)
    assert set(entries) == {f"{TOPIC}.docx", f"{TOPIC}.pptx"}
    for name, entry in entries.items():
        assert entry.sha256 == sha256_of(out / name)
        assert entry.topic == TOPIC and entry.format == name.rsplit(".", 1)[1]


@pytest.mark.slow
def test_an_untouched_file_is_replaced_silently(out: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(out)
    assert main(["export", TOPIC, "--out", str(out)]) == Exit.OK
    after = _snapshot(out)
    assert set(after) == set(before)  # no -2 copies
    for name in (f"{TOPIC}.docx", f"{TOPIC}.pptx"):
        assert after[name] != before[name]
        assert read_manifest(out)[name].sha256 == sha256_of(out / name)
    assert "briefkit:" not in capsys.readouterr().err


@pytest.mark.slow
def test_an_edited_deck_stops_the_job_before_it_writes_anything(out: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    deck = out / f"{TOPIC}.pptx"
    _edit_deck(deck)
    capsys.readouterr()
    before = _snapshot(out)
    status = main(["export", TOPIC, "--out", str(out)])
    assert status == Exit.PROTECTED == 7
    assert _snapshot(out) == before  # not even the untouched report was rewritten
    err = capsys.readouterr().err
    assert f"{TOPIC}.pptx" in err and f"{TOPIC}.docx" not in err
    assert "--force" in err and "--keep" in err and "nothing was written" in err
    assert Presentation(str(deck)).slides[0].shapes.title.text == "Edited by the trainer"


@pytest.mark.slow
def test_force_replaces_an_edited_file(out: Path) -> None:
    deck = out / f"{TOPIC}.pptx"
    _edit_deck(deck)
    assert main(["export", TOPIC, "--out", str(out), "--force"]) == Exit.OK
    assert Presentation(str(deck)).slides[0].shapes.title.text != "Edited by the trainer"
    assert read_manifest(out)[deck.name].sha256 == sha256_of(deck)
    assert not (out / f"{TOPIC}-2.pptx").exists()


@pytest.mark.slow
def test_keep_writes_beside_the_edited_file_and_records_it(out: Path) -> None:
    deck = out / f"{TOPIC}.pptx"
    _edit_deck(deck)
    edited = deck.read_bytes()
    report_before = (out / f"{TOPIC}.docx").stat().st_mtime_ns
    assert main(["export", TOPIC, "--out", str(out), "--keep"]) == Exit.OK
    assert deck.read_bytes() == edited
    copy = out / f"{TOPIC}-2.pptx"
    assert Presentation(str(copy)).slides[0].shapes.title.text != "Edited by the trainer"
    assert (out / f"{TOPIC}.docx").stat().st_mtime_ns != report_before  # untouched: replaced
    entries = read_manifest(out)
    assert entries[copy.name].sha256 == sha256_of(copy)
    assert entries[copy.name].replaces == deck.name
    # the next --keep writes no identical copy: the -2 copy is ours, untouched and the same
    written = copy.stat().st_mtime_ns
    assert main(["export", TOPIC, "--out", str(out), "--keep", "--format", "pptx"]) == Exit.OK
    assert copy.stat().st_mtime_ns == written and not (out / f"{TOPIC}-3.pptx").exists()
    # a different briefing takes the next free name
    again = ["export", TOPIC, "--out", str(out), "--keep", "--format", "pptx"]
    assert main([*again, "--marking", "RESTRICTED"]) == Exit.OK
    assert (out / f"{TOPIC}-3.pptx").exists() and copy.stat().st_mtime_ns == written
    assert read_manifest(out)[f"{TOPIC}-3.pptx"].replaces == deck.name
    assert not list(out.glob(".*.part"))  # the declined copy left no temporary file


@pytest.mark.slow
def test_a_foreign_file_is_protected(tmp_path: Path, warm_cache: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(warm_cache))
    out = tmp_path / "shared"
    out.mkdir()
    foreign = out / f"{TOPIC}.pptx"
    foreign.write_bytes(b"someone else's deck")
    status = main(["export", TOPIC, "--out", str(out), "--format", "pptx"])
    assert status == Exit.PROTECTED
    assert sorted(p.name for p in out.iterdir()) == [foreign.name]
    assert foreign.read_bytes() == b"someone else's deck"


def test_force_and_keep_together_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status = main(["export", TOPIC, "--out", str(tmp_path / "o"), "--force", "--keep"])
    assert status == Exit.USAGE
    assert "--force and --keep" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.slow
def test_two_exports_in_parallel_keep_both_entries(tmp_path: Path, warm_cache: Path) -> None:
    out = tmp_path / "together"
    env = {**os.environ, "XDG_CACHE_HOME": str(warm_cache)}
    command = [sys.executable, "-m", "briefkit", "export", "--format", "pptx", "--out", str(out)]
    runs = [
        subprocess.Popen([*command, topic], env=env, stderr=subprocess.PIPE, text=True)
        for topic in (TOPIC, "legal-reforms")
    ]
    for run in runs:
        _, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
    data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert set(data["files"]) == {f"{TOPIC}.pptx", "legal-reforms.pptx"}
    for name, entry in data["files"].items():
        assert entry["sha256"] == sha256_of(out / name)


@pytest.mark.slow
def test_pdfs_follow_the_same_rule(tmp_path: Path, warm_cache: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(warm_cache))
    out = tmp_path / "pdf"
    assert main(["export", TOPIC, "--format", "pdf", "--out", str(out)]) == Exit.OK
    assert set(read_manifest(out)) == {f"{TOPIC}-report.pdf", f"{TOPIC}-deck.pdf"}
    report = out / f"{TOPIC}-report.pdf"
    report.write_bytes(report.read_bytes() + b"\n% annotated\n")
    before = _snapshot(out)
    assert main(["export", TOPIC, "--format", "pdf", "--out", str(out)]) == Exit.PROTECTED
    assert _snapshot(out) == before
    assert main(["export", TOPIC, "--format", "pdf", "--out", str(out), "--keep"]) == Exit.OK
    assert (out / f"{TOPIC}-report-2.pdf").read_bytes()[:5] == b"%PDF-"
    assert not (out / f"{TOPIC}-deck-2.pdf").exists()  # the untouched deck was replaced
