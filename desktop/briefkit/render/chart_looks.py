"""The look of a document's chart pictures: the house look, or its template's.

The bundled templates are the house: their charts keep Briefkit's own colours and size, by
rule, so their documents stay as they were. A template of the user's own gives its charts its
theme's colours and font (``charts.themed``), unless the house style is asked for, and a deck
template gives them the aspect of its chart box (``deck.chart_slot``).
"""

from __future__ import annotations

import hashlib

from briefkit.charts.renderer import ChartLook
from briefkit.charts.themed import themed
from briefkit.fingerprint import canonical
from briefkit.messages import message
from briefkit.render.bundled_templates import bundled_template
from briefkit.render.deck.chart_slot import chart_slot, chart_theme
from briefkit.render.deck.template import DeckTemplate
from briefkit.render.office.theme import TemplateTheme, report_theme
from briefkit.render.report.template import ReportTemplate

__all__ = ["deck_look", "look_key", "look_summary", "report_look"]

Look = tuple[ChartLook, tuple[str, ...]]
"""A look and the warnings about the theme colours it could not use as they are."""


def _themed(theme: TemplateTheme | None) -> Look:
    if theme is None:  # no theme to read: the house colours
        return ChartLook(), ()
    found = themed(theme)
    return ChartLook(found.style), found.warnings


def report_look(template: ReportTemplate, house: bool) -> Look:
    """The look of a report's charts in ``template`` (``house``: Briefkit's colours)."""
    if house or bundled_template(template.package):
        return ChartLook(), ()
    return _themed(report_theme(template.package, template.path))


def deck_look(template: DeckTemplate, house: bool) -> Look:
    """The look of a deck's chart pictures (and the colours of its native charts) in
    ``template``, drawn at the aspect of its chart box."""
    if bundled_template(template.package):
        return ChartLook(), ()
    look, warnings = (ChartLook(), ()) if house else _themed(chart_theme(template))
    width, height = chart_slot(template)
    return ChartLook.at_aspect(look.style, width, height), warnings


def look_key(look: ChartLook) -> str:
    """A short digest of everything in a look (a finished document's cache key holds it)."""
    return hashlib.sha256(canonical(look).encode()).hexdigest()[:16]


def look_summary(template: DeckTemplate | ReportTemplate) -> tuple[str, tuple[str, ...]]:
    """How the template's charts will look, in words (``briefkit check`` shows it), and a
    warning for each theme colour replaced."""
    if isinstance(template, DeckTemplate):
        look, warnings = deck_look(template, house=False)
    else:
        look, warnings = report_look(template, house=False)
    if look.style == ChartLook().style:
        colours = message(
            "looks_house_bundled" if bundled_template(template.package) else "looks_house"
        )
    else:
        style = look.style
        said = {"palette": ", ".join(style.palette), "accent": style.accent}
        said |= {"background": style.background, "ink": style.ink, "font": style.font_family}
        colours = message("looks_theme", **said)
    if isinstance(template, DeckTemplate) and not bundled_template(template.package):
        width, height = (round(v / 360_000, 1) for v in chart_slot(template))
        box = {"px_width": look.width, "px_height": look.height, "width": width, "height": height}
        return message("looks_with_size", colours=colours, **box), tuple(warnings)
    return colours, tuple(warnings)
