"""Every document opens without a repair prompt.

``tests/helpers/docvalid.py`` checks every document any test renders (the hook is in
tests/conftest.py);
here it is shown to catch each defect it looks for, and a sample of the hardest documents is
opened by LibreOffice.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from briefkit.cli import Exit
from briefkit.render.office.pdf import convert_to_pdf, page_texts
from helpers import docvalid
from helpers.robust import DECK, LEGAL, RELS, REPORT, TOPIC, attached_template, export, replace


def edited(
    source: Path, part: str, change: Callable[[bytes], bytes], drop: str = "", add: str = ""
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name != drop:
                blob = src.read(name)
                dst.writestr(name, change(blob) if name == part else blob)
        if add:
            dst.writestr(add, b"data")
    return out.getvalue()


def test_the_bundled_templates_are_sound() -> None:
    assert docvalid.problems(REPORT.read_bytes()) == []
    assert docvalid.problems(DECK.read_bytes()) == []


SLIDE = "ppt/slideLayouts/slideLayout1.xml"
BROKEN = {
    "not-a-zip": (b"plain text", "not a zip"),
    "illegal-character": (
        edited(REPORT, "word/styles.xml", lambda b: b.replace(b"<w:style ", b"<w:style \x01", 1)),
        "not well-formed",
    ),
    "part-without-content-type": (
        edited(REPORT, "", lambda b: b, add="word/media/extra.qqq"),
        "word/media/extra.qqq has no content type",
    ),
    "missing-relationship-target": (
        edited(REPORT, "word/_rels/document.xml.rels", lambda b: b, drop="word/styles.xml"),
        "missing part word/styles.xml",
    ),
    "undefined-relationship-id": (
        edited(
            REPORT,
            "word/document.xml",
            lambda b: b.replace(
                b"<w:body>",
                f'<w:body><w:p><w:hyperlink xmlns:r="{RELS}" r:id="rId999"/></w:p>'.encode(),
                1,
            ),
        ),
        "rId999",
    ),
    "external-picture": (
        edited(
            DECK,
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            lambda b: b.replace(
                b"</Relationships>",
                b'<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/'
                b'2006/relationships/image" Target="http://x.invalid/a.png" TargetMode="External"/>'
                b"</Relationships>",
            ),
        ),
        "external",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_the_validator_catches(case: str) -> None:
    data, says = BROKEN[case]
    found = docvalid.problems(data)
    assert any(says in f for f in found), found


def test_the_validator_catches_a_repeated_shape_id() -> None:
    from pptx import Presentation

    prs = Presentation(str(DECK))
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    shapes = list(slide.shapes)
    shapes[1]._element.nvSpPr.cNvPr.set("id", shapes[0]._element.nvSpPr.cNvPr.get("id"))
    out = io.BytesIO()
    prs.save(out)
    assert any("shape id" in f for f in docvalid.problems(out.getvalue()))


@pytest.mark.slow
def test_libreoffice_opens_the_hardest_documents(
    data_copy: Path, tmp_path: Path, no_browser: None
) -> None:
    """Every script and XML special in the text, an attached template removed: both convert."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed")
    topic = data_copy / f"topics/{TOPIC}.yaml"
    yaml_text = LEGAL.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    replace(topic, "title: The Aktobe attacks of June 2016", f'title: "{yaml_text}"')
    template = tmp_path / "attached.docx"
    template.write_bytes(attached_template("http://example.invalid/house.dotm"))
    out = tmp_path / "out"
    run = export(data_copy, out, "--template-docx", template)
    assert run.status == Exit.OK, run.stderr
    files = [out / f"{TOPIC}.docx", out / f"{TOPIC}.pptx"]
    for pdf in [convert_to_pdf([f], tmp_path)[0] for f in files]:
        texts = page_texts(pdf)
        if texts is not None:
            assert "Ақтөбе" in "".join(texts), pdf.name
