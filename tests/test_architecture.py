"""The house rules: the core never imports Qt, the layers flow one way, no import circles, the
report and the deck never import each other (what both need is in render/office), modules stay
small."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    linter = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([linter], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_render_has_a_room_per_document_and_no_module_is_large() -> None:
    package = ROOT / "desktop" / "briefkit"
    render = package / "render"
    rooms = {p.name for p in render.iterdir() if (p / "__init__.py").is_file()}
    # accessibility: the check of both; update: merging today's build into an edited one
    assert rooms == {"report", "deck", "office", "accessibility", "update"}
    sizes = {
        str(p.relative_to(package)): len(p.read_text().splitlines()) for p in package.rglob("*.py")
    }
    assert max(sizes.values()) <= 600, sorted(sizes.items(), key=lambda item: -item[1])[:3]


def test_no_test_file_imports_another() -> None:
    """What tests share lives in tests/helpers/; a test module is never imported."""
    import ast

    offenders = []
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                last = name.rsplit(".", 1)[-1]
                if last.startswith("test_") or last == "conftest":
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_no_merge_conflict_is_left_in_any_file() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.py", "*.md", "*.yaml", "*.toml", "*.csv", "*.ts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    if not tracked:  # not a git checkout (an unpacked release): nothing to look at
        return
    left = [
        f"{name}:{n}"
        for name in tracked
        if (ROOT / name).is_file()
        for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith(("<<<<<<< ", ">>>>>>> "))
    ]
    assert left == []
