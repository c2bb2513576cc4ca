"""Worker processes for a big case file are started before the file is read
(documents/issue.py ``_early_pool``), and ended again when the run turns out to have few papers;
the papers are the same either way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import wage_remedy.documents.issue as issue
from tests.documents.conftest import base_case, write_case
from wage_remedy.documents import DocumentError
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


def test_papers_written_while_others_render_leave_no_file_on_a_refusal(
        tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    # with worker processes each new paper is written to its temporary file as soon as it is
    # made; a refusal found afterwards (a reprint of the statement over an altered file) leaves
    # none of them behind, and nothing recorded
    monkeypatch.setenv(ENV, "1")
    cf = write_case(tmp_path / "d.json", base_case())
    out = tmp_path / "out"
    (statement,) = issue_all(cf, out, catalogue=catalogue, kinds=["statement"])
    statement.write_bytes(b"altered")
    case_before = cf.read_bytes()
    temps: list[str] = []
    real = issue._write_temp

    def write_temp(*args: Any) -> str:
        temps.append(real(*args))
        return temps[-1]
    monkeypatch.setattr(issue, "_write_temp", write_temp)
    with pytest.raises(DocumentError, match="already exists with different content"):
        issue_all(cf, out, catalogue=catalogue)
    assert len(temps) == 7  # the new papers (and the fines sheet), written early
    assert [p.name for p in out.iterdir()] == [statement.name]  # no temporary file left
    assert cf.read_bytes() == case_before


def test_a_new_run_beside_old_papers_writes_only_the_new_ones(
        tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "1")
    cf = write_case(tmp_path / "e.json", base_case())
    out = tmp_path / "out"
    old = issue_all(cf, out, catalogue=catalogue, kinds=["statement"])
    new = issue_all(cf, out, catalogue=catalogue)
    assert old[0] in new and len(new) == 8
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in new)
