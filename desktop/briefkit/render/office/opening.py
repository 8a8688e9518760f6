"""Opening a template: the one place that checks an Office file before python-docx or python-pptx.

A report template and a deck template go through the same steps, in this order: the file
exists; its extension is not a macro-enabled one; it can be read and passes the package
inspection (``package.py``: sizes, XML, pictures, active content, outside links); it is not an
old binary or encrypted file (an OLE compound file); it is a zip; it is not Strict Open XML; its
main part's content type (found through ``_rels/.rels`` and ``[Content_Types].xml``) is a
document of the wanted kind, with no macros anywhere (by relationship and content type, see
``active.macro_parts``); and a template (.dotx, .potx) or slide show (.ppsx) is relabelled
as a document, so that it opens and saves as one. Each refusal is a ``TemplateError`` that
names the file and the fix, in the words of its ``OfficeKind``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, TypeVar
from xml.etree import ElementTree as ET

from lxml import etree

from briefkit.messages import Message, message, os_reason
from briefkit.render.office.active import macro_parts
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.package import read_package, rewrite_parts
from briefkit.render.office.xmlparts import CONTENT_TYPES, content_type, content_types, parse_part

__all__ = ["OLE_SIGNATURE", "POWERPOINT", "WORD", "OfficeKind", "open_package", "read_document"]

T = TypeVar("T")

OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
"""The first bytes of an OLE compound file: an old binary Office file (.doc, .ppt), or an
encrypted (password-protected) new one."""

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_OOXML = "application/vnd.openxmlformats-officedocument."
_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


@dataclass(frozen=True)
class OfficeKind:
    """One kind of Office file a template is: its extensions, content types and words."""

    template: str
    """What the file is to Briefkit, in messages: "report template"."""
    application: str
    """The program that makes it: "Word"."""
    document: str
    """What it must be, in messages: "a Word document"."""
    file: str
    """What a file of this kind is called: "a Word document", "a PowerPoint file"."""
    family: str
    """The content types' family: "wordprocessingml"."""
    main_type: str
    """The content type of a document's main part."""
    relabelled: tuple[str, ...]
    """Main part content types opened as a document (templates, slide shows)."""
    suffixes: tuple[str, ...]
    """Every extension of the kind, macro-enabled ones too (so they are refused by name)."""
    macro_suffixes: tuple[str, ...]
    old_binary: str
    """The old binary format, in messages: "an old-style Word file (.doc)"."""
    fix: str
    """The sentence that says how to make a usable file."""
    choose: str
    """The sentence that says which file to choose instead."""
    resave: str
    """The sentence for a package its library cannot read."""
    option: str
    """The command line option that takes this kind of template."""
    standard: str
    """The "Save as type" choice for a standard document: "Word Document (*.docx)"."""
    strict: str
    """The "Save as type" choice for Strict OOXML, which Briefkit cannot read."""


WORD = OfficeKind(
    template=message("docx_template"),
    application="Word",
    document=message("docx_document"),
    file=message("docx_document"),
    family="wordprocessingml",
    main_type=f"{_OOXML}wordprocessingml.document.main+xml",
    relabelled=(f"{_OOXML}wordprocessingml.template.main+xml",),
    suffixes=(".docx", ".dotx", ".docm", ".dotm"),
    macro_suffixes=(".docm", ".dotm"),
    old_binary=message("docx_old_binary"),
    fix=message("docx_fix"),
    choose=message("docx_choose"),
    resave=message("docx_resave"),
    option="--template-docx",
    standard=message("docx_standard"),
    strict=message("docx_strict"),
)

POWERPOINT = OfficeKind(
    template=message("pptx_template"),
    application="PowerPoint",
    document=message("pptx_document"),
    file=message("pptx_file"),
    family="presentationml",
    main_type=f"{_OOXML}presentationml.presentation.main+xml",
    relabelled=(
        f"{_OOXML}presentationml.template.main+xml",
        f"{_OOXML}presentationml.slideshow.main+xml",
    ),
    suffixes=(".pptx", ".potx", ".pptm", ".potm", ".ppsx", ".ppsm"),
    macro_suffixes=(".pptm", ".potm", ".ppsm", ".ppam"),
    old_binary=message("pptx_old_binary"),
    fix=message("pptx_fix"),
    choose=message("pptx_choose"),
    resave=message("pptx_resave"),
    option="--template-pptx",
    standard=message("pptx_standard"),
    strict=message("pptx_strict"),
)

_KINDS = (WORD, POWERPOINT)
_FAMILIES = {**{kind.family: kind.file for kind in _KINDS}, "spreadsheetml": message("xlsx_file")}
#: The program of a content type, by a word in it (macro-enabled types are named "ms-word"...).
_APPLICATIONS = {
    **{kind.family: kind.application for kind in _KINDS},
    "spreadsheetml": "Excel",
    "ms-word": "Word",
    "ms-powerpoint": "PowerPoint",
    "ms-excel": "Excel",
}


def open_package(path: Path | str, kind: OfficeKind) -> tuple[bytes, list[str]]:
    """The checked bytes of the template at ``path`` as a document of ``kind``, and notes on
    what the package inspection neutralised. Raises ``TemplateError`` if it cannot be used."""
    path = Path(path)
    what = message("template_named", template=kind.template, path=path)
    if not path.is_file():
        raise TemplateError(message("template_missing", what=what, option=kind.option), path)
    if path.suffix.lower() in kind.macro_suffixes:
        raise TemplateError(_macro_message(what, kind.application, kind), path)
    try:
        data, notes = read_package(path, kind.template)
    except OSError as exc:
        raise TemplateError(
            message("template_unreadable", what=what, reason=os_reason(exc)), path
        ) from exc
    if data.startswith(OLE_SIGNATURE):
        raise TemplateError(
            message("template_old_binary", what=what, old=kind.old_binary, fix=kind.fix), path
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        suffix = kind.suffixes[0]
        said = message("template_not_zip", what=what, file=kind.file, suffix=suffix, fix=kind.fix)
        raise TemplateError(said, path)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        content_type, types, macros = _main_type(package, what, kind, path)
    if macros:  # a macro-enabled main part is among them (its content type)
        application = next(
            (app for word, app in _APPLICATIONS.items() if f"{word}." in content_type),
            kind.application,
        )
        raise TemplateError(_macro_message(what, application, kind), path)
    if content_type == kind.main_type:
        return data, notes
    if content_type in kind.relabelled:
        for old in kind.relabelled:
            types = types.replace(old.encode(), kind.main_type.encode())
        return rewrite_parts(data, {CONTENT_TYPES: types}), notes
    raise TemplateError(_wrong_kind(what, content_type, kind), path)


def read_document(reader: Callable[[BinaryIO], T], data: bytes, path: Path, kind: OfficeKind) -> T:
    """``reader`` (python-docx's ``Document``, python-pptx's ``Presentation``) run on the bytes
    ``open_package`` gave; a package it cannot read is a ``TemplateError``."""
    try:
        return reader(io.BytesIO(data))
    except Exception as exc:  # the Office libraries raise many kinds on a damaged package
        what = message("template_named", template=kind.template, path=path)
        raise TemplateError(
            message(
                "template_damaged", what=what, document=kind.document, error=exc, fix=kind.resave
            ),
            path,
        ) from exc


def _macro_message(what: str, application: str, kind: OfficeKind) -> Message:
    return message("template_macros", what=what, application=application, fix=kind.fix)


def _wrong_kind(what: str, content_type: str, kind: OfficeKind) -> Message:
    """The message for a package of another kind: what it is, and where it would go."""
    family = next((f for f in _FAMILIES if f"{f}." in content_type), None)
    found: str
    if family is None or family == kind.family:
        given = content_type or message("template_no_content_type")
        found = message("template_other_package", content_type=given)
    else:
        found = _FAMILIES[family]
    twin = next((k for k in _KINDS if k.family == family and k is not kind), None)
    hint = (
        message("template_goes_to", template=twin.template, option=twin.option)
        if twin is not None
        else ""
    )
    return message(
        "template_wrong_kind",
        what=what,
        found=found,
        document=kind.document,
        choose=kind.choose,
        hint=hint,
    )


def _main_type(
    package: zipfile.ZipFile, what: str, kind: OfficeKind, path: Path
) -> tuple[str, bytes, bool]:
    """The main part's content type, the bytes of ``[Content_Types].xml``, and whether the
    package holds macros (a macro project, or any macro-enabled part).

    The main part is the one ``_rels/.rels`` names as the office document; without that, the
    first part whose content type is a main part's."""
    try:
        types = package.read(CONTENT_TYPES)
        table = content_types(types)
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise TemplateError(
            message("template_no_content_list", what=what, fix=kind.fix), path
        ) from exc
    macros = bool(_macros(package, table, path, kind))
    part = _main_part(package)
    if part is None and _strict(package):
        raise TemplateError(_strict_message(what, kind), path)
    if part is None:
        found = next((t for t in table[0].values() if t.endswith(".main+xml")), None)
        if found is None:
            raise TemplateError(message("template_no_main_part", what=what, fix=kind.fix), path)
        return found, types, macros
    return content_type(part.lstrip("/"), table), types, macros


def _macros(
    package: zipfile.ZipFile,
    types: tuple[dict[str, str], dict[str, str]],
    path: Path,
    kind: OfficeKind,
) -> list[str]:
    """What makes the package macro-enabled, by content type and relationship type (a VBA
    project under any name), or by the name Office gives a VBA project."""
    rels = {
        name: parse_part(name, package.read(name), path, kind.template)
        for name in package.namelist()
        if name.endswith(".rels")
    }
    named = [n for n in package.namelist() if n.lower().endswith("vbaproject.bin")]
    return named + macro_parts(types, rels)


def _strict(package: zipfile.ZipFile) -> bool:
    """Whether ``_rels/.rels`` names its office document in Strict OOXML's words."""
    try:
        return _STRICT.encode() in package.read("_rels/.rels")
    except KeyError:
        return False


def _strict_message(what: str, kind: OfficeKind) -> Message:
    return message(
        "template_strict",
        what=what,
        application=kind.application,
        standard=kind.standard,
        strict=kind.strict,
    )


def _main_part(package: zipfile.ZipFile) -> str | None:
    """The name of the part ``_rels/.rels`` names as the office document, or None."""
    try:
        rels = ET.fromstring(package.read("_rels/.rels"))
    except (KeyError, ET.ParseError):
        return None
    for rel in rels.iter(f"{_REL_NS}Relationship"):
        if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("Target"):
            return "/" + str(PurePosixPath(rel.get("Target", "").lstrip("/")))
    return None
