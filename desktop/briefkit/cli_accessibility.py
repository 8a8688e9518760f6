"""``briefkit check --accessibility FILE...``: each file's findings, as lines or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from briefkit.cli_shared import Exit, Failure, said, tell, voice
from briefkit.messages import message

__all__ = ["check_accessibility"]


def check_accessibility(files: Sequence[Path], as_json: bool) -> None:
    """Check each file, print every finding and a line per file (in the command line's
    language); fail when any has a problem that is not a warning."""
    from briefkit.render.accessibility import AccessibilityError, check_file, errors_in

    report: list[dict[str, object]] = []
    lines: list[str] = []
    failed = 0
    for path in files:
        try:
            findings = check_file(path)
        except AccessibilityError as exc:
            failed += 1
            lines.append(tell("a11y_cannot_check", path=path, error=voice().say_error(exc)))
            report.append({"file": str(path), "error": str(exc), "findings": []})
            continue
        errors = errors_in(findings)
        failed += bool(errors)
        lines += [said(finding.said()) for finding in findings]
        count, warned = len(errors), len(findings) - len(errors)
        line = (
            tell("a11y_file_problems", path=path, n=count)
            if count
            else tell("a11y_file_passed", path=path)
        )
        lines.append(tell("a11y_file_warnings", line=line, n=warned) if warned else line)
        report.append(
            {"file": str(path), "error": None, "findings": [f.as_json() for f in findings]}
        )
    if as_json:
        click.echo(json.dumps({"accessibility": report}, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            click.echo(line)
    if failed:
        raise Failure(message("a11y_failed", failed=failed, n=len(files)), Exit.ACCESSIBILITY)
