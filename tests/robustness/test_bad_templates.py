"""Bad templates: each case of issue 6, built inside the test from the bundled templates.

A template that must not be used stops the export before anything is written (exit status 4,
a message naming the file and the fix); one that only lacks styles or layouts is used with a
warning; Word's link to an attached template is removed. Nothing is fetched, nothing is run.
"""

from __future__ import annotations

import io
import socket
import zipfile
from pathlib import Path

import docx
import pptx
import pytest

from briefkit.cli import Exit
from briefkit.render.deck.template import load_deck_template
from briefkit.render.office import package as package_module
from briefkit.render.office.errors import TemplateError
from briefkit.render.report.template import load_report_template
from briefkit.resources import bundled
from helpers.robust import (
    DECK,
    RELS,
    REPORT,
    TOPIC,
    attached_template,
    export,
    png_header,
    refused,
    repack,
    written,
)

DATA = bundled("data")


def test_not_a_zip(tmp_path: Path) -> None:
    bad = written(tmp_path, "report.docx", b"This is a text file renamed to .docx\n" * 10)
    refused(DATA, tmp_path, "--template-docx", bad, "not a .docx (zip) package")


def test_a_zip_that_is_not_office(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "hello")
    bad = written(tmp_path, "deck.pptx", out.getvalue())
    refused(DATA, tmp_path, "--template-pptx", bad, "not an Office document")


def test_a_report_template_given_where_a_deck_is_expected(tmp_path: Path) -> None:
    bad = written(tmp_path, "deck.pptx", REPORT.read_bytes())
    refused(DATA, tmp_path, "--template-pptx", bad, "is a Word document, not a PowerPoint")


def test_a_deck_template_given_where_a_report_is_expected(tmp_path: Path) -> None:
    bad = written(tmp_path, "report.docx", DECK.read_bytes())
    refused(DATA, tmp_path, "--template-docx", bad, "is a PowerPoint file, not a Word document")


def test_truncated_file(tmp_path: Path) -> None:
    data = DECK.read_bytes()
    bad = written(tmp_path, "deck.pptx", data[: len(data) * 2 // 3])
    refused(DATA, tmp_path, "--template-pptx", bad, "not a PowerPoint file")


def test_damaged_zip_entry(tmp_path: Path) -> None:
    data = bytearray(REPORT.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/styles.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 20 : start + 40] = b"\x00" * 20  # flip bytes inside the compressed styles
    bad = written(tmp_path, "report.docx", bytes(data))
    refused(DATA, tmp_path, "--template-docx", bad, "damaged zip package")


@pytest.mark.parametrize(
    ("source", "option", "part"),
    [
        (REPORT, "--template-docx", "word/styles.xml"),
        (DECK, "--template-pptx", "ppt/presentation.xml"),
    ],
    ids=["report-styles", "deck-presentation"],
)
def test_corrupt_xml(source: Path, option: str, part: str, tmp_path: Path) -> None:
    data = repack(source, lambda n, b: b[: len(b) // 2] if n == part else b)
    bad = written(tmp_path, source.name, data)
    message = refused(DATA, tmp_path, option, bad, f"{part} is not well-formed XML")
    assert "save it again" in message


def test_xml_with_a_document_type_declaration(tmp_path: Path) -> None:
    """Entity tricks (billion laughs, outside entities) need a DTD; Office parts never have one."""
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'

    def change(name: str, blob: bytes) -> bytes:
        return bomb + blob.split(b"?>", 1)[1] if name == "word/styles.xml" else blob

    bad = written(tmp_path, "report.docx", repack(REPORT, change))
    refused(DATA, tmp_path, "--template-docx", bad, "document type declaration")


def test_missing_styles_are_a_warning_not_a_refusal(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    template = load_report_template(plain)
    assert template.missing
    assert sum(f"lacks {len(template.missing)} of" in w for w in template.warnings) == 1
    assert all("plain.docx" in w for w in template.warnings)


def test_missing_layouts_are_a_warning_not_a_refusal(tmp_path: Path) -> None:
    prs = pptx.Presentation(str(DECK))
    layouts = prs.slide_masters[0].slide_layouts
    for layout in [lay for lay in layouts if lay.name != "Title and Content"]:
        layouts.remove(layout)
    few = tmp_path / "few-layouts.pptx"
    prs.save(str(few))
    template = load_deck_template(few)
    assert template.warnings and all("few-layouts.pptx" in w for w in template.warnings)


@pytest.mark.parametrize(
    ("name", "data", "option"),
    [
        ("macros.docm", REPORT.read_bytes(), "--template-docx"),
        ("macros.pptm", DECK.read_bytes(), "--template-pptx"),
        (
            "hidden.docx",
            repack(REPORT, add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}),
            "--template-docx",
        ),
        (
            "hidden.pptx",
            repack(DECK, add={"ppt/vbaProject.bin": b"\xd0\xcf\x11\xe0"}),
            "--template-pptx",
        ),
    ],
    ids=["docm", "pptm", "docx-with-vba", "pptx-with-vba"],
)
def test_macro_enabled(name: str, data: bytes, option: str, tmp_path: Path) -> None:
    refused(DATA, tmp_path, option, written(tmp_path, name, data), "macro")


def test_zip_bomb_by_ratio_is_refused_before_unpacking(tmp_path: Path) -> None:
    bomb = repack(DECK, add={"ppt/media/padding.bin": b"\x00" * (8 << 20)})
    assert len(bomb) < 200_000
    message = refused(
        DATA, tmp_path, "--template-pptx", written(tmp_path, "bomb.pptx", bomb), "zip bomb"
    )
    assert "ppt/media/padding.bin" in message


def test_zip_bomb_by_total_size_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_module.LIMITS, "unpacked_bytes", 1 << 20)
    parts = {f"word/media/part{i}.bin": bytes(range(256)) * 1024 for i in range(6)}  # 1.5 MB
    big = written(tmp_path, "big.docx", repack(REPORT, add=parts))
    read: list[str] = []
    original = zipfile.ZipFile.read

    def spy(self: zipfile.ZipFile, name: object, pwd: bytes | None = None) -> bytes:
        read.append(str(getattr(name, "filename", name)))
        return original(self, name, pwd)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "read", spy)
    with pytest.raises(TemplateError, match="would unpack to"):
        load_report_template(big)
    assert not [n for n in read if n.startswith("word/media/")], "no part unpacked"


def test_too_many_parts(tmp_path: Path) -> None:
    many = {f"customXml/item{i}.txt": b"x" for i in range(package_module.LIMITS.entries + 1)}
    bad = written(tmp_path, "many.pptx", repack(DECK, add=many))
    refused(DATA, tmp_path, "--template-pptx", bad, "parts, more than")


def test_enormous_image(tmp_path: Path) -> None:
    huge = png_header(30_000, 30_000)  # 900 million pixels declared in 60 bytes
    bad = written(tmp_path, "huge.pptx", repack(DECK, add={"ppt/media/logo.png": huge}))
    message = refused(DATA, tmp_path, "--template-pptx", bad, "30000 x 30000 pixels")
    assert "ppt/media/logo.png" in message


def test_linked_picture_is_refused(tmp_path: Path) -> None:
    link = (
        f'<Relationship Id="rId99" Type="{RELS}/image" '
        'Target="http://example.invalid/logo.png" TargetMode="External"/></Relationships>'
    )
    part = "ppt/slideLayouts/_rels/slideLayout1.xml.rels"

    def change(name: str, blob: bytes) -> bytes:
        return blob.replace(b"</Relationships>", link.encode()) if name == part else blob

    bad = written(tmp_path, "linked.pptx", repack(DECK, change))
    refused(DATA, tmp_path, "--template-pptx", bad, "http://example.invalid/logo.png")


def test_remote_attached_template_is_removed_and_never_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_browser: None
) -> None:
    url = "http://templates.example.invalid/house.dotm"
    template = written(tmp_path, "attached.docx", attached_template(url))
    connections: list[object] = []

    def no_network(self: socket.socket, address: object) -> None:
        connections.append(address)
        raise OSError("network use is forbidden in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    out = tmp_path / "out"
    run = export(DATA, out, "--template-docx", template, formats="docx")
    assert run.status == Exit.OK, run.stderr
    assert url in run.stderr and "removed that link" in run.stderr
    with zipfile.ZipFile(out / f"{TOPIC}.docx") as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert url.encode() not in everything and b"attachedTemplate" not in everything
    assert connections == []
