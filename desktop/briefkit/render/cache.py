"""Finished documents, cached by everything they are made from: a repeat export renders nothing.

The key covers the briefing (every word, figure, date and label), the format and deck chart
mode, the bytes of the template, the chart images used (named by their content), the source
code of Briefkit's core and the versions of python-docx, python-pptx and lxml. Renderers are
deterministic, so a cached document is the one that rendering would make (only the zip's entry
times differ). Loading the cache imports neither python-docx nor python-pptx.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from briefkit.atomic import store
from briefkit.compose.model import Briefing, ChartImage
from briefkit.fingerprint import canonical, source_fingerprint, versions
from briefkit.messages import from_plain, to_plain

KEEP = 200
"""How many cached documents are kept; the least recently used beyond that are deleted."""
KEEP_BYTES = 500 * 1024 * 1024
"""How many bytes of cached documents are kept (a template with a large picture makes every
document large); the least recently used beyond that are deleted, and a larger document is
not kept at all."""
_VERSION = "2"  # 2: the accessibility findings beside the warnings


@functools.cache
def code_fingerprint() -> str | None:
    """Fingerprint of Briefkit's core (every module but the window's)."""
    root = Path(__file__).resolve().parents[1]
    files = [p for p in root.rglob("*.py") if "gui" not in p.relative_to(root).parts]
    return source_fingerprint(root, files)


@functools.cache
def _versions() -> dict[str, str]:
    python = ".".join(map(str, sys.version_info[:2]))
    return {"python": python, **versions("python-docx", "python-pptx", "lxml")}


def _warning(data: object) -> str:
    """A stored warning: a message with its code and values again, or its text."""
    said = from_plain(data)
    return said if isinstance(said, str) else str(said)


class DocumentCache:
    """A folder of rendered documents (``<key>.doc``) and their renderer warnings."""

    def __init__(self, folder: Path, keep: int = KEEP, keep_bytes: int = KEEP_BYTES) -> None:
        self.folder = folder
        self.keep = keep
        self.keep_bytes = keep_bytes
        self.hits = 0
        self._prune()

    def key(
        self,
        briefing: Briefing,
        fmt: str,
        options: Mapping[str, str],
        template: str,
        images: Mapping[str, ChartImage],
    ) -> str | None:
        """The document's key (``template``: the digest of the template bytes in use), or None
        when something in it has no canonical form."""
        code = code_fingerprint()
        if code is None:
            return None
        used = {c.id: images.get(c.id) for c in briefing.charts}
        head = {"cache": _VERSION, "code": code, "format": fmt, **_versions(), **options}
        try:
            text = canonical([head, template, used, briefing])
        except (TypeError, ValueError):
            return None
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> tuple[bytes, list[str], list[dict[str, object]]] | None:
        """The cached document, its warnings and its accessibility findings (as JSON); None if
        it is not there (or damaged)."""
        try:
            notes = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            data = (self.folder / f"{key}.doc").read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(notes, dict) or not data:
            return None
        warnings, findings = notes.get("warnings"), notes.get("accessibility")
        if not isinstance(warnings, list) or not isinstance(findings, list):
            return None
        with contextlib.suppress(OSError):
            os.utime(self.folder / f"{key}.doc")  # recently used: kept longest
        self.hits += 1
        return data, [_warning(w) for w in warnings], findings

    def put(
        self,
        key: str,
        data: bytes,
        warnings: Sequence[str],
        findings: Sequence[Mapping[str, object]] = (),
    ) -> None:
        """Keep a document. Best effort: a cache that cannot be written only costs time."""
        if len(data) > self.keep_bytes:
            return
        plain = [to_plain(w) for w in warnings]  # a message keeps its code and values
        notes = {"warnings": plain, "accessibility": list(findings)}
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            store(self.folder / f"{key}.json", json.dumps(notes).encode())
            store(self.folder / f"{key}.doc", data)  # last: its presence says "complete"
        self._prune()

    def _prune(self) -> None:
        """Delete the least recently used documents beyond ``keep`` documents or ``keep_bytes``."""
        with contextlib.suppress(OSError):
            stats = [(p, p.stat()) for p in self.folder.glob("*.doc")]
            stats.sort(key=lambda ps: ps[1].st_mtime_ns, reverse=True)
            total = 0
            for n, (old, stat) in enumerate(stats):
                total += stat.st_size
                if n < self.keep and total <= self.keep_bytes:
                    continue
                old.unlink(missing_ok=True)
                old.with_suffix(".json").unlink(missing_ok=True)
