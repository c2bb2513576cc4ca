"""The body that pays a fund head is rate data (rates/FORMAT.md, "The paying body"): the head
carries the English name of its table's ``payer`` block, the documents and the app print it in
their language from the same block. The names below are written out from the rate files' payer
blocks (which keep the wording of their sources), not copied from the program's output."""

from __future__ import annotations

import calendar
import dataclasses
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.compute import compute
from wage_remedy.compute.heads import HOLIDAY_FUND, STAMPS, YEAR_END
from wage_remedy.compute.result import Head, Result
from wage_remedy.documents.heads_text import fund_name
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.loader import parse_rate_text
from wage_remedy.law.schema import PayerName

HOLIDAY = "the holiday fund the employer is affiliated to (ONVA/RJV, or a sector holiday fund)"
CONSTRUCTION_HOLIDAY = "the construction sector's holiday fund"
CONSTRUCTIV = ("Constructiv (Fonds de sécurité d'existence of construction workers; paid by the "
               "unions or OPOC)")
HORECA = "Fonds social et de garantie Horeca"


def _pc124_result(cat: Catalogue, sector: str | None = "be/pc-124") -> Result:
    """A blue-collar worker paid nothing on 100 h a month at 30.00/h, January-June 2024."""
    blocks = [{"from": f"2024-{m:02d}-01", "to": f"2024-{m:02d}-{calendar.monthrange(2024, m)[1]:02d}",
               "hours": "100"} for m in range(1, 7)]
    w = worker("w1", start="2024-01-01", sector=sector, category="I" if sector else None, hours=blocks)
    w["employment"].update(agreed_hourly_rate="30.00", status="blue_collar")
    return compute(CaseFile.model_validate(case([w], as_of="2025-07-31")), cat)


def _heads(result: Result, head: str) -> list[Head]:
    return [h for h in result.worker("w1").heads if h.head == head]


def _with_payer(cat: Catalogue, table: str, payer: Any) -> Catalogue:
    """``cat`` with ``table``'s payer block replaced."""
    tables = dict(cat.tables)
    tables[table] = dataclasses.replace(tables[table], payer=payer)
    return Catalogue(tables, cat.root)


def test_every_table_of_a_fund_head_names_its_payer_with_a_source(catalogue: Catalogue) -> None:
    fund_tables = {HOLIDAY_FUND, *STAMPS.values()} | {t for t, _m, debtor in YEAR_END.values()
                                                        if debtor == "fund"}
    assert fund_tables == {"be/holiday-pay-fund", "be/stamps-pc-124", "be/year-end-premium-pc-302",
                           "be/year-end-premium-pc-121"}
    for tid in fund_tables:
        payer = catalogue.table(tid).payer
        assert payer is not None, tid
        assert payer.source.url.startswith("https://") and payer.source.title, tid
    # the construction sector has a holiday fund of its own; every other sector has the default
    hp = catalogue.table(HOLIDAY_FUND).payer
    assert hp is not None
    assert hp.for_sector("be/pc-124").name.en == CONSTRUCTION_HOLIDAY
    assert hp.for_sector("be/pc-302").name.en == HOLIDAY and hp.for_sector(None).name.en == HOLIDAY


def test_the_heads_carry_the_names_of_their_tables(catalogue: Catalogue) -> None:
    r = _pc124_result(catalogue)
    (fid,) = _heads(r, "fidelity_stamps_be")
    (bad,) = _heads(r, "bad_weather_stamps_be")
    (hp,) = _heads(r, "holiday_pay_fund_be")
    assert fid.fund == bad.fund == CONSTRUCTIV
    assert hp.fund == CONSTRUCTION_HOLIDAY
    (hp_default,) = _heads(_pc124_result(catalogue, sector=None), "holiday_pay_fund_be")
    assert hp_default.fund == HOLIDAY


def test_a_renamed_payer_is_what_the_head_carries(catalogue: Catalogue) -> None:
    payer = catalogue.table("be/stamps-pc-124").payer
    assert payer is not None
    renamed = payer.model_copy(update={"name": PayerName(en="Test fund", fr="F", nl="N", de="D")})
    r = _pc124_result(_with_payer(catalogue, "be/stamps-pc-124", renamed))
    (fid,) = _heads(r, "fidelity_stamps_be")
    # 9 % x 18,000.00 = 1,620.00, as with the shipped table: only the name changed
    assert (fid.fund, str(fid.due)) == ("Test fund", "1620.00")


def test_a_fund_head_whose_table_names_no_payer_is_not_computed(catalogue: Catalogue) -> None:
    r = _pc124_result(_with_payer(catalogue, "be/stamps-pc-124", None))
    assert not _heads(r, "fidelity_stamps_be") and not _heads(r, "bad_weather_stamps_be")
    reasons = [w.message for w in r.warnings if w.code == "head-not-computed"]
    assert any("fidelity_stamps_be" in m and "names no payer" in m for m in reasons), reasons
    assert _heads(r, "holiday_pay_fund_be")  # the other fund heads are not affected


@pytest.mark.parametrize(("fund", "lang", "expected"), [
    (CONSTRUCTION_HOLIDAY, "nl", "het vakantiefonds van de bouwsector"),
    (CONSTRUCTION_HOLIDAY, "de", "die Urlaubskasse des Bausektors"),
    (HOLIDAY, "fr", "la caisse de vacances à laquelle l'employeur est affilié (ONVA, ou une caisse "
                    "de vacances sectorielle)"),
    (CONSTRUCTIV, "fr", "Constructiv (Fonds de sécurité d'existence des ouvriers de la construction ; "
                        "payé par les syndicats ou l'OPOC)"),
    ("the cleaning sector's fund (paid through the unions)", "nl",
     "het fonds van de schoonmaaksector (uitbetaald via de vakbonden)"),
    (HORECA, "nl", "Sociaal Waarborgfonds Horeca (Fonds social et de garantie Horeca)"),
    (HORECA, "de", HORECA),  # no German name was read: the body's own name
    (CONSTRUCTIV, "en", CONSTRUCTIV),
    (CONSTRUCTIV, "pl", CONSTRUCTIV),  # a worker language: English
    ("Some other fund", "fr", "Some other fund"),  # unknown: as computed
    (None, "fr", ""),
])
def test_fund_name_is_the_tables_translation(fund: str | None, lang: str, expected: str) -> None:
    assert fund_name(fund, lang) == expected


_TABLE = """\
id: be/test-head
title: {en: "Test"}
jurisdiction: BE
kind: head
unit: percent
dimensions: []
payer:
  name: {en: "Default body", fr: "Organe", nl: "Orgaan", de: "Stelle"}
  source: {title: "A page naming the default body", url: "https://example.org/a"}
  sectors:
    be/pc-999:
      name: {en: "Sector body", fr: "Organe sectoriel", nl: "Sectororgaan", de: "Sektorstelle"}
      source: {title: "A page naming the sector body", url: "https://example.org/b"}
      note: "described, not named"
reviewed_through: "2026-01-31"
versions:
  - from: "2025-01-01"
    status: secondary
    source: {title: "t", url: "https://example.org/c"}
    parameters: {percent: "9"}
"""


def test_payer_block_is_read_with_its_sector_entries() -> None:
    table = parse_rate_text(_TABLE, "be/test-head.yaml", "be/test-head")
    assert table.payer is not None
    assert table.payer.for_sector("be/pc-999").name.get("nl") == "Sectororgaan"
    assert table.payer.for_sector("be/pc-999").note == "described, not named"
    assert table.payer.for_sector("be/pc-998").name.get("de") == "Stelle"
    assert table.payer.name.get("ro") == "Default body"
