"""The deck's reading order: slide placeholders placed where their layout puts them, each
layout's own boxes (two layouts with the same placeholder numbers, shapes placed between)."""

from __future__ import annotations

from typing import Any

from pptx import Presentation
from pptx.util import Emu

from briefkit.render.deck.accessible import make_accessible


def _names(slide: Any) -> list[str]:
    return [shape.name for shape in slide.shapes]


def _layout_with_body_at(prs: Any, index: int, top: int) -> Any:
    """Layout ``index`` with its body placeholder (idx 1) moved to ``top``."""
    layout = prs.slide_layouts[index]
    body = next(p for p in layout.placeholders if p.placeholder_format.idx == 1)
    body.top, body.height = Emu(top), Emu(prs.slide_height // 6)
    return layout


def test_placeholders_read_in_their_own_layouts_place() -> None:
    prs = Presentation()  # python-pptx's default: layouts 1 and 5 both have a body at idx 1
    height = int(prs.slide_height)
    low = _layout_with_body_at(prs, 1, height * 3 // 4)
    high = _layout_with_body_at(prs, 3, height // 4)
    slides = []
    for layout in (low, high, low, high):  # twice each: the second looks the layout up again
        slide = prs.slides.add_slide(layout)
        for ph in slide.placeholders:
            ph.name = (
                "title" if ph.placeholder_format.idx == 0 else f"ph{ph.placeholder_format.idx}"
            )
            assert ph._element.xfrm is None  # inherits its box from the layout
        box = slide.shapes.add_textbox(Emu(0), Emu(height // 2), Emu(914400), Emu(914400))
        box.name = "middle"
        slides.append(slide)
    make_accessible(prs, "en-GB", "continued")
    for slide in slides[::2]:  # the body low on the slide: read after the box in the middle
        assert _names(slide)[:1] == ["title"]
        assert _names(slide).index("middle") < _names(slide).index("ph1")
    for slide in slides[1::2]:  # the body high: read before it
        assert _names(slide).index("ph1") < _names(slide).index("middle")
