"""``rates add`` / ``rates index`` (wage_remedy/law/update.py): the new version is inserted as text
in the house format, passes the strict check, matches figures worked out by hand, moves
``reviewed_through`` and writes CHANGELOG.md; nothing changes when something is wrong."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from wage_remedy.cli import main
from wage_remedy.law.catalogue import load_catalogue
from wage_remedy.law.update import UpdateError, apply_plan, parse_figure, prepare_add, prepare_index

RATES = Path(__file__).resolve().parents[2] / "rates"
TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def rates(tmp_path: Path) -> Path:
    root = tmp_path / "rates"
    shutil.copytree(RATES, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def only_added_lines(old: str, new: str) -> list[str]:
    """Lines removed from ``old`` (beyond reviewed_through and its comment) must be none."""
    removed = [ln[2:] for ln in difflib.ndiff(old.splitlines(), new.splitlines()) if ln.startswith("- ")]
    return [ln for ln in removed if not ln.startswith(("reviewed_through:", "# reviewed_through", "next_review:", "# "))]


def test_index_pc302_by_2_percent_matches_hand_figures(rates: Path) -> None:
    old = (rates / "be/pc-302.yaml").read_text(encoding="utf-8")
    plan = prepare_index(rates, "be/pc-302", dt.date(2027, 1, 1), "2", title="Index of 1 January 2027",
                         url="https://example.org/index-2027", today=TODAY, who="tester")
    apply_plan(plan)
    new = (rates / "be/pc-302.yaml").read_text(encoding="utf-8")
    assert only_added_lines(old, new) == []  # comments and the rest of the file kept
    cat = load_catalogue(rates)  # the strict check of the whole folder passes
    on = dt.date(2027, 1, 1)
    # 15.2097 x 1.02 = 15.513894 -> 15.5139 (4 decimals, half-up; category I, 0 years)
    assert cat.value("be/pc-302", on, "I", "0").value == D("15.5139")
    # 16.8646 x 1.02 = 17.201892 -> 17.2019 (category I, 9 years)
    assert cat.value("be/pc-302", on, "I", "9").value == D("17.2019")
    # 16.8849 x 1.02 = 17.222598 -> 17.2226 (category V, 0 years)
    assert cat.value("be/pc-302", on, "V", "0").value == D("17.2226")
    v = cat.version("be/pc-302", on)
    assert v.status == "derived" and "× 1.02" in (v.note or "") and v.source.url == "https://example.org/index-2027"
    assert v.flat_premiums and v.student_percent is not None  # copied, keeping their own status
    assert {p.status for p in v.flat_premiums} == {p.status for p in cat.version("be/pc-302", dt.date(2026, 6, 1)).flat_premiums}
    assert cat.table("be/pc-302").reviewed_through == on
    assert cat.value("be/pc-302", dt.date(2026, 12, 31), "I", "0").value == D("15.2097")  # earlier version intact
    log = (rates / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("be/pc-302: version from 2027-01-01 (wage-remedy rates index)") < log.index("## 2026-11-30")
    assert "By tester" in log


def test_index_monthly_table_rounds_to_the_cent(rates: Path) -> None:
    # 2233.61 x 1.02 = 2278.2822 -> 2278.28 (2 decimals for a monthly table; the bundled table ends
    # with 2233.61 from 1 July 2026, itself 2189.81 x 1.02 = 2233.6062 -> 2233.61)
    plan = prepare_index(rates, "be/national-minimum", dt.date(2027, 1, 1), "2,00", title="t",
                         url="https://example.org/", today=TODAY)
    apply_plan(plan)
    assert load_catalogue(rates).value("be/national-minimum", dt.date(2027, 1, 1), "18+0").value == D("2278.28")


def test_index_uses_the_tables_rounding_rule(rates: Path) -> None:
    path = rates / "be/pc-302.yaml"
    text = path.read_text(encoding="utf-8").replace("\nversions:\n", '\nrounding: {decimals: "2", note: "test"}\nversions:\n', 1)
    path.write_text(text, encoding="utf-8")
    apply_plan(prepare_index(rates, "be/pc-302", dt.date(2027, 1, 1), "2", title="t", url="https://e.org/"))
    # 15.2097 x 1.02 = 15.513894 -> 15.51 at 2 decimals
    assert load_catalogue(rates).value("be/pc-302", dt.date(2027, 1, 1), "I", "0").value == D("15.51")


def test_add_from_a_pasted_column_with_decimal_comma(rates: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("2.278,28\n"))
    code = main(["rates", "add", "be/national-minimum", "--rates", str(rates), "--from", "2027-01-01",
                 "--status", "unverified", "--figures", "-", "--title", "Payroll infoflash", "--url",
                 "https://example.org/ggmmi", "--note", "test figure"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "18+0" in out and "2233.61 -> 2278.28" in out and "+2.00 %" in out  # 44.67 / 2233.61 = 1.9999 %
    cat = load_catalogue(rates)
    rv = cat.value("be/national-minimum", dt.date(2027, 2, 15), "18+0")
    assert (rv.value, rv.status, rv.version_from) == (D("2278.28"), "unverified", dt.date(2027, 1, 1))
    # reviewed through the new version's date; the old next_review (1 January 2027) is dropped
    assert cat.table("be/national-minimum").reviewed_through == dt.date(2027, 1, 1)
    assert cat.table("be/national-minimum").next_review is None


def test_add_parameters_with_set(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["rates", "add", "be/legal-interest", "--rates", str(rates), "--from", "2027-01-01",
                 "--status", "verified", "--set", "rate=4,25", "--title", "MB notice", "--url",
                 "https://example.org/mb", "--reviewed-through", "2027-12-31", "--accept-jumps"])
    assert code == 0, capsys.readouterr().err
    cat = load_catalogue(rates)
    assert cat.parameter("be/legal-interest", dt.date(2027, 3, 1), "rate").value == D("4.25")
    assert cat.table("be/legal-interest").reviewed_through == dt.date(2027, 12, 31)


def test_implausible_jump_is_refused_and_nothing_changes(rates: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(rates)
    # a typo: 22782.8 instead of 2278.28 is +920 %
    monkeypatch.setattr("sys.stdin", io.StringIO("22782,8\n"))
    code = main(["rates", "add", "be/national-minimum", "--rates", str(rates), "--from", "2027-01-01",
                 "--status", "secondary", "--figures", "-", "--title", "t", "--url", "https://e.org/"])
    captured = capsys.readouterr()
    assert code == 2
    assert "CHECK: more than 10 %" in captured.out and "implausible changes, nothing written" in captured.err
    assert snapshot(rates) == before
    # a fall is flagged too
    plan = prepare_add(rates, "be/national-minimum", dt.date(2027, 1, 1), "2100.00", status="secondary",
                       title="t", url="https://e.org/")
    assert [c.flag for c in plan.flags] == ["falls"]
    with pytest.raises(UpdateError, match="implausible"):
        apply_plan(plan)
    assert snapshot(rates) == before


def test_wrong_input_is_refused_with_a_clear_message(rates: Path) -> None:
    before = snapshot(rates)
    with pytest.raises(UpdateError, match=r"2 figures given, 1 expected .*18\+0"):
        prepare_add(rates, "be/national-minimum", dt.date(2026, 7, 1), "2233.61\n2233.62",
                    status="secondary", title="t", url="https://e.org/")
    with pytest.raises(UpdateError, match=r"'2\.233' is ambiguous"):
        parse_figure("2.233")
    with pytest.raises(UpdateError, match=r"status: 'official' is not allowed"):
        prepare_add(rates, "be/national-minimum", dt.date(2026, 7, 1), "2233.61", status="official",
                    title="t", url="https://e.org/")
    with pytest.raises(UpdateError, match="a version from 2026-04-01 exists already"):
        prepare_add(rates, "be/national-minimum", dt.date(2026, 4, 1), "2233.61", status="secondary",
                    title="t", url="https://e.org/")
    with pytest.raises(UpdateError, match=r"(?s)strict check.*unknown category 'X'"):
        prepare_add(rates, "be/pc-302", dt.date(2027, 1, 1), "X/0=15.2097", status="secondary",
                    title="t", url="https://e.org/")
    with pytest.raises(UpdateError, match=r"source url: 'example.org' is not a web address"):
        prepare_add(rates, "be/national-minimum", dt.date(2026, 7, 1), "2233.61", status="secondary",
                    title="t", url="example.org")
    assert snapshot(rates) == before


def test_a_trailing_gap_version_is_replaced(rates: Path) -> None:
    # nl/minimum-wage ends with a gap on 2027-01-01; test figures (not real ones) fill it.
    figures = "\n".join(["4.60", "5.27", "6.03", "7.65", "9.17", "12.23", "15.29"])
    plan = prepare_add(rates, "nl/minimum-wage", dt.date(2027, 1, 1), figures, status="secondary",
                       title="t", url="https://e.org/", today=TODAY)
    assert plan.replaces_gap
    apply_plan(plan)
    text = (rates / "nl/minimum-wage.yaml").read_text(encoding="utf-8")
    assert "gap: true" not in text and text.count('- from: "2027-01-01"') == 1
    cat = load_catalogue(rates)
    rv = cat.value("nl/minimum-wage", dt.date(2027, 1, 1), "21")
    assert rv.value == D("15.29") and not rv.outdated  # reviewed through 2027-01-01 now
    assert cat.value("nl/minimum-wage", dt.date(2027, 1, 2), "21").outdated  # a day after it


def test_version_inserted_in_date_order(rates: Path) -> None:
    # a version between two existing ones (a correction found later) lands between them
    plan = prepare_add(rates, "be/national-minimum", dt.date(2026, 2, 1), "2154.11", status="secondary",
                       title="t", url="https://e.org/", reviewed_through=dt.date(2026, 6, 30))
    apply_plan(plan)
    text = (rates / "be/national-minimum.yaml").read_text(encoding="utf-8")
    dates = re.findall(r'^  - from: "(\d{4}-\d{2}-\d{2})"', text, re.M)
    assert dates == sorted(dates) and "2026-02-01" in dates
    assert load_catalogue(rates).version("be/national-minimum", dt.date(2026, 3, 1)).start == dt.date(2026, 2, 1)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_add_asks_on_a_terminal(rates: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    # source title, URL, then each cell by name (one for the national minimum); a bad figure is
    # asked again
    monkeypatch.setattr("sys.stdin", _Terminal("FPS page 01/01/2027\nhttps://example.org/fps\n2.278\n2278,28\n"))
    code = main(["rates", "add", "be/national-minimum", "--rates", str(rates), "--from", "2027-01-01",
                 "--status", "verified"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "Source title" in err and "18+0" in err and "'2.278' is ambiguous" in err
    rv = load_catalogue(rates).value("be/national-minimum", dt.date(2027, 1, 1), "18+0")
    assert (rv.value, rv.status, rv.source.title) == (D("2278.28"), "verified", "FPS page 01/01/2027")


def test_rates_list_shows_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    import json
    assert main(["rates", "list", "--format", "json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    nm = rows["be/national-minimum"]
    assert (nm["first"], nm["reviewed_through"], nm["next_review"], nm["from"]) == (
        "2018-09-01", "2026-07-31", "2027-01-01", "bundled")
    assert nm["statuses"] == "verified, secondary, derived, unverified"
    assert rows["nl/minimum-wage"]["last_is_gap"] is True
    assert main(["rates", "list"]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("be/national-minimum "))
    assert "2018-09-01 .. 2026-07-01" in line and "2026-07-31" in line


def test_without_rates_dir_the_user_folder_is_written_only_on_success(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    monkeypatch.setenv("WAGE_REMEDY_USER_RATES", str(user))
    bundled = (RATES / "be/national-minimum.yaml").read_bytes()
    # refused (a fall): nothing is written anywhere, not even a copy of the table
    assert main(["rates", "add", "be/national-minimum", "--from", "2027-01-01", "--status", "secondary",
                 "--set", "18+0=2000", "--title", "t", "--url", "https://e.org/"]) == 2
    assert not user.exists()
    assert main(["rates", "add", "be/national-minimum", "--from", "2027-01-01", "--status", "secondary",
                 "--set", "18+0=2278.28", "--title", "t", "--url", "https://e.org/"]) == 0
    assert sorted(p.relative_to(user).as_posix() for p in user.rglob("*")
                  if p.is_file()) == ["CHANGELOG.md", "be/national-minimum.yaml"]
    assert (RATES / "be/national-minimum.yaml").read_bytes() == bundled  # the program's own is untouched
    cat = load_catalogue()
    assert cat.user_tables == ("be/national-minimum",)
    assert cat.value("be/national-minimum", dt.date(2027, 1, 1), "18+0").value == D("2278.28")


def test_rows_copied_from_a_table_with_their_labels(rates: Path) -> None:
    # The PC 302 scale copied row by row from a page or a spreadsheet: "I<tab>15,2097<tab>…",
    # decimal commas; the rows and columns are read in the order of the previous version.
    cat = load_catalogue(rates)
    prev = cat.version("be/pc-302", dt.date(2026, 1, 1)).values
    rows = ["\t".join([cat_] + [str(v).replace(".", ",") for v in years.values()]) for cat_, years in prev.items()]
    plan = prepare_add(rates, "be/pc-302", dt.date(2027, 1, 1), "\n".join(rows), status="secondary",
                       title="t", url="https://e.org/")
    assert not plan.flags and all(c.percent == 0 for c in plan.changes)
    apply_plan(plan)
    new = load_catalogue(rates)
    # official-table figures of the 2026 version (rates/be/pc-302.yaml): I/9 16.8646, V/0 16.8849
    assert new.value("be/pc-302", dt.date(2027, 1, 1), "I", "9").value == D("16.8646")
    assert new.value("be/pc-302", dt.date(2027, 1, 1), "V", "0").value == D("16.8849")
