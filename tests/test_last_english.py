"""The last English under ru and kk (issue 19, point 5): ``briefkit inspect``'s listing, the
Pages preview's errors and the chart browser's reasons, each said in the user's language with
English as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

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
        formats = ["--format", "pptx", "--format", "handout"]
        args = ["export", TOPIC, *formats, "--out", str(out / "o")]
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
    text = re.sub(r"sha256 [0-9a-f]{12}", " ", text)  # the template's digest
    assert not english_left(text), english_left(text)
    rows = said[1:10]
    starts = {len(re.match(r"  \S+(?: \S+)*?\s{3,}", row).group()) for row in rows}  # type: ignore[union-attr]
    assert len(starts) == 1, rows
    pieces = said[10:]
    assert len({len(re.match(r"    \S+(?: \S+)*?\s+(?=\S+ \()", p).group()) for p in pieces}) == 1  # type: ignore[union-attr]
    assert "front.4/title (title)" in said[10] and TOPIC in said[1]


@pytest.mark.parametrize("lang", LANGS)
def test_a_handout_s_listing_names_both_templates_in_the_language(
    lang: str, edited: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    handout = edited.parent / "o" / f"{TOPIC}-handout.docx"
    english = _inspect(handout, capsys)
    assert english[0].endswith(" a handout made by Briefkit 0.1.0") or "handout" in english[0]
    assert re.fullmatch(r"  template   bundled \+ bundled \(sha256 [0-9a-f]{12}\)", english[5])
    monkeypatch.setenv("BRIEFKIT_LANG", lang)
    said = "\n".join(_inspect(handout, capsys)).replace("The Aktobe attacks of June 2016", " ")
    said = re.sub(r"sha256 [0-9a-f]{12}", " ", said)  # the template's digest
    assert " + " in said and not english_left(said), english_left(said)


@pytest.mark.parametrize("lang", LANGS)
def test_every_inspect_code_has_a_translation(lang: str) -> None:
    from briefkit.message_table_rare import RARE_ENGLISH

    codes = {c for c in RARE_ENGLISH if c.startswith("inspect_")}
    assert len(codes) >= 20
    assert codes <= set(message_words(lang).patterns)


def _tool(folder: Path, name: str, body: str) -> None:
    """A stand-in program ``name`` in ``folder`` (on PATH) that runs ``body`` (sh)."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def _preview_error(call: Callable[[], object]) -> str:
    from briefkit.page_preview import PreviewError

    with pytest.raises(PreviewError) as raised:
        call()
    return raised.value.args[0]  # type: ignore[no-any-return]


def test_the_preview_s_errors_keep_their_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefkit import page_preview

    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert _preview_error(lambda: page_preview._page_count(pdf)) == (
        "The page preview needs pdftoppm (poppler-utils), which is not installed: install it "
        "(apt-get install poppler-utils)."
    )
    _tool(tmp_path, "pdfinfo", "exit 3")
    _tool(tmp_path, "pdftoppm", "kill -9 $$")
    said = _preview_error(lambda: page_preview._page_count(pdf))
    assert said == (
        f"pdfinfo could not count the pages of deck.pdf: Command '['{tmp_path}/pdfinfo', "
        f"'{pdf}']' returned non-zero exit status 3."
    )
    said = _preview_error(lambda: page_preview._pdftoppm(pdf, tmp_path / "page", 100, 1, 2))
    assert said.startswith("pdftoppm could not draw the pages of deck.pdf: Command '[")
    assert said.endswith("' died with <Signals.SIGKILL: 9>.")
    _tool(tmp_path, "pdfinfo", "echo Title: x")
    said = _preview_error(lambda: page_preview._page_count(pdf))
    assert said == "pdfinfo could not count the pages of deck.pdf: "  # StopIteration's text


@pytest.mark.parametrize("lang", LANGS)
def test_the_preview_s_errors_are_said_in_the_language(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefkit import page_preview

    words = message_words(lang)
    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    said = [words.say(_preview_error(lambda: page_preview._page_count(pdf)))]
    _tool(tmp_path, "pdfinfo", "exit 3")
    _tool(tmp_path, "pdftoppm", "kill -9 $$")
    said.append(words.say(_preview_error(lambda: page_preview._page_count(pdf))))
    draw = lambda: page_preview._pdftoppm(pdf, tmp_path / "page", 100, 1, 2)  # noqa: E731
    said.append(words.say(_preview_error(draw)))
    _tool(tmp_path, "pdfinfo", "echo Title: x")
    said.append(words.say(_preview_error(lambda: page_preview._page_count(pdf))))
    no_page = page_preview.message("preview_no_page", n=1, name="deck.pdf")
    assert no_page == "pdftoppm drew no page 1 of deck.pdf"
    said.append(words.say(no_page))
    for text in said:
        left = english_left(re.sub(r"pdftoppm|pdfinfo|poppler", " ", text))
        assert not left and ("deck.pdf" in text or "poppler" in text), (text, left)
    assert "3" in said[1] and "9" in said[2]


def test_a_timed_out_tool_is_said_in_the_language() -> None:
    import subprocess

    from briefkit.page_preview import _why

    timeout = subprocess.TimeoutExpired(["/usr/bin/pdfinfo", "deck.pdf"], 60)
    assert _why(timeout) == str(timeout)
    for lang in LANGS:
        said = message_words(lang).say(_why(timeout))
        assert "60" in said and not english_left(re.sub("pdfinfo", " ", said)), said


def test_a_browser_path_that_is_no_browser_is_said_in_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefkit.charts import BrowserNotFound, find_browser

    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chrome"))
    with pytest.raises(BrowserNotFound) as raised:
        find_browser()
    assert str(raised.value) == (
        f"BROWSER_PATH is set to {str(tmp_path / 'no-chrome')!r}, which is not a browser "
        "executable: point it at Chrome or Chromium, or unset it and install Chromium (apt-get "
        "install chromium) or Google Chrome."
    )
    for lang in LANGS:
        said = message_words(lang).say_error(raised.value)
        assert str(tmp_path) in said and not english_left(said), said


def test_a_browser_that_does_not_answer_is_said_in_the_language() -> None:
    import concurrent.futures

    from briefkit.charts.browser import BrowserSession

    never: concurrent.futures.Future[bytes] = concurrent.futures.Future()
    with pytest.raises(TimeoutError) as raised:
        BrowserSession._wait(never, 0.3, cancel=lambda: False)
    assert str(raised.value) == "no answer from the browser within 0 s"
    for lang in LANGS:
        said = message_words(lang).say_error(raised.value)
        assert "0" in said and not english_left(said), said


@pytest.mark.parametrize(
    ("code", "values", "english"),
    [
        ("browser_too_slow", {"seconds": 30.0}, "it took longer than 30 s"),
        ("browser_no_image", {}, "the browser returned no image"),
    ],
)
def test_the_browser_s_other_reasons_are_said_in_each_language(
    code: str, values: dict[str, object], english: str
) -> None:
    from briefkit.messages import message

    said = message(code, **values)
    assert said == english
    for lang in LANGS:
        assert not english_left(message_words(lang).say(said))


@pytest.mark.parametrize("maps", [False, True], ids=["browser", "map outlines"])
def test_a_chart_that_cannot_be_drawn_is_said_in_the_language(
    maps: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The renderer's sentence and the browser's reason inside it, both said."""
    from briefkit.charts import ChartRenderError, renderer
    from briefkit.charts.browser import BrowserSession
    from briefkit.messages import message

    def slow(self: object, *_args: object, **_kwargs: object) -> bytes:
        if maps:
            raise ValueError("topojson: cannot read the outlines")
        raise TimeoutError(message("browser_too_slow", seconds=30.0))

    chart = SimpleNamespace(id="aktobe-2016--context--incidents-map--2")
    job = SimpleNamespace(figure={"data": []}, spec=chart, path=tmp_path / "chart.png")

    monkeypatch.setattr(BrowserSession, "render", slow)
    drawer = renderer.ChartRenderer(tmp_path / "cache", maps=tmp_path)
    monkeypatch.setattr(drawer, "_browser", lambda: BrowserSession.__new__(BrowserSession))
    monkeypatch.setattr(drawer, "_discard", lambda: None)
    with pytest.raises(ChartRenderError) as raised:
        drawer._draw(job)  # type: ignore[arg-type]
    english = str(raised.value)
    if maps:
        assert english == (
            f"Chart '{chart.id}' could not be drawn because the map outlines could not be "
            f"read from {tmp_path.resolve().as_uri()} (topojson: cannot read the outlines): "
            "reinstall Briefkit or restore assets/maps."
        )
    else:
        assert english == (
            f"Chart '{chart.id}' could not be drawn, even after a retry in a fresh browser "
            "(it took longer than 30 s): try again, or check that the browser runs."
        )
    for lang in LANGS:
        said = message_words(lang).say_error(raised.value)
        text = said.replace("topojson: cannot read the outlines", " ")  # a library's own words
        assert chart.id in said and not english_left(text), english_left(text)


@pytest.mark.parametrize(
    ("code", "values", "english"),
    [
        ("chart_browser_closed", {}, "The chart browser was closed."),
        ("chart_rendering_cancelled", {}, "Chart rendering was cancelled."),
        (
            "chart_rendering_cancelled_after",
            {"n": 3, "total": 17},
            "Chart rendering was cancelled after 3 of 17 charts.",
        ),
    ],
)
def test_a_stopped_chart_rendering_is_said_in_each_language(
    code: str, values: dict[str, object], english: str
) -> None:
    from briefkit.charts import RenderCancelled
    from briefkit.messages import message

    stopped = RenderCancelled(message(code, **values))
    assert str(stopped) == english
    for lang in LANGS:
        said = message_words(lang).say_error(stopped)
        assert said != english and not english_left(said), said
        assert all(str(v) in said for v in values.values())
