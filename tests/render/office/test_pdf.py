"""LibreOffice conversion: distinct names required, cancellable within a second."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from briefkit.progress import Cancelled
from briefkit.render.office.pdf import PdfError, convert_to_pdf, find_soffice

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")


def test_same_base_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="distinct"):
        convert_to_pdf([tmp_path / "a.docx", tmp_path / "a.pptx"], tmp_path)


def test_cancel_stops_the_conversion_within_a_second(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[3] / "templates" / "report.docx"
    started = time.monotonic()
    with pytest.raises(Cancelled):
        convert_to_pdf([source], tmp_path, cancel=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 1.5
    assert not (tmp_path / "report.pdf").exists()


def test_missing_libreoffice_is_one_clear_sentence(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOFFICE_PATH", str(tmp_path / "nothing"))
    assert find_soffice() is None
    with pytest.raises(PdfError, match="install it"):
        convert_to_pdf([tmp_path / "a.docx"], tmp_path)
