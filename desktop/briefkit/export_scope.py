"""What an export covers: its topics, checked against the data, and the catalog in the
language asked for (refused when the translation is missing or incomplete for those topics)."""

from __future__ import annotations

from collections.abc import Sequence

from briefkit.catalog import Catalog
from briefkit.export_errors import ExportError, RequestError
from briefkit.messages import message


def resolve_topics(catalog: Catalog, wanted: Sequence[str]) -> tuple[str, ...]:
    """The topic ids to export ("all" or an empty list means every topic)."""
    if not wanted or "all" in wanted:
        return tuple(catalog.topics)
    unknown = [t for t in wanted if t not in catalog.topics]
    if unknown:
        known = ", ".join(catalog.topics)
        raise RequestError(message("unknown_topics", unknown=", ".join(unknown), known=known))
    return tuple(dict.fromkeys(wanted))


def in_language(catalog: Catalog, lang: str, topic_ids: Sequence[str]) -> Catalog:
    """The catalog in ``lang``; refuses a language missing or incomplete for the
    chosen topics (nothing is written then)."""
    from briefkit.catalog.languages import available_languages
    from briefkit.catalog.translations import translate

    languages = available_languages(catalog.root)
    if lang not in languages:
        raise RequestError(message("no_translations", lang=lang, languages=", ".join(languages)))
    translation = translate(catalog, lang)
    missing = translation.problems_for(topic_ids)
    if missing:
        shown = "\n".join(f"  {p}" for p in missing[:15])
        more = message("and_more", n=len(missing) - 15) if len(missing) > 15 else ""
        topics = ", ".join(topic_ids)
        raise ExportError(
            message(
                "translation_incomplete",
                lang=lang,
                topics=topics,
                n=len(missing),
                shown=shown,
                more=more,
            )
        )
    return translation.catalog
