"""The export's errors: each says what went wrong and what to do (``briefkit.export`` raises
them, and the command line and the window tell them apart by these types)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from briefkit.manifest import MANIFEST_NAME


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
        if damaged_manifest:
            message = (
                f"the record of what Briefkit wrote in {folder} ({MANIFEST_NAME}) is damaged, "
                f"so these {len(self.paths)} file(s) cannot be told apart from edited ones: "
                f"{names}; nothing was written. Replacing them keeps a copy of the damaged "
                "record and carries over every entry still readable in it"
            )
        elif self.made_from:
            made = "; ".join(
                f"{p.name} ({', '.join(f'{kind} {value}' for kind, value in m)})"
                for p, m in self.made_from.items()
            )
            message = (
                f"{len(self.paths)} file(s) in {folder} were changed since Briefkit wrote them, "
                f"were not written by it, or were made from another language, template or "
                f"composition: {names}; nothing was written. Made differently: {made}"
            )
        else:
            message = (
                f"{len(self.paths)} file(s) in {folder} were changed since Briefkit wrote them, "
                f"or were not written by it: {names}; nothing was written"
            )
        super().__init__(message)
