"""An export's steps in the window's interface language.

The core says each step in the briefing's language (``briefkit.progress.Step``); the window
says it again from the step's key and values in its own language, so a Russian window shows
Russian steps whatever language the briefings are written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefkit.progress import Step

translate = QCoreApplication.translate


def _patterns() -> dict[str, str]:
    """Each step's words in the interface language, by the step's key."""
    return {
        "starting": translate("Progress", "Starting"),
        "chart_preparing": translate("Progress", "Preparing chart {n} of {total}"),
        "chart_rendering": translate("Progress", "Rendering chart {n} of {total}"),
        "look": translate("Progress", "{step} ({look} of {looks} looks)"),
        "writing": translate("Progress", "Writing {file}"),
        "converting": translate("Progress", "Converting {name} to PDF"),
    }


def progress_text(message: object) -> str:
    """``message`` in the interface language when it is a step the window knows; as it came
    otherwise."""
    if not isinstance(message, Step):
        return str(message)
    pattern = _patterns().get(message.key)
    if pattern is None:
        return str(message)
    values = {k: progress_text(v) if isinstance(v, Step) else v for k, v in message.values.items()}
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return str(message)
