"""One change at a time in a data folder: a lock file in the folder, naming its holder.

An import or an edit (the CLI, or any window) takes the lock while it writes; another finds it
taken and is refused with the holder's process id, host and start time. A lock whose process is
gone (same host, the process no longer runs; or older than ``STALE_AFTER`` from another host,
or empty and older than a few seconds: killed while writing it) is stale: it is taken over.
Readers do not lock; they wait a moment while another process holds the lock, so that they do
not read a change half-written or undo a live change's journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from briefkit.messages import Message, message

LOCK = ".briefkit-lock"
STALE_AFTER = 3600.0
"""Seconds after which a lock from another host counts as left behind (a change takes
seconds)."""
_EMPTY_GRACE = 5.0
"""Seconds a just-made, still empty lock file is respected."""


_held: dict[tuple[str, int], int] = {}
"""The folders this process holds, by thread: a thread may take its own lock again (a change
that plans and writes under one lock); another thread of the process waits like a process."""
_guard = threading.Lock()


class FolderLockedError(Exception):
    """Another process is changing the data folder; the message names it and what to do."""


def _holder(path: Path) -> tuple[dict[str, object], float, tuple[int, int]] | None:
    """The lock's holder as written in it, its age in seconds and which file it is (inode,
    time); None if there is no lock."""
    try:
        stat = path.stat()
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return {}, 0.0, (0, 0)
    try:
        holder = json.loads(text) if text.strip() else {}
    except ValueError:
        holder = {}
    found = holder if isinstance(holder, dict) else {}
    return found, time.time() - stat.st_mtime, (stat.st_ino, stat.st_mtime_ns)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: it runs
        return True
    return True


def _stale(holder: dict[str, object], age: float) -> bool:
    pid = holder.get("pid")
    if not isinstance(pid, int):
        return age > _EMPTY_GRACE  # killed between making the file and writing it
    if holder.get("host") == socket.gethostname():
        return not _alive(pid)
    return age > STALE_AFTER


def _describe(folder: Path, holder: dict[str, object]) -> Message:
    since = holder.get("since")
    said = {"folder": folder, "pid": holder.get("pid", "?"), "host": holder.get("host", "?")}
    if since:
        return message("folder_locked_since", **said, since=since, lock=folder / LOCK)
    return message("folder_locked", **said, lock=folder / LOCK)


def _take_over(path: Path, seen: tuple[int, int]) -> bool:
    """Remove a stale lock, unless another process replaced it since it was read; False when
    it cannot be removed (a folder that cannot be written)."""
    aside = path.with_name(f"{LOCK}.stale-{os.getpid()}")
    try:
        path.replace(aside)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    stat = aside.stat()
    if (stat.st_ino, stat.st_mtime_ns) != seen:  # a fresh lock, not the stale one: put it back
        with contextlib.suppress(OSError):
            path.hardlink_to(aside)
    aside.unlink(missing_ok=True)
    return True


@contextlib.contextmanager
def folder_lock(folder: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the folder's lock for the block; FolderLockedError while another process (or
    another thread) holds it (after ``wait`` seconds of trying)."""
    key = (str(folder.resolve()), threading.get_ident())
    with _guard:
        again = key in _held
        if again:
            _held[key] += 1
    if again:
        try:
            yield
        finally:
            with _guard:
                _held[key] -= 1
        return
    path = folder / LOCK
    me = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            found = _holder(path)
            if found is None:
                continue  # released just now
            holder, age, seen = found
            if _stale(holder, age):
                if not _take_over(path, seen):
                    raise FolderLockedError(_describe(folder, holder)) from None
                continue
            if time.monotonic() >= deadline:
                raise FolderLockedError(_describe(folder, holder)) from None
            time.sleep(0.05)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(json.dumps(me))
            stream.flush()
            os.fsync(stream.fileno())
        break
    with _guard:
        _held[key] = 1
    try:
        yield
    finally:
        with _guard:
            del _held[key]
        found = _holder(path)
        if found is not None and found[0].get("pid") == me["pid"]:
            path.unlink(missing_ok=True)


def settled(folder: Path, wait: float = 3.0) -> None:
    """Wait (up to ``wait`` seconds) while another process holds the folder's lock; a stale
    lock is removed."""
    path = folder / LOCK
    deadline = time.monotonic() + wait
    while (found := _holder(path)) is not None:
        holder, age, seen = found
        if _stale(holder, age):
            if _take_over(path, seen):
                continue
            return
        if holder.get("pid") == os.getpid() or time.monotonic() >= deadline:
            return
        time.sleep(0.05)
