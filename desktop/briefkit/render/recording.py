"""What an export puts in each document's record, and the stamping of it (``office.stamp``)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefkit import __version__
from briefkit.catalog.catalog import Catalog
from briefkit.compose.custom import CustomBriefing
from briefkit.compose.model import Briefing
from briefkit.compose.shown import Shown, digest_of, shown_by
from briefkit.options import DisputeSlides, ExportOptions, Format, Length
from briefkit.render.office.record import Made

__all__ = ["Recording", "document_recording", "recording_for"]


@dataclass(frozen=True)
class Recording:
    """One document's record before its pieces are known: how it was made, what it shows."""

    made: Made
    shown: Shown
    sections: tuple[tuple[str, str], ...]
    sources_title: str

    @property
    def key(self) -> str:
        """What the record holds before the pieces, as a fingerprint (for the document cache)."""
        made = self.made
        fields = [made.briefkit, made.format, made.lang, made.issued, made.topic, made.title]
        fields += [made.name, *made.parts, made.template, made.template_sha256]
        fields += [f"{k}={v}" for k, v in (made.composition or {}).items()]
        fields += [f"{k}={v}" for k, v in made.options.items()]
        return digest_of([*fields, self.shown.digest])

    def stamp(self, main: Any) -> None:
        """Put this record inside the document whose main part is ``main``, before it is saved
        (a renderer's ``finish``)."""
        from briefkit.render.office.stamp import stamp_document

        stamp_document(main, self.made, self.shown, self.sections, self.sources_title)


def recording_for(
    briefing: Briefing,
    fmt: Format,
    options: ExportOptions,
    shown: Shown,
    *,
    template: str,
    packages: Mapping[Format, bytes],
    parts: tuple[str, ...] = (),
    name: str = "",
    composition: Mapping[str, str] | None = None,
) -> Recording:
    """The record of ``briefing`` written as ``fmt``: ``template`` names the template(s) as the
    manifest does, ``packages`` holds the templates' bytes in use by format, ``parts`` a
    composition's sections (then ``name`` is its file name stem, ``composition`` what else it
    needs to be built again: ``Made.composition``)."""
    used = {Format.HANDOUT: (Format.DOCX, Format.PPTX), Format.NOTE: (Format.DOCX,)}.get(
        fmt, (fmt,)
    )
    digest = hashlib.sha256()
    for kind in used:
        digest.update(packages.get(kind, b""))
    chosen = {
        "chart_mode": str(options.chart_mode) if fmt not in (Format.DOCX, Format.NOTE) else "",
        "house_style": "yes" if options.house_style else "",
        "grades": "yes" if options.grades else "",
        "marking": options.marking,
        "prepared_by": options.prepared_by,
    }
    if fmt == Format.PPTX:  # only what differs from the default: an update reads them back
        chosen["length"] = "" if options.length == Length.FULL else str(options.length)
        auto = options.dispute_slides == DisputeSlides.AUTO
        chosen["dispute_slides"] = "" if auto else str(options.dispute_slides)
    made = Made(
        briefkit=__version__,
        format=str(fmt),
        lang=briefing.language.code,
        issued=briefing.issued.isoformat(),
        topic="" if parts else briefing.topic_id,
        title=briefing.title,
        name=name,
        parts=parts,
        template=template,
        template_sha256=digest.hexdigest(),
        options={k: v for k, v in chosen.items() if v},
        composition=composition,
    )
    sections = tuple((s.id, s.title) for s in briefing.sections)
    return Recording(made, shown, sections, briefing.language.w("sources"))


def document_recording(
    briefing: Briefing,
    fmt: Format,
    options: ExportOptions,
    catalog: Catalog,
    compositions: Sequence[CustomBriefing],
    template: str,
    packages: Mapping[Format, bytes],
) -> Recording:
    """The record of ``briefing`` (a topic's, or one of ``compositions``) written as ``fmt``
    from ``catalog`` (in the briefing's language)."""
    spec = next((c for c in compositions if c.slug == briefing.topic_id), None)
    parts = tuple(map(str, spec.parts)) if spec is not None else ()
    shown = shown_by(catalog, None if spec else briefing.topic_id, parts)
    return recording_for(
        briefing,
        fmt,
        options,
        shown,
        template=template,
        packages=packages,
        parts=parts,
        name=briefing.topic_id if spec else "",
        composition=_composition(spec) if spec is not None else None,
    )


def _composition(spec: CustomBriefing) -> dict[str, str]:
    """What a composition's record holds besides its title, name and parts."""
    chosen = {
        "subtitle": spec.subtitle,
        "length": str(spec.length) if spec.length is not None else "",
        "grades": "yes" if spec.grades else "",
    }
    return {k: v for k, v in chosen.items() if v}
