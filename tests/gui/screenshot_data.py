"""Screenshots of importing events and of the Data view, for review, in a language:

    xvfb-run -a .venv/bin/python tests/gui/screenshot_data.py /tmp/shots --lang ru

The import report of a small ACLED file (with a possible duplicate and a refused row), the Data
view, and the incident form showing a field's problem. The data is a temporary copy (the user's
own data folder is pointed into a temporary folder too). ``screenshots.py`` takes the same
pictures after its own. Not a test (pytest does not collect it); a person looks at them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from screenshots import settle, wait_until  # beside this script

from briefkit.gui import i18n
from briefkit.gui.app import application
from briefkit.gui.collector import GuiThreadCollector
from briefkit.gui.main_window import MainWindow
from briefkit.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.helpers import acled  # noqa: E402


def _save(widget: QWidget, path: Path) -> None:
    settle(0.4)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def data_shots(window: MainWindow, out: Path, tmp: Path, suffix: str = "") -> None:
    """The import report, the Data view and its forms showing problems, into ``out``."""
    planned: list[QWidget] = []
    window.event_import.planned.connect(planned.append)
    window.event_import.start([acled.write_csv(tmp / "acled-kazakhstan.csv")])
    wait_until(lambda: bool(planned))
    _save(planned[0], out / f"import-report{suffix}.png")
    planned[0].close()

    view = window.open_data_view()
    assert view is not None
    _save(view, out / f"data-view{suffix}.png")
    incidents = view.tables["incidents"]
    incidents.filter.setText("2011")
    view.tables["incidents"].view.selectRow(0)
    _save(view, out / f"data-view-filtered{suffix}.png")
    view.tabs.setCurrentWidget(view.tables["disputes"])
    _save(view, out / f"data-view-disputes{suffix}.png")
    view.tabs.setCurrentWidget(incidents)
    form = window.incident_editor.form(incidents.current_id(), view)
    assert form is not None
    form.fields["killed"].setText("0")
    form.fields["latitude"].setText("10")
    _save(form, out / f"incident-form{suffix}.png")
    form.close()
    dispute = window.incident_editor.dispute("taraz-attacks-2011-11-12", view)
    assert dispute is not None
    dispute.field.setCurrentText("wounded")
    dispute.id.setText("taraz-wounded")
    dispute.title.setText("Wounded in Taraz, 12 November 2011")
    dispute.versions.item(1, 1).setText("no-such-source")
    _save(dispute, out / f"dispute-form{suffix}.png")
    dispute.close()
    view.tabs.setCurrentWidget(view.tables["sources"])
    source = window.incident_editor.source(view)
    assert source is not None
    source.fields["id"].setText("zenn-2013")
    source.fields["date"].setText("21 January")
    _save(source, out / f"source-form{suffix}.png")
    source.close()
    edit_source_shot(window, view, out / f"data-edit-source{suffix}.png")
    view.close()


def edit_source_shot(window: MainWindow, view: QWidget, path: Path) -> None:
    """The Data view with a source's form over it, a problem under its date (for the README:
    a grab of the screen, so both windows show; run under Xvfb)."""
    from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen

    sources = view.tables["sources"]  # type: ignore[attr-defined]
    view.tabs.setCurrentWidget(sources)  # type: ignore[attr-defined]
    sources.view.selectRow(sources.ids().index("voloshin-2013"))
    form = window.incident_editor.open("sources", "voloshin-2013", view)
    assert form is not None
    form.fields["date_precision"].setCurrentText("month")  # type: ignore[attr-defined]
    form.fields["publication"].setText("Central Asia-Caucasus Analyst")  # type: ignore[attr-defined]
    view.resize(1100, 640)
    view.move(0, 0)
    form.resize(620, 560)
    form.move(460, 30)
    settle(0.6)
    shot = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, 1100, 660)
    painter = QPainter(shot)  # no window manager under Xvfb: frame the form by hand
    painter.setPen(QPen(QColor("#5f6368"), 2))
    painter.drawRect(form.geometry().adjusted(-1, -1, 1, 1))
    painter.end()
    shot.save(str(path))
    print(f"wrote {path}")
    form.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshots of the import and the Data view")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en", choices=i18n.INTERFACE_LANGUAGES)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="briefkit-data-shots-"))
    os.environ["XDG_DATA_HOME"] = str(tmp / "user")  # never the real user's data folder
    os.environ.pop("BRIEFKIT_DATA", None)
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data)
    args.out.mkdir(parents=True, exist_ok=True)

    app = application([sys.argv[0]])
    GuiThreadCollector(app).start()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.interface_language = args.lang
    settings.data_folder = data
    i18n.install(args.lang)
    window = MainWindow(settings, cache_dir=tmp / "charts", draw_thumbnails=False)
    window.resize(1280, 800)
    window.show()
    loaded: list[object] = []
    window.catalog_loaded.connect(loaded.append)
    window.start()
    wait_until(lambda: bool(loaded))
    data_shots(window, args.out, tmp, f"-{args.lang}")
    window.close()


if __name__ == "__main__":
    main()
