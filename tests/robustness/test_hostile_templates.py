"""Hostile templates (issue 14, points 1-6 and more): what a part is decides, not its name.

Each template is built inside the test from a bundled one. A template that must not be used is
refused through the real command line (status 4, the file, the part and the fix named); active
content that can be removed is removed with a warning, and the documents written are opened
again to show that none of it reached them.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import docx
import pytest

from briefkit.cli import Exit
from briefkit.resources import bundled
from helpers.robust import (
    DECK,
    RELS,
    REPORT,
    TOPIC,
    export,
    png_header,
    refused,
    repack,
    written,
)

DATA = bundled("data")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MS_RELS = "http://schemas.microsoft.com/office/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"PACKAGER-PAYLOAD" * 8


def add_rel(rels: bytes, rel_id: str, rel_type: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    entry = f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{target}"{mode}/>'
    return rels.replace(b"</Relationships>", entry.encode() + b"</Relationships>")


def add_type(types: bytes, part: str, content_type: str) -> bytes:
    entry = f'<Override PartName="/{part}" ContentType="{content_type}"/>'
    return types.replace(b"</Types>", entry.encode() + b"</Types>")


def edit(changes: Mapping[str, Callable[[bytes], bytes]]) -> Callable[[str, bytes], bytes]:
    """A ``repack`` change applying, per part name, a function of its bytes."""

    def change(name: str, blob: bytes) -> bytes:
        function = changes.get(name)
        return blob if function is None else function(blob)

    return change


def everything(out: Path) -> bytes:
    """Every part of every document written into ``out``, end to end."""
    blobs = []
    for document in sorted(out.glob("*.*x")):
        with zipfile.ZipFile(document) as package:
            blobs += [package.read(n) for n in package.namelist()]
            blobs += [n.encode() for n in package.namelist()]
    assert blobs, f"no document in {out}"
    return b"\n".join(blobs)


def exported(template: Path, option: str, tmp_path: Path, fmt: str) -> tuple[str, bytes]:
    """Export with ``template`` (it must be used); stderr and every written part."""
    out = tmp_path / "out"
    run = export(DATA, out, option, template, formats=fmt)
    assert run.status == Exit.OK, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    return run.stderr, everything(out)


# 1. A VBA project under another name ------------------------------------------------------


@pytest.mark.parametrize("by", ["relationship", "content type"])
@pytest.mark.parametrize(
    ("source", "folder", "main", "option"),
    [
        (REPORT, "word", "word/_rels/document.xml.rels", "--template-docx"),
        (DECK, "ppt", "ppt/_rels/presentation.xml.rels", "--template-pptx"),
    ],
    ids=["docx", "pptx"],
)
def test_a_macro_project_under_another_name_is_refused(
    source: Path, folder: str, main: str, option: str, by: str, tmp_path: Path
) -> None:
    part = f"{folder}/extras.dat"
    if by == "relationship":
        changes = {main: lambda b: add_rel(b, "rIdV1", f"{MS_RELS}/vbaProject", "extras.dat")}
    else:
        changes = {
            "[Content_Types].xml": lambda b: add_type(
                b, part, "application/vnd.ms-office.vbaProject"
            )
        }
    data = repack(source, edit(changes), add={part: OLE})
    template = written(tmp_path, f"hidden{source.suffix}", data)
    message = refused(DATA, tmp_path, option, template, "macro-enabled")
    assert "Save it from" in message and "Traceback" not in message


# 2. Fields and links in a kept header that fetch or include outside content ---------------


def field(instruction: str, result: str) -> str:
    """A complex field in runs, as Word writes it."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{result}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def hyperlink_rel(rel_id: str, target: str) -> str:
    return (
        f'<Relationship Id="{rel_id}" Type="{RELS}/hyperlink" Target="{target}" '
        'TargetMode="External"/>'
    )


INCLUDED = "INCLUDETEXT &quot;/etc/passwd&quot;"
PICTURE = r"INCLUDEPICTURE &quot;http://evil.example.invalid/t.png&quot; \d"
DDE = r"DDEAUTO c:\\windows\\system32\\cmd.exe &quot;/k calc&quot;"
HEADER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:hdr xmlns:w="{W}" xmlns:r="{RELS}">'
    f"<w:p>{field(PICTURE, 'LOGO-RESULT')}</w:p>"
    f'<w:p><w:fldSimple w:instr=" {INCLUDED} "><w:r><w:t>INCLUDED-RESULT</w:t></w:r>'
    "</w:fldSimple></w:p>"
    f"<w:p>{field(DDE, 'DDE-RESULT')}</w:p>"
    '<w:p><w:hyperlink r:id="rIdF"><w:r><w:t>FILE-LINK</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rIdU"><w:r><w:t>UNC-LINK</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rIdH"><w:r><w:t>WEB-LINK</w:t></w:r></w:hyperlink></w:p>'
    f'<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r>{field("PAGE", "1")}</w:p>'
    "</w:hdr>"
)
HEADER_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + hyperlink_rel("rIdF", "file:///C:/secret/plan.docx")
    + hyperlink_rel("rIdU", r"\\evil.example.invalid\share\x")
    + hyperlink_rel("rIdH", "https://www.example.org/")
    + "</Relationships>"
)
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


def with_header(
    header: bytes, rels: bytes | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    """The bundled report with ``header`` as the default header of its section."""

    def sect(blob: bytes) -> bytes:  # the reference goes first inside sectPr
        head, rest = blob.rsplit(b"<w:sectPr", 1)
        attributes, body = rest.split(b">", 1)
        return (
            head
            + b"<w:sectPr"
            + attributes
            + b'><w:headerReference w:type="default" r:id="rIdHdr"/>'
            + body
        )

    def doc(blob: bytes) -> bytes:
        if b"xmlns:r=" not in blob[:2000]:
            blob = blob.replace(b"<w:document ", f'<w:document xmlns:r="{RELS}" '.encode(), 1)
        return sect(blob)

    parts = {"word/header1.xml": header, **(add or {})}
    if rels is not None:
        parts["word/_rels/header1.xml.rels"] = rels
    changes = {
        "word/document.xml": doc,
        "word/_rels/document.xml.rels": lambda b: add_rel(
            b, "rIdHdr", f"{RELS}/header", "header1.xml"
        ),
        "[Content_Types].xml": lambda b: add_type(b, "word/header1.xml", HEADER_TYPE),
    }
    return repack(REPORT, edit(changes), add=parts)


def test_header_fields_and_outside_links_are_stripped_keeping_their_text(
    tmp_path: Path, no_browser: None
) -> None:
    template = written(tmp_path, "fields.docx", with_header(HEADER.encode(), HEADER_RELS.encode()))
    stderr, parts = exported(template, "--template-docx", tmp_path, "docx")
    for active in (
        b"INCLUDEPICTURE",
        b"INCLUDETEXT",
        b"DDEAUTO",
        b"evil.example",
        b"/etc/passwd",
        b"file:///",
        b"secret/plan",
    ):
        assert active not in parts, active
    for kept in (
        b"LOGO-RESULT",
        b"INCLUDED-RESULT",
        b"DDE-RESULT",
        b"FILE-LINK",
        b"UNC-LINK",
        b"https://www.example.org/",
        b" PAGE ",
    ):
        assert kept in parts, kept
    assert "word/header1.xml" in stderr and "INCLUDEPICTURE" in stderr and "DDEAUTO" in stderr
    report = docx.Document(str(tmp_path / "out" / f"{TOPIC}.docx"))
    header = report.sections[0].header
    text = "\n".join(p.text for p in header.paragraphs)
    assert "LOGO-RESULT" in text and "UNC-LINK" in text


def test_an_ole_object_in_a_header_is_removed(tmp_path: Path, no_browser: None) -> None:
    header = HEADER.replace(
        "<w:p><w:fldSimple",
        '<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
        'ProgID="Package" r:id="rIdO"/></w:object></w:r><w:r><w:t>AFTER-OLE</w:t></w:r></w:p>'
        "<w:p><w:fldSimple",
    )
    rels = add_rel(HEADER_RELS.encode(), "rIdO", f"{RELS}/oleObject", "embeddings/oleObject1.bin")
    data = with_header(header.encode(), rels, add={"word/embeddings/oleObject1.bin": OLE})
    template = written(tmp_path, "ole.docx", data)
    stderr, parts = exported(template, "--template-docx", tmp_path, "docx")
    assert b"PACKAGER-PAYLOAD" not in parts and b"OLEObject" not in parts
    assert b"AFTER-OLE" in parts
    assert "word/embeddings/oleObject1.bin" in stderr and "OLE object" in stderr


# 3. An OLE Packager object (and other embedded things) on a slide master or layout --------

OLE_FRAME = (
    '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="99" name="Object 99"/>'
    "<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
    '<p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole">'
    '<p:oleObj progId="Package" r:id="rIdOle"><p:embed/></p:oleObj>'
    "</a:graphicData></a:graphic></p:graphicFrame>"
)
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def deck_with(part: str, shape: str, rel_type: str, target: str, payload: str) -> bytes:
    rels = (
        part.replace("slideMasters/", "slideMasters/_rels/").replace(
            "slideLayouts/", "slideLayouts/_rels/"
        )
        + ".rels"
    )
    changes = {
        part: lambda b: b.replace(b"</p:spTree>", shape.encode() + b"</p:spTree>", 1),
        rels: lambda b: add_rel(b, "rIdOle", rel_type, target),
    }
    return repack(DECK, edit(changes), add={payload: OLE})


@pytest.mark.parametrize(
    ("part", "wrapped"),
    [
        ("ppt/slideMasters/slideMaster1.xml", False),
        ("ppt/slideLayouts/slideLayout2.xml", True),
    ],
    ids=["on-the-master", "in-a-layout-as-alternate-content"],
)
def test_an_ole_packager_object_is_removed(
    part: str, wrapped: bool, tmp_path: Path, no_browser: None
) -> None:
    shape = OLE_FRAME
    if wrapped:
        shape = (
            f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="v">{OLE_FRAME}'
            f"</mc:Choice><mc:Fallback>{OLE_FRAME}</mc:Fallback></mc:AlternateContent>"
        )
    data = deck_with(
        part,
        shape,
        f"{RELS}/oleObject",
        "../embeddings/oleObject1.bin",
        "ppt/embeddings/oleObject1.bin",
    )
    template = written(tmp_path, "ole.pptx", data)
    stderr, parts = exported(template, "--template-pptx", tmp_path, "pptx")
    assert b"PACKAGER-PAYLOAD" not in parts and b"oleObj" not in parts
    assert b"embeddings/" not in parts and b"AlternateContent" not in parts
    assert "ppt/embeddings/oleObject1.bin" in stderr and part in stderr, stderr


def test_an_activex_control_in_a_layout_is_removed(tmp_path: Path, no_browser: None) -> None:
    part = "ppt/slideLayouts/slideLayout2.xml"
    control = '<p:controls><p:control name="Cmd1" r:id="rIdOle" spid="_x0000_s1025"/></p:controls>'
    changes = {
        part: lambda b: b.replace(b"</p:spTree>", b"</p:spTree>" + control.encode(), 1),
        "ppt/slideLayouts/_rels/slideLayout2.xml.rels": lambda b: add_rel(
            b, "rIdOle", f"{RELS}/control", "../activeX/activeX1.xml"
        ),
    }
    activex = (
        b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{X}"/>'
    )
    data = repack(DECK, edit(changes), add={"ppt/activeX/activeX1.xml": activex})
    stderr, parts = exported(
        written(tmp_path, "ax.pptx", data), "--template-pptx", tmp_path, "pptx"
    )
    assert b"activeX" not in parts and b"p:control" not in parts
    assert "ActiveX control" in stderr


# 4. Document type declarations, wherever and in whatever encoding ---------------------------


def test_a_doctype_after_a_long_comment_is_refused(tmp_path: Path) -> None:
    late = (
        b"<!--" + b"x" * 5000 + b'--><!DOCTYPE w:styles SYSTEM "http://evil.example.invalid/x.dtd">'
    )

    def change(blob: bytes) -> bytes:
        head, rest = blob.split(b"?>", 1)
        return head + b"?>" + late + rest

    data = repack(REPORT, edit({"word/styles.xml": change}))
    message = refused(
        DATA,
        tmp_path,
        "--template-docx",
        written(tmp_path, "late.docx", data),
        "document type declaration",
    )
    assert "word/styles.xml" in message


def test_a_utf16_header_with_an_entity_is_refused(tmp_path: Path) -> None:
    header = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        '<!DOCTYPE w:hdr [<!ENTITY boom "INSIDE">]>'
        f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>&boom;</w:t></w:r></w:p></w:hdr>'
    ).encode("utf-16")
    data = with_header(header)
    message = refused(
        DATA,
        tmp_path,
        "--template-docx",
        written(tmp_path, "u16.docx", data),
        "document type declaration",
    )
    assert "word/header1.xml" in message


# 5. Pictures checked by their content -----------------------------------------------------

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="10" height="10"><image xlink:href="{href}" width="10" height="10"/></svg>'
)


@pytest.mark.parametrize(
    ("name", "href"),
    [
        ("ppt/media/logo.svg", "http://evil.example.invalid/beacon.png"),
        ("ppt/media/logo.svg", "file:///etc/passwd"),
        ("ppt/media/logo.png", "http://evil.example.invalid/as-png.png"),
        ("ppt/media/logo.emf", "http://evil.example.invalid/utf16.png"),
    ],
    ids=["svg-http", "svg-file", "svg-named-png", "svg-in-utf16-named-emf"],
)
def test_an_svg_with_outside_references_is_refused(name: str, href: str, tmp_path: Path) -> None:
    def types(blob: bytes) -> bytes:
        return blob.replace(
            b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/></Types>'
        )

    data = repack(
        DECK,
        edit({"[Content_Types].xml": types}),
        add={name: SVG.format(href=href).encode("utf-16" if "utf16" in href else "utf-8")},
    )
    message = refused(DATA, tmp_path, "--template-pptx", written(tmp_path, "svg.pptx", data), href)
    assert name in message and "PNG" in message


def test_an_enormous_png_named_jfif_is_refused(tmp_path: Path) -> None:
    huge = png_header(100_000, 100_000)  # 10^10 pixels
    data = repack(DECK, add={"ppt/media/logo.jfif": huge})
    message = refused(
        DATA,
        tmp_path,
        "--template-pptx",
        written(tmp_path, "jfif.pptx", data),
        "100000 x 100000 pixels",
    )
    assert "ppt/media/logo.jfif" in message


# 6. Strict OOXML ----------------------------------------------------------------------------

STRICT = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


@pytest.mark.parametrize(
    ("source", "option", "choice"),
    [
        (REPORT, "--template-docx", "Word Document (*.docx)"),
        (DECK, "--template-pptx", "PowerPoint Presentation (*.pptx)"),
    ],
    ids=["docx", "pptx"],
)
def test_strict_ooxml_is_named_with_the_way_out(
    source: Path, option: str, choice: str, tmp_path: Path
) -> None:
    standard = f"{RELS}/officeDocument".encode()
    data = repack(source, edit({"_rels/.rels": lambda b: b.replace(standard, STRICT)}))
    message = refused(
        DATA, tmp_path, option, written(tmp_path, f"strict{source.suffix}", data), "Strict Open XML"
    )
    assert choice in message and "no main part" not in message


# More cases -----------------------------------------------------------------------------------


def test_a_file_hyperlink_on_a_layout_is_removed(tmp_path: Path, no_browser: None) -> None:
    part = "ppt/slideLayouts/slideLayout2.xml"
    link = '<a:hlinkClick r:id="rIdOle"/>'

    def layout(blob: bytes) -> bytes:
        return blob.replace(b'<p:cNvPr id="2"', b'<p:cNvPr id="2"', 1).replace(
            b'name=""/>', b'name="">' + link.encode() + b"</p:cNvPr>", 1
        )

    changes = {
        part: layout,
        "ppt/slideLayouts/_rels/slideLayout2.xml.rels": lambda b: add_rel(
            b, "rIdOle", f"{RELS}/hyperlink", "file://///evil.example.invalid/share/x.exe", True
        ),
    }
    data = repack(DECK, edit(changes))
    stderr, parts = exported(
        written(tmp_path, "link.pptx", data), "--template-pptx", tmp_path, "pptx"
    )
    assert b"evil.example" not in parts and b"hlinkClick" not in parts
    assert "removed that link" in stderr


def test_an_alt_chunk_and_custom_xml_do_not_reach_the_report(
    tmp_path: Path, no_browser: None
) -> None:
    chunk = b"<html><body><img src='http://evil.example.invalid/beacon.png'>CHUNK</body></html>"
    custom = (
        b'<?xml version="1.0"?><?xml-stylesheet href="http://evil.example.invalid/s.xsl"?>'
        b"<data>CUSTOM</data>"
    )

    def doc(blob: bytes) -> bytes:
        if b"xmlns:r=" not in blob[:2000]:
            blob = blob.replace(b"<w:document ", f'<w:document xmlns:r="{RELS}" '.encode(), 1)
        return blob.replace(b"<w:body>", b'<w:body><w:altChunk r:id="rIdChunk"/>', 1)

    def rels(blob: bytes) -> bytes:
        blob = add_rel(blob, "rIdChunk", f"{RELS}/aFChunk", "chunk.html")
        return add_rel(blob, "rIdCustom", f"{RELS}/customXml", "../customXml/item1.xml")

    changes = {"word/document.xml": doc, "word/_rels/document.xml.rels": rels}
    data = repack(
        REPORT,
        edit(changes),
        add={"word/chunk.html": chunk, "customXml/item1.xml": custom},
    )
    stderr, parts = exported(
        written(tmp_path, "chunk.docx", data), "--template-docx", tmp_path, "docx"
    )
    assert b"evil.example" not in parts and b"CHUNK" not in parts and b"CUSTOM" not in parts
    assert "altChunk" in stderr and "custom XML" in stderr


def test_very_deep_nesting_is_refused(tmp_path: Path) -> None:
    deep = b"<w:ins>" * 5000 + b"</w:ins>" * 5000

    def change(blob: bytes) -> bytes:
        return blob.replace(b"</w:styles>", deep + b"</w:styles>")

    data = repack(REPORT, edit({"word/styles.xml": change}))
    message = refused(
        DATA, tmp_path, "--template-docx", written(tmp_path, "deep.docx", data), "not well-formed"
    )
    assert "word/styles.xml" in message


def test_a_huge_number_of_relationships_is_refused_quickly(tmp_path: Path) -> None:
    many = "".join(
        f'<Relationship Id="rIdX{i}" Type="{RELS}/image" Target="../media/none.png"/>'
        for i in range(50_000)
    ).encode()
    part = "ppt/slideLayouts/_rels/slideLayout2.xml.rels"
    changes = {part: lambda b: b.replace(b"</Relationships>", many + b"</Relationships>")}
    data = repack(DECK, edit(changes))
    started = time.monotonic()
    message = refused(
        DATA, tmp_path, "--template-pptx", written(tmp_path, "rels.pptx", data), "relationships"
    )
    assert part in message and time.monotonic() - started < 20


def test_a_part_named_twice_is_refused(tmp_path: Path) -> None:
    """zipfile reads the last of two entries of one name; the checked one must be the used one."""
    with zipfile.ZipFile(DECK) as deck:
        master = deck.read("ppt/slideMasters/slideMaster1.xml")
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = repack(DECK, add={"ppt/slideMasters/slideMaster1.xml": master})
    message = refused(
        DATA, tmp_path, "--template-pptx", written(tmp_path, "twice.pptx", data), "two parts named"
    )
    assert "ppt/slideMasters/slideMaster1.xml" in message


def test_a_mail_merge_query_does_not_reach_the_report(tmp_path: Path, no_browser: None) -> None:
    merge = (
        '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
        '<w:dataType w:val="odbc"/><w:connectString w:val="DSN=evil;UID=x"/>'
        '<w:query w:val="SELECT * FROM evil"/></w:mailMerge>'
    )

    def settings(blob: bytes) -> bytes:
        head, rest = blob.split(b"<w:settings", 1)
        attributes, body = rest.split(b">", 1)
        return head + b"<w:settings" + attributes + b">" + merge.encode() + body

    data = repack(REPORT, edit({"word/settings.xml": settings}))
    stderr, parts = exported(
        written(tmp_path, "merge.docx", data), "--template-docx", tmp_path, "docx"
    )
    assert b"mailMerge" not in parts and b"SELECT" not in parts and b"DSN=evil" not in parts
    assert "mail merge" in stderr and "word/settings.xml" in stderr
