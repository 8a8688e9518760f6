"""The bundled templates, known by their bytes wherever a copy of one is.

They are the house: their charts keep Briefkit's own look (``chart_looks``). Light to import,
so that an export in the bundled templates starts drawing its charts at once.
"""

from __future__ import annotations

import functools
import hashlib

from briefkit.options import DECK_FORMATS, REPORT_FORMATS, ExportOptions, Format
from briefkit.resources import bundled

__all__ = ["bundled_template", "house_templates"]


@functools.cache
def _bundled_digests() -> frozenset[str]:
    folder = bundled("templates")
    return frozenset(
        hashlib.sha256(path.read_bytes()).hexdigest()
        for pattern in ("*.docx", "*.pptx")
        for path in folder.glob(pattern)
    )


def bundled_template(data: bytes) -> bool:
    """Whether ``data`` are the bytes of one of the bundled templates (wherever it was
    copied to)."""
    return hashlib.sha256(data).hexdigest() in _bundled_digests()


def house_templates(options: ExportOptions) -> bool:
    """Whether every template ``options`` use is a bundled one, whose charts are drawn in the
    house look (so the drawing may start before the templates are loaded)."""
    for fmt, formats in ((Format.DOCX, REPORT_FORMATS), (Format.PPTX, DECK_FORMATS)):
        path = options.template(fmt)
        if path is None or not formats & set(options.formats):
            continue
        try:
            if not bundled_template(path.read_bytes()):
                return False
        except OSError:
            return False  # the template's loading says what is wrong
    return True
