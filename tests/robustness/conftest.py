"""Fixtures of the robustness suite."""

from __future__ import annotations

import pytest


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports in this test draw no charts, so they need no browser."""
    from helpers.robust import without_charts

    without_charts(monkeypatch)
