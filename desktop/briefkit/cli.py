"""The command line: ``briefkit topics | check | export | inspect | diff | data import | gui``.

``main(argv)`` returns an exit status (see ``Exit``); streams are click's, so tests run the real
command in-process with ``click.testing.CliRunner``. Heavy modules are imported inside commands.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import sys
import threading
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefkit import __version__
from briefkit.cli_data import data as data_commands
from briefkit.cli_record import diff as diff_command
from briefkit.cli_record import inspect as inspect_command
from briefkit.cli_shared import (
    DATA_OPTION,
    chosen_data,
    said,
    show_usage_error,
    speak,
    speak_as_named,
    step_said,
    tell,
    voice,
)
from briefkit.cli_shared import Exit as Exit
from briefkit.cli_shared import Failure as Failure
from briefkit.cli_update import update_file, update_options
from briefkit.click_words import SaidOption
from briefkit.messages import message
from briefkit.options import (
    DEFAULT_FORMATS,
    ChartMode,
    DisputeSlides,
    ExportOptions,
    Format,
    Length,
    OnExisting,
)

if TYPE_CHECKING:  # the modules behind these load in the commands, so that --help is fast
    from briefkit.compose.custom import CustomBriefing
    from briefkit.progress import CancelToken


def _choice(values: type[StrEnum]) -> click.Choice[str]:
    """A choice of the values of one of ``briefkit.options``' types (click would offer its
    member names)."""
    return click.Choice([member.value for member in values])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefkit", cls=SaidOption)
def cli() -> None:
    """Build cited briefings (Word reports and PowerPoint decks) from the Briefkit dataset.

    Messages are in English, or in the language BRIEFKIT_LANG names (e.g. ru).
    """
    speak(None)


def _catalog_or_fail(data_dir: Path | None):  # type: ignore[no-untyped-def]
    from briefkit.catalog import CatalogError, load_catalog

    try:
        return load_catalog(chosen_data(data_dir))
    except CatalogError as exc:
        for problem in exc.problems:
            click.echo(problem.told(said), err=True)
        raise Failure(tell("data_problems_see_check", n=len(exc.problems)), Exit.DATA) from None


@cli.command()
@DATA_OPTION
def topics(data_dir: Path | None) -> None:
    """List the topics with their titles and periods."""
    speak(None, chosen_data(data_dir))
    catalog = _catalog_or_fail(data_dir)
    width = max(len(t) for t in catalog.topics)
    for topic in catalog.topics.values():
        period = tell("topic_period", start=topic.period.start, end=topic.period.end)
        click.echo(f"{topic.id:<{width}}  {period}  {topic.title}")


@cli.command()
@DATA_OPTION
@click.option("--template-docx", type=click.Path(path_type=Path), help="Word template to check.")
@click.option(
    "--template-pptx", type=click.Path(path_type=Path), help="PowerPoint template to check."
)
@click.option(
    "--lang",
    "langs",
    multiple=True,
    help="Check the translations into this language (repeatable); a string not yet "
    "translated fails the check. Default: every language in data/translations/, where a "
    "string not yet translated (a new or imported record's text) is only a warning.",
)
@click.option(
    "--template",
    "template_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help=(
        "A Word (.docx/.dotx) or PowerPoint (.pptx/.potx) template to check, the kind told by "
        "its extension; prints a verdict (Good, Usable with changes, Not usable), the layout "
        "and room of each kind of slide, the slide count of a bundled topic against the "
        "bundled template's, and every fallback. Repeatable."
    ),
)
@click.option(
    "--accessibility",
    is_flag=True,
    help="Check the Word and PowerPoint FILEs for accessibility instead: each problem with "
    "its place, rule and fix (exit status 10).",
)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path), metavar="[FILE]...")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the findings as one JSON document instead."
)
def check(
    data_dir: Path | None,
    template_docx: Path | None,
    template_pptx: Path | None,
    langs: tuple[str, ...],
    template_files: tuple[Path, ...],
    accessibility: bool,
    files: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Validate the data folder, its translations and the templates; report every problem.

    With --accessibility, check the documents FILE... instead."""
    import json

    if accessibility != bool(files):
        raise click.UsageError(message("accessibility_needs_files"))
    if accessibility:
        from briefkit.cli_accessibility import check_accessibility

        speak(langs[0] if len(langs) == 1 else None)  # --lang: the language it speaks
        check_accessibility(files, as_json)
        return

    from briefkit.catalog.load import check_catalog, counts, shown_path
    from briefkit.cli_translations import check_translations
    from briefkit.render.template_mapping import template_format
    from briefkit.resources import bundled
    from briefkit.template_check import check_template

    for file in template_files:
        kind = template_format(file)
        if kind is None:
            raise Failure(tell("template_kind_unknown", file=file), Exit.USAGE)
        if kind == Format.DOCX:
            template_docx = file
        else:
            template_pptx = file

    lines: list[str] = []  # printed at once, or left out for --json
    notes: list[str] = []  # the briefing notes that would run past two pages
    root = chosen_data(data_dir) or bundled("data")
    speak(None, root, named=False)  # its --lang names the translations to check
    catalog, problems = check_catalog(root)
    if catalog is not None:
        from briefkit.catalog.importing.mapping import mapping_problems

        problems = mapping_problems(catalog.root, catalog.vocabulary)
    lines += [problem.told(said) for problem in problems]
    if catalog is not None:
        lines += [tell("warning", text=warning) for warning in catalog.warnings]
        summary = ", ".join(tell(f"count_{kind}", n=n) for kind, n in counts(catalog).items())
        if not problems:
            lines.append(tell("no_problems", folder=shown_path(root), summary=summary))
        translation_problems = check_translations(catalog, langs, lines)
        if not problems:
            from briefkit.note_check import note_warnings

            template = template_docx or bundled("templates") / "report.docx"
            notes = note_warnings(catalog, template, langs)
            lines += [said(note) for note in notes]
    else:
        translation_problems = []
    failures = len(problems) + len(translation_problems)
    templates = [
        (Format.DOCX, template_docx, bundled("templates") / "report.docx"),
        (Format.PPTX, template_pptx, bundled("templates") / "deck.pptx"),
    ]
    verdicts = []
    for fmt, given, default in templates:
        path = given or default
        # the slide count of a bundled topic is worth rendering for a template given
        verdict = check_template(path, catalog, fmt, count_slides=given is not None)
        verdicts.append(verdict)
        lines += [said(line) for line in verdict.lines(shown_path(path))]
        failures += not verdict.usable
    if as_json:
        report = {
            "data": {
                "folder": str(root),
                "problems": [str(p) for p in problems],
                "warnings": [str(w) for w in catalog.warnings] if catalog is not None else [],
            },
            "translations": [str(p) for p in translation_problems],
            "notes": [line.removeprefix("warning: ") for line in notes],
            "templates": [verdict.as_json() for verdict in verdicts],
        }
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            click.echo(line)
    if failures:
        broken = problems or translation_problems
        raise Failure(tell("problems_found", n=failures), Exit.DATA if broken else Exit.TEMPLATE)


@cli.command()
@click.argument("topic_ids", nargs=-1, metavar="[TOPIC]...")
@click.option("--all", "all_topics", is_flag=True, help="Export every topic.")
@click.option(
    "--compose",
    "compose",
    is_flag=True,
    help="Compose one briefing from the arguments, read as TOPIC:SECTION parts in order "
    "(e.g. aktobe-2016:attack legal-reforms:laws; TOPIC:summary is the topic's summary); "
    "needs --title.",
)
@click.option("--title", default=None, help="Title of the composed briefing (with --compose).")
@click.option("--subtitle", default=None, help="Subtitle of the composed briefing (optional).")
@click.option(
    "--name",
    default=None,
    help="File name of the composed briefing without extension (default: made from --title).",
)
@click.option(
    "--compose-file",
    "compose_files",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A YAML file describing a composed briefing (title, sections, ...); repeatable.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=_choice(Format),
    help=(
        "docx (Word report), pptx (PowerPoint deck), note (<topic>-note.docx: a briefing "
        "note of at most two pages), pdf (needs LibreOffice: <topic>-report.pdf and "
        "<topic>-deck.pdf; with note, <topic>-note.pdf, and the other two only when docx, "
        "pptx or handout is chosen too) or handout (<topic>-handout.docx: the slides' "
        "titles and speaker notes); repeat for several (default: docx and pptx)."
    ),
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("briefings"),
    show_default=True,
    help="Folder to write <topic>.docx / <topic>.pptx into (created if missing).",
)
@click.option("--template-docx", type=click.Path(path_type=Path), help="Word template to use.")
@click.option(
    "--template-pptx", type=click.Path(path_type=Path), help="PowerPoint template to use."
)
@click.option("--marking", default="", help='Handling marking, e.g. "FOR OFFICIAL USE ONLY".')
@click.option("--prepared-by", default="", help="Name shown as 'Prepared by' on the cover.")
@click.option(
    "--force",
    is_flag=True,
    help="Replace existing files even if they were edited or not written by Briefkit.",
)
@click.option(
    "--keep",
    is_flag=True,
    help="Keep edited or foreign files and write the new ones beside them as <name>-2.<ext>.",
)
@click.option(
    "--chart-mode",
    "--charts",
    "chart_mode",
    type=_choice(ChartMode),
    default=ChartMode.PICTURE.value,
    show_default=True,
    help="Deck charts as pictures, or native: editable PowerPoint charts with their data "
    "(the map and the measures timeline stay pictures).",
)
@click.option(
    "--length",
    type=_choice(Length),
    default=Length.FULL.value,
    show_default=True,
    help="The deck in full, or summary: at most twelve slides (title, key figures, the lead "
    "charts, one timeline, the disputes in one table, sources) as <topic>-summary.pptx "
    "(-summary.pdf, -summary-handout.docx); a composition file's 'length' wins for it.",
)
@click.option(
    "--disputes",
    "dispute_slides",
    type=_choice(DisputeSlides),
    default=DisputeSlides.AUTO.value,
    show_default=True,
    help="Where the full deck shows the 'Sources disagree' slides: appendix (one overview "
    "table in place, the slides in an appendix section at the end), inline, or auto "
    "(appendix when the deck would run past 30 slides).",
)
@click.option(
    "--house-style",
    is_flag=True,
    help="Keep Briefkit's own chart palette whatever the template (by default the charts of "
    "a template of your own take its theme's colours and font).",
)
@click.option(
    "--grades",
    is_flag=True,
    help="Show source grades: each citation with the source's reliability (A-F) and the "
    "information's credibility (1-6), as [3, B2]; each source's grade in the Sources list.",
)
@click.option(
    "--lang",
    default="en",
    show_default=True,
    help="Language of the briefings: en, or any language with translations in the data "
    "(data/translations/<lang>/, e.g. ru).",
)
@click.option(
    "--changes-since",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="An earlier report or deck of the topic: the briefing says what changed since it.",
)
@click.option(
    "--pdfa",
    is_flag=True,
    help="With --format pdf: write PDF/A-2b files, for archiving (every PDF is tagged).",
)
@update_options
@DATA_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary of the files written.")
def export(
    topic_ids: tuple[str, ...],
    all_topics: bool,
    compose: bool,
    title: str | None,
    subtitle: str | None,
    name: str | None,
    compose_files: tuple[Path, ...],
    formats: tuple[str, ...],
    out_dir: Path,
    template_docx: Path | None,
    template_pptx: Path | None,
    marking: str,
    prepared_by: str,
    force: bool,
    keep: bool,
    chart_mode: str,
    length: str,
    dispute_slides: str,
    house_style: bool,
    grades: bool,
    lang: str,
    changes_since: Path | None,
    pdfa: bool,
    update: Path | None,
    comment_conflicts: bool,
    data_dir: Path | None,
    as_json: bool,
) -> None:
    """Export briefings for TOPIC(s) (or --all) as Word reports and PowerPoint decks."""

    from briefkit.catalog import CatalogError
    from briefkit.export import (
        ExportError,
        ExportRequest,
        OutputError,
        ProtectedFiles,
        RequestError,
        run_export,
    )
    from briefkit.progress import Cancelled, CancelToken
    from briefkit.render.office.errors import TemplateError
    from briefkit.terminal import terminal_progress

    speak(lang, chosen_data(data_dir))
    compositions = _compositions(compose, topic_ids, (title, subtitle, name), compose_files)
    if compose:
        topic_ids = ()
    if not topic_ids and not all_topics and not compositions and update is None:
        raise click.UsageError(tell("name_topics"))
    if force and keep:
        raise click.UsageError(tell("force_and_keep"))
    options = ExportOptions(
        formats=tuple(Format(f) for f in dict.fromkeys(formats)) or DEFAULT_FORMATS,
        chart_mode=ChartMode(chart_mode),
        lang=lang,
        template_docx=template_docx,
        template_pptx=template_pptx,
        marking=marking,
        prepared_by=prepared_by,
        house_style=house_style,
        grades=grades,
        length=Length(length),
        dispute_slides=DisputeSlides(dispute_slides),
        pdfa=pdfa,
    )
    request = ExportRequest(
        topics=() if all_topics else topic_ids,
        options=options,
        out_dir=out_dir,
        on_existing=OnExisting.REPLACE if force else OnExisting.KEEP if keep else OnExisting.REFUSE,
        compositions=compositions,
        data_dir=chosen_data(data_dir),
        changes_since=changes_since,
    )
    try:
        with _TERMINATION.cancelling(CancelToken()) as cancel:
            if update is not None:
                return update_file(update, topic_ids, request, comment_conflicts, as_json, cancel)
            result = run_export(request, terminal_progress(said=step_said), cancel)
    except CatalogError as exc:
        for problem in exc.problems:
            click.echo(problem.told(said), err=True)
        raise Failure(
            tell("data_problems_nothing_written", n=len(exc.problems)), Exit.DATA
        ) from None
    except TemplateError as exc:
        raise Failure(tell("template_nothing_written", error=_told(exc)), Exit.TEMPLATE) from None
    except ProtectedFiles as exc:
        first = exc.paths[0]
        beside = first.with_name(f"{first.stem}-2{first.suffix}").name
        text = tell("protected_run_again", error=_told(exc), first=first.name, beside=beside)
        raise Failure(text, Exit.PROTECTED) from None
    except OutputError as exc:
        raise Failure(_told(exc), Exit.OUTPUT) from None
    except RequestError as exc:  # checked against the data: a usage error all the same
        raise click.UsageError(_told(exc)) from None
    except ExportError as exc:
        raise Failure(_told(exc), Exit.FAILED) from None
    except Cancelled:
        raise click.exceptions.Abort() from None
    except Exception as exc:
        from briefkit.charts import BrowserNotFound, ChartRenderError

        if isinstance(exc, BrowserNotFound | ChartRenderError):
            raise Failure(_told(exc), Exit.BROWSER) from None
        raise
    from briefkit.cli_output import print_result

    print_result(result, as_json)


def _told(exc: BaseException) -> str:
    """An error's message in the command line's language."""
    return voice().say_error(exc)


def _compositions(
    compose: bool,
    parts: tuple[str, ...],
    texts: tuple[str | None, str | None, str | None],
    files: tuple[Path, ...],
) -> tuple[CustomBriefing, ...]:
    """The composed briefings the options describe; UsageError (status 2) if they are wrong."""
    from briefkit.compose.custom import CompositionError, composition_from_args, load_composition

    title, subtitle, name = texts
    if not compose and any(t is not None for t in texts):
        raise click.UsageError(tell("compose_options_alone"))
    try:
        out = [load_composition(path) for path in files]
        if compose:
            if title is None:
                raise click.UsageError(tell("compose_needs_title"))
            out.insert(
                0, composition_from_args(parts, title, subtitle=subtitle or "", name=name or "")
            )
    except CompositionError as exc:
        raise click.UsageError(_told(exc)) from None
    return tuple(out)


@cli.command()
@DATA_OPTION
def gui(data_dir: Path | None) -> None:
    """Open the desktop window (also: briefkit-gui, python -m briefkit.gui)."""
    from briefkit.gui.app import main as open_window

    status = open_window([sys.argv[0]], data_dir=data_dir)
    if status:
        raise click.exceptions.Exit(status)


cli.add_command(data_commands)
cli.add_command(inspect_command)
cli.add_command(diff_command)


class _Terminated(KeyboardInterrupt):
    """SIGTERM arrived outside an export: unwound like Ctrl-C."""


class _Termination:
    """What SIGTERM does: cancel the running export (which then unwinds at its next step and
    cleans up every file, browser and LibreOffice), or, with none running, unwind at once.

    Cancelling rather than raising from the handler: an exception raised there can land in a
    garbage-collector callback, where Python ignores it and the export runs on.
    """

    def __init__(self) -> None:
        self.requested = False
        self.export: CancelToken | None = None

    def __call__(self, signum: int, frame: object) -> None:
        self.requested = True
        if self.export is None:
            raise _Terminated
        self.export.cancel()

    @contextlib.contextmanager
    def cancelling(self, token: CancelToken) -> Iterator[CancelToken]:
        """While the export with ``token`` runs, SIGTERM cancels it; after, it unwinds again."""
        self.export = token
        try:
            yield token
        finally:
            self.export = None

    @contextlib.contextmanager
    def handled(self) -> Iterator[None]:
        """While running, SIGTERM stops the job as Ctrl-C does (from the main thread only)."""
        self.requested, self.export = False, None
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGTERM, self)
        try:
            yield
        finally:
            signal.signal(signal.SIGTERM, previous)
            self.export = None


_TERMINATION = _Termination()


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    speak_as_named(sys.argv[1:] if argv is None else argv)
    try:
        return _main(argv)
    finally:
        speak_as_named(())  # a caller that goes on is not left speaking these arguments' language


def _main(argv: list[str] | None) -> int:
    try:
        with _TERMINATION.handled():
            cli.main(args=argv, prog_name="briefkit", standalone_mode=False)
    except (click.exceptions.Abort, _Terminated):
        if _TERMINATION.requested:
            click.echo(f"briefkit: {tell('terminated')}", err=True)
            return Exit.TERMINATED
        click.echo(f"briefkit: {tell('cancelled')}", err=True)
        return Exit.CANCELLED
    except click.UsageError as exc:
        if not show_usage_error(exc):
            exc.show()
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    return Exit.OK


def run() -> None:
    """Console-script entry point."""
    status = main()
    # Everything is written and closed. Freezing the objects left spares the interpreter's
    # shutdown its garbage-collection passes over them: 0.3 s after an export, not spent
    # on anything. (Not in main(): a caller that goes on would keep their cycles forever.)
    gc.freeze()
    sys.exit(status)
