"""Counts that topic prose states, computed from the data instead of written by hand.

A topic defines named counts of its incidents (``counts:`` in the topic file) and its narrative
says them with a placeholder: ``{single-source-attacks}`` prints the number, and
``{single-source-attacks|attack rests|attacks rest}`` prints the number followed by the form of
the words that agrees with it, one form per plural category of the language (English: one,
other; Russian: one, few, many, as in 1 теракт, 3 теракта, 5 терактов; Kazakh: one form).
``{attacks:abl}`` prints the number with the Kazakh case ending that agrees with it (``abl``,
``dat``, ``loc``, ``gen``, ``acc``, ``ins``: 20-дан, 21-ден; ``briefkit.text_kk``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import cast

from briefkit.catalog.chosen import TopicRecords
from briefkit.catalog.language import Language
from briefkit.catalog.records import Incident, Vocabulary
from briefkit.catalog.topic import Count, Topic
from briefkit.messages import message as _message
from briefkit.text_kk import CASES, Case, with_ending

PLACEHOLDER = re.compile(
    rf"\{{([a-z0-9][a-z0-9-]*[a-z0-9])(?:((?:\|[^{{}}|:]+)+)|:({'|'.join(CASES)}))?\}}"
)
"""``{name}``, ``{name|form|form...}`` or ``{name:case}`` (not both: a form holds no ":")."""

_BRACES = re.compile(r"\{[^{}]*\}")

FORMS = {
    "one-other": ("one", "many"),
    "east-slavic": ("one", "few", "many"),
    "invariant": ("one",),
}
"""The word forms a placeholder gives under each plural rule, in this order (``plural_form``)."""


def counted(
    count: Count, chosen: TopicRecords, incidents: Mapping[str, Incident], vocabulary: Vocabulary
) -> int:
    """How many of the incidents the count's selection takes (all of the topic's when it has
    none) it counts, or the total of its ``total`` field over them (known values only)."""
    ruled = count.incidents is not None and bool(count.incidents.event_types)
    types = count.event_types or (() if ruled else vocabulary.violent_event_types)
    ids = chosen.of("incidents", count.incidents)
    taken = [
        inc
        for inc in (incidents[i] for i in ids if i in incidents)
        if (not types or inc.event_type in types)
        and (count.sources is None or len(set(inc.sources)) == count.sources)
    ]
    if count.total is None:
        return len(taken)
    return sum(getattr(inc, count.total) or 0 for inc in taken)


def count_values(
    topic: Topic, chosen: TopicRecords, incidents: Mapping[str, Incident], vocabulary: Vocabulary
) -> dict[str, int]:
    """Every count the topic defines, by name."""
    return {c.id: counted(c, chosen, incidents, vocabulary) for c in topic.counts}


def fill(text: str, values: Mapping[str, int], language: Language) -> str:
    """The text with each placeholder replaced by its number (and agreeing words)."""

    def say(match: re.Match[str]) -> str:
        number = language.number(values[match.group(1)])
        if match.group(3):
            return with_ending(number, cast(Case, match.group(3)))
        if not match.group(2):
            return number
        words = match.group(2)[1:].split("|")
        order = FORMS[language.plural]
        index = order.index(language.plural_form(values[match.group(1)]))
        return f"{number} {words[min(index, len(words) - 1)]}"

    return PLACEHOLDER.sub(say, text)


def placeholder_problems(text: str, topic: Topic, language: Language) -> Iterator[str]:
    """What is wrong with the placeholders of one text: unknown names, wrong number of forms."""
    names = {c.id for c in topic.counts}
    need = FORMS[language.plural]
    for match in _BRACES.finditer(text):
        found = PLACEHOLDER.fullmatch(match.group(0))
        if found is None:
            yield _message("data_not_a_placeholder", text=match.group(0))
            continue
        name, forms = found.group(1), found.group(2) or ""
        if name not in names:
            known = ", ".join(sorted(names)) or _message("data_no_counts")
            yield _message("data_not_a_count", name=name, text=match.group(0), known=known)
        given = forms.count("|")
        if given and given != len(need):
            yield (
                f"{match.group(0)} gives {given} word form(s); {language.name} needs "
                f"{len(need)}, for the numbers that take the form of {_examples(need)}"
            )


def _examples(forms: tuple[str, ...]) -> str:
    return ", ".join({"one": "1", "few": "3", "many": "5"}[f] for f in forms)


def check_counts(topic: Topic, vocabulary: Vocabulary) -> Iterator[tuple[str, str]]:
    """(field path, message) for each count naming an unknown event type or a name twice (its
    selection is checked with every other: rule_checks)."""
    ids = [c.id for c in topic.counts]
    for c_i, count in enumerate(topic.counts):
        for t_i, code in enumerate(count.event_types or ()):
            if code not in vocabulary.event_types:
                yield (
                    f"counts[{c_i}].event_types[{t_i}]",
                    _message(
                        "data_event_type_unknown",
                        value=code,
                        known=", ".join(vocabulary.event_types),
                    ),
                )
        if ids.index(count.id) != c_i:
            yield f"counts[{c_i}].id", _message("data_count_twice", id=count.id)
