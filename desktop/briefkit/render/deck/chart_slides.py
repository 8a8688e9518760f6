"""Chart slides of a deck: the chart where the layout has room for it, its caption beside or
under it.

A chart is never left out: it goes into the layout's picture or content placeholder, else
above its caption in the area of the body placeholder, else into the slide's free content area
(``geometry``). A caption its small box cannot hold goes under the chart (the chart a little
smaller), or to the notes with the figure line left visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pptx.shapes.placeholder import PicturePlaceholder
from pptx.util import Emu

from briefkit.compose.model import ChartBlock, ChartImage, Section
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
    TITLE_TYPES,
    first,
    placeholders,
    remove,
)
from briefkit.render.deck.tables import TableSlides
from briefkit.render.deck.template import DeckLayout
from briefkit.render.deck.text import FILL, Line, cite_label, fit_scale, write_fitted
from briefkit.render.office.xmltext import xml_safe

#: A chart's caption is not shrunk below this size (it moves under the chart, or to the notes).
CAPTION_MIN_PT = 10.0


class ChartSlides(TableSlides):
    """The chart slides of a deck (``writer._DeckWriter`` builds the others)."""

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
        extra: list[str] = []
        place = None
        if target is not None:
            # A picture placeholder under the title or the caption (a full-bleed picture with
            # the title over it), or the slide number: the chart keeps clear of them.
            texts = [first(slide, *TITLE_TYPES), caption_ph, *placeholders(slide, *FURNITURE)]
            place = clear_of(Rect.of(target), [Rect.of(ph) for ph in texts if ph is not None])
            if place != Rect.of(target):
                target.left, target.top = Emu(place.left), Emu(place.top)
                target.width, target.height = Emu(place.width), Emu(place.height)
        if place is None and caption_ph is not None:
            # No picture placeholder: the chart takes the body's area, its caption a band below.
            area = Rect.of(caption_ph)
            lines = with_refs if refs else full
            band = self._caption_height(caption_ph, lines, area)
            if band > area.height // 3:
                lines, band = full, self._caption_height(caption_ph, full, area)
            place, below = caption_band(area, band)
            self.boxes.resize(caption_ph, below)
            write_fitted(self.boxes, caption_ph, lines)
        elif caption_ph is not None and target is not None and place is not None:
            box = self.boxes.of(caption_ph)
            lines = with_refs if refs and box.height_of(with_refs) <= box.height else full
            if not self._fits(caption_ph, lines):
                # A caption box too small for the caption: the caption goes under the chart
                # (the chart a little smaller) where there is room, else the figure's number
                # and title stay and the caption goes to the notes.
                place, lines, extra = self._caption_room(slide, target, caption_ph, full, place)
            write_fitted(self.boxes, caption_ph, lines, min_size=CAPTION_MIN_PT)
        else:
            extra = [figure, caption]
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
            self.warnings.append(
                f"Chart “{chart.id}” has no image; its slide shows the headline and caption only."
            )
        else:
            name = chart.language.w("chart_name", title=chart.title)
            _insert_picture(slide, target, place, image, name)
        self.finish(slide, chart.citations, section.talking_points, extra)

    def _fits(self, placeholder: Any, lines: Sequence[Line]) -> bool:
        """Whether ``lines`` fit ``placeholder`` at no less than ``CAPTION_MIN_PT`` (10 pt)."""
        size = max(self.boxes.of(placeholder).style(line.level).size for line in lines)
        least = min(1.0, CAPTION_MIN_PT / size)
        return bool(fit_scale(self.boxes, placeholder, lines, min_scale=least))

    def _caption_room(
        self, slide: Any, target: Any, caption_ph: Any, full: Sequence[Line], place: Rect
    ) -> tuple[Rect, list[Line], list[str]]:
        """Room for a chart's caption that its box cannot hold: a band under the chart (at most
        a quarter of the chart's place) when the caption fits it, the chart above it; else the
        figure line alone, the caption in the notes (the returned lines and notes)."""
        band = self._caption_height(caption_ph, full, place)
        if band <= place.height // 4:
            figure, below = caption_band(place, band)
            target.left, target.top = Emu(figure.left), Emu(figure.top)
            target.width, target.height = Emu(figure.width), Emu(figure.height)
            self.boxes.resize(caption_ph, below)
            return figure, list(full), []
        return place, [full[0]], [line.text for line in full]

    def _caption_height(self, placeholder: Any, lines: Sequence[Line], area: Rect) -> int:
        """The height (EMU) ``lines`` need in ``placeholder`` at ``area``'s width, at its size."""
        box = self.boxes.of(placeholder)
        _, top, _, bottom = box.insets
        return int((box.height_of(lines) / FILL + top + bottom) * EMU_PER_PT)

    # -- callouts and sources


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
