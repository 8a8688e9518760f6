"""Templates with a theme of their own, made at test time from the bundled deck."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from pathlib import Path

from helpers.documents import DECK_TEMPLATE

GREEN = "00A651"
YELLOW = "FFFF00"
CHART_LAYOUT = "ppt/slideLayouts/slideLayout5.xml"
"""The bundled deck's "Chart" layout."""


def themed_deck(
    out: Path,
    accents: Mapping[int, str] = {1: GREEN},
    font: str = "Georgia",
    four_by_three: bool = False,
) -> Path:
    """A copy of the bundled deck with other accents (number -> hex RGB) and theme fonts; with
    ``four_by_three``, a 4:3 slide whose chart picture box is 4:3 too (7.2 x 5.4 in)."""
    with zipfile.ZipFile(DECK_TEMPLATE) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "ppt/theme/theme1.xml":
                text = data.decode()
                for number, colour in accents.items():
                    text = re.sub(
                        rf'<a:accent{number}><a:srgbClr val="[0-9A-F]+"/>',
                        f'<a:accent{number}><a:srgbClr val="{colour}"/>',
                        text,
                    )
                data = text.replace('typeface="Arial"', f'typeface="{font}"').encode()
            elif four_by_three and info.filename == "ppt/presentation.xml":
                data = data.replace(b'cx="12192000" cy="6858000"', b'cx="9144000" cy="6858000"')
            elif four_by_three and info.filename == CHART_LAYOUT:
                data = data.replace(
                    b'<a:ext cx="8327571" cy="4663440"/>', b'<a:ext cx="6583680" cy="4937760"/>'
                )
            dst.writestr(info, data)
    return out
