"""``briefkit check --template``: a verdict a person can act on, in words and in JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from briefkit.cli import Exit, main
from briefkit.render.deck.placeholders import TITLE_TYPES, placeholder_elements
from briefkit.template_check import check_template

ROOT = Path(__file__).resolve().parents[1]
DECK = ROOT / "templates" / "deck.pptx"
MINISTRY_DECK = ROOT / "templates" / "ministry-deck.pptx"
KIND_LINE = re.compile(r"^    (.+?)\s+“(.+)” \((.+)\); (.+ \d+\.\d cm.*|\d+ value/label pairs)$")


def untitled(out: Path) -> Path:
    """deck.pptx without any title placeholder, on its layouts or its master: unusable."""
    prs = Presentation(str(DECK))
    for owner in [*prs.slide_masters, *prs.slide_layouts]:
        for ref in placeholder_elements(owner):
            if ref.kind in TITLE_TYPES:
                ref.element.getparent().remove(ref.element)
    prs.save(str(out))
    return out


def big_type(out: Path) -> Path:
    """deck.pptx with 54 pt body text (beyond what auto-fit absorbs): many slides."""
    prs = Presentation(str(DECK))
    body_style = prs.slide_master.element.find(qn("p:txStyles") + "/" + qn("p:bodyStyle"))
    styles = [body_style]
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.type not in TITLE_TYPES:
                styles += ph._element.findall(".//" + qn("a:lstStyle"))
    for style in styles:
        for props in style.iter(qn("a:defRPr")):
            props.set("sz", "5400")
    prs.save(str(out))
    return out


def test_verdict_lists_each_kind_in_cm_and_the_slide_count(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", "--template", str(MINISTRY_DECK)]) == Exit.OK
    out = capsys.readouterr().out.splitlines()
    assert "templates/ministry-deck.pptx: Good" in out
    kinds = {m.group(1): m.groups()[1:] for line in out if (m := KIND_LINE.match(line))}
    assert set(kinds) == {
        "the title slide",
        "text slides",
        "section divider slides",
        "chart slides",
        "the key-figures slide",
        "table and timeline slides",
        "callout slides",
        "the sources slides",
    }, out
    assert kinds["text slides"] == ("Heading and Text", "by alias", "text area 30.8 × 13.0 cm")
    chart = kinds["chart slides"][2]
    assert chart.startswith("figure area 23.1 × 13.0 cm; fits: 68% of the slide width"), chart
    assert "table width 30.8 cm; fits" in kinds["table and timeline slides"][2]
    counts = [line for line in out if line.startswith("  expected slides for aktobe-2016:")]
    assert counts and re.search(r": (\d+) with this template, \1 with the bundled one", counts[0])


def test_verdict_names_each_change_and_a_slide_count_far_above_the_bundled(
    tmp_path: Path,
) -> None:
    verdict = check_template(big_type(tmp_path / "cramped.pptx"))
    assert verdict.status == "changes"
    assert verdict.slides is not None and verdict.bundled_slides is not None
    assert verdict.slides > 1.3 * verdict.bundled_slides
    assert verdict.headline == f"Usable, with changes: {len(verdict.changes)}"
    assert any("aktobe-2016 takes" in change for change in verdict.changes)
    lines = verdict.lines()
    for number, change in enumerate(verdict.changes, 1):
        assert f"  {number}. {change}" in lines  # every one in full, none hidden


def test_unusable_template_exits_4_with_reason_and_fix(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = untitled(tmp_path / "untitled.pptx")
    assert main(["check", "--template", str(path)]) == Exit.TEMPLATE
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "untitled.pptx: " in line)
    assert "Not usable: The deck template" in line
    assert "has no layout with a title" in line and "Add a “Title and Content” layout" in line


def test_json_has_the_same_content(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = untitled(tmp_path / "untitled.pptx")
    args = ["check", "--json", "--template", str(MINISTRY_DECK)]
    assert main(args) == Exit.OK
    report = json.loads(capsys.readouterr().out)
    deck = next(t for t in report["templates"] if t["format"] == "pptx")
    assert deck["status"] == "good" and deck["headline"] == "Good" and deck["usable"]
    assert len(deck["kinds"]) == 8 and deck["slides"] == deck["bundled_slides"]
    assert deck["kinds"][1]["room"] == "text area 30.8 × 13.0 cm"
    assert report["data"]["problems"] == []

    assert main(["check", "--json", "--template", str(path)]) == Exit.TEMPLATE
    deck = json.loads(capsys.readouterr().out)["templates"][1]
    assert deck["status"] == "unusable" and not deck["usable"]
    assert deck["headline"].startswith("Not usable: The deck template")


def test_verdict_says_how_the_charts_will_look(tmp_path: Path) -> None:
    """The bundled deck keeps the house colours; a template with a faint accent gets the
    theme's colours, the picture size of its chart box, and a change naming the colour."""
    bundled = check_template(DECK, count_slides=False)
    assert bundled.charts.startswith("Briefkit's own colours (a bundled template)")
    assert "  charts: Briefkit's own colours" in "\n".join(bundled.lines())

    prs = Presentation(str(DECK))
    theme_part = next(
        rel.target_part
        for rel in prs.slide_master.part.rels.values()
        if rel.reltype.endswith("/theme")
    )
    xml = theme_part.blob.decode()
    accent1 = re.search(r"<a:accent1>.*?</a:accent1>", xml, re.S)
    assert accent1 is not None
    xml = xml.replace(accent1.group(0), '<a:accent1><a:srgbClr val="FFFF00"/></a:accent1>')
    theme_part._blob = xml.encode()
    yellow = tmp_path / "yellow.pptx"
    prs.save(str(yellow))

    verdict = check_template(yellow, count_slides=False)
    assert verdict.charts.startswith("the theme's colours")
    assert re.search(
        r"pictures 1000 x \d+ px, the aspect of its [\d.]+ x [\d.]+ cm", verdict.charts
    )
    assert any("#FFFF00" in change for change in verdict.changes), verdict.changes
