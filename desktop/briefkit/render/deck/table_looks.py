"""What a deck table's text and cells will look like on a template, read the way
``check --accessibility`` reads them.

Briefkit's tables name python-pptx's table style ("Medium Style 2 - Accent 1"). A cell's text,
where Briefkit sets no colour, takes its table style's text colour, else the presentation's
default text style (poi-bug65228 sets a grey #5E5E5E there), else text 1: the checker's own
resolution (``SlideView.cell_text``), so the colours Briefkit chooses are judged by what the
text will get. When the deck does not define the style, the header is taken as PowerPoint's
built-in look (light 1 on accent 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from briefkit.render.accessibility.drawing import A, Fill, P
from briefkit.render.accessibility.slide_view import SlideView
from briefkit.render.accessibility.table_styles import TableStyles
from briefkit.render.office.parts import PackageParts
from briefkit.render.office.theme import colour_scheme, layout_chain

__all__ = ["PPTX_TABLE_STYLE", "TableLooks", "table_looks"]

PPTX_TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
"""The style python-pptx gives every table it adds."""
_ROWS = 3
"""The table read: a header row and two banded rows."""


@dataclass(frozen=True)
class TableLooks:
    """A Briefkit table's colours on one layout: the theme's colours by slot, the header's
    text and what lies under it (None: a picture or a pattern), and the text colour of each
    kind of body row (odd and even bands)."""

    scheme: dict[str, str]
    header_text: str
    header_grounds: Fill
    row_texts: tuple[str, ...]


def _table(style_id: str) -> Any:
    """A table element with a header row and banded rows, naming ``style_id``."""
    table = etree.Element(f"{A}tbl")
    props = etree.SubElement(table, f"{A}tblPr", firstRow="1", bandRow="1")
    etree.SubElement(props, f"{A}tableStyleId").text = style_id
    return table


def table_looks(package: bytes, path: Any, layout_part: str) -> TableLooks | None:
    """The colours of a Briefkit table on ``layout_part``; None when the theme cannot be
    read."""
    with PackageParts(package, path, "deck template") as parts:
        chain = layout_chain(parts, layout_part)
        if chain is None or colour_scheme(chain[2]) is None:
            return None
        layout, master, theme = chain
        presentation = parts.xml("ppt/presentation.xml")
        defaults = presentation.find(f"{P}defaultTextStyle") if presentation is not None else None
        view = SlideView(layout, layout, master, theme, defaults)
        styles = TableStyles(parts)
        table = _table(PPTX_TABLE_STYLE)
        style = styles.style_of(table)
        looks = [
            styles.cell_look(table, style, (row, 0, _ROWS, 1), view.scheme, view.mapping, theme)
            if style is not None
            else None
            for row in range(_ROWS)
        ]
    texts = [view.cell_text(look.text if look is not None else None) for look in looks]
    scheme = view.scheme
    header = looks[0]
    grounds: Fill
    if header is None:  # PowerPoint's built-in look
        header_text, grounds = scheme["lt1"], [scheme["accent1"]]
    else:
        header_text = texts[0] or scheme[view.mapping.get("tx1", "dk1")]
        grounds = header.fill if header.fill != [] else [scheme[view.mapping.get("bg1", "lt1")]]
    rows = tuple(dict.fromkeys(text for text in texts[1:] if text))
    return TableLooks(scheme, header_text, grounds, rows)
