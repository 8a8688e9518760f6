"""The window shows each exported file's accessibility result beside it, and offers PDF/A."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefkit.export import ExportResult, WrittenFile
from briefkit.options import ExportOptions, Format
from briefkit.render.accessibility import Finding, Rule


def test_each_file_shows_its_accessibility_result(
    make_window: Callable[..., Any], tmp_path: Path
) -> None:
    window = make_window()
    finding = Finding("ours.pptx", "slide 3", Rule.CONTRAST, "text “x” in #BBBBBB on #FFFFFF")
    files = [
        WrittenFile("aktobe-2016", Format.DOCX, tmp_path / "aktobe-2016.docx", 4),
        WrittenFile("aktobe-2016", Format.PPTX, tmp_path / "ours.pptx", 4, False, (finding,)),
    ]
    window.export_panel.show_result(ExportResult(files=files), tmp_path)
    passed, failed = window.export_panel.file_rows
    assert passed.accessibility.text() == "✓ Accessible"
    assert failed.accessibility.text() == "1 accessibility problem…"
    assert window.export_panel.show_accessibility(passed) is None
    failed.accessibility.click()
    dialog = window.export_panel.accessibility_dialog
    assert dialog is not None and dialog.isVisible()
    assert "ours.pptx" in dialog.windowTitle()
    assert str(finding) in dialog.text.toPlainText()


def test_pdfa_is_a_choice_while_pdf_is_ticked(make_window: Callable[..., Any]) -> None:
    window = make_window()
    options = window.options
    pdf = options.format_boxes[Format.PDF]
    pdf.setChecked(False)
    assert not options.pdfa.isEnabled()
    pdf.setChecked(True)
    assert options.pdfa.isEnabled()
    options.pdfa.setChecked(True)
    assert options.options().pdfa
    options.apply(ExportOptions(formats=(Format.PDF,), pdfa=False))
    assert not options.pdfa.isChecked()


def test_the_russian_window_says_each_finding_in_russian(
    make_window: Callable[..., Any], tmp_path: Path
) -> None:
    from briefkit.gui import i18n
    from briefkit.messages import message
    from briefkit.render.accessibility.findings import place
    from helpers.english_left import english_left

    window = make_window()
    i18n.install("ru")
    problem = message(
        "a11y_contrast", text="pale words", colour="BBBBBB", ground="FFFFFF", ratio="1.9"
    )
    finding = Finding("ours.pptx", place("slide", n=3), Rule.CONTRAST, problem)
    files = [WrittenFile("aktobe-2016", Format.PPTX, tmp_path / "ours.pptx", 4, False, (finding,))]
    window.export_panel.show_result(ExportResult(files=files), tmp_path)
    (row,) = window.export_panel.file_rows
    row.accessibility.click()
    dialog = window.export_panel.accessibility_dialog
    assert dialog is not None
    shown = dialog.text.toPlainText()
    assert "ours.pptx: слайд 3: contrast: текст «pale words» цвета #BBBBBB на #FFFFFF" in shown
    assert "как исправить: затемните текст" in shown
    for line in shown.splitlines():
        line = line.replace("«pale words»", "").replace(": contrast:", ":")
        assert english_left(line.replace("#BBBBBB", "").replace("#FFFFFF", "")) == [], line


def test_a_files_row_counts_problems_and_warnings_apart(
    make_window: Callable[..., Any], tmp_path: Path
) -> None:
    """A warning (what the check cannot judge) is not a problem: the row says which it found."""
    window = make_window()
    problem = Finding("a.pptx", "slide 3", Rule.CONTRAST, "text “x” in #BBBBBB on #FFFFFF")
    warning = Finding("a.pptx", "slide 4", Rule.CONTRAST_UNJUDGED, "text “y” over a picture")
    shown = {
        "warned.pptx": (warning,),
        "failed.pptx": (problem, problem),
        "both.pptx": (problem, problem, warning),
    }
    files = [
        WrittenFile("aktobe-2016", Format.PPTX, tmp_path / name, 4, False, found)
        for name, found in shown.items()
    ]
    window.export_panel.show_result(ExportResult(files=files), tmp_path)
    texts = [row.accessibility.text() for row in window.export_panel.file_rows]
    assert texts == [
        "1 accessibility warning…",
        "2 accessibility problems…",
        "2 accessibility problems, 1 warning…",
    ]


def test_the_russian_and_kazakh_rows_count_problems_and_warnings_apart(
    make_window: Callable[..., Any], tmp_path: Path
) -> None:
    from briefkit.gui import i18n

    window = make_window()
    problem = Finding("a.pptx", "slide 3", Rule.CONTRAST, "text “x” in #BBBBBB on #FFFFFF")
    warning = Finding("a.pptx", "slide 4", Rule.CONTRAST_UNJUDGED, "text “y” over a picture")
    files = [
        WrittenFile("aktobe-2016", Format.PPTX, tmp_path / "w.pptx", 4, False, (warning,)),
        WrittenFile("aktobe-2016", Format.PPTX, tmp_path / "b.pptx", 4, False, (problem, warning)),
    ]
    expected = {
        "ru": ["1 предупреждение доступности…", "1 проблема доступности, 1 предупреждение…"],
        "kk": ["1 қолжетімділік ескертуі…", "1 қолжетімділік мәселесі, 1 ескерту…"],
    }
    for lang, texts in expected.items():
        i18n.install(lang)
        window.export_panel.show_result(ExportResult(files=files), tmp_path)
        assert [row.accessibility.text() for row in window.export_panel.file_rows] == texts
