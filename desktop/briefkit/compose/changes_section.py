"""A briefing's "What changed since <date>" part, from the changes since an earlier document.

``with_changes`` puts it first among the briefing's sections: in the report it follows the
summary, in the deck the key figures (its slides' notes repeat it, so the handout has it too).
Each change is one cited paragraph; with none, the part says "No changes". Sources not yet in
the briefing's list are added to its end, numbered on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.records import DatePrecision
from briefkit.compose.changes import Changes
from briefkit.compose.citations import Citations
from briefkit.compose.model import Briefing, Paragraph, Section
from briefkit.compose.wording import date_label

__all__ = ["CHANGES_SECTION", "with_changes"]

CHANGES_SECTION = "changes-since"
LABEL_CHARS = 160


def with_changes(
    briefing: Briefing, changes: Changes, since: dt.date, catalog: Catalog
) -> Briefing:
    """``briefing`` with the part saying ``changes`` since ``since``, each change cited."""
    lang = catalog.language
    cite = Citations(dict(catalog.sources), lang)
    cite.numbers(entry.id for entry in briefing.sources)  # the numbers the briefing has

    def said(key: str, text: str, sources: list[str] | tuple[str, ...]) -> Paragraph:
        known = [s for s in sources if s in catalog.sources]
        return Paragraph.of(lang.w(key, text=text.rstrip(".")), cite.numbers(known))

    lines = [
        said(
            "changes_line_new",
            f"{lang.w('changes_kind_' + r.kind)} {r.label(LABEL_CHARS)}",
            r.sources,
        )
        for r in changes.added
    ]
    for change in changes.changed:
        fields = "; ".join(
            f"{lang.words.get('col_' + f.field, f.field)}: {f.old or '—'} → {f.new or '—'}"
            for f in change.fields
        )
        lines.append(
            said(
                "changes_line_changed",
                f"{change.new.label(LABEL_CHARS)}: {fields}",
                change.new.sources,
            )
        )
    lines += [
        said("changes_line_removed", r.label(LABEL_CHARS), r.sources) for r in changes.removed
    ]
    for key, disputes in (
        ("changes_line_opened", changes.opened),
        ("changes_line_settled", changes.settled),
        ("changes_line_disputes_changed", tuple(c.new for c in changes.disputes_changed)),
    ):
        lines += [said(key, d.values.get("title", d.id), d.sources) for d in disputes]
    if not lines:
        lines = [Paragraph.of(lang.w("changes_none") + ".")]
    title = lang.w("changes_since", date=date_label(lang, since, DatePrecision.DAY))
    section = Section(CHANGES_SECTION, title, tuple(lines), talking_points=tuple(lines))
    return dataclasses.replace(
        briefing, sections=(section, *briefing.sections), sources=cite.entries()
    )
