"""``briefkit check --accessibility FILE...``: each file's findings, as lines or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from briefkit.cli_shared import Exit, Failure

__all__ = ["check_accessibility"]


def check_accessibility(files: Sequence[Path], as_json: bool) -> None:
    """Check each file, print every finding and a line per file; fail when any has one."""
    from briefkit.render.accessibility import AccessibilityError, check_file, errors_in

    report: list[dict[str, object]] = []
    lines: list[str] = []
    failed = 0
    for path in files:
        try:
            findings = check_file(path)
        except AccessibilityError as exc:
            failed += 1
            lines.append(f"{path}: cannot be checked: {exc}")
            report.append({"file": str(path), "error": str(exc), "findings": []})
            continue
        errors = errors_in(findings)
        failed += bool(errors)
        lines += [str(finding) for finding in findings]
        count, warned = len(errors), len(findings) - len(errors)
        lines.append(
            f"{path}: {count} accessibility problem(s)"
            if count
            else f"{path}: no accessibility problems"
        )
        if warned:
            lines[-1] += f" ({warned} warning(s): what the check cannot judge)"
        report.append(
            {"file": str(path), "error": None, "findings": [f.as_json() for f in findings]}
        )
    if as_json:
        click.echo(json.dumps({"accessibility": report}, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            click.echo(line)
    if failed:
        raise Failure(
            f"{failed} of {len(files)} file(s) did not pass the accessibility check",
            Exit.ACCESSIBILITY,
        )
