"""What every chart summary shares: labels of coded values, numbers as printed, and counts
that some incidents may not report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefkit.catalog.language import Language

EVENT_TYPE_ORDER: tuple[str, ...] = (
    "bombing",
    "suicide-bombing",
    "armed-assault",
    "ct-operation",
    "arrest",
    "foiled-plot",
    "accidental-blast",
    "protest",
    "propaganda",
    "other",
)
"""Event type codes in the order legends list them when counts tie."""

_ACRONYMS = {"ct": "CT", "us": "US", "un": "UN", "osce": "OSCE", "sco": "SCO", "cis": "CIS"}


def label_for(code: str, labels: Mapping[str, str]) -> str:
    """The human label of a coded value: the one the spec carries (from the vocabulary), or
    else the code prettified."""
    if code in labels:
        return labels[code]
    words = [_ACRONYMS.get(w, w) for w in code.replace("_", "-").split("-") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else code


def unit_label(code: str, labels: Mapping[str, str]) -> str:
    """The label of a unit code: the composer gives them as ``"unit:<code>"``."""
    return labels.get(f"unit:{code}") or label_for(code, labels)


def short_place(place: str) -> str:
    """A place name short enough for a map label: the part before the first comma."""
    return place.split(",")[0].strip() or place


def running_label(label: str) -> str:
    """A label as it reads inside a sentence ("Armed assault" -> "armed assault")."""
    if len(label) > 1 and label[1].isupper():  # an acronym such as "CT operation"
        return label
    return label[:1].lower() + label[1:]


def format_number(lang: Language, value: float) -> str:
    """A figure as printed: ``27``, ``1,250``, ``3.5``, ``1.3 million``, ``1.3 bn``."""
    magnitude = abs(value)
    if magnitude >= 1e9:
        return lang.w("billions_short", value=f"{value / 1e9:.3g}".replace(".", lang.decimal))
    if magnitude >= 1e6:
        return lang.w("millions", value=f"{value / 1e6:.3g}".replace(".", lang.decimal))
    if float(value).is_integer():
        return lang.number(value)
    return lang.number(value, 2).rstrip("0").rstrip(lang.decimal)


@dataclass(frozen=True)
class Tally:
    """A sum over incidents of a count that some incidents may not report."""

    known: int = 0
    """The sum of the counts that are known."""
    unknown: int = 0
    """How many incidents did not report the count."""
    reported: int = 0
    """How many incidents did report it (zero included)."""

    @classmethod
    def of(cls, values: Iterable[int | None]) -> Tally:
        """Sum the known values and count the unknown ones."""
        known = unknown = reported = 0
        for v in values:
            if v is None:
                unknown += 1
            else:
                known += v
                reported += 1
        return cls(known, unknown, reported)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.known + other.known, self.unknown + other.unknown, self.reported + other.reported
        )

    @property
    def all_unknown(self) -> bool:
        """True when no incident reported the count."""
        return self.unknown > 0 and self.reported == 0

    def text(self, lang: Language) -> str:
        """The tally as printed: ``"7"``, ``"≥7"`` when some counts are unknown, ``"unknown"``."""
        if self.all_unknown:
            return lang.w("chart_unknown")
        if self.unknown:
            return f"≥{lang.number(self.known)}" if self.known else lang.w("chart_plus_unknown")
        return lang.number(self.known)
