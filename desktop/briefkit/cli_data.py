"""``briefkit data import``: events from CSV or XLSX files into the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefkit.cli_shared import DATA_OPTION, Exit, Failure, said, speak, tell, voice

if TYPE_CHECKING:
    from briefkit.catalog.importing import ImportPlan, ImportTarget, RowResult


@click.group()
def data() -> None:
    """Change the data folder: import events."""


def _accepted(values: tuple[str, ...]) -> set[tuple[str, int]]:
    """``--accept-duplicates`` values (``ROW`` or ``FILE:ROW``, comma-separated) as
    (file name or "", row)."""
    out: set[tuple[str, int]] = set()
    for value in values:
        for part in filter(None, (p.strip() for p in value.split(","))):
            name, _, row = part.rpartition(":")
            if not row.isdigit():
                raise click.BadParameter(
                    f'"{part}" is not a row; give ROW or FILE:ROW (e.g. 3 or acled.csv:3)',
                    param_hint="--accept-duplicates",
                )
            out.add((Path(name).name, int(row)))
    return out


def _rows_accepted(files: tuple[Path, ...], given: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """The (file name, row) pairs meant: a bare ROW stands for that row of every file."""
    names = [f.name for f in files]
    return {(n, row) for name, row in given for n in ([name] if name else names)}


def _line(result: RowResult) -> list[str]:
    """How the report prints one row."""
    from briefkit.catalog.importing import Outcome

    where = f"{result.file}:{result.row}"
    match result.outcome:
        case Outcome.REFUSED:
            return [
                tell("import_row_refused", problem=problem.told(said))
                for problem in result.problems
            ]
        case Outcome.DUPLICATE:
            same, name = ", ".join(result.matches), Path(result.file).name
            return [tell("import_row_duplicate", where=where, same=same, file=name, row=result.row)]
        case Outcome.UPDATED:
            changed = ", ".join(result.changed)
            return [tell("import_row_updated", where=where, id=result.record_id, changed=changed)]
        case _:
            return [tell(f"import_row_{result.outcome.value}", where=where, id=result.record_id)]


def _as_json(plan: ImportPlan, target: ImportTarget, written: list[str], dry_run: bool) -> str:
    from briefkit.catalog.importing import Outcome

    rows = []
    for r in plan.results:
        row: dict[str, object] = {"file": r.file, "row": r.row, "outcome": r.outcome.value}
        if r.record_id:
            row["id"] = r.record_id
        if r.matches:
            row["matches"] = list(r.matches)
        if r.changed:
            row["changed"] = list(r.changed)
        if r.problems:
            row["problems"] = [
                {"field": p.field, "message": p.message, "text": str(p)} for p in r.problems
            ]
        rows.append(row)
    report = {
        "data": str(target.write_to),
        "made_copy": target.make_copy and bool(written),
        "dry_run": dry_run,
        "formats": {name: kind.value for name, kind in plan.formats.items()},
        "rows": rows,
        "counts": {o.value: plan.count(o) for o in Outcome},
        "new_sources": [
            {"id": s.id, "short": s.short, "publication": s.publication}
            for s in plan.new_sources.values()
        ],
        "problems": [str(p) for p in plan.problems],
        "written": written,
        "translations_to_complete": _untranslated(plan, target.write_to) if written else [],
    }
    import json  # here: only --json needs it, and --help stays fast

    return json.dumps(report, ensure_ascii=False, indent=2)


@data.command("import")
@click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
)
@DATA_OPTION
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option(
    "--accept-duplicates",
    "accept",
    multiple=True,
    metavar="ROW,...",
    help="Add these rows although they look like events already in the data (ROW, or "
    "FILE:ROW when importing several files; comma-separated or repeated).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON document.")
def import_events(
    files: tuple[Path, ...],
    data_dir: Path | None,
    dry_run: bool,
    accept: tuple[str, ...],
    as_json: bool,
) -> None:
    """Import events from CSV or XLSX FILES: Briefkit's own incident columns, an ACLED export
    or a GTD extract (told by the header; data/import-mapping.yaml maps their values).

    Each row is reported as added, updated, unchanged, a possible duplicate (an event on the
    same date, within its precision, at the same place: listed, not added, unless accepted
    with --accept-duplicates) or refused (file:row: column: what is wrong). The data files
    change together or not at all, keeping their formatting, and only when the result passes
    'briefkit check'. Without --data (or BRIEFKIT_DATA) the first import makes your own copy
    of the bundled data, which is never changed, and later commands use that copy.

    Exit status: 0 done; 8 some rows were refused (the others were imported); 3 nothing was
    written because a file or the data folder has problems or the result fails 'check'.
    """
    from briefkit.catalog.importing import Outcome, apply_import, import_target, plan_import
    from briefkit.catalog.importing.apply import ImportRefusedError, holding

    speak(None, data_dir)
    try:
        target = import_target(data_dir)
    except ImportRefusedError as exc:
        raise Failure(voice().say_error(exc), Exit.USAGE) from None
    speak(None, target.folder.path)
    accepted = _rows_accepted(files, _accepted(accept))
    written: list[str] = []
    try:
        with holding(target, writing=not dry_run):  # no other change between read and write
            plan = plan_import(files, target.folder.path, accepted)
            if not dry_run and not plan.problems:
                written = apply_import(plan, target)
    except (ImportRefusedError, OSError) as exc:
        error = voice().say_error(exc)
        raise Failure(tell("import_nothing_written", error=error), Exit.OUTPUT) from None
    if as_json:
        click.echo(_as_json(plan, target, written, dry_run))
    else:
        _print_report(plan, target, written, dry_run)
    if plan.problems:
        raise Failure(tell("import_problems", n=len(plan.problems)), Exit.DATA) from None
    if refused := plan.count(Outcome.REFUSED):
        code = "import_rows_refused" if dry_run else "import_rows_refused_others_imported"
        raise Failure(tell(code, n=refused), Exit.REFUSED)


def _print_report(
    plan: ImportPlan, target: ImportTarget, written: list[str], dry_run: bool
) -> None:
    from briefkit.catalog.importing import Outcome
    from briefkit.catalog.load import shown_path

    for name, kind in plan.formats.items():
        click.echo(tell("import_format", name=name, kind=tell(f"import_kind_{kind.value}")))
    for result in plan.results:
        for line in _line(result):
            click.echo(line)
    for problem in plan.problems:
        click.echo(problem.told(said), err=True)
    for s in plan.new_sources.values():
        click.echo(tell("import_new_source", id=s.id, publication=s.publication))
    counts = ", ".join(tell(f"import_count_{o.name.lower()}", n=plan.count(o)) for o in Outcome)
    click.echo(tell("import_rows", counts=counts))
    folder = shown_path(target.write_to)
    if dry_run:
        click.echo(
            tell("import_dry_run_copy" if target.make_copy else "import_dry_run", folder=folder)
        )
    elif written:
        click.echo(tell("import_wrote", files=", ".join(written), folder=folder))
        if target.make_copy:
            click.echo(tell("import_made_copy", folder=folder))
        _translation_note(plan, target.write_to)
    elif not plan.problems:
        click.echo(tell("import_nothing_to_change"))


def _untranslated(plan: ImportPlan, folder: Path) -> list[str]:
    """The languages whose translations now lack the text of added or updated records."""
    from briefkit.catalog.importing import Outcome
    from briefkit.catalog.languages import BASE_LANGUAGE, available_languages

    if not plan.count(Outcome.ADDED) + plan.count(Outcome.UPDATED):
        return []
    return [lang for lang in available_languages(folder) if lang != BASE_LANGUAGE]


def _translation_note(plan: ImportPlan, folder: Path) -> None:
    """Say which languages now lack the text of the new records."""
    for lang in _untranslated(plan, folder):
        click.echo(tell("import_translations_to_complete", lang=lang))
