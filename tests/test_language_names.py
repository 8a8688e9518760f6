"""Briefings in two languages share a folder: the language is in the file name, and a file made
from another language, template or composition is never replaced without asking."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document

from briefkit.atomic import sha256_of
from briefkit.cli import Exit, cli, main
from briefkit.export import ProtectedFiles, plan_targets
from briefkit.manifest import ManifestEntry, Origin, read_manifest, record
from briefkit.options import ExportOptions, Format, document_names
from briefkit.progress import say
from briefkit.resources import bundled
from briefkit.targets import made_from
from briefkit.terminal import LineProgress

TOPIC = "extremist-groups"  # one chart: the quickest topic to export


def test_output_in_another_language_carries_its_code_in_every_name() -> None:
    names = {f: document_names("aktobe-2016", f, "ru") for f in Format}
    assert names == {
        Format.DOCX: ["aktobe-2016-ru.docx"],
        Format.PPTX: ["aktobe-2016-ru.pptx"],
        Format.PDF: ["aktobe-2016-ru-report.pdf", "aktobe-2016-ru-deck.pdf"],
        Format.HANDOUT: ["aktobe-2016-ru-handout.docx"],
        Format.NOTE: ["aktobe-2016-ru-note.docx"],
    }
    assert document_names("aktobe-2016", Format.DOCX) == ["aktobe-2016.docx"]  # English: as before
    # with the note chosen, pdf converts the note (and the report and deck only with a full form)
    note_pdf = document_names("aktobe-2016", Format.PDF, "ru", (Format.NOTE, Format.PDF))
    assert note_pdf == ["aktobe-2016-ru-note.pdf"]
    every = document_names("aktobe-2016", Format.PDF, "en", (Format.NOTE, Format.DOCX))
    assert every == ["aktobe-2016-report.pdf", "aktobe-2016-deck.pdf", "aktobe-2016-note.pdf"]


def test_made_from_names_the_language_templates_and_sections() -> None:
    from briefkit.compose.custom import composition_from_args

    spec = composition_from_args(("aktobe-2016:attack",), "Mine", name="mine")
    ministry = bundled("templates") / "ministry-deck.pptx"
    options = ExportOptions(formats=tuple(Format), lang="ru", template_pptx=ministry)
    origins = made_from(options, ["aktobe-2016", "mine"], [spec])
    assert origins["aktobe-2016-ru.docx"] == Origin("ru", "bundled", grades="off")
    assert origins["aktobe-2016-ru.pptx"] == Origin("ru", "ministry-deck.pptx", grades="off")
    assert origins["aktobe-2016-ru-report.pdf"] == Origin("ru", "bundled", grades="off")
    assert origins["aktobe-2016-ru-deck.pdf"] == Origin("ru", "ministry-deck.pptx", grades="off")
    assert origins["aktobe-2016-ru-handout.docx"].template == "bundled + ministry-deck.pptx"
    assert origins["mine-ru.docx"] == Origin("ru", "bundled", "aktobe-2016:attack", "off")
    # the bundled template picked as a file is the bundled template
    picked = ExportOptions(template_docx=bundled("templates") / "report.docx")
    assert made_from(picked, ["a"])["a.docx"].template == "bundled"


def _ours(folder: Path, name: str, origin: Origin) -> Path:
    """A file Briefkit wrote (recorded in the manifest) and nobody changed since."""
    path = folder / name
    path.write_bytes(b"%PDF- " + name.encode())
    record(folder, {name: ManifestEntry.now(sha256_of(path), "t", "pdf", origin=origin)})
    return path


def test_an_untouched_file_made_differently_is_protected(tmp_path: Path) -> None:
    same = _ours(tmp_path, "a-report.pdf", Origin("en", "bundled"))
    _ours(tmp_path, "b-report.pdf", Origin("en", "ministry-report.docx"))
    _ours(tmp_path, "c-report.pdf", Origin("en", "bundled", "x:one"))
    _ours(tmp_path, "d-report.pdf", Origin("ru", "bundled"))
    origins = {
        f"{n}-{kind}.pdf": Origin("en", "bundled", "x:two" if n == "c" else "")
        for n in "abcd"
        for kind in ("report", "deck")
    }
    with pytest.raises(ProtectedFiles) as refused:
        plan_targets(list("abcd"), [Format.PDF], tmp_path, "refuse", "en", origins)
    made = {p.name: kinds for p, kinds in refused.value.made_from.items()}
    assert made == {
        "b-report.pdf": [("template", "ministry-report.docx")],
        "c-report.pdf": [("composition", "x:one")],
        "d-report.pdf": [("language", "ru")],
    }
    assert sorted(p.name for p in refused.value.paths) == list(made)
    message = str(refused.value)
    assert "b-report.pdf (template ministry-report.docx)" in message
    assert "d-report.pdf (language ru)" in message and "nothing was written" in message
    kept = plan_targets(list("abcd"), [Format.PDF], tmp_path, "keep", "en", origins)
    renamed = [kept[f"{n}-report.pdf"].name for n in "abcd"]
    assert renamed == ["a-report.pdf", "b-report-2.pdf", "c-report-2.pdf", "d-report-2.pdf"]
    assert same.exists()


def test_an_entry_from_an_older_manifest_is_replaced_as_before(tmp_path: Path) -> None:
    path = tmp_path / "a-report.pdf"
    path.write_bytes(b"%PDF- ours")
    record(tmp_path, {path.name: ManifestEntry(sha256_of(path), "a", "pdf")})  # no lang etc.
    origins = {path.name: Origin("en", "ministry-report.docx")}
    planned = plan_targets(["a"], [Format.PDF], tmp_path, "refuse", "en", origins)
    assert planned["a-report.pdf"] == path


# -- real exports through the command line -----------------------------------------------------


@pytest.fixture
def cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    if not shutil.which("chromium") and not shutil.which("google-chrome"):
        pytest.skip("no browser installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "names-cache"))


def _export(*args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(cli, ["export", TOPIC, "--format", "docx", *args])
    return done.exit_code, done.stdout, done.stderr


@pytest.mark.slow
def test_english_and_russian_exports_share_a_folder(tmp_path: Path, cache: None) -> None:
    out = tmp_path / "briefings"
    assert main(["export", TOPIC, "--format", "docx", "--out", str(out)]) == Exit.OK
    english = sha256_of(out / f"{TOPIC}.docx")
    status, stdout, stderr = _export("--out", str(out), "--lang", "ru", "--json")
    assert status == Exit.OK, stderr
    summary = json.loads(stdout)
    assert summary["lang"] == "ru"
    assert [Path(f["path"]).name for f in summary["files"]] == [f"{TOPIC}-ru.docx"]
    assert sorted(p.name for p in out.glob("[!.]*")) == [f"{TOPIC}-ru.docx", f"{TOPIC}.docx"]
    assert sha256_of(out / f"{TOPIC}.docx") == english  # the English report is untouched
    russian = "\n".join(p.text for p in Document(str(out / f"{TOPIC}-ru.docx")).paragraphs)
    assert "Источники" in russian
    entries = read_manifest(out)
    assert (entries[f"{TOPIC}.docx"].lang, entries[f"{TOPIC}-ru.docx"].lang) == ("en", "ru")


@pytest.mark.slow
def test_another_template_does_not_replace_a_file_without_asking(
    tmp_path: Path, cache: None
) -> None:
    out = tmp_path / "briefings"
    assert main(["export", TOPIC, "--format", "docx", "--out", str(out)]) == Exit.OK
    before = sha256_of(out / f"{TOPIC}.docx")
    ministry = str(bundled("templates") / "ministry-report.docx")
    status, _, stderr = _export("--out", str(out), "--template-docx", ministry)
    assert status == Exit.PROTECTED
    assert f"{TOPIC}.docx (template bundled)" in stderr and "--keep" in stderr
    assert sha256_of(out / f"{TOPIC}.docx") == before
    status, stdout, stderr = _export("--out", str(out), "--template-docx", ministry, "--keep")
    assert status == Exit.OK, stderr
    assert stdout.split() == [str(out / f"{TOPIC}-2.docx")]
    assert read_manifest(out)[f"{TOPIC}-2.docx"].template == "ministry-report.docx"
    assert sha256_of(out / f"{TOPIC}.docx") == before
    # the same template again: the copy is replaced silently, as before
    status, _, stderr = _export("--out", str(out), "--template-docx", ministry)
    assert status == Exit.PROTECTED  # the first file still is the bundled template's
    status, _, stderr = _export("--out", str(out))
    assert status == Exit.OK, stderr  # the bundled template again: replaced silently


@pytest.mark.slow
def test_progress_and_summary_are_in_the_briefing_language(tmp_path: Path, cache: None) -> None:
    status, _, stderr = _export("--out", str(tmp_path), "--lang", "ru")
    assert status == Exit.OK, stderr
    lines = stderr.splitlines()
    assert re.fullmatch(r"\[1/2\] (Подготовка|Отрисовка) диаграммы 1 из 1", lines[0]), lines
    assert lines[1] == f"[2/2] Запись {TOPIC}-ru.docx"
    assert re.fullmatch(r"Записано: 1 файл \(Русский\) за \d+,\d\u00a0с", lines[-1]), lines
    status, _, stderr = _export("--out", str(tmp_path))
    lines = stderr.splitlines()
    assert lines[1] == f"[2/2] Writing {TOPIC}.docx"
    assert re.fullmatch(r"Wrote 1 file \(English\) in \d+\.\d s", lines[-1]), lines


def test_a_cancelled_export_says_so_in_the_briefing_language(catalog: Any) -> None:
    from briefkit.catalog.translations import translate

    russian = translate(catalog, "ru").catalog.language
    stream = io.StringIO()
    lines = LineProgress(stream)
    lines.start(3, say(russian, "starting"))
    lines.advance(say(russian, "writing", file="a-ru.docx"))
    lines.cancelled()
    assert stream.getvalue().splitlines() == [
        "[1/3] Запись a-ru.docx",
        "Отменено; недописанных файлов не осталось.",
    ]
    english = LineProgress(stream := io.StringIO())
    english.cancelled()  # before the job started: no words to say it in but English
    assert stream.getvalue() == "Cancelled; no partial files were left.\n"


@pytest.mark.slow
def test_briefkit_lang_says_the_progress_in_its_language_whatever_the_briefing(
    tmp_path: Path, cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFKIT_LANG", "ru")
    status, _, stderr = _export("--out", str(tmp_path))  # an English briefing
    assert status == Exit.OK, stderr
    lines = stderr.splitlines()
    assert lines[1] == f"[2/2] Запись {TOPIC}.docx"
    assert re.fullmatch(r"Записано: 1 файл \(English\) за \d+,\d\u00a0с", lines[-1]), lines
    monkeypatch.setenv("BRIEFKIT_LANG", "kk")
    status, _, stderr = _export("--out", str(tmp_path), "--lang", "ru", "--force")
    assert status == Exit.OK, stderr
    lines = stderr.splitlines()
    assert lines[1] == f"[2/2] Жазылуда: {TOPIC}-ru.docx"
    assert re.fullmatch(r"Жазылды: 1 файл \(Русский\), \d+,\d\u00a0с ішінде", lines[-1]), lines


def test_briefkit_lang_says_each_step_and_the_cancel_again(
    catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefkit.catalog.translations import translate
    from briefkit.cli_shared import speak, step_said

    russian = translate(catalog, "ru").catalog.language
    steps = [
        say(russian, "chart_rendering", n=1, total=3),
        say(russian, "look", step=say(russian, "chart_preparing", n=2, total=3), look=1, looks=2),
        say(russian, "converting", name="a"),
    ]
    wrote = say(russian, "wrote", files="3 файла", language="Русский", seconds="2,5", n=3,
                elapsed=2.54)  # fmt: skip
    monkeypatch.setenv("BRIEFKIT_LANG", "kk")
    speak(None)
    try:
        lines = LineProgress(stream := io.StringIO(), step_said)
        lines.start(4, say(russian, "starting"))
        for step in steps:
            lines.advance(step)
        lines.finish(wrote)
        lines.cancelled()
    finally:
        monkeypatch.delenv("BRIEFKIT_LANG")
        speak("en")
    assert stream.getvalue().splitlines() == [
        "[1/4] Диаграмма салынуда: 1 / 3",
        "[2/4] Диаграмма дайындалуда: 2 / 3 (безендіру 1 / 2)",
        "[3/4] PDF-ке түрлендірілуде: a",
        "Жазылды: 3 файл (Русский), 2,5\u00a0с ішінде",
        "Тоқтатылды; толық жазылмаған файл қалған жоқ.",
    ]
    unset = LineProgress(stream := io.StringIO(), step_said)  # no BRIEFKIT_LANG: as said
    unset.advance(steps[2])
    assert stream.getvalue() == "[1/0] Преобразование a в PDF\n"
