"""A structural check of .docx/.pptx packages: what makes Word or PowerPoint offer a repair.

``problems(data)`` lists every defect found (empty when the package is sound): the zip is
intact; every XML part is well-formed (so holds no character XML forbids); [Content_Types].xml
covers every part and names no missing one; every internal relationship points at a part that
exists and no part uses a relationship id its .rels does not define; no relationship points
outside the file except hyperlinks; drawing ids are unique per slide (deck) and across the
document (report).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
P_CNVPR = "{http://schemas.openxmlformats.org/presentationml/2006/main}cNvPr"
WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
ID_ATTRIBUTES = {f"{R_NS}{a}" for a in ("id", "embed", "link", "pict", "dm", "lo", "qs", "cs")}


def problems(data: bytes) -> list[str]:
    """Every structural defect of the package (an empty list for a sound one)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        return [f"not a zip: {exc}"]
    with package:
        bad = package.testzip()
        if bad is not None:
            return [f"damaged zip entry {bad}"]
        names = [n for n in package.namelist() if not n.endswith("/")]
        trees: dict[str, ET.Element] = {}
        found: list[str] = []
        for name in names:
            if name.endswith((".xml", ".rels")):
                try:
                    trees[name] = ET.fromstring(package.read(name))
                except ET.ParseError as exc:
                    found.append(f"{name} is not well-formed XML: {exc}")
    found += _content_types(trees, names)
    found += _relationships(trees, set(names))
    found += _drawing_ids(trees)
    return found


def _content_types(trees: dict[str, ET.Element], names: list[str]) -> list[str]:
    types = trees.get("[Content_Types].xml")
    if types is None:
        return ["no [Content_Types].xml"]
    defaults = {d.get("Extension", "").lower() for d in types.iter(f"{CT}Default")}
    overrides = {o.get("PartName", "") for o in types.iter(f"{CT}Override")}
    found = [f"content type for missing part {p}" for p in overrides if p.lstrip("/") not in names]
    for name in names:
        if name == "[Content_Types].xml":
            continue
        if f"/{name}" not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
            found.append(f"{name} has no content type")
    return found


def _source_of(rels_name: str) -> str:
    """word/_rels/document.xml.rels -> word/document.xml; _rels/.rels -> '' (the package)."""
    folder, file = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), file.removesuffix(".rels"))


def _relationships(trees: dict[str, ET.Element], names: set[str]) -> list[str]:
    found: list[str] = []
    for rels_name, tree in trees.items():
        if not rels_name.endswith(".rels"):
            continue
        source = _source_of(rels_name)
        ids = set()
        for rel in tree.iter(f"{REL}Relationship"):
            ids.add(rel.get("Id"))
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                if not rel.get("Type", "").endswith("/hyperlink"):
                    found.append(f"{rels_name}: external {rel.get('Type')} -> {target}")
                continue
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), target))
            if resolved not in names:
                found.append(f"{rels_name}: {rel.get('Id')} -> missing part {resolved}")
        part = trees.get(source)
        if part is None:
            continue
        for element in part.iter():
            for attribute, value in element.attrib.items():
                if attribute in ID_ATTRIBUTES and value and value not in ids:
                    found.append(f"{source}: {attribute} {value} is not in {rels_name}")
    for name, part in trees.items():  # a part that uses relationship ids needs its .rels
        folder, file = posixpath.split(name)
        if f"{folder}/_rels/{file}.rels".lstrip("/") in trees or name.endswith(".rels"):
            continue
        used = {v for e in part.iter() for a, v in e.attrib.items() if a in ID_ATTRIBUTES and v}
        if used:
            found.append(f"{name} uses relationship ids {sorted(used)} but has no .rels")
    return found


def _drawing_ids(trees: dict[str, ET.Element]) -> list[str]:
    found: list[str] = []
    for name, tree in trees.items():
        if name.startswith("ppt/slides/slide") and name.endswith(".xml"):
            counts = Counter(e.get("id") for e in tree.iter(P_CNVPR))
            found += [f"{name}: shape id {i} used {n} times" for i, n in counts.items() if n > 1]
    docpr = Counter(
        e.get("id")
        for name, tree in trees.items()
        if name.startswith("word/") and name.endswith(".xml")
        for e in tree.iter(WP_DOCPR)
    )
    found += [f"word: drawing id {i} used {n} times" for i, n in docpr.items() if n > 1]
    return found
