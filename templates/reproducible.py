"""Reproducible Office packages: the bundled templates build to the same bytes every time."""

from __future__ import annotations

import argparse
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

ZIP_TIME = (2026, 1, 1, 0, 0, 0)
"""The date every zip entry of a bundled template carries."""


def normalise_zip(data: bytes) -> bytes:
    """The same package with fixed entry dates and modes, so every build gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def build_command(
    build: Callable[[], bytes], default_out: Path, description: str, argv: list[str] | None
) -> int:
    """The command line of a template build script: write the file, or ``--check`` it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out, help="where to write")
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the file differs from a fresh build",
    )
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = args.out.is_file() and args.out.read_bytes() == data
        print(f"{args.out}: {'up to date' if same else 'out of date, rebuild it'}")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data)} bytes)")
    return 0
