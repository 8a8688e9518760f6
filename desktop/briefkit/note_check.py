"""``briefkit check``: which topics' briefing notes would run past two pages.

Each note is written in memory with blank charts of the usual size and its pages estimated
from the template's styles and fonts (``render.report.pages``), without LibreOffice; the tests
hold the estimate against LibreOffice's renders.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from briefkit.catalog import Catalog
from briefkit.render.office.errors import TemplateError
from briefkit.template_check import blank_charts


def note_pages(catalog: Catalog, template: Path) -> dict[str, int]:
    """The estimated pages of each topic's briefing note with the Word ``template``."""
    import docx

    from briefkit.compose import compose_briefing
    from briefkit.compose.note import compose_note
    from briefkit.render.report.note import render_note
    from briefkit.render.report.pages import estimate_pages
    from briefkit.render.report.template import load_report_template

    loaded = load_report_template(template)
    pages = {}
    with tempfile.TemporaryDirectory(prefix="briefkit-note-") as folder:
        for topic_id in catalog.topics:
            note = compose_note(compose_briefing(catalog, topic_id))
            charts = blank_charts([note.chart.chart] if note.chart else [], Path(folder))
            out = io.BytesIO()
            render_note(note, charts, loaded, out)
            pages[topic_id] = estimate_pages(docx.Document(io.BytesIO(out.getvalue())))
    return pages


def note_warnings(catalog: Catalog, template: Path, langs: tuple[str, ...] = ()) -> list[str]:
    """A line for each topic whose note would run past ``NOTE_PAGES`` with ``template``, in
    English and in each language of ``langs`` (default: every translation) it is complete in."""
    from briefkit.catalog.languages import BASE_LANGUAGE, available_languages
    from briefkit.catalog.load import shown_path
    from briefkit.catalog.translations import translate
    from briefkit.messages import message
    from briefkit.render.report.note import NOTE_PAGES

    lines: list[str] = []
    for lang in langs or available_languages(catalog.root):
        in_lang = catalog
        if lang != BASE_LANGUAGE:
            translation = translate(catalog, lang)
            if translation.problems_for(catalog.topics):
                continue  # check says what the translation lacks
            in_lang = translation.catalog
        try:
            estimates = note_pages(in_lang, template)
        except TemplateError:
            return []  # the template's verdict says why
        for topic_id, pages in estimates.items():
            if pages > NOTE_PAGES:
                where = shown_path(catalog.root / "topics" / f"{topic_id}.yaml")
                long = message(
                    "note_too_long",
                    where=where,
                    lang=lang,
                    pages=pages,
                    template=template.name,
                    limit=NOTE_PAGES,
                )
                lines.append(message("warning", text=long))
    return lines
