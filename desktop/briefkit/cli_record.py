"""``briefkit inspect`` and ``briefkit diff``: a document's own record, and what changed since."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefkit.cli_shared import DATA_OPTION, Exit, Failure, chosen_data, said, voice
from briefkit.messages import Joined, Message, Pad, message

if TYPE_CHECKING:
    from briefkit.render.office.inspection import Inspection

FILE = click.Path(path_type=Path, dir_okay=False, exists=True)


@click.command()
@click.argument("path", metavar="FILE", type=FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the whole record as JSON.")
def inspect(path: Path, as_json: bool) -> None:
    """Print what a report, deck or handout was made from, and which of its pieces were
    edited since Briefkit wrote them."""
    from briefkit.render.office.inspection import inspect_document
    from briefkit.render.office.record import RecordError

    try:
        found = inspect_document(path)
    except RecordError as exc:
        raise Failure(voice().say_error(exc), Exit.NO_RECORD) from None
    if as_json:
        import json  # here: only --json needs it, and --help stays fast

        click.echo(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
        return
    for line in _described(found):
        click.echo(said(line))


def _described(found: Inspection) -> list[Message]:
    """The lines ``inspect`` prints, as messages said in the user's language."""
    from collections import Counter

    from briefkit.render.office.inspection import AS_WRITTEN, CHANGED, NOT_FOUND

    record, made = found.record, found.record.made
    name, version = found.path.name, made.briefkit
    what = _MADE.get(made.format)
    if what is None:
        head = message("inspect_made_other", name=name, what=made.format, version=version)
    else:
        head = message(what, name=name, version=version)
    made_from = (
        message("inspect_from_topic", topic=made.topic)
        if made.topic
        else message("inspect_from_composition", name=made.name, parts=" ".join(made.parts))
    )
    kinds = Counter(r.kind for r in record.shown.records)
    counted = Joined(", ", [_counted(kind, n) for kind, n in kinds.items()])
    options = ", ".join(f"{k}={v}" for k, v in made.options.items())
    states = found.counts()
    labels = {code: message(code) for code in _LABELS}
    rows: list[tuple[str, object]] = [
        ("inspect_from", made_from),
        ("inspect_title", made.title),
        ("inspect_language", made.lang),
        ("inspect_issued", made.issued),
        ("inspect_template", Joined(" ", [_template(made.template),
                                          f"(sha256 {made.template_sha256[:12]})"])),
        ("inspect_options", options or message("inspect_none")),
        ("inspect_shows", message("inspect_shows_value", n=len(record.shown.records),
                                  counted=counted or message("inspect_none"),
                                  disputes=len(record.shown.disputes))),
        ("inspect_pieces", message("inspect_pieces_value", n=len(record.pieces),
                                   as_written=states[AS_WRITTEN], changed=states[CHANGED],
                                   missing=states[NOT_FOUND])),
    ]  # fmt: skip
    if made.format == "pptx":
        rows.insert(-1, ("inspect_slides", len(record.slides)))
    column = list(labels.values())
    lines = [head] + [
        message("inspect_row", label=labels[code], pad=Pad(labels[code], column), value=value)
        for code, value in rows
    ]
    said_states = {s: message(code) for s, code in _STATES.items()}
    for piece in record.pieces:
        state = found.state(piece)
        if state != AS_WRITTEN:
            own = said_states[state]
            pad = Pad(own, said_states.values())
            lines.append(message("inspect_piece", state=own, pad=pad, id=piece.id, kind=piece.kind))
    return lines


_MADE = {
    "pptx": "inspect_made_deck",
    "docx": "inspect_made_report",
    "handout": "inspect_made_handout",
}
_LABELS = (
    "inspect_from", "inspect_title", "inspect_language", "inspect_issued", "inspect_template",
    "inspect_options", "inspect_shows", "inspect_slides", "inspect_pieces",
)  # fmt: skip
_STATES = {
    "as written": "inspect_as_written",
    "changed": "inspect_changed",
    "not found": "inspect_not_found",
}


def _template(name: str) -> Joined:
    """The template's name (a handout's: ``report + deck``), the bundled one's said in the
    user's language."""
    parts = name.split(" + ")
    return Joined(" + ", [message("made_from_bundled") if p == "bundled" else p for p in parts])


def _counted(kind: str, n: int) -> Message:
    """``3 incidents``: how many records of one kind a document shows."""
    if kind in ("incident", "measure", "indicator"):
        return message(f"inspect_{kind}s", n=n)
    return message("inspect_kind_other", n=n, kind=kind, s="s" if n != 1 else "")


@click.command()
@click.argument("path", metavar="OLD", type=FILE)
@DATA_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@click.option(
    "--lang",
    default=None,
    help="Say the changes in this language (default: the document's own).",
)
def diff(path: Path, data_dir: Path | None, as_json: bool, lang: str | None) -> None:
    """List what changed in the data since OLD (a report or deck Briefkit wrote) was made, for
    what OLD shows: new records, changed values, records removed, disputes opened or settled."""
    from briefkit.catalog import CatalogError
    from briefkit.document_changes import as_json as changes_json
    from briefkit.document_changes import changes_since, describe
    from briefkit.render.office.record import RecordError

    try:
        result = changes_since(path, chosen_data(data_dir), lang)
    except RecordError as exc:
        raise Failure(voice().say_error(exc), Exit.NO_RECORD) from None
    except CatalogError as exc:
        for problem in exc.problems:
            click.echo(problem.told(said), err=True)
        raise Failure(
            said(message("data_problems_count", n=len(exc.problems))), Exit.DATA
        ) from None
    if as_json:
        import json  # here: only --json needs it, and --help stays fast

        click.echo(json.dumps(changes_json(result), ensure_ascii=False, indent=2))
        return
    for line in describe(result):
        click.echo(line)
