"""The slide surgery an update needs, on python-pptx's live parts: copy a slide or a shape from
today's deck into the edited one (with its pictures, charts and links), remove a slide, put the
slides in order, add a comment, read a shape's text and look."""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Sequence
from typing import Any

from briefkit.render.office.pieces import A, P, R

__all__ = [
    "add_comment",
    "carry_comments",
    "copy_notes",
    "copy_slide",
    "insert_shape",
    "notes_body",
    "remove_shape",
    "remove_slide",
    "reorder",
    "replace_shape",
    "shape_text",
    "transplant",
]

_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_SLIDE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
_AUTHORS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors"
_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_AUTHORS_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.comments+xml"


def _copy_part(source: Any, package: Any, copies: dict[int, Any]) -> Any:
    """A copy of ``source`` (a chart, say, with its embedded workbook) in ``package`` under a
    free part name, its own relationships copied with it."""
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    if id(source) in copies:
        return copies[id(source)]
    template = re.sub(r"\d*(\.\w+)$", r"%d\1", str(source.partname))
    name = package.next_partname(template) if "%d" in template else PackURI(str(source.partname))
    part = Part(PackURI(str(name)), source.content_type, package, b"")
    copies[id(source)] = part
    renamed = {}
    for r_id, rel in list(source.rels.items()):
        if rel.is_external:
            renamed[r_id] = part.relate_to(rel.target_ref, rel.reltype, is_external=True)
        else:
            target = _copy_part(rel.target_part, package, copies)
            renamed[r_id] = part.relate_to(target, rel.reltype)
    blob = source.blob
    if renamed and source.content_type.endswith("xml"):
        from lxml import etree

        root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
        _rename_ids(root, renamed)
        blob = _bytes(root)
    part._blob = blob
    return part


def _rename_ids(root: Any, renamed: dict[str, str]) -> None:
    for element in root.iter():
        for key, value in element.attrib.items():
            if key.startswith(R) and value in renamed:
                element.set(key, renamed[value])


def transplant(element: Any, source: Any, target: Any, copies: dict[int, Any]) -> None:
    """Point the relationships ``element`` (copied from part ``source``) uses at parts of
    ``target``: pictures added (once each), charts and others copied, links kept; a link to
    another slide of the first deck is dropped."""
    renamed: dict[str, str] = {}
    for node in element.iter():
        for key, value in list(node.attrib.items()):
            if not key.startswith(R):
                continue
            if value not in renamed:
                rel = source.rels.get(value)
                if rel is None or (not rel.is_external and rel.reltype == _SLIDE):
                    renamed[value] = ""
                elif rel.is_external:
                    renamed[value] = target.relate_to(rel.target_ref, rel.reltype, True)
                elif rel.reltype == _IMAGE:
                    blob = rel.target_part.blob
                    renamed[value] = target.get_or_add_image_part(io.BytesIO(blob))[1]
                else:
                    part = _copy_part(rel.target_part, target.package, copies)
                    renamed[value] = target.relate_to(part, rel.reltype)
            if renamed[value]:
                node.set(key, renamed[value])
            else:
                del node.attrib[key]


def _release(part: Any, element: Any) -> None:
    """Drop the relationships of ``part`` that only ``element`` (now removed) used."""
    used = {v for node in element.iter() for k, v in node.attrib.items() if k.startswith(R)}
    for r_id in used:
        if part._rel_ref_count(r_id) == 0 and r_id in part.rels:
            part._rels.pop(r_id)


def _next_id(tree: Any) -> int:
    ids = [int(v) for e in tree.iter(P + "cNvPr") if str(v := e.get("id", "")).isdigit()]
    return max([1, *ids]) + 1


def replace_shape(old: Any, new: Any, part: Any, source: Any, copies: dict[int, Any]) -> Any:
    """Put a copy of ``new`` (a shape of ``source``) where ``old`` is on ``part``'s slide,
    keeping ``old``'s shape id; the copy."""
    fresh = copy.deepcopy(new)
    transplant(fresh, source, part, copies)
    old_nv, new_nv = old.find(f"./*/{P}cNvPr"), fresh.find(f"./*/{P}cNvPr")
    if old_nv is not None and new_nv is not None:
        new_nv.set("id", str(old_nv.get("id")))
    old.getparent().replace(old, fresh)
    _release(part, old)
    return fresh


def insert_shape(
    after: Any, tree: Any, new: Any, part: Any, source: Any, copies: dict[int, Any]
) -> Any:
    """Put a copy of ``new`` after ``after`` (None: last) in ``tree`` (a slide's spTree)."""
    fresh = copy.deepcopy(new)
    transplant(fresh, source, part, copies)
    nv = fresh.find(f"./*/{P}cNvPr")
    if nv is not None:
        nv.set("id", str(_next_id(part._element)))
    if after is not None and after.getparent() is tree:
        after.addnext(fresh)
    else:
        tree.append(fresh)
    return fresh


def remove_shape(shape: Any, part: Any) -> None:
    shape.getparent().remove(shape)
    _release(part, shape)


def _layout(deck: Any, wanted: Any) -> Any:
    """The edited deck's layout named as ``wanted`` (today's deck's), else its first."""
    layouts = [layout for master in deck.slide_masters for layout in master.slide_layouts]
    same = [layout for layout in layouts if layout.name == wanted.name]
    return (same or layouts)[0]


def copy_slide(deck: Any, slide: Any, copies: dict[int, Any]) -> Any:
    """A copy of ``slide`` (of today's deck) at the end of ``deck`` (the edited one), with its
    notes; the new slide."""
    made = deck.slides.add_slide(_layout(deck, slide.slide_layout))
    made.part.partname = made.part.package.next_partname("/ppt/slides/slide%d.xml")
    root = made.part._element
    for child in list(root):
        root.remove(child)
    for child in slide.part._element:
        fresh = copy.deepcopy(child)
        transplant(fresh, slide.part, made.part, copies)
        root.append(fresh)
    for key, value in slide.part._element.attrib.items():
        root.set(key, value)
    if slide.has_notes_slide:
        copy_notes(slide, made)
    return made


def carry_comments(source: Any, target: Any) -> None:
    """The comments on slide ``source`` (classic and modern) made comments on ``target``."""
    for rel in list(source.part.rels.values()):
        if not rel.is_external and rel.reltype.endswith("/comments"):
            target.part.relate_to(rel.target_part, rel.reltype)


def notes_body(slide: Any) -> Any:
    """The notes placeholder's shape element of ``slide`` (created if it has no notes)."""
    placeholder = slide.notes_slide.notes_placeholder
    return placeholder._element if placeholder is not None else None


def copy_notes(source: Any, target: Any) -> None:
    """``target``'s notes text made a copy of ``source``'s."""
    theirs = notes_body(source)
    mine = notes_body(target)
    if theirs is None or mine is None:
        return
    new_body, old_body = theirs.find(P + "txBody"), mine.find(P + "txBody")
    if new_body is None:
        return
    if old_body is None:
        mine.append(copy.deepcopy(new_body))
    else:
        mine.replace(old_body, copy.deepcopy(new_body))


def remove_slide(deck: Any, slide: Any) -> None:
    """Take ``slide`` out of ``deck``."""
    ids = deck.slides._sldIdLst
    for sld_id in list(ids):
        if deck.part.related_part(sld_id.rId) is slide.part:
            deck.part.drop_rel(sld_id.rId)
            ids.remove(sld_id)


def reorder(deck: Any, order: Sequence[Any]) -> None:
    """Put ``deck``'s slides in the order of ``order`` (slides of it, each once)."""
    ids = deck.slides._sldIdLst
    by_part = {id(deck.part.related_part(s.rId)): s for s in ids}
    for sld_id in list(ids):
        ids.remove(sld_id)
    for slide in order:
        ids.append(by_part[id(slide.part)])


def shape_text(shape: Any) -> str:
    """What a shape shows, as text: its paragraphs, its table's rows, or what it is."""
    rows = ["\t".join(_paragraphs(c) for c in r.iter(A + "tc")) for r in shape.iter(A + "tr")]
    if rows:
        return "\n".join(rows)
    text = _paragraphs(shape)
    if text.strip():
        return text
    if next(shape.iter(A + "blip"), None) is not None:
        return "(picture)"
    return "(chart)" if "chart" in str(list(shape.iter(A + "graphicData"))[:1]) else ""


def _paragraphs(element: Any) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(A + "t")) for p in element.iter(A + "p"))


def add_comment(deck: Any, slide: Any, text: str, when: str, author: str = "Briefkit") -> None:
    """A comment by ``author`` on ``slide`` dated ``when`` (ISO day): PowerPoint's classic
    comments, which LibreOffice reads too."""
    from lxml import etree
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    def xml(part: Any) -> Any:
        return etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False))

    package = deck.part.package
    try:
        authors_part = deck.part.part_related_by(_AUTHORS)
    except KeyError:
        root = etree.Element(P + "cmAuthorLst", nsmap={"p": P[1:-1]})
        authors_part = Part(PackURI("/ppt/commentAuthors.xml"), _AUTHORS_TYPE, package, b"")
        authors_part._blob = _bytes(root)
        deck.part.relate_to(authors_part, _AUTHORS)
    authors = xml(authors_part)
    mine = next((a for a in authors if a.get("name") == author), None)
    if mine is None:
        number = 1 + max([-1, *(int(a.get("id", "0")) for a in authors)])
        mine = etree.SubElement(authors, P + "cmAuthor")
        fields = {"id": number, "name": author, "initials": author[:2], "lastIdx": 0}
        for key, value in {**fields, "clrIdx": number}.items():
            mine.set(key, str(value))
    index = int(mine.get("lastIdx", "0")) + 1
    mine.set("lastIdx", str(index))
    authors_part._blob = _bytes(authors)
    try:
        comments_part = slide.part.part_related_by(_COMMENTS)
        comments = xml(comments_part)
    except KeyError:
        name = package.next_partname("/ppt/comments/comment%d.xml")
        comments_part = Part(PackURI(str(name)), _COMMENTS_TYPE, package, b"")
        slide.part.relate_to(comments_part, _COMMENTS)
        comments = etree.Element(P + "cmLst", nsmap={"p": P[1:-1]})
    comment = etree.SubElement(comments, P + "cm", authorId=str(mine.get("id")), idx=str(index))
    comment.set("dt", f"{when}T00:00:00.000")
    etree.SubElement(comment, P + "pos", x="10", y=str(10 + 150 * (len(comments) - 1)))
    etree.SubElement(comment, P + "text").text = text
    comments_part._blob = _bytes(comments)


def _bytes(root: Any) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
