"""Case files: round trip, atomic saves that never corrupt, newer format versions refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import CaseError, load_case, parse_case_data, save_case
from wage_remedy.demo import demo_case_path


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    original = json.loads(demo_case_path().read_text(encoding="utf-8"))
    c = parse_case_data(original)
    save_case(c, tmp_path / "c.json")
    again = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert again["workers"][0]["shifts"] == original["workers"][0]["shifts"]
    assert again["workers"][1]["payments"][0] == {"date": "2025-04-04", "amount": "1500.00",
                                                  "for": "2025-03", "method": "bank"}
    assert load_case(tmp_path / "c.json") == c


def test_amounts_stay_exact_strings(tmp_path: Path) -> None:
    data = case([worker("w1", payments=[{"date": "2025-03-31", "amount": "1200.10"}])])
    save_case(parse_case_data(data), tmp_path / "c.json")
    text = (tmp_path / "c.json").read_text(encoding="utf-8")
    assert '"amount": "1200.10"' in text


def test_failed_save_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.json"
    c = parse_case_data(case([worker("w1")]))
    save_case(c, path)
    before = path.read_bytes()

    def boom(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_case(c.model_copy(update={"reference": "CHANGED"}), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"], "no temp file left behind"


def test_newer_version_is_refused_and_file_untouched(tmp_path: Path) -> None:
    data = case([])
    data["version"] = 7
    p = tmp_path / "c.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    before = p.read_bytes()
    with pytest.raises(CaseError) as exc:
        load_case(p)
    assert "version 7" in str(exc.value) and "reads version 1" in str(exc.value)
    assert p.read_bytes() == before


def test_not_a_case_file() -> None:
    with pytest.raises(CaseError, match="not a wage-remedy case"):
        parse_case_data({"format": "something-else"})


def test_duplicate_worker_ids_refused() -> None:
    with pytest.raises(CaseError, match="used twice"):
        parse_case_data(case([worker("w1"), worker("w1")]))


def test_saved_file_has_normal_permissions(tmp_path: Path) -> None:
    p = tmp_path / "c.json"
    save_case(parse_case_data(case([worker("w1")])), p)
    umask = os.umask(0)
    os.umask(umask)
    assert p.stat().st_mode & 0o777 == 0o666 & ~umask
    p.chmod(0o640)
    save_case(parse_case_data(case([worker("w2")])), p)
    assert p.stat().st_mode & 0o777 == 0o640, "an existing file keeps its permissions"


def test_as_of_defaults_to_the_inspection_date_and_back() -> None:
    data = case([worker("w1")])
    del data["as_of"]
    assert parse_case_data(data).as_of.isoformat() == data["inspection"]["date"]
    data = case([worker("w1")], as_of="2025-05-31")
    del data["inspection"]
    assert parse_case_data(data).inspection.date.isoformat() == "2025-05-31"
    del data["as_of"]
    with pytest.raises(CaseError) as exc:
        parse_case_data(data)
    paths = {p.path for p in exc.value.problems}
    assert {"as_of", "inspection"} <= paths
