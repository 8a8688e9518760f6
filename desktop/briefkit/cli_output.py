"""What ``briefkit export`` prints when it is done: warnings (the accessibility check's too) on
stderr, then the files written, or one JSON summary with ``--json``."""

from __future__ import annotations

import json

import click

from briefkit.cli_shared import said, tell
from briefkit.export import ExportResult
from briefkit.messages import message

__all__ = ["print_result"]


def print_result(result: ExportResult, as_json: bool) -> None:
    """Print an export's warnings, and its files as lines or as JSON."""
    for warning in result.warnings:
        click.echo(tell("warning", text=warning), err=True)
    for finding in (finding for f in result.files for finding in f.accessibility):
        said_finding = said(message("a11y_export_warning", finding=finding.said()))
        click.echo(tell("warning", text=said_finding), err=True)
    if as_json:
        summary = {
            "lang": result.lang,
            "files": [
                {
                    "topic": f.topic,
                    "format": f.format,
                    "path": str(f.path),
                    "bytes": f.bytes,
                    "status": f.outcome.value,
                    "accessibility": [finding.as_json() for finding in f.accessibility],
                }
                for f in result.files
            ],
            "warnings": result.warnings,
            "charts": result.charts,
            "charts_drawn": result.charts_drawn,
            "seconds": round(result.seconds, 2),
        }
        click.echo(json.dumps(summary, indent=2))
    else:
        for f in result.files:
            click.echo(str(f.path))
