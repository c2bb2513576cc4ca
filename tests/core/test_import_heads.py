"""Importing payments that name the head of claim they pay (docs/heads.md): a "head" column read
from its id or its name in EN, FR, NL or DE; a head the worker cannot have is refused at its row."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.importing.parse import CellError, parse_head
from wage_remedy.importing.plan import apply_import, plan_import
from wage_remedy.law.catalogue import Catalogue


def _blocks(months: list[str], hours: str) -> list[dict[str, Any]]:
    out = []
    for m in months:
        y, mo = (int(x) for x in m.split("-"))
        out.append({"from": f"{m}-01", "to": f"{m}-{calendar.monthrange(y, mo)[1]:02d}", "hours": hours})
    return out


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "head"), [
    ("vakantiebijslag", "holiday_allowance_nl"), ("Holiday allowance", "holiday_allowance_nl"),
    ("holiday_allowance_nl", "holiday_allowance_nl"), ("Pécule de sortie", "exit_holiday_pay_be"),
    ("Eindejaarspremie", "year_end_premium"), ("Kündigungsentschädigung", "notice_pay_be"),
    ("loon", "wages"), ("", "wages"),
])
def test_parse_head(text: str, head: str) -> None:
    assert parse_head(text) == head


def test_parse_head_refuses_an_ambiguous_or_unknown_word() -> None:
    for text in ("vakantiegeld", "bonus"):  # holiday pay in BE (single or double) or NL: not guessed
        with pytest.raises(CellError, match="not a head of claim"):
            parse_head(text)


def test_dutch_payments_with_a_head_column(tmp_path: Path, catalogue: Catalogue) -> None:
    # NL, agreed 20.00/h x 100 h = 2,000.00 a month June 2025 - March 2026: 20,000.00 due in the
    # allowance year 1 June 2025 - 31 May 2026 -> allowance 8 % = 1,600.00, due 30 June 2026.
    # The payroll export pays the wages in full and 1,560.00 as holiday allowance:
    # 1,600.00 - 1,560.00 = 40.00 of the allowance unpaid; the wages stay fully paid.
    months = [f"2025-{m:02d}" for m in range(6, 13)] + ["2026-01", "2026-02", "2026-03"]
    w = worker("w1", start="2025-06-01", hours=_blocks(months, "100"))
    w["employment"]["agreed_hourly_rate"] = "20.00"
    c = parse_case_data(case([w], jurisdiction="NL", as_of="2026-07-31"))
    lines = ["Werknemer;Datum;Bedrag;Periode;Betaalwijze;Vordering"]
    lines += [f"w1;28/{m[5:]}/{m[:4]};2000,00;{m};overschrijving;loon" for m in months]
    lines.append("w1;30/06/2026;1560,00;;overschrijving;Vakantiebijslag")
    plan = plan_import(c, _csv(tmp_path / "betalingen.csv", lines), catalogue=catalogue)
    assert [col.field for col in plan.sheets[0].columns][-1] == "head"
    assert not plan.rejected and not plan.problems
    new = apply_import(c, plan)
    heads = [p.head or "wages" for p in new.workers[0].payments]
    assert heads == ["wages"] * 10 + ["holiday_allowance_nl"]
    r = compute(new, catalogue)
    (allowance,) = [h for h in r.worker("w1").heads if h.head == "holiday_allowance_nl"]
    assert (allowance.due, allowance.paid, allowance.unpaid) == (D("1600.00"), D("1560.00"), D("40.00"))
    assert allowance.due_date == dt.date(2026, 6, 30)
    assert r.worker("w1").unpaid == 0  # a head payment never counts as wages


def test_a_head_the_worker_cannot_have_is_refused_at_its_row(tmp_path: Path, catalogue: Catalogue) -> None:
    # BE worker still employed (no end, no dismissal): notice pay is not a head this worker can have.
    c: CaseFile = parse_case_data(case([worker("w1", hours=_blocks(["2025-03"], "100"))], as_of="2025-06-30"))
    path = _csv(tmp_path / "p.csv", ["Date;Amount;For;Head",
                                     "31/03/2025;1000,00;2025-03;",
                                     "31/03/2025;200,00;2025-03;notice pay",
                                     "31/03/2025;50,00;2025-03;bonus"])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    why = {r.row: r.reason or "" for r in plan.rejected}
    assert sorted(why) == [3, 4]
    assert "notice_pay_be" in why[3]
    assert "not a head of claim" in why[4]


def test_employment_facts_from_a_worker_list(tmp_path: Path, catalogue: Catalogue) -> None:
    # A Dutch-language worker list: white-collar (bediende), contract ended 31 December 2025 by a
    # dismissal (ontslagen; the bare "ontslag" can be either party's notice and is refused),
    # declared work (nee). Hired 15 September 2025, agreed 20.00/h, 100 h in
    # December 2025, nothing paid: exit holiday pay 15.34 % x 2,000.00 = 306.80; notice pay
    # 3 months 16 days -> 3 weeks x 20.00 x 38 h = 2,280.00 (docs/heads.md).
    w = worker("w1", start="2025-09-15", hours=_blocks(["2025-12"], "100"))
    w["employment"]["agreed_hourly_rate"] = "20.00"
    c = parse_case_data(case([w, worker("w2", hours=_blocks(["2025-12"], "10"))], as_of="2026-01-31"))
    path = _csv(tmp_path / "personeel.csv", ["Naam;Statuut;Einde contract;Reden uit dienst;Zwartwerk",
                                             "Worker w1;bediende;31/12/2025;ontslagen;nee",
                                             "Worker w2;;;;ja"])
    plan = plan_import(c, path, catalogue=catalogue)
    assert [col.field for col in plan.sheets[0].columns] == ["worker", "status", "contract_end", "end_reason",
                                                             "undeclared"]
    assert not plan.rejected and not plan.problems
    assert plan.counts() == {"shift": 0, "hours": 0, "payment": 0, "employment": 2}
    new = apply_import(c, plan)
    e = new.workers[0].employment
    assert (e.status, e.end, e.end_reason, new.workers[0].undeclared) == (
        "white_collar", dt.date(2025, 12, 31), "dismissal", False)
    assert new.workers[1].undeclared is True and new.workers[1].employment.status is None
    r = compute(new, catalogue)
    dues = {h.head: h.due for h in r.worker("w1").heads if h.head != "wages"}
    assert dues == {"exit_holiday_pay_be": D("306.80"), "notice_pay_be": D("2280.00")}


def test_employment_rows_refused_by_name(tmp_path: Path, catalogue: Catalogue) -> None:
    # w1 PC 200 (white-collar by the sector), hired 1 March 2025; w2 already white-collar in the case.
    w1 = worker("w1", start="2025-03-01", sector="be/pc-200", category="A", hours=_blocks(["2025-03"], "150"))
    w2 = worker("w2", start="2025-03-01", hours=_blocks(["2025-03"], "150"))
    w2["employment"]["status"] = "white_collar"
    w3 = worker("w3", start="2025-03-01", hours=_blocks(["2025-03"], "150"))
    c = parse_case_data(case([w1, w2, w3], as_of="2025-06-30"))
    path = _csv(tmp_path / "p.csv", ["Worker;Statut;End of contract;End reason",
                                     "w1;ouvrier;;",             # row 2: contradicts the sector
                                     "w2;arbeider;;",            # row 3: the case says white_collar
                                     "w3;;01/02/2025;dismissal",  # row 4: ends before it starts
                                     "w3;;;ontslag"])            # row 5: either party's notice: not guessed
    plan = plan_import(c, path, catalogue=catalogue)
    why = {r.row: r.reason or "" for r in plan.rejected}
    assert sorted(why) == [2, 3, 4, 5]
    assert "blue_collar" in why[2] and "be/pc-200" in why[2]
    assert "the case says status white_collar" in why[3]
    assert "the end of the contract 2025-02-01 is before the employment start 2025-03-01" in why[4]
    assert "not an end reason" in why[5]
