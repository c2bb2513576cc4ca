"""Program version, rates version and build date (shown in Help -> About and ``--version``)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from wage_remedy import __version__


def build_info() -> dict[str, Any]:
    """Version data; a frozen build adds ``_build.json`` with its build date."""
    info: dict[str, Any] = {"version": __version__, "build_date": "development", "rates_version": "?",
                            "rates_digest": ""}
    try:
        extra = resources.files("wage_remedy").joinpath("_build.json")
        if extra.is_file():
            info.update(json.loads(extra.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    try:
        from wage_remedy.law.catalogue import load_catalogue
        cat = load_catalogue()
        last = max(v.start for t in cat.tables.values() for v in t.versions if not v.gap)
        info["rates_version"] = last.isoformat()
        info["rates_digest"] = cat.digest
    except Exception:  # noqa: BLE001 - version output must not fail
        pass
    return info
