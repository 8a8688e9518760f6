"""Starting the window: nothing slow before its first paint, from all three front doors."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from importlib.metadata import entry_points
from pathlib import Path

from click.testing import CliRunner

from briefkit.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("gui_startup", ROOT / "bench" / "gui_startup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_first_paint_waits_for_nothing_slow() -> None:
    """What keeps the start fast, in behaviour (its time is bench/gui_startup.py's): the
    window paints before the documents' and charts' libraries are imported, before any
    program (LibreOffice, a browser) is started, and before the data is read."""
    result = _bench().measure_once("offscreen")  # type: ignore[attr-defined]
    assert result["heavy"] == [], "plotly, kaleido, python-docx or python-pptx loaded too early"
    assert result["children"] == [], "a program was started before the first paint"
    assert result["topics_then"] == 0, "the data was read before the first paint"
    assert "topics" in result, "the topics never appeared"


def test_launchers_are_declared() -> None:
    scripts = {e.name: e.value for e in entry_points(group="gui_scripts")}
    assert scripts.get("briefkit-gui") == "briefkit.gui.app:run"
    result = CliRunner().invoke(cli, ["gui", "--help"])
    assert result.exit_code == 0
    assert "Open the desktop window" in result.output


def test_python_m_briefkit_gui_opens_the_window(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONPATH=str(ROOT / "desktop"),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "briefkit.gui"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(2.5)
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    assert "Traceback" not in stderr
