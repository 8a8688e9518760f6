"""Build the second bundled Word template, ``templates/ministry-report.docx``.

Run from the repository root::

    UV_PYTHON_DOWNLOADS=never uv run python templates/make_ministry_report.py
    UV_PYTHON_DOWNLOADS=never uv run python templates/make_ministry_report.py --check

The "ministry" look beside ``report.docx``: serif type (Times New Roman; LibreOffice shows
Liberation Serif, which covers Cyrillic and the Kazakh letters), dark navy and gold, a cover
title set in a navy band with a gold rule, gold rules under the headings, parchment boxes and
table headers, wider margins. Briefkit's own styles carry other names here, with the contract
name as their Word alias (``w:aliases``), e.g. "Figure Heading" for "Chart Headline"; Briefkit
finds them through the alias. Built from ``make_report.build()`` and byte-for-byte reproducible.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_report as base
from reproducible import build_command, normalise_zip

from briefkit import palette
from briefkit.render.report.house_style import HOUSE_FONT, W_NS, ReportStyle

HERE = Path(__file__).resolve().parent
OUT = HERE / "ministry-report.docx"
_W = f"{{{W_NS}}}"

FONT = "Times New Roman"
#: House colour -> ministry colour (navy, ink, muted ink, the accent, rules, tints, table header
#: and bands): the ministry has its own look, not the house palette.
COLOURS = {
    palette.NAVY: "0B1F3A",
    palette.INK: "1A1A1A",
    palette.MUTED: "5A5346",
    palette.ACCENT: "C0600A",
    palette.RULE: "B8860B",
    palette.TINT: "F6F0E0",
    palette.HEADER_FILL: "E9DCB5",
    palette.BAND_FILL: "FBF8F0",
}
#: Contract name -> the name the style has here (the contract name becomes its alias).
RENAMED = {
    ReportStyle.CHART_HEADLINE: "Figure Heading",
    ReportStyle.CHART_PICTURE: "Figure",
    ReportStyle.KEY_FIGURE_VALUE: "Figure Value",
    ReportStyle.KEY_FIGURE_LABEL: "Figure Label",
    ReportStyle.KEY_FIGURE_DETAIL: "Figure Detail",
    ReportStyle.CALLOUT_TITLE: "Box Title",
    ReportStyle.CALLOUT_TEXT: "Box Text",
    ReportStyle.DISAGREEMENT_TITLE: "Dissent Title",
    ReportStyle.DISAGREEMENT_TEXT: "Dissent Text",
    ReportStyle.SOURCE_ENTRY: "Reference",
    ReportStyle.CITATION: "Reference Mark",
    ReportStyle.TABLE: "Ministry Table",
    ReportStyle.KEY_FIGURES_TABLE: "Ministry Figures",
}
MARGINS = {"left_margin": Cm(2.5), "right_margin": Cm(2.5), "top_margin": Cm(2.8)}


def _restyle(xml: str) -> str:
    """Fonts and colours of the styles part (or the theme) swapped for the ministry ones."""
    xml = xml.replace(f'"{HOUSE_FONT}"', f'"{FONT}"')
    for old, new in COLOURS.items():
        xml = xml.replace(f'"{old}"', f'"{new}"')
    return xml


def _style_el(styles: Any, name: str) -> Any:
    for style in styles.iterchildren(f"{_W}style"):
        name_el = style.find(f"{_W}name")
        if name_el is not None and name_el.get(f"{_W}val").lower() == name.lower():
            return style
    raise LookupError(name)


def _rename(styles: Any) -> None:
    for contract, name in RENAMED.items():
        style = _style_el(styles, contract)
        style.find(f"{_W}name").set(f"{_W}val", name)
        style.find(f"{_W}name").addnext(parse_xml(f'<w:aliases {_ns()} w:val="{contract}"/>'))


def _ns() -> str:
    return f'xmlns:w="{W_NS}"'


def _cover_band(styles: Any) -> None:
    """The title on a navy band with a thick gold rule beneath it, white, centred."""
    title = _style_el(styles, ReportStyle.TITLE)
    ppr, rpr = title.find(f"{_W}pPr"), title.find(f"{_W}rPr")
    for tag in ("pBdr", "shd", "jc", "ind"):
        for old in ppr.findall(f"{_W}{tag}"):
            ppr.remove(old)
    for old in rpr.findall(f"{_W}color"):
        rpr.remove(old)
    band = parse_xml(
        f'<w:pPr {_ns()}><w:pBdr><w:top w:val="single" w:sz="48" w:space="12" w:color="0B1F3A"/>'
        '<w:left w:val="single" w:sz="48" w:space="12" w:color="0B1F3A"/>'
        '<w:bottom w:val="single" w:sz="36" w:space="12" w:color="B8860B"/>'
        '<w:right w:val="single" w:sz="48" w:space="12" w:color="0B1F3A"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="0B1F3A"/>'
        '<w:ind w:left="284" w:right="284"/><w:jc w:val="center"/></w:pPr>'
    )
    # Keep the schema order of pPr: borders and shading before indents and justification.
    anchor = ppr.find(f"{_W}spacing")
    for child in list(band):
        if child.tag in (f"{_W}pBdr", f"{_W}shd") and anchor is not None:
            anchor.addprevious(child)
        else:
            ppr.append(child)
    white = parse_xml(f'<w:color {_ns()} w:val="FFFFFF"/>')
    size = rpr.find(f"{_W}sz")
    size.addprevious(white) if size is not None else rpr.append(white)
    subtitle = _style_el(styles, ReportStyle.SUBTITLE).find(f"{_W}pPr")
    subtitle.append(parse_xml(f'<w:jc {_ns()} w:val="center"/>'))


def build() -> bytes:
    """The template as .docx bytes, identical on every run."""
    document = docx.Document(io.BytesIO(base.build()))
    styles_part = document.part._styles_part
    styles_part._element = parse_xml(_restyle(styles_part._element.xml).encode())
    for part in document.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/"):
            part._blob = _restyle(part.blob.decode("utf-8")).encode("utf-8")
    styles = document.styles.element
    _rename(styles)
    _cover_band(styles)
    section = document.sections[0]
    for attr, value in MARGINS.items():
        setattr(section, attr, value)
    document.paragraphs[1].runs[0].text = "Ministry report template"
    props = document.core_properties
    props.title = "Briefkit ministry report template"
    props.subject = "A second look for Briefkit's Word reports: serif, navy and gold"
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Build the template (or check it with ``--check``)."""
    return build_command(build, OUT, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
