"""Which plotly.js the chart browser loads: Briefkit's small bundle when it can stand in.

plotly.py ships all of plotly.js (4.8 MB, every trace type). Loading it is most of a chart
browser's start: 0.9 of 1.3 s on a two-core machine. ``assets/plotly/plotly-briefkit.min.js`` is
the same plotly.js release with only the traces the builders draw (1.5 MB, loaded in about 0.1
s), built reproducibly by ``assets/plotly/build``. It is used when its release is the one
plotly.py ships and the figures' traces are all in it; otherwise the whole plotly.js is loaded.
The images are byte-identical either way (tests/test_plotlyjs.py draws every bundled chart
with both and compares them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from briefkit.resources import bundled

__all__ = ["BUNDLE_TRACES", "bundle", "covers", "full_plotly_js", "release", "trace_types"]

BUNDLE_TRACES = frozenset({"scatter", "bar", "scattergeo", "choropleth"})
"""The trace types in the small bundle (``assets/plotly/build/entry.js`` registers them)."""
BUNDLE_NAME = "plotly-briefkit.min.js"
_RELEASE = re.compile(rb"plotly\.js\b[^\n]*?\bv(\d+\.\d+\.\d+)")


def release(path: Path) -> str | None:
    """The plotly.js release named in a bundle's header comment (``"4.1.1"``), or None."""
    try:
        with path.open("rb") as f:
            head = f.read(400)
    except OSError:
        return None
    match = _RELEASE.search(head)
    return match.group(1).decode("ascii") if match else None


def full_plotly_js() -> Path | None:
    """plotly.py's own ``plotly.min.js`` (found without importing plotly), or None."""
    spec = find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


@functools.cache
def bundle() -> Path | None:
    """The small bundle, when it exists and is the plotly.js release plotly.py ships."""
    path = bundled("assets") / "plotly" / BUNDLE_NAME
    full = full_plotly_js()
    if full is None or not path.is_file():
        return None
    ours = release(path)
    return path if ours is not None and ours == release(full) else None


def trace_types(figure: Mapping[str, Any]) -> set[str]:
    """The trace types a figure dict draws (plotly's default type is ``scatter``)."""
    return {str(trace.get("type") or "scatter") for trace in figure.get("data") or ()}


def covers(types: Iterable[str]) -> bool:
    """True when the small bundle can draw every one of these trace types."""
    return set(types) <= BUNDLE_TRACES
