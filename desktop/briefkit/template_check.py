"""What a template will look like: a verdict a person can act on (``briefkit check --template``
and the window's template field).

For a deck template: one line per kind of slide (the layout chosen, how, and the room it gives
in cm: the text area, the figure area for charts, the table width), whether charts and tables
fit, the slide count of a bundled topic rendered with the template against the bundled
template's (rendered in memory, charts as blank pictures of a chart's size: the count does not
depend on what they show), and every fallback taken. A report template gets its style mapping,
its fallbacks and the page count of a bundled topic written with it against the bundled
template's, estimated from the written documents without laying them out
(``render.report.pages``: no LibreOffice, a second or two). The first line sums it up: "Good",
"Usable, with changes: N" (each change listed) or "Not usable: <reason and fix>".
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.messages import Figure, Joined, Pad, message
from briefkit.options import Format
from briefkit.render.template_mapping import mapping_lines, template_format

if TYPE_CHECKING:
    from briefkit.catalog.catalog import Catalog
    from briefkit.render.deck.template import DeckTemplate

__all__ = [
    "CHART_MIN_WIDTH",
    "SAMPLE_TOPIC",
    "SLIDE_RATIO",
    "KindVerdict",
    "Loss",
    "TemplateVerdict",
    "check_template",
]

#: The topic rendered to compare slide counts (falls back to the catalog's first topic).
SAMPLE_TOPIC = "aktobe-2016"
#: More slides (or pages) than this times the bundled template's is a change worth naming.
SLIDE_RATIO = 1.3
#: How a report's page count is known (measured against LibreOffice on the report corpus).
PAGES_HOW = message("verdict_pages_how")
#: A chart needs a figure area at least this share of the slide's width...
CHART_MIN_WIDTH = 0.4
#: ...and of an aspect (height over width) between these.
CHART_ASPECTS = (0.3, 1.0)
#: A table of this many columns needs this width (cm) to keep its cells readable.
TABLE_COLUMNS, COLUMN_CM = 6, 2.5
EMU_PER_CM = 360000


@dataclass(frozen=True)
class KindVerdict:
    """One kind of slide: the layout chosen, how it was found, the room it gives, whether it
    fits (None: nothing to fit) and why."""

    kind: str
    layout: str
    how: str
    room: str
    fits: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class Loss:
    """Charts or tables of the sample topic that a template leaves out (``missing`` of
    ``total``), or squeezes into slides too small for them (``cramped``)."""

    what: str
    """"charts" or "tables"."""
    missing: int
    total: int
    cramped: bool = False

    def words(self) -> str:
        """ "2 of 4 charts would be left out", or "chart slides are too small for the charts"."""
        what = message(f"verdict_what_{self.what}")
        if self.cramped:
            return message(f"verdict_cramped_{self.what}")
        return message("verdict_left_out", missing=self.missing, total=self.total, what=what)


@dataclass(frozen=True)
class TemplateVerdict:
    """A template's verdict: ``status`` is "good", "changes" or "unusable"."""

    path: str
    format: str
    status: str
    headline: str
    changes: tuple[str, ...] = ()
    kinds: tuple[KindVerdict, ...] = ()
    mapping: tuple[str, ...] = ()
    slides: int | None = None
    bundled_slides: int | None = None
    topic: str = ""
    error: str = ""
    notes: tuple[str, ...] = field(default=())
    #: How the template's charts will look (colours, font, picture size), in words.
    charts: str = ""
    #: A report's estimated page count for ``topic``, and the bundled template's.
    pages: int | None = None
    bundled_pages: int | None = None
    #: Charts or tables left out or squeezed: said in the headline, not only as a change.
    losses: tuple[Loss, ...] = ()

    @property
    def usable(self) -> bool:
        return self.status != "unusable"

    def lines(self, shown: str | None = None) -> list[str]:
        """The verdict as the command line prints it (and the window shows it), in full;
        ``shown`` is the template's path as people see it (default: its name)."""
        out: list[str] = [
            message("verdict_line", template=shown or Path(self.path).name, verdict=self.headline)
        ]
        if self.error:
            return out
        for number, change in enumerate(self.changes, 1):
            out.append(message("verdict_change", number=number, change=change))
        if self.kinds:
            out.append(message("verdict_slide_kinds"))
            for k in self.kinds:
                fitting = ""
                if k.fits is not None:
                    fit = "verdict_fits" if k.fits else "verdict_does_not_fit"
                    fitting = message(fit, note=k.note)
                detail = Joined("; ", [t for t in (k.room, fitting) if t])
                pad = Pad(k.kind, [kind.kind for kind in self.kinds])
                row = {"kind": k.kind, "pad": pad, "layout": k.layout, "how": k.how}
                out.append(message("verdict_kind", **row, detail=detail))
        if self.charts:
            out.append(message("verdict_charts", charts=self.charts))
        if self.slides is not None and self.bundled_slides is not None:
            ratio = self.slides / self.bundled_slides
            n, bundled_n = self.slides, self.bundled_slides
            said = {"topic": self.topic, "n": n, "bundled": bundled_n, "ratio": ratio}
            out.append(message("verdict_expected_slides", **said))
        if self.pages is not None and self.bundled_pages is not None:
            ratio = self.pages / self.bundled_pages
            n, bundled_n = self.pages, self.bundled_pages
            said = {"topic": self.topic, "n": n, "bundled": bundled_n, "ratio": ratio}
            out.append(message("verdict_expected_pages", **said, how=PAGES_HOW))
        if self.mapping:
            out.append(message("verdict_mapped"))
            out += [message("verdict_mapping_line", line=line) for line in self.mapping]
        out += [message("verdict_note", note=note) for note in self.notes]
        return out

    def as_json(self) -> dict[str, Any]:
        """The same content for ``check --json``."""
        data = asdict(self)
        data["usable"] = self.usable
        data["kinds"] = [asdict(k) for k in self.kinds]
        return data


def _verdict(path: Path, fmt: Format, changes: list[str], **found: Any) -> TemplateVerdict:
    """The verdict on a usable template: "Good" without changes, else their count, and a hint
    at the end."""
    if not changes:
        return TemplateVerdict(str(path), fmt.value, "good", message("verdict_good"), **found)
    hint = message("verdict_hint", name=path.name)
    headline = message("verdict_changes", n=len(changes))
    if losses := found.get("losses"):
        said = Joined("; ", [loss.words() for loss in losses])
        headline = message("verdict_losses", losses=said, n=len(changes))
    return TemplateVerdict(
        str(path), fmt.value, "changes", headline, tuple(changes), notes=(hint,), **found
    )


def check_template(
    path: Path,
    catalog: Catalog | None = None,
    fmt: Format | None = None,
    *,
    count_slides: bool = True,
) -> TemplateVerdict:
    """The verdict on a Word or PowerPoint template (``fmt`` DOCX or PPTX; default: told by
    its extension). ``catalog`` gives the topic a deck is tried with (default: the bundled
    data); ``count_slides=False`` leaves the slide or page count out (it renders the topic
    twice)."""
    from briefkit.render.office.errors import TemplateError

    kind = fmt or template_format(path)
    if kind not in (Format.DOCX, Format.PPTX):
        raise ValueError(f"{path} is neither a Word nor a PowerPoint template")
    try:
        if kind == Format.DOCX:
            return _report_verdict(path, catalog, count_slides)
        return _deck_verdict(path, catalog, count_slides)
    except TemplateError as exc:
        said = message("verdict_unusable", error=exc.message)
        return TemplateVerdict(str(path), kind.value, "unusable", said, error=exc.message)


def _report_verdict(path: Path, catalog: Catalog | None, count_pages: bool) -> TemplateVerdict:
    from briefkit.render.chart_looks import look_summary
    from briefkit.render.report.template import load_report_template

    template = load_report_template(path)
    mapping = tuple(mapping_lines(template))
    charts, colour_changes = look_summary(template)
    topic, pages, bundled_pages, losses = (
        _page_counts(template, catalog) if count_pages else ("", None, None, ())
    )
    warnings = list(template.warnings)
    if pages is not None and template.expectation:
        warnings.remove(template.expectation)  # the estimate below says it for this template
    changes = list(dict.fromkeys([*warnings, *colour_changes]))
    if pages and bundled_pages and pages > SLIDE_RATIO * bundled_pages:
        said = {"topic": topic, "n": pages, "bundled": bundled_pages}
        changes.append(message("verdict_more_pages", **said, ratio=pages / bundled_pages))
    return _verdict(
        path,
        Format.DOCX,
        changes,
        mapping=mapping,
        charts=charts,
        pages=pages,
        bundled_pages=bundled_pages,
        topic=topic,
        losses=losses,
    )


def _sample(catalog: Catalog | None) -> tuple[Catalog | None, str]:
    """The catalog (default: the bundled data) and the topic to try a template with."""
    from briefkit.catalog import load_catalog

    catalog = catalog if catalog is not None else load_catalog()
    if not catalog.topics:
        return None, ""
    return catalog, SAMPLE_TOPIC if SAMPLE_TOPIC in catalog.topics else next(iter(catalog.topics))


def _page_counts(
    template: Any, catalog: Catalog | None
) -> tuple[str, int | None, int | None, tuple[Loss, ...]]:
    """The sample topic, its estimated page count with ``template`` and with the bundled
    report template (worked out once a process), and the charts and tables it loses."""
    from briefkit.compose import compose_briefing
    from briefkit.render.report.template import load_report_template
    from briefkit.resources import bundled

    catalog, topic = _sample(catalog)
    if catalog is None:
        return "", None, None, ()
    briefing = compose_briefing(catalog, topic)
    pages, content = _report_pages(briefing, template)
    key = ("report", str(catalog.root), topic)
    if key not in _BUNDLED_COUNTS:
        bundled_template = load_report_template(bundled("templates") / "report.docx")
        _BUNDLED_COUNTS[key] = _report_pages(briefing, bundled_template)
    bundled_pages, bundled_content = _BUNDLED_COUNTS[key]
    return topic, pages, bundled_pages, _losses(content, bundled_content)


def _report_pages(briefing: Any, template: Any) -> tuple[int, Content]:
    """Write ``briefing`` as a report with ``template`` in memory; its estimated pages and the
    charts and tables in it."""
    import docx

    from briefkit.render.report.pages import estimate_pages
    from briefkit.render.report.writer import render_report

    with tempfile.TemporaryDirectory(prefix="briefkit-check-") as folder:
        out = io.BytesIO()
        images = blank_charts(briefing.charts, Path(folder))
        render_report(briefing, images, template, out)
        blank = _blank_bytes(images)
    document = docx.Document(io.BytesIO(out.getvalue()))
    body = document.element.body
    charts = _pictures_of(body, document.part, blank)
    return estimate_pages(document), (charts, len(body.findall(".//" + _W_TBL)))


#: Charts and tables found in a document written from the sample topic.
Content = tuple[int, int]
_W_TBL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tbl"
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_A_TBL = "{http://schemas.openxmlformats.org/drawingml/2006/main}tbl"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


def _blank_bytes(images: dict[str, Any]) -> bytes:
    """The bytes of the blank chart picture (all charts share one)."""
    return Path(next(iter(images.values())).path).read_bytes() if images else b""


def _pictures_of(element: Any, part: Any, blank: bytes) -> int:
    """How many pictures under ``element`` show the blank chart picture: the charts."""
    found = 0
    for blip in element.iter(_A_BLIP):
        rel = part.rels.get(blip.get(_R_EMBED, ""))
        found += rel is not None and not rel.is_external and rel.target_part.blob == blank
    return found


def _losses(content: Content, bundled: Content) -> tuple[Loss, ...]:
    """Charts and tables the bundled template's document holds and this one's lacks."""
    return tuple(
        Loss(what, have_bundled - have, have_bundled)
        for what, have, have_bundled in zip(("charts", "tables"), content, bundled, strict=True)
        if have < have_bundled
    )


def blank_charts(charts: Iterable[Any], folder: Path) -> dict[str, Any]:
    """Blank pictures of a chart's size for each of ``charts`` (``ChartSpec``; the counts do
    not depend on what they show)."""
    from PIL import Image

    from briefkit.charts.renderer import DEFAULT_HEIGHT, DEFAULT_WIDTH
    from briefkit.compose.model import ChartImage

    blank = folder / "chart.png"
    Image.new("RGB", (160, round(160 * DEFAULT_HEIGHT / DEFAULT_WIDTH)), "white").save(blank)
    return {
        chart.id: ChartImage(str(blank), DEFAULT_WIDTH, DEFAULT_HEIGHT, chart.title)
        for chart in charts
    }


def _deck_verdict(path: Path, catalog: Catalog | None, count_slides: bool) -> TemplateVerdict:
    from briefkit.render.chart_looks import look_summary
    from briefkit.render.deck.template import load_deck_template

    template = load_deck_template(path)
    kinds = _kinds(template)
    charts, colour_changes = look_summary(template)
    changes = [*template.warnings, *colour_changes]
    for k in kinds:
        if k.fits is False:
            changes.append(message("verdict_kind_change", kind=k.kind, note=k.note))
    topic, slides, bundled_slides, render_warnings, losses = (
        _slide_counts(template, catalog) if count_slides else ("", None, None, [], ())
    )
    squeezed = [k for k in kinds if k.fits is False and k.kind == _CHART_KIND]
    if squeezed and not any(loss.what == "charts" for loss in losses):
        losses = (Loss("charts", 0, 0, cramped=True), *losses)
    changes += [w for w in render_warnings if w not in changes]
    if slides and bundled_slides and slides > SLIDE_RATIO * bundled_slides:
        said = {"topic": topic, "n": slides, "bundled": bundled_slides}
        changes.append(message("verdict_more_slides", **said, ratio=slides / bundled_slides))
    # the kinds say what each layout was mapped to: no mapping lines
    return _verdict(
        path,
        Format.PPTX,
        changes,
        kinds=tuple(kinds),
        charts=charts,
        slides=slides,
        bundled_slides=bundled_slides,
        topic=topic,
        losses=losses,
    )


def _cm(emu: float) -> str:
    return Figure(f"{emu / EMU_PER_CM:.1f}")


def _kinds(template: DeckTemplate) -> list[KindVerdict]:
    """One verdict per kind of slide, measured on a presentation made from the template."""
    from briefkit.render.deck.geometry import slide_size

    prs = template.new_document()
    width, _ = slide_size(prs.slide_masters[0])
    return [
        KindVerdict(
            choice.slides,
            choice.layout.name,
            choice.how,
            *_room(choice.role, template.layout(prs, choice.role), width, template.cache),
        )
        for choice in template.mapping
    ]


def _room(role: Any, layout: Any, width: int, cache: Any) -> tuple[str, bool | None, str]:
    """What a layout offers a role's slides, in words; whether it fits (None: nothing to fit)
    and why."""
    from briefkit.render.deck.geometry import figure_area, text_area
    from briefkit.render.deck.layout_choice import DeckLayout, table_area
    from briefkit.render.deck.placeholders import TEXT_TYPES, TITLE_TYPES, first, key_figure_slots

    if role == DeckLayout.CHART:
        area = figure_area(layout, cache=cache)
        aspect = area.height / area.width if area.width else 0.0
        share = area.width / width
        fits = share >= CHART_MIN_WIDTH and CHART_ASPECTS[0] <= aspect <= CHART_ASPECTS[1]
        said = {"share": f"{share:.0%}", "aspect": Figure(f"{aspect:.2f}")}
        note = message("verdict_chart_room", **said)
        if not fits:
            need = {"width": f"{CHART_MIN_WIDTH:.0%}", "low": CHART_ASPECTS[0]}
            note = message("verdict_chart_too_small", room=note, high=CHART_ASPECTS[1], **need)
        room = message("verdict_figure_area", width=_cm(area.width), height=_cm(area.height))
        return room, fits, note
    if role == DeckLayout.TABLE:
        table = table_area(layout, cache)
        table_cm = (table.width if table else 0) / EMU_PER_CM
        fits = table_cm >= TABLE_COLUMNS * COLUMN_CM
        need = {"n": TABLE_COLUMNS, "cm": COLUMN_CM, "total": f"{TABLE_COLUMNS * COLUMN_CM:.0f}"}
        note = message("verdict_table_need" if fits else "verdict_table_too_narrow", **need)
        return message("verdict_table_width", width=Figure(f"{table_cm:.1f}")), fits, note
    if role == DeckLayout.KEY_FIGURES and key_figure_slots(layout):
        return message("verdict_pairs", n=len(key_figure_slots(layout))), None, ""
    title = role in (DeckLayout.TITLE, DeckLayout.SECTION)
    box = first(layout, *(TITLE_TYPES if title else TEXT_TYPES))
    if box is None:
        return message("verdict_no_title" if title else "verdict_no_text"), None, ""
    area = text_area(box, cache)
    size = {"width": _cm(area.width), "height": _cm(area.height)}
    room = message("verdict_title_area" if title else "verdict_text_area", **size)
    if role == DeckLayout.KEY_FIGURES:
        room = message("verdict_figures_as_list", room=room)
    return room, None, ""


def _slide_counts(
    template: DeckTemplate, catalog: Catalog | None
) -> tuple[str, int | None, int | None, list[str], tuple[Loss, ...]]:
    """The sample topic, its slide count with ``template`` and with the bundled template, the
    warnings rendering it with ``template`` gave, and the charts and tables it loses."""
    from briefkit.compose import compose_briefing

    catalog, topic = _sample(catalog)
    if catalog is None:
        return "", None, None, [], ()
    briefing = compose_briefing(catalog, topic)
    slides, warnings, content = _render_count(briefing, template)
    key = ("deck", str(catalog.root), topic)
    if key not in _BUNDLED_COUNTS:
        bundled_slides, _, bundled_content = _render_count(briefing, _bundled_deck())
        _BUNDLED_COUNTS[key] = bundled_slides, bundled_content
    bundled_slides, bundled_content = _BUNDLED_COUNTS[key]
    return topic, slides, bundled_slides, warnings, _losses(content, bundled_content)


#: The bundled templates' slide and page counts, and the charts and tables in their
#: documents, per kind, data folder and topic, worked out once a process.
_BUNDLED_COUNTS: dict[tuple[str, str, str], tuple[int, Content]] = {}
#: The kind of slide whose room is measured for a chart.
_CHART_KIND = "chart slides"


@cache
def _bundled_deck() -> DeckTemplate:
    from briefkit.render.deck.template import load_deck_template
    from briefkit.resources import bundled

    return load_deck_template(bundled("templates") / "deck.pptx")


def _render_count(briefing: Any, template: DeckTemplate) -> tuple[int, list[str], Content]:
    """Render ``briefing`` with ``template`` in memory; its slide count, warnings, and the
    charts and tables on its slides."""
    from PIL import Image
    from pptx import Presentation

    from briefkit.compose.model import ChartImage
    from briefkit.render.deck.writer import render_deck

    with tempfile.TemporaryDirectory(prefix="briefkit-check-") as folder:
        blank = Path(folder) / "chart.png"
        Image.new("RGB", (160, 90), "white").save(blank)
        images = {
            chart.id: ChartImage(str(blank), 1600, 900, chart.title) for chart in briefing.charts
        }
        out = io.BytesIO()
        warnings = render_deck(briefing, images, template, out)
        picture = blank.read_bytes()
    slides = Presentation(io.BytesIO(out.getvalue())).slides
    charts = sum(_pictures_of(slide.element, slide.part, picture) for slide in slides)
    tables = sum(len(list(slide.element.iter(_A_TBL))) for slide in slides)
    return len(slides), [w for w in warnings if w not in template.warnings], (charts, tables)
