"""Validation of .docx/.pptx files against the OOXML schemas (ECMA-376, as Office 2019 reads it).

``schema_errors(path)`` lists every error openxml-audit (a pure-Python port of the Open XML
SDK's validator, a dev dependency) finds: elements out of place, attribute values outside their
type (a negative ``c:axId``), broken relationships. ``docvalid`` checks what makes Office offer a
repair; this checks the schema itself, which is stricter.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

__all__ = ["schema_errors"]


@functools.cache
def _validator() -> Any:
    from openxml_audit import OpenXmlValidator

    return OpenXmlValidator(max_errors=200)


def schema_errors(path: Path) -> list[str]:
    """Every schema error of the document at ``path`` as "part: where: what" (empty: valid)."""
    result = _validator().validate(path)
    return [
        f"{getattr(e, 'part_uri', '') or ''}: {getattr(e, 'path', '') or ''}: {e.description}"
        for e in result.errors
    ]
