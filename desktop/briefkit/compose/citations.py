"""Numbering of sources in order of first citation, and parsing of ``[@id]`` markers."""

from __future__ import annotations

from collections.abc import Iterable

from briefkit.catalog.grades import grade_code
from briefkit.catalog.language import Language
from briefkit.catalog.records import Source
from briefkit.catalog.topic import CITATION
from briefkit.compose.model import Cite, Paragraph, Run, SourceEntry, Text
from briefkit.compose.wording import date_label


class Citations:
    """Gives each cited source a number, in order of first citation; lists them in ``language``."""

    def __init__(
        self, sources: dict[str, Source], language: Language, *, grades: bool = False
    ) -> None:
        self._sources = sources
        self._language = language
        self._numbers: dict[str, int] = {}
        self.grades = grades

    def cite(self, source_ids: Iterable[str], credibility: int | None = None) -> Cite:
        """The marker citing these sources; with grades, each source's reliability and the
        information's ``credibility`` (``[3, B2]``; ``[3, B]`` when it is not graded)."""
        ids = list(dict.fromkeys(source_ids))
        numbers = self.numbers(ids)
        if not self.grades:
            return Cite(numbers)
        by_number = {self._numbers[sid]: sid for sid in ids}
        codes = (grade_code(self._sources.get(by_number[n]), credibility) for n in numbers)
        return Cite(numbers, tuple(c if c[:1].isalpha() else "?" + c for c in codes))

    def label(self, source_ids: Iterable[str], credibility: int | None = None) -> str:
        """The marker as a table cell prints it."""
        return self.cite(source_ids, credibility).label()

    def numbers(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        """The numbers of these sources (numbering new ones), without repeats."""
        out: dict[int, None] = {}
        for sid in source_ids:
            if sid not in self._numbers:
                self._numbers[sid] = len(self._numbers) + 1
            out[self._numbers[sid]] = None
        return tuple(out)

    def known(self) -> Citations:
        """Citations that number only the sources numbered already (the others are left out),
        and share their numbers with this one."""
        view = _Known(self._sources, self._language)
        view._numbers = self._numbers
        return view

    def paragraph(self, text: str, trailing: Iterable[str] = ()) -> Paragraph:
        """Text with ``[@id]`` markers turned into numbered citations (adjacent ones merged)."""
        runs: list[Run] = []
        pos = 0
        pending: list[str] = []
        for match in CITATION.finditer(text):
            between = text[pos : match.start()]
            if between.strip() or not pending:
                if pending:
                    runs.append(self.cite(pending))
                    pending = []
                if between:
                    runs.append(
                        Text(between.rstrip() if not between.strip() else between.rstrip(" "))
                    )
            pending.append(match.group(1))
            pos = match.end()
        tail = text[pos:]
        extra = list(trailing)
        if pending and (tail.strip() and tail.strip() not in ".;,:"):
            runs.append(self.cite(pending))
            pending = []
        if pending:
            runs.append(self.cite([*pending, *extra]))
            extra = []
        if tail:
            runs.append(Text(tail))
        if extra:
            runs.append(self.cite(extra))
        return Paragraph(tuple(r for r in runs if not (isinstance(r, Text) and not r.text)))

    def note(self, s: Source) -> str:
        """What the Sources list says after a source: its grade and why (with grades), and its
        stance."""
        if not (self.grades and s.reliability):
            return s.stance
        lang = self._language
        grade = lang.w(
            "source_grade",
            grade=s.reliability,
            label=lang.w("reliability_" + s.reliability),
            reason=s.reliability_reason.strip().rstrip("."),
        )
        return f"{grade}. {s.stance}".strip()

    def entries(self) -> tuple[SourceEntry, ...]:
        """The Sources list: every cited source, numbered."""
        out = []
        lang = self._language
        for sid, number in sorted(self._numbers.items(), key=lambda kv: kv[1]):
            s = self._sources[sid]
            out.append(
                SourceEntry(
                    number=number,
                    id=sid,
                    author=lang.w("unknown_author") if s.author.lower() == "unknown" else s.author,
                    title=s.title,
                    publication=s.publication,
                    date_label=s.date_note or date_label(lang, s.date, s.date_precision),
                    note=self.note(s),
                    quotes=lang.quotes,
                    descriptive=s.descriptive_title,
                )
            )
        return tuple(out)


class _Known(Citations):
    """Citations that never number a new source (``Citations.known``)."""

    def numbers(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        """The numbers of those of these sources numbered already."""
        return tuple(dict.fromkeys(self._numbers[s] for s in source_ids if s in self._numbers))
