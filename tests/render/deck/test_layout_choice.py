"""Layouts of real templates: master-only layouts, names in other languages, layouts by geometry.

Each template is made at test time from the bundled ``deck.pptx`` (or python-pptx's default,
PowerPoint's 4:3 "Office Theme") with the one property that matters changed.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.util import Emu

from briefkit.compose.model import Briefing
from briefkit.render.deck.placeholders import PH, TEXT_TYPES, TITLE_TYPES, placeholder_elements
from briefkit.render.deck.template import DeckLayout, load_deck_template
from briefkit.render.deck.writer import render_deck
from helpers.documents import images_for, make_png
from helpers.samples import sample_briefing
from helpers.template_checks import check_deck

ROOT = Path(__file__).resolve().parents[3]
DECK = ROOT / "templates" / "deck.pptx"
CM = 360000

FRENCH = {
    "Title Slide": "Diapositive de titre",
    "Title and Content": "Titre et contenu",
    "Section Header": "Titre de section",
    "Two Content": "Deux contenus",
    "Comparison": "Comparaison",
    "Title Only": "Titre seul",
    "Blank": "Vide",
    "Content with Caption": "Contenu avec légende",
    "Picture with Caption": "Image avec légende",
    "Title and Vertical Text": "Titre et texte vertical",
    "Vertical Title and Text": "Titre vertical et texte",
    "Chart": "Graphique",
    "Key Figures": "Chiffres clés",
    "Table": "Tableau",
    "Callout": "Encadré",
    "Sources": "Références",
}


def rendered(template: Any, tmp_path: Path) -> tuple[Briefing, Path]:
    """The sample briefing rendered with ``template`` (charts as one picture); the deck."""
    sample = sample_briefing()
    out = tmp_path / "deck.pptx"
    render_deck(sample, images_for(sample, make_png(tmp_path / "chart.png")), template, out)
    return sample, out


def master_only_4_3(out: Path) -> Path:
    """deck.pptx at 4:3 (its master's shapes narrowed to fit) with no placeholder on any
    layout: only the master has them, as in some universities' templates."""
    prs = Presentation(str(DECK))
    prs.slide_width, prs.slide_height = Emu(9144000), Emu(6858000)
    for master in prs.slide_masters:
        for shape in master.shapes:
            shape.left, shape.width = Emu(int(shape.left * 0.75)), Emu(int(shape.width * 0.75))
        for layout in master.slide_layouts:
            for ref in placeholder_elements(layout):
                ref.element.getparent().remove(ref.element)
            for shape in layout.shapes:
                shape.left = Emu(int(shape.left * 0.75))
                shape.width = Emu(int(shape.width * 0.75))
    prs.save(str(out))
    return out


def renamed(src: Path | None, names: dict[str, str], out: Path) -> Path:
    prs = Presentation(str(src)) if src else Presentation()
    for layout in prs.slide_layouts:
        layout.name = names.get(layout.name, layout.name)
    prs.save(str(out))
    return out


def test_a_master_only_4_3_template_gets_the_masters_placeholders(tmp_path: Path) -> None:
    path = master_only_4_3(tmp_path / "university.pptx")
    template = load_deck_template(path)  # refused before: no layout with a title and content
    how = {c.role: (c.layout.name, c.how) for c in template.mapping}
    assert how[DeckLayout.TITLE] == ("Title Slide", "by name")
    assert how[DeckLayout.CONTENT] == ("Title and Content", "by name")
    assert how[DeckLayout.SECTION] == ("Section Header", "by name")
    sample, out = rendered(template, tmp_path)
    # every slide titled, text in placeholders, each chart on a slide of the chart layout (the
    # master's body became a content placeholder, which holds a picture)
    prs = check_deck(out, template, charts=len(sample.charts))
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)
    text_slides = [s for s in prs.slides if s.slide_layout.name == "Title and Content"]
    assert text_slides
    for slide in text_slides:
        kinds = {ph.placeholder_format.type for ph in slide.placeholders if ph.has_text_frame}
        assert kinds & set(TITLE_TYPES) and kinds & set(TEXT_TYPES)
        body = next(ph for ph in slide.placeholders if ph.placeholder_format.type in TEXT_TYPES)
        assert body.text_frame.text.strip()
        assert body.left + body.width <= prs.slide_width
    # the template's file is unchanged: only the deck's copy of its layouts got placeholders
    assert not placeholder_elements(Presentation(str(path)).slide_layouts[1])


def test_a_really_blank_layout_stays_blank(tmp_path: Path) -> None:
    prs = Presentation(str(master_only_4_3(tmp_path / "m.pptx")))
    blank = next(lay for lay in prs.slide_layouts if lay.name == "Blank")
    custom = next(lay for lay in prs.slide_layouts if lay.name == "Callout")
    custom._element.set("showMasterSp", "0")  # hides the master: a blank page of its own
    prs.save(str(tmp_path / "hidden.pptx"))
    template = load_deck_template(tmp_path / "hidden.pptx")
    doc = template.new_document()
    names = {lay.name: lay for lay in doc.slide_layouts}
    assert not placeholder_elements(names[blank.name])
    assert not placeholder_elements(names["Callout"])
    assert "Callout" not in {c.layout.name for c in template.mapping}


@pytest.mark.parametrize("base", [None, DECK], ids=["office-default", "bundled"])
def test_french_layout_names_map_to_the_same_layouts(base: Path | None, tmp_path: Path) -> None:
    english = load_deck_template(renamed(base, {}, tmp_path / "en.pptx"))
    french = load_deck_template(renamed(base, FRENCH, tmp_path / "fr.pptx"))
    roles = [DeckLayout.TITLE, DeckLayout.CONTENT, DeckLayout.SECTION]
    if base is None:  # the Office default has no chart, table... layouts in either language
        roles = list(DeckLayout)
    else:
        roles += [DeckLayout.CHART, DeckLayout.TABLE, DeckLayout.KEY_FIGURES]
    en = {c.role: (c.layout.master, c.layout.index) for c in english.mapping}
    fr = {c.role: (c.layout.master, c.layout.index) for c in french.mapping}
    assert {r: fr[r] for r in roles} == {r: en[r] for r in roles}
    how = {c.role: c.how for c in french.mapping}
    assert how[DeckLayout.TITLE] == "by type “title”"
    assert how[DeckLayout.CONTENT] == "by type “obj”"
    assert how[DeckLayout.SECTION] == "by type “secHead”"


def picture_left(out: Path) -> Path:
    """deck.pptx whose “Title and Content” has a picture on the left and its text in a right
    column; the full-width text layouts carry names that say nothing."""
    prs = Presentation(str(DECK))
    layouts = {lay.name: lay for lay in prs.slide_layouts}
    content, chart = layouts["Title and Content"], layouts["Chart"]
    body = next(ph for ph in content.placeholders if ph.placeholder_format.type == PH.OBJECT)
    picture = next(ph for ph in chart.placeholders if ph.placeholder_format.type == PH.PICTURE)
    clone = copy.deepcopy(picture._element)
    content.shapes._spTree.append(clone)
    left_picture = next(ph for ph in content.placeholders if ph._element is clone)
    left_picture.left, left_picture.width = body.left, Emu(14 * CM)
    body.left, body.width = Emu(body.left + 15 * CM), Emu(body.width - 15 * CM)
    layouts["Callout"].name = "Custom Layout"
    layouts["Sources"].name = "1_Custom Layout"
    prs.save(str(out))
    return out


def test_full_width_text_layout_wins_over_a_picture_left_one_of_the_right_name(
    tmp_path: Path,
) -> None:
    template = load_deck_template(picture_left(tmp_path / "picture-left.pptx"))
    choice = next(c for c in template.mapping if c.role == DeckLayout.CONTENT)
    assert choice.layout.name == "Custom Layout"
    assert "“Title and Content” has 51% of its text area" in choice.how
    assert choice.warning is not None and "its text area is 51% of that of" in choice.warning
    sample, out = rendered(template, tmp_path)
    prs = check_deck(out, template, charts=len(sample.charts))
    used = {slide.slide_layout.name for slide in prs.slides}
    assert "Title and Content" not in used


def test_chart_slides_keep_their_headline_above_the_chart(tmp_path: Path) -> None:
    """PowerPoint's "Picture with Caption" has its title under the picture: charts, whose
    headline is the slide's message, take the content layout instead."""
    prs = Presentation()
    caption = next(lay for lay in prs.slide_layouts if lay.name == "Picture with Caption")
    picture = next(p for p in caption.placeholders if p.placeholder_format.type == PH.PICTURE)
    title = next(p for p in caption.placeholders if p.placeholder_format.type == PH.TITLE)
    assert title.top > picture.top
    template = load_deck_template(renamed(None, {}, tmp_path / "office.pptx"))
    chart = next(c for c in template.mapping if c.role == DeckLayout.CHART)
    assert (chart.layout.name, chart.how) == (
        "Title and Content",
        "missing: using “Title and Content”",
    )

    title.top, picture.top = picture.top, Emu(title.top + title.height)  # now the title heads it
    prs.save(str(tmp_path / "headed.pptx"))
    chart = next(
        c
        for c in load_deck_template(tmp_path / "headed.pptx").mapping
        if c.role == DeckLayout.CHART
    )
    assert chart.layout.name == "Picture with Caption"


def test_a_standard_layout_without_a_title_gets_the_masters(tmp_path: Path) -> None:
    prs = Presentation(str(DECK))
    content = next(lay for lay in prs.slide_layouts if lay.name == "Title and Content")
    for ref in placeholder_elements(content):
        if ref.kind in TITLE_TYPES:
            ref.element.getparent().remove(ref.element)
    prs.save(str(tmp_path / "untitled-content.pptx"))
    template = load_deck_template(tmp_path / "untitled-content.pptx")
    choice = next(c for c in template.mapping if c.role == DeckLayout.CONTENT)
    assert (choice.layout.name, choice.how) == ("Title and Content", "by name")
    layout = template.layout(template.new_document(), DeckLayout.CONTENT)
    kinds = [ref.kind for ref in placeholder_elements(layout)]
    assert kinds.count(PH.TITLE) == 1 and kinds.count(PH.OBJECT) == 1  # its own body kept


def test_headings_in_text_boxes_become_titles_when_no_title_exists(tmp_path: Path) -> None:
    """A city's template (Apache-2.0, tests/fixtures) draws no title placeholder anywhere: each
    layout's heading is a text placeholder in its top band. It was refused; now the heading
    box is the title and the deck is made."""
    path = ROOT / "tests" / "fixtures" / "templates" / "deck" / "poi-bug68703.pptx"
    template = load_deck_template(path)
    layout = template.layout(template.new_document(), DeckLayout.CONTENT)
    title = next(ref for ref in placeholder_elements(layout) if ref.kind in TITLE_TYPES)
    assert title.idx == 0 and title.element.y < CM  # the heading box in the top band
    sample, out = rendered(template, tmp_path)
    check_deck(out, template, charts=len(sample.charts))  # titled slides, nothing over a title
