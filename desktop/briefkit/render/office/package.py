"""Template packages inspected before anything unpacks them: sizes, XML, pictures, outside links.

An Office file is a zip of XML parts. A template from elsewhere may be a zip bomb, carry damaged
XML, hold a picture too large to place, or point at files outside itself (a linked picture, a
Word "attached template" on a server). ``read_package`` reads the file and checks all of this
from the zip's directory and the parts' bytes, before python-docx or python-pptx see it.
Nothing is fetched and nothing in the package is run: the only outside link Briefkit removes
rather than refuses is Word's attached template, which every organisation's templates carry.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

from briefkit.render.office.errors import TemplateError

__all__ = ["LIMITS", "Limits", "inspect_package", "read_package", "rewrite_parts"]


class Limits:
    """How large a template may be (generous: real templates are well under a tenth of this)."""

    file_bytes = 200 << 20  # the file on disk
    entries = 5000  # parts in the zip
    unpacked_bytes = 300 << 20  # all parts together, unpacked
    ratio = 200  # unpacked : packed, for any part over ``ratio_from`` bytes
    ratio_from = 1 << 20
    image_bytes = 50 << 20  # one picture, unpacked
    image_pixels = 60_000_000  # one picture's width x height (e.g. 10 000 x 6 000)


LIMITS = Limits()

_XML_SUFFIXES = (".xml", ".rels")  # not .vml: old drawings are often not well-formed
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp")
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HYPERLINK = "/hyperlink"
_ATTACHED_TEMPLATE = "/attachedTemplate"
_FIX = "Open it in Word or PowerPoint, save it again (File > Save As) and retry"


def read_package(path: Path, kind: str) -> tuple[bytes, list[str]]:
    """The checked bytes of the template at ``path`` and notes on what was neutralised.

    ``kind`` names the file in messages ("report template", "deck template"). Raises
    ``TemplateError`` for a package that must not be opened; a file that is not a zip at all
    is returned as it is, for the loader to say what it is. Raises ``OSError`` if unreadable.
    """
    size = path.stat().st_size
    if size > LIMITS.file_bytes:
        raise TemplateError(
            f"The {kind} {path} is {_mb(size)}, more than the {_mb(LIMITS.file_bytes)} a "
            "template may have. Remove large pictures or embedded files from it and retry.",
            path,
        )
    return inspect_package(path.read_bytes(), path, kind)


def inspect_package(data: bytes, path: Path, kind: str) -> tuple[bytes, list[str]]:
    """As ``read_package``, for bytes already read."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return data, []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            _check_sizes(infos, path, kind)
            parts = {i.filename: package.read(i) for i in infos if _is_xml(i.filename)}
            for info in infos:
                if info.filename.lower().endswith(_IMAGE_SUFFIXES):
                    _check_image(package, info, path, kind)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise TemplateError(
            f"The {kind} {path} is a damaged zip package ({exc}). {_FIX}.", path
        ) from exc
    for name, blob in parts.items():
        _check_xml(name, blob, path, kind)
    replaced, notes = _outside_links(parts, path, kind)
    if replaced:
        data = rewrite_parts(data, replaced)
    return data, notes


def _mb(size: int) -> str:
    return f"{size / (1 << 20):.0f} MB"


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


def _check_sizes(infos: list[zipfile.ZipInfo], path: Path, kind: str) -> None:
    """Refuse a zip bomb from its directory alone, before any part is unpacked."""
    if len(infos) > LIMITS.entries:
        raise TemplateError(
            f"The {kind} {path} holds {len(infos)} parts, more than the {LIMITS.entries} a "
            f"template may have; it is not an ordinary Office file. {_FIX}.",
            path,
        )
    total = sum(i.file_size for i in infos)
    if total > LIMITS.unpacked_bytes:
        raise TemplateError(
            f"The {kind} {path} would unpack to {_mb(total)}, more than the "
            f"{_mb(LIMITS.unpacked_bytes)} a template may have (a zip bomb?). Use a smaller "
            "template.",
            path,
        )
    for info in infos:
        packed = max(info.compress_size, 1)
        if info.file_size > LIMITS.ratio_from and info.file_size / packed > LIMITS.ratio:
            raise TemplateError(
                f"The {kind} {path} has a part ({info.filename}) that unpacks to "
                f"{info.file_size // packed} times its packed size, which no Office file does "
                "(a zip bomb?). Use another template.",
                path,
            )


def _check_image(package: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, kind: str) -> None:
    """Refuse a picture too large to place: by its bytes, then by the size in its header."""
    if info.file_size > LIMITS.image_bytes:
        raise TemplateError(
            f"The {kind} {path} holds a picture ({info.filename}) of {_mb(info.file_size)}; "
            f"pictures in a template may have up to {_mb(LIMITS.image_bytes)}. Replace it with "
            "a smaller one.",
            path,
        )
    from PIL import Image

    with package.open(info) as stream:
        head = stream.read(1 << 16)
    try:
        with warnings.catch_warnings():  # PIL warns of large pictures: this check decides
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(head)) as picture:  # reads the header only
                width, height = picture.size
    except Image.DecompressionBombError:
        width, height = _declared_size(head)
    except Exception:  # a picture PIL cannot read is left to the Office library
        return
    if width * height > LIMITS.image_pixels:
        raise TemplateError(
            f"The {kind} {path} holds a picture ({info.filename}) of {width} x {height} "
            f"pixels, too large to place. Replace it with one of at most "
            f"{LIMITS.image_pixels // 1_000_000} million pixels.",
            path,
        )


def _declared_size(head: bytes) -> tuple[int, int]:
    """Width and height from a PNG header (PIL refuses to say for the largest pictures)."""
    if head.startswith(b"\x89PNG") and len(head) >= 24:
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return LIMITS.image_pixels, 2  # unknown, but larger than allowed


def _check_xml(name: str, blob: bytes, path: Path, kind: str) -> None:
    """Refuse a part that is not well-formed XML, or that declares a DTD (entities)."""
    if b"<!DOCTYPE" in blob[:4096].upper() or b"<!ENTITY" in blob.upper():
        raise TemplateError(
            f"The {kind} {path} has a part ({name}) with a document type declaration, which "
            f"Office files never have; it is refused. {_FIX}.",
            path,
        )
    try:
        ET.fromstring(blob)
    except ET.ParseError as exc:
        raise TemplateError(
            f"The {kind} {path} has a damaged part: {name} is not well-formed XML ({exc}). {_FIX}.",
            path,
        ) from exc


def _outside_links(
    parts: dict[str, bytes], path: Path, kind: str
) -> tuple[dict[str, bytes], list[str]]:
    """Parts rewritten to drop Word's attached template, and a note for each; refuse other links.

    Hyperlinks stay: they are only followed if a reader clicks them.
    """
    replaced: dict[str, bytes] = {}
    notes: list[str] = []
    for name, blob in parts.items():
        if not name.endswith(".rels"):
            continue
        for rel in ET.fromstring(blob).iter(f"{_REL_NS}Relationship"):
            if rel.get("TargetMode") != "External":
                continue
            rel_type = rel.get("Type", "")
            target = rel.get("Target", "")
            if rel_type.endswith(_HYPERLINK):
                continue
            if rel_type.endswith(_ATTACHED_TEMPLATE):
                owner = _owner(name)
                replaced[name] = _drop_relationship(replaced.get(name, blob), rel.get("Id", ""))
                source = replaced.get(owner, parts.get(owner, b""))
                replaced[owner] = re.sub(rb"<w:attachedTemplate\b[^>]*/>", b"", source)
                notes.append(
                    f"The {kind} {path.name} was attached to the template {target}; Briefkit "
                    "removed that link, so the documents never fetch it."
                )
                continue
            what = rel_type.rsplit("/", 1)[-1] or "file"
            raise TemplateError(
                f"The {kind} {path} links to a file outside itself ({what}: {target}); Briefkit "
                "never fetches outside files. Insert the picture or object into the template "
                "(not as a link: in Word, Insert > Pictures, without 'Link to File') and retry.",
                path,
            )
    return replaced, notes


def _owner(rels_name: str) -> str:
    """The part a relationships part is for: word/_rels/settings.xml.rels -> word/settings.xml."""
    rels = PurePosixPath(rels_name)
    return str(rels.parent.parent / rels.name.removesuffix(".rels"))


def _drop_relationship(blob: bytes, rel_id: str) -> bytes:
    pattern = rb'<Relationship\b[^>]*\bId="' + re.escape(rel_id.encode()) + rb'"[^>]*/>'
    return re.sub(pattern, b"", blob)


def rewrite_parts(data: bytes, replaced: Mapping[str, bytes]) -> bytes:
    """The package with some parts' bytes replaced, every other part copied as it is."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            blob = replaced.get(info.filename)
            dst.writestr(info, src.read(info) if blob is None else blob)
    return out.getvalue()
