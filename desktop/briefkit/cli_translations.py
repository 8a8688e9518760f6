"""``briefkit check``'s part on translations: what each language lacks, per topic, and the
messages it lacks (``briefkit.catalog.message_check``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefkit.cli_shared import said, tell

if TYPE_CHECKING:
    from briefkit.catalog.catalog import Catalog
    from briefkit.catalog.problems import Problem


def _by_file(problems: tuple[Problem, ...]) -> str:
    """Where a topic's problems are, file by file, most first: ": topics/x.yaml 3, places.yaml
    1"."""
    from collections import Counter
    from pathlib import PurePath

    def name(problem: Problem) -> str:
        path = PurePath(problem.file)
        return f"{path.parent.name}/{path.name}" if path.parent.name == "topics" else path.name

    counts = Counter(name(p) for p in problems)
    return ": " + ", ".join(f"{file} {n}" for file, n in counts.most_common()) if counts else ""


def check_translations(catalog: Catalog, langs: tuple[str, ...], lines: list[str]) -> list[Problem]:
    """What each language's translation lacks, per topic, added to ``lines``; the problems."""
    from briefkit.catalog.languages import BASE_LANGUAGE, available_languages
    from briefkit.catalog.message_check import message_problems
    from briefkit.catalog.translation_checks import translation_problems
    from briefkit.catalog.translations import translate
    from briefkit.messages import message

    wanted = langs or available_languages(catalog.root)
    found: list[Problem] = []
    for lang in wanted:
        if lang == BASE_LANGUAGE:
            continue
        translation = translate(catalog, lang)
        # unless the language is asked for, text not yet translated (new or imported records)
        # warns: the data is sound, the briefings in that language wait for the words
        gaps = () if langs else translation.untranslated
        errors = [p for p in translation.problems if p not in gaps]
        checked = translation_problems(catalog, lang, translation.catalog.language)
        errors += checked
        # the messages fall back to English: a gap there fails only the asked language's check
        unsaid = message_problems(catalog.root, lang)
        errors += unsaid if langs else []
        lines += [problem.told(said) for problem in errors]
        warned = [*gaps, *([] if langs else unsaid)]
        lines += [tell("warning", text=problem.told(said)) for problem in warned]
        found += errors
        for tid in catalog.topics:
            own = f"/{lang}/topics/{tid}.yaml"  # a figure or a term wrong in the topic's file
            missing = (
                *translation.problems_for([tid]),
                *(p for p in checked if p.file.endswith(own)),
            )
            state = message("translation_topic_problems", n=len(missing)) + _by_file(missing)
            state = state if missing else message("translation_topic_complete")
            lines.append(tell("translation_topic", lang=lang, topic=tid, state=state))
        if gaps:
            gap = message("translation_gaps", lang=lang, n=len(gaps))
            lines.append(tell("warning", text=gap))
    return found
