"""The styles Briefkit adds to a report template read at 4.5:1 on what they lie on.

A template lacking Briefkit's styles gets them defined from its own look: muted text (captions,
citations, notes) as its body colour mixed with white, headings and table header text in its
heading colour on tints of it. A blue body colour (#365F91, as the corpus's calsol template
has) made citations #7C97B8 (3.0:1 on white, 2.8:1 in the disagreement box); a mid-blue
heading colour (#2E74B5, 4.9:1 on white) made the table header text 4.2:1 on its own tint.
Those colours are now darkened until they pass; the template's own styles keep theirs.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import RGBColor

from briefkit.compose import compose_briefing
from briefkit.palette import contrast
from briefkit.render.accessibility import Rule, check_file
from briefkit.render.report.derived import TemplateLook, derived_spec, derived_table_look
from briefkit.render.report.house_style import ReportStyle
from briefkit.render.report.template import load_report_template
from briefkit.render.report.writer import render_report
from helpers.documents import images_for, make_png

BLUE_BODY, MID_BLUE = "365F91", "2E74B5"
OWN_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption")


def _blue_template(path: Path) -> Path:
    """python-docx's default template with a blue body text and mid-blue headings (each of
    its own styles Briefkit uses reads at 4.5:1 on white)."""
    document = docx.Document()
    for name in OWN_STYLES:
        try:
            style = document.styles[name]
        except KeyError:
            continue
        style.font.color.rgb = RGBColor.from_string(BLUE_BODY if name == "Normal" else MID_BLUE)
    document.save(str(path))
    return path


def test_derived_text_colours_reach_4_5_on_their_grounds() -> None:
    look = TemplateLook(body_color=BLUE_BODY, heading_color=MID_BLUE)
    grounds = ("FFFFFF", look.tint(0.92), look.tint(0.88), look.tint(0.96), "FFF4E6")
    for name in ReportStyle:
        colour = derived_spec(name, look).color
        if colour is not None and name not in (ReportStyle.MARKING, ReportStyle.COVER_MARKING):
            assert min(contrast(colour, g) for g in grounds) >= 4.5, (name, colour)
    table = derived_table_look(look)
    assert contrast(table.rule, table.header_fill) >= 4.5


def test_a_passing_colour_is_kept() -> None:
    look = TemplateLook(body_color="000000", heading_color="1F3A5F")
    assert derived_table_look(look).rule == "1F3A5F"


def test_a_report_in_a_blue_template_has_no_contrast_finding(
    catalog: object, tmp_path: Path
) -> None:
    template = _blue_template(tmp_path / "blue.docx")
    assert ReportStyle.CAPTION not in load_report_template(template).missing  # the template's
    briefing = compose_briefing(catalog, "aktobe-2016")  # type: ignore[arg-type]
    out = tmp_path / "report.docx"
    render_report(briefing, images_for(briefing, make_png(tmp_path / "c.png")), template, out)
    assert [str(f) for f in check_file(out) if f.rule is Rule.CONTRAST] == []
