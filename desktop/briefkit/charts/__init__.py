"""Charts: figure builders, the house style, alt text and the image renderer.

Importing this package is cheap: plotly and kaleido load only when a builder or the renderer
is first used (the CLI's ``--help`` must not pay for them).

- ``build_figure(spec, style) -> go.Figure`` and one ``build_<kind>`` per chart kind
- ``house_style() -> ChartStyle``; ``ChartStyle.template()`` is the Plotly template
- ``describe(spec) -> str``: alt text from the data
- ``ChartRenderer(cache_dir, ...)``: one browser per job, content-hash cache, progress, cancel
- ``BrowserNotFound``, ``ChartRenderError``, ``RenderCancelled``
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from briefkit.charts.errors import BrowserNotFound, ChartRenderError, RenderCancelled

if TYPE_CHECKING:
    from briefkit.charts.alt_text import describe as describe
    from briefkit.charts.browser import CancelCheck as CancelCheck
    from briefkit.charts.browser import find_browser as find_browser
    from briefkit.charts.builders import BUILDERS as BUILDERS
    from briefkit.charts.builders import build_figure as build_figure
    from briefkit.charts.maps import maps_dir as maps_dir
    from briefkit.charts.renderer import DEFAULT_HEIGHT as DEFAULT_HEIGHT
    from briefkit.charts.renderer import DEFAULT_SCALE as DEFAULT_SCALE
    from briefkit.charts.renderer import DEFAULT_WIDTH as DEFAULT_WIDTH
    from briefkit.charts.renderer import ChartRenderer as ChartRenderer
    from briefkit.charts.renderer import ProgressCallback as ProgressCallback
    from briefkit.charts.renderer import default_cache_dir as default_cache_dir
    from briefkit.charts.style import ChartStyle as ChartStyle
    from briefkit.charts.style import house_style as house_style

__all__ = [
    "BUILDERS",
    "DEFAULT_HEIGHT",
    "DEFAULT_SCALE",
    "DEFAULT_WIDTH",
    "BrowserNotFound",
    "CancelCheck",
    "ChartRenderError",
    "ChartRenderer",
    "ChartStyle",
    "ProgressCallback",
    "RenderCancelled",
    "build_figure",
    "default_cache_dir",
    "describe",
    "find_browser",
    "house_style",
    "maps_dir",
]

_LAZY = {
    "BUILDERS": "builders",
    "build_figure": "builders",
    "describe": "alt_text",
    "maps_dir": "maps",
    "DEFAULT_HEIGHT": "renderer",
    "DEFAULT_SCALE": "renderer",
    "DEFAULT_WIDTH": "renderer",
    "CancelCheck": "browser",
    "ChartRenderer": "renderer",
    "ProgressCallback": "renderer",
    "default_cache_dir": "renderer",
    "find_browser": "browser",
    "ChartStyle": "style",
    "house_style": "style",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'briefkit.charts' has no attribute '{name}'")
    value = getattr(importlib.import_module(f"briefkit.charts.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
