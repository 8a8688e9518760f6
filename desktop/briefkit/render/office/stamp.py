"""Put a document's record inside it, before python-docx or python-pptx saves it.

``stamp_document`` names the pieces of the document being built (``pieces``: shapes named
``bk:<id>``, blocks bookmarked) and adds ``customXml/itemN.xml`` (the record,
``record.record_xml``), ``customXml/itemPropsN.xml`` (an item id and the record's namespace)
and the relationship from the main part that keeps them on save. It works on the live
document, so the file is written once; the same document and record give the same bytes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import Any

from lxml import etree

from briefkit.compose.shown import Shown
from briefkit.render.office.pieces import LiveParts, deck_pieces, report_pieces
from briefkit.render.office.record import NS, DocumentRecord, Made, record_xml
from briefkit.render.office.xmlparts import part_bytes

__all__ = ["stamp_document"]

_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def stamp_document(
    main: Any, made: Made, shown: Shown, sections: Sequence[tuple[str, str]], sources_title: str
) -> None:
    """Name the pieces of the document whose main part is ``main`` (python-docx's or
    python-pptx's) and put its record inside. ``sections`` are the briefing's (id, title) in
    order; ``sources_title`` begins the Sources heading and slide titles."""
    parts = LiveParts(main)
    slides: list[str] = []
    if made.format == "pptx":
        pieces, slides = deck_pieces(parts, sections, sources_title)
    else:
        pieces = report_pieces(parts, sections, sources_title)
    record = DocumentRecord(made, shown, tuple(pieces), tuple(slides))
    parts.rels(str(main.partname).lstrip("/"))  # every custom XML item of the template
    taken = [int(m[1]) for n in parts.parts if (m := re.match(r"customXml/item(\d+)\.xml$", n))]
    number = 1 + max([0, *taken])
    ident = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{NS}/{made.topic or made.name}/{made.format}"))
    item = _new_part(main, f"/customXml/item{number}.xml", "application/xml", record_xml(record))
    props = _new_part(
        main, f"/customXml/itemProps{number}.xml", _PROPS_TYPE, _properties(ident.upper())
    )
    item.relate_to(props, _PROPS_REL)
    main.relate_to(item, _CUSTOM_XML)


def _new_part(main: Any, name: str, content_type: str, blob: bytes) -> Any:
    """A part of ``main``'s package, made by python-pptx's or python-docx's own Part class."""
    if type(main.package).__module__.startswith("pptx"):
        from pptx.opc.package import Part as DeckPart
        from pptx.opc.packuri import PackURI as DeckURI

        return DeckPart(DeckURI(name), content_type, main.package, blob)
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    return Part(PackURI(name), content_type, blob, main.package)


def _properties(ident: str) -> bytes:
    root = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    root.set(f"{{{_DS}}}itemID", "{" + ident + "}")
    refs = etree.SubElement(root, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", NS)
    return part_bytes(root)
