"""Shared fixtures. Qt runs offscreen in every test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test sees this machine's user rates folder or trusted keys (tests that need them set their own).
_USER = Path(__import__("tempfile").mkdtemp(prefix="wr-test-user-"))
os.environ["WAGE_REMEDY_USER_RATES"] = str(_USER / "rates")
os.environ["WAGE_REMEDY_TRUSTED_KEYS"] = str(_USER / "trusted-rate-keys.txt")

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
