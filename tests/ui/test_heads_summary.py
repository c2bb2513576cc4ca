"""The case page's heads-of-claim line names only the debtors that owe something in the case."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from ui_helpers import wait_result

from wage_remedy.demo import demo_case_path


def test_no_court_amount_when_no_court_head(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    # The demo case (Belgium) owes heads to the employer and to funds, none to a court: the line
    # says what the employer pays now and what the funds owe, not "a court may award up to 0.00".
    case = tmp_path / "demo.json"
    shutil.copyfile(demo_case_path(), case)
    w = make_window(case)
    w.show()
    wait_result(qtbot, w)
    text = w.case_page.totals.text()
    assert "Employer must pay now" in text and "Funds, once the wages are declared" in text
    assert "court" not in text.lower()
