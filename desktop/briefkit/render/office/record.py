"""A document's own record of what Briefkit made it from, kept inside the file as custom XML.

Each report, deck and handout carries one ``customXml/itemN.xml`` part in the namespace
``NS`` (with its properties part, and a relationship from the main part, so Word, PowerPoint
and LibreOffice keep it on save): how it was made (``Made``), the records it shows with their
values (``Shown``), and every piece Briefkit wrote (``Piece``: a slide's shape, its notes, a
paragraph or a table) with a stable id, the anchor that finds it in the file and a digest of
what was written. The format is described in ``docs/document-record.md``. ``read_record`` reads
it back within bounds, with the strict parser (no DTD, no entities, no network).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from briefkit.compose.shown import Shown, ShownDispute, ShownRecord
from briefkit.messages import message, os_reason
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.xmlparts import parse_part

__all__ = [
    "COMPOSITION_KEYS",
    "NS",
    "DocumentRecord",
    "Made",
    "Piece",
    "RecordError",
    "find_record",
    "read_record",
    "record_xml",
]

NS = "urn:briefkit:document-record:1"
_B = "{" + NS + "}"
RECORD_LIMIT = 32 << 20
"""The most bytes a record part may unpack to (a large composed briefing's is under 1 MB)."""
FILE_LIMIT = 200 << 20
ENTRY_LIMIT = 5000


COMPOSITION_KEYS = ("subtitle", "length", "grades")
"""What a composed briefing's record adds to its title, name and parts (``Made.composition``)."""


class RecordError(ValueError):
    """A file has no Briefkit record, or one that cannot be read; the message says which."""


@dataclass(frozen=True)
class Made:
    """How a document was made: by which Briefkit, from what, in which language and template."""

    briefkit: str
    format: str
    lang: str
    issued: str
    """The date of issue (ISO)."""
    topic: str = ""
    """The topic id; empty for a composed briefing."""
    title: str = ""
    name: str = ""
    """The file name stem (a composition's name)."""
    parts: tuple[str, ...] = ()
    """A composed briefing's sections, ``topic:section``."""
    template: str = ""
    template_sha256: str = ""
    options: Mapping[str, str] = field(default_factory=dict)
    composition: Mapping[str, str] | None = None
    """What else a composed briefing needs to be built again (``subtitle``, ``length``,
    ``grades``: ``COMPOSITION_KEYS``, empty ones left out); None when not recorded (a topic's
    briefing, or a composition exported before Briefkit recorded this)."""


@dataclass(frozen=True)
class Piece:
    """One piece Briefkit wrote: a shape or the notes of a slide, a paragraph or a table."""

    id: str
    """Stable across exports of the same briefing: ``<part>.<n>/<role>`` on a slide (part: a
    section id, ``front`` or ``sources``), ``<part>.<n>`` for a report's block."""
    anchor: str
    """What finds it in the file: the shape's name, or the bookmark's name."""
    kind: str
    digest: str
    """Digest of the text (or picture, or chart values) written."""
    box: str = ""
    """A shape's position and size as written, EMU ``x y cx cy`` (empty: inherited)."""
    slide: str = ""
    style: str = ""
    look: str = ""
    """A shape's text look as written (``pieces.look_of``; empty: not recorded)."""


@dataclass(frozen=True)
class DocumentRecord:
    """The whole record of one document."""

    made: Made
    shown: Shown
    pieces: tuple[Piece, ...] = ()
    slides: tuple[str, ...] = ()
    """A deck's slide keys in order (``<part>.<n>``)."""


def _sub(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    element = etree.SubElement(parent, _B + tag, {k: v for k, v in attrs.items() if v})
    if text is not None:
        element.text = text
    return element


def _values(parent: Any, values: Mapping[str, str]) -> None:
    for name, value in values.items():
        _sub(parent, "value", value, field=name)


def record_xml(record: DocumentRecord) -> bytes:
    """The record as the bytes of its custom XML part (the same record, the same bytes)."""
    made = record.made
    root = etree.Element(_B + "record", nsmap={"bk": NS})
    root.set("version", "1")
    _sub(
        root,
        "made",
        briefkit=made.briefkit,
        format=made.format,
        lang=made.lang,
        issued=made.issued,
        topic=made.topic,
        name=made.name,
        title=made.title,
    )
    for part in made.parts:
        _sub(root, "part", part)
    if made.composition is not None:
        _sub(root, "composition", **{k: made.composition.get(k, "") for k in COMPOSITION_KEYS})
    _sub(root, "template", name=made.template, sha256=made.template_sha256)
    for key, value in made.options.items():
        _sub(root, "option", value, name=key)
    shown = _sub(root, "shown", digest=record.shown.digest)
    for r in record.shown.records:
        _values(_sub(shown, "record", kind=r.kind, id=r.id, digest=r.digest), r.values)
    for d in record.shown.disputes:
        dispute = _sub(shown, "dispute", id=d.id, record=d.record, field=d.field, digest=d.digest)
        _values(dispute, d.values)
    pieces = _sub(root, "pieces")
    for key in record.slides:
        _sub(pieces, "slide", key=key)
    for p in record.pieces:
        _sub(
            pieces,
            "piece",
            id=p.id,
            anchor=p.anchor,
            kind=p.kind,
            digest=p.digest,
            box=p.box,
            slide=p.slide,
            style=p.style,
            look=p.look,
        )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


# --- reading ----------------------------------------------------------------------------------


def read_record(path: Path) -> DocumentRecord:
    """The record inside the file at ``path``; RecordError says why there is none."""
    try:
        size = path.stat().st_size
        if size > FILE_LIMIT:
            raise RecordError(message("record_too_big", path=path, size=size >> 20))
        data = path.read_bytes()
    except OSError as exc:
        raise RecordError(message("record_cannot_read", path=path, reason=os_reason(exc))) from exc
    return find_record(data, path)


def find_record(data: bytes, path: Path) -> DocumentRecord:
    """The record inside a document's bytes (``path`` names it in messages)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise RecordError(message("record_not_zip", path=path))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if len(infos) > ENTRY_LIMIT:
                raise RecordError(message("record_too_many_parts", path=path, n=len(infos)))
            for info in infos:
                if not _is_item(info.filename):
                    continue
                if info.file_size > RECORD_LIMIT:
                    size = info.file_size >> 20
                    said = {"path": path, "name": info.filename, "size": size}
                    raise RecordError(message("record_part_too_big", **said))
                head = package.open(info).read(4096)
                if NS.encode() not in head:
                    continue
                root = parse_part(info.filename, package.read(info), path, "document")
                if root.tag == _B + "record":
                    return _parse(root, path, info.filename)
    except TemplateError as exc:
        raise RecordError(exc.args[0] if len(exc.args) == 1 else str(exc)) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise RecordError(message("record_damaged_zip", path=path, detail=exc)) from exc
    raise RecordError(message("record_none", path=path))


def _is_item(name: str) -> bool:
    lower = name.lower()
    return lower.startswith("customxml/") and "/" not in lower[10:] and "props" not in lower


def _composition(element: Any) -> dict[str, str] | None:
    if element is None:
        return None
    return {k: str(element.get(k)) for k in COMPOSITION_KEYS if element.get(k)}


def _parse(root: Any, path: Path, part: str) -> DocumentRecord:
    def one(tag: str) -> Any:
        found = root.find(_B + tag)
        if found is None:
            raise RecordError(message("record_lacks_tag", path=path, part=part, tag=tag))
        return found

    made = one("made")
    template = root.find(_B + "template")
    options = {str(o.get("name", "")): o.text or "" for o in root.iterfind(_B + "option")}
    record = Made(
        briefkit=made.get("briefkit", ""),
        format=made.get("format", ""),
        lang=made.get("lang", ""),
        issued=made.get("issued", ""),
        topic=made.get("topic", ""),
        title=made.get("title", ""),
        name=made.get("name", ""),
        parts=tuple(p.text or "" for p in root.iterfind(_B + "part")),
        template=template.get("name", "") if template is not None else "",
        template_sha256=template.get("sha256", "") if template is not None else "",
        options=options,
        composition=_composition(root.find(_B + "composition")),
    )
    if not record.lang or not (record.topic or record.parts):
        raise RecordError(message("record_lacks_language", path=path, part=part))
    shown = one("shown")
    records = tuple(
        ShownRecord(r.get("kind", ""), r.get("id", ""), _read_values(r))
        for r in shown.iterfind(_B + "record")
    )
    disputes = tuple(
        ShownDispute(d.get("id", ""), d.get("record", ""), d.get("field", ""), _read_values(d))
        for d in shown.iterfind(_B + "dispute")
    )
    pieces_root = root.find(_B + "pieces")
    pieces: list[Piece] = []
    slides: list[str] = []
    if pieces_root is not None:
        slides = [s.get("key", "") for s in pieces_root.iterfind(_B + "slide")]
        pieces = [
            Piece(
                id=p.get("id", ""),
                anchor=p.get("anchor", ""),
                kind=p.get("kind", ""),
                digest=p.get("digest", ""),
                box=p.get("box", ""),
                slide=p.get("slide", ""),
                style=p.get("style", ""),
                look=p.get("look", ""),
            )
            for p in pieces_root.iterfind(_B + "piece")
        ]
    return DocumentRecord(record, Shown(records, disputes), tuple(pieces), tuple(slides))


def _read_values(element: Any) -> dict[str, str]:
    return {str(v.get("field", "")): v.text or "" for v in element.iterfind(_B + "value")}
