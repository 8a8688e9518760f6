"""Composed briefings: the spec, its checks, and the briefing assembled from several topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.compose import compose_briefing
from briefkit.compose.assemble import MARKER
from briefkit.compose.custom import (
    CompositionError,
    check_composition,
    check_compositions,
    composition_from_args,
    load_composition,
)
from briefkit.compose.model import Briefing, Cite, Paragraph, TableBlock
from helpers.samples import compose_custom

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "compositions" / "aktobe-and-the-law.yaml"
PARTS = [
    "legal-reforms:laws",
    "extremist-groups:jund-al-khilafah",
    "aktobe-2016:attack",
    "wave-2011-2012:disagreements",
]


def spec(parts: list[str], title: str = "Composed", name: str = ""):  # type: ignore[no-untyped-def]
    return composition_from_args(parts, title, name=name)


def cited_ids(p: Paragraph, briefing: Briefing) -> list[tuple[str, ...]]:
    """Each citation marker of a paragraph as the source ids it points at."""
    ids = {e.number: e.id for e in briefing.sources}
    return [tuple(ids[n] for n in r.numbers) for r in p.runs if isinstance(r, Cite)]


def test_parts_need_topic_colon_section() -> None:
    with pytest.raises(CompositionError, match="'aktobe-2016' is not TOPIC:SECTION"):
        spec(["aktobe-2016"])
    with pytest.raises(CompositionError, match="chosen twice"):
        spec(["aktobe-2016:attack", "aktobe-2016:attack"])
    with pytest.raises(CompositionError, match="needs a title"):
        spec(["aktobe-2016:attack"], title="  ")
    with pytest.raises(CompositionError, match="not a usable file name"):
        spec(["aktobe-2016:attack"], name="My File")


def test_unknown_section_lists_the_topics_sections(catalog) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CompositionError) as err:
        check_composition(catalog, spec(["aktobe-2016:timeline"]))
    assert str(err.value) == (
        "aktobe-2016:timeline: aktobe-2016 has no section 'timeline'; its sections are: "
        "summary, attack, context, response, interpretations"
    )
    with pytest.raises(CompositionError, match="unknown topic 'aktobe'; known topics: "):
        check_composition(catalog, spec(["aktobe:attack"]))


def test_names_must_not_clash_with_topics_or_each_other(catalog) -> None:  # type: ignore[no-untyped-def]
    for name in ("aktobe-2016", "aktobe-2016-handout", "aktobe-2016-deck"):
        clash = "would clash with the files of topic aktobe-2016"
        with pytest.raises(CompositionError, match=f"name '{name}' {clash}"):
            check_composition(catalog, spec(["aktobe-2016:attack"], name=name))
    check_composition(catalog, spec(["aktobe-2016:attack"], name="aktobe-2016-and-the-law"))
    same = [spec(["aktobe-2016:attack"], "Same title"), spec(["legal-reforms:laws"], "Same title")]
    with pytest.raises(CompositionError, match="clash as 'same-title' and 'same-title'"):
        check_compositions(catalog, same)
    handout = [spec(["aktobe-2016:attack"], "A"), spec(["legal-reforms:laws"], "A handout")]
    with pytest.raises(CompositionError, match="clash as 'a-handout' and 'a'"):
        check_compositions(catalog, handout)


def test_example_file_loads_and_composes(catalog) -> None:  # type: ignore[no-untyped-def]
    example = load_composition(EXAMPLE)
    assert example.slug == "aktobe-and-the-law"
    assert str(example.parts[0]) == "aktobe-2016:summary"
    briefing = compose_custom(catalog, example)
    assert [s.id for s in briefing.sections] == [str(p) for p in example.parts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: T\nsections:\n  - aktobe-2016:attack\n  - legal-reforms\n", ":4: sections: "),
        ("title: T\nsection:\n  - aktobe-2016:attack\n", ":2: section: unknown key"),
        ("sections:\n  - aktobe-2016:attack\n", ": title: is missing"),
        ("title: T\nsections: aktobe-2016:attack\n", ":2: sections: must be a list"),
        ("title: [T\n", "is not valid YAML"),
    ],
)
def test_file_errors_name_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CompositionError) as err:
        load_composition(path)
    assert str(err.value).startswith(str(path)) and expected in str(err.value), str(err.value)


def test_a_file_not_in_utf8_names_its_line_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_bytes("title: Актобе\nsections:\n  - aktobe-2016:attack\n".encode("cp1251"))
    with pytest.raises(CompositionError, match=r"mine.yaml:1: is not UTF-8 text .*Windows-1251"):
        load_composition(path)


def test_unknown_section_in_a_file_names_its_line(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.yaml"
    path.write_text("title: T\nsections:\n  - aktobe-2016:attack\n  - legal-reforms:lawz\n")
    with pytest.raises(CompositionError, match=r"mine.yaml:4: legal-reforms:lawz: .* drivers"):
        check_composition(catalog, load_composition(path))


def test_sections_in_order_with_their_blocks_and_notes(catalog) -> None:  # type: ignore[no-untyped-def]
    briefing = compose_custom(catalog, spec(PARTS, "Laws and attacks"))
    assert briefing.title == "Laws and attacks" and briefing.topic_id == "laws-and-attacks"
    assert [s.id for s in briefing.sections] == PARTS
    for part, section in zip(PARTS, briefing.sections, strict=True):
        topic, section_id = part.split(":")
        original = compose_briefing(catalog, topic)
        [before] = [s for s in original.sections if s.id == section_id]
        assert section.title == before.title
        assert [type(b) for b in section.blocks] == [type(b) for b in before.blocks]
        assert [p.plain for p in section.talking_points] == [p.plain for p in before.talking_points]
        # every marker still points at the same sources, under its new number
        for new, old in zip(section.blocks, before.blocks, strict=True):
            if isinstance(new, Paragraph):
                assert isinstance(old, Paragraph)
                assert cited_ids(new, briefing) == cited_ids(old, original)
        for new_p, old_p in zip(section.talking_points, before.talking_points, strict=True):
            assert cited_ids(new_p, briefing) == cited_ids(old_p, original)
    assert briefing.period_label == "January 1999 – December 2017"
    callouts = [b for b in briefing.sections[3].blocks if not isinstance(b, Paragraph)]
    assert callouts, "the disagreements section keeps its boxes"


def test_citations_renumbered_in_order_of_first_use(catalog) -> None:  # type: ignore[no-untyped-def]
    briefing = compose_custom(catalog, spec(PARTS))
    order: list[int] = [n for k in briefing.key_figures for n in k.citations]
    for s in briefing.sections:
        order += s.citations
    first_use = list(dict.fromkeys(order))
    assert first_use == list(range(1, len(briefing.sources) + 1))
    assert [e.number for e in briefing.sources] == first_use
    assert len({e.id for e in briefing.sources}) == len(briefing.sources)
    # without key figures the first part's first source becomes [1]
    briefing = compose_custom(catalog, spec(["legal-reforms:laws", "aktobe-2016:interpretations"]))
    assert briefing.key_figures == ()
    laws = compose_briefing(catalog, "legal-reforms")
    [before] = [s for s in laws.sections if s.id == "laws"]
    first_id = {e.number: e.id for e in laws.sources}[before.citations[0]]
    assert briefing.sources[0].id == first_id


def test_printed_table_markers_follow_the_new_numbers(catalog) -> None:  # type: ignore[no-untyped-def]
    briefing = compose_custom(catalog, spec(PARTS))
    tables = [b for s in briefing.sections for b in s.blocks if isinstance(b, TableBlock)]
    assert tables and [t.number for t in tables] == list(range(1, len(tables) + 1))
    originals = []  # (table, the numbers of its topic's briefing)
    for part in PARTS:
        topic, section_id = part.split(":")
        original = compose_briefing(catalog, topic)
        ids = {e.number: e.id for e in original.sources}
        for s in original.sections:
            if s.id == section_id:
                originals += [(b, ids) for b in s.blocks if isinstance(b, TableBlock)]
    new_ids = {e.number: e.id for e in briefing.sources}

    def sources(text: str, ids: dict[int, str]) -> list[str]:
        return [ids[int(n)] for m in MARKER.findall(text) for n in m.split(", ")]

    for new, (old, old_ids) in zip(tables, originals, strict=True):
        assert [r[:-1] for r in new.rows] == [r[:-1] for r in old.rows]
        for new_row, old_row in zip(new.rows, old.rows, strict=True):
            assert sources(new_row[-1], new_ids) == sources(old_row[-1], old_ids)
        assert [MARKER.sub("", n.plain) for n in new.notes] == [
            MARKER.sub("", n.plain) for n in old.notes
        ]
        for new_note, old_note in zip(new.notes, old.notes, strict=True):
            assert sources(new_note.plain, new_ids) == sources(old_note.plain, old_ids)


def test_key_figures_follow_the_chosen_sections(catalog) -> None:  # type: ignore[no-untyped-def]
    def labels(parts: list[str]) -> list[str]:
        return [k.label for k in compose_custom(catalog, spec(parts)).key_figures]

    aktobe = compose_briefing(catalog, "aktobe-2016")
    assert labels(["aktobe-2016:summary"]) == [k.label for k in aktobe.key_figures]
    assert labels(["aktobe-2016:attack"]) == ["people killed in Aktobe"]
    assert labels(["aktobe-2016:interpretations"]) == []
    # a figure two topics share is shown once
    both = labels(["extremist-groups:fighters-abroad", "regional-dimension:militants-abroad"])
    assert both.count("Kazakh citizens with ISIS in Syria and Iraq") == 1
    assert len(both) == len(set(both))


def test_figures_renumbered_and_drawn_from_the_topics_charts(catalog) -> None:  # type: ignore[no-untyped-def]
    briefing = compose_custom(catalog, spec(["wave-2011-2012:geography", "aktobe-2016:context"]))
    numbers = [b.number for s in briefing.sections for b in s.blocks if hasattr(b, "chart")]
    assert numbers == [1, 2, 3, 4]
    originals = {
        c.id for t in ("wave-2011-2012", "aktobe-2016") for c in compose_briefing(catalog, t).charts
    }
    assert {c.id for c in briefing.charts} <= originals


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Aktobe and the law, 2011-2016", "aktobe-and-the-law-2011-2016"),
        ("Актобе и закон, 2011–2016", "aktobe-i-zakon-2011-2016"),
        ("Қазақстан: Әділет және Ұлттық қауіпсіздік", "qazaqstan-adilet-zhane-ulttyq-qauipsizdik"),
        ("Объявление съезда", "obyavlenie-sezda"),
        ("Café résumé", "cafe-resume"),
        ("!!!", "briefing"),
    ],
)
def test_file_names_from_titles_in_any_language(title: str, stem: str) -> None:
    from briefkit.compose.custom import slugify

    assert slugify(title) == stem
