"""A document's record read back, and each piece Briefkit wrote looked for in the file as it is.

A piece is ``as written`` when the file still shows what Briefkit wrote there (the same digest),
``changed`` when someone edited it, ``not found`` when its anchor is gone (deleted, or renamed
by hand). This is what ``briefkit inspect`` prints, and what a later update builds on.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.messages import message
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.package import inspect_package
from briefkit.render.office.pieces import Found, Parts, found_pieces
from briefkit.render.office.record import DocumentRecord, Piece, RecordError, read_record

__all__ = ["AS_WRITTEN", "CHANGED", "NOT_FOUND", "Inspection", "inspect_document"]

AS_WRITTEN = "as written"
CHANGED = "changed"
NOT_FOUND = "not found"


@dataclass(frozen=True)
class Inspection:
    """A document's record, and the state of each of its pieces now."""

    path: Path
    record: DocumentRecord
    found: dict[str, Found]

    def state(self, piece: Piece) -> str:
        """``AS_WRITTEN``, ``CHANGED`` or ``NOT_FOUND``."""
        now = self.found.get(piece.anchor)
        if now is None:
            return NOT_FOUND
        return AS_WRITTEN if now.digest == piece.digest else CHANGED

    def counts(self) -> Counter[str]:
        return Counter(self.state(p) for p in self.record.pieces)

    def as_json(self) -> dict[str, Any]:
        """Everything, for ``--json``."""
        made = self.record.made
        shown = self.record.shown
        return {
            "file": str(self.path),
            "made": {
                "briefkit": made.briefkit,
                "format": made.format,
                "lang": made.lang,
                "issued": made.issued,
                "topic": made.topic,
                "title": made.title,
                "name": made.name,
                "parts": list(made.parts),
                "template": {"name": made.template, "sha256": made.template_sha256},
                "options": dict(made.options),
            },
            "shown": {
                "digest": shown.digest,
                "records": [
                    {"kind": r.kind, "id": r.id, "digest": r.digest, "values": dict(r.values)}
                    for r in shown.records
                ],
                "disputes": [
                    {"id": d.id, "record": d.record, "field": d.field, "digest": d.digest}
                    for d in shown.disputes
                ],
            },
            "slides": list(self.record.slides),
            "pieces": [
                {
                    "id": p.id,
                    "anchor": p.anchor,
                    "kind": p.kind,
                    "digest": p.digest,
                    "box": p.box,
                    "style": p.style,
                    "state": self.state(p),
                    "box_now": self.found[p.anchor].box if p.anchor in self.found else "",
                    "by_place": p.anchor in self.found and self.found[p.anchor].by_place,
                }
                for p in self.record.pieces
            ],
            "summary": dict(self.counts()),
        }


def inspect_document(path: Path) -> Inspection:
    """Read ``path``'s record and find its pieces; RecordError when there is no readable one."""
    record = read_record(path)
    return Inspection(path, record, _found(path.read_bytes(), path, record))


def _found(data: bytes, path: Path, record: DocumentRecord) -> dict[str, Found]:
    """The pieces in the file, once the whole package has passed the template checks (sizes,
    strict XML), as a template from elsewhere must."""
    try:
        inspect_package(data, path, "document")
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())

            def read(name: str) -> bytes | None:
                return package.read(name) if name in names else None

            deck = record.made.format == "pptx"
            return found_pieces(Parts(read), deck, record.slides, record.pieces)
    except (TemplateError, zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise RecordError(message("record_parts_unreadable", path=path, detail=exc)) from exc
