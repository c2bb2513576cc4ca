"""Report: every function in wage_remedy/ and ui/ longer than a limit (60 lines by default).

Run from the project folder::

    python benchmarks/function_sizes.py            # functions over 60 lines
    python benchmarks/function_sizes.py --max 40   # another limit

A function's length counts its lines from the ``def`` (decorators excluded) to its last line,
docstring and comments included, as a reader sees it. A report, not a test: the exit code is 0
whatever it finds (docs/architecture.md keeps functions short where reasonable).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("wage_remedy", "ui")


def functions(tree: ast.AST) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method of ``tree`` with its qualified name (``Class.method``)."""

    def walk(node: ast.AST, prefix: str) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + child.name
                yield name, child
                yield from walk(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, prefix + child.name + ".")
            else:
                yield from walk(child, prefix)

    yield from walk(tree, "")


def long_functions(root: Path, limit: int) -> list[tuple[int, str, int, str]]:
    """(length, file, line, name) of every function over ``limit`` lines, longest first."""
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            except (SyntaxError, UnicodeDecodeError) as exc:
                print(f"{path}: not read ({exc})", file=sys.stderr)
                continue
            for name, node in functions(tree):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    found.append((length, str(path.relative_to(root)), node.lineno, name))
    found.sort(key=lambda x: (-x[0], x[1], x[2]))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the report; always exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=60, help="longest function allowed (lines)")
    args = parser.parse_args(argv)
    found = long_functions(ROOT, args.max)
    for length, file, line, name in found:
        print(f"{length:5d}  {file}:{line}  {name}")
    print(f"{len(found)} function(s) over {args.max} lines in {', '.join(f + '/' for f in FOLDERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
