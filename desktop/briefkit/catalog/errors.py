"""Turn pydantic validation errors into sentences a person can act on."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails


def _shown(value: Any) -> str:
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f'"{text}"'


def explain(error: ErrorDetails) -> str:
    """One sentence: what is wrong with the value and what would be right."""
    kind = error["type"]
    value = error.get("input")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    match kind:
        case "missing":
            return "is missing; this field is required"
        case "int_parsing" | "int_from_float" | "int_type":
            return f"{_shown(value)} is not a whole number"
        case "float_parsing" | "float_type":
            return (
                f"{_shown(value)} is not a number (use a dot for decimals, no thousands separators)"
            )
        case (
            "date_parsing"
            | "date_from_datetime_parsing"
            | "date_type"
            | "date_from_datetime_inexact"
        ):
            return f"{_shown(value)} is not a date; write it as YYYY-MM-DD, e.g. 2011-07-11"
        case "greater_than_equal":
            return f"{_shown(value)} is below {ctx.get('ge')}; counts and values cannot be negative"
        case "less_than_equal":
            return f"{_shown(value)} is above {ctx.get('le')}; check the figure"
        case "string_pattern_mismatch":
            return (
                f"{_shown(value)} is not a valid id; use lower-case letters, digits and hyphens "
                "(e.g. aktobe-2016)"
            )
        case "literal_error" | "enum":
            return f"{_shown(value)} is not allowed; use one of {ctx.get('expected')}"
        case "extra_forbidden":
            return "is not a known field; remove it or check its spelling"
        case "too_short" | "string_too_short":
            return "is empty; give at least one value"
        case "string_too_long":
            return f"is longer than {ctx.get('max_length')} characters; shorten it"
        case "bool_parsing" | "bool_type":
            return f"{_shown(value)} is not true or false"
        case "dict_type" | "model_type" | "model_attributes_type":
            return f"{_shown(value)} should be a mapping of keys to values"
        case "tuple_type" | "list_type":
            return f"{_shown(value)} should be a list"
        case "string_type" if isinstance(value, dict):
            return (
                "should be text, but a ': ' inside it made YAML read a key; "
                "put the whole text in double quotes"
            )
        case "string_type":
            return f"{_shown(value)} should be text"
        case "value_error" | "assertion_error":
            return str(error["msg"]).removeprefix("Value error, ")
        case _:
            return str(error["msg"])
