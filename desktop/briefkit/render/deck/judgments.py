"""A deck's key judgments (each with its likelihood and confidence beneath it) and its "How to
read this briefing" box, as the report has them (issue 18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from briefkit.compose.model import Briefing, Callout, Paragraph, Section
from briefkit.render.deck.template import DeckLayout
from briefkit.render.deck.text import Line, bullets

__all__ = ["guide_slide", "judgment_slides"]


class DeckWriter(Protocol):
    """What of the deck writer these slides use."""

    briefing: Briefing

    def text_slides(self, role: DeckLayout, title: str, groups: Sequence[Sequence[Line]]) -> None:
        """Slides of ``role`` titled ``title`` holding ``groups``."""

    def callout(self, section: Section, block: Callout) -> None:
        """One callout's slide."""


def judgment_slides(deck: DeckWriter) -> None:
    """The key judgments' slides, each judgment with its likelihood and confidence beneath it."""
    judgments = deck.briefing.key_judgments
    if not judgments:
        return
    groups = [
        [*bullets(j.text), *([Line(j.assessment, 1)] if j.assessment else [])] for j in judgments
    ]
    deck.text_slides(DeckLayout.CONTENT, deck.briefing.language.w("key_judgments"), groups)


def guide_slide(deck: DeckWriter) -> None:
    """The "How to read this briefing" box, on a callout slide; when the briefing's key
    judgments state likelihoods, the speaker notes say how to read the two measures."""
    briefing = deck.briefing
    if briefing.guide:
        lang = briefing.language
        title = lang.w("how_to_read")
        box = Callout("note", title, briefing.guide)
        likelihoods = any(j.assessment for j in briefing.key_judgments)
        told = (Paragraph.of(lang.w("guide_notes")),) if likelihoods else ()
        deck.callout(Section("how-to-read", title, (box,), told), box)
