"""Custom briefings: chosen sections of several topics, in a chosen order, under their own title.

A ``CustomBriefing`` is written on the command line (``aktobe-2016:attack legal-reforms:laws``)
or in a small YAML file (see ``load_composition``); ``check_composition`` tests it against the
catalog, naming the bad part and listing the valid sections of its topic. ``SUMMARY`` is a
pseudo-section: a topic's executive summary as a section of its own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.problems import Problem
from briefkit.catalog.textfile import read_text
from briefkit.catalog.yamlfile import LineDict, LineList, load_yaml
from briefkit.options import Format, Length, document_names

SUMMARY = "summary"
"""The pseudo-section id for a topic's executive summary (``aktobe-2016:summary``)."""

NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
FILE_KEYS = ("title", "subtitle", "name", "length", "grades", "sections")


class CompositionError(ValueError):
    """A custom briefing cannot be built; the message names the bad part and the fix."""


@dataclass(frozen=True)
class Part:
    """One chosen section: ``topic:section``."""

    topic: str
    section: str

    def __str__(self) -> str:
        return f"{self.topic}:{self.section}"


@dataclass(frozen=True)
class CustomBriefing:
    """A briefing made of ``parts`` in order, titled ``title``, written as ``<name>.<ext>``."""

    title: str
    parts: tuple[Part, ...]
    subtitle: str = ""
    name: str = ""
    length: Length | None = None
    """Its deck in full or as a summary; None: as the export chooses (``--length``)."""
    grades: bool = False  # citations with the sources' grades, whatever the export's option
    source: str = field(default="", compare=False)  # where it was read from, for messages
    lines: tuple[int, ...] = field(default=(), compare=False)  # each part's line in ``source``

    @property
    def slug(self) -> str:
        """The file name stem: ``name``, or one made from the title."""
        return self.name or slugify(self.title)

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics the parts come from, in order of first use."""
        return tuple(dict.fromkeys(p.topic for p in self.parts))


_LATIN = (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya a g q n o u u h i"
)
_CYRILLIC = {
    c: ("" if latin == "_" else latin)
    for c, latin in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", _LATIN.split(), strict=True)
}
"""Russian and Kazakh letters in Latin, for file names (the hard and soft signs left out)."""


def slugify(title: str) -> str:
    """A file name stem from a title: lower case Latin letters, digits and hyphens (Cyrillic
    is transliterated, accents dropped)."""
    text = "".join(_CYRILLIC.get(c, c) for c in title.lower())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", text)
    slug = "-".join(words)[:60].strip("-")
    return slug or "briefing"


def parse_part(text: str) -> Part:
    """``topic:section`` as a Part; CompositionError says what is wrong."""
    topic, colon, section = text.strip().partition(":")
    if not colon or not topic.strip() or not section.strip():
        raise CompositionError(
            f"{text!r} is not TOPIC:SECTION; write e.g. aktobe-2016:attack "
            "(see 'briefkit topics' and the sections in data/topics/<topic>.yaml)"
        )
    return Part(topic.strip(), section.strip())


def composition_from_args(
    parts: Sequence[str], title: str, *, subtitle: str = "", name: str = ""
) -> CustomBriefing:
    """A custom briefing from command-line words (not yet checked against the catalog)."""
    if not parts:
        raise CompositionError("name the sections to compose, e.g. aktobe-2016:attack")
    if not title.strip():
        raise CompositionError("a composed briefing needs a title: give --title TEXT")
    return _checked_shape(
        CustomBriefing(title.strip(), tuple(parse_part(p) for p in parts), subtitle.strip(), name)
    )


def _checked_shape(spec: CustomBriefing) -> CustomBriefing:
    if spec.name and not NAME.match(spec.name):
        raise CompositionError(
            f"name {spec.name!r} is not a usable file name; use lower-case letters, digits "
            "and hyphens, e.g. aktobe-and-the-law"
        )
    seen: set[Part] = set()
    for part in spec.parts:
        if part in seen:
            raise CompositionError(f"{part} is chosen twice; list each section once")
        seen.add(part)
    return spec


def load_composition(path: Path) -> CustomBriefing:
    """Read a composition file; errors read ``file:line: field: message``.

    The file is a mapping: ``title`` (required), ``subtitle``, ``name``, ``length`` (``full``
    or ``summary``: its deck; optional) and ``grades`` (optional; ``true`` shows the sources'
    grades in the citations), and ``sections``: a list of ``topic:section`` strings in the
    order wanted.
    """
    shown = str(path)
    text, problems = read_text(path, shown)
    if text is None:
        raise CompositionError(str(problems[0]))
    data, problems = load_yaml(text, shown)
    if problems:
        raise CompositionError(str(problems[0]))
    if not isinstance(data, LineDict):
        raise CompositionError(
            str(Problem(shown, 1, "", "must be a mapping with title and sections (see README)"))
        )

    def fail(key: str, message: str, line: int | None = None) -> CompositionError:
        where = line if line is not None else data.key_lines.get(key, data.line)
        return CompositionError(str(Problem(shown, where, key, message)))

    unknown = [k for k in data if k not in FILE_KEYS]
    if unknown:
        raise fail(str(unknown[0]), f"unknown key; use {', '.join(FILE_KEYS)}")
    for key in ("title", "subtitle", "name"):
        if key in data and not isinstance(data[key], str):
            raise fail(key, "must be text")
    if "grades" in data and not isinstance(data["grades"], bool):
        raise fail("grades", "must be true or false")
    title = str(data.get("title") or "").strip()
    if not title:
        raise fail("title", "is missing; give the briefing a title")
    length = data.get("length")
    if length is not None and length not in tuple(Length):
        raise fail("length", f"must be {' or '.join(Length)}")
    sections = data.get("sections")
    if not isinstance(sections, LineList) or not sections:
        raise fail("sections", "must be a list of topic:section items, e.g. - aktobe-2016:attack")
    parts = []
    for item, line in zip(sections, sections.item_lines, strict=True):
        try:
            if not isinstance(item, str):
                raise CompositionError(f"{item!r} is not TOPIC:SECTION text")
            parts.append(parse_part(item))
        except CompositionError as exc:
            raise fail("sections", str(exc), line) from None
    spec = CustomBriefing(
        title,
        tuple(parts),
        str(data.get("subtitle") or "").strip(),
        str(data.get("name") or "").strip(),
        Length(length) if length is not None else None,
        grades=bool(data.get("grades", False)),
        source=shown,
        lines=tuple(sections.item_lines),
    )
    try:
        return _checked_shape(spec)
    except CompositionError as exc:
        raise fail("sections" if "twice" in str(exc) else "name", str(exc)) from None


def dump_composition(spec: CustomBriefing) -> str:
    """A composition file's text for ``spec``, as ``load_composition`` reads it back (the
    format ``briefkit export --compose-file`` takes)."""

    def text(value: str) -> str:  # a JSON string is a YAML double-quoted scalar
        return json.dumps(value, ensure_ascii=False)

    lines = [
        "# A composed briefing (Briefkit): briefkit export --compose-file THIS_FILE",
        f"title: {text(spec.title)}",
    ]
    if spec.subtitle:
        lines.append(f"subtitle: {text(spec.subtitle)}")
    if spec.name:
        lines.append(f"name: {text(spec.name)}")
    if spec.grades:
        lines.append("grades: true")
    if spec.length is not None:
        lines.append(f"length: {spec.length}")
    lines.append("sections:")
    lines += [f"  - {text(str(part))}" for part in spec.parts]
    return "\n".join(lines) + "\n"


def section_ids(catalog: Catalog, topic_id: str) -> tuple[str, ...]:
    """The parts one topic offers: ``summary`` and its section ids, in the topic's order."""
    return (SUMMARY, *(s.id for s in catalog.topic(topic_id).sections))


def check_composition(
    catalog: Catalog, spec: CustomBriefing, *, taken: Iterable[str] = ()
) -> CustomBriefing:
    """Raise CompositionError unless every part exists and the name is free; returns ``spec``.

    ``taken`` holds names other briefings of the same export already use.
    """
    for n, part in enumerate(spec.parts):
        line = f":{spec.lines[n]}" if n < len(spec.lines) else ""
        where = f"{spec.source}{line}: " if spec.source else ""
        if part.topic not in catalog.topics:
            known = ", ".join(catalog.topics)
            raise CompositionError(
                f"{where}{part}: unknown topic {part.topic!r}; known topics: {known}"
            )
        valid = section_ids(catalog, part.topic)
        if part.section not in valid:
            raise CompositionError(
                f"{where}{part}: {part.topic} has no section {part.section!r}; "
                f"its sections are: {', '.join(valid)}"
            )
    where = f"{spec.source}: " if spec.source else ""
    mine = file_stems(spec.slug)
    for topic_id in catalog.topics:
        if mine & file_stems(topic_id):
            raise CompositionError(
                f"{where}name {spec.slug!r} would clash with the files of topic {topic_id}; "
                "choose another name (--name)"
            )
    for other in taken:
        if mine & file_stems(other):
            raise CompositionError(
                f"{where}two composed briefings would clash as {spec.slug!r} and {other!r}; "
                "give each its own name"
            )
    return spec


def file_stems(name: str) -> set[str]:
    """The file names (without extension) an export writes for one briefing: ``name``.docx,
    .pptx, ``name``-report.pdf, ``name``-deck.pdf, ``name``-handout.docx, ``name``-note.docx,
    ``name``-note.pdf, and the summary deck's ``name``-summary.pptx, .pdf and -handout.docx."""
    every = tuple(Format)
    return {
        Path(file).stem
        for fmt in every
        for length in Length
        for file in document_names(name, fmt, formats=every, length=length)
    }


def check_compositions(catalog: Catalog, specs: Sequence[CustomBriefing]) -> None:
    """Check every composition of one export, including that their names differ."""
    names: list[str] = []
    for spec in specs:
        check_composition(catalog, spec, taken=names)
        names.append(spec.slug)
