"""What ``check`` holds every translated text to beyond being there: the same figures and
dates as the English, and the terms of the language's glossary."""

from __future__ import annotations

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.figures import difference, figures_of
from briefkit.catalog.glossary import glossary_problems, load_glossary
from briefkit.catalog.language import Language
from briefkit.catalog.problems import Problem
from briefkit.catalog.text_pairs import TextPair, text_pairs
from briefkit.messages import message as _message


def record_ids(catalog: Catalog) -> frozenset[str]:
    """Every id a text may name that is not a figure (``aktobe-attacks-2016-06-05``)."""
    return frozenset(
        {
            *catalog.incidents,
            *catalog.indicators,
            *catalog.measures,
            *catalog.sources,
            *catalog.topics,
            *(d.id for d in catalog.disputes),
        }
    )


def translation_problems(catalog: Catalog, lang: str, language: Language) -> list[Problem]:
    """Each translated text of ``lang`` (written in ``language``) whose figures or dates differ
    from the English, and each that breaks the language's glossary."""
    pairs = list(text_pairs(catalog, lang))
    problems = figure_problems(pairs, catalog, language)
    glossary, found = load_glossary(catalog.root, lang)
    problems += found
    if glossary is not None:
        problems += glossary_problems(pairs, glossary)
    return sorted(set(problems))


def figure_problems(pairs: list[TextPair], catalog: Catalog, language: Language) -> list[Problem]:
    """A problem for each text whose numbers or dates are not the English ones."""
    ids = record_ids(catalog)
    english = catalog.language
    out = []
    for pair in pairs:
        found = difference(
            figures_of(pair.english, english, ids),
            figures_of(pair.translated, language, ids, also=english),
            english,
            language,
        )
        if found is None:
            continue
        said = ", ".join(found.english) or _message("data_figures_nothing_more")
        says = ", ".join(found.translated) or _message("data_figures_nothing_instead")
        message = _message("data_figures_differ", english=said, translated=says)
        out.append(Problem(pair.file, pair.line, pair.field, message))
    return out
