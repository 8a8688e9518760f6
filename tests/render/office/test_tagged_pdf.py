"""PDFs are tagged: a structure tree with headings, paragraphs and figures, the document's
title and language; with ``archive`` they are PDF/A-2b (read back from their XMP metadata).

Read with pypdf (a dev dependency): it walks the structure tree and reads the XMP packet.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pptx import Presentation
from pypdf import PdfReader

from briefkit.render.office.pdf import convert_to_pdf
from helpers.documents import make_png

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing"),
]


def _structure(node: Any) -> Iterator[str]:
    """The structure types (/H1, /P, /Figure ...) under a structure element, depth first."""
    node = node.get_object()
    if isinstance(node, list):
        for kid in node:
            yield from _structure(kid)
        return
    if not hasattr(node, "get"):
        return  # a marked-content id
    if "/S" in node:
        yield str(node["/S"])
    if "/K" in node:
        yield from _structure(node["/K"])


def _pdfa(reader: PdfReader) -> tuple[str, str] | None:
    """(part, conformance) of the XMP packet's pdfaid, or None."""
    xmp = reader.xmp_metadata
    if xmp is None:
        return None
    raw = xmp.stream.get_data().decode("utf-8", "replace")
    part = re.search(r'pdfaid:part(?:>|=")(\d)', raw)
    level = re.search(r'pdfaid:conformance(?:>|=")(\w)', raw)
    return (part.group(1), level.group(1)) if part and level else None


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A Russian report with a heading and a picture, and a deck with a titled slide."""
    folder = tmp_path_factory.mktemp("sources")
    png = make_png(folder / "chart.png", 400, 200)
    doc = Document()
    doc.core_properties.title = "Доклад о терроризме"
    for lang in doc.styles.element.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang"
    ):
        lang.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "ru-RU")
    doc.add_heading("Обзор", 1)
    doc.add_paragraph("Текст раздела.")
    doc.add_picture(str(png))
    report = folder / "report.docx"
    doc.save(str(report))
    prs = Presentation()
    prs.core_properties.title = "Брифинг"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Ключевые цифры"
    slide.placeholders[1].text_frame.text = "Пятнадцать пограничников"
    deck = folder / "deck.pptx"
    prs.save(str(deck))
    return report, deck


@pytest.mark.parametrize("archive", [False, True], ids=["tagged", "pdfa"])
def test_pdfs_are_tagged_with_title_and_language(
    documents: tuple[Path, Path], archive: bool, tmp_path: Path
) -> None:
    report_pdf, deck_pdf = convert_to_pdf(
        list(documents), tmp_path, language="ru-RU", archive=archive
    )
    for pdf, title, kinds in (
        (report_pdf, "Доклад о терроризме", {"/H1", "/P", "/Figure"}),
        (deck_pdf, "Брифинг", {"/P"}),
    ):
        reader = PdfReader(pdf)
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"])
        assert str(root["/Lang"]) == "ru-RU"
        assert reader.metadata is not None and reader.metadata.title == title
        tree = root["/StructTreeRoot"].get_object()
        roles = tree.get("/RoleMap", {})  # LibreOffice's own names ("/Standard") -> standard
        found = {str(roles.get(kind, kind)) for kind in _structure(tree["/K"])}
        assert kinds <= found
        assert _pdfa(reader) == (("2", "B") if archive else None)
