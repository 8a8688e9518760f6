"""Content keys: canonical JSON of what a product is made from, and fingerprints of source code.

Both caches use them (chart images in ``briefkit.charts.renderer``, documents in
``briefkit.render.cache``): a key changes whenever anything the product depends on changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pydantic import BaseModel


def plain(value: object) -> object:
    """JSON for what ``json.dumps`` does not know: records, dataclasses, mappings, dates, paths."""
    if isinstance(value, BaseModel):
        return [type(value).__name__, value.model_dump(mode="json")]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return [type(value).__name__, fields]
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return value.as_posix()
    raise TypeError(f"{type(value).__name__} has no canonical JSON form")


def canonical(value: object) -> str:
    """One JSON text for equal values, whatever the order of their mappings."""
    return json.dumps(
        value, default=plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def source_fingerprint(root: Path, files: Iterable[Path]) -> str | None:
    """sha256 of the files' names (relative to ``root``) and bytes; None if one is unreadable."""
    digest = hashlib.sha256()
    try:
        for file in sorted(files):
            data = file.read_bytes()
            digest.update(f"{file.relative_to(root).as_posix()}\0{len(data)}\0".encode())
            digest.update(data)
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def versions(*packages: str) -> dict[str, str]:
    """The installed version of each package ("unknown" when it is not installed)."""
    found = {}
    for package in packages:
        try:
            found[package] = version(package)
        except PackageNotFoundError:  # pragma: no cover
            found[package] = "unknown"
    return found
