"""The English patterns of the contrast findings that name the template as the colours' owner
(``render.accessibility``); ``briefkit.message_table.ENGLISH`` holds them with the rest."""

from __future__ import annotations

CONTRAST_ENGLISH: dict[str, str] = {
    "a11y_contrast_template": (
        "text “{text}” in #{colour} on #{ground} has a contrast of {ratio}:1; both colours are "
        "the template's own: change the template's {owner}"
    ),
    "a11y_owner_master": "slide master, layouts or theme colours",
    "a11y_owner_table_style": "table style",
}
