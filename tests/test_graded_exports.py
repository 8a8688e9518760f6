"""A graded export does not replace an ungraded one of the same name without asking (nor the
other way round): the manifest records whether a file's citations show source grades."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefkit.atomic import sha256_of
from briefkit.cli import Exit, cli
from briefkit.compose.custom import composition_from_args
from briefkit.export import ProtectedFiles, plan_targets
from briefkit.manifest import ManifestEntry, Origin, read_manifest, record
from briefkit.messages import message_words
from briefkit.options import ExportOptions, Format
from briefkit.targets import made_from

TOPIC = "extremist-groups"  # one chart: the quickest topic to export


def _document(path: Path) -> Path:
    """A real, empty Word file: the session's check opens every file a manifest lists."""
    docx.Document().save(str(path))
    return path


def _ours(folder: Path, name: str, origin: Origin) -> Path:
    path = _document(folder / name)
    record(folder, {name: ManifestEntry.now(sha256_of(path), "t", "docx", origin=origin)})
    return path


def test_made_from_says_whether_citations_show_grades() -> None:
    assert made_from(ExportOptions(grades=True), ["a"])["a.docx"].grades == "on"
    assert made_from(ExportOptions(), ["a"])["a.docx"].grades == "off"
    mine = composition_from_args(("aktobe-2016:attack",), "Mine", name="mine")
    spec = dataclasses.replace(mine, grades=True)  # a composition file's "grades: true"
    assert made_from(ExportOptions(), ["mine"], [spec])["mine.docx"].grades == "on"


def test_a_file_made_without_grades_is_not_replaced_by_a_graded_one(tmp_path: Path) -> None:
    _ours(tmp_path, "a.docx", Origin("en", "bundled", "", "off"))
    _ours(tmp_path, "b.docx", Origin("en", "bundled", "", "on"))
    older = _document(tmp_path / "c.docx")  # a manifest from before the field: replaced as before
    record(tmp_path, {"c.docx": ManifestEntry(sha256_of(older), "c", "docx", lang="en")})
    graded = {f"{n}.docx": Origin("en", "bundled", "", "on") for n in "abc"}
    with pytest.raises(ProtectedFiles) as refused:
        plan_targets(list("abc"), [Format.DOCX], tmp_path, "refuse", "en", graded)
    assert refused.value.made_from == {tmp_path / "a.docx": [("grades", "off")]}
    assert "a.docx (without source grades)" in str(refused.value)
    russian = message_words("ru").say_error(refused.value)
    assert "a.docx (без оценок источников)" in russian
    ungraded = {f"{n}.docx": Origin("en", "bundled", "", "off") for n in "abc"}
    with pytest.raises(ProtectedFiles) as again:
        plan_targets(list("abc"), [Format.DOCX], tmp_path, "refuse", "en", ungraded)
    assert again.value.made_from == {tmp_path / "b.docx": [("grades", "on")]}
    assert "b.docx (with source grades)" in str(again.value)


@pytest.fixture
def cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "graded-cache"))


def _export(*args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(cli, ["export", TOPIC, "--format", "docx", *args])
    return done.exit_code, done.stdout, done.stderr


@pytest.mark.slow
def test_the_command_line_asks_before_a_graded_export_replaces_an_ungraded_one(
    tmp_path: Path, cache: None
) -> None:
    out = str(tmp_path)
    assert _export("--out", out)[0] == Exit.OK
    plain = sha256_of(tmp_path / f"{TOPIC}.docx")
    assert read_manifest(tmp_path)[f"{TOPIC}.docx"].grades == "off"
    status, _, stderr = _export("--out", out, "--grades")
    assert status == Exit.PROTECTED
    assert f"{TOPIC}.docx (without source grades)" in stderr and "--keep" in stderr
    assert sha256_of(tmp_path / f"{TOPIC}.docx") == plain
    status, stdout, stderr = _export("--out", out, "--grades", "--keep")
    assert status == Exit.OK, stderr
    assert stdout.split() == [str(tmp_path / f"{TOPIC}-2.docx")]
    assert read_manifest(tmp_path)[f"{TOPIC}-2.docx"].grades == "on"
    status, _, stderr = _export("--out", out)  # ungraded again: replaced silently
    assert status == Exit.OK, stderr
