"""Shared fixtures. Qt runs offscreen in every test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from wage_remedy.law.catalogue import Catalogue, load_catalogue  # noqa: E402

_CAT: Catalogue | None = None


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The bundled rates catalogue (loaded once)."""
    global _CAT
    if _CAT is None:
        _CAT = load_catalogue()
    return _CAT
