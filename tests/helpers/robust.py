"""Helpers of the robustness suite: run the real command line, stub the browser, list outputs."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefkit.cli import Exit
from briefkit.resources import bundled

TOPIC = "aktobe-2016"
REPORT = bundled("templates") / "report.docx"
DECK = bundled("templates") / "deck.pptx"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


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
    from helpers.nocharts import no_charts

    monkeypatch.setattr(export_module, "chart_drawing", no_charts)


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8", newline="")


LEGAL = (
    "Aktobe & <Ақтөбе> \"2016\" 'x' — Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі; "
    "Алматы; עברית; العربية; 🇰🇿 ✓ &amp; ]]> a\tb"
)


def repack(
    source: Path,
    change: Callable[[str, bytes], bytes | None] = lambda n, b: b,
    add: dict[str, bytes] | None = None,
) -> bytes:
    """``source`` with each part passed through ``change`` (None drops it), plus ``add``."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = change(info.filename, src.read(info))
            if blob is not None:
                dst.writestr(info.filename, blob)
        for name, blob in (add or {}).items():
            dst.writestr(name, blob)
    return out.getvalue()


def attached_template(target: str) -> bytes:
    """The bundled report attached to an outside template, as Word records it."""
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELS}/attachedTemplate" Target="{target}" '
        'TargetMode="External"/></Relationships>'
    )

    def change(name: str, blob: bytes) -> bytes:
        if name != "word/settings.xml":
            return blob
        head, rest = blob.split(b"<w:settings", 1)
        attributes, body = rest.split(b">", 1)
        if b"xmlns:r=" not in attributes:
            attributes += f' xmlns:r="{RELS}"'.encode()
        return head + b"<w:settings" + attributes + b'><w:attachedTemplate r:id="rId1"/>' + body

    return repack(REPORT, change, add={"word/_rels/settings.xml.rels": rels.encode()})


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels (no image data: only the header)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def refused(data: Path, tmp_path: Path, option: str, template: Path, says: str) -> str:
    """Export with ``template``: it must be refused, naming the file; returns the message."""
    out = tmp_path / "out"
    run = export(data, out, option, template)
    assert run.status == Exit.TEMPLATE, run.stdout + run.stderr
    assert str(template) in run.stderr and says in run.stderr, run.stderr
    assert "nothing was written" in run.stderr
    assert files_in(out) == []
    return run.stderr


def written(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path
