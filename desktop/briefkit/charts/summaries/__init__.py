"""What each chart counts, in plain Python: shared by the figure builders, the native charts
and the alt text.

Nothing here imports plotly, so the numbers a chart draws and the sentences that describe it
come from one place and cannot drift apart. Unknown counts (``None``) are never read as zero:
each total says how many incidents it could not count. Whatever is written in words takes the
``Language`` to write it in.

- ``common``: labels of coded values, numbers as printed, ``Tally`` (a count some incidents
  may not report)
- ``over_time``: incidents per month, quarter or year
- ``casualties``: killed and wounded per region; the dead by category
- ``places``: the map's view and the incidents grouped by place
- ``indicators``, ``measures``: values by period; measures in date order
"""

from briefkit.charts.summaries.casualties import (
    CasualtyCategories,
    RegionCasualties,
    casualties_by_category,
    casualties_by_region,
    region_bars,
    region_of,
)
from briefkit.charts.summaries.common import (
    EVENT_TYPE_ORDER,
    Tally,
    format_number,
    label_for,
    running_label,
    short_place,
    unit_label,
)
from briefkit.charts.summaries.indicators import (
    IndicatorGroup,
    indicator_groups,
    indicator_periods,
    period_label,
    value_text,
)
from briefkit.charts.summaries.measures import measure_date_label, measures_in_order
from briefkit.charts.summaries.over_time import (
    Granularity,
    IncidentTimeline,
    TimeBin,
    incidents_over_time,
    loose_precision,
)
from briefkit.charts.summaries.places import MAP_VIEW, MapView, PlaceGroup, map_places

__all__ = [
    "EVENT_TYPE_ORDER",
    "MAP_VIEW",
    "CasualtyCategories",
    "Granularity",
    "IncidentTimeline",
    "IndicatorGroup",
    "MapView",
    "PlaceGroup",
    "RegionCasualties",
    "Tally",
    "TimeBin",
    "casualties_by_category",
    "casualties_by_region",
    "format_number",
    "incidents_over_time",
    "indicator_groups",
    "indicator_periods",
    "label_for",
    "loose_precision",
    "map_places",
    "measure_date_label",
    "measures_in_order",
    "period_label",
    "region_bars",
    "region_of",
    "running_label",
    "short_place",
    "unit_label",
    "value_text",
]
