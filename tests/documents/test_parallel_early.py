"""Worker processes for a big case file are started before the file is read
(documents/issue.py ``_early_pool``), and ended again when the run turns out to have few papers;
the papers are the same either way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import wage_remedy.documents.issue as issue
from tests.documents.conftest import base_case, write_case
from wage_remedy.documents.issue import issue_all
from wage_remedy.documents.parallel import ENV
from wage_remedy.law.catalogue import Catalogue


def _spy(monkeypatch: pytest.MonkeyPatch, events: list[str]) -> None:
    real_pool, real_read = issue.RenderPool, issue._read

    def pool(processes: int) -> Any:
        events.append("pool")
        made = real_pool(processes)
        real_close = made.close

        def close() -> None:
            events.append("close")
            real_close()
        made.close = close  # type: ignore[method-assign]
        return made

    def read(*args: Any) -> Any:
        events.append("read")
        return real_read(*args)

    monkeypatch.setattr(issue, "RenderPool", pool)
    monkeypatch.setattr(issue, "_read", read)


@pytest.mark.parametrize(("kinds", "events"), [
    (None, ["pool", "read", "close"]),
    (["statement"], ["pool", "read", "close"]),  # one paper: ended before the computation
])
def test_a_big_case_file_starts_the_workers_before_reading(
        tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch,
        kinds: list[str] | None, events: list[str]) -> None:
    monkeypatch.setattr(issue, "_now", lambda: "2025-07-01T08:00:00Z")
    monkeypatch.setenv(ENV, "0")
    serial = tmp_path / "serial"
    paths = issue_all(write_case(tmp_path / "a.json", base_case()), serial, catalogue=catalogue, kinds=kinds)
    monkeypatch.setenv(ENV, "1")
    monkeypatch.setattr(issue, "EARLY_BYTES", 1)
    seen: list[str] = []
    _spy(monkeypatch, seen)
    early = issue_all(write_case(tmp_path / "b.json", base_case()), tmp_path / "early",
                      catalogue=catalogue, kinds=kinds)
    assert seen == events
    assert [p.read_bytes() for p in early] == [p.read_bytes() for p in paths]


def test_a_small_case_file_starts_them_once_read(
        tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "1")
    seen: list[str] = []
    _spy(monkeypatch, seen)
    issue_all(write_case(tmp_path / "c.json", base_case()), tmp_path / "out", catalogue=catalogue)
    assert seen == ["read", "pool", "close"]
