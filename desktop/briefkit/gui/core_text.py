"""The core's messages (``briefkit.messages``: template verdicts, export errors) in the
window's interface language, from the bundled translation's ``messages.yaml``."""

from __future__ import annotations

from briefkit.gui.i18n import current_language
from briefkit.messages import MessageWords, message_words


def interface_words() -> MessageWords:
    """The message words of the interface language installed now."""
    return message_words(current_language())


def said(text: object) -> str:
    """A core message (or any text, as it is) in the interface language."""
    return interface_words().say(text)


def said_error(error: BaseException) -> str:
    """An error's message in the interface language."""
    return interface_words().say_error(error)
