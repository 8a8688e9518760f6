"""A LibreOffice started ahead of time, which the next conversion hands its files to.

``soffice --convert-to`` run with the user profile of an office that is already running passes
its files to that office, which converts them without starting up (one to three seconds saved
per conversion on two cores) and then quits. ``WarmOffice`` starts such an office in the
background (``start``), hands it the next conversion (``convert``) and can start the next one
after. The office runs under a small ``sh`` that kills it when Briefkit closes its end of a pipe,
so an office is never left running after Briefkit exits, even when Briefkit is killed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from briefkit.progress import Cancelled
from briefkit.scratch import scratch_dir

READY_SECONDS = 60.0
"""How long an office may take to start before the conversion runs without it."""
_WATCH = (
    'exec 3<&0; "$@" 3<&- </dev/null >/dev/null 2>&1 & office=$!; '
    "(read -r _ <&3; kill -KILL 0) & wait $office"
)
"""Run the office; end when it ends, and kill the whole group once stdin closes."""
_counter = 0


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _pipe_ready(name: str) -> bool:
    """Whether the office listening on pipe ``name`` has finished starting."""
    return any(Path(f"{root}/OSL_PIPE_{_uid()}_{name}").exists() for root in ("/tmp", "/var/tmp"))


class _Office:
    """One office, started and not yet used."""

    def __init__(self, soffice: str) -> None:
        global _counter
        _counter += 1
        self.name = f"briefkit{os.getpid()}x{_counter}"
        self.scratch = scratch_dir("lo")
        self.profile = Path(self.scratch.name)
        command = [
            soffice,
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--headless",
            "--norestore",
            "--invisible",
            f"--accept=pipe,name={self.name};urp;",
        ]
        env = {**os.environ, "TMPDIR": str(self.profile), "TMP": str(self.profile)}
        self.process = subprocess.Popen(
            ["sh", "-c", _WATCH, "sh", *command],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )

    def wait_ready(self, cancel: Callable[[], bool] | None, seconds: float) -> bool:
        """Block until the office listens (True), or it ended or took too long (False)."""
        deadline = time.monotonic() + seconds
        while not _pipe_ready(self.name):
            if self.process.poll() is not None or time.monotonic() > deadline:
                return False
            if cancel is not None and cancel():
                raise Cancelled("the PDF conversion was cancelled")
            time.sleep(0.02)
        return True

    def retire(self, seconds: float = 20.0) -> None:
        """Let the office quit by itself (it does after a conversion), then ``close``."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(seconds)
        self.close()

    def close(self) -> None:
        """Stop the office (if still running) and remove its profile."""
        killed = self.process.poll() is None
        with contextlib.suppress(OSError, ValueError):
            self.process.stdin.close()  # type: ignore[union-attr]  # the watcher kills the group
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if killed:  # a killed office leaves its pipe behind
            with contextlib.suppress(OSError):
                Path(f"/tmp/OSL_PIPE_{_uid()}_{self.name}").unlink(missing_ok=True)
        self.scratch.cleanup()


class WarmOffice:
    """One LibreOffice kept started for the next conversion (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._office: _Office | None = None

    @property
    def started(self) -> bool:
        """True while an office waits for the next conversion."""
        office = self._office
        return office is not None and office.process.poll() is None

    def start(self) -> None:
        """Start an office in the background, unless one is waiting already (or LibreOffice
        or ``sh`` is missing: the conversion then starts its own)."""
        from briefkit.render.office.pdf import find_soffice

        with self._lock:
            if self.started:
                return
            self._drop()
            soffice = find_soffice()
            if soffice is None or shutil.which("sh") is None:
                return
            with contextlib.suppress(OSError):
                self._office = _Office(soffice)

    def convert(
        self,
        files: Sequence[Path],
        out_dir: Path,
        cancel: Callable[[], bool] | None = None,
        timeout: float = 300.0,
    ) -> list[Path]:
        """``pdf.convert_to_pdf`` by the waiting office (started now if none waits); the
        office is used up: ``start`` the next one when wanted."""
        from briefkit.render.office.pdf import convert_to_pdf

        self.start()
        with self._lock:
            office, self._office = self._office, None
        if office is None:
            return convert_to_pdf(files, out_dir, timeout, cancel)
        try:
            ready = office.wait_ready(cancel, READY_SECONDS)
            if ready:
                pdfs = convert_to_pdf(files, out_dir, timeout, cancel, profile=office.profile)
        except BaseException:
            office.close()
            raise
        if not ready:
            office.close()
            return convert_to_pdf(files, out_dir, timeout, cancel)
        threading.Thread(target=office.retire, daemon=True).start()  # it quits by itself
        return pdfs

    def close(self) -> None:
        """Stop the waiting office, if any (closing the window)."""
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        if self._office is not None:
            self._office.close()
            self._office = None
