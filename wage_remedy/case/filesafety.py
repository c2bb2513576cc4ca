"""Two writers on one case, interrupted saves, hostile JSON (docs/reliability.md).

* A writer holds the case's advisory lock (``.<name>.lock`` next to it, removed after use; the
  OS releases the lock when the process ends, even by kill -9) while it reads, changes and
  writes the case. Re-entrant in
  one process; a writer waits ``LOCK_WAIT`` seconds for another one, then refuses.
* A save states the content it started from (``expect``, the digest ``read_case`` returned):
  when the file changed on disk since, nothing is written and ``CaseChangedError`` says so.
* Temporary files of interrupted atomic saves (``.<name>.XXXXXXXX.tmp``, personal data) are
  removed by the next load or save, under the lock, so another writer's file is never touched.

Reading refuses hostile JSON before the model sees it (``case/parse.py``, below this module).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wage_remedy.case.parse import cut, parse_case
from wage_remedy.errors import CaseError, CaseProblem

if TYPE_CHECKING:
    from wage_remedy.case.model import CaseFile

#: Input bounds (not legal figures): real case files are a few MB.
MAX_CASE_BYTES = 64 * 1024 * 1024
LOCK_WAIT = 60.0  # seconds a writer waits for another one


class CaseChangedError(CaseError):
    """The case file changed on disk since it was read: another program or window saved it."""


class CaseLockedError(CaseError):
    """Another program held the case's lock longer than a writer waits."""


# ------------------------------------------------------------------------------------ digests
def digest_bytes(data: bytes) -> str:
    """The content digest ``read_case`` and ``file_digest`` return (SHA-256, hex)."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | Path) -> str | None:
    """The digest of a file's content now, or None when there is no such file."""
    try:
        return digest_bytes(Path(path).read_bytes())
    except (FileNotFoundError, IsADirectoryError):
        return None


def read_case_bytes(path: str | Path) -> bytes:
    """The bytes of a case file, refused (``CaseError``) when missing, unreadable or too big."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_CASE_BYTES:
                raise CaseError([CaseProblem("", f"{size:,} bytes; a case file is at most "
                                             f"{MAX_CASE_BYTES // 2**20} MB")], str(p))
            return fh.read(MAX_CASE_BYTES + 1)
    except FileNotFoundError:
        raise CaseError([CaseProblem("", "file not found")], str(p)) from None
    except IsADirectoryError:
        raise CaseError([CaseProblem("", "this is a folder, not a case file")], str(p)) from None
    except OSError as exc:
        raise CaseError([CaseProblem("", f"cannot read the file: {exc.strerror or exc}")],
                        str(p)) from None


def read_case(path: str | Path) -> tuple[CaseFile, str]:
    """Read and validate a case file; also return the digest of the bytes read, for
    ``save_case(..., expect=digest)``. Removes stale temporary files of the case."""
    p = Path(path)
    data = read_case_bytes(p)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseError([CaseProblem("", f"not UTF-8 text (byte {exc.start})")], str(p)) from None
    clean_stale_temps(p)
    return parse_case(text, str(p)), digest_bytes(data)


def check_expected(path: Path, expect: str | None) -> None:
    """Raise ``CaseChangedError`` unless the file holds what was read (``expect``; None: no file)."""
    now = file_digest(path)
    if now != expect:
        raise CaseChangedError([CaseProblem("", changed_message(now))], str(path))


def changed_message(now: str | None) -> str:
    """Why a save was refused because the file changed on disk."""
    if now is None:
        return ("the case file was removed or renamed since it was read; nothing was saved "
                "(save the case under a name)")
    return ("the case file changed on disk since it was read (another program or window saved "
            "it); nothing was saved, so neither change is lost. Open it again and redo the change")


# ------------------------------------------------------------------------------------ locking
_held: dict[str, int] = {}
_held_guard = threading.Lock()


def lock_path(path: str | Path) -> Path:
    """The lock file of a case: ``.<name>.lock`` in the same folder."""
    p = Path(path)
    return p.parent / f".{p.name}.lock"


@contextlib.contextmanager
def case_lock(path: str | Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the case's advisory lock (re-entrant in one process). Waits up to ``timeout``
    seconds (default ``LOCK_WAIT``) for another writer, then raises ``CaseLockedError``."""
    p = Path(path)
    key = str(p.resolve())
    with _held_guard:
        nested = bool(_held.get(key))
        if nested:
            _held[key] += 1
    if nested:
        try:
            yield
        finally:
            with _held_guard:
                _held[key] -= 1
        return
    lp = lock_path(p)
    fd = _acquire(lp, p, LOCK_WAIT if timeout is None else timeout)
    try:
        with _held_guard:
            _held[key] = 1
        try:
            yield
        finally:
            with _held_guard:
                _held.pop(key, None)
            with contextlib.suppress(OSError):  # removed while held: a waiter then retries
                os.unlink(lp)
            _unlock(fd)
    finally:
        os.close(fd)


def _acquire(lp: Path, case_path: Path, timeout: float) -> int:
    """Open and lock the lock file; retry when the file locked was removed meanwhile by the
    writer before (so two writers never hold two different lock files)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            lp.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(str(lp), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise CaseLockedError([CaseProblem("", f"cannot create the lock file {lp.name}: "
                                               f"{exc.strerror or exc}; nothing was written")],
                                  str(case_path)) from None
        if _try_lock(fd):
            try:
                same = os.stat(lp).st_ino == os.fstat(fd).st_ino
            except OSError:
                same = False
            if same or sys.platform == "win32":
                return fd
            _unlock(fd)
        os.close(fd)
        if time.monotonic() >= deadline:
            raise CaseLockedError([CaseProblem(
                "", f"another wage-remedy program is writing this case (it holds {lp.name}); "
                "nothing was written. Try again when it has finished")], str(case_path))
        time.sleep(0.02)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl
    fcntl.flock(fd, fcntl.LOCK_UN)


# ------------------------------------------------------------------------------------ temp files
def temp_pattern(name_regex: str) -> re.Pattern[str]:
    """The names ``atomic_write_bytes`` gives the temporary files of names matching the regex."""
    return re.compile(r"^\." + name_regex + r"\.[A-Za-z0-9_]{8}\.tmp$")


def clean_stale_temps(path: str | Path, *, also: str | None = None,
                      folder: Path | None = None) -> list[Path]:
    """Remove what interrupted saves of the case ``path`` left: its own temporary files, and in
    ``folder`` those of files whose names match the regex ``also`` (its PDFs). Only under the
    case's lock: when another writer holds it, nothing is removed this time."""
    p = Path(path)
    places = [(p.parent, temp_pattern(re.escape(p.name)))]
    if also is not None and folder is not None:
        places.append((folder, temp_pattern(also)))
    stale: list[Path] = []
    for where, pattern in places:
        try:
            stale += [f for f in where.iterdir() if pattern.match(f.name)]
        except OSError:
            continue
    if not stale:
        return []
    removed: list[Path] = []
    try:
        with case_lock(p, timeout=0):
            for f in stale:
                with contextlib.suppress(OSError):
                    f.unlink()
                    removed.append(f)
    except CaseLockedError:
        return removed
    return removed


# ------------------------------------------------------------------------------------ compare
def data_differences(before: Any, after: Any, limit: int = 30) -> list[str]:
    """Where two versions of case data differ, as JSON paths with the values (cut), at most
    ``limit`` lines: what the app shows when the file changed on disk."""
    out: list[str] = []
    stack: list[tuple[str, Any, Any]] = [("", before, after)]
    while stack and len(out) < limit:
        path, a, b = stack.pop(0)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            for k in list(a) + [k for k in b if k not in a]:
                stack.append((f"{path}.{k}" if path else str(k), a.get(k), b.get(k)))
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                out.append(f"{path or '(case)'}: {len(a)} → {len(b)} items")
            stack += [(f"{path}[{i}]", x, y) for i, (x, y) in enumerate(zip(a, b, strict=False))]
        else:
            out.append(f"{path or '(case)'}: {cut(json.dumps(a, ensure_ascii=False))} → "
                       f"{cut(json.dumps(b, ensure_ascii=False))}")
    return out


def merge_documents(mine: list[Any], theirs: list[Any]) -> list[Any]:
    """The issued-documents record is append-only: every record of ``theirs`` (on disk) in its
    order, then those of ``mine`` it lacks (by number)."""
    numbers = {d.get("number") for d in theirs if isinstance(d, dict)}
    return list(theirs) + [d for d in mine if not (isinstance(d, dict) and d.get("number") in numbers)]


__all__ = ["CaseChangedError", "CaseLockedError", "case_lock", "check_expected",
           "clean_stale_temps", "data_differences", "digest_bytes", "file_digest", "lock_path",
           "merge_documents", "read_case"]
