"""Translations: ``translations/<lang>/`` read into a translated view of the catalog.

The view has the same ids, numbers and dates; only text changes (summaries, titles, labels, place
names, topics). Where a translation is missing the English stays and a problem says which string
of which file is missing; ``Translation.problems_for(topics)`` tells an export whether the
topics it makes are complete.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.checks import check_attributions, check_placeholders, narrative
from briefkit.catalog.errors import explain
from briefkit.catalog.estimative import check_estimative
from briefkit.catalog.language import LANGUAGE_FILE, Language, excerpt, word_problems
from briefkit.catalog.languages import BASE_LANGUAGE, TRANSLATIONS, available_languages
from briefkit.catalog.load import shown_path, with_missing_words, word_line
from briefkit.catalog.problems import Problem
from briefkit.catalog.records import KAZAKHSTAN, Dispute, Incident, Source, Vocabulary
from briefkit.catalog.textfile import read_text
from briefkit.catalog.topic import CITATION, Topic
from briefkit.catalog.yamlfile import LineDict, LineList, line_of, load_yaml
from briefkit.messages import message as _message

R = TypeVar("R", bound=BaseModel)

ALL = frozenset({"*"})
"""Problems that concern every topic (language words, vocabulary, sources)."""

_NOT_WORDS = re.compile(r"^[\d.,\s%+~<>≥-]*$")
_TOPIC_TEXT = {"title", "subtitle", "description", "text", "note", "headline", "caption", "label"}
_TOPIC_FREE = {"keywords"}


def _empty() -> LineDict:
    """An empty mapping standing for a missing part of a file."""
    out = LineDict()
    out.line = 0
    out.key_lines = {}
    return out


@dataclass(frozen=True)
class Translation:
    """A catalog in one language, and what its translation lacks (per topic concerned)."""

    lang: str
    catalog: Catalog
    concerns: Mapping[Problem, frozenset[str]] = dataclasses.field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()
    """What ``check`` reports in the language without refusing it (estimative words outside
    the language's scale, likelihood and confidence in one sentence)."""

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem, sorted."""
        return tuple(sorted(self.concerns))

    @property
    def untranslated(self) -> tuple[Problem, ...]:
        """The problems that are only text not yet translated (a new or imported record's
        summary, a place name), not a wrong or broken translation."""
        return tuple(p for p in self.problems if is_untranslated(p))

    def problems_for(self, topic_ids: Iterable[str]) -> tuple[Problem, ...]:
        """The problems that make these topics' documents incomplete in the language."""
        wanted = set(topic_ids)
        return tuple(p for p in self.problems if self.concerns[p] & (wanted | ALL))


UNTRANSLATED = ("translation missing (", "place name missing;", "missing (English:")
"""How the messages of text not yet translated begin."""


def is_untranslated(problem: Problem) -> bool:
    """Whether ``problem`` is only a string not yet translated."""
    return problem.message.startswith(UNTRANSLATED)


class _Folder:
    """Reads the files of one translations folder, keeping problems with the topics concerned."""

    def __init__(self, catalog: Catalog, lang: str) -> None:
        self.catalog = catalog
        self.root = catalog.root / TRANSLATIONS / lang
        self.concerns: dict[Problem, frozenset[str]] = {}
        self.warnings: list[Problem] = []
        self.users = _record_users(catalog)

    def shown(self, name: str) -> str:
        return shown_path(self.root / name)

    def problem(
        self, name: str, line: int, field: str, message: str, topics: frozenset[str] = ALL
    ) -> None:
        p = Problem(self.shown(name), line, field, message)
        self.concerns[p] = self.concerns.get(p, frozenset()) | topics

    def tree(self, name: str, topics: frozenset[str] = ALL) -> Any:
        """The file's YAML tree; None (and a problem) when it is missing or unreadable."""
        path = self.root / name
        if not path.is_file():
            self.problem(name, 0, "", "is missing from the translation folder", topics)
            return None
        text, problems = read_text(path, self.shown(name), within=self.root)
        if text is not None:
            tree, problems = load_yaml(text, self.shown(name))
        for p in problems:
            self.concerns[p] = self.concerns.get(p, frozenset()) | topics
        if text is None or problems:
            return None
        if tree is None:  # an empty file
            return _empty()
        if not isinstance(tree, dict):
            self.problem(name, 1, "", "should be a mapping (key: value lines)", topics)
            return None
        return tree

    def entries(self, name: str, english: Mapping[str, Any]) -> LineDict:
        """``id -> {...}`` entries; unknown ids are problems."""
        tree = self.tree(name)
        if tree is None:
            return _empty()
        for key in tree:
            if key not in english:
                self.problem(
                    name,
                    tree.key_lines.get(key, 0),
                    str(key),
                    _message("data_not_an_english_id"),
                )
        return tree if isinstance(tree, LineDict) else _empty()

    def records(self, name: str, english: Mapping[str, R], fields: tuple[str, ...]) -> dict[str, R]:
        """The records of ``english`` with ``fields`` translated from the file ``name``."""
        tree = self.entries(name, english)
        return {
            rid: record.model_copy(
                update={
                    k: self.text(name, tree, rid, k, getattr(record, k), self.topics_of(rid))
                    for k in fields
                }
            )
            for rid, record in english.items()
        }

    def topics_of(self, record_id: str) -> frozenset[str]:
        """The topics that use a record; every topic for a source."""
        return self.users.get(record_id, ALL if record_id in self.catalog.sources else frozenset())

    def text(
        self,
        name: str,
        tree: LineDict,
        record_id: str,
        field: str,
        english: str,
        topics: frozenset[str],
    ) -> str:
        """The translated ``field`` of one entry (English kept, and a problem, when missing)."""
        if not english.strip():
            return english
        entry = tree.get(record_id)
        value = entry.get(field) if isinstance(entry, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
        where = entry if isinstance(entry, LineDict) else tree
        line = line_of(where, [field])[0] if entry is not None else tree.line if tree else 0
        self.problem(
            name,
            line or getattr(tree, "line", 0),
            f"{record_id}.{field}",
            _message("data_translation_missing", english=excerpt(english)),
            topics,
        )
        return english


def _record_users(catalog: Catalog) -> dict[str, frozenset[str]]:
    """For each incident, measure and indicator id, the topics that use it."""
    users: dict[str, set[str]] = {}
    for topic in catalog.topics.values():
        for rid in catalog.records_of(topic).everything():
            users.setdefault(rid, set()).add(topic.id)
    return {k: frozenset(v) for k, v in users.items()}


@functools.cache
def _bundled_words(lang: str) -> Mapping[str, str]:
    """The bundled translation's words into ``lang`` (none for a language it lacks), read once:
    a user's copy made by an older Briefkit takes the words added since from there (for the
    bundled folder itself this adds nothing)."""
    from briefkit.resources import bundled

    path = bundled("data") / TRANSLATIONS / lang / LANGUAGE_FILE
    if not path.is_file():
        return {}
    tree, problems = load_yaml(path.read_text(encoding="utf-8"), str(path))
    words = tree.get("words") if isinstance(tree, dict) and not problems else None
    if not isinstance(words, dict):
        return {}
    return {str(k): v for k, v in words.items() if isinstance(v, str)}


def _language(folder: _Folder, lang: str, english: Language) -> Language:
    """The translation's words and conventions; English (``english``) fills what it lacks."""
    name = LANGUAGE_FILE
    tree = folder.tree(name)
    if tree is None:
        return english.model_copy(update={"code": lang})
    words = tree.get("words")
    if not isinstance(words, dict):
        folder.problem(name, tree.line, "words", "is missing: give every document word")
        words = _empty()
    elif isinstance(words, LineDict):
        words = with_missing_words(words, _bundled_words(lang))
    for line, field, message in word_problems(words, english.words, words.key_lines):
        folder.problem(name, line or getattr(words, "line", 0), field, message)
    given = {k: v for k, v in words.items() if isinstance(v, str) and v}
    fields = {k: v for k, v in tree.items() if k != "words"}
    try:
        return Language.model_validate(
            {
                **english.model_dump(),
                **fields,
                "code": lang,
                "words": {**english.words, **given},
            }
        )
    except ValidationError as exc:
        for err in exc.errors():
            line, field = line_of(tree, err["loc"])
            folder.problem(name, line, field, explain(err))
        return english.model_copy(update={"code": lang})


def translate(catalog: Catalog, lang: str) -> Translation:
    """The catalog in ``lang``; problems name each missing or wrong string and its topics."""
    if lang == BASE_LANGUAGE:
        return Translation(lang, dataclasses.replace(catalog))
    languages = available_languages(catalog.root)
    if lang not in languages:
        p = Problem(
            shown_path(catalog.root / TRANSLATIONS / lang),
            0,
            "",
            _message("data_no_translations", lang=lang, languages=", ".join(languages)),
        )
        return Translation(lang, catalog, {p: ALL})
    f = _Folder(catalog, lang)
    language = _language(f, lang, catalog.language)
    places = _places(f)
    vocabulary = _vocabulary(f)
    inc_tree = f.entries("incidents.yaml", catalog.incidents)
    incidents = {rid: _incident(f, inc_tree, inc, places) for rid, inc in catalog.incidents.items()}
    measures = f.records("measures.yaml", catalog.measures, ("title", "summary"))
    indicators = {
        rid: i.model_copy(update={"place": _place(f, places, i.place, _u(f, rid))})
        for rid, i in f.records(
            "indicators.yaml", catalog.indicators, ("label", "value_text", "note")
        ).items()
    }
    sources = _sources(f)
    disputes = _disputes(f)
    topics = {tid: _topic(f, t, places, sources, language) for tid, t in catalog.topics.items()}
    for name in (f.root / "topics").glob("*.yaml") if (f.root / "topics").is_dir() else ():
        if name.stem not in catalog.topics:
            f.problem(f"topics/{name.name}", 0, "", _message("data_not_an_english_topic"))
    translated = dataclasses.replace(
        catalog,
        sources=sources,
        incidents=incidents,
        indicators=indicators,
        measures=measures,
        disputes=disputes,
        vocabulary=vocabulary,
        topics=topics,
        language=language,
    )
    return Translation(lang, translated, f.concerns, tuple(sorted(set(f.warnings))))


SOURCE_TEXT = ("short", "publication", "date_note", "stance", "reliability_reason")
"""What a translation gives for every source; ``title`` too when the title is descriptive."""


def _sources(f: _Folder) -> dict[str, Source]:
    """Sources with their short names, descriptive titles and descriptions translated; a
    printed title, the author and the journal's name stay as published."""
    name = "sources.yaml"
    english = f.catalog.sources
    tree = f.entries(name, english)
    out = {}
    for sid, source in english.items():
        fields = SOURCE_TEXT + (("title",) if source.descriptive_title else ())
        found = tree.get(sid)
        entry = found if isinstance(found, LineDict) else _empty()
        for key in entry:
            if key not in fields:
                why = (
                    _message("data_title_as_published")
                    if key == "title"
                    else _message("data_not_translated_field", fields=", ".join(fields))
                )
                f.problem(name, entry.key_lines.get(key, 0), f"{sid}.{key}", why)
        update = {k: f.text(name, tree, sid, k, getattr(source, k), ALL) for k in fields}
        out[sid] = source.model_copy(update=update)
    return out


def _u(f: _Folder, record_id: str) -> frozenset[str]:
    return f.users.get(record_id, frozenset())


def _places(f: _Folder) -> dict[str, str]:
    tree = f.tree("places.yaml")
    out: dict[str, str] = {}
    for key, value in (tree or {}).items():
        if isinstance(value, str) and value.strip():
            out[str(key)] = value.strip()
        else:
            f.problem("places.yaml", tree.key_lines.get(key, 0), str(key), "needs a name")
    return out


def _place(f: _Folder, places: Mapping[str, str], name: str, topics: frozenset[str]) -> str:
    if not name:
        return name
    if name in places:
        return places[name]
    f.problem("places.yaml", 0, name, _message("data_place_missing", name=name), topics)
    return name


def _incident(f: _Folder, tree: LineDict, inc: Incident, places: Mapping[str, str]) -> Incident:
    topics = _u(f, inc.id)
    name = "incidents.yaml"
    copy = inc.model_copy(
        update={
            "summary": f.text(name, tree, inc.id, "summary", inc.summary, topics),
            "perpetrator": f.text(name, tree, inc.id, "perpetrator", inc.perpetrator, topics),
            "country": _place(f, places, inc.country, topics),
            "region": _place(f, places, inc.region, topics),
            "place": _place(f, places, inc.place, topics),
        }
    )
    copy._home = places.get(KAZAKHSTAN, KAZAKHSTAN)
    return copy


def _vocabulary(f: _Folder) -> Vocabulary:
    english = f.catalog.vocabulary
    tree = f.tree("vocabulary.yaml") or _empty()
    update: dict[str, dict[str, str]] = {}
    for group in ("event_types", "target_types", "measure_kinds", "units"):
        codes: dict[str, str] = getattr(english, group)
        given = tree.get(group)
        given = given if isinstance(given, dict) else _empty()
        out = {}
        for code, label in codes.items():
            value = given.get(code)
            if isinstance(value, str) and value.strip():
                out[code] = value.strip()
            else:
                line = getattr(given, "line", 0) or getattr(tree, "line", 0)
                f.problem(
                    "vocabulary.yaml",
                    line,
                    f"{group}.{code}",
                    _message("data_label_missing", english=excerpt(label)),
                )
                out[code] = label
        update[group] = out
    return english.model_copy(update=update)


def _disputes(f: _Folder) -> tuple[Dispute, ...]:
    name = "disputes.yaml"
    english = {d.id: d for d in f.catalog.disputes}
    tree = f.entries(name, english)
    out = []
    for d in f.catalog.disputes:
        topics = _u(f, d.record)
        found = tree.get(d.id)
        entry = found if isinstance(found, LineDict) else _empty()
        given = entry.get("versions")
        given = given if isinstance(given, LineList) else LineList()
        if len(given) != len(d.versions):
            f.problem(
                name,
                line_of(entry, ["versions"])[0] or getattr(tree, "line", 0),
                f"{d.id}.versions",
                _message("data_version_count", given=len(given), english=len(d.versions)),
                topics,
            )
        versions = []
        for n, v in enumerate(d.versions):
            item = given[n] if n < len(given) and isinstance(given[n], LineDict) else _empty()
            vtree = LineDict({d.id: item})
            vtree.key_lines = {}
            note = f.text(name, vtree, d.id, "note", v.note, topics) if v.note else ""
            value = v.value
            words = not _NOT_WORDS.match(v.value) and v.value not in _codes(f.catalog)
            if words and d.field != "date":
                value = f.text(name, vtree, d.id, "value", v.value, topics)
            versions.append(v.model_copy(update={"note": note, "value": value}))
        out.append(
            d.model_copy(
                update={
                    "title": f.text(name, tree, d.id, "title", d.title, topics),
                    "summary": f.text(name, tree, d.id, "summary", d.summary, topics),
                    "versions": tuple(versions),
                }
            )
        )
    return tuple(out)


def _codes(catalog: Catalog) -> set[str]:
    v = catalog.vocabulary
    return {*v.event_types, *v.target_types, *v.measure_kinds, *v.units}


def _topic(
    f: _Folder,
    english: Topic,
    places: Mapping[str, str],
    sources: Mapping[str, Any],
    language: Language,
) -> Topic:
    """The translated topic, checked against the English one (structure, citations)."""
    name = f"topics/{english.id}.yaml"
    mine = frozenset({english.id})
    for place in english.places:
        _place(f, places, place, mine)
    tree = f.tree(name, mine)
    if tree is None:
        return english
    try:
        topic = Topic.model_validate(tree)
    except ValidationError as exc:
        for err in exc.errors():
            line, field = line_of(tree, err["loc"])
            f.problem(name, line, field, explain(err), mine)
        return english
    before = len(f.concerns)
    for field, message in _differences(english.model_dump(), topic.model_dump(), ""):
        f.problem(name, line_of(tree, _loc(field))[0], field, message, mine)
    for field, message in (
        *check_attributions(topic, sources),
        *check_placeholders(topic, language),
    ):
        f.problem(name, line_of(tree, _loc(field))[0], field, message, mine)
    if len(f.concerns) == before:
        for field, message, words in check_estimative(topic, narrative(topic), language):
            text = read_text(f.root / name, f.shown(name), within=f.root)[0]
            line = word_line(text, line_of(tree, _loc(field))[0], words)
            f.warnings.append(Problem(f.shown(name), line, field, message))
    return topic if len(f.concerns) == before else english


def _loc(field: str) -> list[int | str]:
    """A field path (``sections[0].body[2].text``) as the steps ``line_of`` follows."""
    return [int(p) if p.isdigit() else p for p in re.split(r"[.\[\]]+", field) if p]


def _differences(english: Any, mine: Any, path: str) -> Iterator[tuple[str, str]]:
    """Where the translated topic differs from the English beyond its text."""
    key = path.rsplit(".", 1)[-1].split("[")[0]
    if key in _TOPIC_FREE:
        return
    if isinstance(english, dict) and isinstance(mine, dict):
        for k in english:
            yield from _differences(english[k], mine.get(k), f"{path}.{k}".lstrip("."))
        return
    if isinstance(english, list | tuple) and isinstance(mine, list | tuple):
        if len(english) != len(mine):
            yield path, _message("data_item_count", given=len(mine), english=len(english))
            return
        for n, (a, b) in enumerate(zip(english, mine, strict=True)):
            yield from _differences(a, b, f"{path}[{n}]")
        return
    textual = key in _TOPIC_TEXT or key in ("talking_points", "places")
    if textual and isinstance(english, str):
        if english.strip() and not (isinstance(mine, str) and mine.strip()):
            yield path, _message("data_translation_missing", english=excerpt(english))
            return
        cites_en = sorted(CITATION.findall(english))
        cites = sorted(CITATION.findall(mine or ""))
        if cites_en != cites:
            yield (
                path,
                _message(
                    "data_cites_differ",
                    cites=", ".join(cites) or _message("data_cites_nothing"),
                    english=", ".join(cites_en) or _message("data_cites_nothing"),
                ),
            )
        return
    if english != mine:
        yield (
            path,
            _message("data_not_as_english", mine=repr(mine), english=repr(english)),
        )
