"""What the window remembers between sessions, on top of ``QSettings``.

One typed property per remembered value, so the keys and their types live in one place; the
export options are one value (``ExportOptions``), each field under ``export/<field>``, so a new
option is remembered with no change here. Tests pass a ``QSettings`` backed by a file in a
temporary folder; the window never creates its own.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from briefkit.options import ExportOptions

EARLIER_KEYS = {"chart_mode": "export/deck_charts", "lang": "export/language"}
"""Where earlier versions kept these export options: read while the option's own key is unset."""


def default_output_folder() -> Path:
    """``Documents/Briefings`` (or ``~/Briefings`` where there is no Documents folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Briefings"


def default_template_folder() -> Path:
    """The user's Documents folder, else their Templates folder, else their home folder (not
    the program's working folder)."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.TemplatesLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


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
        """The data folder in use: the one chosen in the window, else the one the command line
        uses without ``--data`` (BRIEFKIT_DATA, or the user's own copy once an import made it);
        None means the bundled data."""
        return self._path("data/folder") or _default_data_folder()

    @data_folder.setter
    def data_folder(self, path: Path | None) -> None:
        # the default is not stored: the window follows it (e.g. to a copy an import makes)
        self._set_path("data/folder", None if path == _default_data_folder() else path)

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

    @property
    def template_folder(self) -> Path:
        """Where the template picker opens: where it opened last (if it is still there), else
        ``default_template_folder``."""
        last = self.last_template_folder
        return last if last is not None and last.is_dir() else default_template_folder()

    # -- export options ------------------------------------------------------------------------

    @property
    def export_options(self) -> ExportOptions:
        """The export options chosen last; each one unset or unreadable is its default."""
        defaults = ExportOptions()
        chosen: dict[str, Any] = {}
        for name, kind in _option_types().items():
            for key in (f"export/{name}", EARLIER_KEYS.get(name)):
                if key is not None and self.store.contains(key):
                    value = self.store.value(key)
                    text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
                    chosen[name] = _decode(kind, text, getattr(defaults, name))
                    break
        return dataclasses.replace(defaults, **chosen)

    @export_options.setter
    def export_options(self, options: ExportOptions) -> None:
        for name in _option_types():
            self.store.setValue(f"export/{name}", _encode(getattr(options, name)))

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

    # -- history -------------------------------------------------------------------------------

    def _json_list(self, key: str) -> list[Any]:
        try:
            value = json.loads(self._text(key, "[]") or "[]")
        except ValueError:  # edited by hand, or cut short: start afresh
            return []
        return value if isinstance(value, list) else []

    @property
    def export_history(self) -> list[dict[str, Any]]:
        """The recent exports, newest first, each as ``history.HistoryEntry.to_json`` made it."""
        return [e for e in self._json_list("history/exports") if isinstance(e, dict)]

    @export_history.setter
    def export_history(self, entries: list[dict[str, Any]]) -> None:
        self.store.setValue("history/exports", json.dumps(entries, ensure_ascii=False))

    @property
    def recent_compositions(self) -> list[Path]:
        """Composition files saved or opened lately, newest first."""
        return [Path(p) for p in self._json_list("compositions/recent") if isinstance(p, str)]

    @recent_compositions.setter
    def recent_compositions(self, paths: list[Path]) -> None:
        self.store.setValue("compositions/recent", json.dumps([str(p) for p in paths]))

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
        """The window's language: "system" (follow the computer), "en", "ru" or "kk"."""
        return self._text("window/language", "system") or "system"

    @interface_language.setter
    def interface_language(self, choice: str) -> None:
        self.store.setValue("window/language", choice)


def _default_data_folder() -> Path | None:
    """The data folder without a choice, as the command line resolves it; None: bundled."""
    from briefkit.catalog.folder import Origin, default_data_folder

    folder = default_data_folder()
    return None if folder.origin is Origin.BUNDLED else folder.path


@functools.cache
def _option_types() -> dict[str, object]:
    """Each export option's name and type."""
    return typing.get_type_hints(ExportOptions)


def options_text(options: ExportOptions) -> dict[str, str]:
    """Each export option as the text it is remembered as (``options_from_text`` reads it)."""
    return {name: _encode(getattr(options, name)) for name in _option_types()}


def options_from_text(texts: dict[str, object]) -> ExportOptions:
    """Export options from ``options_text``'s texts; an option missing or wrong is its default."""
    defaults = ExportOptions()
    chosen: dict[str, Any] = {
        name: _decode(kind, texts[name], getattr(defaults, name))
        for name, kind in _option_types().items()
        if isinstance(texts.get(name), str)
    }
    return dataclasses.replace(defaults, **chosen)


def _encode(value: object) -> str:
    """An option's value as the text it is remembered as."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ",".join(map(str, value))
    return str(value)


def _decode(kind: object, text: object, default: object) -> object:
    """An option's remembered text as a value of its type (``default`` if it is not one)."""
    text = str(text)
    if kind is str:
        return text
    if kind is bool:
        return {"true": True, "false": False}.get(text.lower(), default)
    if kind == Path | None:
        return Path(text) if text else None
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return kind(text) if text in tuple(kind) else default
    if typing.get_origin(kind) is tuple:
        [member, _] = typing.get_args(kind)  # tuple[Choice, ...]: in the order of their type
        chosen = {part.strip() for part in text.split(",")}
        return tuple(choice for choice in member if choice in chosen)
    raise TypeError(f"the window cannot remember an export option of type {kind}")
