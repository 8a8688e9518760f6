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
from briefkit.messages import Message, message
from briefkit.options import Format, Length, document_names

SUMMARY = "summary"
"""The pseudo-section id for a topic's executive summary (``aktobe-2016:summary``)."""

NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
FILE_KEYS = ("title", "subtitle", "name", "length", "grades", "sections")


class CompositionError(ValueError):
    """A custom briefing cannot be built; the message names the bad part and the fix."""


def _at(problem: Problem) -> CompositionError:
    """The error of a composition file's problem (``file:line: field: message``), its message
    said in the user's language."""
    where = f"{problem.file}:{problem.line}" if problem.line else problem.file
    said = {"where": where, "text": problem.message}
    code = "at_field" if problem.field else "at_place"
    return CompositionError(Message(str(problem), code, {**said, "field": problem.field}))


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
        raise CompositionError(message("compose_not_part", text=repr(text)))
    return Part(topic.strip(), section.strip())


def composition_from_args(
    parts: Sequence[str], title: str, *, subtitle: str = "", name: str = ""
) -> CustomBriefing:
    """A custom briefing from command-line words (not yet checked against the catalog)."""
    if not parts:
        raise CompositionError(message("compose_no_sections"))
    if not title.strip():
        raise CompositionError(message("compose_no_title"))
    return _checked_shape(
        CustomBriefing(title.strip(), tuple(parse_part(p) for p in parts), subtitle.strip(), name)
    )


def _checked_shape(spec: CustomBriefing) -> CustomBriefing:
    if spec.name and not NAME.match(spec.name):
        raise CompositionError(message("compose_bad_name", name=repr(spec.name)))
    seen: set[Part] = set()
    for part in spec.parts:
        if part in seen:
            raise CompositionError(message("compose_twice", part=part))
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
        raise _at(problems[0])
    data, problems = load_yaml(text, shown)
    if problems:
        raise _at(problems[0])
    if not isinstance(data, LineDict):
        raise _at(Problem(shown, 1, "", message("compose_not_mapping")))

    def fail(key: str, said: str, line: int | None = None) -> CompositionError:
        where = line if line is not None else data.key_lines.get(key, data.line)
        return _at(Problem(shown, where, key, said))

    unknown = [k for k in data if k not in FILE_KEYS]
    if unknown:
        raise fail(str(unknown[0]), message("compose_unknown_key", keys=", ".join(FILE_KEYS)))
    for key in ("title", "subtitle", "name"):
        if key in data and not isinstance(data[key], str):
            raise fail(key, message("compose_must_be_text"))
    if "grades" in data and not isinstance(data["grades"], bool):
        raise fail("grades", message("compose_must_be_bool"))
    title = str(data.get("title") or "").strip()
    if not title:
        raise fail("title", message("compose_title_missing"))
    length = data.get("length")
    if length is not None and length not in tuple(Length):
        raise fail("length", message("compose_length", choices=" or ".join(Length)))
    sections = data.get("sections")
    if not isinstance(sections, LineList) or not sections:
        raise fail("sections", message("compose_sections_list"))
    parts = []
    for item, line in zip(sections, sections.item_lines, strict=True):
        try:
            if not isinstance(item, str):
                raise CompositionError(message("compose_item_not_text", item=repr(item)))
            parts.append(parse_part(item))
        except CompositionError as exc:
            raise fail("sections", exc.args[0], line) from None
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
        said = exc.args[0]
        twice = getattr(said, "code", "") == "compose_twice"
        raise fail("sections" if twice else "name", said) from None


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
            said = {"where": where, "part": part, "topic": repr(part.topic), "known": known}
            raise CompositionError(message("compose_unknown_topic", **said))
        valid = section_ids(catalog, part.topic)
        if part.section not in valid:
            said = {"where": where, "part": part, "topic": part.topic}
            section, listed = repr(part.section), ", ".join(valid)
            raise CompositionError(
                message("compose_no_section", **said, section=section, valid=listed)
            )
    where = f"{spec.source}: " if spec.source else ""
    mine = file_stems(spec.slug)
    for topic_id in catalog.topics:
        if mine & file_stems(topic_id):
            said = {"where": where, "name": repr(spec.slug), "topic": topic_id}
            raise CompositionError(message("compose_clash_topic", **said))
    for other in taken:
        if mine & file_stems(other):
            said = {"where": where, "name": repr(spec.slug), "other": repr(other)}
            raise CompositionError(message("compose_clash_other", **said))
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
