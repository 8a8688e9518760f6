"""Source grading (Admiralty / NATO): a source's reliability A-F, a record's or a version's
credibility 1-6, each with a one-line reason; and the warning that a key judgment or key figure
rests only on weak sources or weak information."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from briefkit.catalog.checks import Finding, Located
from briefkit.catalog.chosen import TopicRecords
from briefkit.catalog.records import Credibility, Dispute, Incident, Indicator, Source
from briefkit.catalog.topic import CITATION, KeyFigure, Topic
from briefkit.messages import message as _message

CREDIBILITY_FILE = "credibility.yaml"
"""The credibility of each record's information (optional: a record not listed is ungraded)."""
WEAK_SOURCES = frozenset({"E", "F"})
"""Reliability grades a key judgment or key figure should not rest on alone."""
WEAK_INFORMATION = frozenset({5, 6})
"""Credibility grades a key figure should not rest on alone."""


def grade_code(source: Source | None, credibility: int | None) -> str:
    """The grade as printed beside a citation: ``B2``, ``B`` (credibility unknown), ``2``."""
    letter = source.reliability if source is not None and source.reliability else ""
    return letter + (str(credibility) if credibility is not None else "")


def check_source_grade(s: Source, where: Located) -> Iterator[Finding]:
    """A grade comes with its reason, and a reason with its grade."""
    if s.reliability and not s.reliability_reason.strip():
        yield Finding(where, "reliability_reason", _message("data_reliability_reason"))
    if s.reliability_reason.strip() and not s.reliability:
        yield Finding(where, "reliability", _message("data_reliability_missing"))


def check_version_grades(d: Dispute, where: Located) -> Iterator[Finding]:
    """Each version's credibility comes with its reason, and a reason with its grade."""
    for n, v in enumerate(d.versions):
        if v.credibility is not None and not v.credibility_reason.strip():
            yield Finding(
                where,
                f"versions[{n}].credibility_reason",
                _message("data_credibility_reason"),
            )
        if v.credibility_reason.strip() and v.credibility is None:
            yield Finding(
                where,
                f"versions[{n}].credibility",
                _message("data_credibility_missing"),
            )


def check_credibility(
    rows: list[tuple[int, Credibility]], shown: str, records: Mapping[str, object]
) -> Iterator[Finding]:
    """Every graded record exists, and is graded once."""
    seen: dict[str, int] = {}
    for line, c in rows:
        if c.record not in records:
            yield Finding(
                (shown, line),
                "record",
                _message("data_graded_not_a_record", id=c.record),
            )
        elif c.record in seen:
            yield Finding(
                (shown, line),
                "record",
                _message("data_graded_twice", id=c.record, line=seen[c.record]),
            )
        else:
            seen[c.record] = line


def _weak_sources(ids: list[str], sources: Mapping[str, Source]) -> str:
    """The sources, when every one is graded E or F (else "")."""
    graded = [sources[i] for i in dict.fromkeys(ids) if i in sources]
    if graded and all(s.reliability in WEAK_SOURCES for s in graded):
        return ", ".join(f"{s.id} ({s.reliability})" for s in graded)
    return ""


def _figure_records(kf: KeyFigure, chosen: TopicRecords) -> tuple[str, ...]:
    if kf.incidents is not None:
        return chosen.of("incidents", kf.incidents)
    return tuple(r for r in (kf.incident, kf.indicator, kf.compare) if r is not None)


def check_basis(
    topic: Topic,
    chosen: TopicRecords,
    sources: Mapping[str, Source],
    credibility: Mapping[str, Credibility],
    records: Mapping[str, Incident | Indicator | object],
) -> Iterator[tuple[str, str]]:
    """(field path, warning) for each key judgment resting only on sources graded E/F, and each
    key figure resting only on such sources or on information graded 5-6."""
    for i, j in enumerate(topic.key_judgments):
        weak = _weak_sources([*CITATION.findall(j.text), *j.sources], sources)
        if weak:
            yield (
                f"key_judgments[{i}]",
                _message("data_judgment_weak_sources", weak=weak),
            )
    for i, kf in enumerate(topic.key_figures):
        ids = [r for r in _figure_records(kf, chosen) if r in records]
        cited: list[str] = []
        for rid in ids:
            record = records[rid]
            cited += list(getattr(record, "sources", ()) or [getattr(record, "source", "")])
        weak = _weak_sources(cited, sources)
        if weak:
            yield (
                f"key_figures[{i}]",
                _message("data_figure_weak_sources", weak=weak),
            )
        grades = [credibility[r].grade for r in ids if r in credibility]
        if ids and len(grades) == len(ids) and all(g in WEAK_INFORMATION for g in grades):
            shown = ", ".join(f"{r} ({credibility[r].grade})" for r in ids)
            yield (
                f"key_figures[{i}]",
                _message("data_figure_weak_information", shown=shown),
            )
