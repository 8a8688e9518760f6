"""The Briefing: a format-neutral document, composed once and rendered as report and deck.

Renderers read only these types. Text reaches them as ``Paragraph`` runs, so citations stay
structured (a ``Cite`` holds numbers into ``Briefing.sources``) until the renderer formats them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefkit.catalog.language import Language
from briefkit.catalog.records import Incident, Indicator, Measure
from briefkit.catalog.topic import ChartKind


@dataclass(frozen=True)
class Text:
    """A run of plain text."""

    text: str


@dataclass(frozen=True)
class Cite:
    """A citation marker: numbers into ``Briefing.sources`` (1-based)."""

    numbers: tuple[int, ...]
    grades: tuple[str, ...] = ()
    """Each number's grade (``B2``; ``B`` when the information is not graded), when the
    briefing shows grades; empty otherwise."""

    def label(self) -> str:
        """The marker as printed, for example ``[1, 3]``, or with grades ``[1, C2; 3, B2]``."""
        if self.grades:
            graded = zip(self.numbers, self.grades, strict=True)
            return "[" + "; ".join(f"{n}, {g}" for n, g in graded) + "]"
        return "[" + ", ".join(str(n) for n in self.numbers) + "]"


Run = Text | Cite


@dataclass(frozen=True)
class Paragraph:
    """Text with citation markers."""

    runs: tuple[Run, ...]

    @classmethod
    def of(cls, text: str, citations: tuple[int, ...] | Cite = ()) -> Paragraph:
        """A paragraph of one text run, cited at its end when citations are given."""
        runs: tuple[Run, ...] = (Text(text),)
        cite = citations if isinstance(citations, Cite) else Cite(citations)
        if cite.numbers:
            runs += (cite,)
        return cls(runs)

    @property
    def plain(self) -> str:
        """The text without citation markers."""
        return "".join(r.text for r in self.runs if isinstance(r, Text)).strip()

    @property
    def cited(self) -> str:
        """The text with citation markers as printed, e.g. ``... 17 people [2].``."""
        parts = [r.text if isinstance(r, Text) else " " + r.label() for r in self.runs]
        return "".join(parts).replace("  [", " [").strip()

    @property
    def citations(self) -> tuple[int, ...]:
        """Every source number cited, in order of first appearance."""
        seen: dict[int, None] = {}
        for r in self.runs:
            if isinstance(r, Cite):
                seen.update(dict.fromkeys(r.numbers))
        return tuple(seen)


@dataclass(frozen=True)
class KeyFigure:
    """A headline number: ``value`` as printed ("17", "27 → 171"), what it counts, sources."""

    value: str
    label: str
    detail: str
    citations: tuple[int, ...]
    grades: tuple[str, ...] = ()  # each citation's grade, when the briefing shows grades

    @property
    def cite(self) -> Cite:
        """The figure's citation marker."""
        return Cite(self.citations, self.grades)


@dataclass(frozen=True)
class KeyJudgment:
    """An estimative judgment and, apart, its likelihood and confidence as printed
    ("Likelihood: likely (55–80%). Confidence: moderate."; "" when it has neither)."""

    text: Paragraph
    assessment: str = ""


@dataclass(frozen=True)
class ChartSpec:
    """What a chart shows: its kind (the builder), texts, and the records it draws."""

    id: str
    kind: ChartKind
    title: str
    headline: str
    caption: str
    incidents: tuple[Incident, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    measures: tuple[Measure, ...] = ()
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    citations: tuple[int, ...] = ()
    language: Language = field(kw_only=True)
    """The words, months and separators of the chart's text."""


@dataclass(frozen=True)
class ChartBlock:
    """A numbered figure in the report, a slide of its own in the deck."""

    chart: ChartSpec
    number: int


@dataclass(frozen=True)
class TableBlock:
    """A table of plain strings; ``cells`` rows match ``columns``; notes go beneath it."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths, summing to 1
    number: int
    citations: tuple[int, ...] = ()
    notes: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of a timeline."""

    date: dt.date
    date_label: str
    title: str
    text: Paragraph
    disputed: bool = False
    weight: int = 0
    """How much the event weighs in a shortened timeline: an incident's killed and wounded."""


@dataclass(frozen=True)
class TimelineBlock:
    """A dated sequence of incidents or measures."""

    title: str
    entries: tuple[TimelineEntry, ...]
    citations: tuple[int, ...] = ()


@dataclass(frozen=True)
class Callout:
    """A boxed remark; ``kind`` is "disagreement" (sources differ) or "note"."""

    kind: str
    title: str
    paragraphs: tuple[Paragraph, ...]


Block = Paragraph | ChartBlock | TableBlock | TimelineBlock | Callout


@dataclass(frozen=True)
class Section:
    """A titled part of the briefing, with talking points for the speaker."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    talking_points: tuple[Paragraph, ...] = ()

    @property
    def citations(self) -> tuple[int, ...]:
        """Every source number cited anywhere in the section, in order."""
        seen: dict[int, None] = {}
        for b in self.blocks:
            seen.update(dict.fromkeys(_block_citations(b)))
        for p in self.talking_points:
            seen.update(dict.fromkeys(p.citations))
        return tuple(seen)


def _block_citations(block: Block) -> tuple[int, ...]:
    if isinstance(block, Paragraph):
        return block.citations
    if isinstance(block, ChartBlock):
        return block.chart.citations
    if isinstance(block, TableBlock | TimelineBlock):
        return block.citations
    return tuple(n for p in block.paragraphs for n in p.citations)


@dataclass(frozen=True)
class SourceEntry:
    """A numbered entry of the Sources list."""

    number: int
    id: str
    author: str
    title: str
    publication: str
    date_label: str
    note: str = ""
    quotes: tuple[str, str] = ("“", "”")  # the output language's quotation marks
    descriptive: bool = False  # the title describes an untitled text: shown in [brackets]

    @property
    def reference(self) -> str:
        """The entry as one line: author, title (quoted, or bracketed when descriptive, as
        bibliographies do), publication, date."""
        marks = ("[", "]") if self.descriptive else self.quotes
        title = f"{marks[0]}{self.title}{marks[1]}"
        return f"{self.author}, {title}, {self.publication}, {self.date_label.rstrip('.')}."


@dataclass(frozen=True)
class DisputeLine:
    """A disagreement between sources, as a short form mentions it."""

    title: str
    summary: Paragraph
    """What is disputed, citing the sources of every version."""
    weight: int = 0
    """People killed in the incident concerned (the weightiest dispute leads)."""
    section: str = ""
    """The title of the section whose "Sources disagree" boxes show it ("": none)."""
    record: str = ""
    """The id of the record concerned."""


@dataclass(frozen=True)
class ShortForm:
    """What the short forms (the briefing note) lead with, cited like the rest."""

    purpose: str
    bottom_line: Paragraph
    key_points: tuple[Paragraph, ...]
    lead_charts: tuple[str, ...]
    """``ChartSpec.id`` of the lead charts, in order."""
    disputes: tuple[DisputeLine, ...] = ()
    section_points: tuple[tuple[str, tuple[Paragraph, ...]], ...] = ()
    """Each section's cited points (section id, points), best first: a composed briefing's
    key points are taken from those of its sections."""
    more_sources: tuple[SourceEntry, ...] = ()
    """Sources only the short form cites, numbered after the briefing's own."""


@dataclass(frozen=True)
class Briefing:
    """A whole briefing, ready for any renderer."""

    topic_id: str
    title: str
    subtitle: str
    period_label: str
    issued: dt.date
    issued_label: str
    summary: tuple[Paragraph, ...]
    key_figures: tuple[KeyFigure, ...]
    sections: tuple[Section, ...]
    sources: tuple[SourceEntry, ...]
    keywords: tuple[str, ...] = ()
    marking: str = ""
    prepared_by: str = ""
    key_judgments: tuple[KeyJudgment, ...] = ()
    graded: bool = False
    """Whether citations show the sources' and the information's grades (``--grades``)."""
    guide: tuple[Paragraph, ...] = ()
    """The "How to read this briefing" box: the likelihood scale and confidence when the
    briefing states likelihoods, the grading scales when it shows grades; else empty."""
    chronology: TimelineBlock | None = None
    """For a briefing with no timeline of its own: its incidents (else measures) in order, cited
    only by the sources the briefing cites (the summary deck's timeline)."""
    language: Language = field(kw_only=True)
    """The language of the briefing: its fixed words (``language.w("contents")``), its code."""
    short: ShortForm | None = field(default=None, kw_only=True)
    """What the briefing note leads with (None: a briefing made by hand, with no note)."""

    @property
    def charts(self) -> tuple[ChartSpec, ...]:
        """Every chart in the briefing, in order of appearance."""
        return tuple(b.chart for s in self.sections for b in s.blocks if isinstance(b, ChartBlock))


@dataclass(frozen=True)
class ChartImage:
    """A chart rendered to PNG, as the renderers receive it (keyed by ``ChartSpec.id``)."""

    path: str
    width_px: int
    height_px: int
    alt_text: str

    @property
    def aspect(self) -> float:
        """Height over width."""
        return self.height_px / self.width_px
