"""Where a command may write (docs/reliability.md): never over a file it did not create.

An existing file is replaced only with an explicit overwrite (``--overwrite``), and never when it
is a case file or an issued document (a PDF carrying a wage-remedy document record), whatever
the option says.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from wage_remedy.errors import WageRemedyError

_SNIFF_BYTES = 64 * 1024 * 1024


class OutputError(WageRemedyError, ValueError):
    """An output path that must not be written."""


def protected_kind(path: Path) -> str | None:
    """``"a case file"`` or ``"an issued document"`` when ``path`` is one, else None."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{") and b"wage-remedy-case" in head:
        try:
            data = json.loads(head.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict) or data.get("format") == "wage-remedy-case":
            return "a case file"  # a damaged case file is protected as well
    if head.startswith(b"%PDF"):
        from wage_remedy.documents.render import META_KEY
        if META_KEY.encode() in head:
            return "an issued document"
        from wage_remedy.documents.verify import read_metadata
        if read_metadata(path) is not None:
            return "an issued document"
    return None


def check_outputs(paths: Iterable[str | Path], *, overwrite: bool = False) -> None:
    """Raise ``OutputError`` before anything is written when one of ``paths`` must not be
    written: an existing case file or issued document (never), a folder, or any other existing
    file unless ``overwrite``."""
    for raw in paths:
        path = Path(raw)
        clean_stale_temps_of(path)
        if not path.exists():
            continue
        if path.is_dir():
            raise OutputError(f"{path} is a folder; give a file name. Nothing was written")
        kind = protected_kind(path)
        if kind is not None:
            raise OutputError(f"{path} is {kind}; it is never overwritten (not even with "
                              "--overwrite). Give another file name. Nothing was written")
        if not overwrite:
            raise OutputError(f"{path} already exists; nothing was written. Give another file "
                              "name, or add --overwrite to replace it")


STALE_TEMP_SECONDS = 600  # an atomic write lasts milliseconds; older temporary files are left over


def clean_stale_temps_of(path: Path) -> list[Path]:
    """Remove temporary files an interrupted write of ``path`` left (older than 10 minutes;
    they hold personal data). Returns the files removed."""
    import re
    import time
    pattern = re.compile(r"^\." + re.escape(path.name) + r"\.[A-Za-z0-9_]{8}\.tmp$")
    limit = time.time() - STALE_TEMP_SECONDS
    removed: list[Path] = []
    try:
        candidates = [f for f in path.parent.iterdir() if pattern.match(f.name)]
    except OSError:
        return removed
    for f in candidates:
        try:
            if f.stat().st_mtime < limit:
                f.unlink()
                removed.append(f)
        except OSError:
            continue
    return removed


def write_new(path: str | Path, data: bytes, *, overwrite: bool = False) -> bool:
    """Write ``data`` atomically at ``path`` after ``check_outputs``; a file that already holds
    exactly ``data`` is left as it is. Returns True when the file was written."""
    from wage_remedy.case.store import atomic_write_bytes
    p = Path(path)
    try:
        if p.is_file() and p.stat().st_size == len(data) and p.read_bytes() == data:
            return False
    except OSError:
        pass
    check_outputs([p], overwrite=overwrite)
    atomic_write_bytes(p, data)
    return True


__all__ = ["OutputError", "check_outputs", "clean_stale_temps_of", "protected_kind", "write_new"]
