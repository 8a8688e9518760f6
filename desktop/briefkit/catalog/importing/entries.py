"""Change one entry of a YAML list file (sources.yaml, disputes.yaml) as text: the other
entries, the comments and the blank lines stay as they are, and inside the entry only the keys
whose value changed are rewritten (a diff shows just those lines).

The files are lists of mappings, each entry starting with ``- `` at the start of a line and its
keys indented by two spaces (the style ``append_sources`` writes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefkit.catalog.importing.writing import cell, version_lines, yaml_scalar
from briefkit.catalog.records import Dispute, Source, Version
from briefkit.catalog.yamlfile import load_yaml
from briefkit.messages import message


def _key_of(line: str) -> str | None:
    """The key a line of an entry starts (``- key:`` or ``  key:``), if any."""
    body = line[2:] if line.startswith(("- ", "  ")) else None
    if body is None or body[:1] in (" ", "#", "-", ""):
        return None
    key, colon, _ = body.partition(":")
    return key if colon and key.replace("_", "").isalnum() else None


def _rendered(name: str, value: object) -> list[str]:
    """A key's lines as the file's style writes them (without the line breaks)."""
    if isinstance(value, tuple) and value and isinstance(value[0], Version):
        return [f"  {name}:", *(line for v in value for line in version_lines(v))]
    if isinstance(value, bool):
        return [f"  {name}: {'true' if value else 'false'}"]
    text = value.isoformat() if isinstance(value, dt.date) else cell(value)
    return [f"  {name}: {yaml_scalar(text)}"]


@dataclass
class YamlEntries:
    """A YAML list file as lines, with the lines each entry spans (by id)."""

    lines: list[str]
    spans: dict[str, tuple[int, int]]
    newline: str

    @classmethod
    def parse(cls, text: str, name: str) -> YamlEntries:
        """The entries of ``text``; ValueError when the file is not in the style the window
        can change without rewriting it (edit it by hand then)."""
        tree, problems = load_yaml(text, name)
        lines = text.splitlines(keepends=True)
        starts = [i for i, line in enumerate(lines) if line.startswith("- ")]
        entries = tree if isinstance(tree, list) else []
        ids = [e.get("id") if isinstance(e, dict) else None for e in entries]
        if problems or len(starts) != len(ids) or not all(isinstance(i, str) for i in ids):
            raise ValueError(message("data_not_plain_entries", name=name))
        spans: dict[str, tuple[int, int]] = {}
        for n, (start, eid) in enumerate(zip(starts, ids, strict=True)):
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1][0] == "#"):
                end -= 1  # blank lines and comments before the next entry are not this one's
            spans[str(eid)] = (start, end)
        newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
        return cls(lines, spans, newline)

    def replaced(self, old: Source | Dispute, new: Source | Dispute) -> str:
        """The text with entry ``old.id`` changed to ``new``: a changed key's lines are
        rewritten in place, a key now empty is taken out, a new key goes after the keys
        before it in the record's order."""
        start, end = self.spans[old.id]
        entry = self.lines[start:end]
        blocks: dict[str, list[int]] = {}
        current: str | None = None
        for i, line in enumerate(entry):
            key = _key_of(line)
            if key is not None:
                current = key
            if current is not None:
                blocks.setdefault(current, []).append(i)
        fields = type(new).model_fields
        out: dict[int, list[str]] = {}  # line of the entry -> the lines it becomes
        after = 0  # the last line of the keys seen so far, in the record's order
        for name, info in fields.items():
            value = getattr(new, name)
            empty = value == info.default or value in ("", None, ())
            rows = blocks.get(name)
            if rows is not None and value == getattr(old, name):
                after = rows[-1]
                continue
            lines = [] if empty else _rendered(name, value)
            if rows is not None:
                if entry[rows[0]].startswith("- ") and lines:
                    lines[0] = "- " + lines[0][2:]
                out[rows[0]] = lines
                out.update({r: [] for r in rows[1:]})
                after = rows[-1]
            elif lines:
                out.setdefault(after, [entry[after].rstrip("\r\n")]).extend(lines)
        new_entry: list[str] = []
        for i, line in enumerate(entry):
            if i not in out:
                new_entry.append(line)
                continue
            ends = line.endswith(("\n", "\r")) or i + 1 < len(entry)
            for n, text in enumerate(out[i]):
                last = n == len(out[i]) - 1
                new_entry.append(text + (self.newline if ends or not last else ""))
        return "".join(self.lines[:start] + new_entry + self.lines[end:])

    def without(self, entry_id: str) -> str:
        """The text with the entry taken out, with the blank lines that set it apart (so that
        appending an entry, then deleting it, gives the same text back)."""
        start, end = self.spans[entry_id]
        while start > 0 and not self.lines[start - 1].strip():
            start -= 1
        if start == 0:  # the first lines: keep what follows apart from the top
            while end < len(self.lines) and not self.lines[end].strip():
                end += 1
        return "".join(self.lines[:start] + self.lines[end:])


def without_key(text: str, key: str) -> str | None:
    """A YAML mapping file's text (a translation: record id -> its texts) with the top-level
    ``key`` and the lines under it taken out, with the blank lines before it; None when the
    file has no such key."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.split(":", 1)[0] == key), None)
    if start is None or not lines[start].startswith(f"{key}:"):
        return None
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t"):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # the blank lines after it set the next key apart
    first = start
    while first > 0 and not lines[first - 1].strip():
        first -= 1
    if first == 0 or lines[first - 1].startswith("#"):
        first = start  # keep the blank line under the file's opening comment
        while end < len(lines) and not lines[end].strip():
            end += 1
    return "".join(lines[:first] + lines[end:])


def without_grade(text: str, record_id: str) -> str | None:
    """credibility.yaml's text with the grade of ``record_id`` (its ``- record:`` item and the
    lines under it) taken out; None when the record is not graded there."""
    lines = text.splitlines(keepends=True)
    wanted = {f"- record: {record_id}", f'- record: "{record_id}"', f"- record: '{record_id}'"}
    start = next((i for i, line in enumerate(lines) if line.rstrip() in wanted), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and lines[end].startswith((" ", "\t")) and lines[end].strip():
        end += 1
    return "".join(lines[:start] + lines[end:])
