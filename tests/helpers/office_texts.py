"""Every text an Office file or a chart figure shows, for the tests that look for words of the
wrong language in a briefing."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from briefkit.catalog import Catalog
from briefkit.compose import compose_briefing
from helpers.samples import BUNDLED_TOPICS

CORE_NOT_TEXT = {"created", "modified", "lastPrinted", "identifier", "language", "revision"}
"""Core properties that hold dates, the topic id and the language code, not words."""

APPLICATION = "Briefkit"  # the program's name, as core properties' author and last editor

ISSUED = dt.date(2024, 3, 1)
"""The issue date the language tests compose their briefings on."""


def source_references(catalog: Catalog) -> list[str]:
    """Every source's reference as a translated Sources list prints it, longest first (so a
    reference is taken out of a text before any shorter one inside it)."""
    entries = {
        e.id: e.reference
        for topic in BUNDLED_TOPICS
        for e in compose_briefing(catalog, topic, issued=ISSUED).sources
    }
    return sorted(entries.values(), key=len, reverse=True)


_PARTS = re.compile(
    r"^(word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml"
    r"|ppt/(slides|notesSlides|charts)/[^/]+\.xml|xl/sharedStrings\.xml)$"
)


def package_texts(package: bytes, name: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of an Office package, embedded workbooks included."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        for part in z.namelist():
            if part.endswith(".xlsx"):
                yield from package_texts(z.read(part), f"{name}/{part}")
            elif part == "docProps/core.xml":
                for el in etree.fromstring(z.read(part)):
                    field = etree.QName(el).localname
                    if field not in CORE_NOT_TEXT and el.text and el.text != APPLICATION:
                        yield f"{name}: core property {field}", el.text
            elif _PARTS.match(part):
                for el in etree.fromstring(z.read(part)).iter():
                    local = etree.QName(el).localname if isinstance(el.tag, str) else ""
                    if local in ("t", "v") and el.text:
                        yield f"{name}/{part}", el.text
                    if local in ("docPr", "cNvPr"):
                        for attribute in ("descr", "title"):
                            if el.get(attribute):
                                yield f"{name}/{part}: alt text", el.get(attribute, "")


def figure_texts(value: Any, key: str = "") -> Iterator[str]:
    """The words a chart picture shows: titles, labels, legends, annotations, categories."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("font", "hovertemplate", "meta", "uid", "colorscale"):
                yield from figure_texts(v, k)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from figure_texts(v, key)
    elif isinstance(value, str) and key in ("text", "name", "ticktext", "x", "y", "labels"):
        yield re.sub(r"<[^>]+>", " ", value)
