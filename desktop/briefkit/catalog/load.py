"""Load and validate a data folder into a Catalog, collecting every problem in one pass."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.checks import (
    Finding,
    check_dispute,
    check_incident,
    check_indicator,
    check_measure,
    check_placeholders,
    check_source,
    check_topic,
    narrative,
)
from briefkit.catalog.chosen import Kind, records_of
from briefkit.catalog.counts import check_counts
from briefkit.catalog.errors import explain
from briefkit.catalog.estimative import check_estimative
from briefkit.catalog.grades import (
    CREDIBILITY_FILE,
    check_basis,
    check_credibility,
    check_source_grade,
    check_version_grades,
)
from briefkit.catalog.language import LANGUAGE_FILE, Language, word_problems
from briefkit.catalog.problems import CatalogError, Problem
from briefkit.catalog.records import (
    Credibility,
    Dispute,
    Incident,
    Indicator,
    Measure,
    Source,
    Vocabulary,
)
from briefkit.catalog.rule_checks import check_selections
from briefkit.catalog.tables import read_table
from briefkit.catalog.textfile import read_text
from briefkit.catalog.topic import Topic
from briefkit.catalog.yamlfile import LineDict, LineList, line_of, load_yaml
from briefkit.messages import message as _message
from briefkit.messages import os_reason

M = TypeVar("M", bound=BaseModel)

FILES = {
    "sources": "sources.yaml",
    "vocabulary": "vocabulary.yaml",
    "incidents": "incidents.csv",
    "indicators": "indicators.csv",
    "measures": "measures.csv",
    "disputes": "disputes.yaml",
    "topics": "topics",
}


def shown_path(path: Path) -> str:
    """A path as people see it: relative to the working folder when inside it."""
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


class _Reader:
    """Reads the files of one data folder and keeps every problem found."""

    def __init__(self, root: Path, replaced: Mapping[str, str] | None = None) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.replaced = replaced or {}

    def shown(self, name: str) -> str:
        return shown_path(self.root / name)

    def text(self, name: str) -> str | None:
        if name in self.replaced:  # a change being checked before it is written
            return self.replaced[name]
        path = self.root / name
        if not path.is_file():
            self.problems.append(Problem(self.shown(name), 0, "", _message("data_file_missing")))
            return None
        text, problems = read_text(path, self.shown(name), within=self.root)
        self.problems += problems
        return text

    def table(
        self, name: str, model: type[M], lists: frozenset[str] = frozenset()
    ) -> list[tuple[int, M]]:
        text = self.text(name)
        if text is None:
            return []
        rows, problems = read_table(text, self.shown(name), model, lists)
        self.problems += problems
        return rows

    def yaml(self, name: str) -> Any:
        text = self.text(name)
        if text is None:
            return None
        tree, problems = load_yaml(text, self.shown(name))
        self.problems += problems
        return tree

    def validate(self, tree: Any, model: type[M], shown: str) -> M | None:
        """The record, or None with a problem per invalid field (with its line)."""
        try:
            return model.model_validate(tree)
        except ValidationError as exc:
            for err in exc.errors():
                line, field = line_of(tree, err["loc"])
                self.problems.append(Problem(shown, line, field, explain(err)))
            return None

    def yaml_list(self, name: str, model: type[M], key: str = "id") -> list[tuple[int, M]]:
        tree = self.yaml(name)
        if tree is None:
            return []
        if not isinstance(tree, LineList):
            self.problems.append(
                Problem(
                    self.shown(name),
                    1,
                    "",
                    _message("data_list_of_entries", key=key),
                )
            )
            return []
        out: list[tuple[int, M]] = []
        for i, item in enumerate(tree):
            record = self.validate(item, model, self.shown(name))
            if record is not None:
                out.append((tree.item_lines[i], record))
        return out


def _index(
    rows: Iterable[tuple[int, M]], shown: str, problems: list[Problem], seen: dict[str, str]
) -> dict[str, tuple[int, M]]:
    """Records by id; a duplicate id (in any table) is a problem."""
    out: dict[str, tuple[int, M]] = {}
    for line, record in rows:
        rid: str = getattr(record, "id")  # noqa: B009 - every record type has an id
        if rid in seen:
            problems.append(
                Problem(shown, line, "id", _message("data_id_used", id=rid, place=seen[rid]))
            )
            continue
        seen[rid] = _message("data_place", file=shown, line=line)
        out[rid] = (line, record)
    return out


def word_line(text: str | None, start: int, words: str) -> int:
    """The line, from ``start`` on, of the first of ``words`` in a topic's text (a paragraph's
    block scalar runs over several lines); ``start`` when not found."""
    if not text or not words or start <= 0:
        return start
    lines = [line.casefold() for line in text.splitlines()[start - 1 : start + 60]]
    wanted = " ".join(words.split()).casefold()
    longest = max(wanted.split(), key=len)
    for term in (wanted, longest):
        for n, line in enumerate(lines):
            if term in line:
                return start + n
    return start


def _tie(findings: Iterable[Finding]) -> list[Problem]:
    return [Problem(f.where[0], f.where[1], f.field, f.message) for f in findings]


def check_catalog(
    root: Path, replaced: Mapping[str, str] | None = None
) -> tuple[Catalog | None, list[Problem]]:
    """Load a data folder; the Catalog is None when any problem was found.

    ``replaced`` gives the text of files as a change would write them (file name -> text), to
    check the change before anything is written. A change that a killed process left half
    done is undone first (see ``transaction.recover``).
    """
    r = _Reader(root, replaced)
    if not root.is_dir():
        return None, [Problem(shown_path(root), 0, "", _message("data_not_a_folder"))]
    try:
        _recover_unlocked(root)
    except OSError as exc:
        stopped = _message("data_recover_failed", reason=os_reason(exc))
        return None, [Problem(shown_path(root), 0, "", stopped)]
    sources_rows = r.yaml_list(FILES["sources"], Source)
    vocab_tree = r.yaml(FILES["vocabulary"])
    vocab = (
        r.validate(vocab_tree, Vocabulary, r.shown(FILES["vocabulary"]))
        if vocab_tree is not None
        else None
    )
    incident_rows = r.table(FILES["incidents"], Incident, frozenset({"sources"}))
    indicator_rows = r.table(FILES["indicators"], Indicator)
    measure_rows = r.table(FILES["measures"], Measure, frozenset({"sources"}))
    dispute_rows = r.yaml_list(FILES["disputes"], Dispute)
    graded = CREDIBILITY_FILE in r.replaced or (root / CREDIBILITY_FILE).is_file()
    credibility_rows = r.yaml_list(CREDIBILITY_FILE, Credibility, key="record") if graded else []

    problems = r.problems
    seen: dict[str, str] = {}
    sources = _index(sources_rows, r.shown(FILES["sources"]), problems, {})
    incidents = _index(incident_rows, r.shown(FILES["incidents"]), problems, seen)
    indicators = _index(indicator_rows, r.shown(FILES["indicators"]), problems, seen)
    measures = _index(measure_rows, r.shown(FILES["measures"]), problems, seen)
    _index(dispute_rows, r.shown(FILES["disputes"]), problems, {})
    source_map = {k: v for k, (_, v) in sources.items()}
    for line, s in sources.values():
        problems += _tie(check_source(s, (r.shown(FILES["sources"]), line)))
        problems += _tie(check_source_grade(s, (r.shown(FILES["sources"]), line)))
    records: dict[str, Incident | Indicator | Measure] = {}
    if vocab is not None:
        for rid, (line, inc) in incidents.items():
            records[rid] = inc
            problems += _tie(
                check_incident(inc, (r.shown(FILES["incidents"]), line), source_map, vocab)
            )
        for rid, (line, ind) in indicators.items():
            records[rid] = ind
            problems += _tie(
                check_indicator(ind, (r.shown(FILES["indicators"]), line), source_map, vocab)
            )
        for rid, (line, m) in measures.items():
            records[rid] = m
            problems += _tie(
                check_measure(m, (r.shown(FILES["measures"]), line), source_map, vocab)
            )
    for line, d in dispute_rows:
        problems += _tie(check_dispute(d, (r.shown(FILES["disputes"]), line), records, source_map))
        problems += _tie(check_version_grades(d, (r.shown(FILES["disputes"]), line)))
    problems += _tie(check_credibility(credibility_rows, r.shown(CREDIBILITY_FILE), records))
    credibility = {c.record: c for _, c in credibility_rows}

    language = _english(r)
    topics = _load_topics(r, root / FILES["topics"])
    by_date = lambda kv: (kv[1][1].date, kv[0])  # noqa: E731 - the catalog's order
    inc_map = {k: v for k, (_, v) in sorted(incidents.items(), key=by_date)}
    ind_map = {k: v for k, (_, v) in indicators.items()}
    mea_map = {k: v for k, (_, v) in sorted(measures.items(), key=by_date)}
    warnings: list[Problem] = []
    chosen = {t.id: records_of(t, inc_map, mea_map, ind_map) for t, _, _ in topics}
    tables: dict[Kind, Mapping[str, Incident | Indicator | Measure]] = {
        "incidents": inc_map,
        "measures": mea_map,
        "indicators": ind_map,
    }
    for topic, tree, shown in topics:
        mine = chosen[topic.id]
        found = [
            (field, message, False)
            for field, message in check_topic(topic, mine, source_map, inc_map, mea_map, ind_map)
        ]
        if vocab is not None:
            found += check_selections(topic, mine, tables, vocab, source_map)
            found += [(f, m, False) for f, m in check_counts(topic, vocab)]
        found += [
            (f, m, True) for f, m in check_basis(topic, mine, source_map, credibility, records)
        ]
        pointed: dict[tuple[str, str], str] = {}
        if language is not None:
            found += [(f, m, False) for f, m in check_placeholders(topic, language)]
            for where, said, words in check_estimative(topic, narrative(topic), language):
                found.append((where, said, True))
                pointed[(where, said)] = words
        for field, message, warning in found:
            loc: list[int | str] = []
            for part in field.replace("]", "").replace("[", ".").split("."):
                loc.append(int(part) if part.isdigit() else part)
            line, _ = line_of(tree, loc)
            if pointed.get((field, message)):
                line = word_line(
                    r.text(f"{FILES['topics']}/{topic.id}.yaml"), line, pointed[(field, message)]
                )
            (warnings if warning else problems).append(Problem(shown, line, field, message))
    if problems or vocab is None or language is None:
        return None, problems
    catalog = Catalog(
        root=root,
        sources=source_map,
        incidents=inc_map,
        indicators=ind_map,
        measures=mea_map,
        disputes=tuple(d for _, d in dispute_rows),
        vocabulary=vocab,
        topics={t.id: t for t, _, _ in sorted(topics, key=lambda t: t[0].id)},
        language=language,
        chosen=chosen,
        credibility=credibility,
        warnings=tuple(sorted(set(warnings))),
    )
    return catalog, []


def _recover_unlocked(root: Path) -> None:
    """Undo what a killed change left (its journal), unless a live change is under way: wait
    a moment for it (a reader never reads another process's change half-written)."""
    from briefkit.catalog.lock import FolderLockedError, folder_lock, settled
    from briefkit.catalog.transaction import JOURNAL, recover

    settled(root)
    if not (root / JOURNAL).is_file():
        return
    try:
        with folder_lock(root, wait=3.0):
            recover(root)
    except FolderLockedError:
        return  # still a live change's own journal: not to be undone


def _english(r: _Reader) -> Language | None:
    """The English words and conventions: the data folder's ``language.yaml``, or the bundled
    one when the folder has none; a folder's own must give every word the bundled one has."""
    from briefkit.resources import bundled

    own = r.root / LANGUAGE_FILE
    if not own.is_file() or own.resolve() == (bundled("data") / LANGUAGE_FILE).resolve():
        return bundled_language()
    return _read_language(r, bundled_language().words)


def _read_language(r: _Reader, reference: Mapping[str, str] | None) -> Language | None:
    """The folder's English ``language.yaml``; its words checked against ``reference``, which
    gives the words the file lacks (a copy of the data made by an older Briefkit)."""
    from briefkit.catalog.languages import BASE_LANGUAGE

    tree = r.yaml(LANGUAGE_FILE)
    if tree is None:
        return None
    shown = r.shown(LANGUAGE_FILE)
    if not isinstance(tree, LineDict):
        r.problems.append(Problem(shown, 1, "", _message("data_not_a_mapping")))
        return None
    words = tree.get("words")
    if reference is not None and isinstance(words, LineDict):
        words = with_missing_words(words, reference)
        for line, field, message in word_problems(words, reference, words.key_lines):
            r.problems.append(Problem(shown, line or words.line, field, message))
    coded = LineDict({**tree, "code": BASE_LANGUAGE, "words": words})
    coded.line, coded.key_lines = tree.line, tree.key_lines
    return r.validate(coded, Language, shown)


def with_missing_words(words: LineDict, reference: Mapping[str, str]) -> LineDict:
    """``words`` with every word of ``reference`` it does not give: a data folder copied from an
    older Briefkit lacks the words a newer one added, and takes them from the bundled data."""
    given = {k for k, v in words.items() if isinstance(v, str) and v.strip()}
    merged = LineDict({**words, **{k: v for k, v in reference.items() if k not in given}})
    merged.line, merged.key_lines = words.line, words.key_lines
    return merged


@functools.cache
def bundled_language() -> Language:
    """The English of the bundled data (``data/language.yaml``); CatalogError if it is broken."""
    from briefkit.resources import bundled

    r = _Reader(bundled("data"))
    language = _read_language(r, None)
    if language is None or r.problems:
        raise CatalogError(r.problems)
    return language


def _load_topics(r: _Reader, folder: Path) -> list[tuple[Topic, Any, str]]:
    shown_folder = shown_path(folder)
    if not folder.is_dir():
        r.problems.append(Problem(shown_folder, 0, "", _message("data_no_topics_folder")))
        return []
    out: list[tuple[Topic, Any, str]] = []
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        r.problems.append(Problem(shown_folder, 0, "", _message("data_no_topic_files")))
    for path in files:
        name = f"{FILES['topics']}/{path.name}"
        shown = r.shown(name)
        tree = r.yaml(name)
        if tree is None:
            continue
        if not isinstance(tree, dict):
            r.problems.append(Problem(shown, 1, "", _message("data_topic_not_mapping")))
            continue
        topic = r.validate(tree, Topic, shown)
        if topic is None:
            continue
        if topic.id != path.stem:
            r.problems.append(
                Problem(
                    shown,
                    1,
                    "id",
                    f'"{topic.id}" differs from the file name; name the file {topic.id}.yaml',
                )
            )
            continue
        out.append((topic, tree, shown))
    return out


def load_catalog(root: Path | None = None) -> Catalog:
    """The Catalog of a data folder (the bundled one by default); CatalogError lists problems."""
    from briefkit.resources import bundled

    catalog, problems = check_catalog(root if root is not None else bundled("data"))
    if catalog is None:
        raise CatalogError(problems)
    return catalog


def counts(catalog: Catalog) -> Mapping[str, int]:
    """How many records of each kind a catalog holds."""
    return {
        "sources": len(catalog.sources),
        "incidents": len(catalog.incidents),
        "indicators": len(catalog.indicators),
        "measures": len(catalog.measures),
        "disputes": len(catalog.disputes),
        "topics": len(catalog.topics),
    }
