"""Checks of a topic's selections: the ids they name exist and belong to the topic, the codes
they use are known; a rule that takes nothing and an id a rule already takes are warned of."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from briefkit.catalog.chosen import KINDS, Kind, TopicRecords, inner_rules, period_scope
from briefkit.catalog.records import Source, Vocabulary
from briefkit.catalog.selection import Chosen, IncidentRule, Rule
from briefkit.catalog.topic import Topic
from briefkit.messages import Joined
from briefkit.messages import message as _message

Found = tuple[str, str, bool]
"""(field path, message, whether it is only a warning)."""


def check_selections(
    topic: Topic,
    chosen: TopicRecords,
    tables: Mapping[Kind, Mapping[str, Chosen]],
    vocabulary: Vocabulary,
    sources: Mapping[str, Source],
) -> Iterator[Found]:
    """Every problem and warning of the topic's own selections and of those inside it."""
    for kind in KINDS:
        rule: Rule = getattr(topic, kind)
        table = tables[kind]
        for i, rid in enumerate(rule.ids):
            if rid not in table:
                yield rule.where(kind, i), _message("data_not_in_table", id=rid, kind=kind), False
        scope = period_scope(table, topic.period)
        yield from _rule(rule, kind, kind, table, scope, vocabulary, sources)
    for field, kind, rule in inner_rules(topic):
        own = chosen.topic(kind)
        for i, rid in enumerate(rule.ids):
            if rid not in own:
                message = _message("data_not_in_topic_list", id=rid, kind=kind)
                yield rule.where(field, i), message, False
        yield from _rule(rule, field, kind, tables[kind], own, vocabulary, sources)


def _rule(
    rule: Rule,
    field: str,
    kind: Kind,
    table: Mapping[str, Chosen],
    scope: Sequence[str],
    vocabulary: Vocabulary,
    sources: Mapping[str, Source],
) -> Iterator[Found]:
    yield from _codes(rule, field, vocabulary, sources)
    code = "data_rule_takes_none" if field == kind else "data_rule_takes_none_among"
    matched = {r for r in scope if r in table and rule.matches(table[r])}
    criteria = rule.criteria
    if criteria and not matched:
        yield (
            field,
            _message(
                code,
                criteria=_shown(criteria),
                kind=kind,
                hints=Joined("", _unknown_places(rule, table)),
            ),
            True,
        )
    if criteria:
        for i, rid in enumerate(rule.ids):
            if rid in matched:
                message = _message("data_taken_by_rule", id=rid)
                yield rule.where(field, i), message, True
    taken = set(scope) if not criteria and not rule.ids else {*matched, *rule.ids}
    for i, rid in enumerate(rule.exclude):
        if rid not in table:
            yield f"{field}.exclude[{i}]", _message("data_not_in_table", id=rid, kind=kind), False
        elif rid not in taken:
            message = _message("data_not_taken_by_rule", id=rid)
            yield f"{field}.exclude[{i}]", message, True


def _codes(
    rule: Rule, field: str, vocabulary: Vocabulary, sources: Mapping[str, Source]
) -> Iterator[Found]:
    """Event types, target types and sources a rule names must be known."""
    known: list[tuple[str, tuple[str, ...], Mapping[str, object], str]] = [
        ("sources", rule.sources, sources, "sources.yaml")
    ]
    if isinstance(rule, IncidentRule):
        known += [
            ("event_types", rule.event_types, vocabulary.event_types, "vocabulary.yaml"),
            ("target_types", rule.target_types, vocabulary.target_types, "vocabulary.yaml"),
        ]
    for name, codes, labels, file in known:
        for i, code in enumerate(codes):
            if code not in labels:
                yield (
                    f"{field}.{name}[{i}]",
                    _message(
                        "data_code_unknown", value=code, file=file, known=", ".join(sorted(labels))
                    ),
                    False,
                )


def _shown(criteria: Mapping[str, object]) -> str:
    parts = []
    for name, value in criteria.items():
        shown = ", ".join(map(str, value)) if isinstance(value, tuple) else str(value)
        parts.append(f"{name}: {shown}")
    return "; ".join(parts)


def _unknown_places(rule: Rule, table: Mapping[str, Chosen]) -> list[str]:
    """A hint naming countries or regions no record has (a spelling slip, most often)."""
    if not isinstance(rule, IncidentRule):
        return []
    hints: list[str] = []
    for name, wanted in (("country", rule.countries), ("region", rule.regions)):
        have = {getattr(r, name) for r in table.values()} - {""}
        missing = [w for w in wanted if w not in have]
        if missing:
            hints.append(
                _message(
                    "data_rule_unknown_place",
                    name=name,
                    missing=", ".join(missing),
                    known=", ".join(sorted(have)),
                )
            )
    return hints
