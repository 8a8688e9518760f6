"""Documents for and from the renderer tests: a chart picture to place, and a deck read back.

``make_png`` writes a real PNG and ``images_for`` names it as every chart of a briefing; the
readers give a reopened deck's slide text, titles and notes (citation markers' no-break spaces
made plain), and ``assert_within_slides`` holds every shape inside its slide. ``soffice`` and
``pdf_pages`` serve the tests that print a document with LibreOffice.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path
from typing import Any

from briefkit.compose.model import Briefing, ChartImage

ROOT = Path(__file__).resolve().parents[2]
DECK_TEMPLATE = ROOT / "templates" / "deck.pptx"


def make_png(path: Path, width: int = 2000, height: int = 1120) -> Path:
    """A real RGB PNG: a pale background with a few navy bars."""
    background = b"\xf5\xf7\xfa"
    bar = b"\x1f\x4e\x79"
    rows = []
    for y in range(height):
        line = bytearray(b"\x00")
        for x in range(0, width, 250):
            filled = (x // 250) % 2 == 0 and y > height - (x % 1000 + 250) * height // 1400
            line += (bar if filled else background) * min(250, width - x)
        rows.append(bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + chunk(b"IEND", b"")
    )
    return path


def images_for(briefing: Briefing, png: Path) -> dict[str, ChartImage]:
    return {
        c.id: ChartImage(str(png), 2000, 1120, f"Chart: {c.title}. {c.caption}")
        for c in briefing.charts
    }


def plain(text: str) -> str:
    """Slide text with the no-break spaces of citation markers made plain."""
    return text.replace("\u00a0", " ")


def slide_text(slide: Any) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                parts += [cell.text for cell in row.cells]
    return plain("\n".join(parts))


def title_of(slide: Any) -> str:
    return plain(slide.shapes.title.text_frame.text) if slide.shapes.title is not None else ""


def notes_of(slide: Any) -> str:
    if not slide.has_notes_slide:
        return ""
    return plain(slide.notes_slide.notes_text_frame.text)


def slides_with_layout(deck: Any, name: str) -> list[Any]:
    return [s for s in deck.slides if s.slide_layout.name == name]


def assert_within_slides(deck: Any) -> None:
    for n, slide in enumerate(deck.slides, 1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (n, shape.name)
            assert shape.left + shape.width <= deck.slide_width, (n, shape.name)
            assert shape.top + shape.height <= deck.slide_height, (n, shape.name)


def soffice() -> str | None:
    """LibreOffice as Briefkit finds it (SOFFICE_PATH, the PATH, the usual install folders)."""
    from briefkit.render.office.pdf import find_soffice

    return find_soffice()


def pdf_pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


def fake_png(width: int, height: int) -> bytes:
    """The header of a PNG of that size: enough for code that reads only the size."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", width, height) + b"\0" * 9
