"""Estimated lines against the lines LibreOffice renders, per font, with and without its metrics.

    .venv/bin/python bench/font_lines.py [--fonts Calibri "Times New Roman" ...] [--keep DIR]

Writes one slide per case (a text box of a known width in one typeface, one paragraph of
English, Russian or Kazakh at 16-28 pt), converts the deck with LibreOffice, counts each page's
lines (``pdftotext -bbox-layout``) and compares them with ``textfit.count_lines`` measuring with
the face's metrics (``fonts.font_metrics``) and with Arial's. Prints, per typeface, the share of
cases within one line, the worst under-estimate, the error in lines (all cases together) and in
the widths of the rendered lines, the same for Arial's estimate, and the line pitch LibreOffice
gives (in sizes).
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from briefkit.render.office.fonts import font_metrics
from briefkit.render.office.pdf import convert_to_pdf
from briefkit.render.office.textfit import ARIAL, FontMetrics, count_lines, text_width

FONTS = ("Calibri", "Times New Roman", "Arial", "Open Sans")
TEXTS = (
    "Kazakhstan's security service reported that it prevented eleven planned attacks in 2016, "
    "most of them in the western regions, and detained more than forty suspects.",
    "The Aktobe attacks of June 2016 began with raids on two gun shops and a National Guard "
    "unit; twenty-five people died, eighteen of them attackers.",
    "Counter-terrorism law was amended in December 2016: stricter rules on weapons, on "
    "religious literature and on the registration of residents.",
    "В июне 2016 года в Актобе нападавшие захватили оружие в двух магазинах и атаковали "
    "воинскую часть Национальной гвардии; погибли двадцать пять человек.",
    "Комитет национальной безопасности сообщил о предотвращении одиннадцати терактов, "
    "большинство из них — в западных областях страны.",
    "Қазақстан Республикасының Ұлттық қауіпсіздік комитеті өңірлердегі қауіп-қатерлерге "
    "шолу жасап, Ақтөбе және Алматы оқиғаларынан кейінгі өзгерістер туралы хабарлады.",
)
WIDTHS_IN = (3.5, 5.5, 8.5)
SIZES_PT = (16.0, 20.0, 28.0)
INSET_PT = 7.2  # python-pptx's text box: 0.1 in left and right


@dataclass(frozen=True)
class Case:
    """One text box: its typeface, text, width (inches) and size (points)."""

    typeface: str
    text: str
    width_in: float
    size: float
    bold: bool = False

    @property
    def room(self) -> float:
        """The width text may take, in points."""
        return self.width_in * 72 - 2 * INSET_PT

    def estimate(self, font: FontMetrics | None) -> int:
        return count_lines(self.text, self.room, self.size, self.bold, font)


@dataclass(frozen=True)
class Rendered:
    lines: int
    pitch: float  # distance between first lines' tops, as a multiple of the size; 0 if one line
    widths: tuple[tuple[str, float], ...] = ()  # each line's text and width (points)


def cases(typefaces: Sequence[str] = FONTS) -> list[Case]:
    return [
        Case(face, text, width, size, bold)
        for face in typefaces
        for text in TEXTS
        for width in WIDTHS_IN
        for size in SIZES_PT
        for bold in (False, True)
        if not bold or size == SIZES_PT[1]
    ]


def render(all_cases: Sequence[Case], folder: Path) -> list[Rendered]:
    """Each case on its own slide of a LibreOffice-rendered deck: its line count and pitch."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(10), Inches(7.5)
    blank = deck.slide_layouts[6]
    for case in all_cases:
        slide = deck.slides.add_slide(blank)
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(case.width_in), Emu(0))
        box.height = Inches(6.5)
        frame = box.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        run = frame.paragraphs[0].add_run()
        run.text = case.text
        run.font.size = Pt(case.size)
        run.font.name = case.typeface
        run.font.bold = case.bold
    pptx = folder / "fontlines.pptx"
    deck.save(str(pptx))
    (pdf,) = convert_to_pdf([pptx], folder)
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    out = []
    pages = layout.split("<page ")[1:]
    for case, page in zip(all_cases, pages, strict=True):
        tops = [float(y) for y in re.findall(r'<line xMin="[^"]+" yMin="([^"]+)"', page)]
        pitch = (tops[-1] - tops[0]) / (len(tops) - 1) / case.size if len(tops) > 1 else 0.0
        widths = []
        for line in re.findall(r"<line (.*?)</line>", page, re.S):
            words = re.findall(
                r'<word xMin="([^"]+)" yMin="[^"]+" xMax="([^"]+)"[^>]*>([^<]*)<', line
            )
            text = html.unescape(" ".join(w for _, _, w in words))
            widths.append((text, float(words[-1][1]) - float(words[0][0])))
        out.append(Rendered(len(tops), pitch, tuple(widths)))
    return out


def width_error(pairs: Sequence[tuple[Case, Rendered]], font: FontMetrics) -> float:
    """How much wider (+) or narrower ``font`` measures the rendered lines than they are."""
    estimated = rendered = 0.0
    for case, got in pairs:
        for text, width in got.widths:
            estimated += text_width(text, case.size, case.bold, font)
            rendered += width
    return estimated / rendered - 1


def report(all_cases: Sequence[Case], rendered: Sequence[Rendered]) -> None:
    faces = dict.fromkeys(c.typeface for c in all_cases)
    print(
        f"{'typeface':16} {'measured as':17} {'cases':>5} {'±1 line':>7} {'worst':>5} "
        f"{'lines':>6} {'width':>6} | {'Arial ±1':>8} {'lines':>6} {'width':>6} | {'pitch':>5}"
    )
    for face in faces:
        pairs = [(c, r) for c, r in zip(all_cases, rendered, strict=True) if c.typeface == face]
        font = font_metrics(face)
        got = [r.lines for _, r in pairs]
        ours = [c.estimate(font) for c, _ in pairs]
        arial = [c.estimate(None) for c, _ in pairs]
        pitches = [r.pitch for _, r in pairs if r.pitch]
        print(
            f"{face:16} {font.name:17} {len(pairs):5} {_within(ours, got):7.0%} "
            f"{min(o - g for o, g in zip(ours, got, strict=True)):5} "
            f"{_error(ours, got):+6.1%} {width_error(pairs, font):+6.1%} | "
            f"{_within(arial, got):8.0%} {_error(arial, got):+6.1%} "
            f"{width_error(pairs, ARIAL):+6.1%} | {sum(pitches) / max(1, len(pitches)):5.3f}"
        )


def _within(estimated: Sequence[int], got: Sequence[int]) -> float:
    return sum(abs(e - g) <= 1 for e, g in zip(estimated, got, strict=True)) / len(got)


def _error(estimated: Sequence[int], got: Sequence[int]) -> float:
    """Lines estimated against lines rendered, in all cases together."""
    return sum(estimated) / sum(got) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fonts", nargs="+", default=list(FONTS))
    parser.add_argument("--keep", type=Path, help="keep the deck and its PDF in this folder")
    args = parser.parse_args()
    all_cases = cases(args.fonts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        rendered = render(all_cases, folder)
    report(all_cases, rendered)


if __name__ == "__main__":
    main()
