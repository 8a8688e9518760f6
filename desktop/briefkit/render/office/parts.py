"""The parts of a checked Office package, parsed strictly on demand.

Used on bytes ``opening.open_package`` or ``package.inspect_package`` checked: each part is
parsed with the hardened parser (``xmlparts.parse_part``) when first asked for, and only
relationships to parts inside the package are followed (an outside target never is).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from typing import Any

from briefkit.render.office.errors import TemplateError
from briefkit.render.office.xmlparts import parse_part, target_part

__all__ = ["PackageParts"]

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class PackageParts:
    """The parts of a checked package, parsed strictly on demand; a context manager."""

    def __init__(self, data: bytes, path: Path, kind: str) -> None:
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self._names = set(self._zip.namelist())
        self._path, self._kind = path, kind
        self._parsed: dict[str, Any] = {}
        self._relationships: dict[str, dict[str, tuple[str, str]]] = {}

    def __enter__(self) -> PackageParts:
        return self

    def __exit__(self, *exc: object) -> None:
        self._zip.close()

    def xml(self, name: str) -> Any | None:
        """The root of part ``name``, or None if there is no such part or it is not XML."""
        if name in self._parsed:
            return self._parsed[name]
        root = None
        if name in self._names:
            try:
                root = parse_part(name, self._zip.read(name), self._path, self._kind)
            except TemplateError:
                root = None
        self._parsed[name] = root
        return root

    def relationships(self, owner: str) -> dict[str, tuple[str, str]]:
        """The part ``owner``'s internal relationships: id -> (type, part name), for those
        whose part is in the package (an outside target is never followed)."""
        if owner in self._relationships:
            return self._relationships[owner]
        folder, base = posixpath.split(owner)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        rels = self.xml(rels_name)
        found: dict[str, tuple[str, str]] = {}
        self._relationships[owner] = found
        if rels is None:
            return found
        for rel in rels.iter(f"{_REL}Relationship"):
            if rel.get("TargetMode", "Internal") != "Internal":
                continue
            name = target_part(rels_name, str(rel.get("Target", "")))
            if name in self._names:
                found[str(rel.get("Id", ""))] = (str(rel.get("Type", "")), name)
        return found

    def related(self, owner: str | None, type_suffix: str) -> str | None:
        """The part ``owner``'s first internal relationship of a type ending ``type_suffix``
        points at, when it is in the package."""
        if owner is None:
            return None
        for kind, name in self.relationships(owner).values():
            if kind.endswith(type_suffix):
                return name
        return None

    def target(self, owner: str, element: Any) -> str | None:
        """The part an element's ``r:id`` names through ``owner``'s relationships."""
        found = self.relationships(owner).get(str(element.get(_R_ID, "")))
        return found[1] if found else None
