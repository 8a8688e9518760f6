"""Pictures in a template, checked by what they are (their first bytes), never by their name.

A bitmap (PNG, JPEG, GIF, BMP, TIFF, WebP) is refused when its header declares more pixels
than a document can place, whatever its extension (a PNG renamed .jfif is still a PNG). An SVG
is refused when it points outside itself (``http://``, ``file://``, a path) or carries a
script: Office draws SVG, and a reader's Office would fetch what it names.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path
from typing import Any

from briefkit.messages import message
from briefkit.render.office.errors import TemplateError

__all__ = ["check_picture", "check_svg", "is_bitmap"]

_SVG_NS = "{http://www.w3.org/2000/svg}"
_BITMAPS = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG, JFIF
    b"GIF8",
    b"BM",
    b"II*\x00",  # TIFF
    b"MM\x00*",
)
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]+)", re.IGNORECASE)
_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]?([^)'\";\s]+)", re.IGNORECASE)


def is_bitmap(head: bytes) -> bool:
    """Whether a part's first bytes are those of a bitmap picture."""
    return head.startswith(_BITMAPS) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def check_picture(name: str, head: bytes, size: int, limits: Any, path: Path, kind: str) -> None:
    """Refuse a bitmap too large to place: by its bytes, then by the size in its header."""
    if size > limits.image_bytes:
        what = message("template_named", template=kind, path=path)
        said = {"name": name, "size": size / (1 << 20), "limit": limits.image_bytes >> 20}
        raise TemplateError(message("template_picture_bytes", what=what, **said), path)
    from PIL import Image

    try:
        with warnings.catch_warnings():  # PIL warns of large pictures: this check decides
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(head)) as picture:  # reads the header only
                width, height = picture.size
    except Image.DecompressionBombError:
        width, height = _declared_size(head, limits)
    except Exception:  # a picture PIL cannot read is left to the Office library
        return
    if width * height > limits.image_pixels:
        what = message("template_named", template=kind, path=path)
        said = {"name": name, "width": width, "height": height}
        limit = limits.image_pixels // 1_000_000
        raise TemplateError(
            message("template_picture_pixels", what=what, **said, limit=limit), path
        )


def _declared_size(head: bytes, limits: Any) -> tuple[int, int]:
    """Width and height from a PNG header (PIL refuses to say for the largest pictures)."""
    if head.startswith(b"\x89PNG") and len(head) >= 24:
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return limits.image_pixels, 2  # unknown, but larger than allowed


def check_svg(name: str, root: Any, path: Path, kind: str) -> None:
    """Refuse an SVG (``root``, parsed by ``xmlparts``) that names anything outside itself
    or carries a script."""
    if root.tag != f"{_SVG_NS}svg":
        return
    for element in root.iter():
        tag = str(element.tag)
        if tag == f"{_SVG_NS}script" or any(
            str(a).lower().startswith("on") for a in element.attrib
        ):
            _refuse_svg(name, message("svg_script"), path, kind)
        if tag == f"{_SVG_NS}style" and element.text:
            for found in (*_URL.findall(element.text), *_IMPORT.findall(element.text)):
                _outside(name, found, path, kind)
        for attribute, value in element.attrib.items():
            local = str(attribute).rsplit("}", 1)[-1]
            if local in ("href", "src"):
                _outside(name, str(value), path, kind)
            for found in _URL.findall(str(value)):
                _outside(name, found, path, kind)


def _outside(name: str, reference: str, path: Path, kind: str) -> None:
    reference = reference.strip()
    if reference.startswith("#") or reference.lower().startswith("data:"):
        return
    _refuse_svg(name, message("svg_reference", reference=reference[:120]), path, kind)


def _refuse_svg(name: str, what: str, path: Path, kind: str) -> None:
    named = message("template_named", template=kind, path=path)
    raise TemplateError(message("template_svg", what=named, name=name, svg=what), path)
