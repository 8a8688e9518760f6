"""Chart slides of a deck: the chart where the layout has room for it, its caption beside or
under it.

A chart is never left out: it goes into the layout's picture or content placeholder, else
above its caption in the area of the body placeholder, else into the slide's free content area
(``geometry``). A caption its small box cannot hold goes under the chart (the chart a little
smaller), or to the notes with the figure line left visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx.parts.slide import SlideLayoutPart
from pptx.shapes.placeholder import PicturePlaceholder
from pptx.util import Emu

from briefkit.compose.model import ChartBlock, ChartImage, Section
from briefkit.messages import message
from briefkit.options import ChartMode
from briefkit.render.deck.geometry import (
    FURNITURE,
    Rect,
    caption_band,
    clear_of,
    content_area,
)
from briefkit.render.deck.native_charts import add_native_chart, native_chart
from briefkit.render.deck.placeholders import (
    EMU_PER_PT,
    PH,
    TEXT_TYPES,
    TITLE_TYPES,
    first,
    furniture_shown,
    placeholder_kind,
    placeholders,
    remove,
)
from briefkit.render.deck.tables import TableSlides
from briefkit.render.deck.template import DeckLayout
from briefkit.render.deck.text import (
    FILL,
    Boxes,
    Line,
    cite_label,
    fit_scale,
    write_fitted,
)
from briefkit.render.office.xmltext import xml_safe

#: A chart's caption is not shrunk below this size (it moves under the chart, or to the notes).
CAPTION_MIN_PT = 10.0


class ChartSlides(TableSlides):
    """The chart slides of a deck (``writer.DeckWriter`` builds the others)."""

    def chart(self, section: Section, block: ChartBlock) -> None:
        """A chart slide: the chart in the layout's picture or content placeholder, else above
        its caption in the body placeholder's area, else in the slide's free content area; the
        caption (figure number, caption, sources) beside or under it, or in the notes."""
        chart, lang = block.chart, self.language
        slide = self.new_slide(DeckLayout.CHART)
        self.set_title(slide, chart.headline or chart.title)
        target = first(slide, PH.PICTURE, PH.OBJECT)
        caption_ph = first(slide, PH.BODY, PH.OBJECT, exclude=[target])
        figure = f"{lang.w('figure')} {block.number}: {chart.title}"
        caption = " ".join(t for t in (chart.caption, cite_label(chart.citations)) if t)
        refs = [Line(self.reference(n), 1) for n in chart.citations]
        full = [Line(figure, 0, bold=True), Line(caption, 0)]
        with_refs = [*full, Line(f"{lang.w('sources')}:", 1, bold=True), *refs]
        plan = chart_plan(self.boxes, slide, target, caption_ph, full, with_refs if refs else full)
        if target is not None and plan.target is not None and plan.target != Rect.of(target):
            target.left, target.top = Emu(plan.target.left), Emu(plan.target.top)
            target.width, target.height = Emu(plan.target.width), Emu(plan.target.height)
        if caption_ph is not None and plan.caption is not None:
            self.boxes.resize(caption_ph, plan.caption)
        if caption_ph is not None:
            write_fitted(self.boxes, caption_ph, plan.lines, min_size=CAPTION_MIN_PT)
        extra = list(plan.notes) if caption_ph is not None else [figure, caption]
        place = plan.place
        if place is None:
            place = content_area(self.layout(DeckLayout.CHART), self.template.cache)
        image = self.images.get(chart.id)
        native = (
            native_chart(chart, self.chart_style) if self.chart_mode == ChartMode.NATIVE else None
        )
        if native is not None:
            if target is not None:
                remove(target)
            add_native_chart(
                slide.shapes, chart, native, place.extent, self.chart_style, self.briefing.issued
            )
            extra += native.notes
        elif image is None or not Path(image.path).is_file():
            self.warnings.append(message("chart_no_image", id=chart.id))
        else:
            name = chart.language.w("chart_name", title=chart.title)
            _insert_picture(slide, target, place, image, name)
        self.finish(slide, chart.citations, section.talking_points, extra)

    def _fits(self, placeholder: Any, lines: Sequence[Line]) -> bool:
        """Whether ``lines`` fit ``placeholder`` at no less than ``CAPTION_MIN_PT`` (10 pt)."""
        return _fits(self.boxes, placeholder, lines)

    # -- callouts and sources


@dataclass(frozen=True)
class ChartPlan:
    """Where a chart slide's chart and caption go (``chart_plan``): the chart's place (None:
    the free content area), the chart placeholder's and the caption's new boxes (None: as
    they are), the caption's lines, and what goes to the notes instead."""

    place: Rect | None
    target: Rect | None
    caption: Rect | None
    lines: Sequence[Line]
    notes: Sequence[str] = ()


def chart_plan(
    boxes: Boxes,
    owner: Any,
    target: Any | None,
    caption_ph: Any | None,
    full: Sequence[Line],
    with_refs: Sequence[Line],
) -> ChartPlan:
    """Where the chart and its caption (``full``: figure line and caption; ``with_refs``: and
    the sources) go on ``owner``, a chart slide or its layout: in ``target`` (a picture or
    content placeholder), clear of the title, the caption and the slide number, the caption in
    its box if it fits there, else in a band under the chart, else in the notes; with no
    target, above a caption band in the caption placeholder's area."""

    def rect(placeholder: Any) -> Rect:  # a text placeholder's area, as a new slide has it
        resized = placeholder_kind(placeholder)[0] in (*TITLE_TYPES, *TEXT_TYPES, PH.SUBTITLE)
        return (boxes.area(placeholder) if resized else None) or Rect.of(placeholder)

    if target is None:
        if caption_ph is None:
            return ChartPlan(None, None, None, ())
        # No picture placeholder: the chart takes the body's area, its caption a band below.
        area = rect(caption_ph)
        lines, band = with_refs, _caption_height(boxes, caption_ph, with_refs)
        if band > area.height // 3:
            lines, band = full, _caption_height(boxes, caption_ph, full)
        place, below = caption_band(area, band)
        return ChartPlan(place, None, below, lines)
    # A picture placeholder under the title or the caption (a full-bleed picture with the title
    # over it), or the slide number: the chart keeps clear of them.
    texts = [first(owner, *TITLE_TYPES), caption_ph, *shown_furniture(owner)]
    place = clear_of(rect(target), [rect(ph) for ph in texts if ph is not None])
    if caption_ph is None:
        return ChartPlan(place, place, None, ())
    box = boxes.of(caption_ph)
    lines = with_refs if box.height_of(with_refs) <= box.height else full
    if _fits(boxes, caption_ph, lines):
        return ChartPlan(place, place, None, lines)
    # A caption box too small for the caption: the caption goes under the chart (the chart a
    # little smaller) where there is room, else the figure's number and title stay and the
    # caption goes to the notes.
    band = _caption_height(boxes, caption_ph, full)
    if band <= place.height // 4:
        figure, below = caption_band(place, band)
        return ChartPlan(figure, figure, below, full)
    return ChartPlan(place, place, None, full[:1], [line.text for line in full])


def shown_furniture(owner: Any) -> list[Any]:
    """The slide number and footer placeholders on a slide, or those a slide of a layout
    shows (``furniture_shown``; a footer only with a marking, so not counted there)."""
    if isinstance(owner.part, SlideLayoutPart):
        return [
            ph
            for ph in placeholders(owner, PH.SLIDE_NUMBER)
            if PH.SLIDE_NUMBER in furniture_shown(owner)
        ]
    return placeholders(owner, *FURNITURE)


def _fits(boxes: Boxes, placeholder: Any, lines: Sequence[Line]) -> bool:
    """Whether ``lines`` fit ``placeholder`` at no less than ``CAPTION_MIN_PT`` (10 pt)."""
    size = max(boxes.of(placeholder).style(line.level).size for line in lines)
    least = min(1.0, CAPTION_MIN_PT / size)
    return bool(fit_scale(boxes, placeholder, lines, min_scale=least))


def _caption_height(boxes: Boxes, placeholder: Any, lines: Sequence[Line]) -> int:
    """The height (EMU) ``lines`` need in ``placeholder`` at its width and size."""
    box = boxes.of(placeholder)
    _, top, _, bottom = box.insets
    return int((box.height_of(lines) / FILL + top + bottom) * EMU_PER_PT)


def _insert_picture(
    slide: Any, target: Any | None, place: Rect, image: ChartImage, name: str
) -> Any:
    """Put the chart picture into ``target`` (a picture or content placeholder), or at
    ``place`` on the slide when there is none, whole and undistorted, with its alt text."""
    left, top, width, height = place.extent
    if target is not None and target.placeholder_format.type in (PH.PICTURE, PH.OBJECT):
        placeholder: Any = PicturePlaceholder(target._element, target._parent)
        picture = placeholder.insert_picture(image.path)
    else:
        if target is not None:
            remove(target)
        picture = slide.shapes.add_picture(image.path, left, top, width, height)
    aspect = image.height_px / image.width_px if image.width_px else 0.56
    # A placeholder's picture takes the layout's box, cropped to it, which may run under the
    # slide number or a title: unless that is its place already, it is put there whole.
    if abs(aspect - height / width) > 0.01 * aspect or Rect.of(picture) != place:
        picture.crop_left = picture.crop_right = picture.crop_top = picture.crop_bottom = 0.0
        fit_w = min(width, round(height / aspect))
        fit_h = round(fit_w * aspect)
        picture.left = Emu(left + (width - fit_w) // 2)
        picture.top = Emu(top + (height - fit_h) // 2)
        picture.width, picture.height = Emu(fit_w), Emu(fit_h)
    c_nv_pr = picture._element.xpath("./p:nvPicPr/p:cNvPr")[0]
    c_nv_pr.set("descr", xml_safe(image.alt_text or name))
    c_nv_pr.set("name", xml_safe(name)[:200])
    return picture
