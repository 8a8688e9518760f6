"""What the accessibility check finds: one ``Finding`` per problem, naming the file, the place
(slide, paragraph, table), the rule and the fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

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


FIXES: dict[Rule, str] = {
    Rule.SLIDE_TITLE: "put a title in the slide's title placeholder (it may be hidden off the "
    "slide if the design has none)",
    Rule.UNIQUE_TITLE: 'make each title different, e.g. add "(continued)" or "(2 of 3)"',
    Rule.ALT_TEXT: "add alt text (right-click > View Alt Text) that says what it shows, or mark "
    "it decorative",
    Rule.TABLE_HEADER: "mark the first row as a header row (Table Design > Header Row)",
    Rule.MERGED_CELLS: "split the merged cells so each row has one cell per column",
    Rule.READING_ORDER: "put the title first and the rest top to bottom, left to right "
    "(Home > Arrange > Selection Pane, or Accessibility > Reading Order)",
    Rule.CONTRAST: "darken the text or lighten its background to at least 4.5:1",
    Rule.TEXT_SIZE: "use at least 10 pt, or move the text to the notes",
    Rule.DOCUMENT_TITLE: "set a title (File > Info > Properties > Title)",
    Rule.DOCUMENT_LANGUAGE: "set the document's language (Review > Language > Set Proofing "
    "Language on the Normal style)",
    Rule.HEADING_ORDER: "use the next heading level down (Heading 2 after Heading 1)",
    Rule.HEADER_REPEAT: "tick Table Properties > Row > Repeat as header row at the top of "
    "each page on the first row",
    Rule.CONTRAST_UNJUDGED: "look at the slide: the text must be readable over the picture "
    "everywhere (else put it on a plain box or move it off the picture)",
    Rule.RUN_LANGUAGE: "mark the text with its language (Review > Language), e.g. Russian "
    "text as ru-RU",
}


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
        return FIXES[self.rule]

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.rule}: {self.message}; fix: {self.fix}"

    def as_json(self) -> dict[str, str]:
        """The finding as JSON fields."""
        return {
            "file": self.file,
            "where": self.where,
            "rule": str(self.rule),
            "message": self.message,
            "fix": self.fix,
        }


def contrast_problem(text: str, colour: str, grounds: Sequence[str]) -> str | None:
    """What is wrong with ``text`` in ``colour`` on the worst of ``grounds`` (the colours
    under it), or None when every one gives at least ``MIN_CONTRAST``."""
    if not grounds:
        return None
    worst = min(grounds, key=lambda ground: contrast(colour, ground))
    ratio = contrast(colour, worst)
    if ratio >= MIN_CONTRAST:
        return None
    return f"text “{short(text)}” in #{colour} on #{worst} has a contrast of {ratio:.1f}:1"


def errors_in(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that are not warnings: those that fail the check."""
    return [f for f in findings if not f.rule.is_warning]
