"""The mapping file (``data/import-mapping.yaml``): other datasets' values -> Briefkit's codes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from briefkit.catalog.errors import explain
from briefkit.catalog.load import shown_path
from briefkit.catalog.problems import Problem
from briefkit.catalog.records import DatePrecision, GeoPrecision, Vocabulary
from briefkit.catalog.textfile import read_text
from briefkit.catalog.yamlfile import line_of, load_yaml
from briefkit.messages import message as _message

MAPPING_FILE = "import-mapping.yaml"


def key(value: str) -> str:
    """A value as the mapping compares it: case and repeated spaces ignored."""
    return re.sub(r"\s+", " ", value).strip().casefold()


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceTemplate(_Part):
    """How a new entry of sources.yaml is written ({name}, {years} filled in)."""

    id: str = ""
    short: str
    title: str
    author: str
    publication: str
    date_note: str = ""
    kind: str


class AcledMapping(_Part):
    """ACLED's values -> Briefkit's."""

    sub_event_types: dict[str, str]
    event_types: dict[str, str] = {}
    acted_against: tuple[str, ...] = ()
    without_perpetrator: tuple[str, ...] = ()
    event_targets: dict[str, str] = {}
    civilian_targeting: str
    target_actors: dict[str, str] = {}
    targets: dict[str, str] = {}
    target_default: str
    time_precision: dict[str, DatePrecision]
    geo_precision: dict[str, GeoPrecision]
    source: SourceTemplate


class GtdMapping(_Part):
    """GTD's values -> Briefkit's."""

    attack_types: dict[str, str]
    suicide_bombing: str
    target_types: dict[str, str]
    target_default: str
    specificity: dict[str, GeoPrecision]
    source: SourceTemplate


class ImportMapping(_Part):
    """The whole mapping file."""

    regions: dict[str, str] = {}
    acled: AcledMapping
    gtd: GtdMapping


def lookup(table: Mapping[str, str], value: str) -> str | None:
    """The mapped value of ``value`` (compared as ``key`` does), or None."""
    wanted = key(value)
    return next((v for k, v in table.items() if key(k) == wanted), None)


def _codes(m: ImportMapping) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """(location in the file, code, vocabulary list) for every code the mapping names."""
    for name, table in (
        ("sub_event_types", m.acled.sub_event_types),
        ("event_types", m.acled.event_types),
    ):
        for k, code in table.items():
            yield ("acled", name, k), code, "event_types"
    for name, codes in (
        ("acted_against", m.acled.acted_against),
        ("without_perpetrator", m.acled.without_perpetrator),
    ):
        for i, code in enumerate(codes):
            yield ("acled", name, i), code, "event_types"
    for k, code in m.acled.event_targets.items():
        yield ("acled", "event_targets", k), k, "event_types"
        yield ("acled", "event_targets", k), code, "target_types"
    for name, table in (("target_actors", m.acled.target_actors), ("targets", m.acled.targets)):
        for k, code in table.items():
            yield ("acled", name, k), code, "target_types"
    yield ("acled", "civilian_targeting"), m.acled.civilian_targeting, "target_types"
    yield ("acled", "target_default"), m.acled.target_default, "target_types"
    for k, code in m.gtd.attack_types.items():
        yield ("gtd", "attack_types", k), code, "event_types"
    yield ("gtd", "suicide_bombing"), m.gtd.suicide_bombing, "event_types"
    for k, code in m.gtd.target_types.items():
        yield ("gtd", "target_types", k), code, "target_types"
    yield ("gtd", "target_default"), m.gtd.target_default, "target_types"


def read_mapping(root: Path, vocab: Vocabulary) -> tuple[ImportMapping | None, list[Problem]]:
    """The data folder's mapping file (the bundled one when it has none), checked against the
    vocabulary: every code it maps to must be one of ``vocabulary.yaml``."""
    from briefkit.catalog.folder import bundled_data

    path = root / MAPPING_FILE
    if not path.is_file():
        path = bundled_data() / MAPPING_FILE
    shown = shown_path(path)
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    tree, problems = load_yaml(text, shown)
    if problems:
        return None, problems
    try:
        mapping = ImportMapping.model_validate(tree)
    except ValidationError as exc:
        for err in exc.errors():
            line, field = line_of(tree, err["loc"])
            problems.append(Problem(shown, line, field, explain(err)))
        return None, problems
    labels = {"event_types": vocab.event_types, "target_types": vocab.target_types}
    for loc, code, kind in _codes(mapping):
        if code not in labels[kind]:
            line, field = line_of(tree, loc)
            known = ", ".join(labels[kind])
            message = _message("data_mapping_unknown_code", value=code, kind=kind, known=known)
            problems.append(Problem(shown, line, field, message))
    return (None if problems else mapping), problems


def mapping_problems(root: Path, vocabulary: Vocabulary) -> list[Problem]:
    """What is wrong with the folder's ``import-mapping.yaml`` (nothing when it has none)."""
    if not (root / MAPPING_FILE).is_file():
        return []
    return read_mapping(root, vocabulary)[1]
