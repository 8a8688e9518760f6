"""Checks shared by the template tests: a deck or report reopened and held to the contract."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from briefkit.render.deck.template import DeckLayout, DeckTemplate

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def load_script(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A template build script (``templates/<name>.py``) imported as a module, as it runs."""
    spec = importlib.util.spec_from_file_location(name, TEMPLATES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.syspath_prepend(str(TEMPLATES))
    spec.loader.exec_module(module)
    return module


_CT = {
    ".potx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
    ),
    ".dotx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    ),
}


def as_office_template(src: Path, dst: Path) -> Path:
    """``src`` (.pptx/.docx) saved as an Office template (.potx/.dotx): what PowerPoint and
    Word write, the main part labelled as a template."""
    old, new = _CT[dst.suffix]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            zout.writestr(info, data)
    return dst


def check_deck(path: Path, template: DeckTemplate, charts: int) -> Any:
    """Reopen a deck and check it against its template's mapping; return the presentation.

    Every slide is in a mapped layout (the first in the title layout, ``charts`` slides with a
    chart or picture in the chart layout when the template has one), all text is in
    placeholders, every slide after the title has speaker notes, and no shape leaves the slide.
    """
    prs = Presentation(str(path))
    mapped = {choice.role: choice.layout.name for choice in template.mapping}
    slides = list(prs.slides)
    assert slides[0].slide_layout.name == mapped[DeckLayout.TITLE]
    chart_slides = 0
    for number, slide in enumerate(slides, 1):
        where = f"{path.name} slide {number}"
        assert slide.slide_layout.name in mapped.values(), where
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text.strip():
                assert shape.is_placeholder, f"{where}: text outside a placeholder"
            assert shape.left >= 0 and shape.top >= 0, where
            assert shape.left + shape.width <= prs.slide_width, f"{where}: {shape.name}"
            assert shape.top + shape.height <= prs.slide_height, f"{where}: {shape.name}"
        title = slide.shapes.title
        for shape in slide.shapes:
            if (
                shape._element is not title._element
                and _is_content(shape)
                and _overlap(shape, title)
            ):
                raise AssertionError(f"{where}: {shape.name} lies over the title")
        if any(_is_chart(shape) for shape in slide.shapes):
            chart_slides += 1
            assert slide.slide_layout.name == mapped[DeckLayout.CHART], where
        if number > 1:
            assert slide.has_notes_slide, where
            assert slide.notes_slide.notes_text_frame.text.strip(), where
        assert slide.shapes.title is not None and slide.shapes.title.text_frame.text.strip()
    assert chart_slides == charts, path.name
    return prs


def _is_content(shape: Any) -> bool:
    """A picture, chart, table or text placeholder holding text (not the footer or number)."""
    if _is_chart(shape) or getattr(shape, "has_table", False):
        return True
    if not (shape.is_placeholder and shape.has_text_frame and shape.text_frame.text.strip()):
        return False
    return shape.placeholder_format.type not in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)


def _overlap(a: Any, b: Any) -> bool:
    return bool(
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


def _is_chart(shape: Any) -> bool:
    """A chart picture or a native chart."""
    return bool(shape._element.tag.endswith("}pic") or getattr(shape, "has_chart", False))


def report_styles(path: Path) -> set[str]:
    """The names of the styles a report's paragraphs use."""
    document = Document(str(path))
    return {p.style.name for p in document.paragraphs if p.style is not None}


def renamed_deck(tmp_path: Path) -> Path:
    """deck.pptx with every layout called "Layout N", so only placeholders can tell them apart:
    five roles fall back; and, no longer the bundled file, its charts take its theme (one accent
    of which is shaded for contrast)."""
    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    for n, layout in enumerate(prs.slide_layouts, 1):
        layout.name = f"Layout {n}"
    out = tmp_path / "renamed.pptx"
    prs.save(str(out))
    return out


def cramped_chart_deck(tmp_path: Path) -> Path:
    """deck.pptx whose every layout's picture, object and body boxes are a tenth of the slide
    wide: no layout has room for a chart (the verdict's headline must say so)."""
    from pptx.util import Emu

    prs = Presentation(str(TEMPLATES / "deck.pptx"))
    kinds = (PP_PLACEHOLDER.PICTURE, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY)
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.type in kinds:
                ph.width = Emu(prs.slide_width // 10)
    out = tmp_path / "cramped-charts.pptx"
    prs.save(str(out))
    return out
