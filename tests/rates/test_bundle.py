"""Signed rates bundles (wage_remedy/law/bundle.py): exported by the legal team, verified before
anything changes, installed into the user's rates folder and used in a computation; tampered,
other-key, older and expired bundles are refused with exit 2 and nothing changed."""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.cli import main
from wage_remedy.compute import compute
from wage_remedy.law.bundle import export_bundle, generate_key, trust_key
from wage_remedy.law.catalogue import load_catalogue
from wage_remedy.law.update import apply_plan, prepare_index

RATES = Path(__file__).resolve().parents[2] / "rates"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A legal team's folder with PC 302 indexed by 2 % from 1 January 2027, its key (trusted
    here) and another key (not trusted); an inspector's empty user rates folder."""
    user = tmp_path / "user" / "rates"
    monkeypatch.setenv("WAGE_REMEDY_USER_RATES", str(user))
    monkeypatch.setenv("WAGE_REMEDY_TRUSTED_KEYS", str(tmp_path / "trusted.txt"))
    team = tmp_path / "team" / "rates"
    shutil.copytree(RATES, team, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    apply_plan(prepare_index(team, "be/pc-302", dt.date(2027, 1, 1), "2", title="Index 2027",
                             url="https://example.org/index-2027"))
    key, _ = generate_key(tmp_path / "keys" / "team.key")
    other, _ = generate_key(tmp_path / "keys" / "other.key")
    trust_key(key, "Legal team")
    return {"user": user, "team": team, "key": tmp_path / "keys" / "team.key",
            "other": tmp_path / "keys" / "other.key", "tmp": tmp_path}


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()} \
        if root.exists() else {}


def pc302_case() -> CaseFile:
    # Category I, 0 function years, Monday 4 January 2027 09:00-17:00 (8 h), nothing paid.
    w = worker("w1", birth="1990-01-01", start="2027-01-04", sector="be/pc-302", category="I",
               shifts=[{"date": "2027-01-04", "start": "09:00", "end": "17:00"}])
    return CaseFile.model_validate(case([w], as_of="2027-01-31"))


def test_bundle_signed_imported_and_used_in_a_computation(env: dict[str, Path],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bundle = env["tmp"] / "rates-2027.json"
    assert main(["rates", "--rates", str(env["team"]), "export-bundle", "--key", str(env["key"]),
                 "--out", str(bundle), "--publisher", "Legal team"]) == 0
    before_digest = load_catalogue().digest
    assert main(["rates", "import", str(bundle), "--dry-run"]) == 0
    assert snapshot(env["user"]) == {}  # a dry run installs nothing
    assert main(["rates", "import", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "changes be/pc-302: new versions from 2027-01-01 [derived]" in out
    # only the changed table is installed; the program's own tables stay in use for the others
    assert sorted(k for k in snapshot(env["user"]) if k.endswith(".yaml")) == ["be/pc-302.yaml"]
    cat = load_catalogue()
    assert cat.user_tables == ("be/pc-302",) and cat.digest != before_digest
    result = compute(pc302_case(), cat)
    line = result.workers[0].periods[0].lines[0]
    # 15.2097 x 1.02 = 15.513894 -> 15.5139 an hour; 8 h x 15.5139 = 124.1112 -> 124.11
    assert (line.rate_table, line.rate_from, line.rate) == ("be/pc-302", dt.date(2027, 1, 1), D("15.5139"))
    assert line.amount == D("124.11")
    assert result.rates_digest == cat.digest  # documents record the fingerprint of what was used
    # the bundled tables alone (an explicit folder) still have no 2027 version
    assert load_catalogue(RATES).version("be/pc-302", dt.date(2027, 1, 4)).start == dt.date(2026, 1, 1)


def _refused(args: list[str], env: dict[str, Path], capsys: pytest.CaptureFixture[str], words: str) -> None:
    before = snapshot(env["user"])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err, err
    assert snapshot(env["user"]) == before


def test_tampered_bundle_is_refused(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    bundle = env["tmp"] / "b.json"
    export_bundle(env["team"], env["key"], bundle)
    data = json.loads(bundle.read_text())
    manifest = json.loads(base64.b64decode(data["manifest"]))
    text = base64.b64decode(manifest["files"]["be/pc-302.yaml"]).decode()
    manifest["files"]["be/pc-302.yaml"] = base64.b64encode(text.replace("15.5139", "19.5139").encode()).decode()
    data["manifest"] = base64.b64encode(json.dumps(manifest, sort_keys=True).encode()).decode()
    bundle.write_text(json.dumps(data))
    _refused(["rates", "import", str(bundle)], env, capsys, "was changed after it was signed")


def test_bundle_signed_by_another_key_is_refused(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    bundle = env["tmp"] / "b.json"
    export_bundle(env["team"], env["other"], bundle)
    _refused(["rates", "import", str(bundle)], env, capsys, "which this installation does not trust")


def test_older_bundle_is_refused(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    newer, older = env["tmp"] / "b10.json", env["tmp"] / "b5.json"
    export_bundle(env["team"], env["key"], newer, sequence=10)
    export_bundle(RATES, env["key"], older, sequence=5)
    assert main(["rates", "import", str(newer)]) == 0
    _refused(["rates", "import", str(older)], env, capsys, "bundle 5 is older than the installed bundle 10")
    _refused(["rates", "import", str(newer)], env, capsys, "bundle 10 is already installed")
    assert load_catalogue().version("be/pc-302", dt.date(2027, 1, 4)).start == dt.date(2027, 1, 1)


def test_expired_bundle_is_refused(env: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    bundle = env["tmp"] / "old.json"
    export_bundle(env["team"], env["key"], bundle, now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
                  expires=dt.date(2020, 7, 1))
    _refused(["rates", "import", str(bundle)], env, capsys, "expired on 2020-07-01")


def test_export_refuses_an_invalid_folder_and_an_existing_file(env: dict[str, Path],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = env["team"] / "be" / "pc-302.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace('"15.5139"', "15.5139"), encoding="utf-8")
    out = env["tmp"] / "b.json"
    assert main(["rates", "--rates", str(env["team"]), "export-bundle", "--key", str(env["key"]),
                 "--out", str(out)]) == 2
    assert "unquoted number 15.5139" in capsys.readouterr().err and not out.exists()
