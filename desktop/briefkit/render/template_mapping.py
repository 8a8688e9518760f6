"""What a template's contract names were mapped to, in words (``briefkit check`` prints it).

A deck template maps each slide role to a layout (by name, by alias, by its placeholders, or
the content layout standing in); a report template maps each contract style to a style of the
template (by name, by alias) or to Briefkit's house definition. ``template_format`` tells the two
kinds of file apart by extension (for ``briefkit check --template FILE`` and the GUI).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.messages import Pad, message
from briefkit.options import Format
from briefkit.render.office.opening import POWERPOINT, WORD

if TYPE_CHECKING:  # the GUI imports this module; python-pptx loads only when a deck is read
    from briefkit.render.deck.template import DeckTemplate
    from briefkit.render.report.template import ReportTemplate

__all__ = ["DECK_SUFFIXES", "REPORT_SUFFIXES", "mapping_lines", "template_format"]

#: Extensions of Word files (macro-enabled ones too, so that the loader refuses them by name).
REPORT_SUFFIXES = WORD.suffixes
#: Extensions of PowerPoint files (likewise).
DECK_SUFFIXES = POWERPOINT.suffixes


def template_format(path: Path) -> Format | None:
    """Which kind of template a file is, by its extension: DOCX, PPTX or None."""
    suffix = path.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return Format.DOCX
    if suffix in DECK_SUFFIXES:
        return Format.PPTX
    return None


def mapping_lines(template: DeckTemplate | ReportTemplate) -> list[str]:
    """One line per slide role or contract style: what it was mapped to and how."""
    from briefkit.render.deck.template import DeckTemplate

    if isinstance(template, DeckTemplate):
        return [
            message(
                "mapping_layout",
                wanted=c.wanted,
                pad=Pad(c.wanted, [m.wanted for m in template.mapping]),
                layout=c.layout.name,
                how=c.how,
                slides=c.slides,
            )
            for c in template.mapping
        ]
    labels = [message(f"mapping_{c.kind}_style", name=c.name) for c in template.mapping]
    return [
        message(
            "mapping_style",
            label=label,
            pad=Pad(label, labels),
            used=message("mapping_used", name=c.used) if c.used else message("mapping_no_style"),
            how=c.how,
        )
        for label, c in zip(labels, template.mapping, strict=True)
    ]
