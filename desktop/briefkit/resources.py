"""Find the bundled data, templates and assets, in a checkout or an installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def bundled(name: str) -> Path:
    """The bundled folder ``data``, ``templates`` or ``assets``."""
    packaged = resources.files("briefkit") / "_bundled" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return _CHECKOUT / name
