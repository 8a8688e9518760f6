"""Property-based tests (hypothesis): the data loader and the text that reaches documents.

Legal text of any script (Cyrillic, Kazakh letters, XML specials, emoji, right-to-left) is
accepted and kept exactly; characters XML forbids are a named problem in the data and are
dropped, never written, by the renderers; any bytes at all given as a data file give problems,
never a traceback.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from briefkit.catalog.characters import ILLEGAL_XML
from briefkit.catalog.records import Incident
from briefkit.catalog.tables import read_table
from briefkit.catalog.textfile import read_text
from briefkit.catalog.yamlfile import load_yaml
from briefkit.compose.model import Paragraph
from briefkit.render.deck.writer import render_deck
from briefkit.render.office.xmltext import xml_safe
from briefkit.render.report.writer import render_report
from briefkit.resources import bundled
from helpers.samples import sample_briefing

ROW = bundled("data") / "incidents.csv"
SPECIAL = "&<>\"'ӘәҒғҚқҢңӨөҰұҮүҺһІіЁё—«»€🇰🇿👍🏽שלוםمرحبا\u200f\u200e\u00a0"
# Letters, marks, numbers, punctuation, symbols, spaces of any script (no controls, no
# unassigned or private code points), and the characters people trip on, more often.
legal_char = st.characters(
    blacklist_categories=("Cc", "Cs", "Cn", "Co"), blacklist_characters="\ufffe\uffff"
) | st.sampled_from(SPECIAL)
legal_text = st.text(legal_char, min_size=1, max_size=120).map(str.strip).filter(bool)
control = st.sampled_from([chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 0xFFFE)])

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
DOC_SETTINGS = settings(max_examples=10, deadline=None)


def incidents_csv(summary: str) -> str:
    """The bundled incidents table cut to its header and one row, with ``summary`` given."""
    with ROW.open(encoding="utf-8", newline="") as f:
        header, row = list(csv.reader(f))[:2]
    row[header.index("summary")] = summary
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, row])
    return out.getvalue()


@SETTINGS
@given(text=legal_text)
def test_loader_keeps_legal_text_exactly(text: str) -> None:
    rows, problems = read_table(
        incidents_csv(text), "incidents.csv", Incident, frozenset({"sources"})
    )
    assert problems == []
    assert rows[0][1].summary == text


@SETTINGS
@given(before=legal_text, bad=control, after=legal_text)
def test_loader_names_a_control_character(before: str, bad: str, after: str) -> None:
    _, problems = read_table(
        incidents_csv(f"{before}{bad}{after}"), "incidents.csv", Incident, frozenset({"sources"})
    )
    assert [(p.line, p.field) for p in problems] == [(2, "summary")]
    assert f"U+{ord(bad):04X}" in problems[0].message


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_any_bytes_as_a_table_give_problems_never_a_traceback(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "incidents.csv"
    path.write_bytes(data)
    text, problems = read_text(path, "incidents.csv")
    if text is not None:
        _, problems = read_table(text, "incidents.csv", Incident, frozenset({"sources"}))
    assert all(p.file == "incidents.csv" and p.message for p in problems)
    if text is None or not text.strip():
        assert problems


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_text_as_yaml_gives_a_tree_or_problems(text: str) -> None:
    tree, problems = load_yaml(text, "topic.yaml")
    assert tree is None or not problems
    assert all(p.file == "topic.yaml" and p.message for p in problems)


def _with_summary(text: str):  # type: ignore[no-untyped-def]
    """The sample briefing with ``text`` as its summary and its first section's first paragraph."""
    sample = sample_briefing(rows=3)
    first = sample.sections[0]
    blocks = (Paragraph.of(text, (3,)), *first.blocks[1:])
    sections = (dataclasses.replace(first, blocks=blocks), *sample.sections[1:])
    return dataclasses.replace(sample, summary=(Paragraph.of(text, (1,)),), sections=sections)


def _report_text(text: str) -> str:
    out = io.BytesIO()
    render_report(_with_summary(text), {}, bundled("templates") / "report.docx", out)
    return "\n".join(p.text for p in Document(out).paragraphs)


def _deck_text(text: str) -> str:
    out = io.BytesIO()
    render_deck(_with_summary(text), {}, bundled("templates") / "deck.pptx", out)
    texts = []
    for slide in Presentation(out).slides:
        texts += [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        texts.append(slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else "")
    return "\n".join(texts)


@DOC_SETTINGS
@given(text=legal_text)
def test_documents_keep_legal_text_exactly(text: str) -> None:
    """Rendered, reopened (and checked by helpers/docvalid.py on the way): the text is there."""
    assert text in _report_text(text)
    assert text in _deck_text(text)


@DOC_SETTINGS
@given(before=legal_text, bad=st.lists(control, min_size=1, max_size=3), after=legal_text)
def test_documents_drop_illegal_characters_and_stay_valid(
    before: str, bad: list[str], after: str
) -> None:
    text = before + "".join(bad) + after
    kept = xml_safe(text)
    assert not ILLEGAL_XML.search(kept) and kept == before + after
    assert kept in _report_text(text)
    assert kept in _deck_text(text)
