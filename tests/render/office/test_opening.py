"""Opening a template: one set of checks for both kinds, each refusal in its kind's words."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from briefkit.render.deck.template import load_deck_template
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.opening import OLE_SIGNATURE, POWERPOINT, WORD, OfficeKind, open_package
from briefkit.render.report.template import load_report_template
from briefkit.resources import bundled

REPORT = bundled("templates") / "report.docx"
DECK = bundled("templates") / "deck.pptx"
KINDS = [(WORD, REPORT, ".docx"), (POWERPOINT, DECK, ".pptx")]


def refusal(kind: OfficeKind, path: Path) -> str:
    """The message of the ``TemplateError`` that opening ``path`` as ``kind`` raises; it names
    the file and what it was meant to be."""
    with pytest.raises(TemplateError) as info:
        open_package(path, kind)
    assert info.value.path == path
    message = str(info.value)
    assert message.startswith(f"The {kind.template} {path}"), message
    return message


def repacked(src: Path, dst: Path, changes: dict[str, bytes | None]) -> Path:
    """``src`` with parts replaced (or, for None, left out), written to ``dst``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in changes:
                blob = changes[info.filename]
                if blob is not None:
                    zout.writestr(info, blob)
            else:
                zout.writestr(info, zin.read(info))
        for name, blob in changes.items():
            if blob is not None and name not in zin.namelist():
                zout.writestr(name, blob)
    return dst


@pytest.mark.parametrize(("kind", "good", "suffix"), KINDS)
def test_each_step_refuses_in_the_kinds_words(
    kind: OfficeKind, good: Path, suffix: str, tmp_path: Path
) -> None:
    assert "does not exist" in refusal(kind, tmp_path / f"nowhere{suffix}")
    macro = shutil.copy(good, tmp_path / f"macros{kind.macro_suffixes[0]}")
    assert f"macro-enabled {kind.application} file" in refusal(kind, Path(macro))
    old = tmp_path / f"old{suffix}"
    old.write_bytes(OLE_SIGNATURE + bytes(504))
    assert kind.old_binary in refusal(kind, old) and "without a password" in refusal(kind, old)
    text = tmp_path / f"text{suffix}"
    text.write_text("not a package")
    assert f"is not {kind.file}: it is not a {suffix} (zip) package" in refusal(kind, text)
    bare = repacked(good, tmp_path / f"bare{suffix}", {"[Content_Types].xml": None})
    assert "zip file but not an Office document" in refusal(kind, bare)
    # every message ends with the fix
    assert all(refusal(kind, p).endswith(f"{kind.fix}.") for p in (Path(macro), text, bare))


@pytest.mark.parametrize(
    ("kind", "other", "says"),
    [
        (WORD, DECK, "is a PowerPoint file, not a Word document"),
        (POWERPOINT, REPORT, "is a Word document, not a PowerPoint presentation"),
    ],
)
def test_the_other_kind_is_refused_with_where_it_goes(
    kind: OfficeKind, other: Path, says: str, tmp_path: Path
) -> None:
    swapped = shutil.copy(other, tmp_path / f"swapped{kind.suffixes[0]}")
    message = refusal(kind, Path(swapped))
    assert says in message
    twin = POWERPOINT if kind is WORD else WORD
    assert f"(a {twin.template} goes to {twin.option})" in message


@pytest.mark.parametrize(("kind", "good", "suffix"), KINDS)
def test_a_template_is_relabelled_and_every_other_part_kept(
    kind: OfficeKind, good: Path, suffix: str, tmp_path: Path
) -> None:
    with zipfile.ZipFile(good) as package:
        types = package.read("[Content_Types].xml")
        parts = {name: package.read(name) for name in package.namelist()}
    template_types = types.replace(kind.main_type.encode(), kind.relabelled[0].encode())
    assert template_types != types
    office_template = repacked(
        good, tmp_path / f"t{suffix}", {"[Content_Types].xml": template_types}
    )
    data, notes = open_package(office_template, kind)
    assert notes == []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.read("[Content_Types].xml") == types  # a document again
        assert {name: package.read(name) for name in package.namelist()} == parts
    data, _ = open_package(good, kind)
    assert data == good.read_bytes()  # a document is passed on as it is


def test_a_macro_enabled_part_anywhere_refuses_a_report_template_too(tmp_path: Path) -> None:
    with zipfile.ZipFile(REPORT) as package:
        types = package.read("[Content_Types].xml").decode()
    embedded = (
        '<Default Extension="xlsm" ContentType="application/vnd.ms-excel.sheet.macroEnabled.12"/>'
    )
    changed = types.replace("<Default ", embedded + "<Default ", 1).encode()
    path = repacked(REPORT, tmp_path / "embedded.docx", {"[Content_Types].xml": changed})
    assert "macro-enabled Word file" in refusal(WORD, path)
    with pytest.raises(TemplateError, match="macro-enabled"):
        load_report_template(path)


@pytest.mark.parametrize(
    ("load", "good", "main"),
    [
        (load_report_template, REPORT, "word/document.xml"),
        (load_deck_template, DECK, "ppt/presentation.xml"),
    ],
)
def test_a_package_the_library_cannot_read_is_refused_in_the_kinds_words(
    load: Any, good: Path, main: str, tmp_path: Path
) -> None:
    kind = WORD if good == REPORT else POWERPOINT
    broken = repacked(good, tmp_path / f"broken{good.suffix}", {main: None})
    open_package(broken, kind)  # every check before reading passes
    with pytest.raises(TemplateError, match=f"could not be read as {kind.document}") as info:
        load(broken)
    assert str(info.value).endswith(f"{kind.resave}.") and info.value.path == broken
