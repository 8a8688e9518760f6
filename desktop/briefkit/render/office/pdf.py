"""PDF through LibreOffice in headless mode, when it is installed: tagged (structure, title,
language), and PDF/A-2b when asked.

Each conversion runs with a private, throw-away user profile, so conversions can run in
parallel (two exports at once, or tests) without fighting over LibreOffice's profile lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from briefkit.messages import message
from briefkit.progress import Cancelled
from briefkit.scratch import scratch_dir

NOT_INSTALLED = message("pdf_not_installed")


class PdfError(Exception):
    """LibreOffice is missing or could not convert a file."""


def find_soffice() -> str | None:
    """LibreOffice's ``soffice`` program, or None when it is not installed."""
    explicit = os.environ.get("SOFFICE_PATH")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"):
        if Path(candidate).is_file():
            return candidate
    return None


def export_filter(archive: bool = False) -> str:
    """LibreOffice's ``--convert-to`` argument: a tagged PDF (its structure, title and
    language, for screen readers), PDF/A-2b when ``archive`` (for archiving). The Writer
    filter's name serves Impress documents in the same call too."""
    options: dict[str, dict[str, str]] = {"UseTaggedPDF": {"type": "boolean", "value": "true"}}
    if archive:
        options["SelectPdfVersion"] = {"type": "long", "value": "2"}
    return f"pdf:writer_pdf_Export:{json.dumps(options, separators=(',', ':'))}"


def _locale(language: str) -> str:
    """The POSIX locale LibreOffice takes a presentation's language from ("ru-RU" ->
    "ru_RU.UTF-8"); a Word document carries its own."""
    tag = "".join(c for c in language if c.isalnum() or c == "-")
    return f"{tag.replace('-', '_')}.UTF-8" if tag else ""


def convert_to_pdf(
    files: Sequence[Path],
    out_dir: Path,
    timeout: float = 300.0,
    cancel: Callable[[], bool] | None = None,
    *,
    language: str = "",
    archive: bool = False,
    profile: Path | None = None,
) -> list[Path]:
    """Convert documents to tagged PDF in ``out_dir`` (same base names); returns the PDFs'
    paths. ``language`` ("ru-RU") is the PDFs' language where a document does not say it;
    ``archive`` makes PDF/A-2b files; ``profile`` is the user profile of a LibreOffice already
    running (``warm.WarmOffice``), which is handed the files instead of starting another.

    Files with the same base name would overwrite each other's PDF: give distinct names.
    ``cancel`` is polled ten times a second; when it turns true LibreOffice is killed and
    ``Cancelled`` raised.
    """
    soffice = find_soffice()
    if soffice is None:
        raise PdfError(NOT_INSTALLED)
    stems = [f.stem for f in files]
    if len(set(stems)) != len(stems):
        raise ValueError("files to convert to PDF need distinct base names")
    with contextlib.ExitStack() as stack:
        profile = profile or Path(stack.enter_context(scratch_dir("lo")))
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            export_filter(archive),
            "--outdir",
            str(out_dir),
            *(str(f) for f in files),
        ]
        returncode, output = _run(command, timeout, cancel, profile, _locale(language))
    pdfs = [out_dir / f"{f.stem}.pdf" for f in files]
    missing = [p.name for p in pdfs if not p.is_file()]
    if returncode != 0 or missing:
        detail = output.strip().splitlines()[-3:]
        which = ", ".join(missing) or message("pdf_the_files")
        said = f": {' '.join(detail)}" if detail else ""
        raise PdfError(message("pdf_not_converted", files=which, detail=said))
    return pdfs


def _run(
    command: list[str],
    timeout: float,
    cancel: Callable[[], bool] | None,
    scratch: Path,
    locale: str = "",
) -> tuple[int, str]:
    """Run LibreOffice in its own process group; kill the group on time-out or cancel.

    Its own temporary files go into ``scratch``, so a killed LibreOffice leaves none behind;
    ``locale`` (when given) is its language for documents that do not name theirs.
    """
    env = {**os.environ, "TMPDIR": str(scratch), "TMP": str(scratch), "TEMP": str(scratch)}
    if locale:
        env.update(LANG=locale, LC_ALL=locale)
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env
        )
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    process.wait(timeout=0.1)
                    break
                except subprocess.TimeoutExpired:
                    if cancel is not None and cancel():
                        raise Cancelled("the PDF conversion was cancelled") from None
                    if time.monotonic() > deadline:
                        raise PdfError(message("pdf_too_slow", seconds=timeout)) from None
        finally:
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.seek(0)
        return process.returncode, log.read().decode("utf-8", "replace")


def page_texts(pdf: Path, timeout: float = 60.0) -> list[str] | None:
    """The text of each page of a PDF (pdftotext -layout), or None without poppler-utils."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return None
    try:
        done = subprocess.run(
            [pdftotext, "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except (subprocess.SubprocessError, OSError):
        return None
    text = done.stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
