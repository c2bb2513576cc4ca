"""The layer contracts (pyproject.toml, docs/architecture.md) hold, and break when a layer reaches
past its place: lint-imports is what CI runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")

pytestmark = pytest.mark.skipif(not Path(LINT).exists(), reason="import-linter is not installed")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([LINT, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300)


def _copy(tmp_path: Path) -> Path:
    """The two packages and the contracts, copied to a folder of their own."""
    dst = tmp_path / "tree"
    dst.mkdir()
    # Both packages side by side at the top of the copy, where lint-imports (run there) finds them
    # before the installed ones.
    for src, pkg in ((ROOT / "wage_remedy", "wage_remedy"), (ROOT / "ui" / "wage_remedy_ui", "wage_remedy_ui")):
        shutil.copytree(src, dst / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", dst / "pyproject.toml")
    return dst


def test_the_tree_keeps_every_contract() -> None:
    run = _lint(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_app_reaching_into_the_engine_breaks_the_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    labels = tree / "wage_remedy_ui" / "labels.py"
    labels.write_text(labels.read_text(encoding="utf-8")
                      + "\nfrom wage_remedy.compute.hours import worked_days  # noqa\n", encoding="utf-8")
    run = _lint(tree)
    assert run.returncode != 0
    assert "wage_remedy_ui is not allowed to import wage_remedy.compute" in run.stdout


def test_a_lower_layer_importing_a_higher_one_breaks_the_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    money = tree / "wage_remedy" / "money.py"
    money.write_text(money.read_text(encoding="utf-8")
                     + "\nfrom wage_remedy.case.model import CaseFile  # noqa\n", encoding="utf-8")
    run = _lint(tree)
    assert run.returncode != 0
    assert "wage_remedy.money is not allowed to import wage_remedy.case" in run.stdout


def test_the_core_importing_qt_breaks_the_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    errors = tree / "wage_remedy" / "errors.py"
    errors.write_text(errors.read_text(encoding="utf-8") + "\nimport PySide6  # noqa\n", encoding="utf-8")
    run = _lint(tree)
    assert run.returncode != 0
    assert "wage_remedy is not allowed to import PySide6" in run.stdout


def test_the_core_has_no_import_cycle() -> None:
    # No module of the core imports, directly or through others, a module that imports it back
    # (docs/architecture.md, "Layers"): the strongly connected parts of the import graph are
    # single modules. A cycle is reported with its modules.
    import grimp

    graph = grimp.build_graph("wage_remedy")
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in graph.find_modules_directly_imported_by(module):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            part = [stack.pop()]
            while part[-1] != module:
                part.append(stack.pop())
            if len(part) > 1:
                cycles.append(sorted(part))

    for module in sorted(graph.modules):
        if module not in order:
            visit(module)
    assert not cycles, cycles
