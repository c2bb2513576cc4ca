"""Refresh the translation sources and compile them: ``python -m wage_remedy_ui.i18n.update``.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of ``ui/`` into
   ``wage_remedy_<lang>.ts`` (existing translations are kept; new strings are marked unfinished
   and shown in English until translated, e.g. with ``pyside6-linguist``).
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` file the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
TRANSLATED = ("fr", "nl", "de")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def main() -> int:
    """Update the .ts files from the sources, then compile them to .qm."""
    sources = sorted(str(p.relative_to(UI.parent)) for p in UI.rglob("*.py"))
    ts_files = [str((HERE / f"wage_remedy_{lang}.ts").relative_to(UI.parent)) for lang in TRANSLATED]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "relative",
                    "-ts", *ts_files], check=True, cwd=UI.parent)
    for ts in ts_files:
        subprocess.run([_tool("pyside6-lrelease"), ts], check=True, cwd=UI.parent)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
