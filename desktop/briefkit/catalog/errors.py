"""Turn pydantic validation errors into sentences a person can act on."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

from briefkit import messages
from briefkit.catalog import messages as m
from briefkit.catalog.messages import Message
from briefkit.message_table_rare import PYDANTIC_CODES
from briefkit.messages import message as _message


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
            return Message(m.MISSING)
        case "int_parsing" | "int_from_float" | "int_type":
            return Message(m.NOT_WHOLE, value=_shown(value))
        case "float_parsing" | "float_type":
            return Message(m.NOT_NUMBER, value=_shown(value))
        case (
            "date_parsing"
            | "date_from_datetime_parsing"
            | "date_type"
            | "date_from_datetime_inexact"
        ):
            return Message(m.NOT_DATE, value=_shown(value))
        case "greater_than_equal":
            return Message(m.BELOW, value=_shown(value), limit=ctx.get("ge"))
        case "less_than_equal":
            return Message(m.ABOVE, value=_shown(value), limit=ctx.get("le"))
        case "string_pattern_mismatch" if "\\d{4}" in str(ctx.get("pattern")):
            return Message(m.NOT_PERIOD, value=_shown(value))
        case "string_pattern_mismatch":
            return Message(m.NOT_ID, value=_shown(value))
        case "literal_error" | "enum":
            return Message(m.NOT_ALLOWED, value=_shown(value), expected=ctx.get("expected"))
        case "extra_forbidden":
            return _message("data_not_known_field")
        case "too_short" | "string_too_short":
            return Message(m.EMPTY_LIST)
        case "string_too_long":
            return Message(m.TOO_LONG, limit=ctx.get("max_length"))
        case "bool_parsing" | "bool_type":
            return Message(m.NOT_BOOL, value=_shown(value))
        case "dict_type" | "model_type" | "model_attributes_type":
            return _message("data_should_be_mapping", value=_shown(value))
        case "tuple_type" | "list_type":
            return _message("data_should_be_list", value=_shown(value))
        case "string_type" if isinstance(value, dict):
            return _message("data_text_read_as_key")
        case "string_type":
            return _message("data_should_be_text", value=_shown(value))
        case "value_error" | "assertion_error":
            said: tuple[object, ...] = getattr(ctx.get("error"), "args", ())
            if len(said) == 1 and isinstance(said[0], messages.Message):
                return said[0]  # said again in the user's language
            return str(error["msg"]).removeprefix("Value error, ")
        case _:
            return _rare(kind, str(error["msg"]), value, ctx)


def _rare(kind: str, said: str, value: Any, ctx: dict[str, Any]) -> messages.Message:
    """A rarer pydantic error: pydantic's own sentence in English, said in the user's language
    by its type (the value named when the type is not known here)."""
    code = PYDANTIC_CODES.get(kind)
    if code is None:
        values = {"value": _shown(value), "detail": f'"{said}"'}
        return _message("pydantic_other", **values)
    return messages.Message(said, code, {k: str(v) for k, v in ctx.items()})
