"""Writes are atomic: a file appears whole or not at all, and a failed write keeps the old one."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.atomic import write_atomic
from briefkit.options import ExportOptions, Format


def test_whole_file_appears(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    size = write_atomic(target, lambda s: s.write(b"x" * 1000))
    assert size == 1000 and target.read_bytes() == b"x" * 1000
    assert target.stat().st_mode & 0o777 != 0o600  # not left private like a temp file
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_failure_keeps_the_previous_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"previous version")

    def broken(stream) -> None:  # type: ignore[no-untyped-def]
        stream.write(b"half of a new ")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        write_atomic(target, broken)
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_export_failure_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefkit.export as export

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(export, "render_document", crash)

    from helpers.nocharts import no_charts

    monkeypatch.setattr(export, "chart_drawing", no_charts)
    options = ExportOptions(formats=(Format.DOCX,))
    request = export.ExportRequest(topics=("aktobe-2016",), options=options, out_dir=tmp_path)
    with pytest.raises(RuntimeError):
        export.run_export(request)
    assert list(tmp_path.iterdir()) == []
