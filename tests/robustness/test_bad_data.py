"""Bad data (``--data DIR``): each case of issue 6, through the real command line.

Every broken folder is built inside the test from a copy of the bundled data. A broken one must
give a message naming the file, the line and the field, exit status 3, and write no file at all.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from briefkit.cli import Exit
from helpers.robust import LEGAL, TOPIC, export, files_in, replace

TOPIC_FILE = f"topics/{TOPIC}.yaml"
SUMMARY_START = 'According to "Kazakhstan: unknown terrorism", on 5 June 2016'
KULSARY = "Kulsary,46.953,54.0197,town,ct-operation,militants,Armed group,5,5"


def line_with(path: Path, needle: str) -> int:
    """The 1-based line of ``path`` holding ``needle`` (read as bytes: any encoding)."""
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if needle.encode() in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def rewrite_columns(path: Path, drop: str = "", add: str = "") -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    keep = [i for i, c in enumerate(rows[0]) if c != drop]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([rows[0][i] for i in keep] + ([add] if add else []))
    for row in rows[1:]:
        writer.writerow([row[i] for i in keep] + (["red"] if add else []))
    path.write_text(out.getvalue(), encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """One way to break the data, and where the message must point."""

    file: str
    breaks: Callable[[Path], None]
    line: Callable[[Path], int]
    field: str
    says: str


def _kulsary(new: str) -> Callable[[Path], None]:
    return lambda d: replace(d / "incidents.csv", KULSARY, KULSARY.replace(",5,5", new, 1))


def _kulsary_line(d: Path) -> int:
    return line_with(d / "incidents.csv", "kulsary-operation-2012-09-12")


def _cp1251(d: Path) -> None:
    path = d / "measures.csv"
    text = path.read_text(encoding="utf-8").replace("Tablighi Jamaat banned", "Запрет Таблиги")
    path.write_bytes(text.encode("cp1251"))


def _latin1(d: Path) -> None:
    path = d / "measures.csv"
    text = path.read_text(encoding="utf-8").replace("Tablighi Jamaat banned", "Interdit à Almaty")
    path.write_bytes(text.encode("latin-1"))


CASES: dict[str, Case] = {
    "windows-1251": Case(
        "measures.csv",
        _cp1251,
        lambda d: line_with(d / "measures.csv", "tablighi-jamaat-ban-2013,"),
        "",
        "Windows-1251",
    ),
    "latin-1": Case(
        "measures.csv",
        _latin1,
        lambda d: line_with(d / "measures.csv", "tablighi-jamaat-ban-2013,"),
        "",
        "is not UTF-8",
    ),
    "utf-16": Case(
        "indicators.csv",
        lambda d: (d / "indicators.csv").write_bytes(
            (d / "indicators.csv").read_text(encoding="utf-8").encode("utf-16")
        ),
        lambda d: 1,
        "",
        "is UTF-16 text, not UTF-8",
    ),
    "missing-column": Case(
        "measures.csv",
        lambda d: rewrite_columns(d / "measures.csv", drop="status"),
        lambda d: 1,
        "status",
        "column is missing",
    ),
    "extra-column": Case(
        "measures.csv",
        lambda d: rewrite_columns(d / "measures.csv", add="colour"),
        lambda d: 1,
        "colour",
        "is not a known column",
    ),
    "word-in-a-count": Case(
        "incidents.csv", _kulsary(",five,5"), _kulsary_line, "killed", "is not a whole number"
    ),
    "negative-count": Case(
        "incidents.csv", _kulsary(",-5,5"), _kulsary_line, "killed", "cannot be negative"
    ),
    "absurd-count": Case(
        "incidents.csv", _kulsary(",5000000,5"), _kulsary_line, "killed", "check the figure"
    ),
    "impossible-date": Case(
        "incidents.csv",
        lambda d: replace(d / "incidents.csv", "2012-09-12,day", "2012-02-30,day"),
        _kulsary_line,
        "date",
        "YYYY-MM-DD",
    ),
    "empty-file": Case(
        "indicators.csv",
        lambda d: (d / "indicators.csv").write_bytes(b""),
        lambda d: 1,
        "",
        "is empty",
    ),
    "header-only": Case(
        "indicators.csv",
        lambda d: (d / "indicators.csv").write_text(
            (d / "indicators.csv").read_text(encoding="utf-8").splitlines()[0] + "\n",
            encoding="utf-8",
        ),
        lambda d: 1,
        "",
        "has a header but no rows",
    ),
    "duplicate-id": Case(
        "indicators.csv",
        lambda d: replace(
            d / "indicators.csv", "sentenced-terrorism-2012,", "sentenced-terrorism-2008,"
        ),
        lambda d: line_with(d / "indicators.csv", "sentenced-terrorism-2008,") + 1,
        "id",
        "already used",
    ),
    "unknown-source-id": Case(
        "measures.csv",
        lambda d: replace(d / "measures.csv", "voloshin-2013", "volosin-2013"),
        lambda d: 2,
        "sources",
        "volosin-2013",
    ),
    "broken-yaml": Case(
        TOPIC_FILE,
        lambda d: replace(
            d / TOPIC_FILE,
            "title: The Aktobe attacks of June 2016",
            "title: The Aktobe: attacks: of June 2016",
        ),
        lambda d: line_with(d / TOPIC_FILE, "title: The Aktobe: attacks"),
        "",
        "not valid YAML",
    ),
    "topic-refers-to-a-missing-record": Case(
        TOPIC_FILE,
        lambda d: replace(d / TOPIC_FILE, "  - land-protests-2016\n", "  - no-such-incident\n"),
        lambda d: line_with(d / TOPIC_FILE, "no-such-incident"),
        "",
        "no-such-incident",
    ),
    "control-character-in-a-cell": Case(
        "incidents.csv",
        lambda d: replace(d / "incidents.csv", "Police raided a flat", "Police\x07 raided a flat"),
        _kulsary_line,
        "summary",
        "control character U+0007",
    ),
    "control-character-in-yaml": Case(
        TOPIC_FILE,
        lambda d: replace(d / TOPIC_FILE, "keywords: [Aktobe,", "keywords: [Ak\x1btobe,"),
        lambda d: line_with(d / TOPIC_FILE, "Ak\x1btobe"),
        "",
        "control character U+001B",
    ),
    "escaped-control-character-in-yaml": Case(
        TOPIC_FILE,
        lambda d: replace(
            d / TOPIC_FILE,
            "title: The Aktobe attacks of June 2016",
            'title: "The Aktobe \\x0c attacks"',
        ),
        lambda d: line_with(d / TOPIC_FILE, "title: "),
        "title",
        "control character U+000C",
    ),
    "very-long-string": Case(
        "incidents.csv",
        lambda d: replace(d / "incidents.csv", "Police raided a flat", "Police " * 800),
        _kulsary_line,
        "summary",
        "longer than 4000 characters",
    ),
    "binary-garbage": Case(
        "measures.csv",
        lambda d: (d / "measures.csv").write_bytes(bytes(range(256)) * 8),
        lambda d: 0,
        "",
        "",
    ),
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_bad_data_is_named_and_writes_nothing(case: Case, data_copy: Path, tmp_path: Path) -> None:
    case.breaks(data_copy)
    out = tmp_path / "out"
    run = export(data_copy, out)
    assert run.status == Exit.DATA, run.stdout + run.stderr
    lines = [line for line in run.stderr.splitlines() if f"{case.file}:" in line]
    assert lines, f"no message names {case.file}:\n{run.stderr}"
    line = case.line(data_copy)
    where = f"{case.file}:{line}: " if line else f"{case.file}:"
    if case.field:
        where += f"{case.field}: "
    assert any(where in m and case.says in m for m in lines), f"want {where!r} {case.says!r}:\n" + (
        "\n".join(lines)
    )
    assert "Traceback" not in run.stderr
    assert files_in(out) == [], "nothing is written"


def test_utf8_with_bom_is_accepted_as_it_is(
    data_copy: Path, tmp_path: Path, no_browser: None
) -> None:
    for name in ("incidents.csv", "measures.csv", "indicators.csv", TOPIC_FILE):
        path = data_copy / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    run = export(data_copy, tmp_path / "out", formats="docx")
    assert run.status == Exit.OK, run.stderr
    text = "\n".join(p.text for p in Document(str(tmp_path / "out" / f"{TOPIC}.docx")).paragraphs)
    assert "\ufeff" not in text and "The Aktobe attacks of June 2016" in text


def _texts_of_deck(path: Path) -> str:
    texts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(texts)


def test_legal_characters_are_kept_exactly(
    data_copy: Path, tmp_path: Path, no_browser: None
) -> None:
    """XML specials, Cyrillic and Kazakh letters, RTL scripts, emoji: in both documents as given."""
    yaml_text = LEGAL.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    replace(
        data_copy / TOPIC_FILE,
        "title: The Aktobe attacks of June 2016",
        f'title: "{yaml_text}"',
    )
    long_text = ("Ақтөбе облысы — " * 200).strip()  # 3,199 characters
    replace(data_copy / TOPIC_FILE, SUMMARY_START, f"{long_text}. {SUMMARY_START}")
    out = tmp_path / "out"
    run = export(data_copy, out)
    assert run.status == Exit.OK, run.stderr
    report = Document(str(out / f"{TOPIC}.docx"))
    body = "\n".join(p.text for p in report.paragraphs)
    assert LEGAL in body
    assert long_text in body
    assert report.core_properties.title == LEGAL
    deck = _texts_of_deck(out / f"{TOPIC}.pptx")
    assert LEGAL in deck
    assert long_text.split(" — ")[0] in deck
