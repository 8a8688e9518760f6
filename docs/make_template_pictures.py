"""Pictures of real templates for docs/templates.md: a few slides of aktobe-2016's deck.

Exports the deck with each template below through ``briefkit export`` (the code this Python
imports), converts it to PDF with LibreOffice and saves the chosen slides as small PNGs
(at most 60 KB each) named ``<template>-<label>-<n>.png`` (1: the key figures, 2: the first
chart)::

    .venv/bin/python docs/make_template_pictures.py --label after
    # the same with another checkout's code first on the path, e.g. main's, for "before":
    git archive main | tar -x -C /tmp/main-src
    PYTHONPATH=/tmp/main-src/desktop .venv/bin/python docs/make_template_pictures.py --label before

Needs LibreOffice (``soffice``) and poppler's ``pdftoppm``; the charts are drawn (or taken from
Briefkit's chart cache) as in any export.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "templates" / "deck"
OUT = ROOT / "docs" / "images" / "templates"
TOPIC = "aktobe-2016"
#: The templates shown (public, redistributable: see tests/fixtures/templates/).
TEMPLATES = ("poi-present1.pptx", "poi-bug60993.pptx")
MAX_BYTES = 60_000
WIDTH = 480


def export_deck(template: Path, folder: Path) -> Path:
    """The deck of ``TOPIC`` in ``template``, written into ``folder``."""
    command = [sys.executable, "-m", "briefkit", "export", TOPIC, "--format", "pptx"]
    command += ["--template-pptx", str(template), "--out", str(folder)]
    subprocess.run(command, check=True, capture_output=True)
    return next(folder.glob("*.pptx"))


def shown_slides(deck: Path) -> tuple[int, int]:
    """The slides shown (1-based): the key figures (the third) and the first chart slide:
    the first with a chart picture or native chart, else (a deck that lost its charts) the
    first whose caption says "Figure 1"."""
    from pptx import Presentation

    slides = list(Presentation(str(deck)).slides)
    for number, slide in enumerate(slides, 1):
        if any(_holds_chart(shape) for shape in slide.shapes):
            return 3, number
    for number, slide in enumerate(slides, 1):
        text = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        if "Figure 1" in text:
            return 3, number
    return 3, 4


def _holds_chart(shape: Any) -> bool:
    return (
        shape.shape_type == 13
        or getattr(shape, "has_chart", False)
        or (shape.__class__.__name__ == "PlaceholderPicture")
    )


def to_pdf(deck: Path, profile: Path) -> Path:
    soffice = shutil.which("soffice") or "soffice"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    command += ["--convert-to", "pdf", "--outdir", str(deck.parent), str(deck)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    return deck.with_suffix(".pdf")


def small_png(pdf: Path, page: int, out: Path) -> None:
    """Page ``page`` of ``pdf`` as a PNG of at most ``MAX_BYTES`` (narrower, then fewer
    colours, until it fits)."""
    command = ["pdftoppm", "-f", str(page), "-l", str(page), "-png", "-singlefile"]
    command += ["-scale-to-x", str(WIDTH * 2), "-scale-to-y", "-1", str(pdf), str(out)]
    subprocess.run(command, check=True, capture_output=True)
    raw = out.with_suffix(".png")
    picture = Image.open(raw).convert("RGB")
    for width in (WIDTH, 420, 360, 320):
        height = round(picture.height * width / picture.width)
        scaled = picture.resize((width, height), Image.Resampling.LANCZOS)
        for colours in (256, 128, 64):
            data = io.BytesIO()
            scaled.quantize(colours).save(data, "PNG", optimize=True)
            if data.tell() <= MAX_BYTES:
                raw.write_bytes(data.getvalue())
                return
    raise SystemExit(f"{raw.name} stays over {MAX_BYTES} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True, help="before or after")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefkit-pictures-") as tmp:
        work = Path(tmp)
        for name in TEMPLATES:
            folder = work / name
            folder.mkdir()
            deck = export_deck(FIXTURES / name, folder)
            pdf = to_pdf(deck, work / "lo-profile")
            stem = Path(name).stem
            for n, slide in enumerate(shown_slides(deck), 1):
                target = args.out / f"{stem}-{args.label}-{n}"
                small_png(pdf, slide, target)
                size = target.with_suffix(".png").stat().st_size
                print(f"wrote {target.with_suffix('.png')} ({size} bytes)")


if __name__ == "__main__":
    main()
