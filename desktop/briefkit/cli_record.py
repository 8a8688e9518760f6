"""``briefkit inspect`` and ``briefkit diff``: a document's own record, and what changed since."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefkit.cli_shared import DATA_OPTION, Exit, Failure, chosen_data, said, voice
from briefkit.messages import message

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
        click.echo(line)


def _described(found: Inspection) -> list[str]:
    from collections import Counter

    from briefkit.render.office.inspection import AS_WRITTEN

    record, made = found.record, found.record.made
    what = {"pptx": "deck", "docx": "report", "handout": "handout"}.get(made.format, made.format)
    made_from = (
        f"topic {made.topic}" if made.topic else f"composition {made.name}: {' '.join(made.parts)}"
    )
    kinds = Counter(r.kind for r in record.shown.records)
    counted = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in kinds.items())
    options = ", ".join(f"{k}={v}" for k, v in made.options.items()) or "none"
    states = found.counts()
    lines = [
        f"{found.path.name}: a {what} made by Briefkit {made.briefkit}",
        f"  from       {made_from}",
        f"  title      {made.title}",
        f"  language   {made.lang}",
        f"  issued     {made.issued}",
        f"  template   {made.template} (sha256 {made.template_sha256[:12]})",
        f"  options    {options}",
        f"  shows      {len(record.shown.records)} records ({counted or 'none'}), "
        f"{len(record.shown.disputes)} disputes",
        f"  pieces     {len(record.pieces)} written: "
        + ", ".join(f"{states[s]} {s}" for s in (AS_WRITTEN, "changed", "not found")),
    ]
    if made.format == "pptx":
        lines.insert(-1, f"  slides     {len(record.slides)}")
    for piece in record.pieces:
        state = found.state(piece)
        if state != AS_WRITTEN:
            lines.append(f"    {state:<10} {piece.id} ({piece.kind})")
    return lines


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
