"""The Catalog: every record of a data folder, indexed by id."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from briefkit.catalog.chosen import TopicRecords, records_of
from briefkit.catalog.language import Language
from briefkit.catalog.problems import Problem
from briefkit.catalog.records import (
    Credibility,
    Dispute,
    Incident,
    Indicator,
    Measure,
    Source,
    Vocabulary,
)
from briefkit.catalog.topic import Topic


@dataclass(frozen=True)
class Catalog:
    """The validated contents of a data folder."""

    root: Path
    sources: Mapping[str, Source]
    incidents: Mapping[str, Incident]
    indicators: Mapping[str, Indicator]
    measures: Mapping[str, Measure]
    disputes: tuple[Dispute, ...]
    vocabulary: Vocabulary
    topics: Mapping[str, Topic]
    language: Language
    """The language of the text: English (``language.yaml``), or a translation's."""
    chosen: Mapping[str, TopicRecords] = field(default_factory=dict)
    """What each topic's selections take, by topic id (worked out on the English records)."""
    credibility: Mapping[str, Credibility] = field(default_factory=dict)
    """The credibility grade of each graded record's information, by record id."""
    warnings: tuple[Problem, ...] = ()
    """What ``check`` reports without refusing the data: rules that take nothing, ids a rule
    already covers."""

    def records_of(self, topic: Topic) -> TopicRecords:
        """The records the topic's selections take."""
        found = self.chosen.get(topic.id)
        if found is None:
            return records_of(topic, self.incidents, self.measures, self.indicators)
        return found

    def disputes_for(self, record_id: str) -> tuple[Dispute, ...]:
        """The disagreements recorded on one incident, indicator or measure."""
        return tuple(d for d in self.disputes if d.record == record_id)

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id; KeyError names the known ones."""
        try:
            return self.topics[topic_id]
        except KeyError:
            known = ", ".join(sorted(self.topics))
            raise KeyError(f"no topic '{topic_id}' (known topics: {known})") from None
