"""``briefkit export --update FILE``: the options, and saying what the update did."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from briefkit.cli_shared import Exit, Failure, tell, voice

if TYPE_CHECKING:
    from briefkit.export import ExportRequest
    from briefkit.progress import CancelToken
    from briefkit.render.update.decisions import UpdateResult

F = TypeVar("F", bound=Callable[..., Any])

_GIVEN = {  # the export command's parameters an update takes from the user, if given
    "chart_mode": "chart_mode",
    "marking": "marking",
    "prepared_by": "prepared_by",
    "house_style": "house_style",
    "grades": "grades",
    "length": "length",
    "dispute_slides": "dispute_slides",
    "template_pptx": "template_pptx",
    "template_docx": "template_docx",
}


def update_options(command: F) -> F:
    """The ``--update`` and ``--comment-conflicts`` options of ``briefkit export``."""
    command = click.option(
        "--comment-conflicts",
        is_flag=True,
        help="With --update: also put each conflict as a comment on its slide (a deck) or "
        "paragraph (a report: a Word comment).",
    )(command)
    return click.option(
        "--update",
        type=click.Path(path_type=Path, dir_okay=False, exists=True),
        default=None,
        help="A deck, report or handout Briefkit made (a topic's or a composed one) and "
        "someone edited: rebuild it from today's data with the options it was made with and "
        "merge into it. What nobody touched takes today's content; edited, moved or restyled "
        "shapes and paragraphs, edited notes and table cells, added and deleted slides and "
        "paragraphs stay as they are; where both changed, the edit is kept and listed as a "
        "conflict. Written over FILE (beside it with --keep).",
    )(command)


def update_file(
    path: Path,
    topics: tuple[str, ...],
    request: ExportRequest,
    comment_conflicts: bool,
    as_json: bool,
    cancel: CancelToken,
) -> None:
    """Run the update the export command was asked for, and say what it did."""
    from briefkit.export import build_one
    from briefkit.options import OnExisting
    from briefkit.render.office.record import RecordError, read_record
    from briefkit.update_export import run_update

    try:
        made = read_record(path).made
        if topics and topics != (made.topic,):
            raise click.UsageError(
                f"{path.name} is the briefing of {made.topic or made.name}, not of "
                f"{' '.join(topics)}: name no topic, or that one"
            )
        result = run_update(
            path,
            build_one,
            given=_given(request),
            data_dir=request.data_dir,
            keep=request.on_existing is OnExisting.KEEP,
            comment_conflicts=comment_conflicts,
            cancel=cancel,
        )
    except RecordError as exc:
        raise Failure(voice().say_error(exc), Exit.NO_RECORD) from None
    if as_json:
        import json  # here: only --json needs it, and --help stays fast

        click.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return
    for line in described(result):
        click.echo(line)


def _given(request: ExportRequest) -> dict[str, Any]:
    """The options the user gave on the command line (not left at their defaults)."""
    context = click.get_current_context()
    chosen = request.options
    given = {}
    for param, field in _GIVEN.items():
        source = context.get_parameter_source(param)
        if source is not None and source is not click.core.ParameterSource.DEFAULT:
            given[field] = getattr(chosen, field)
    return given


def described(result: UpdateResult) -> list[str]:
    """What an update did, in lines for the terminal (in the command line's language)."""
    from briefkit.messages import message

    counts = result.counts
    shown = ("take new", "unchanged", "keep user", "added", "dropped", "user deleted")
    said = ", ".join(tell("update_count_" + k.replace(" ", "_"), n=counts.get(k, 0)) for k in shown)
    lines = [tell("update_done", path=result.path), "  " + tell("update_pieces", counts=said)]
    if not result.conflicts:
        lines.append("  " + tell("update_no_conflicts"))
    else:
        lines.append("  " + tell("update_conflicts", n=len(result.conflicts)))
        for c in result.conflicts:
            kind = message(c.kind_code)
            lines.append(
                "    " + tell("update_conflict_at", where=c.where, piece=c.piece, kind=kind)
            )
            lines.append("      " + tell("update_yours", text=c.yours))
            if c.data:
                lines.append("      " + tell("update_data", text=c.data))
    lines += ["  " + tell("update_note", text=n) for n in result.notes]
    return lines
