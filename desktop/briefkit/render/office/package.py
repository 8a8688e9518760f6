"""Template packages inspected before anything unpacks them: sizes, XML, pictures, outside links.

An Office file is a zip of XML parts. A template from elsewhere may be a zip bomb, carry damaged
or entity-laden XML, hold a picture too large to place or an SVG that fetches, embed objects or
fields that fetch or run, or point at files outside itself. ``read_package`` reads the file and
checks each part by what it is (``xmlparts``, ``pictures``), then removes active content
(``active``), before python-docx or python-pptx see it. Nothing is fetched and nothing in the
package is run.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefkit.messages import message
from briefkit.render.office.active import neutralise
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.pictures import check_picture, check_svg, is_bitmap
from briefkit.render.office.xmlparts import (
    CONTENT_TYPES,
    FIX,
    content_type,
    content_types,
    is_xml,
    looks_like_markup,
    parse_part,
    part_bytes,
)

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
    relationships = 10_000  # in one part's relationships (a large real one has hundreds)


LIMITS = Limits()


def read_package(path: Path, kind: str) -> tuple[bytes, list[str]]:
    """The checked bytes of the template at ``path`` and notes on what was neutralised.

    ``kind`` names the file in messages ("report template", "deck template"). Raises
    ``TemplateError`` for a package that must not be opened; a file that is not a zip at all
    is returned as it is, for the loader to say what it is. Raises ``OSError`` if unreadable.
    """
    size = path.stat().st_size
    if size > LIMITS.file_bytes:
        said = {"size": _mb(size), "limit": _mb(LIMITS.file_bytes)}
        raise TemplateError(message("template_too_large", what=_what(kind, path), **said), path)
    return inspect_package(path.read_bytes(), path, kind)


def inspect_package(data: bytes, path: Path, kind: str) -> tuple[bytes, list[str]]:
    """As ``read_package``, for bytes already read."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return data, []
    trees: dict[str, Any] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            _check_sizes(infos, path, kind)
            names = {i.filename for i in infos}
            listed = package.read(CONTENT_TYPES) if CONTENT_TYPES in names else None
            if listed is not None:
                trees[CONTENT_TYPES] = parse_part(CONTENT_TYPES, listed, path, kind)
            types = content_types(listed)
            for info in infos:
                if info.filename != CONTENT_TYPES:
                    part_type = content_type(info.filename, types)
                    _check_part(package, info, part_type, trees, path, kind)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        said = message("template_damaged_zip", what=_what(kind, path), error=exc, fix=FIX)
        raise TemplateError(said, path) from exc
    changed, notes = neutralise(trees, path, kind)
    if changed:
        data = rewrite_parts(data, {name: part_bytes(trees[name]) for name in changed})
    return data, notes


def _check_part(
    package: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    part_type: str,
    trees: dict[str, Any],
    path: Path,
    kind: str,
) -> None:
    """Check one part by what it is: XML (by name, content type or first bytes) is parsed
    strictly; a picture is measured; an old drawing (VML) is scanned for a DTD."""
    name = info.filename
    with package.open(info) as stream:
        head = stream.read(1 << 16)
    vml = "vml" in part_type.lower() or name.lower().endswith(".vml")
    svg = b"<svg" in head.replace(b"\x00", b"").lower()  # in UTF-8 or UTF-16
    if is_xml(name, part_type) or (looks_like_markup(head) and svg):
        root = parse_part(name, package.read(info), path, kind)
        if name.endswith(".rels") and len(root) > LIMITS.relationships:
            said = {"name": name, "n": len(root), "limit": LIMITS.relationships, "fix": FIX}
            what = _what(kind, path)
            raise TemplateError(message("template_relationships", what=what, **said), path)
        check_svg(name, root, path, kind)
        trees[name] = root
    elif is_bitmap(head):
        check_picture(name, head, info.file_size, LIMITS, path, kind)
    elif vml or looks_like_markup(head):  # old drawings (VML), HTML: never with entities
        text = package.read(info).replace(b"\x00", b"").upper()
        if b"<!ENTITY" in text or (vml and b"<!DOCTYPE" in text):
            refused = message("template_doctype_part", what=_what(kind, path), name=name, fix=FIX)
            raise TemplateError(refused, path)


def _what(kind: str, path: Path) -> str:
    """The template named in a message: "The report template <path>"."""
    return message("template_named", template=kind, path=path)


def _mb(size: int) -> str:
    return f"{size / (1 << 20):.0f} MB"


def _check_sizes(infos: list[zipfile.ZipInfo], path: Path, kind: str) -> None:
    """Refuse a zip bomb from its directory alone, before any part is unpacked."""
    if len(infos) > LIMITS.entries:
        said = {"n": len(infos), "limit": LIMITS.entries, "fix": FIX}
        raise TemplateError(message("template_parts", what=_what(kind, path), **said), path)
    seen: set[str] = set()
    for info in infos:  # part names are case-insensitive; a second copy may hide the first
        if info.filename.lower() in seen:
            said = {"name": info.filename, "fix": FIX}
            what = _what(kind, path)
            raise TemplateError(message("template_twin_parts", what=what, **said), path)
        seen.add(info.filename.lower())
    total = sum(i.file_size for i in infos)
    if total > LIMITS.unpacked_bytes:
        said = {"size": _mb(total), "limit": _mb(LIMITS.unpacked_bytes)}
        what = _what(kind, path)
        raise TemplateError(message("template_unpacks_large", what=what, **said), path)
    for info in infos:
        packed = max(info.compress_size, 1)
        if info.file_size > LIMITS.ratio_from and info.file_size / packed > LIMITS.ratio:
            said = {"name": info.filename, "ratio": info.file_size // packed}
            what = _what(kind, path)
            raise TemplateError(message("template_zip_bomb", what=what, **said), path)


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
