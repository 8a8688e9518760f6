"""Helpers of the robustness suite: run the real command line, stub the browser, list outputs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

TOPIC = "aktobe-2016"


@dataclass(frozen=True)
class Run:
    """What one command line run did."""

    status: int
    stdout: str
    stderr: str


def run_cli(*args: str | Path) -> Run:
    """``briefkit ARGS`` in this process (so monkeypatches apply), with its exit status."""
    from briefkit.cli import cli

    result = CliRunner().invoke(cli, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def export(data: Path, out: Path, *extra: str | Path, formats: str = "docx,pptx") -> Run:
    """Export the test topic from ``data`` into ``out``."""
    args: list[str | Path] = ["export", TOPIC, "--data", data, "--out", out]
    for fmt in formats.split(","):
        args += ["--format", fmt]
    return run_cli(*args, *extra)


def files_in(folder: Path) -> list[str]:
    """Every file under ``folder`` (hidden ones too), relative; [] if it does not exist."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def without_charts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports draw no charts (no browser): documents leave them out with a warning."""
    import briefkit.export as export_module

    monkeypatch.setattr(export_module, "draw_charts", lambda *a, **k: ({}, 0))
