"""Every translated text beside its English source, with the file and line it is on.

``check`` compares the two of each pair: the figures and dates they state
(``catalog/figures.py``) and the glossary's terms (``catalog/glossary.py``). The pairs are read
from the translation folder's own files (within bounds, as the translation is), so a problem
names the line a translator fixes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.languages import TRANSLATIONS
from briefkit.catalog.load import shown_path
from briefkit.catalog.textfile import read_text
from briefkit.catalog.yamlfile import LineDict, LineList, load_yaml

RECORD_TEXT = {
    "incidents.yaml": ("incidents", ("summary", "perpetrator")),
    "measures.yaml": ("measures", ("title", "summary")),
    "indicators.yaml": ("indicators", ("label", "value_text", "note")),
    "sources.yaml": ("sources", ("short", "title", "publication", "date_note", "stance")),
}
"""The record files: the catalog's mapping and the text fields a translation gives."""
_SOURCE_MORE = ("reliability_reason",)
_FREE = frozenset({"keywords"})
"""Topic keys whose translation need not say what the English says."""


@dataclass(frozen=True)
class TextPair:
    """One translated text and the English it translates."""

    file: str
    """The translation file as ``check`` shows it."""
    line: int
    field: str
    english: str
    translated: str


def text_pairs(catalog: Catalog, lang: str) -> Iterator[TextPair]:
    """Each text of the ``lang`` translation in ``catalog``'s data folder with its English (a
    file that is missing or unreadable gives none: the translation's own check says why)."""
    folder = catalog.root / TRANSLATIONS / lang
    words = _tree(folder, "language.yaml").get("words")
    yield from _mapping(folder, "language.yaml", words, catalog.language.words, "words")
    yield from _vocabulary(folder, catalog)
    places = _tree(folder, "places.yaml")
    names = {p for i in catalog.incidents.values() for p in (i.country, i.region, i.place)}
    names |= {i.place for i in catalog.indicators.values()}
    names |= {p for t in catalog.topics.values() for p in t.places}
    yield from _mapping(folder, "places.yaml", places, {n: n for n in names if n}, "")
    for name, (kind, fields) in RECORD_TEXT.items():
        records: Mapping[str, Any] = getattr(catalog, kind)
        more = _SOURCE_MORE if kind == "sources" else ()
        yield from _records(folder, name, records, fields + more)
    yield from _disputes(folder, catalog)
    for tid in catalog.topics:
        yield from _topic(folder, catalog.root, tid)


def _tree(folder: Path, name: str) -> LineDict:
    """The file's YAML mapping; an empty one when it is missing, unreadable or not a mapping."""
    path = folder / name
    empty = LineDict()
    empty.line, empty.key_lines = 0, {}
    if not path.is_file():
        return empty
    text, problems = read_text(path, shown_path(path), within=folder)
    if text is None or problems:
        return empty
    tree, problems = load_yaml(text, shown_path(path))
    return tree if isinstance(tree, LineDict) and not problems else empty


def _pair(
    folder: Path, name: str, line: int, field: str, english: object, mine: object
) -> Iterator[TextPair]:
    if not isinstance(english, str) or not isinstance(mine, str):
        return
    if english.strip() and mine.strip() and english != mine:  # ids and codes are the same
        yield TextPair(shown_path(folder / name), line, field, english, mine)


def _mapping(
    folder: Path, name: str, tree: object, english: Mapping[str, object], prefix: str
) -> Iterator[TextPair]:
    if not isinstance(tree, LineDict):
        return
    for key, value in tree.items():
        field = f"{prefix}.{key}" if prefix else str(key)
        yield from _pair(folder, name, tree.key_lines.get(key, 0), field, english.get(key), value)


def _vocabulary(folder: Path, catalog: Catalog) -> Iterator[TextPair]:
    tree = _tree(folder, "vocabulary.yaml")
    for group in ("event_types", "target_types", "measure_kinds", "units"):
        english: Mapping[str, str] = getattr(catalog.vocabulary, group)
        yield from _mapping(folder, "vocabulary.yaml", tree.get(group), english, group)


def _records(
    folder: Path, name: str, records: Mapping[str, Any], fields: tuple[str, ...]
) -> Iterator[TextPair]:
    tree = _tree(folder, name)
    for rid, entry in tree.items():
        record = records.get(rid)
        if record is None or not isinstance(entry, LineDict):
            continue
        for key in fields:
            if key == "title" and not getattr(record, "descriptive_title", True):
                continue  # a printed title stays as published (the translation check says so)
            english, mine = getattr(record, key), entry.get(key)
            yield from _pair(
                folder, name, entry.key_lines.get(key, 0), f"{rid}.{key}", english, mine
            )


def _disputes(folder: Path, catalog: Catalog) -> Iterator[TextPair]:
    name = "disputes.yaml"
    tree = _tree(folder, name)
    for dispute in catalog.disputes:
        entry = tree.get(dispute.id)
        if not isinstance(entry, LineDict):
            continue
        for key in ("title", "summary"):
            english = getattr(dispute, key)
            line = entry.key_lines.get(key, 0)
            yield from _pair(folder, name, line, f"{dispute.id}.{key}", english, entry.get(key))
        versions = entry.get("versions")
        if not isinstance(versions, LineList):
            continue
        for n, (version, mine) in enumerate(zip(dispute.versions, versions, strict=False)):
            if not isinstance(mine, LineDict):
                continue
            for key in ("note", "value"):
                field = f"{dispute.id}.versions[{n}].{key}"
                line = mine.key_lines.get(key, versions.item_lines[n])
                yield from _pair(folder, name, line, field, getattr(version, key), mine.get(key))


def _topic(folder: Path, root: Path, tid: str) -> Iterator[TextPair]:
    name = f"topics/{tid}.yaml"
    mine = _tree(folder, name)
    if mine:
        yield from _walk(folder, name, _tree(root, name), mine, "", mine.line)


def _walk(
    folder: Path, name: str, english: object, mine: object, path: str, line: int
) -> Iterator[TextPair]:
    """The text leaves of a translated topic beside the English ones at the same place."""
    if isinstance(mine, LineDict) and isinstance(english, dict):
        for key, value in mine.items():
            if key in _FREE or key not in english:
                continue
            at = mine.key_lines.get(key, line)
            field = f"{path}.{key}".lstrip(".")
            yield from _walk(folder, name, english[key], value, field, at)
    elif isinstance(mine, LineList) and isinstance(english, list):
        for n, (a, b) in enumerate(zip(english, mine, strict=False)):
            yield from _walk(folder, name, a, b, f"{path}[{n}]", mine.item_lines[n])
    else:
        yield from _pair(folder, name, line, path, english, mine)
