"""Layering check for CI: the domain core ``wage_remedy`` never imports Qt or ``ui``."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def offending_imports(root: Path) -> list[str]:
    """Every import of a forbidden module under ``root``, as ``file:line: module``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    bad.append(f"{path}:{node.lineno}: imports {name}")
    return bad


if __name__ == "__main__":
    problems = offending_imports(Path(__file__).resolve().parent.parent / "wage_remedy")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)
