"""What the window's writers of data files share (the import and the Data view's changes):
the window they speak from, how they ask and tell, the data folder, its reload, the status
line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from briefkit.gui.dialogs import Presenter


class DataWriter(QObject):
    """A writer of the data folder, owned by the window ``parent``."""

    def __init__(
        self,
        parent: QWidget,
        presenter: Presenter,
        data_folder: Callable[[], Path | None],
        reload: Callable[[Path], None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._presenter = presenter
        self._data_folder = data_folder
        self._reload = reload
        self._status = status
