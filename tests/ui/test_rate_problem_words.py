"""Rate lookup problems in the interface language (problem_words), from their codes: the table by
its title, dates as the interface writes them, never the core's English."""

from __future__ import annotations

from typing import Any

from wage_remedy.api import CaseProblem
from wage_remedy.errors import params_of
from wage_remedy_ui.i18n import install_language
from wage_remedy_ui.problem_words import problem_message


def test_no_rates_and_unknown_category_in_french_and_german(qtbot: Any) -> None:
    no_rates = CaseProblem("workers[0].shifts[0].date", "be/pc-302 has no rates for 2001-03-03: it covers ...",
                           "no-rates", params_of(table="be/pc-302", date="2001-03-03", start="2020-01-01",
                                                 last="2026-01-01"))
    category = CaseProblem("workers[0].employment.category", "unknown category 'XX' in be/pc-302; ...",
                           "unknown-category", params_of(table="be/pc-302", category="XX", allowed="I, II"))
    try:
        install_language("fr")
        fr = problem_message(no_rates)
        assert fr == ("CP 302 industrie hôtelière (horeca) : salaires horaires minimums n'a pas de taux "
                      "pour le 03/03/2001 : ses chiffres commencent le 01/01/2020")
        assert problem_message(category).endswith("n'a pas de catégorie XX ; possibles : I, II")
        install_language("de")
        assert problem_message(no_rates).endswith("hat keine Sätze für den 03.03.2001: die Zahlen beginnen "
                                                  "am 01.01.2020")
    finally:
        install_language("en")
    assert problem_message(no_rates).startswith("JC 302 hotel industry")
