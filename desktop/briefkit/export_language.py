"""The catalog in an export's language, or the refusal that names what is missing."""

from __future__ import annotations

from collections.abc import Sequence

from briefkit.catalog import Catalog
from briefkit.export_errors import ExportError, RequestError

__all__ = ["catalog_in_language"]


def catalog_in_language(catalog: Catalog, lang: str, topic_ids: Sequence[str]) -> Catalog:
    """The catalog in the requested language; refuses a language missing or incomplete for the
    chosen topics (nothing is written then)."""
    from briefkit.catalog.languages import available_languages
    from briefkit.catalog.translations import translate

    languages = available_languages(catalog.root)
    if lang not in languages:
        raise RequestError(
            f"no {lang!r} translations in the data; available languages: {', '.join(languages)}"
        )
    translation = translate(catalog, lang)
    missing = translation.problems_for(topic_ids)
    if missing:
        shown = "\n".join(f"  {p}" for p in missing[:15])
        more = f"\n  ... and {len(missing) - 15} more" if len(missing) > 15 else ""
        raise ExportError(
            f"the {lang!r} translation of {', '.join(topic_ids)} is incomplete "
            f"({len(missing)} problem(s)); nothing was written. Complete it (briefkit check "
            f"--lang {lang}) or export in another language:\n{shown}{more}"
        )
    return translation.catalog
