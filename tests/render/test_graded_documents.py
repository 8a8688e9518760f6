"""Graded citations, key judgments and the "How to read this briefing" box in the documents,
reopened with python-docx and python-pptx, in English and Russian."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pptx import Presentation

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.compose.assemble import assemble_custom
from briefkit.compose.custom import dump_composition, load_composition
from briefkit.compose.model import Briefing
from briefkit.render.deck.writer import render_deck
from briefkit.render.report.writer import render_report
from helpers.documents import DECK_TEMPLATE, ROOT, images_for, make_png, plain, slide_text
from helpers.documents import title_of as slide_title

REPORT_TEMPLATE = ROOT / "templates" / "report.docx"
GRADED = re.compile(r"\[\d+, [A-F]\d?(?:; \d+, [A-F]\d?)*\]")


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    english = load_catalog()
    return {"en": english, "ru": translate(english, "ru").catalog}


def _report(briefing: Briefing, tmp_path: Path) -> list[str]:
    out = tmp_path / f"{briefing.topic_id}-{briefing.language.code}.docx"
    render_report(
        briefing, images_for(briefing, make_png(tmp_path / "c.png")), REPORT_TEMPLATE, out
    )
    document = docx.Document(str(out))
    texts = [plain(p.text) for p in document.paragraphs]
    for table in document.tables:
        texts += [plain(c.text) for row in table.rows for c in row.cells]
    return texts


def _deck(briefing: Briefing, tmp_path: Path) -> list[tuple[str, str]]:
    out = tmp_path / f"{briefing.topic_id}-{briefing.language.code}.pptx"
    render_deck(briefing, images_for(briefing, make_png(tmp_path / "c.png")), DECK_TEMPLATE, out)
    return [(plain(slide_title(s)), plain(slide_text(s))) for s in Presentation(str(out)).slides]


WORDS = {
    "en": {
        "judgments": "Key judgments",
        "guide": "How to read this briefing",
        "likely": "Likelihood: likely (55–80%). Confidence: low.",
        "source": "Reliability D, not usually reliable: Unsigned and strongly partisan",
        "scale": "almost no chance (01–05%)",
        "disagree": "Sources disagree: Where the Aktobe suicide bomber struck",
    },
    "ru": {
        "judgments": "Ключевые выводы",
        "guide": "Как читать эту справку",
        "likely": "Вероятность: вероятно (55–80 %). Степень уверенности: низкая.",
        "source": "Надёжность D, обычно ненадёжный: Не подписана и резко ангажирована",
        "scale": "почти исключено (01–05 %)",
        "disagree": "Расхождение источников: Где подорвал себя смертник",
    },
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_graded_report_shows_grades_judgments_and_the_box_once(
    catalogs: dict[str, Catalog], lang: str, tmp_path: Path
) -> None:
    words = WORDS[lang]
    briefing = compose_briefing(catalogs[lang], "aktobe-2016", grades=True)
    texts = _report(briefing, tmp_path)
    joined = "\n".join(texts)
    assert texts.count(words["judgments"]) == 2  # the contents and the heading
    assert texts.count(words["guide"]) == 1
    judgment = next(t for t in texts if t.endswith(words["likely"]))
    assert "[2, D]" in judgment  # narrative: the source's reliability only
    assert words["scale"] in joined
    assert words["source"] in joined
    # table rows: each record's credibility beside its sources' reliability
    assert "[1, D2; 2, D2]" in texts  # the Aktobe attack, two partisan sources that agree
    # the "Sources disagree" box: each version's own grade
    box = texts.index(next(t for t in texts if t.startswith(words["disagree"])))
    versions = texts[box + 2 : box + 4]
    assert [v[-7:] for v in versions] == ["[3, C3]", "[1, D3]"]
    # key figures' markers carry the grade too
    assert any(re.search(r"\[\d+, D2(; \d+, D2)?\]", t) for t in texts)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_graded_deck_shows_the_same(
    catalogs: dict[str, Catalog], lang: str, tmp_path: Path
) -> None:
    words = WORDS[lang]
    briefing = compose_briefing(catalogs[lang], "aktobe-2016", grades=True)
    slides = _deck(briefing, tmp_path)
    titles = [t for t, _ in slides]
    assert sum(t == words["guide"] for t in titles) == 1
    figures = next(n for n, t in enumerate(titles) if t in ("Key figures", "Ключевые цифры"))
    # judgments, then the box, then the key figures (as the report orders them)
    assert titles[2].startswith(words["judgments"]) and titles[figures - 1] == words["guide"]
    judgments = "\n".join(text for title, text in slides if title.startswith(words["judgments"]))
    assert words["likely"] in judgments and "[2, D]" in judgments
    box = next(text for title, text in slides if title.startswith(words["disagree"]))
    assert "[3, C3]" in box and "[1, D3]" in box
    sources = "\n".join(text for title, text in slides if title.startswith(titles[-1][:6]))
    assert words["source"] in sources


def test_without_grades_citations_are_plain_and_the_box_explains_only_likelihood(
    catalogs: dict[str, Catalog], tmp_path: Path
) -> None:
    briefing = compose_briefing(catalogs["en"], "aktobe-2016")
    texts = _report(briefing, tmp_path)
    joined = "\n".join(texts)
    assert not GRADED.search(joined)
    assert "Reliability D" not in joined
    assert texts.count("How to read this briefing") == 1
    assert "almost no chance (01–05%)" in joined and "[3, B2] is source 3" not in joined
    # a topic without likelihoods, without grades: no judgments, no box
    wave = compose_briefing(catalogs["en"], "wave-2011-2012")
    assert wave.key_judgments == () and wave.guide == ()
    graded_wave = compose_briefing(catalogs["en"], "wave-2011-2012", grades=True)
    assert len(graded_wave.guide) == 1  # grades only: the grading scales, no likelihood


def test_a_composition_can_ask_for_grades(catalogs: dict[str, Catalog], tmp_path: Path) -> None:
    path = tmp_path / "graded.yaml"
    path.write_text(
        "title: Aktobe, graded\ngrades: true\nsections:\n"
        "  - wave-2011-2012:course\n  - aktobe-2016:summary\n",
        encoding="utf-8",
    )
    spec = load_composition(path)
    assert spec.grades and "grades: true" in dump_composition(spec)
    catalog = catalogs["en"]
    parts = {t: compose_briefing(catalog, t, grades=spec.grades) for t in spec.topics}
    briefing = assemble_custom(catalog, spec, parts)
    texts = _report(briefing, tmp_path)
    joined = "\n".join(texts)
    # renumbered across the new briefing, grades kept
    numbers = {e.id: e.number for e in briefing.sources}
    assert f"[{numbers['ct-measures-2013']}, C" in joined
    assert "Likelihood: likely (55–80%). Confidence: low." in joined
    assert texts.count("How to read this briefing") == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: X\ngrades: sometimes\nsections: [aktobe-2016:summary]\n")
    with pytest.raises(Exception, match=r"bad.yaml:2: grades: must be true or false"):
        load_composition(bad)


def test_the_command_line_exports_graded_documents(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from helpers.robust import run_cli, without_charts

    without_charts(monkeypatch)
    plain_run = run_cli("export", "legal-reforms", "--format", "docx", "--out", tmp_path / "a")
    graded_run = run_cli(
        "export", "legal-reforms", "--format", "docx", "--grades", "--out", tmp_path / "b"
    )
    assert plain_run.status == graded_run.status == 0
    before = "\n".join(
        p.text for p in docx.Document(str(tmp_path / "a/legal-reforms.docx")).paragraphs
    )
    after = "\n".join(
        p.text for p in docx.Document(str(tmp_path / "b/legal-reforms.docx")).paragraphs
    )
    assert not GRADED.search(plain(before)) and "How to read this briefing" not in before
    assert GRADED.search(plain(after)) and after.count("How to read this briefing") == 1
    assert "Reliability B, usually reliable: Signed field report" in after
