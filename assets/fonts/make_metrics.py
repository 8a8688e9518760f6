"""Write ``desktop/briefkit/render/office/font_metrics.json`` from TrueType font files.

A dev-only script (run time needs no font files): reads each face's ``head``, ``hhea``,
``OS/2``, ``cmap`` and ``hmtx`` tables (no library needed) and keeps the advance widths, in
thousandths of an em, of the characters decks use (Latin-1, Latin Extended-A, Cyrillic with the
Kazakh letters, general punctuation, currency, arrows). The line heights (hhea, typo and win
metrics) are printed, not kept: LibreOffice spaces slide text 1.2 sizes apart in every face.

    python assets/fonts/make_metrics.py [FONT_DIR ...]

Searches /usr/share/fonts and the folders given (Caladea and Liberation Sans Narrow are not
installed by ``.ci/setup``: ``apt-get download fonts-crosextra-caladea fonts-liberation`` and
``dpkg-deb -x`` them into a folder to pass here). A character a face lacks takes the width of
the same character in the face LibreOffice falls back to (DejaVu of the same class).
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "desktop/briefkit/render/office/font_metrics.json"

#: The characters kept: (first, last) code points, both included.
RANGES = [
    (0x20, 0x7E),
    (0xA0, 0x17F),  # Latin-1 supplement, Latin Extended-A
    (0x400, 0x4FF),  # Cyrillic, with the Kazakh letters
    (0x2010, 0x205E),  # general punctuation
    (0x20A0, 0x20C0),  # currency
    (0x2116, 0x2116),  # numero sign
    (0x2190, 0x21FF),  # arrows
]

#: Family → (regular file, bold file, the face its missing characters come from).
FACES = {
    "Liberation Sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "DejaVu Sans"),
    "Liberation Sans Narrow": (
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "DejaVu Sans Condensed",
    ),
    "Liberation Serif": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "DejaVu Serif",
    ),
    "Liberation Mono": (
        "LiberationMono-Regular.ttf",
        "LiberationMono-Bold.ttf",
        "DejaVu Sans Mono",
    ),
    "Carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "DejaVu Sans"),
    "Caladea": ("Caladea-Regular.ttf", "Caladea-Bold.ttf", "DejaVu Serif"),
    "Open Sans": ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "DejaVu Sans"),
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", ""),
    "DejaVu Sans Condensed": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVu Sans",
    ),
    "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", ""),
    "DejaVu Sans Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", ""),
}


class Face:
    """The metrics tables of one TrueType file."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        self.tables: dict[str, bytes] = {}
        (count,) = struct.unpack_from(">H", data, 4)
        for i in range(count):
            tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            self.tables[tag.decode("latin-1")] = data[offset : offset + length]
        (self.units_per_em,) = struct.unpack_from(">H", self.tables["head"], 18)
        hhea = self.tables["hhea"]
        self.hhea = struct.unpack_from(">hhh", hhea, 4)  # ascender, descender, line gap
        (metrics_count,) = struct.unpack_from(">H", hhea, 34)
        hmtx = self.tables["hmtx"]
        self.advances = [struct.unpack_from(">H", hmtx, 4 * i)[0] for i in range(metrics_count)]
        os2 = self.tables["OS/2"]
        self.typo = struct.unpack_from(">hhh", os2, 68)  # ascender, descender, line gap
        self.win = struct.unpack_from(">HH", os2, 74)  # ascent, descent
        self.cmap = self._cmap()

    def _cmap(self) -> dict[int, int]:
        """Code point → glyph, from the best Unicode subtable (format 12, else 4)."""
        cmap = self.tables["cmap"]
        (count,) = struct.unpack_from(">H", cmap, 2)
        subtables = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
            (fmt,) = struct.unpack_from(">H", cmap, offset)
            if (platform, encoding) in ((3, 1), (3, 10), (0, 3), (0, 4)):
                subtables[fmt] = offset
        if 12 in subtables:
            return self._format12(cmap, subtables[12])
        return self._format4(cmap, subtables[4])

    @staticmethod
    def _format12(cmap: bytes, offset: int) -> dict[int, int]:
        (groups,) = struct.unpack_from(">I", cmap, offset + 12)
        out: dict[int, int] = {}
        for g in range(groups):
            start, end, glyph = struct.unpack_from(">III", cmap, offset + 16 + 12 * g)
            for code in range(start, min(end, 0xFFFF) + 1):
                out[code] = glyph + code - start
        return out

    @staticmethod
    def _format4(cmap: bytes, offset: int) -> dict[int, int]:
        (seg2,) = struct.unpack_from(">H", cmap, offset + 6)
        n = seg2 // 2
        ends = struct.unpack_from(f">{n}H", cmap, offset + 14)
        starts = struct.unpack_from(f">{n}H", cmap, offset + 16 + seg2)
        deltas = struct.unpack_from(f">{n}h", cmap, offset + 16 + 2 * seg2)
        range_at = offset + 16 + 3 * seg2
        ranges = struct.unpack_from(f">{n}H", cmap, range_at)
        out: dict[int, int] = {}
        for i in range(n):
            for code in range(starts[i], ends[i] + 1):
                if code == 0xFFFF:
                    continue
                if ranges[i] == 0:
                    glyph = (code + deltas[i]) & 0xFFFF
                else:
                    at = range_at + 2 * i + ranges[i] + 2 * (code - starts[i])
                    (glyph,) = struct.unpack_from(">H", cmap, at)
                    glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
                if glyph:
                    out[code] = glyph
        return out

    def width(self, code: int) -> int | None:
        """The advance of ``code`` in thousandths of an em, None when the face lacks it."""
        glyph = self.cmap.get(code)
        if glyph is None:
            return None
        advance = self.advances[min(glyph, len(self.advances) - 1)]
        return round(advance * 1000 / self.units_per_em)

    def line_heights(self) -> dict[str, float]:
        """(ascent + descent [+ gap]) / em by each of the three sets of vertical metrics."""
        em = self.units_per_em
        asc, desc, gap = self.hhea
        t_asc, t_desc, t_gap = self.typo
        return {
            "hhea": round((asc - desc + gap) / em, 4),
            "typo": round((t_asc - t_desc + t_gap) / em, 4),
            "win": round((self.win[0] + self.win[1]) / em, 4),
        }


def find(name: str, folders: list[Path]) -> Path:
    for folder in folders:
        hits = sorted(folder.rglob(name))
        if hits:
            return hits[0]
    raise SystemExit(f"make_metrics: {name} not found in {', '.join(map(str, folders))}")


def codes() -> list[int]:
    return [c for first, last in RANGES for c in range(first, last + 1)]


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] + [Path("/usr/share/fonts")]
    loaded = {
        family: tuple(Face(find(name, folders)) for name in files[:2])
        for family, files in FACES.items()
    }
    faces: dict[str, object] = {}
    for family, (regular, bold) in loaded.items():
        fallback = FACES[family][2]
        widths: list[list[int]] = []
        for face, n in ((regular, 0), (bold, 1)):
            row = []
            for code in codes():
                w = face.width(code)
                if w is None and fallback:  # LibreOffice takes the glyph from another face
                    w = loaded[fallback][n].width(code)
                row.append(-1 if w is None else w)
            widths.append(row)
        faces[family] = {"regular": widths[0], "bold": widths[1]}
        print(f"{family}: line heights {regular.line_heights()}")
    OUT.write_text(
        json.dumps({"ranges": RANGES, "faces": faces}, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(faces)} faces)")


if __name__ == "__main__":
    main(sys.argv[1:])
