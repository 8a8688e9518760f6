"""Editable PowerPoint charts: the chart kinds PowerPoint can draw itself, with their data.

``render_deck(..., chart_mode=NATIVE)`` puts one of these where the chart picture would go. The
numbers come from ``briefkit.charts.summaries`` (the same aggregations the Plotly figures and the
alt text use) through python-pptx's ``CategoryChartData``, so the data travels inside the deck
and a trainer can change it (right-click > Edit Data). Kinds with no native equivalent (the
map, the measures timeline) keep their picture.

| kind | native chart |
|---|---|
| ``incidents-over-time`` | stacked columns: one column per period, one series per event type |
| ``casualties-by-region`` | clustered bars: killed and wounded per region, hardest hit on top |
| ``casualties-by-category`` | bars: security forces, civilians, perpetrators, not broken down |
| ``indicator-comparison`` | clustered columns: one group per indicator, one series per period |

Colours are the pictures' (the ``ChartStyle`` passed in: the house palette, or the template's
theme from ``charts.themed``), text takes the theme's font, the legend sits at the bottom.
Nothing here imports plotly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_AXIS_CROSSES,
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from briefkit.catalog.language import Language
from briefkit.catalog.topic import ChartKind
from briefkit.charts.alt_text import describe
from briefkit.charts.style import ChartStyle, house_style
from briefkit.charts.summaries import (
    CasualtyCategories,
    Tally,
    casualties_by_category,
    casualties_by_region,
    incidents_over_time,
    indicator_groups,
    indicator_periods,
    label_for,
    period_label,
    region_bars,
    unit_label,
    value_text,
)
from briefkit.compose.model import ChartSpec
from briefkit.render.office.xmltext import xml_safe

__all__ = ["NATIVE_KINDS", "NativeChart", "add_native_chart", "native_chart"]

FONT_PT = 14.0
"""Legend entries, axis labels and data labels: legible from the back of a room."""
TICK_PT = 12.0
"""Category labels of charts with many categories (months)."""
NUMBER_FORMAT = "#,##0"
"""Whole numbers with the thousands mark of the computer that shows the chart (English)."""


def number_format(lang: Language) -> str:
    """The number format code of a chart's values in ``lang``: "#,##0" where the thousands
    mark is a comma, else the language's own mark written into the code ("400 000" whatever
    the computer's settings)."""
    if lang.thousands == ",":
        return NUMBER_FORMAT
    mark = '"' + lang.thousands.replace('"', "") + '"'
    return f"[>=1000000]#{mark}###{mark}##0;[>=1000]#{mark}##0;0"


_WORKBOOK_DATE = dt.datetime(2000, 1, 1)
"""The date in a chart's workbook when the deck gives none (xlsxwriter would write "now")."""


class _DatedWorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's workbook writer, dating the workbook with its chart data's ``created``
    instead of the current time, so that the same deck renders to the same bytes."""

    @contextlib.contextmanager
    def _open_worksheet(self, xlsx_file: Any) -> Iterator[tuple[Any, Any]]:
        with super()._open_worksheet(xlsx_file) as (workbook, worksheet):
            workbook.set_properties({"created": self._chart_data.created})
            yield workbook, worksheet


class _DatedChartData(CategoryChartData):
    """Chart data whose embedded workbook carries ``created`` (``add_native_chart`` sets it)."""

    created: dt.datetime = _WORKBOOK_DATE

    @property
    def _workbook_writer(self) -> Any:
        return _DatedWorkbookWriter(self)  # type: ignore[no-untyped-call]  # holds no state


# python-pptx has no type hints: its classes are used as ``Any``.
_ChartData: Any = _DatedChartData
_RGBColor: Any = RGBColor


@dataclass(frozen=True)
class NativeChart:
    """A chart PowerPoint draws: its type, data, series colours and how it is dressed."""

    chart_type: Any  # an XL_CHART_TYPE member
    data: Any  # a CategoryChartData
    colors: tuple[str, ...]
    """One colour per series, or (``vary_by_point``) one per category."""
    labels: Mapping[tuple[int, int], str]
    """Data labels that are text, not the value (``≥34``, ``almost 170``): (series, point)."""
    notes: tuple[str, ...] = ()
    """Remarks the picture prints under the chart; the deck puts them in the speaker notes."""
    show_values: bool = True
    legend: bool = True
    vary_by_point: bool = False
    reverse_categories: bool = False
    """Bars: the first category on top (PowerPoint draws it at the bottom)."""
    tick_pt: float = FONT_PT
    major_unit: float | None = None
    value_title: str = ""
    """The value axis title ("Incidents", "People"), as the picture's."""


# --- One chart per kind ---------------------------------------------------------------------


def _tally_label(lang: Language, tally: Tally) -> str | None:
    """The label of a count some incidents did not report (``≥34``, ``unknown``), else None."""
    return tally.text(lang) if tally.unknown else None


def _count_step(top: int) -> float:
    """A whole-number gridline step giving at most about six gridlines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return float(step)
    return float(10 ** len(str(top)) // 10)


def _over_time(spec: ChartSpec, style: ChartStyle) -> NativeChart | None:
    lang = spec.language
    timeline = incidents_over_time(spec.incidents)
    if not timeline.bins:
        return None
    data = _ChartData(number_format=number_format(lang))
    data.categories = [b.label(lang) for b in timeline.bins]
    colors = []
    for n, code in enumerate(timeline.types):
        data.add_series(label_for(code, spec.labels), timeline.counts[code])
        colors.append(style.event_color(code, n))
    notes: tuple[str, ...] = ()
    if timeline.left_out:
        notes = (
            lang.w(
                "chart_not_shown_granularity",
                incidents=lang.count_noun(len(timeline.left_out), "incident"),
                granularity=lang.w("chart_precision_" + timeline.granularity.value),
            ),
        )
    return NativeChart(
        XL_CHART_TYPE.COLUMN_STACKED,
        data,
        tuple(colors),
        {},
        notes,
        show_values=False,  # segments of one or two incidents: the gridlines read better
        tick_pt=TICK_PT if len(timeline.bins) > 8 else FONT_PT,
        major_unit=_count_step(max(timeline.totals)),
        value_title=lang.w("chart_incidents_axis"),
    )


def _by_region(spec: ChartSpec, style: ChartStyle) -> NativeChart | None:
    lang = spec.language
    drawn, silent = region_bars(lang, casualties_by_region(spec.incidents))
    if not drawn:
        return None
    data = _ChartData(number_format=number_format(lang))
    abroad = f" ({lang.w('abroad')})"
    data.categories = [r.region + (abroad if r.abroad else "") for r in drawn]
    labels: dict[tuple[int, int], str] = {}
    for s, attr in enumerate(("killed", "wounded")):
        tallies: list[Tally] = [getattr(r, attr) for r in drawn]
        data.add_series(lang.w("chart_" + attr), [t.known for t in tallies])
        for p, tally in enumerate(tallies):
            text = _tally_label(lang, tally)
            if text is not None:
                labels[(s, p)] = text
    notes: list[str] = []
    if labels:
        notes.append(lang.w("chart_some_unknown"))
    if silent:
        notes.append(lang.w("chart_no_figures_for", regions=", ".join(r.region for r in silent)))
    return NativeChart(
        XL_CHART_TYPE.BAR_CLUSTERED,
        data,
        (style.accent, style.series_color(1)),
        labels,
        tuple(notes),
        reverse_categories=True,
    )


def _by_category(spec: ChartSpec, style: ChartStyle) -> NativeChart | None:
    lang = spec.language
    cats = casualties_by_category(spec.incidents)
    if not spec.incidents or (cats.total == 0 and cats.unknown == cats.incidents):
        return None
    shown = [
        (name, label)
        for name, label in CasualtyCategories.labelled(lang)
        if name != "not_broken_down" or cats.not_broken_down
    ]
    colors = {  # as the picture colours them
        "security": style.palette[0],
        "civilians": style.accent,
        "perpetrators": style.series_color(5),
        "not_broken_down": style.series_color(3),
    }
    data = _ChartData(number_format=number_format(lang))
    data.categories = [label for _, label in shown]
    data.add_series(lang.w("chart_people_killed"), [cats.value(name) for name, _ in shown])
    notes = cats.caveats(lang)
    return NativeChart(
        XL_CHART_TYPE.BAR_CLUSTERED,
        data,
        tuple(colors[name] for name, _ in shown),
        {},
        tuple(notes),
        legend=False,
        vary_by_point=True,
        reverse_categories=True,
    )


def _period_colors(count: int, style: ChartStyle) -> list[str]:
    """Older periods lighter, the latest navy (as the picture)."""
    ramp = [style.series_color(3), style.series_color(1), style.palette[0]]
    if count == 1:
        return [style.palette[0]]
    if count == 2:
        return [ramp[0], ramp[2]]
    return [*ramp[:1] * max(0, count - 3), *ramp][-count:]


def _indicators(spec: ChartSpec, style: ChartStyle) -> NativeChart | None:
    lang = spec.language
    groups = indicator_groups(spec.indicators)
    if not groups or len({g.unit for g in groups}) != 1:
        return None  # figures in different units share no axis: the picture draws panels
    periods = indicator_periods(groups)
    data = _ChartData(number_format=number_format(lang))
    data.categories = [g.label for g in groups]
    labels: dict[tuple[int, int], str] = {}
    for s, period in enumerate(periods):
        values: list[float | None] = []
        for p, g in enumerate(groups):
            found = next((i for i in g.values if i.period == period), None)
            values.append(None if found is None else found.value)
            if found is not None and value_text(lang, found) != _plain_number(lang, found.value):
                labels[(s, p)] = value_text(lang, found)
        data.add_series(period_label(lang, period), values)
    notes: tuple[str, ...] = ()
    if any(i.value is None for g in groups for i in g.values):
        notes = (lang.w("chart_not_reported_note"),)
    unit = unit_label(groups[0].unit, spec.labels)
    return NativeChart(
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        data,
        tuple(_period_colors(len(periods), style)),
        labels,
        notes,
        value_title=unit[:1].upper() + unit[1:],
    )


def _plain_number(lang: Language, value: float | None) -> str | None:
    if value is None:
        return None
    if float(value).is_integer():
        return lang.number(value)
    return lang.number(value, 2).rstrip("0")


_BUILDERS: Mapping[ChartKind, Callable[[ChartSpec, ChartStyle], NativeChart | None]] = {
    "incidents-over-time": _over_time,
    "casualties-by-region": _by_region,
    "casualties-by-category": _by_category,
    "indicator-comparison": _indicators,
}
NATIVE_KINDS: frozenset[ChartKind] = frozenset(_BUILDERS)
"""Chart kinds drawn as native charts; the others stay pictures."""


def native_chart(spec: ChartSpec, style: ChartStyle | None = None) -> NativeChart | None:
    """The native chart for ``spec``, or None when its kind (or its data) has none: no data to
    draw, or indicators in different units."""
    build = _BUILDERS.get(spec.kind)
    if build is None:
        return None
    return build(spec, style or house_style())


# --- Onto the slide -------------------------------------------------------------------------


def _rgb(color: str) -> Any:
    return _RGBColor.from_string(color.lstrip("#").upper())


def _style_text(font: Any, size: float, color: str) -> None:
    font.size = Pt(size)
    font.color.rgb = _rgb(color)


def _positive_axis_ids(chart_space: Any) -> None:
    """Make the axis ids of a chart part non-negative, as the schema wants (``c:axId`` is an
    unsigned int): python-pptx's bar and column charts carry negative ones, which PowerPoint
    accepts but a validator reports. Each id becomes its absolute value (still unique)."""
    for element in chart_space.iter(qn("c:axId"), qn("c:crossAx")):
        element.set("val", str(abs(int(element.get("val")))))


def add_native_chart(
    shapes: Any,
    spec: ChartSpec,
    native: NativeChart,
    box: tuple[int, int, int, int],
    style: ChartStyle | None = None,
    created: dt.date | None = None,
) -> Any:
    """Add ``native`` to ``shapes`` (a slide's) in ``box`` (left, top, width, height, EMU);
    returns the graphic frame, named after the chart and with ``describe(spec)`` as alt text.
    The chart's workbook is dated ``created`` (the briefing's issue date)."""
    style = style or house_style()
    if created is not None and isinstance(native.data, _DatedChartData):
        native.data.created = dt.datetime(created.year, created.month, created.day)
    left, top, width, height = box
    frame = shapes.add_chart(
        native.chart_type, Emu(left), Emu(top), Emu(width), Emu(height), native.data
    )
    c_nv_pr = frame._element.xpath("./p:nvGraphicFramePr/p:cNvPr")[0]
    c_nv_pr.set("descr", xml_safe(describe(spec)))
    c_nv_pr.set("name", xml_safe(spec.language.w("chart_name", title=spec.title))[:200])
    chart = frame.chart
    _positive_axis_ids(chart._chartSpace)
    chart.has_title = False
    _style_text(chart.font, FONT_PT, style.ink)
    chart.has_legend = native.legend
    if native.legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        _style_text(chart.legend.font, FONT_PT, style.ink)

    plot = chart.plots[0]
    plot.gap_width = 60 if native.chart_type == XL_CHART_TYPE.COLUMN_STACKED else 80
    if native.chart_type == XL_CHART_TYPE.COLUMN_STACKED:
        plot.overlap = 100
    plot.vary_by_categories = native.vary_by_point
    for s, series in enumerate(plot.series):
        if native.vary_by_point:
            for p, color in enumerate(native.colors):
                fill = series.points[p].format.fill
                fill.solid()
                fill.fore_color.rgb = _rgb(color)
        else:
            fill = series.format.fill
            fill.solid()
            fill.fore_color.rgb = _rgb(native.colors[s % len(native.colors)])
        series.invert_if_negative = False
    if native.show_values:
        # Per series, not for the plot: a series' own labels (made for the text labels below)
        # would otherwise hide its values.
        for series in plot.series:
            labels = series.data_labels
            labels.number_format = number_format(spec.language)
            labels.number_format_is_linked = False
            labels.show_value = True
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
            _style_text(labels.font, FONT_PT, style.ink)
        for (s, p), text in native.labels.items():
            label = plot.series[s].points[p].data_label
            label.position = XL_LABEL_POSITION.OUTSIDE_END
            label.text_frame.text = text
            _style_text(label.text_frame.paragraphs[0].runs[0].font, FONT_PT, style.ink)

    category_axis = chart.category_axis
    category_axis.has_major_gridlines = False
    category_axis.major_tick_mark = XL_TICK_MARK.NONE
    category_axis.format.line.color.rgb = _rgb(style.axis)
    _style_text(category_axis.tick_labels.font, native.tick_pt, style.ink)
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb(style.grid)
    value_axis.major_tick_mark = XL_TICK_MARK.NONE
    value_axis.format.line.fill.background()
    value_axis.tick_labels.number_format = number_format(spec.language)
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.minimum_scale = 0
    if native.major_unit:
        value_axis.major_unit = native.major_unit
    _style_text(value_axis.tick_labels.font, TICK_PT, style.muted)
    if native.value_title:
        value_axis.has_title = True
        value_axis.axis_title.text_frame.text = native.value_title
        font = value_axis.axis_title.text_frame.paragraphs[0].runs[0].font
        _style_text(font, TICK_PT, style.muted)
        font.bold = False
    if native.reverse_categories:
        category_axis.reverse_order = True
        category_axis.crosses = XL_AXIS_CROSSES.MAXIMUM  # keeps the value axis at the bottom
    if native.show_values and native.chart_type == XL_CHART_TYPE.BAR_CLUSTERED:
        # The bars carry their values: the value axis would only repeat them.
        value_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
        value_axis.has_major_gridlines = False
    return frame
