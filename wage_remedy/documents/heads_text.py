"""Words for the heads of claim (docs/heads.md) in the document languages: the head's name, who
owes it and how that is printed. English is the fallback for a missing language."""

from __future__ import annotations

HEAD_TITLES: dict[str, dict[str, str]] = {
    "wages": {"en": "Wages", "fr": "Rémunération", "nl": "Loon", "de": "Lohn"},
    "holiday_pay_fund_be": {"en": "Holiday pay (blue-collar, holiday fund)",
                            "fr": "Pécule de vacances (ouvrier, caisse de vacances)",
                            "nl": "Vakantiegeld (arbeider, vakantiefonds)",
                            "de": "Urlaubsgeld (Arbeiter, Urlaubskasse)"},
    "double_holiday_pay_be": {"en": "Double holiday pay", "fr": "Double pécule de vacances",
                              "nl": "Dubbel vakantiegeld", "de": "Doppeltes Urlaubsgeld"},
    "exit_holiday_pay_be": {"en": "Exit holiday pay", "fr": "Pécule de vacances de sortie",
                            "nl": "Vertrekvakantiegeld", "de": "Austrittsurlaubsgeld"},
    "year_end_premium": {"en": "Year-end premium", "fr": "Prime de fin d'année",
                         "nl": "Eindejaarspremie", "de": "Jahresendprämie"},
    "fidelity_stamps_be": {"en": "Fidelity stamps", "fr": "Timbres fidélité",
                           "nl": "Getrouwheidszegels", "de": "Treuemarken"},
    "bad_weather_stamps_be": {"en": "Bad-weather stamps", "fr": "Timbres intempéries",
                              "nl": "Weerverletzegels", "de": "Schlechtwettermarken"},
    "notice_pay_be": {"en": "Notice pay", "fr": "Indemnité de préavis",
                      "nl": "Opzeggingsvergoeding", "de": "Kündigungsentschädigung"},
    "holiday_allowance_nl": {"en": "Holiday allowance", "fr": "Pécule de vacances",
                             "nl": "Vakantiebijslag", "de": "Urlaubsgeld"},
    "statutory_increase_nl": {"en": "Statutory increase (BW 7:625)",
                              "fr": "Majoration légale (BW 7:625)",
                              "nl": "Wettelijke verhoging (BW 7:625)",
                              "de": "Gesetzliche Erhöhung (BW 7:625)"},
    "statutory_interest_nl": {"en": "Statutory interest (BW 6:119)",
                              "fr": "Intérêt légal (BW 6:119)",
                              "nl": "Wettelijke rente (BW 6:119)",
                              "de": "Gesetzliche Zinsen (BW 6:119)"},
}

TEXTS: dict[str, dict[str, str]] = {
    "debtor.employer": {"en": "Owed by the employer", "fr": "Dû par l'employeur",
                        "nl": "Verschuldigd door de werkgever", "de": "Vom Arbeitgeber geschuldet"},
    "debtor.fund": {"en": "Owed by the fund once the wages are declared",
                    "fr": "Dû par le fonds une fois la rémunération déclarée",
                    "nl": "Verschuldigd door het fonds zodra het loon is aangegeven",
                    "de": "Vom Fonds geschuldet, sobald der Lohn gemeldet ist"},
    "debtor.court": {"en": "A court may award up to", "fr": "Un tribunal peut accorder jusqu'à",
                     "nl": "Een rechter kan toekennen tot", "de": "Ein Gericht kann bis zu zusprechen"},
    "heads.title": {"en": "Heads of claim", "fr": "Chefs de demande", "nl": "Vorderingen",
                    "de": "Anspruchsposten"},
    "heads.on_order": {"en": "Owed by the employer and due on {date}",
                       "fr": "Dû par l'employeur et exigible au {date}",
                       "nl": "Verschuldigd door de werkgever en opeisbaar op {date}",
                       "de": "Vom Arbeitgeber geschuldet und fällig am {date}"},
    "heads.fund": {"en": "Fund", "fr": "Fonds", "nl": "Fonds", "de": "Fonds"},
    "heads.basis": {"en": "Basis", "fr": "Base", "nl": "Grondslag", "de": "Grundlage"},
    "heads.legal": {"en": "Legal basis", "fr": "Base légale", "nl": "Rechtsgrond",
                    "de": "Rechtsgrundlage"},
    "heads.head": {"en": "Head", "fr": "Chef", "nl": "Post", "de": "Posten"},
    "heads.reference": {"en": "Reference period", "fr": "Période de référence",
                        "nl": "Referteperiode", "de": "Bezugszeitraum"},
    "heads.none": {"en": "None.", "fr": "Aucun.", "nl": "Geen.", "de": "Keine."},
    "fn.holiday_pay": {"en": "Holiday pay not paid by its due date (art. 162, 3° SPC), counted as an "
                             "offence: {items}.",
                       "fr": "Pécule de vacances non payé à son échéance (art. 162, 3° CPS), compté comme "
                             "infraction : {items}.",
                       "nl": "Vakantiegeld niet betaald op de vervaldag (art. 162, 3° SSW), als inbreuk "
                             "geteld: {items}.",
                       "de": "Urlaubsgeld nicht zum Fälligkeitstag gezahlt (Art. 162, 3° SozStGB), als "
                             "Verstoß gezählt: {items}."},
    "fn.head_fines": {"en": "Holiday allowance fine (art. 15 WML), beside the wage fine: {items}. "
                            "Total {total}.",
                      "fr": "Amende pour pécule de vacances (art. 15 WML), à côté de l'amende salariale : "
                            "{items}. Total {total}.",
                      "nl": "Boete vakantiebijslag (art. 15 Wml), naast de loonboete: {items}. Totaal {total}.",
                      "de": "Bußgeld Urlaubsgeld (Art. 15 WML), neben dem Lohnbußgeld: {items}. "
                            "Summe {total}."},
}


def head_title(head: str, lang: str) -> str:
    """The name of ``head`` in ``lang`` (English when missing; the id when unknown)."""
    entry = HEAD_TITLES.get(head)
    if entry is None:
        return head
    return entry.get(lang) or entry["en"]


def ht(key: str, lang: str, **values: object) -> str:
    """A heads text in ``lang`` with ``{placeholders}`` filled."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text
