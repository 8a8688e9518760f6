"""What the window remembers between sessions, on top of ``QSettings``.

One typed property per remembered value, so the keys and their types live in one place. Tests
pass a ``QSettings`` backed by a file in a temporary folder; the window never creates its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

FORMAT_ORDER = ("docx", "pptx", "pdf")
DEFAULT_FORMATS = ("docx", "pptx")


def default_output_folder() -> Path:
    """``Documents/Briefings`` (or ``~/Briefings`` where there is no Documents folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Briefings"


class Settings:
    """The window's remembered choices: folders, templates, formats, marking, geometry."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # -- helpers -------------------------------------------------------------------------------

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def _path(self, key: str) -> Path | None:
        text = self._text(key)
        return Path(text) if text else None

    def _set_path(self, key: str, path: Path | None) -> None:
        self.store.setValue(key, str(path) if path is not None else "")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def sync(self) -> None:
        """Write everything to disk now."""
        self.store.sync()

    # -- folders -------------------------------------------------------------------------------

    @property
    def data_folder(self) -> Path | None:
        """The data folder in use; None means the bundled data."""
        return self._path("data/folder")

    @data_folder.setter
    def data_folder(self, path: Path | None) -> None:
        self._set_path("data/folder", path)

    @property
    def output_folder(self) -> Path:
        """Where briefings are written."""
        return self._path("export/output_folder") or default_output_folder()

    @output_folder.setter
    def output_folder(self, path: Path) -> None:
        self._set_path("export/output_folder", path)

    @property
    def last_template_folder(self) -> Path | None:
        """The folder the template picker opened last."""
        return self._path("dialogs/template_folder")

    @last_template_folder.setter
    def last_template_folder(self, path: Path | None) -> None:
        self._set_path("dialogs/template_folder", path)

    # -- export options ------------------------------------------------------------------------

    def template(self, fmt: str) -> Path | None:
        """The template chosen for ``docx`` or ``pptx``; None means the bundled one."""
        return self._path(f"export/template_{fmt}")

    def set_template(self, fmt: str, path: Path | None) -> None:
        """Remember the template for ``docx`` or ``pptx`` (None: the bundled one)."""
        self._set_path(f"export/template_{fmt}", path)

    @property
    def formats(self) -> tuple[str, ...]:
        """The formats ticked, in the order docx, pptx, pdf."""
        text = self._text("export/formats", ",".join(DEFAULT_FORMATS))
        chosen = {f for f in text.split(",") if f}
        return tuple(f for f in FORMAT_ORDER if f in chosen)

    @formats.setter
    def formats(self, formats: tuple[str, ...]) -> None:
        self.store.setValue("export/formats", ",".join(formats))

    @property
    def deck_charts(self) -> str:
        """How decks draw charts: "picture" or "native"."""
        return "native" if self._text("export/deck_charts") == "native" else "picture"

    @deck_charts.setter
    def deck_charts(self, mode: str) -> None:
        self.store.setValue("export/deck_charts", mode)

    @property
    def marking(self) -> str:
        """The handling marking, e.g. "FOR OFFICIAL USE ONLY" ("" for none)."""
        return self._text("export/marking")

    @marking.setter
    def marking(self, text: str) -> None:
        self.store.setValue("export/marking", text)

    @property
    def prepared_by(self) -> str:
        """The name shown as "Prepared by" on the cover."""
        return self._text("export/prepared_by")

    @prepared_by.setter
    def prepared_by(self, text: str) -> None:
        self.store.setValue("export/prepared_by", text)

    @property
    def checked_topics(self) -> tuple[str, ...]:
        """The topic ids ticked for export."""
        return tuple(t for t in self._text("topics/checked").split(",") if t)

    @checked_topics.setter
    def checked_topics(self, ids: tuple[str, ...]) -> None:
        self.store.setValue("topics/checked", ",".join(ids))

    @property
    def current_topic(self) -> str:
        """The topic shown in the preview."""
        return self._text("topics/current")

    @current_topic.setter
    def current_topic(self, topic_id: str) -> None:
        self.store.setValue("topics/current", topic_id)

    # -- window --------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, data: QByteArray) -> None:
        self.store.setValue("window/geometry", data)

    @property
    def splitter(self) -> QByteArray | None:
        """The sizes of the three columns."""
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, data: QByteArray) -> None:
        self.store.setValue("window/splitter", data)

    # -- languages -----------------------------------------------------------------------------

    @property
    def interface_language(self) -> str:
        """The window's language: "system" (follow the computer), "en" or "ru"."""
        return self._text("window/language", "system") or "system"

    @interface_language.setter
    def interface_language(self, choice: str) -> None:
        self.store.setValue("window/language", choice)

    @property
    def output_language(self) -> str:
        """The language the briefings are written in ("en", or a code with translations)."""
        return self._text("export/language", "en") or "en"

    @output_language.setter
    def output_language(self, code: str) -> None:
        self.store.setValue("export/language", code)
