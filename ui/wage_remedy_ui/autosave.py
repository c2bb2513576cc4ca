"""Autosave to a recovery file and recovery after a crash.

Each open case writes ``<recovery dir>/<key>.json`` = {"case_path", "saved_at", "data"}: the raw
case data (it may be incomplete). A clean close or a save removes it; a recovery file left behind
means the app ended without saving, and it is offered for recovery on the next start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from wage_remedy.api import atomic_write_bytes

STALE_TEMP_SECONDS = 600  # an atomic write lasts milliseconds; older temporary files are left over


def default_recovery_dir() -> Path:
    """``<AppDataLocation>/recovery``."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".wage-remedy") / "recovery"


@dataclass(frozen=True)
class Recovery:
    """A recovery file found on disk."""

    file: Path
    case_path: Path | None
    saved_at: dt.datetime
    data: dict[str, Any]

    @property
    def newer_than_case(self) -> bool:
        """True when the case file is missing or older than this recovery file."""
        if self.case_path is None or not self.case_path.is_file():
            return True
        case_time = dt.datetime.fromtimestamp(self.case_path.stat().st_mtime)
        return self.saved_at > case_time


class Autosaver:
    """Writes and finds recovery files in one folder."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or default_recovery_dir()
        self._untitled = f"untitled-{uuid.uuid4().hex[:12]}"

    def key(self, case_path: Path | None) -> str:
        """The recovery file name of a case (by its path; one per untitled window)."""
        if case_path is None:
            return self._untitled
        return "case-" + hashlib.sha256(str(case_path.resolve()).encode()).hexdigest()[:16]

    def file(self, case_path: Path | None) -> Path:
        return self.folder / f"{self.key(case_path)}.json"

    def write(self, case_path: Path | None, data: dict[str, Any]) -> Path:
        """Write the recovery file of a case (atomically)."""
        payload = {"case_path": str(case_path.resolve()) if case_path else None,
                   "saved_at": dt.datetime.now().isoformat(timespec="microseconds"), "data": data}
        target = self.file(case_path)
        atomic_write_bytes(target, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        return target

    def remove(self, case_path: Path | None) -> None:
        """Remove the recovery file of a case (after a save or a clean close)."""
        try:
            self.file(case_path).unlink()
        except FileNotFoundError:
            pass

    def find(self) -> list[Recovery]:
        """Every readable recovery file, newest first. Temporary files of interrupted writes
        (personal data) older than ``STALE_TEMP_SECONDS`` are removed on the way."""
        found: list[Recovery] = []
        if not self.folder.is_dir():
            return found
        self.clean_stale_temps()
        for f in self.folder.glob("*.json"):
            try:
                raw = json.loads(f.read_text(encoding="utf-8"))
                saved = dt.datetime.fromisoformat(raw["saved_at"])
                data = raw["data"]
                if not isinstance(data, dict):
                    raise ValueError("no case data")
            except (OSError, ValueError, KeyError, TypeError, RecursionError):
                continue
            path = Path(raw["case_path"]) if raw.get("case_path") else None
            found.append(Recovery(f, path, saved, data))
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def find_for(self, case_path: Path) -> Recovery | None:
        """The recovery file of ``case_path``, newer than the case file or not (it is offered
        either way, never deleted unasked)."""
        target = case_path.resolve()
        for r in self.find():
            if r.case_path is not None and r.case_path == target:
                return r
        return None

    def clean_stale_temps(self) -> list[Path]:
        """Remove temporary files of interrupted recovery writes older than a few minutes."""
        removed = []
        limit = time.time() - STALE_TEMP_SECONDS
        for f in self.folder.glob(".*.json.*.tmp"):
            try:
                if f.stat().st_mtime < limit:
                    f.unlink()
                    removed.append(f)
            except OSError:
                continue
        return removed

    @staticmethod
    def discard(recovery: Recovery) -> None:
        """Delete a recovery file."""
        try:
            recovery.file.unlink()
        except FileNotFoundError:
            pass
