"""A trainer's edits of a generated report, made with python-docx as Word would save them.

``edit_report`` makes eight kinds of edit on the ``aktobe-2016`` report and returns what each
left, for a test to find again after an update.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

EDITED = "Edited by the trainer: Aktobe had been hit before."
OWN = "The trainer's own paragraph, added after the officials' description."
DELETED = 'According to "Kazakhstan: unknown terrorism", about 400'
CELL = "Edited in the table by the trainer"
COMMENT = "Check this against the court records."
COMMENTED = "The sources offer competing explanations."
INSERTED = " (a tracked insertion by the trainer)"
TRACKED = "Under the package summarised"
HEADING = "How the state responded"
OLD_HEADING = "The response"
RESTYLED = "17 May 2011"
"""The run made bold in the Aktobe region's incident table, which the data changes too."""


def _paragraph(document: Any, start: str) -> Any:
    found = [p for p in document.paragraphs if p.text.startswith(start)]
    assert found, f"no paragraph starts {start!r}"
    return found[0]


def _table(document: Any, first_cell: str, caption: str = "") -> Any:
    for table in document.tables:
        body = table._tbl
        before = body.getprevious()
        said = "".join(t.text or "" for t in before.iter(qn("w:t"))) if before is not None else ""
        if table.cell(0, 0).text == first_cell and caption in said:
            return table
    raise AssertionError(f"no table starts {first_cell!r} after {caption!r}")


def edit_report(path: Path) -> None:
    """Eight kinds of edit, saved over ``path``."""
    document = docx.Document(str(path))
    # 1. a paragraph's text edited
    edited = _paragraph(document, "Aktobe had been hit before")
    for run in edited.runs[1:]:
        run._r.getparent().remove(run._r)
    edited.runs[0].text = EDITED
    # 2. a run restyled (bold) in a table the data changes too
    region = _table(document, "Date", "Incidents in the Aktobe region")
    cell = region.cell(1, 0).paragraphs[0]
    cell.runs[0].bold = True
    # 3. a paragraph added
    officials = _paragraph(document, 'According to "Kazakhstan: unknown terrorism", officials')
    own = copy.deepcopy(officials._p)
    for run in own.findall(qn("w:r"))[1:]:
        own.remove(run)
    for mark in own.findall(qn("w:bookmarkStart")) + own.findall(qn("w:bookmarkEnd")):
        own.remove(mark)
    own.find(qn("w:r")).find(qn("w:t")).text = OWN
    officials._p.addnext(own)
    # 4. a paragraph deleted
    gone = _paragraph(document, DELETED)._p
    gone.getparent().remove(gone)
    # 5. a table cell edited (the measures table, which the data leaves as it was)
    measures = _table(document, "Date", "Legal and institutional measures")
    measures.cell(1, 3).paragraphs[0].runs[0].text = CELL
    # 6. a comment
    commented = _paragraph(document, COMMENTED)
    document.add_comment(commented.runs, text=COMMENT, author="Trainer", initials="TR")
    # 7. a tracked change
    tracked = _paragraph(document, TRACKED)._p
    insertion = tracked.makeelement(
        qn("w:ins"),
        {qn("w:id"): "9001", qn("w:author"): "Trainer", qn("w:date"): "2026-12-01T10:00:00Z"},
    )
    run = insertion.makeelement(qn("w:r"), {})
    text = run.makeelement(qn("w:t"), {qn("xml:space"): "preserve"})
    text.text = INSERTED
    run.append(text)
    insertion.append(run)
    tracked.append(insertion)
    # 8. a heading changed
    heading = next(
        p for p in document.paragraphs if p.text == OLD_HEADING and "Heading" in p.style.name
    )
    for run in heading.runs[1:]:
        run._r.getparent().remove(run._r)
    heading.runs[0].text = HEADING
    document.save(str(path))
