"""The briefing note: what it says (short form, citations, disputes) and the document it makes.

The layout against LibreOffice's page count is ``test_note_pages.py`` (slow).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from briefkit.catalog import Catalog, load_catalog
from briefkit.catalog.short_forms import bottom_line, key_points, lead_charts
from briefkit.catalog.translations import translate
from briefkit.compose import compose_briefing
from briefkit.compose.assemble import assemble_custom
from briefkit.compose.custom import load_composition
from briefkit.compose.note import Note, compose_note
from briefkit.note_check import note_pages, note_warnings
from briefkit.render.report.note import render_note
from helpers.documents import ROOT, images_for, make_png
from helpers.samples import BUNDLED_TOPICS

REPORT = ROOT / "templates" / "report.docx"
MINISTRY = ROOT / "templates" / "ministry-report.docx"
MARKER = re.compile(r"\[(\d+(?:, \d+)*)\]")


def _note_images(note: Note, png: Path) -> dict:  # type: ignore[type-arg]
    return images_for(note.briefing, png) | (
        {note.chart.chart.id: images_for(note.whole, png)[note.chart.chart.id]}
        if note.chart
        else {}
    )


def _written(note: Note, tmp_path: Path, template: Path = REPORT) -> docx.document.Document:
    out = tmp_path / "note.docx"
    warnings = render_note(note, _note_images(note, make_png(tmp_path / "c.png")), template, out)
    assert not [w for w in warnings if "pages" in w], warnings
    return docx.Document(str(out))


def _cited(note: Note) -> set[int]:
    paragraphs = (note.bottom_line, *note.key_points)
    numbers = {n for p in paragraphs for n in p.citations}
    numbers |= {n for f in note.briefing.key_figures for n in f.citations}
    if note.chart is not None:
        numbers |= set(note.chart.chart.citations)
    if note.lead_dispute is not None:
        numbers |= set(note.lead_dispute.summary.citations)
    return numbers


@pytest.mark.parametrize("topic_id", BUNDLED_TOPICS)
def test_every_fact_of_a_note_is_cited_and_its_sources_are_those_cited(
    catalog: Catalog, topic_id: str
) -> None:
    note = compose_note(compose_briefing(catalog, topic_id))
    assert 3 <= len(note.key_points) <= 6
    for paragraph in (note.bottom_line, *note.key_points):
        assert paragraph.citations, paragraph.plain
    assert all(f.citations for f in note.briefing.key_figures)
    numbers = [s.number for s in note.briefing.sources]
    assert numbers == list(range(1, len(numbers) + 1))
    assert _cited(note) == set(numbers)  # every source listed is cited, every cite listed
    whole = {s.id for s in note.whole.sources}
    assert {s.id for s in note.briefing.sources} <= whole  # the report's sources, renumbered


def test_topic_choices_and_defaults(catalog: Catalog) -> None:
    aktobe = catalog.topic("aktobe-2016")
    assert aktobe.bottom_line is not None and bottom_line(aktobe) == aktobe.bottom_line
    assert key_points(aktobe) == aktobe.key_points
    # defaults: the first chart of each kind in order; one cited point per section in turn
    assert lead_charts(aktobe)[0] == ("context", "incidents-over-time")
    regional = catalog.topic("regional-dimension")
    assert not regional.key_points
    points = key_points(regional)
    assert len(points) == min(6, len(regional.sections))
    assert all("[@" in p.text for p in points)
    first = regional.summary[0].text
    assert first.startswith(bottom_line(regional).text.split("[@")[0].strip())


def test_the_document_has_every_part_in_the_templates_styles(
    catalog: Catalog, tmp_path: Path
) -> None:
    briefing = compose_briefing(
        catalog, "wave-2011-2012", marking="FOR OFFICIAL USE ONLY", prepared_by="Analysis Unit"
    )
    note = compose_note(briefing)
    document = _written(note, tmp_path)
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    texts = [t for _, t in paragraphs]
    assert texts[0] == "FOR OFFICIAL USE ONLY"
    assert ("Title", briefing.title) in paragraphs
    line = next(t for t in texts if t.startswith("Briefing note"))
    assert briefing.issued_label in line and "Prepared by: Analysis Unit" in line
    assert next(t for t in texts if t.startswith("Purpose. ")).endswith(note.purpose)
    assert any(t.startswith("Bottom line. ") and MARKER.search(t) for t in texts)
    headings = [t for s, t in paragraphs if s == "Heading 2"]
    assert headings == ["Key figures", "Key points", "Where the sources disagree", "Sources"]
    bullets = [t for t in texts if t.startswith("•\t")]
    assert len(bullets) == len(note.key_points) and all(MARKER.search(b) for b in bullets)
    disputes = texts[texts.index("Where the sources disagree") + 1]
    assert f"disagree on {note.disputes} points" in disputes
    assert note.lead_dispute is not None and note.lead_dispute.title in disputes
    assert "full report" in disputes
    sources = [t for s, t in paragraphs if s == "Source Entry"]
    assert len(sources) == len(note.briefing.sources)
    assert [int(s.split("]")[0][1:]) for s in sources] == list(range(1, len(sources) + 1))
    # one chart, with its alt text; the key figures in one row of the template's table style
    pictures = document.inline_shapes
    assert len(pictures) == 1 and pictures[0]._inline.docPr.get("descr")
    [figures] = document.tables
    assert len(figures.rows) == 1 and len(figures.columns) == len(note.briefing.key_figures)
    assert any(t.startswith("Figure 1: ") for t in texts)
    assert document.sections[0].header.paragraphs[0].text == "FOR OFFICIAL USE ONLY"
    assert document.core_properties.title == briefing.title


def test_a_composed_briefing_has_a_note_of_its_own_sections(catalog: Catalog) -> None:
    spec = load_composition(ROOT / "docs" / "compositions" / "aktobe-and-the-law.yaml")
    parts = {t: compose_briefing(catalog, t) for t in spec.topics}
    composed = assemble_custom(catalog, spec, parts)
    note = compose_note(composed)
    charts = {c.id for c in composed.charts}
    assert note.chart is None or note.chart.chart.id in charts
    assert 3 <= len(note.key_points) <= 6 or len(note.key_points) == len(spec.parts)
    # its points are those of the chosen sections, renumbered into the composition's sources
    assert _cited(note) == {s.number for s in note.briefing.sources}
    ids = {s.id for s in (*composed.sources, *composed.short.more_sources)}  # type: ignore[union-attr]
    assert {s.id for s in note.briefing.sources} <= ids
    assert note.purpose in (spec.subtitle, spec.title)
    # the disputes on the records its sections show, though no "Sources disagree" box is chosen
    assert note.disputes > 0 and note.lead_dispute is not None
    assert note.lead_dispute.record == "aktobe-attacks-2016-06-05"


def test_russian_note_speaks_russian(catalog: Catalog, tmp_path: Path) -> None:
    russian = translate(catalog, "ru").catalog
    note = compose_note(compose_briefing(russian, "aktobe-2016"))
    document = _written(note, tmp_path, MINISTRY)
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("Справочная записка") for t in texts)
    assert any(t.startswith("Главное. ") for t in texts)
    assert "Основные положения" in texts and "Источники" in texts
    disputes = texts[texts.index("Где источники расходятся") + 1]
    assert "Источники расходятся по 11 вопросам" in disputes


def test_check_estimates_the_bundled_notes_within_two_pages(catalog: Catalog) -> None:
    for template in (REPORT, MINISTRY):
        assert set(note_pages(catalog, template).values()) <= {1, 2}
    assert note_warnings(catalog, REPORT) == []


def test_check_reports_a_topic_whose_note_runs_long(data_copy: Path, edit, capsys) -> None:  # type: ignore[no-untyped-def]
    from briefkit.cli import main

    long_point = "The point is long and carefully argued at length, again and again. " * 30
    points = "".join(f"\n  - text: >-\n      {long_point}[@ct-measures-2013]" for _ in range(6))
    topic = data_copy / "topics" / "legal-reforms.yaml"
    edit(topic, "\nkey_figures:", f"\nkey_points:{points}\n\nkey_figures:")
    catalog = load_catalog(data_copy)
    assert note_pages(catalog, REPORT)["legal-reforms"] > 2
    status = main(["check", "--data", str(data_copy), "--lang", "en"])
    out = capsys.readouterr().out
    assert status == 0  # a warning, not a data problem
    assert re.search(r"warning: .*legal-reforms\.yaml: its briefing note \(en\) would run", out)
    assert "more than 2" in out
    assert main(["check", "--data", str(data_copy), "--lang", "en", "--json"]) == 0
    [line] = json.loads(capsys.readouterr().out)["notes"]
    assert "legal-reforms.yaml: its briefing note (en)" in line


def test_check_refuses_a_lead_chart_the_topic_does_not_have(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    from briefkit.catalog.problems import CatalogError

    topic = data_copy / "topics" / "aktobe-2016.yaml"
    edit(
        topic,
        "\nkey_figures:",
        "\nlead_charts: [context:measures-timeline, nowhere:incidents-map]\n\nkey_figures:",
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog(data_copy)
    message = str(caught.value)
    assert 'section "context" shows no measures-timeline chart' in message
    assert '"nowhere" is not a section of the topic' in message


def test_a_key_point_resting_on_a_partisan_source_must_name_it(data_copy: Path, edit) -> None:  # type: ignore[no-untyped-def]
    from briefkit.catalog.problems import CatalogError

    topic = data_copy / "topics" / "legal-reforms.yaml"
    points = "".join(
        f"\n  - text: >-\n      Point {n} is stated plainly [@unknown-terrorism-2016]."
        for n in range(3)
    )
    edit(topic, "\nkey_figures:", f"\nkey_points:{points}\n\nkey_figures:")
    with pytest.raises(CatalogError) as caught:
        load_catalog(data_copy)
    assert "key_points[0]" in str(caught.value) and "partisan" in str(caught.value)
