"""Exports without a browser whose chart pictures still follow the data: a stand-in for the
background chart drawing that paints each chart a flat colour made from its spec."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from briefkit.compose.model import ChartImage, ChartSpec


class FlatCharts:
    """``export.chart_drawing``'s result: one small PNG per chart, its colour from the chart's
    spec (the same spec, the same picture; changed data, another picture)."""

    def __init__(self, specs: list[ChartSpec], folder: Path) -> None:
        self.specs = {s.id: s for s in specs}
        self.folder = folder

    def __enter__(self) -> FlatCharts:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def images(self, ids: Any, *args: Any) -> dict[str, ChartImage]:
        from PIL import Image

        found = {}
        for cid in ids:
            spec = self.specs.get(cid)
            if spec is None:
                continue
            digest = hashlib.sha256(repr(spec).encode()).digest()
            path = self.folder / f"{digest.hex()[:16]}.png"
            if not path.exists():
                Image.new("RGB", (160, 90), tuple(digest[:3])).save(path)
            found[cid] = ChartImage(str(path), 1600, 900, spec.title)
        return found

    def finish(self, *args: Any) -> int:
        return len(self.specs)


def flat_charts_in(folder: Path) -> Any:
    """A stand-in for ``export.chart_drawing`` painting into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)

    def drawing(specs: Any, *args: Any) -> FlatCharts:
        return FlatCharts(list(specs), folder)

    return drawing
