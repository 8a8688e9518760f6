"""The Pages tab says why the pages cannot be rendered in the window's language (issue 19,
point 5): the preview's own errors (pdfinfo, pdftoppm, LibreOffice) reach it as messages."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from typing import Any

import pytest

from briefkit.messages import message
from briefkit.page_preview import PreviewError, _why
from helpers.english_left import english_left

FAILED = subprocess.CalledProcessError(99, ["/usr/bin/pdftoppm", "-f", "1", "deck.pdf"])
ERRORS = {
    "no pdftoppm": PreviewError(message("preview_no_pdftoppm")),
    "no LibreOffice": PreviewError(message("preview_no_libreoffice")),
    "pdftoppm failed": PreviewError(
        message("preview_not_drawn", name="deck.pdf", why=_why(FAILED))
    ),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("case", sorted(ERRORS))
def test_a_failed_rendering_is_said_in_the_window_s_language(
    case: str,
    lang: str,
    make_window: Callable[..., Any],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefkit.gui import page_service, pages_driver

    error = ERRORS[case]

    def failing(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(pages_driver, "missing_tools", lambda: "")
    monkeypatch.setattr(page_service, "render_pages", failing)
    window = make_window()
    tab = window.preview_panel.pages
    with qtbot.waitSignal(window.pages.service.unavailable, timeout=20_000):
        window.topics.select("aktobe-2016")
        window.preview_panel.tabs.setCurrentWidget(tab)
    english = tab.status.text()
    assert str(error) in english and "cannot be rendered" in english
    try:
        window.set_interface_language(lang)  # Qt posts the change: wait for it
        qtbot.waitUntil(lambda: tab.status.text() != english, timeout=5_000)
        said = tab.status.text()
        left = english_left(re.sub(r"pdftoppm|pdfinfo", " ", said))  # programs' names
        assert said != english and not left, left
        assert "deck.pdf" in said or case != "pdftoppm failed"
    finally:
        window.set_interface_language("en")
    qtbot.waitUntil(lambda: tab.status.text() == english, timeout=5_000)
