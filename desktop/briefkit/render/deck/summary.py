"""The summary deck: at most twelve slides from the same briefing as the full deck.

Title; key figures (one slide: as many as it holds); the topic's key judgments, each with its
likelihood and confidence (as the full deck shows them), and the "How to read this briefing"
slide that explains the scale, when it has them; the lead charts (at
most four, less a chart for each key judgments' slide, and one for the "How to read" slide
when the deck would run over); one
timeline (the briefing's first, else its chronology; the heaviest events that fit one slide);
one "Sources disagree" overview listing every dispute with the slide of the full deck that
shows it (worked out by laying the full deck out in memory with the same template and
options, without its finishing pass, never written); the Sources the summary cites, under the
full briefing's numbers. Every slide after the title has speaker notes, as in the full deck.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from briefkit.charts.style import ChartStyle
from briefkit.compose.model import (
    Briefing,
    ChartBlock,
    ChartImage,
    Paragraph,
    Section,
    Text,
    TimelineBlock,
)
from briefkit.messages import message
from briefkit.options import ChartMode, DisputeSlides
from briefkit.render.deck.disputes import disagreements
from briefkit.render.deck.judgments import guide_slide, judgment_slides
from briefkit.render.deck.tables import TIMELINE_WIDTHS
from briefkit.render.deck.template import DeckTemplate, load_deck_template
from briefkit.render.deck.writer import DeckWriter, plan_deck

__all__ = ["LEAD_CHARTS", "SUMMARY_SLIDES", "lead_charts", "render_summary_deck"]

SUMMARY_SLIDES = 12
"""The most slides a summary deck has."""
LEAD_CHARTS = 4
"""The most charts a summary deck shows."""


def lead_charts(briefing: Briefing) -> list[tuple[Section, ChartBlock]]:
    """The charts the summary leads with, and their sections: those the briefing's short form
    names (``ShortForm.lead_charts``, the topic's choice or its default), in order, else the
    briefing's first charts; at most ``LEAD_CHARTS``."""
    every = [
        (section, block)
        for section in briefing.sections
        for block in section.blocks
        if isinstance(block, ChartBlock)
    ]
    if briefing.short is None:
        return every[:LEAD_CHARTS]
    by_id = {block.chart.id: (section, block) for section, block in every}
    return [by_id[i] for i in briefing.short.lead_charts if i in by_id][:LEAD_CHARTS]


def render_summary_deck(
    briefing: Briefing,
    images: Mapping[str, ChartImage],
    template: Path | DeckTemplate,
    out: Path | BinaryIO,
    chart_mode: ChartMode = ChartMode.PICTURE,
    chart_style: ChartStyle | None = None,
    disputes: DisputeSlides = DisputeSlides.AUTO,
    finish: Callable[[Any], None] | None = None,
) -> list[str]:
    """Write ``briefing``'s summary deck to ``out``; return warnings. ``disputes`` is where
    the full deck the summary points to puts its disputes (``render_deck``); ``finish`` is
    called with the presentation part before it is saved (the document's record)."""
    loaded = template if isinstance(template, DeckTemplate) else load_deck_template(template)
    pages: list[int] = []
    if disagreements(briefing):
        full = plan_deck(briefing, images, loaded, chart_mode, chart_style, disputes, True)
        pages = [page for _, page in full.dispute_pages]
    writer = _SummaryWriter(briefing, images, loaded, chart_mode, chart_style)
    writer.write_summary(pages)
    if writer.blanks.count > SUMMARY_SLIDES and writer.guided and writer.charts > 1:
        # the "How to read" slide comes out of the charts' share when the deck would run over
        fewer = writer.charts - 1
        writer = _SummaryWriter(briefing, images, loaded, chart_mode, chart_style)
        writer.write_summary(pages, most_charts=fewer)
    if finish is not None:
        finish(writer.prs.part)
    writer.prs.save(str(out) if isinstance(out, Path) else out)
    return writer.warnings


class _SummaryWriter(DeckWriter):
    """The full deck's slide builders, used for the summary's few slides."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cited: dict[int, None] = {}
        self.charts = 0
        """How many lead charts the summary shows."""
        self.guided = False
        """Whether it has the "How to read this briefing" slide."""

    def write_summary(self, pages: Sequence[int], most_charts: int = LEAD_CHARTS) -> None:
        """The summary's slides, with at most ``most_charts`` lead charts."""
        b = self.briefing
        self.title_slide()
        self.key_figures(one_slide=True, talking_points=b.summary)
        before = self.blanks.count
        judgment_slides(self)
        # the judgments' slides come out of the charts' share, so that the deck stays short
        most = min(most_charts, LEAD_CHARTS - (self.blanks.count - before))
        charts = lead_charts(b)[: max(1, most)]
        self.charts = len(charts)
        if b.key_judgments and b.guide:
            guide_slide(self)  # the scale explained once, after the judgments that use it
            self.guided = True
        for section, block in charts:
            self.chart(section, block)
        self.short_timeline()
        found = disagreements(b)
        if found:
            rows = [
                (callout, str(pages[n]) if n < len(pages) else "—")
                for n, (_, callout) in enumerate(found)
            ]
            points = tuple(Paragraph.of(c.paragraphs[0].plain) for _, c in found if c.paragraphs)
            listed = Section("disputes", self.language.w("where_sources_disagree"), (), points)
            self.dispute_table(listed, listed.title, rows, self.language.w("col_deck_slide"))
        self.source_slides([s for s in b.sources if s.number in self.cited])
        self.properties()
        if self.blanks.count > SUMMARY_SLIDES:
            said = {"n": self.blanks.count, "limit": SUMMARY_SLIDES}
            self.warnings.append(message("summary_slides_over", **said))

    def finish(
        self,
        slide: Any,
        shown: Iterable[int],
        talking_points: Sequence[Paragraph] = (),
        extra: Sequence[str] = (),
        notes: bool = True,
    ) -> None:
        """As the full deck's, keeping the sources each slide cites for the Sources list."""
        shown = tuple(shown)
        self.cited.update(dict.fromkeys(shown))
        for point in talking_points:
            self.cited.update(dict.fromkeys(point.citations))
        super().finish(slide, shown, talking_points, extra, notes)

    def short_timeline(self) -> None:
        """One timeline slide: the briefing's first timeline (else its chronology), cut to the
        events that fit one slide, the heaviest first (evenly spread when none weighs)."""
        b = self.briefing
        found = [
            (section, block)
            for section in b.sections
            for block in section.blocks
            if isinstance(block, TimelineBlock)
        ]
        if found:
            section, block = found[0]
        elif b.chronology is not None:
            block = b.chronology
            section = Section("timeline", block.title, (), ())
        else:
            return
        total = len(block.entries)
        keep = total
        while keep > 1 and self._pages(_cut(block, keep)) > 1:
            keep -= 1
        caption = ""
        if keep < total:
            words = self.language
            caption = words.w(
                "summary_timeline_left_out", shown=words.number(keep), total=words.number(total)
            )
        shown = _cut(block, keep)
        events = tuple(  # each event's text, for the speaker
            Paragraph((Text(f"{e.date_label}, {e.title}: "), *e.text.runs)) for e in shown.entries
        )
        told = Section(section.id, section.title, (), (*section.talking_points, *events))
        self.timeline(told, shown, caption, brief=True)

    def _pages(self, block: TimelineBlock) -> int:
        return self.table_pages(None, self.timeline_rows(block, brief=True), TIMELINE_WIDTHS)


def _cut(block: TimelineBlock, keep: int) -> TimelineBlock:
    """``keep`` of the timeline's events, in order: the heaviest (``TimelineEntry.weight``), or
    when none weighs, spread evenly from the first to the last."""
    entries = block.entries
    if keep >= len(entries):
        return block
    if any(e.weight for e in entries):
        ranked = sorted(range(len(entries)), key=lambda i: -entries[i].weight)[:keep]
    elif keep == 1:
        ranked = [0]
    else:
        step = (len(entries) - 1) / (keep - 1)
        ranked = [round(i * step) for i in range(keep)]
    chosen = tuple(entries[i] for i in sorted(set(ranked)))
    cited = tuple(dict.fromkeys(n for e in chosen for n in e.text.citations))
    return TimelineBlock(block.title, chosen, cited)
