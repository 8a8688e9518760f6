"""Active content in a template, found by what a part is (its relationship and content type).

- **Macros** (a VBA project under any name, its signature, Word's VBA data, key map and
  toolbars): the template is refused (``macro_parts``; ``opening`` says so).
- **Embedded objects** (OLE objects such as Packager, ActiveX controls, embedded packages,
  Word's ``altChunk``): removed with the shape that shows them, and a warning naming them.
- **Fields that fetch, include, run or prompt** (INCLUDEPICTURE, INCLUDETEXT, DDE, LINK, ASK,
  ...): the field is removed and its last result kept as text, so updating fields fetches
  nothing; a mail merge (its query runs when the document opens) is removed from the settings.
- **Outside links:** Word's attached template is removed; a hyperlink to anything but
  ``http``, ``https`` or ``mailto`` (``file://``, a UNC path ``\\\\server``) is removed, its
  text kept; any other relationship to an outside file is refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from briefkit.messages import message
from briefkit.render.office.errors import TemplateError
from briefkit.render.office.xmlparts import target_part

__all__ = ["MACRO_RELATIONSHIPS", "macro_parts", "neutralise"]

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"

#: Relationship types (their last word) of a macro project and what belongs to it.
MACRO_RELATIONSHIPS = frozenset(
    {
        "vbaProject",
        "vbaProjectSignature",
        "vbaProjectSignatureAgile",
        "vbaProjectSignatureV3",
        "wordVbaData",
        "keyMapCustomizations",
        "attachedToolbars",
    }
)
_MACRO_RELATIONSHIPS = frozenset(r.lower() for r in MACRO_RELATIONSHIPS)
_MACRO_TYPES = ("vbaproject", "vbadata", "keymapcustomizations", "attachedtoolbars", "macroenabled")

#: Relationship types (their last word) of embedded objects, and what they are in messages.
_EMBEDDED = {
    "oleObject": "an embedded OLE object",
    "package": "an embedded file",
    "control": "an ActiveX control",
    "activeXControlBinary": "an ActiveX control",
    "aFChunk": "an imported document (altChunk)",
    "customXml": "custom XML data",
    "subDocument": "a subdocument",
}
#: The element that shows an embedded object, removed with it (nearest one up the tree).
_HOLDERS = frozenset(
    {
        f"{_P}graphicFrame",
        f"{_P}control",
        f"{_W}object",
        f"{_W}pict",
        f"{_W}altChunk",
        f"{_C}externalData",
    }
)
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
#: Fields that fetch, include, link or run something (the first word of the instruction).
_ACTIVE_FIELDS = frozenset(
    {
        "INCLUDEPICTURE",
        "INCLUDETEXT",
        "INCLUDE",
        "IMPORT",
        "LINK",
        "DDE",
        "DDEAUTO",
        "DATABASE",
        "MACROBUTTON",
        "ASK",
        "FILLIN",
    }
)
#: Word settings that reach outside when a document opens: a mail merge runs its query.
_OUTSIDE_SETTINGS = {f"{_W}mailMerge": "a mail merge (its data source and query run on opening)"}


def macro_parts(
    types: tuple[Mapping[str, str], Mapping[str, str]], rels: Mapping[str, Any]
) -> list[str]:
    """The names of what makes a package macro-enabled: content types and relationships."""
    overrides, defaults = types
    found = [
        name
        for name, content in {**overrides, **{f"*.{e}": t for e, t in defaults.items()}}.items()
        if any(word in content.lower() for word in _MACRO_TYPES)
    ]
    for rels_name, root in rels.items():
        for rel in root.iter(f"{_REL_NS}Relationship"):
            if _last(rel.get("Type", "")).lower() in _MACRO_RELATIONSHIPS:
                found.append(target_part(rels_name, rel.get("Target", "")))
    return found


def neutralise(trees: Mapping[str, Any], path: Path, kind: str) -> tuple[set[str], list[str]]:
    """Remove embedded objects, active fields and outside links from the parsed parts
    ``trees`` (changed in place); refuse other outside links. Returns the names of the changed
    parts and a warning for each thing removed."""
    changed: set[str] = set()
    notes: list[str] = []
    for rels_name, rels in list(trees.items()):
        if not rels_name.endswith(".rels"):
            continue
        owner = _owner(rels_name)
        for rel in list(rels.iter(f"{_REL_NS}Relationship")):
            what = _removed(rel, rels_name, path, kind)
            if what is None:
                continue
            rels.remove(rel)
            changed.add(rels_name)
            external = _external(rel)
            if owner in trees and _unhook(trees[owner], rel.get("Id", ""), not external):
                changed.add(owner)
            removed = "that link" if external else "it"
            notes.append(
                f"The {kind} {path.name} had {what} in {owner or 'the package'}; Briefkit "
                f"removed {removed}, so the documents do not carry it."
            )
    for name, root in trees.items():
        for element in [e for e in root.iter(*_OUTSIDE_SETTINGS) if e.getparent() is not None]:
            element.getparent().remove(element)
            changed.add(name)
            notes.append(
                f"The {kind} {path.name} had {_OUTSIDE_SETTINGS[element.tag]} in {name}; "
                "Briefkit removed it."
            )
        for instruction in _strip_fields(root):
            changed.add(name)
            shown = " ".join(instruction.split())[:100]
            notes.append(
                f"The {kind} {path.name} had a field “{shown}” in {name}, which fetches or "
                "includes outside content; Briefkit kept its last result as text."
            )
    return changed, notes


def _removed(rel: Any, rels_name: str, path: Path, kind: str) -> str | None:
    """What a relationship is, in words, if Briefkit removes it; None if it stays. Refuses
    a link to an outside file that is neither a hyperlink nor an attached template."""
    rel_type = _last(rel.get("Type", ""))
    target = str(rel.get("Target", ""))
    if not _external(rel):
        if rel_type in _EMBEDDED:
            return f"{_EMBEDDED[rel_type]} ({target_part(rels_name, target)})"
        return None
    if rel_type == "hyperlink":
        if target.lower().startswith(_SAFE_SCHEMES) or target.startswith("#"):
            return None
        return f"a link to {target[:120]}"
    if rel_type == "attachedTemplate":
        return f"a link to the attached template {target[:120]}"
    what = message("template_named", template=kind, path=path)
    said = {"type": rel_type or message("link_file"), "target": target[:200]}
    raise TemplateError(message("template_outside_link", what=what, **said), path)


def _unhook(root: Any, rel_id: str, embedded: bool) -> bool:
    """Remove from ``root`` what uses the relationship ``rel_id``: the shape of an
    ``embedded`` object, else the link itself (a hyperlink keeps its text, the attached
    template setting goes). Whether anything used it."""
    users = [
        element
        for element in root.iter()
        if any(str(a).startswith(_R) and v == rel_id for a, v in element.attrib.items())
    ]
    for element in users:
        if element.getparent() is None:
            continue
        if element.tag == f"{_W}hyperlink":  # the text stays, without the link
            parent = element.getparent()
            at = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(at + offset, child)
            parent.remove(element)
            continue
        holder = _holder(element) if embedded else element
        parent = holder.getparent()
        if parent is None:
            continue
        parent.remove(holder)
        if parent.tag == f"{_P}controls" and len(parent) == 0:
            parent.getparent().remove(parent)
    return bool(users)


def _holder(element: Any) -> Any:
    """What to remove with ``element``: the outermost alternate-content block round it, else
    the nearest shape that shows it, else itself."""
    outermost = None
    nearest = None
    for up in (element, *element.iterancestors()):
        if up.tag == f"{_MC}AlternateContent":
            outermost = up
        if nearest is None and up.tag in _HOLDERS:
            nearest = up
    return outermost if outermost is not None else (nearest if nearest is not None else element)


def _strip_fields(root: Any) -> Iterator[str]:
    """Remove the active fields of a Word part, keeping each one's last result; yields the
    instruction of each one removed."""
    if not str(root.tag).startswith(_W):
        return
    for simple in list(root.iter(f"{_W}fldSimple")):
        instruction = str(simple.get(f"{_W}instr", ""))
        if _active(instruction) and simple.getparent() is not None:
            parent = simple.getparent()
            at = parent.index(simple)
            for offset, child in enumerate(list(simple)):
                parent.insert(at + offset, child)
            parent.remove(simple)
            yield instruction
    open_fields: list[dict[str, Any]] = []
    done: list[dict[str, Any]] = []
    for run in list(root.iter(f"{_W}r")):
        for field in open_fields:
            if not field["result"]:
                field["code"].append(run)
        mark = run.find(f"{_W}fldChar")
        kind = "" if mark is None else str(mark.get(f"{_W}fldCharType", ""))
        if kind == "begin":
            open_fields.append({"code": [run], "text": [], "result": False, "end": None})
        elif open_fields and kind == "separate":
            open_fields[-1]["result"] = True
        elif open_fields and kind == "end":
            field = open_fields.pop()
            field["end"] = run
            done.append(field)
        elif open_fields:
            for text in run.iter(f"{_W}instrText"):
                open_fields[-1]["text"].append(text.text or "")
    for field in done:
        instruction = "".join(field["text"])
        if not _active(instruction):
            continue
        for run in (*field["code"], field["end"]):
            if run.getparent() is not None:
                run.getparent().remove(run)
        yield instruction


def _active(instruction: str) -> bool:
    words = instruction.split()
    if not words:
        return False
    first = words[0].upper()
    if first == "HYPERLINK" and len(words) > 1:
        target = words[1].strip('"').lower()
        return not target.startswith(_SAFE_SCHEMES) and not target.startswith("\\l")
    return first in _ACTIVE_FIELDS


def _owner(rels_name: str) -> str:
    """The part a relationships part is for: word/_rels/settings.xml.rels -> word/settings.xml;
    "" for the package's own (_rels/.rels)."""
    folder, _, name = rels_name.rpartition("_rels/")
    return f"{folder}{name.removesuffix('.rels')}".lstrip("/")


def _external(rel: Any) -> bool:
    """Whether a relationship points outside the package (in any letter case: a reader may
    be lenient where python-docx is not)."""
    return str(rel.get("TargetMode", "")).lower() == "external"


def _last(rel_type: str) -> str:
    return rel_type.rsplit("/", 1)[-1]
