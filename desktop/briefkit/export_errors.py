"""The export's errors: each says what went wrong and what to do (``briefkit.export`` raises
them, and the command line and the window tell them apart by these types)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from briefkit.manifest import MANIFEST_NAME
from briefkit.messages import Joined as _Joined
from briefkit.messages import Message, message


class ExportError(Exception):
    """The export cannot go on; the message says why and what to do."""


class OutputError(ExportError):
    """The output folder or a file in it cannot be written."""


class RequestError(ExportError):
    """The request names what the data lacks (a topic, a language): the caller's mistake."""


class CompositionExportError(RequestError):
    """A composed briefing names a topic or section the data lacks, or a name already taken."""


class ProtectedFiles(ExportError):  # noqa: N818 - the name the issue gives it
    """Files the job would replace were edited, or not written by Briefkit; nothing was written.

    ``paths`` lists them all. Run again with ``OnExisting.REPLACE`` or ``KEEP``.
    """

    def __init__(
        self,
        paths: Sequence[Path],
        damaged_manifest: bool = False,
        made_from: Mapping[Path, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.made_from = dict(made_from or {})
        """The untouched files among ``paths`` made from another language, template or
        composition, with what they were made from (e.g. ``[("language", "en")]``)."""
        names = ", ".join(p.name for p in self.paths)
        folder = self.paths[0].parent if self.paths else Path()
        n = len(self.paths)
        if damaged_manifest:
            said = message(
                "protected_damaged_manifest",
                folder=folder,
                manifest=MANIFEST_NAME,
                n=n,
                names=names,
            )
        elif self.made_from:
            made = _Joined(
                "; ",
                [
                    message("made_from_file", name=p.name, made=_Joined(", ", map(_made, m)))
                    for p, m in self.made_from.items()
                ],
            )
            said = message("protected_made_differently", n=n, folder=folder, names=names, made=made)
        else:
            said = message("protected_edited", n=n, folder=folder, names=names)
        super().__init__(said)


def _made(difference: tuple[str, str]) -> Message:
    """One thing a file was made from: "language en", "template bundled"."""
    kind, value = difference
    if kind == "grades":
        return message(f"made_from_grades_{'on' if value == 'on' else 'off'}")
    shown = message(f"made_from_{value}") if value in ("bundled", "none") else value
    return message(f"made_from_{kind}", value=shown)
