"""Build the bundled Word report template, templates/report.docx, from scratch.

Run from the repository root::

    UV_PYTHON_DOWNLOADS=never uv run python templates/make_report.py

The result is byte-for-byte the same on every run (fixed dates and zip timestamps), so a
change to the file in git is always a change to the template. The styles are Briefkit's
house definitions from ``briefkit.render.report.house_style`` (the same ones the renderer
falls back to); page setup and the theme fonts are set here. Edit the template in Word
afterwards if you like, but then keep the edited file and stop running this script over it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.shared import Cm
from reproducible import build_command, normalise_zip

from briefkit.render.report.house_style import (
    HOUSE_FONT,
    HOUSE_STYLES,
    W_NS,
    ReportStyle,
    add_house_style,
    style_id,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "report.docx"
_W = f"{{{W_NS}}}"
_FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_KEEP_STYLES = {"TableNormal", "DefaultParagraphFont", "NoList"}

# A4 portrait; a 16.6 cm text column (the house styles' tab stops are set for it).
PAGE = {
    "page_width": Cm(21.0),
    "page_height": Cm(29.7),
    "top_margin": Cm(2.5),
    "bottom_margin": Cm(2.3),
    "left_margin": Cm(2.2),
    "right_margin": Cm(2.2),
    "header_distance": Cm(1.2),
    "footer_distance": Cm(1.1),
    "gutter": Cm(0),
}

SAMPLE = (
    (ReportStyle.COVER_MARKING, "Handling marking"),
    (ReportStyle.TITLE, "Briefkit report template"),
    (ReportStyle.SUBTITLE, "The styles Briefkit uses. The body of this file is not used."),
    (ReportStyle.COVER_DETAIL, "Period covered\tJanuary 2011 - December 2012"),
    (ReportStyle.TOC_HEADING, "Contents"),
    (ReportStyle.TOC_1, "Heading 1 entry"),
    (ReportStyle.TOC_2, "Heading 2 entry"),
    (ReportStyle.HEADING_1, "Heading 1"),
    (ReportStyle.NORMAL, "Normal: body text of the report. Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі."),
    (ReportStyle.HEADING_2, "Heading 2"),
    (ReportStyle.KEY_FIGURE_VALUE, "17"),
    (ReportStyle.KEY_FIGURE_LABEL, "Key Figure Label"),
    (ReportStyle.KEY_FIGURE_DETAIL, "Key Figure Detail [1]"),
    (ReportStyle.HEADING_3, "Heading 3 (timeline titles)"),
    (ReportStyle.CHART_HEADLINE, "Chart Headline: the message of the chart"),
    (ReportStyle.CHART_PICTURE, "[Chart Picture]"),
    (ReportStyle.CAPTION, "Figure 1: Caption of a figure or table."),
    (ReportStyle.TABLE_HEADER, "Table Header"),
    (ReportStyle.TABLE_TEXT, "Table Text"),
    (ReportStyle.TIMELINE_DATE, "Timeline Date"),
    (ReportStyle.TABLE_NOTE, "Table Note: notes beneath a table."),
    (ReportStyle.CALLOUT_TITLE, "Callout Title"),
    (ReportStyle.CALLOUT_TEXT, "Callout Text: a boxed note."),
    (ReportStyle.DISAGREEMENT_TITLE, "Disagreement Title: sources disagree"),
    (ReportStyle.DISAGREEMENT_TEXT, "Disagreement Text: what each source says."),
    (ReportStyle.SOURCE_ENTRY, "[1]\tSource Entry: Author, “Title”, Publication, Date."),
    (ReportStyle.MARKING, "Marking (header and footer)"),
)


def _reset_styles(document: Any) -> None:
    """Keep only Word's three default styles and the house styles."""
    styles = document.styles.element
    for style in list(styles.iterchildren(f"{_W}style")):
        if style.get(f"{_W}styleId") not in _KEEP_STYLES:
            styles.remove(style)
    for spec in HOUSE_STYLES:
        add_house_style(document, spec.name, replace=True)
    defaults = styles.find(f"{_W}docDefaults")
    defaults.getparent().replace(
        defaults,
        parse_xml(
            f'<w:docDefaults xmlns:w="{W_NS}"><w:rPrDefault><w:rPr>'
            f'<w:rFonts w:ascii="{HOUSE_FONT}" w:hAnsi="{HOUSE_FONT}" '
            f'w:eastAsia="{HOUSE_FONT}" w:cs="{HOUSE_FONT}"/>'
            '<w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            "</w:rPr></w:rPrDefault>"
            '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )


def _theme_fonts(document: Any) -> None:
    """Make the theme's heading and body fonts the house font too."""
    for part in document.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/"):
            xml = part.blob.decode("utf-8")
            xml = re.sub(r'(<a:latin typeface=")[^"]*(")', rf"\g<1>{HOUSE_FONT}\g<2>", xml)
            part._blob = xml.encode("utf-8")


def _drop_extras(document: Any) -> None:
    """Leave out the thumbnail of python-docx's default template and Word 2010 leftovers."""
    package_rels = document.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[r_id]
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            del document.part.rels[r_id]


def _settings(document: Any) -> None:
    settings = document.settings.element
    for setting in settings.iter(f"{_W}compatSetting"):
        if setting.get(f"{_W}name") == "compatibilityMode":
            setting.set(f"{_W}val", "15")
    for tag in ("rsids", "attachedTemplate"):
        for element in settings.findall(f"{_W}{tag}"):
            settings.remove(element)


def _sample_body(document: Any) -> None:
    for name, text in SAMPLE:
        paragraph = document.add_paragraph(style=_style(document, name))
        paragraph.add_run(text)
    table = document.add_table(rows=3, cols=3)
    table.style = _style(document, ReportStyle.TABLE)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Header {c + 1}" if r == 0 else f"Cell {r}.{c + 1}"
    note = document.add_paragraph(style=_style(document, ReportStyle.TABLE_NOTE))
    note.add_run("Table style: Briefkit Table. Key figures use Briefkit Key Figures.")


def _style(document: Any, name: str) -> Any:
    wanted = style_id(name)
    return next(s for s in document.styles if s.style_id == wanted)


def build() -> bytes:
    """The template as .docx bytes, identical on every run."""
    document = docx.Document()
    _drop_extras(document)
    _reset_styles(document)
    _theme_fonts(document)
    _settings(document)
    section = document.sections[0]
    for attr, value in PAGE.items():
        setattr(section, attr, value)
    _sample_body(document)
    props = document.core_properties
    props.title = "Briefkit report template"
    props.subject = "Styles and page setup for Briefkit's Word reports"
    props.author = "Briefkit"
    props.last_modified_by = "Briefkit"
    props.keywords = "Briefkit, template"
    props.comments = "See templates/README.md for the style contract."
    props.language = "en-GB"
    props.revision = 1
    props.created = _FIXED_TIME
    props.modified = _FIXED_TIME
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Build the template (or check it with ``--check``)."""
    return build_command(build, OUT, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
