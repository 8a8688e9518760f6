"""Messages in the user's language: the mechanism (``briefkit.messages``), the Russian words for
every message, and ``check --lang`` naming the messages a translation lacks."""

from __future__ import annotations

import datetime as dt
import errno
import re
import shutil
import string
from pathlib import Path

import pytest

from briefkit.catalog.message_check import message_problems
from briefkit.export_errors import ProtectedFiles
from briefkit.message_table import ENGLISH
from briefkit.messages import Joined, Message, MessageWords, message, message_words
from briefkit.resources import bundled
from briefkit.write_errors import write_failure
from helpers.robust import run_cli


def test_a_message_is_its_english_text_and_keeps_its_code_and_values() -> None:
    said = message("problems_found", n=3)
    assert said == "3 problem(s) found" and isinstance(said, str)
    assert (said.code, dict(said.values)) == ("problems_found", {"n": 3})
    assert message_words("en").say(said) == "3 problem(s) found"


def test_russian_says_a_message_with_the_noun_agreeing_with_its_number() -> None:
    ru = message_words("ru")
    forms = [ru.say(message("count_topics", n=n)) for n in (1, 2, 5, 11, 21, 22, 25)]
    assert forms == ["1 тема", "2 темы", "5 тем", "11 тем", "21 тема", "22 темы", "25 тем"]
    assert ru("problems_found", n=1) == "найдена 1 проблема"


def test_a_message_inside_a_message_is_said_in_the_same_language() -> None:
    ru = message_words("ru")
    reason = write_failure(Path("/out/a.docx"), OSError(errno.ENOSPC, "No space left"))
    outer = message("manifest_not_written", reason=reason, name="a.docx")
    assert outer.startswith("cannot write /out/a.docx: the disk is full")
    assert ru.say(outer).startswith("не удаётся записать /out/a.docx: диск заполнен")
    assert ru.say(outer).endswith("; a.docx тоже не записан")
    joined = Joined(", ", [message("made_from_bundled"), "x.pptx"])
    assert joined == "bundled, x.pptx" and ru.say(joined) == "встроенный, x.pptx"


def test_a_broken_or_missing_pattern_falls_back_to_english() -> None:
    words = MessageWords("xx", {"problems_found": "{m} oops", "cancelled": "{"})
    assert words("problems_found", n=2) == "2 problem(s) found"
    assert words("cancelled") == "cancelled"
    assert words("no_problems", folder="d", summary="s") == "d: no problems (s)"
    assert message_words("xx").say(message("cancelled")) == "cancelled"  # no such language


def test_every_error_of_a_protected_folder_is_said_in_russian(tmp_path: Path) -> None:
    made = {tmp_path / "a.docx": [("language", "en"), ("template", "bundled")]}
    refused = ProtectedFiles([tmp_path / "a.docx"], made_from=made)
    assert "a.docx (language en, template bundled)" in str(refused)
    said = message_words("ru").say(refused.args[0])
    assert "a.docx (язык en, шаблон встроенный)" in said and "ничего не записано" in said
    assert isinstance(refused.args[0], Message)


def test_the_russian_translation_gives_every_message() -> None:
    ru = bundled("data") / "translations" / "ru" / "messages.yaml"
    assert ru.is_file()
    assert message_problems(bundled("data"), "ru") == []
    assert set(message_words("ru").patterns) == set(ENGLISH)


def _new_language(data: Path, lang: str) -> Path:
    """A copy of the Russian translation under another code, without its messages."""
    folder = data / "translations" / lang
    shutil.copytree(data / "translations" / "ru", folder)
    (folder / "messages.yaml").unlink()
    return folder


def test_check_lists_the_messages_a_new_language_lacks(data_copy: Path) -> None:
    folder = _new_language(data_copy, "uz")  # a language the data lacks
    (folder / "messages.yaml").write_text(
        'messages:\n  cancelled: "бас тартылды"\n  no_problems: "{folde}"\n  nonsense: x\n',
        encoding="utf-8",
    )
    asked = run_cli("check", "--data", data_copy, "--lang", "uz")
    assert asked.status != 0
    lines = asked.stdout.splitlines()
    missing = [ln for ln in lines if "messages.yaml: messages." in ln and ": missing" in ln]
    assert len(missing) == len(ENGLISH) - 2  # all but cancelled and no_problems
    assert any("messages.no_problems: uses ['folde']" in ln for ln in lines)
    assert any("messages.nonsense: is not a known message" in ln for ln in lines)
    assert not any("messages.cancelled" in ln for ln in lines)
    # not asked for: the messages fall back to English, so the gaps only warn
    plain = run_cli("check", "--data", data_copy)
    gaps = [ln for ln in plain.stdout.splitlines() if "messages.yaml" in ln]
    assert gaps and all(ln.startswith("warning: ") for ln in gaps)
    assert message_words("uz", data_copy)("cancelled") == "бас тартылды"


def test_a_copy_without_messages_takes_them_from_the_bundled_data(data_copy: Path) -> None:
    (data_copy / "translations" / "ru" / "messages.yaml").unlink()
    run = run_cli("check", "--data", data_copy, "--lang", "ru")
    assert run.status == 0 and "messages.yaml" not in run.stdout
    assert message_words("ru", data_copy)("cancelled") == "отменено"


def test_english_words_under_a_user_folder_change_nothing(data_copy: Path) -> None:
    assert message_words("en", data_copy)("cancelled") == "cancelled"


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_each_russian_pattern_says_its_message(code: str) -> None:
    english = ENGLISH[code]
    names = {name for _, name, _, _ in string.Formatter().parse(english) if name}
    values: dict[str, object] = {name: 2 if name in _NUMBERS else "X" for name in names}
    values |= {name: dt.date(2016, 6, 5) for name in names & {"start", "end"}}
    russian = message_words("ru").say(message(code, **values))
    words = "".join(text for text, *_ in string.Formatter().parse(english))
    if re.search("[A-Za-z]{3}", words):  # a pattern with words of its own
        assert russian != message(code, **values) and re.search("[а-яё]", russian)


_NUMBERS = {
    "n",
    "ratio",
    "seconds",
    "bundled",
    "row",
    "rows",
    "widths",
    "shown",
    "left",
    "failed",
    "points",
}
_NUMBERS |= {
    "total",
    "share",
    "size",
    "spacing",
    "own",
    "factor",
}  # "slides" is words in a layout warning, a number elsewhere


def test_a_cached_warning_keeps_its_code_and_values(tmp_path: Path) -> None:
    from briefkit.render.cache import DocumentCache

    reason = message("figure_file_missing", path=Path("/x/c.png"))
    warning = message("figure_left_out", number=1, title="T", why=reason)
    joined = Joined("; ", [message("made_from_bundled"), "plain"])
    cache = DocumentCache(tmp_path)
    cache.put("k", b"doc", [warning, "old plain text", joined])
    found = cache.get("k")
    assert found is not None
    back, plain, together = found[1]
    assert back == warning and isinstance(back, Message) and back.code == "figure_left_out"
    assert (
        message_words("ru").say(back)
        == "Рисунок 1 («T») не вошёл в доклад: файл /x/c.png отсутствует."
    )
    assert plain == "old plain text" and together == "bundled; plain"
    assert message_words("ru").say(together) == "встроенный; plain"


def test_a_message_survives_a_deep_copy_and_a_pickle() -> None:
    import copy
    import pickle

    said = message("made_from_file", name="a", made=Joined(", ", [message("made_from_bundled")]))
    for again in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert again == said and isinstance(again, Message) and again.code == "made_from_file"
        assert message_words("ru").say(again) == "a (встроенный)"
