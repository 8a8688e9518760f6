"""The XML parts of a template, parsed once with a parser that allows no DTD, entity or network.

Each part is decoded by its own declaration (UTF-8, UTF-16 ...) before anything looks at it, so
a document type declaration is found wherever it is and in whatever encoding. A part is XML by
its name (.xml, .rels), by its content type (``...+xml``), or by its first bytes (a part that
starts with ``<`` under any name).
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lxml import etree  # python-docx's XML library (no stubs: see the mypy override)

from briefkit.messages import message
from briefkit.render.office.errors import TemplateError

__all__ = [
    "CONTENT_TYPES",
    "FIX",
    "content_type",
    "content_types",
    "is_xml",
    "looks_like_markup",
    "parse_part",
    "part_bytes",
    "target_part",
]

CONTENT_TYPES = "[Content_Types].xml"
FIX = message("template_resave")
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_XML_SUFFIXES = (".xml", ".rels")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
)


def parse_part(name: str, blob: bytes, path: Path, kind: str) -> Any:
    """The root element of the XML part ``name``; refuses (naming the part) one that is not
    well-formed, nests deeper than 256 levels, or has a document type declaration."""
    try:
        root = etree.fromstring(blob, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        what = message("template_named", template=kind, path=path)
        said = message("template_bad_xml", what=what, name=name, error=exc, fix=FIX)
        raise TemplateError(said, path) from exc
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        what = message("template_named", template=kind, path=path)
        raise TemplateError(message("template_doctype", what=what, name=name, fix=FIX), path)
    return root


def looks_like_markup(head: bytes) -> bool:
    """Whether a part's first bytes are text that starts with ``<`` (in UTF-8 or UTF-16)."""
    for bom in _BOMS:
        if head.startswith(bom):
            return True
    text = head[:512].replace(b"\x00", b"").lstrip()
    return text.startswith(b"<")


def content_types(blob: bytes | None) -> tuple[dict[str, str], dict[str, str]]:
    """(part name -> content type, extension -> content type) from ``[Content_Types].xml``
    (already checked by ``parse_part``); empty if there is none."""
    if blob is None:
        return {}, {}
    root = etree.fromstring(blob, _PARSER)
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for entry in root:
        tag = str(entry.tag).removeprefix(_CT_NS)
        if tag == "Override":
            overrides[str(entry.get("PartName", "")).lstrip("/")] = entry.get("ContentType", "")
        elif tag == "Default":
            defaults[str(entry.get("Extension", "")).lower()] = entry.get("ContentType", "")
    return overrides, defaults


def content_type(name: str, types: tuple[Mapping[str, str], Mapping[str, str]]) -> str:
    """The content type the package gives the part ``name`` ("" if none)."""
    overrides, defaults = types
    if name in overrides:
        return overrides[name]
    return defaults.get(name.rsplit(".", 1)[-1].lower(), "") if "." in name else ""


def is_xml(name: str, kind_of_part: str) -> bool:
    """Whether a part is XML by its name or its content type."""
    return name.lower().endswith(_XML_SUFFIXES) or kind_of_part.lower().endswith("xml")


def target_part(rels_name: str, target: str) -> str:
    """The part name a relationship of ``rels_name`` points at (word/_rels/x.xml.rels,
    "media/a.png" -> word/media/a.png)."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    owner_folder = posixpath.dirname(posixpath.dirname(rels_name))
    return posixpath.normpath(posixpath.join(owner_folder, target))


def part_bytes(root: Any) -> bytes:
    """A changed part written back, as UTF-8 with a standalone declaration (as Office does)."""
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
