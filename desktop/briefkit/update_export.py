"""``briefkit export --update FILE``: rebuild a briefing from today's data and merge it into a
file a person edited (``render.update``), the file's own record saying how it was made.

The briefing is exported again into a scratch folder with the options the record holds (those
the caller gives win), then merged by format: a deck by ``render.update.deck.merge_deck``, a
report by ``render.update.report.merge_report``. The result is written atomically over the
file, or beside it (``name-2``) when asked to keep it. The folder's manifest is left as it
was: the updated file holds the user's edits, so a plain export still treats it as edited.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from briefkit.atomic import write_atomic_sha256
from briefkit.compose.custom import CompositionError, CustomBriefing, parse_part
from briefkit.export_errors import ExportError, OutputError
from briefkit.messages import message
from briefkit.options import ChartMode, DisputeSlides, ExportOptions, Format, Length
from briefkit.progress import CancelToken
from briefkit.render.office.record import DocumentRecord, Made, RecordError, read_record
from briefkit.render.update.decisions import UpdateResult
from briefkit.scratch import scratch_dir
from briefkit.targets import free_name
from briefkit.write_errors import write_failure

__all__ = ["UpdateError", "last_export", "recorded_options", "run_update"]

Merge = Callable[..., tuple[bytes, UpdateResult]]


class UpdateError(ExportError):
    """The file cannot be updated (a kind of document not merged yet, a template not given)."""


def _merger(fmt: str, path: Path) -> Merge:
    if fmt == "pptx":
        from briefkit.render.update.deck import merge_deck

        return merge_deck
    if fmt in ("docx", "handout"):
        from briefkit.render.update.report import merge_report

        return merge_report
    raise UpdateError(
        f"{path.name}: --update works on decks, reports and handouts, not on a {fmt} document"
    )


def recorded_options(
    record: DocumentRecord, path: Path, given: Mapping[str, Any] | None = None
) -> ExportOptions:
    """The export options ``record`` says the file was made with, ``given`` ones winning
    (ExportOptions field name -> value). UpdateError when its template is not at hand."""
    made = record.made
    chosen = dict(made.options)
    fmt = Format(made.format)
    fields: dict[str, Any] = {
        "formats": (fmt,),
        "lang": made.lang,
        "marking": chosen.get("marking", ""),
        "prepared_by": chosen.get("prepared_by", ""),
        "house_style": chosen.get("house_style") == "yes",
        "grades": chosen.get("grades") == "yes",
    }
    try:
        if fmt == Format.PPTX:
            fields["chart_mode"] = ChartMode(chosen.get("chart_mode", "picture"))
            fields["length"] = Length(chosen.get("length", "full"))
            fields["dispute_slides"] = DisputeSlides(chosen.get("dispute_slides", "auto"))
    except ValueError as exc:
        raise RecordError(message("record_unknown_option", path=path, detail=exc)) from None
    fields.update({k: v for k, v in (given or {}).items() if v is not None})
    options = ExportOptions(**fields)
    bundled = set(made.template.split(" + ")) <= {"", "bundled"}  # a handout: "bundled + bundled"
    if not bundled and options.template(fmt) is None:
        flag = "--template-pptx" if fmt == Format.PPTX else "--template-docx"
        raise UpdateError(
            f"{path.name} was made with the template {made.template}: give it with {flag}"
        )
    return options


Build = Callable[
    ["str | CustomBriefing", ExportOptions, Path, "Path | None", "CancelToken | None"], Path
]
"""Export a topic's briefing (by its id) or a composed one with the options into a folder, from
the data in a folder (None: bundled); the file written (``export.build_one``)."""


def _composition(made: Made, path: Path) -> CustomBriefing:
    """The composed briefing ``made`` records, to build again; UpdateError when the record is
    older than what that needs (its subtitle, length and grades were not recorded)."""
    if made.composition is None or not made.parts:
        raise UpdateError(message("update_old_composition", file=path.name))
    chosen = made.composition
    try:
        length = Length(chosen["length"]) if chosen.get("length") else None
        parts = tuple(parse_part(p) for p in made.parts)
    except (ValueError, CompositionError) as exc:
        raise RecordError(f"{path}: its record's composition cannot be read ({exc})") from None
    return CustomBriefing(
        made.title,
        parts,
        subtitle=chosen.get("subtitle", ""),
        name=made.name,
        length=length,
        grades=chosen.get("grades") == "yes",
    )


def run_update(
    path: Path,
    build: Build,
    *,
    given: Mapping[str, Any] | None = None,
    data_dir: Path | None = None,
    keep: bool = False,
    comment_conflicts: bool = False,
    cancel: CancelToken | None = None,
) -> UpdateResult:
    """Update the edited file at ``path`` from the data in ``data_dir`` (None: bundled);
    ``keep``: write the result beside it; ``build`` makes today's file. RecordError (no
    record), UpdateError, and what ``build`` raises."""
    record = read_record(path)
    made = record.made
    merge = _merger(made.format, path)
    briefing = made.topic or _composition(made, path)
    options = recorded_options(record, path, given)
    with scratch_dir("update") as tmp:
        fresh = build(briefing, options, Path(tmp), data_dir, cancel)
        data, result = merge(path, fresh, comment_conflicts=comment_conflicts)
    target = free_name(path, set()) if keep else path
    try:
        write_atomic_sha256(target, lambda stream: stream.write(data))
    except OSError as exc:
        raise OutputError(write_failure(target, exc)) from exc
    return dataclasses.replace(result, path=target)


def last_export(folder: Path, topic: str, lang: str) -> Path | None:
    """The report or deck of ``topic`` in ``lang`` Briefkit wrote last in ``folder`` (by the
    folder's manifest) that still carries its record; None when there is none."""
    from briefkit.manifest import read_manifest

    entries = read_manifest(folder)
    kinds = (Format.PPTX.value, Format.DOCX.value)
    made = [
        (entry.written, name)
        for name, entry in entries.items()
        if entry.topic == topic and entry.format in kinds and entry.lang in ("", lang)
    ]
    for _, name in sorted(made, reverse=True):
        path = folder / name
        try:
            if path.is_file() and read_record(path).made.lang == lang:
                return path
        except RecordError:
            continue
    return None
