"""What ``check`` accepts, export writes: the longest legal title, subtitle and keywords of a
topic, and long ``--title``, ``--subtitle``, ``--prepared-by`` and ``--marking``, in every
format. Word and PowerPoint keep at most 255 characters in a document property: Briefkit
shortens them (an ellipsis at a word boundary; keywords cut at a whole keyword), never fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pptx import Presentation

from briefkit.render.office.properties import PROPERTY_LIMIT, fit_keywords, fit_property
from helpers.robust import TOPIC, files_in, run_cli

SHORT_TEXT = 300  # ShortText's limit in catalog/records.py: the longest title check accepts
LONG_TITLE = ("Aktobe attacks and the response of the state " * 10)[: SHORT_TEXT - 1] + "X"
LONG_KEYWORDS = [f"keyword{n:02d} " + "x" * 280 for n in range(12)]
LONG_OPTION = ("Unit four of the analytical department " * 20)[:400]
TEXT_FIELDS = ("title", "subject", "author", "keywords", "category", "comments")


def _longest_topic(data: Path) -> None:
    """The topic with the longest title, subtitle and keywords, in English and in each
    translation (whose title must state the English figures and glossary terms: here none)."""
    translations = data / "translations"
    for topic in (data / "topics", translations / "ru" / "topics", translations / "kk" / "topics"):
        path = topic / f"{TOPIC}.yaml"
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = []
        for line in lines:
            if line.startswith("title:"):
                line = f"title: {LONG_TITLE}"
            elif line.startswith("subtitle:"):
                line = f"subtitle: {LONG_TITLE}"
            elif line.startswith("keywords:"):
                line = f"keywords: [{', '.join(LONG_KEYWORDS)}]"
            changed.append(line)
        path.write_text("\n".join(changed) + "\n", encoding="utf-8")


def _properties(path: Path) -> Any:
    opened = Document(str(path)) if path.suffix == ".docx" else Presentation(str(path))
    return opened.core_properties


def _assert_fitted(path: Path) -> None:
    props = _properties(path)
    for name in TEXT_FIELDS:
        value = getattr(props, name) or ""
        assert len(value) <= PROPERTY_LIMIT, (path.name, name, len(value))


def test_fit_property_cuts_at_a_word_with_an_ellipsis() -> None:
    assert fit_property("short") == "short"
    fitted = fit_property(LONG_TITLE)
    assert len(fitted) <= PROPERTY_LIMIT and fitted.endswith("…")
    assert LONG_TITLE.startswith(fitted[:-1]) and fitted[-2] != " "
    assert LONG_TITLE[len(fitted) - 1] == " "  # the cut falls on a word boundary
    assert fit_property("x" * 400) == "x" * (PROPERTY_LIMIT - 1) + "…"  # one long word


def test_fit_keywords_keeps_whole_keywords() -> None:
    words = [f"word{n}" * 5 for n in range(40)]
    fitted = fit_keywords(words, "; ")
    assert len(fitted) <= PROPERTY_LIMIT
    assert fitted.split("; ") == words[: len(fitted.split("; "))]
    assert fit_keywords(["y" * 300], ", ") == "y" * (PROPERTY_LIMIT - 1) + "…"


@pytest.mark.usefixtures("no_browser")
def test_the_longest_legal_topic_exports_in_every_format(data_copy: Path, tmp_path: Path) -> None:
    _longest_topic(data_copy)
    assert run_cli("check", "--data", data_copy).status == 0
    out = tmp_path / "out"
    formats = ["docx", "pptx", "handout"] + (["pdf"] if shutil.which("soffice") else [])
    args: list[str | Path] = ["export", TOPIC, "--data", data_copy, "--out", out]
    args += [a for f in formats for a in ("--format", f)]
    args += ["--prepared-by", LONG_OPTION, "--marking", LONG_OPTION, "--chart-mode", "native"]
    run = run_cli(*args)
    assert run.status == 0, run.stdout + run.stderr
    written = files_in(out)
    offices = [out / f"{TOPIC}.docx", out / f"{TOPIC}.pptx", out / f"{TOPIC}-handout.docx"]
    for path in offices:
        _assert_fitted(path)
    report = _properties(offices[0])
    assert report.title == fit_property(LONG_TITLE) and report.title.endswith("…")
    assert report.keywords == fit_keywords(LONG_KEYWORDS, ", ")
    assert report.author == fit_property(LONG_OPTION)
    assert _properties(offices[1]).category == fit_property(LONG_OPTION)
    if "pdf" in formats:
        assert {f"{TOPIC}-report.pdf", f"{TOPIC}-deck.pdf"} <= set(written), written


@pytest.mark.usefixtures("no_browser")
def test_a_composition_with_long_options_exports(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_cli(
        "export",
        "--compose",
        f"{TOPIC}:summary",
        "--title",
        LONG_OPTION,
        "--subtitle",
        LONG_OPTION,
        "--name",
        "long",
        "--prepared-by",
        LONG_OPTION,
        "--out",
        out,
        *("--format", "docx", "--format", "pptx", "--format", "handout"),
    )
    assert run.status == 0, run.stdout + run.stderr
    assert {"long.docx", "long.pptx", "long-handout.docx"} <= set(files_in(out))
    for name in ("long.docx", "long.pptx", "long-handout.docx"):
        _assert_fitted(out / name)
        assert _properties(out / name).title == fit_property(LONG_OPTION)
