"""Regenerate the window's translations from its sources (no network; Qt's own tools).

    .venv/bin/python -m briefkit.gui.i18n.regenerate           # update the .ts, compile the .qm
    .venv/bin/python -m briefkit.gui.i18n.regenerate --check   # fail if anything is out of date

``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` text of
``briefkit/gui/**/*.py`` into ``briefkit_ru.ts`` and ``briefkit_kk.ts`` (translate new entries
there, e.g. with Qt Linguist, and clear their ``type="unfinished"``) and the plural forms only
into ``briefkit_en.ts``; ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` the window loads.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

I18N = Path(__file__).resolve().parent
GUI = I18N.parent
TS_FILES = {
    "ru": I18N / "briefkit_ru.ts",
    "kk": I18N / "briefkit_kk.ts",
    "en": I18N / "briefkit_en.ts",
}


def tool(name: str) -> str:
    """A Qt tool of the PySide6 package (``pyside6-lupdate``), beside this Python first."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it comes with the package)")
    return found


def sources() -> list[str]:
    """The window's Python files, in a stable order."""
    return sorted(str(p.relative_to(GUI)) for p in GUI.rglob("*.py") if p.parent != I18N)


def update_ts(ts: Path, language: str) -> None:
    """Bring ``ts`` up to date with the sources (English keeps only plural forms)."""
    options = ["-no-obsolete", "-locations", "none", "-target-language", language]
    if language == "en":
        options.append("-pluralonly")
    command = [tool("pyside6-lupdate"), *sources(), *options, "-ts", str(ts)]
    subprocess.run(command, cwd=GUI, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile a ``.ts`` file to ``.qm``."""
    command = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True)


def unfinished(ts: Path) -> int:
    """How many entries of ``ts`` still wait for a translation."""
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def check() -> list[str]:
    """What is out of date: sources with texts the .ts lacks, unfinished entries, stale .qm."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language, ts in TS_FILES.items():
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            update_ts(copy, language)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is not up to date with the sources: regenerate it")
            if count := unfinished(ts):
                problems.append(f"{ts.name} has {count} unfinished translations")
            qm = Path(tmp) / ts.with_suffix(".qm").name
            compile_qm(ts, qm)
            if not filecmp.cmp(qm, ts.with_suffix(".qm"), shallow=False):
                problems.append(f"{qm.name} is older than {ts.name}: regenerate it")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "translations up to date")
        return 1 if problems else 0
    for language, ts in TS_FILES.items():
        update_ts(ts, language)
        compile_qm(ts, ts.with_suffix(".qm"))
        print(f"{ts.name}: {unfinished(ts)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
