"""The figure builders, one module per family of chart kinds (``briefkit.charts.builders``
dispatches to them by kind)."""
