"""The window's keys: Export (Ctrl+E) wins over the text fields that would take it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_ctrl_e_exports_from_text_fields_in_a_real_x11_window() -> None:
    """Under X11 a text field takes Ctrl+E as "end of line": Export must win all the same."""
    script = Path(__file__).with_name("keys_under_x11.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, str(script)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert results["platform"] == "xcb"
    assert results["filter"] == ["export"]
    assert (results["filter_cursor"], results["filter_text"]) == (0, "aktobe")  # not "end of line"
    assert results["prepared_by"] == ["export"]
    assert results["marking"] == ["export"]
    assert results["end_key_cursor"] == len("aktobe")  # the field's other keys still work
