"""office.active: what fields and links are stripped from a template's parts, and what stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from briefkit.render.office.active import macro_parts, neutralise
from briefkit.render.office.errors import TemplateError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def run(inner: str) -> str:
    return f"<w:r>{inner}</w:r>"


def begin() -> str:
    return run('<w:fldChar w:fldCharType="begin"/>')


def separate() -> str:
    return run('<w:fldChar w:fldCharType="separate"/>')


def end() -> str:
    return run('<w:fldChar w:fldCharType="end"/>')


def code(text: str) -> str:
    return run(f'<w:instrText xml:space="preserve">{text}</w:instrText>')


def shown(text: str) -> str:
    return run(f"<w:t>{text}</w:t>")


def header(body: str) -> Any:
    return etree.fromstring(f'<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p>{body}</w:p></w:hdr>')


def cleaned(body: str) -> tuple[str, list[str]]:
    """The header's text and instructions after ``neutralise``, and its notes."""
    root = header(body)
    _, notes = neutralise({"word/header1.xml": root}, Path("t.docx"), "report template")
    texts = "".join(t.text or "" for t in root.iter(f"{{{W}}}t"))
    codes = "".join(t.text or "" for t in root.iter(f"{{{W}}}instrText"))
    return f"{texts}|{codes}", notes


def test_an_instruction_split_over_runs_and_lower_case_is_found() -> None:
    body = begin() + code(" include") + code('text "/etc/passwd" ') + separate() + shown("R")
    result, notes = cleaned(body + end())
    assert result == "R|" and len(notes) == 1


def test_a_field_nested_in_an_active_field_code_goes_with_it() -> None:
    nested = begin() + code(" MERGEFIELD path ") + separate() + shown("NESTED") + end()
    body = begin() + code(" INCLUDEPICTURE ") + nested + code(" \\d ") + separate()
    result, _ = cleaned(body + shown("LAST") + end())
    assert result == "LAST|"


def test_harmless_fields_and_internal_links_stay() -> None:
    page = begin() + code(" PAGE ") + separate() + shown("1") + end()
    anchor = begin() + code(' HYPERLINK \\l "top" ') + separate() + shown("Top") + end()
    web = begin() + code(' HYPERLINK "https://example.org" ') + separate() + shown("W") + end()
    result, notes = cleaned(page + anchor + web)
    assert result == '1TopW| PAGE  HYPERLINK \\l "top"  HYPERLINK "https://example.org" '
    assert notes == []


def test_a_hyperlink_field_to_a_unc_path_goes() -> None:
    body = begin() + code(' HYPERLINK "\\\\\\\\evil\\\\share" ') + separate() + shown("U") + end()
    result, notes = cleaned(body)
    assert result == "U|" and "HYPERLINK" in notes[0]


def test_an_outside_link_that_is_not_a_hyperlink_is_refused() -> None:
    rels = etree.fromstring(
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{R}/subDocument" '
        'Target="\\\\server\\sub.docx" TargetMode="External"/></Relationships>'
    )
    with pytest.raises(TemplateError, match="subDocument"):
        neutralise({"word/_rels/document.xml.rels": rels}, Path("t.docx"), "report template")


def test_an_outside_link_in_lower_case_is_still_outside() -> None:
    rels = etree.fromstring(
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{R}/image" '
        'Target="http://evil.example.invalid/a.png" TargetMode="external"/></Relationships>'
    )
    with pytest.raises(TemplateError, match=r"evil\.example\.invalid"):
        neutralise({"ppt/slideLayouts/_rels/l.xml.rels": rels}, Path("t.pptx"), "deck template")


def test_a_macro_project_is_found_by_relationship_in_any_letter_case() -> None:
    rels = etree.fromstring(
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId9" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/VBAPROJECT" '
        'Target="extras.dat"/></Relationships>'
    )
    found = macro_parts(({}, {"dat": "application/octet-stream"}), {"ppt/_rels/p.xml.rels": rels})
    assert found == ["ppt/extras.dat"]


def test_an_inside_subdocument_is_removed_with_its_reference() -> None:
    rels = etree.fromstring(
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId7" Type="{R}/subDocument" '
        'Target="sub.docx"/></Relationships>'
    )
    document = header('<w:subDoc r:id="rId7"/>')
    trees = {"word/_rels/document.xml.rels": rels, "word/document.xml": document}
    changed, notes = neutralise(trees, Path("t.docx"), "report template")
    assert changed == {"word/_rels/document.xml.rels", "word/document.xml"}
    assert len(rels) == 0 and b"subDoc" not in etree.tostring(document)
    assert "a subdocument (word/sub.docx)" in notes[0]
