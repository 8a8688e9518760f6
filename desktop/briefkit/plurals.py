"""How a noun agrees with a number: the plural rules of the output and message languages."""

from __future__ import annotations

FORMS = ("one", "few", "many")
"""The forms a noun takes after a number, in the order a pattern lists them."""


def plural_form(rule: str, n: int) -> str:
    """``one``, ``few`` or ``many``: the form of a noun after the number ``n`` by ``rule``
    (``one-other``: English; ``east-slavic``: Russian 1 / 2-4 / 5+; ``invariant``: Kazakh)."""
    if rule == "invariant":
        return "one"
    if rule == "one-other":
        return "one" if n == 1 else "many"
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"
