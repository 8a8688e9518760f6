"""Report templates with the quirks real ones have, made at test time.

``gongwen_template``: a Chinese government document template as GB/T 9704 sets one up (16 pt
FangSong body on a 28-line grid, a two-character first-line indent, justified text, SimHei
headings, the standard's margins). ``grid_template``: the same kind of template at 12 pt on
Word's Chinese default grid (15.6 pt), with a Table Text style of its own that inherits
Normal's indent. ``libreoffice_template``: what LibreOffice writes for a new document saved as
.docx (no Heading 1, no Title: only its "Heading" parent style). ``chapter_template``: a
Russian annual report's (LingConLab's, LibreOffice-saved): 12 pt Times New Roman at 1.5 lines,
first lines indented 1.25 cm, and every Heading 1 starting a new page. Each recreates the
property that matters of the real templates in the corpus, without their files.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import docx.shared
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
GONGWEN_PITCH = 579  # twips: 28 lines on the standard's A4 text area
WORD_CHINESE_PITCH = 312  # twips: Word's default grid in a Chinese document


def _replace_props(style: object, part: str, xml: str) -> None:
    element = style.element  # type: ignore[attr-defined]
    old = element.find(f"{W}{part}")
    if old is not None:
        element.remove(old)
    new = parse_xml(f'<w:{part} xmlns:w="{W_NS}">{xml}</w:{part}>')
    rpr = element.find(f"{W}rPr")
    if part == "pPr" and rpr is not None:
        rpr.addprevious(new)
    else:
        element.append(new)


def _fonts(font: str, latin: str | None = None) -> str:
    """``font`` for every script, or ``latin`` for Latin text (as Chinese templates often set
    Times New Roman beside SimSun)."""
    latin = latin or font
    return f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{font}" w:cs="{latin}"/>'


def _quirky(
    *, font: str, size: float, pitch: int, margins: dict[str, int], latin: str | None = None
) -> docx.document.Document:
    """python-docx's Word-made default template, turned into a Chinese-style one."""
    document = docx.Document()
    half = round(size * 2)
    normal = document.styles["Normal"]
    _replace_props(
        normal,
        "pPr",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        f'<w:ind w:firstLineChars="200" w:firstLine="{round(size * 40)}"/><w:jc w:val="both"/>',
    )
    _replace_props(
        normal, "rPr", f'{_fonts(font, latin)}<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    )
    for name, heading_size in (("Heading 1", size), ("Heading 2", size)):
        hp = round(heading_size * 2)
        _replace_props(
            document.styles[name],
            "rPr",
            f'{_fonts("SimHei")}<w:color w:val="000000"/><w:sz w:val="{hp}"/>'
            f'<w:szCs w:val="{hp}"/>',
        )
    sect_pr = document.sections[-1]._sectPr
    margin_attrs = " ".join(f'w:{side}="{value}"' for side, value in margins.items())
    replacements = {
        "pgSz": 'w:w="11906" w:h="16838"',
        "pgMar": f'{margin_attrs} w:header="851" w:footer="992" w:gutter="0"',
        "docGrid": f'w:type="lines" w:linePitch="{pitch}"',
    }
    for tag, attrs in replacements.items():  # in place: the schema fixes their order
        old = sect_pr.find(f"{W}{tag}")
        old.addprevious(parse_xml(f'<w:{tag} xmlns:w="{W_NS}" {attrs}/>'))
        sect_pr.remove(old)
    return document


def gongwen_template(path: Path) -> Path:
    """16 pt FangSong on a 28-line grid, first lines indented by two characters (640 twips)."""
    margins = {"top": 2098, "right": 1474, "bottom": 1985, "left": 1588}
    document = _quirky(font="FangSong", size=16, pitch=GONGWEN_PITCH, margins=margins)
    document.save(str(path))
    return path


def grid_template(path: Path, size: float = 12) -> Path:
    """``size`` pt SimSun (Times New Roman for Latin text) on Word's Chinese default grid and
    margins, with its own Table Text style in
    10.5 pt based on Normal (so the first-line indent, the justification and the grid reach
    the table cells through it)."""
    margins = {"top": 1440, "right": 1800, "bottom": 1440, "left": 1800}
    document = _quirky(
        font="SimSun", latin="Times New Roman", size=size, pitch=WORD_CHINESE_PITCH, margins=margins
    )
    table_text = document.styles.add_style("Table Text", 1)  # WD_STYLE_TYPE.PARAGRAPH
    table_text.base_style = document.styles["Normal"]
    table_text.font.size = docx.shared.Pt(10.5)
    document.save(str(path))
    return path


def chapter_template(path: Path) -> Path:
    """12 pt Times New Roman at 1.5 lines, 1.25 cm first-line indent, justified, the margins
    of a Russian report (3 cm left, 1.5 cm right, 2 cm top and bottom), and a Heading 1 that
    starts a new page (``pageBreakBefore``), as chapters of a thesis or annual report do."""
    document = docx.Document()
    _replace_props(
        document.styles["Normal"],
        "pPr",
        '<w:spacing w:before="0" w:after="0" w:line="360" w:lineRule="auto"/>'
        '<w:ind w:firstLine="709"/><w:jc w:val="both"/>',
    )
    _replace_props(
        document.styles["Normal"], "rPr", f'{_fonts("Times New Roman")}<w:sz w:val="24"/>'
    )
    _replace_props(
        document.styles["Heading 1"],
        "pPr",
        "<w:keepNext/><w:keepLines/><w:pageBreakBefore/>"
        '<w:spacing w:before="0" w:after="0" w:line="360" w:lineRule="auto"/>'
        '<w:ind w:left="709" w:firstLine="0"/><w:outlineLvl w:val="0"/>',
    )
    _replace_props(
        document.styles["Heading 1"],
        "rPr",
        f'{_fonts("Times New Roman")}<w:b/><w:color w:val="000000"/><w:sz w:val="24"/>',
    )
    section = document.sections[-1]
    section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    section.left_margin, section.right_margin = docx.shared.Cm(3), docx.shared.Cm(1.5)
    section.top_margin = section.bottom_margin = docx.shared.Cm(2)
    document.save(str(path))
    return path


def libreoffice_template(folder: Path, soffice: str) -> Path:
    """A new LibreOffice Writer document saved as .docx (LibreOffice's own styles only)."""
    source = folder / "libreoffice-new.fodt"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        "<office:body><office:text><text:p/></office:text></office:body></office:document>",
        encoding="utf-8",
    )
    profile = folder / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return folder / "libreoffice-new.docx"
