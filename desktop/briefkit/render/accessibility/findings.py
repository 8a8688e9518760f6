"""What the accessibility check finds: one ``Finding`` per problem, naming the file, the place
(slide, paragraph, table), the rule and the fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from briefkit.messages import Message, message, to_plain
from briefkit.palette import contrast
from briefkit.render.accessibility.languages import short

__all__ = [
    "MIN_CONTRAST",
    "MIN_SLIDE_POINTS",
    "WARNINGS",
    "Finding",
    "Rule",
    "contrast_problem",
    "errors_in",
    "place",
]

MIN_CONTRAST = 4.5
"""WCAG 2.1 AA contrast for text, applied to all text (large text too)."""
MIN_SLIDE_POINTS = 10.0
"""The smallest type a slide may show."""


class Rule(StrEnum):
    """The rules, by the name a finding shows."""

    SLIDE_TITLE = "slide-title"
    UNIQUE_TITLE = "unique-title"
    ALT_TEXT = "alt-text"
    TABLE_HEADER = "table-header"
    MERGED_CELLS = "merged-cells"
    READING_ORDER = "reading-order"
    CONTRAST = "contrast"
    TEXT_SIZE = "text-size"
    DOCUMENT_TITLE = "document-title"
    DOCUMENT_LANGUAGE = "document-language"
    HEADING_ORDER = "heading-order"
    HEADER_REPEAT = "header-repeat"
    RUN_LANGUAGE = "run-language"
    CONTRAST_UNJUDGED = "contrast-unjudged"

    @property
    def is_warning(self) -> bool:
        """Whether a finding of this rule is a warning (a document still passes with it)."""
        return self in WARNINGS


def _fix(rule: Rule) -> Message:
    """A rule's fix, as a message (``a11y_fix_<rule>``)."""
    return message("a11y_fix_" + str(rule).replace("-", "_"))


def place(kind: str, **values: object) -> Message:
    """A finding's place: ``place("slide", n=3)`` is "slide 3" (``a11y_where_<kind>``)."""
    return message(f"a11y_where_{kind}", **values)


WARNINGS = frozenset({Rule.CONTRAST_UNJUDGED})
"""The rules whose findings are warnings: what the check cannot judge."""


@dataclass(frozen=True)
class Finding:
    """One accessibility problem in one file."""

    file: str
    """The file's name, as given."""
    where: str
    """The place: "slide 3", "paragraph 12", "table 2", "document"."""
    rule: Rule
    message: str
    """What is wrong there, in a sentence without the fix."""

    @property
    def fix(self) -> str:
        """What to do about it."""
        return _fix(self.rule)

    def said(self) -> Message:
        """The whole finding as one message (its place, message and fix said in another
        language by ``MessageWords.say``)."""
        return message(
            "a11y_finding",
            file=self.file,
            where=self.where,
            rule=str(self.rule),
            message=self.message,
            fix=self.fix,
        )

    def __str__(self) -> str:
        return str(self.said())

    def as_json(self) -> dict[str, str]:
        """The finding as JSON fields."""
        return {
            "file": self.file,
            "where": self.where,
            "rule": str(self.rule),
            "message": self.message,
            "fix": self.fix,
        }

    def cached(self) -> dict[str, object]:
        """``as_json`` with the place and message kept as messages (``findings_from_json``
        reads them back, so that a cached finding is still said in another language)."""
        return {**self.as_json(), "said": [to_plain(self.where), to_plain(self.message)]}


def contrast_problem(
    text: str, colour: str, grounds: Sequence[str], owner: Message | None = None
) -> str | None:
    """What is wrong with ``text`` in ``colour`` on the worst of ``grounds`` (the colours
    under it), or None when every one gives at least ``MIN_CONTRAST``; ``owner`` names the
    part of the template both colours come from (its slide master, its table style ...)."""
    if not grounds:
        return None
    worst = min(grounds, key=lambda ground: contrast(colour, ground))
    ratio = contrast(colour, worst)
    if ratio >= MIN_CONTRAST:
        return None
    said = {"text": short(text), "colour": colour, "ground": worst, "ratio": f"{ratio:.1f}"}
    if owner is not None:
        return message("a11y_contrast_template", owner=owner, **said)
    return message("a11y_contrast", **said)


def errors_in(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that are not warnings: those that fail the check."""
    return [f for f in findings if not f.rule.is_warning]
