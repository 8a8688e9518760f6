"""The finished-document cache is bounded by count and by size, evicting the least recently used."""

from __future__ import annotations

import os
from pathlib import Path

from briefkit.render.cache import KEEP_BYTES, DocumentCache


def _age(folder: Path, key: str, seconds: int) -> None:
    """Make ``key``'s document look last used ``seconds`` ago."""
    path = folder / f"{key}.doc"
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


def _kept(folder: Path) -> set[str]:
    return {p.stem for p in folder.glob("*.doc")}


def test_the_cache_keeps_at_most_its_size_in_bytes(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, keep_bytes=3_000)
    for n, key in enumerate(("a", "b", "c")):
        cache.put(key, b"x" * 1_000, [])
        _age(tmp_path, key, 100 - n)  # a oldest, c newest
    assert _kept(tmp_path) == {"a", "b", "c"}
    assert cache.get("a") is not None  # a used again: now the most recent
    cache.put("d", b"y" * 1_500, [])
    assert _kept(tmp_path) == {"a", "d"}  # b and c were least recently used
    assert not (tmp_path / "b.json").exists() and not (tmp_path / "c.json").exists()
    assert cache.get("d") == (b"y" * 1_500, [], [])


def test_a_document_larger_than_the_cache_is_not_kept(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, keep_bytes=1_000)
    cache.put("small", b"s" * 500, ["w"])
    cache.put("huge", b"h" * 1_001, [])
    assert cache.get("huge") is None
    assert cache.get("small") == (b"s" * 500, ["w"], [])


def test_the_cache_keeps_at_most_its_count(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, keep=2)
    for n, key in enumerate(("a", "b", "c")):
        cache.put(key, b"x", [])
        _age(tmp_path, key, 100 - n)
    DocumentCache(tmp_path, keep=2)  # pruned when opened, too
    assert _kept(tmp_path) == {"b", "c"}


def test_the_default_size_cap_is_500_mb() -> None:
    assert KEEP_BYTES == 500 * 1024 * 1024
