"""Where an export's files go: their names, and which files already there it may replace.

Every target is checked against the folder's manifest (``briefkit.manifest``) before anything
is written: a file Briefkit wrote, nobody changed, and that was made from the same language,
template and composition is replaced; any other stops the job with ``ProtectedFiles`` unless
the request says to replace it (``OnExisting.REPLACE``) or to write beside it (``KEEP``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.export_errors import ProtectedFiles, RequestError
from briefkit.manifest import Origin, made_differently, protected_files
from briefkit.messages import message
from briefkit.options import ExportOptions, Format, Length, OnExisting, document_names
from briefkit.resources import bundled

if TYPE_CHECKING:
    from briefkit.compose.custom import CustomBriefing


class FileOutcome(StrEnum):
    """What happened at one planned file name (``export --json`` reports it as ``status``)."""

    WRITTEN = "written"
    """No file stood there: a new one was written."""
    REPLACED = "replaced"
    """A file stood there and was replaced by the new one."""
    KEPT_BOTH = "kept_both"
    """The file there was kept and the new one written beside it (``name-2.ext``)."""
    REUSED = "reused"
    """The file there was kept and an identical copy written beside it before stands for
    the new one: nothing new was written."""
    UPDATED = "updated"
    """An edited deck, report or handout stood there: today's content was merged into it,
    the edits kept."""


def file_outcome(target: Path, planned_name: str, existed: bool, reused: bool) -> FileOutcome:
    """The outcome of writing ``target`` for the name ``planned_name`` (``existed``: a file
    stood at ``target`` before)."""
    if reused:
        return FileOutcome.REUSED
    if target.name != planned_name:
        return FileOutcome.KEPT_BOTH
    return FileOutcome.REPLACED if existed else FileOutcome.WRITTEN


def free_name(path: Path, taken: set[Path]) -> Path:
    """``name-2.ext``, ``name-3.ext``, ...: the first that neither exists nor is ``taken``."""
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if candidate not in taken and not candidate.exists():
            return candidate
        n += 1


def plan_targets(
    topic_ids: Sequence[str],
    formats: Sequence[Format],
    out_dir: Path,
    on_existing: OnExisting,
    lang: str = "en",
    origins: Mapping[str, Origin] | None = None,
    lengths: Mapping[str, Length] | None = None,
) -> dict[str, Path]:
    """Where each planned file name is written; raises ProtectedFiles when the job must not run,
    and RequestError when two topics would write one file (``x-handout`` and x's handout).

    Checks every target at once, before anything is written, so a refusal leaves the folder
    as it was and names every protected file: edited or foreign ones, and Briefkit's own made
    from another language, template or composition than ``origins`` (by file name) gives.
    ``lengths`` gives a topic's or composition's deck length (default: full).
    """
    owners: dict[str, str] = {}
    for topic_id in topic_ids:
        length = (lengths or {}).get(topic_id, Length.FULL)
        names = (n for f in formats for n in document_names(topic_id, f, lang, formats, length))
        for name in names:
            if owners.setdefault(name, topic_id) != topic_id:
                raise RequestError(
                    message("same_file_name", first=owners[name], second=topic_id, name=name)
                )
    planned = [out_dir / n for n in owners]
    targets = {p.name: p for p in planned}
    protected, damaged = protected_files(planned)
    wanted = {out_dir / name: origin for name, origin in (origins or {}).items()}
    made = made_differently([p for p in planned if p not in protected], wanted)
    protected += [p for p in planned if p in made]
    if on_existing == OnExisting.UPDATE:  # updated in place, after the export: not written
        if not all(updatable(p) for p in protected):
            raise ProtectedFiles(protected, damaged, made)
        for path in protected:
            del targets[path.name]
    if protected and on_existing == OnExisting.REFUSE:
        raise ProtectedFiles(protected, damaged, made)
    if on_existing == OnExisting.KEEP:
        taken = set(planned)
        for path in protected:
            targets[path.name] = free_name(path, taken)
            taken.add(targets[path.name])
    return targets


def updatable(path: Path) -> bool:
    """Whether ``path`` is a deck, report or handout with a Briefkit record of a topic's
    briefing, or of a composed one recording all it needs, which an update can merge today's
    content into."""
    from briefkit.render.office.record import RecordError, read_record

    if path.suffix.lower() not in (".pptx", ".docx") or not path.is_file():
        return False
    try:
        made = read_record(path).made
    except RecordError:
        return False
    kinds = ("pptx",) if path.suffix.lower() == ".pptx" else ("docx", "handout")
    composed = bool(made.parts) and made.composition is not None
    return made.format in kinds and (bool(made.topic) or composed)


def made_from(
    options: ExportOptions,
    names: Sequence[str],
    compositions: Sequence[CustomBriefing] = (),
    lengths: Mapping[str, Length] | None = None,
) -> dict[str, Origin]:
    """What each file of the topics or ``compositions`` ``names`` is made from besides its
    topic, by file name: the language, the template (a file's name, or "bundled"), a
    composition's sections and whether the citations show source grades (the option's, or a
    composition's own). ``lengths``: each one's deck length (default: ``options``')."""

    def template(path: Path | None, bundled_name: str) -> str:
        if path is None or path.resolve() == (bundled("templates") / bundled_name).resolve():
            return "bundled"
        return path.name

    report = template(options.template_docx, "report.docx")
    deck = template(options.template_pptx, "deck.pptx")
    used = {
        Format.DOCX: report,
        Format.PPTX: deck,
        Format.HANDOUT: f"{report} + {deck}",
        Format.NOTE: report,
    }
    sections = {spec.slug: " ".join(map(str, spec.parts)) for spec in compositions}
    graded = {spec.slug for spec in compositions if spec.grades}
    origins = {}
    for name in names:
        for fmt in options.formats:
            length = (lengths or {}).get(name, options.length)
            for file in document_names(name, fmt, options.lang, options.formats, length):
                look = (
                    (deck if file.endswith("-deck.pdf") else report)
                    if fmt == Format.PDF
                    else used[fmt]
                )
                grades = "on" if options.grades or name in graded else "off"
                origins[file] = Origin(options.lang, look, sections.get(name, ""), grades)
    return origins
