"""What the window remembers: every export option, and the settings an earlier version saved."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from briefkit.gui.settings import Settings
from briefkit.options import ChartMode, DisputeSlides, ExportOptions, Format, Length


def reopened(settings: Any) -> Settings:
    """The same settings file, read afresh (as at the next start)."""
    settings.sync()
    return Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat))


def test_every_export_option_is_remembered(settings: Any, tmp_path: Path) -> None:
    chosen = ExportOptions(
        formats=(Format.PPTX, Format.HANDOUT),
        chart_mode=ChartMode.NATIVE,
        lang="ru",
        template_docx=tmp_path / "report.dotx",
        template_pptx=tmp_path / "deck.potx",
        marking="FOR OFFICIAL USE ONLY",
        prepared_by="Analysis Unit",
        house_style=True,
        pdfa=True,
        grades=True,
        length=Length.SUMMARY,
        dispute_slides=DisputeSlides.INLINE,
    )
    defaults = ExportOptions()
    unchanged = [
        f.name
        for f in dataclasses.fields(ExportOptions)
        if getattr(chosen, f.name) == getattr(defaults, f.name)
    ]
    assert unchanged == [], "give every option a value other than its default here"
    settings.export_options = chosen
    assert reopened(settings).export_options == chosen


def test_nothing_saved_gives_the_defaults(settings: Any) -> None:
    assert settings.export_options == ExportOptions()


def test_the_previous_versions_settings_still_load(settings: Any, tmp_path: Path) -> None:
    store = settings.store  # as the previous version wrote them
    store.setValue("export/formats", "docx,pdf")
    store.setValue("export/deck_charts", "native")
    store.setValue("export/language", "ru")
    store.setValue("export/marking", "OFFICIAL")
    store.setValue("export/prepared_by", "Analysis Unit")
    store.setValue("export/template_docx", str(tmp_path / "report.docx"))
    store.setValue("export/template_pptx", "")
    store.setValue("export/output_folder", str(tmp_path / "out"))
    again = reopened(settings)
    assert again.export_options == ExportOptions(
        formats=(Format.DOCX, Format.PDF),
        chart_mode=ChartMode.NATIVE,
        lang="ru",
        template_docx=tmp_path / "report.docx",
        marking="OFFICIAL",
        prepared_by="Analysis Unit",
    )
    assert again.output_folder == tmp_path / "out"
    again.export_options = dataclasses.replace(again.export_options, chart_mode=ChartMode.PICTURE)
    assert reopened(again).export_options.chart_mode == ChartMode.PICTURE  # the new key wins


def test_values_it_cannot_use_fall_back(settings: Any) -> None:
    settings.store.setValue("export/formats", "docx, xlsx ,handout")
    settings.store.setValue("export/chart_mode", "excel")
    options = reopened(settings).export_options
    assert options.formats == (Format.DOCX, Format.HANDOUT)
    assert options.chart_mode == ChartMode.PICTURE


def test_the_data_folder_follows_the_command_lines_choice(
    settings: Any, tmp_path: Path, own_data_folder: Path, monkeypatch: Any
) -> None:
    """Unset, the window uses what the command line would: the bundled data, the user's own
    copy once an import made it, or BRIEFKIT_DATA; a folder chosen in the window wins."""
    assert settings.data_folder is None  # the bundled data
    own_data_folder.mkdir(parents=True)
    assert reopened(settings).data_folder == own_data_folder
    settings.data_folder = own_data_folder  # the default is not pinned ...
    monkeypatch.setenv("BRIEFKIT_DATA", str(tmp_path / "team-data"))
    assert reopened(settings).data_folder == tmp_path / "team-data"  # ... so this follows
    settings.data_folder = tmp_path / "chosen"
    assert reopened(settings).data_folder == tmp_path / "chosen"
