"""What an import preview row will import, in the interface language (dialogs/import_reasons.py
values_words): the core's English summary ("shift 2025-03-03 08:00-16:30 break 30 min") showed in
the French wizard."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from wage_remedy_ui.dialogs.import_reasons import values_words
from wage_remedy_ui.i18n import fmt_money, install_language


def test_rows_in_french_and_german(qtbot: Any) -> None:
    shift = {"date": "2025-03-03", "start": "08:00", "end": "16:30", "break": "30"}
    block = {"from": "2025-03-01", "to": "2025-03-07", "hours": "38.5"}
    payment = {"date": "2025-03-28", "amount": "1500.00", "method": "cash", "for": "2025-03"}
    try:
        install_language("fr")
        assert values_words("shift", shift, []) == "03/03/2025 08:00–16:30, pause 30 min"
        assert values_words("hours", block, []) == "du 01/03/2025 au 07/03/2025 : 38,5 h"
        assert values_words("payment", payment, []) == (
            f"28/03/2025 {fmt_money(Decimal('1500.00'))} en espèces, pour mars 2025")
        assert values_words("shift", {**shift, "break": "0"}, []) == "03/03/2025 08:00–16:30"
        install_language("de")
        assert values_words("shift", shift, []) == "03.03.2025 08:00–16:30, Pause 30 Min."
        assert values_words("payment", {**payment, "method": "bank"}, []).endswith("per Überweisung, für März 2025")
    finally:
        install_language("en")
    assert values_words(None, {}, ["a", "", "b"]) == "a | b"  # nothing read: the cells
