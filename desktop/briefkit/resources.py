"""Find the bundled data, templates and assets, in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def bundled(name: str) -> Path:
    """The bundled folder ``data``, ``templates`` or ``assets``."""
    from importlib import resources  # here: it imports tempfile, shutil, zipfile (10-20 ms)

    packaged = resources.files("briefkit") / "_bundled" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return _CHECKOUT / name
