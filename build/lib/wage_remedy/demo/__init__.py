"""The bundled demo case (a PC 302 brasserie with three workers)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEMO_FILE = "brasserie-de-kaai.json"


def demo_case_path() -> Path:
    """Path of the demo case file shipped with the program."""
    return Path(str(resources.files("wage_remedy.demo").joinpath(DEMO_FILE)))
