"""The last English under ru and kk (issue 19, point 5): ``briefkit inspect``'s listing, the
Pages preview's errors and the chart browser's reasons, each said in the user's language with
English as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from briefkit.cli import Exit, main
from briefkit.messages import message_words
from helpers.english_left import english_left

LANGS = ["ru", "kk"]
TOPIC = "aktobe-2016"


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A deck Briefkit wrote (no charts drawn), with one title changed and one shape deleted."""
    from briefkit import export as export_module
    from helpers.nocharts import no_charts

    out = tmp_path_factory.mktemp("inspect")
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(export_module, "chart_drawing", no_charts)
        mp.setenv("XDG_CACHE_HOME", str(out / "cache"))
        args = ["export", TOPIC, "--format", "pptx", "--out", str(out / "o")]
        assert main(args) == Exit.OK
    finally:
        mp.undo()
    deck = Presentation(str(out / "o" / f"{TOPIC}.pptx"))
    deck.slides[3].shapes.title.text = "Retitled by the trainer"
    gone = deck.slides[5].shapes[1]
    gone._element.getparent().remove(gone._element)
    deck.save(str(out / "edited.pptx"))
    return out / "edited.pptx"


def _inspect(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["inspect", str(path)]) == Exit.OK
    return capsys.readouterr().out.splitlines()


def test_inspect_s_english_listing_is_as_before(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _inspect(edited, capsys)
    assert lines[0].startswith("edited.pptx: a deck made by Briefkit ")
    assert lines[1] == f"  from       topic {TOPIC}"
    assert re.fullmatch(r"  template   bundled \(sha256 [0-9a-f]{12}\)", lines[5])
    assert re.fullmatch(
        r"  shows      \d+ records \(\d+ incidents, \d+ measures, \d+ indicators\), \d+ disputes",
        lines[7],
    )
    assert re.fullmatch(r"  slides     \d+", lines[8])
    assert re.fullmatch(
        r"  pieces     \d+ written: \d+ as written, 1 changed, 1 not found", lines[9]
    )
    assert lines[10] == "    changed    front.4/title (title)"
    assert re.fullmatch(r"    not found  \S+ \(\w+\)", lines[11])


@pytest.mark.parametrize("lang", LANGS)
def test_inspect_s_listing_is_said_in_the_language_with_its_columns_lined_up(
    lang: str, edited: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _inspect(edited, capsys)
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    said = _inspect(edited, capsys)
    assert len(said) == len(english) and said != english
    title = Presentation(str(edited)).core_properties.title or "The Aktobe attacks of June 2016"
    text = "\n".join(said).replace(title, " ").replace("The Aktobe attacks of June 2016", " ")
    text = re.sub(r"\(\w+\)$", " ", text, flags=re.M)  # a piece's role, as its id ends
    assert not english_left(text), english_left(text)
    rows = said[1:10]
    starts = {len(re.match(r"  \S+(?: \S+)*?\s{3,}", row).group()) for row in rows}  # type: ignore[union-attr]
    assert len(starts) == 1, rows
    pieces = said[10:]
    assert len({len(re.match(r"    \S+(?: \S+)*?\s+(?=\S+ \()", p).group()) for p in pieces}) == 1  # type: ignore[union-attr]
    assert "front.4/title (title)" in said[10] and TOPIC in said[1]


@pytest.mark.parametrize("lang", LANGS)
def test_every_inspect_code_has_a_translation(lang: str) -> None:
    from briefkit.message_table_rare import RARE_ENGLISH

    codes = {c for c in RARE_ENGLISH if c.startswith("inspect_")}
    assert len(codes) >= 20
    assert codes <= set(message_words(lang).patterns)
