"""Put a document's record inside it: its pieces named, the record as a custom XML part.

``stamp_record`` takes a finished report, deck or handout, names its pieces (``pieces``) and adds
``customXml/itemN.xml`` (the record, ``record.record_xml``), ``customXml/itemPropsN.xml`` (its
properties: an item id and the record's namespace) and the relationship from the main part
that keeps them on save. The same document and record give the same bytes.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Sequence
from typing import Any

from lxml import etree

from briefkit.compose.shown import Shown
from briefkit.render.office.package import rewrite_parts
from briefkit.render.office.pieces import REL, Parts, deck_pieces, parse_xml, report_pieces
from briefkit.render.office.record import NS, DocumentRecord, Made, record_xml
from briefkit.render.office.xmlparts import CONTENT_TYPES, part_bytes

__all__ = ["stamp_record"]

_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def stamp_record(
    data: bytes, made: Made, shown: Shown, sections: Sequence[tuple[str, str]], sources_title: str
) -> bytes:
    """``data`` (a .docx or .pptx Briefkit wrote) with its pieces named and its record inside.
    ``sections`` are the briefing's (id, title) in order; ``sources_title`` the Sources title."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())

        def read(name: str) -> bytes | None:
            return package.read(name) if name in names else None

        parts = Parts(read)
        slides: list[str] = []
        if made.format == "pptx":
            pieces, slides = deck_pieces(parts, sections, sources_title)
        else:
            pieces = report_pieces(parts, sections, sources_title)
        record = DocumentRecord(made, shown, tuple(pieces), tuple(slides))
        number = 1 + max(
            [0, *(int(m[1]) for n in names if (m := re.match(r"customXml/item(\d+)\.xml$", n)))]
        )
        item, props = f"customXml/item{number}.xml", f"customXml/itemProps{number}.xml"
        main = _main_part(read)
        replaced = {name: part_bytes(parts.trees[name]) for name in sorted(parts.edited)}
        replaced[CONTENT_TYPES] = _content_types(read(CONTENT_TYPES) or b"", item, props)
        rels_name = _rels_name(main)
        replaced[rels_name] = _main_rels(read(rels_name), main, item)
    ident = uuid.uuid5(uuid.NAMESPACE_URL, f"{NS}/{made.topic or made.name}/{made.format}")
    added = {
        item: record_xml(record),
        props: _properties(str(ident).upper()),
        f"customXml/_rels/item{number}.xml.rels": _item_rels(props.rsplit("/", 1)[1]),
    }
    if rels_name not in names:
        added[rels_name] = replaced.pop(rels_name)
    return rewrite_parts(data, replaced, added)


def _rels_name(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels"


def _main_part(read: Any) -> str:
    """The main part (``word/document.xml``, ``ppt/presentation.xml``) the package names."""
    for rel in parse_xml("_rels/.rels", read("_rels/.rels") or b"<Relationships/>"):
        if rel.get("Type") == _OFFICE_DOCUMENT:
            return str(rel.get("Target", "")).lstrip("/")
    raise ValueError("the package names no main part")


def _content_types(blob: bytes, item: str, props: str) -> bytes:
    root = parse_xml(CONTENT_TYPES, blob)
    xml_default = any(
        str(e.get("Extension", "")).lower() == "xml" for e in root.iter(_CT + "Default")
    )
    if not xml_default:
        etree.SubElement(root, _CT + "Override", PartName="/" + item, ContentType="application/xml")
    etree.SubElement(root, _CT + "Override", PartName="/" + props, ContentType=_PROPS_TYPE)
    return part_bytes(root)


def _main_rels(blob: bytes | None, main: str, item: str) -> bytes:
    root = (
        parse_xml("rels", blob)
        if blob is not None
        else etree.Element(REL + "Relationships", nsmap={None: REL[1:-1]})
    )
    used = {str(r.get("Id")) for r in root}
    rid = next(f"rId{n}" for n in range(len(used) + 1, len(used) + 10_002) if f"rId{n}" not in used)
    depth = main.count("/")
    target = "../" * depth + item
    etree.SubElement(root, REL + "Relationship", Id=rid, Type=_CUSTOM_XML, Target=target)
    return part_bytes(root)


def _properties(ident: str) -> bytes:
    root = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    root.set(f"{{{_DS}}}itemID", "{" + ident + "}")
    refs = etree.SubElement(root, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", NS)
    return part_bytes(root)


def _item_rels(props: str) -> bytes:
    root = etree.Element(REL + "Relationships", nsmap={None: REL[1:-1]})
    etree.SubElement(root, REL + "Relationship", Id="rId1", Type=_PROPS_REL, Target=props)
    return part_bytes(root)
