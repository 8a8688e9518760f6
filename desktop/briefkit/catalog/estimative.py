"""Calibrated language (ICD 203): the likelihood scale, the confidence levels, and the check
that narrative keeps to the scale's words and states likelihood and confidence apart.

The words of the scale, the words outside it and the words of confidence are the language's
(``likelihood_*``, ``estimative_outside_scale``, ``estimative_hedges``, ``confidence_terms`` in
its ``language.yaml``), so each output language has one fixed scale.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import get_args

from briefkit.catalog.language import Language
from briefkit.catalog.problems import shorten
from briefkit.catalog.topic import CITATION, Likelihood, Topic
from briefkit.messages import message

SCALE: tuple[Likelihood, ...] = get_args(Likelihood)
"""The likelihood scale, least likely first."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def word_key(value: str) -> str:
    """A scale value's word key: ``likelihood_almost_no_chance``."""
    return "likelihood_" + value.replace("-", "_")


def assessment(language: Language, likelihood: str | None, confidence: str | None) -> str:
    """The judgment's likelihood and confidence, as two sentences: "Likelihood: likely
    (55–80%). Confidence: moderate." ("" when neither is given)."""
    parts = []
    if likelihood:
        parts.append(
            language.w(
                "assessment_likelihood",
                likelihood=language.w(word_key(likelihood)),
                band=language.w(word_key(likelihood) + "_band"),
            )
        )
    if confidence:
        parts.append(
            language.w("assessment_confidence", confidence=language.w("confidence_" + confidence))
        )
    return " ".join(parts)


def _terms(language: Language, key: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in language.w(key).split(",") if t.strip())


@functools.lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of the terms as whole words, longest first."""
    ordered = sorted(terms, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in ordered) or r"(?!x)x"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _folded(terms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.casefold() for t in terms)


def _mentions(terms: tuple[str, ...], text: str) -> bool:
    """Whether any term occurs in the text at all (a quick test before the pattern)."""
    folded = text.casefold()
    return any(t in folded for t in _folded(terms))


def _find(terms: tuple[str, ...], text: str) -> list[str]:
    """The terms the text uses, in order of first use, each place counted once."""
    if not _mentions(terms, text):
        return []
    by_key = {t.casefold(): t for t in terms}
    found = (by_key.get(m.group(0).casefold(), m.group(0)) for m in _pattern(terms).finditer(text))
    return list(dict.fromkeys(found))


def _without(text: str, terms: tuple[str, ...]) -> str:
    """The text with these terms blanked ("почти наверняка" is on the scale, "наверняка" not)."""
    return _pattern(terms).sub(" ", text) if _mentions(terms, text) else text


def scale_terms(language: Language) -> dict[str, str]:
    """The scale's words in the language, by value."""
    return {v: language.w(word_key(v)) for v in SCALE}


def check_estimative(
    topic: Topic, texts: Iterable[tuple[str, str]], language: Language
) -> Iterator[tuple[str, str, str]]:
    """(field path, warning, the words to point at) for estimative words outside the scale,
    hedges in a topic that uses the scale, likelihood and confidence in one sentence, and a key
    judgment whose words give another likelihood than its own."""
    scale = scale_terms(language)
    outside = _terms(language, "estimative_outside_scale")
    calibrated = any(j.likelihood for j in topic.key_judgments)
    if calibrated:
        outside += _terms(language, "estimative_hedges")
    confidence = _terms(language, "confidence_terms")
    words = ", ".join(scale.values())
    for where, raw in texts:
        text = " ".join(CITATION.sub("", raw).split())
        for term in _find(outside, _without(text, tuple(scale.values()))):
            yield (
                where,
                message("data_not_on_scale", term=term, words=words),
                term,
            )
        if not (_find(tuple(scale.values()), text) and _find(confidence, text)):
            continue
        for sentence in _SENTENCE.split(text):
            if _find(tuple(scale.values()), sentence) and _find(confidence, sentence):
                yield (
                    where,
                    message("data_likelihood_and_confidence", sentence=shorten(sentence, 60)),
                    sentence.split()[0] if sentence.split() else "",
                )
    for i, j in enumerate(topic.key_judgments):
        if not j.likelihood:
            continue
        used = _find(tuple(scale.values()), CITATION.sub("", j.text))
        if used and scale[j.likelihood] not in used:
            yield (
                f"key_judgments[{i}].likelihood",
                message("data_likelihood_disagrees", given=scale[j.likelihood], used=used[0]),
                "",
            )
