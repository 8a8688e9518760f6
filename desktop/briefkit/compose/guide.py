"""The "How to read this briefing" box: the scales a briefing uses, explained once."""

from __future__ import annotations

from briefkit.catalog.estimative import SCALE, word_key
from briefkit.catalog.language import Language
from briefkit.compose.model import Paragraph

RELIABILITY = ("A", "B", "C", "D", "E", "F")
CREDIBILITY = ("1", "2", "3", "4", "5", "6")


def reading_guide(language: Language, *, grades: bool, likelihoods: bool) -> tuple[Paragraph, ...]:
    """The box's paragraphs: the likelihood scale and confidence when the briefing states
    likelihoods, the grading scales when it shows grades; empty when it uses neither (so a
    briefing without them is as before)."""
    lang = language
    out: list[Paragraph] = []
    if likelihoods:
        scale = ", ".join(f"{lang.w(word_key(v))} ({lang.w(word_key(v) + '_band')})" for v in SCALE)
        out.append(Paragraph.of(lang.w("guide_likelihood", scale=scale)))
        out.append(Paragraph.of(lang.w("guide_confidence")))
    if grades:
        reliability = ", ".join(f"{g} {lang.w('reliability_' + g)}" for g in RELIABILITY)
        credibility = ", ".join(f"{g} {lang.w('credibility_' + g)}" for g in CREDIBILITY)
        out.append(
            Paragraph.of(lang.w("guide_grades", reliability=reliability, credibility=credibility))
        )
    return tuple(out)
