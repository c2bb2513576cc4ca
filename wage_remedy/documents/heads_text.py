"""Words for the heads of claim (docs/heads.md) in the document languages: the head's name, who
owes it and how that is printed, its basis and its warnings; the head's name also in every worker
language (the worker's part of a payment order or a receipt). English is the fallback for a missing
language. The app shows the same words (through ``wage_remedy.api``)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wage_remedy.law.schema import PayerName

# The head names in the document languages and, for the worker's part of a payment order or a
# receipt, in the other worker languages (documents/i18n.py WORKER_LANGUAGES). The worker-language
# names are plain words for a worker who reads little: where a Belgian or Dutch term has no
# equivalent they describe it ("holiday pay", "end-of-year bonus"). Not checked by native speakers.
HEAD_TITLES: dict[str, dict[str, str]] = {
    "wages": {"en": "Wages", "fr": "Rémunération", "nl": "Loon", "de": "Lohn",
              "pl": "Wynagrodzenie", "ro": "Salariu", "bg": "Възнаграждение", "pt": "Salário",
              "es": "Salario", "uk": "Заробітна плата"},
    "holiday_pay_fund_be": {"en": "Holiday pay (blue-collar, holiday fund)",
                            "fr": "Pécule de vacances (ouvrier, caisse de vacances)",
                            "nl": "Vakantiegeld (arbeider, vakantiefonds)",
                            "de": "Urlaubsgeld (Arbeiter, Urlaubskasse)",
                            "pl": "Wynagrodzenie urlopowe (pracownik fizyczny, kasa urlopowa)",
                            "ro": "Indemnizație de concediu (muncitor, casa de concedii)",
                            "bg": "Пари за отпуск (работник, фонд за отпуски)",
                            "pt": "Subsídio de férias (operário, caixa de férias)",
                            "es": "Paga de vacaciones (obrero, caja de vacaciones)",
                            "uk": "Відпускні (робітник, фонд відпусток)"},
    "double_holiday_pay_be": {"en": "Double holiday pay", "fr": "Double pécule de vacances",
                              "nl": "Dubbel vakantiegeld", "de": "Doppeltes Urlaubsgeld",
                              "pl": "Podwójne wynagrodzenie urlopowe",
                              "ro": "Indemnizație de concediu dublă", "bg": "Двойни пари за отпуск",
                              "pt": "Duplo subsídio de férias", "es": "Doble paga de vacaciones",
                              "uk": "Подвійні відпускні"},
    "exit_holiday_pay_be": {"en": "Exit holiday pay", "fr": "Pécule de vacances de sortie",
                            "nl": "Vertrekvakantiegeld", "de": "Austrittsurlaubsgeld",
                            "pl": "Wynagrodzenie urlopowe przy odejściu z pracy",
                            "ro": "Indemnizație de concediu la plecarea din firmă",
                            "bg": "Пари за отпуск при напускане",
                            "pt": "Subsídio de férias à saída da empresa",
                            "es": "Paga de vacaciones al dejar la empresa",
                            "uk": "Відпускні при звільненні"},
    "year_end_premium": {"en": "Year-end premium", "fr": "Prime de fin d'année",
                         "nl": "Eindejaarspremie", "de": "Jahresendprämie",
                         "pl": "Premia na koniec roku", "ro": "Primă de sfârșit de an",
                         "bg": "Премия в края на годината", "pt": "Prémio de fim de ano",
                         "es": "Prima de fin de año", "uk": "Премія наприкінці року"},
    "fidelity_stamps_be": {"en": "Fidelity stamps", "fr": "Timbres fidélité",
                           "nl": "Getrouwheidszegels", "de": "Treuemarken",
                           "pl": "Znaczki lojalnościowe (budownictwo)",
                           "ro": "Timbre de fidelitate (construcții)",
                           "bg": "Марки за лоялност (строителство)",
                           "pt": "Selos de fidelidade (construção)",
                           "es": "Sellos de fidelidad (construcción)",
                           "uk": "Марки за вірність (будівництво)"},
    "bad_weather_stamps_be": {"en": "Bad-weather stamps", "fr": "Timbres intempéries",
                              "nl": "Weerverletzegels", "de": "Schlechtwettermarken",
                              "pl": "Znaczki za niepogodę (budownictwo)",
                              "ro": "Timbre pentru vreme rea (construcții)",
                              "bg": "Марки за лошо време (строителство)",
                              "pt": "Selos de mau tempo (construção)",
                              "es": "Sellos por mal tiempo (construcción)",
                              "uk": "Марки за негоду (будівництво)"},
    "notice_pay_be": {"en": "Notice pay", "fr": "Indemnité de préavis",
                      "nl": "Opzeggingsvergoeding", "de": "Kündigungsentschädigung",
                      "pl": "Odszkodowanie za okres wypowiedzenia",
                      "ro": "Indemnizație în locul preavizului",
                      "bg": "Обезщетение за неспазено предизвестие",
                      "pt": "Indemnização por falta de aviso prévio",
                      "es": "Indemnización por falta de preaviso",
                      "uk": "Компенсація за строк попередження про звільнення"},
    "holiday_allowance_nl": {"en": "Holiday allowance", "fr": "Pécule de vacances",
                             "nl": "Vakantiebijslag", "de": "Urlaubsgeld",
                             "pl": "Dodatek urlopowy", "ro": "Primă de vacanță",
                             "bg": "Добавка за отпуск", "pt": "Subsídio de férias",
                             "es": "Paga extra de vacaciones", "uk": "Відпускна надбавка"},
    "statutory_increase_nl": {"en": "Statutory increase (BW 7:625)",
                              "fr": "Majoration légale (BW 7:625)",
                              "nl": "Wettelijke verhoging (BW 7:625)",
                              "de": "Gesetzliche Erhöhung (BW 7:625)",
                              "pl": "Dodatek za opóźnienie wypłaty (BW 7:625)",
                              "ro": "Majorare pentru plata cu întârziere (BW 7:625)",
                              "bg": "Добавка за забавено плащане (BW 7:625)",
                              "pt": "Acréscimo por pagamento em atraso (BW 7:625)",
                              "es": "Recargo por pago con retraso (BW 7:625)",
                              "uk": "Надбавка за затримку виплати (BW 7:625)"},
    "statutory_interest_nl": {"en": "Statutory interest (BW 6:119)",
                              "fr": "Intérêt légal (BW 6:119)",
                              "nl": "Wettelijke rente (BW 6:119)",
                              "de": "Gesetzliche Zinsen (BW 6:119)",
                              "pl": "Odsetki ustawowe (BW 6:119)", "ro": "Dobândă legală (BW 6:119)",
                              "bg": "Законна лихва (BW 6:119)", "pt": "Juros legais (BW 6:119)",
                              "es": "Intereses legales (BW 6:119)",
                              "uk": "Законні відсотки (BW 6:119)"},
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
    "heads.head": {"en": "Head of claim", "fr": "Chef de demande", "nl": "Vordering",
                   "de": "Anspruchsposten"},
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


def head_title(head: str, lang: str, fallback: str = "en") -> str:
    """The name of ``head`` in ``lang``; in ``fallback`` when ``lang`` has none (a worker's part
    passes the document's language: never a third language), then English; the id when unknown."""
    entry = HEAD_TITLES.get(head)
    if entry is None:
        return head
    return entry.get(lang) or entry.get(fallback) or entry["en"]


def ht(key: str, lang: str, **values: object) -> str:
    """A heads text in ``lang`` with ``{placeholders}`` filled."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


# ---------------------------------------------------------------- bases and warnings in words
# A head's basis (Head.basis_code, basis_params) and a head warning (Warning_.code, params) in the
# document or interface language. The figures are params (plain strings); the caller formats them
# for its language (money, numbers and dates); a parameter is formatted by its name.

_MONEY = frozenset({"base", "amount", "shortfall", "monthly", "unpaid", "due", "paid",
                    "base_prev", "amount_prev", "base_cur", "amount_cur"})
_NUMBER = frozenset({"percent", "factor", "hours", "tranche_days", "rate", "legal", "paid_rate",
                     "weekly_hours", "weeks", "per_year"})
_DATE = frozenset({"start", "end", "ended", "as_of", "stop", "gap", "date"})

BASIS: dict[str, dict[str, str]] = {
    "wages": {
        "en": "{lines} line(s): hours × binding hourly rate × (1 + premium); {due} due, {paid} paid",
        "fr": "{lines} ligne(s) : heures × taux horaire applicable × (1 + supplément) ; {due} dû, {paid} payé",
        "nl": "{lines} regel(s): uren × toepasselijk uurloon × (1 + toeslag); {due} verschuldigd, "
              "{paid} betaald",
        "de": "{lines} Zeile(n): Stunden × maßgeblicher Stundenlohn × (1 + Zuschlag); {due} geschuldet, "
              "{paid} gezahlt"},
    "holiday_pay_fund_be": {
        "en": "wage arrears {year}: {base} × {factor} × {percent} % = {amount}",
        "fr": "arriérés de rémunération {year} : {base} × {factor} × {percent} % = {amount}",
        "nl": "achterstallig loon {year}: {base} × {factor} × {percent} % = {amount}",
        "de": "Lohnrückstand {year}: {base} × {factor} × {percent} % = {amount}"},
    "holiday_pay_fund_be.undeclared": {
        "en": "all wages due {year} (undeclared work): {base} × {factor} × {percent} % = {amount}",
        "fr": "toute la rémunération due {year} (travail non déclaré) : {base} × {factor} × {percent} % "
              "= {amount}",
        "nl": "al het verschuldigde loon {year} (niet-aangegeven arbeid): {base} × {factor} × {percent} % "
              "= {amount}",
        "de": "gesamter geschuldeter Lohn {year} (nicht gemeldete Arbeit): {base} × {factor} × {percent} % "
              "= {amount}"},
    "double_holiday_pay_be": {
        "en": "{percent} % × (legal − paid salary of {month}: {shortfall}) × {months}/{per_year} months "
              "worked in {year} = {amount}",
        "fr": "{percent} % × (rémunération légale − payée de {month} : {shortfall}) × {months}/{per_year} "
              "mois prestés en {year} = {amount}",
        "nl": "{percent} % × (wettelijk − betaald loon van {month}: {shortfall}) × {months}/{per_year} "
              "gewerkte maanden in {year} = {amount}",
        "de": "{percent} % × (gesetzliches − gezahltes Gehalt für {month}: {shortfall}) × "
              "{months}/{per_year} gearbeitete Monate in {year} = {amount}"},
    "exit_holiday_pay_be": {
        "en": "{percent} % × wage arrears of the service year(s) {years} ({base}) = {amount}",
        "fr": "{percent} % × arriérés de rémunération de l'exercice de vacances {years} ({base}) = {amount}",
        "nl": "{percent} % × achterstallig loon van het vakantiedienstjaar {years} ({base}) = {amount}",
        "de": "{percent} % × Lohnrückstand des Urlaubsdienstjahres {years} ({base}) = {amount}"},
    "exit_holiday_pay_be.two_years": {  # art. 46: the previous year's amount in addition, each rounded
        "en": "{percent} % × wage arrears of the service year {year_prev} ({base_prev}) = {amount_prev}; "
              "{percent} % × wage arrears of the service year {year_cur} ({base_cur}) = {amount_cur}; "
              "total {amount_prev} + {amount_cur} = {amount}",
        "fr": "{percent} % × arriérés de rémunération de l'exercice de vacances {year_prev} ({base_prev}) "
              "= {amount_prev} ; {percent} % × arriérés de rémunération de l'exercice de vacances "
              "{year_cur} ({base_cur}) = {amount_cur} ; total {amount_prev} + {amount_cur} = {amount}",
        "nl": "{percent} % × achterstallig loon van het vakantiedienstjaar {year_prev} ({base_prev}) "
              "= {amount_prev}; {percent} % × achterstallig loon van het vakantiedienstjaar {year_cur} "
              "({base_cur}) = {amount_cur}; totaal {amount_prev} + {amount_cur} = {amount}",
        "de": "{percent} % × Lohnrückstand des Urlaubsdienstjahres {year_prev} ({base_prev}) "
              "= {amount_prev}; {percent} % × Lohnrückstand des Urlaubsdienstjahres {year_cur} "
              "({base_cur}) = {amount_cur}; insgesamt {amount_prev} + {amount_cur} = {amount}"},
    "year_end_pc302": {
        "en": "{hours} h × (legal {legal} − average paid {paid_rate})/h × {tranches}/12 tranches "
              "({presence} presence days / {tranche_days}, {months} complete months) = {amount}",
        "fr": "{hours} h × (taux légal {legal} − taux moyen payé {paid_rate})/h × {tranches}/12 tranches "
              "({presence} jours de présence / {tranche_days}, {months} mois complets) = {amount}",
        "nl": "{hours} u × (wettelijk {legal} − gemiddeld betaald {paid_rate})/u × {tranches}/12 schijven "
              "({presence} aanwezigheidsdagen / {tranche_days}, {months} volledige maanden) = {amount}",
        "de": "{hours} Std. × (gesetzlich {legal} − durchschnittlich gezahlt {paid_rate})/Std. × "
              "{tranches}/12 Tranchen ({presence} Anwesenheitstage / {tranche_days}, {months} volle "
              "Monate) = {amount}"},
    "year_end_pc302.undeclared": {
        "en": "{hours} h × legal rate {legal}/h (undeclared: all of it) × {tranches}/12 tranches "
              "({presence} presence days / {tranche_days}, {months} complete months) = {amount}",
        "fr": "{hours} h × taux légal {legal}/h (non déclaré : en entier) × {tranches}/12 tranches "
              "({presence} jours de présence / {tranche_days}, {months} mois complets) = {amount}",
        "nl": "{hours} u × wettelijk uurloon {legal}/u (niet aangegeven: volledig) × {tranches}/12 "
              "schijven ({presence} aanwezigheidsdagen / {tranche_days}, {months} volledige maanden) "
              "= {amount}",
        "de": "{hours} Std. × gesetzlicher Stundenlohn {legal}/Std. (nicht gemeldet: vollständig) × "
              "{tranches}/12 Tranchen ({presence} Anwesenheitstage / {tranche_days}, {months} volle "
              "Monate) = {amount}"},
    "percent_of_arrears": {
        "en": "{percent} % × wage arrears {start} – {end} ({base}) = {amount}",
        "fr": "{percent} % × arriérés de rémunération du {start} au {end} ({base}) = {amount}",
        "nl": "{percent} % × achterstallig loon van {start} tot {end} ({base}) = {amount}",
        "de": "{percent} % × Lohnrückstand vom {start} bis {end} ({base}) = {amount}"},
    "percent_of_arrears.undeclared": {
        "en": "{percent} % × all wages due (undeclared work) {start} – {end} ({base}) = {amount}",
        "fr": "{percent} % × toute la rémunération due (travail non déclaré) du {start} au {end} ({base}) "
              "= {amount}",
        "nl": "{percent} % × al het verschuldigde loon (niet-aangegeven arbeid) van {start} tot {end} "
              "({base}) = {amount}",
        "de": "{percent} % × gesamter geschuldeter Lohn (nicht gemeldete Arbeit) vom {start} bis {end} "
              "({base}) = {amount}"},
    "year_end_pc200": {
        "en": "{how} × {months}/{per_year} complete months = {amount}",
        "fr": "{how} × {months}/{per_year} mois complets = {amount}",
        "nl": "{how} × {months}/{per_year} volledige maanden = {amount}",
        "de": "{how} × {months}/{per_year} volle Monate = {amount}"},
    "how.scale_row": {
        "en": "{table} category {category}, row {row}: {monthly}/month",
        "fr": "{table} catégorie {category}, échelon {row} : {monthly}/mois",
        "nl": "{table} categorie {category}, rij {row}: {monthly}/maand",
        "de": "{table} Kategorie {category}, Stufe {row}: {monthly}/Monat"},
    "how.scale": {
        "en": "{table} category {category}: {monthly}/month",
        "fr": "{table} catégorie {category} : {monthly}/mois",
        "nl": "{table} categorie {category}: {monthly}/maand",
        "de": "{table} Kategorie {category}: {monthly}/Monat"},
    "how.minimum": {
        "en": "{table}: {monthly}/month", "fr": "{table} : {monthly}/mois",
        "nl": "{table}: {monthly}/maand", "de": "{table}: {monthly}/Monat"},
    "how.hourly": {
        "en": "{rate}/h × {weekly_hours} h × 13/3 = {monthly}/month",
        "fr": "{rate}/h × {weekly_hours} h × 13/3 = {monthly}/mois",
        "nl": "{rate}/u × {weekly_hours} u × 13/3 = {monthly}/maand",
        "de": "{rate}/Std. × {weekly_hours} Std. × 13/3 = {monthly}/Monat"},
    "notice_pay_be.monthly": {
        "en": "{weeks} weeks ({months} months' seniority, row {row} of {notice_table}) × {monthly}/month "
              "({table}) × 3/13 per week = {amount}; read as a dismissal without notice",
        "fr": "{weeks} semaines ({months} mois d'ancienneté, ligne {row} de {notice_table}) × "
              "{monthly}/mois ({table}) × 3/13 par semaine = {amount} ; lu comme un licenciement sans "
              "préavis",
        "nl": "{weeks} weken ({months} maanden anciënniteit, rij {row} van {notice_table}) × "
              "{monthly}/maand ({table}) × 3/13 per week = {amount}; gelezen als een ontslag zonder "
              "opzegtermijn",
        "de": "{weeks} Wochen ({months} Monate Dienstalter, Zeile {row} von {notice_table}) × "
              "{monthly}/Monat ({table}) × 3/13 je Woche = {amount}; als Entlassung ohne "
              "Kündigungsfrist gelesen"},
    "notice_pay_be.hourly": {
        "en": "{weeks} weeks ({months} months' seniority, row {row} of {notice_table}) × {rate}/h × "
              "{weekly_hours} h a week = {amount}; read as a dismissal without notice",
        "fr": "{weeks} semaines ({months} mois d'ancienneté, ligne {row} de {notice_table}) × {rate}/h × "
              "{weekly_hours} h par semaine = {amount} ; lu comme un licenciement sans préavis",
        "nl": "{weeks} weken ({months} maanden anciënniteit, rij {row} van {notice_table}) × {rate}/u × "
              "{weekly_hours} u per week = {amount}; gelezen als een ontslag zonder opzegtermijn",
        "de": "{weeks} Wochen ({months} Monate Dienstalter, Zeile {row} von {notice_table}) × "
              "{rate}/Std. × {weekly_hours} Std. je Woche = {amount}; als Entlassung ohne "
              "Kündigungsfrist gelesen"},
    "holiday_allowance_nl": {
        "en": "{percent} % × wage due {start} – {end} ({base}) = {amount}",
        "fr": "{percent} % × rémunération due du {start} au {end} ({base}) = {amount}",
        "nl": "{percent} % × verschuldigd loon van {start} tot {end} ({base}) = {amount}",
        "de": "{percent} % × geschuldeter Lohn vom {start} bis {end} ({base}) = {amount}"},
    "holiday_allowance_nl.ended": {
        "en": "{percent} % × wage due {start} – {end} ({base}) = {amount}; the contract ended on {ended}",
        "fr": "{percent} % × rémunération due du {start} au {end} ({base}) = {amount} ; le contrat a pris "
              "fin le {ended}",
        "nl": "{percent} % × verschuldigd loon van {start} tot {end} ({base}) = {amount}; de "
              "arbeidsovereenkomst eindigde op {ended}",
        "de": "{percent} % × geschuldeter Lohn vom {start} bis {end} ({base}) = {amount}; der Vertrag "
              "endete am {ended}"},
    "statutory_increase_nl.part": {
        "en": "{period}: {unpaid} × {percent} % ({late} working days late) = {amount}",
        "fr": "{period} : {unpaid} × {percent} % ({late} jours ouvrables de retard) = {amount}",
        "nl": "{period}: {unpaid} × {percent} % ({late} werkdagen te laat) = {amount}",
        "de": "{period}: {unpaid} × {percent} % ({late} Werktage verspätet) = {amount}"},
    "statutory_increase_nl.tail": {
        "en": "at most, on {as_of}: a court may reduce it",
        "fr": "au plus, au {as_of} : un tribunal peut la réduire",
        "nl": "ten hoogste, op {as_of}: een rechter kan ze matigen",
        "de": "höchstens, am {as_of}: ein Gericht kann sie herabsetzen"},
    "statutory_interest_nl.part": {
        "en": "{what}: {unpaid} from {start} = {amount}",
        "fr": "{what} : {unpaid} à partir du {start} = {amount}",
        "nl": "{what}: {unpaid} vanaf {start} = {amount}",
        "de": "{what}: {unpaid} ab {start} = {amount}"},
    "statutory_interest_nl.tail": {
        "en": " (to {stop}, compounded yearly)", "fr": " (jusqu'au {stop}, capitalisés chaque année)",
        "nl": " (tot {stop}, jaarlijks samengesteld)", "de": " (bis {stop}, jährlich kapitalisiert)"},
    "statutory_interest_nl.gap": {
        "en": "; no interest from {gap}: the statutory rates from then are not in the rate data",
        "fr": " ; pas d'intérêts à partir du {gap} : les taux légaux à partir de cette date ne sont pas "
              "dans les données",
        "nl": "; geen rente vanaf {gap}: de wettelijke rentevoeten vanaf dan staan niet in de gegevens",
        "de": "; keine Zinsen ab {gap}: die gesetzlichen Zinssätze ab dann fehlen in den Daten"},
}

WARNINGS: dict[str, dict[str, str]] = {
    "head-not-computed": {
        "en": "{name}: {head} {what}not computed: the rate data does not cover it ({reason}).",
        "fr": "{name} : {head} {what}non calculé : les données de taux ne le couvrent pas ({reason}).",
        "nl": "{name}: {head} {what}niet berekend: de tariefgegevens dekken het niet ({reason}).",
        "de": "{name}: {head} {what}nicht berechnet: die Tarifdaten decken es nicht ab ({reason})."},
    "head-not-computed.seniority_beyond_table": {
        "en": "{name}: {head} not computed: {months} months' seniority is beyond the notice table "
              "({table}, below {limit} months).",
        "fr": "{name} : {head} non calculée : {months} mois d'ancienneté dépassent le tableau des préavis "
              "({table}, moins de {limit} mois).",
        "nl": "{name}: {head} niet berekend: {months} maanden anciënniteit vallen buiten de tabel van de "
              "opzegtermijnen ({table}, minder dan {limit} maanden).",
        "de": "{name}: {head} nicht berechnet: {months} Monate Dienstalter liegen außerhalb der Tabelle "
              "der Kündigungsfristen ({table}, unter {limit} Monaten)."},
    "head-not-owed": {
        "en": "{name}: {head} {year}: nothing owed ({why}).",
        "fr": "{name} : {head} {year} : rien n'est dû ({why}).",
        "nl": "{name}: {head} {year}: niets verschuldigd ({why}).",
        "de": "{name}: {head} {year}: nichts geschuldet ({why})."},
    "head-not-owed.min_days": {
        "en": "{name}: {head} {start} – {end}: {days} worked days, fewer than {min}; not computed (the "
              "alternative gross-pay threshold is not in the rate data).",
        "fr": "{name} : {head} du {start} au {end} : {days} jours prestés, moins de {min} ; non calculée "
              "(le seuil alternatif de rémunération brute n'est pas dans les données).",
        "nl": "{name}: {head} van {start} tot {end}: {days} gewerkte dagen, minder dan {min}; niet "
              "berekend (de alternatieve drempel van het brutoloon staat niet in de gegevens).",
        "de": "{name}: {head} vom {start} bis {end}: {days} Arbeitstage, weniger als {min}; nicht "
              "berechnet (die alternative Bruttolohnschwelle fehlt in den Daten)."},
    "why.serious_cause": {"en": "dismissal for serious cause", "fr": "licenciement pour motif grave",
                          "nl": "ontslag om dringende reden", "de": "Entlassung aus schwerwiegendem Grund"},
    "why.resignation": {"en": "resignation before 31 December", "fr": "démission avant le 31 décembre",
                        "nl": "ontslag door de werknemer vóór 31 december",
                        "de": "Kündigung durch den Arbeitnehmer vor dem 31. Dezember"},
    "why.mutual": {"en": "ended by mutual agreement before 31 December",
                   "fr": "fin de commun accord avant le 31 décembre",
                   "nl": "beëindiging in onderling akkoord vóór 31 december",
                   "de": "einvernehmliche Beendigung vor dem 31. Dezember"},
    "why.min_months": {"en": "bound by contract less than {min} uninterrupted months in the year",
                       "fr": "lié par contrat moins de {min} mois ininterrompus dans l'année",
                       "nl": "minder dan {min} ononderbroken maanden in dienst in het jaar",
                       "de": "weniger als {min} ununterbrochene Monate im Jahr beschäftigt"},
    "why.min_seniority": {"en": "{months} months' seniority on {date}, fewer than {min}",
                          "fr": "{months} mois d'ancienneté au {date}, moins de {min}",
                          "nl": "{months} maanden anciënniteit op {date}, minder dan {min}",
                          "de": "{months} Monate Dienstalter am {date}, weniger als {min}"},
    "overpaid-head": {
        "en": "{name}: {head} {start} – {end}: {paid} paid, more than the {due} due.",
        "fr": "{name} : {head} du {start} au {end} : {paid} payé, plus que les {due} dus.",
        "nl": "{name}: {head} van {start} tot {end}: {paid} betaald, meer dan de verschuldigde {due}.",
        "de": "{name}: {head} vom {start} bis {end}: {paid} gezahlt, mehr als die geschuldeten {due}."},
    "status-unknown": {
        "en": "{name}: holiday pay not computed: the worker's status (blue- or white-collar) is not "
              "given and the sector ({sector}) does not set it.",
        "fr": "{name} : pécule de vacances non calculé : le statut (ouvrier ou employé) n'est pas "
              "indiqué et le secteur ({sector}) ne le fixe pas.",
        "nl": "{name}: vakantiegeld niet berekend: het statuut (arbeider of bediende) is niet opgegeven "
              "en de sector ({sector}) legt het niet vast.",
        "de": "{name}: Urlaubsgeld nicht berechnet: der Status (Arbeiter oder Angestellter) ist nicht "
              "angegeben und der Sektor ({sector}) legt ihn nicht fest."},
    "interest-gap": {
        "en": "{name}: statutory interest (BW 6:119) stops on {date}: the rates from {gap} are not in "
              "{table}.",
        "fr": "{name} : les intérêts légaux (BW 6:119) s'arrêtent au {date} : les taux à partir du {gap} "
              "ne sont pas dans {table}.",
        "nl": "{name}: de wettelijke rente (BW 6:119) stopt op {date}: de rentevoeten vanaf {gap} staan "
              "niet in {table}.",
        "de": "{name}: die gesetzlichen Zinsen (BW 6:119) enden am {date}: die Zinssätze ab {gap} fehlen "
              "in {table}."},
    # compute/rates.py scale_kept_warning (docs/method.md, step 3; rates/FORMAT.md, after_service)
    "continuing-scale-missing": {
        "en": "{name}: from {start} to {end} the scale that applies after {months} months of service in "
              "the undertaking ({table}) has no figures in the rate data (they start on {date}); the "
              "earlier scale ({sector}) was used and the amounts may be too low.",
        "fr": "{name} : du {start} au {end}, le barème applicable après {months} mois de service dans "
              "l'entreprise ({table}) n'a pas de montants dans les données de taux (ils commencent le "
              "{date}) ; le barème précédent ({sector}) a été appliqué et les montants peuvent être trop bas.",
        "nl": "{name}: van {start} tot {end} heeft het barema dat geldt na {months} maanden dienst in de "
              "onderneming ({table}) geen bedragen in de tariefgegevens (die beginnen op {date}); het "
              "vorige barema ({sector}) is gebruikt en de bedragen kunnen te laag zijn.",
        "de": "{name}: vom {start} bis {end} hat die Tabelle, die nach {months} Monaten Dienst im "
              "Unternehmen gilt ({table}), keine Beträge in den Tarifdaten (diese beginnen am {date}); die "
              "vorherige Tabelle ({sector}) wurde angewandt, die Beträge können zu niedrig sein."},
}


def _sep(lang: str) -> str:
    """The list separator: French puts a space before the semicolon."""
    return " ; " if lang == "fr" else "; "


_TABLE_PARAMS = frozenset({"table", "sector", "notice_table"})  # rate table ids: shown by title


@functools.lru_cache(maxsize=1)
def _bundled_tables() -> dict[str, Any]:
    """The bundled rate tables by id, read once per process (titles and paying bodies' names)."""
    try:
        from wage_remedy.law.catalogue import default_rates_dir
        from wage_remedy.law.loader import load_rate_dir
        tables, _problems = load_rate_dir(default_rates_dir())
    except Exception:  # pragma: no cover - no bundled rates: ids are shown
        return {}
    return tables


@functools.lru_cache(maxsize=1)
def _bundled_titles() -> dict[str, Any]:
    """The titles (``title: {en, fr, nl, de}``) of the bundled rate tables by id."""
    return {tid: tb.title for tid, tb in _bundled_tables().items()}


def rate_title(table: str, lang: str) -> str:
    """A rate table as a reader knows it: its title in ``lang`` without the country prefix
    (``CP 302 industrie hôtelière (horeca) : salaires horaires minimums``), never its id; the id
    only for a table the program does not ship. A ``#part`` suffix is dropped (the caller names it)."""
    base = table.partition("#")[0].partition("@")[0]
    titles = _bundled_titles().get(base)
    if titles is None:
        return table
    return re.sub(r"^[^–:]{1,24} – ", "", str(titles.get(lang)))


def _pick(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    entry = table[key]
    return entry.get(lang) or entry["en"]


class _Formats:
    """Formats a parameter by its name (money, number, date; anything else as it is)."""

    def __init__(self, money: Callable[[Decimal], str] | None, number: Callable[[Decimal], str] | None,
                 date: Callable[[dt.date], str] | None, lang: str | None = None):
        self.money, self.number, self.date, self.lang = money, number, date, lang

    def __call__(self, name: str, value: str) -> str:
        base = name.rpartition(".")[2]
        if base in _TABLE_PARAMS and self.lang is not None and value:
            return rate_title(value, self.lang)
        try:
            if base in _MONEY and self.money is not None:
                return self.money(Decimal(value))
            if base in _NUMBER and self.number is not None:
                return self.number(Decimal(value))
            if base in _DATE and self.date is not None:
                return self.date(dt.date.fromisoformat(value))
        except (ArithmeticError, ValueError):
            return value
        return value

    def all(self, params: Mapping[str, str]) -> dict[str, str]:
        return {k: self(k, v) for k, v in params.items()}


def _parts(params: Mapping[str, str], key: str, lang: str, fmt: _Formats) -> list[str]:
    """The numbered parts ``<n>.<name>`` of a basis, each through the template ``key``."""
    out = []
    for n in range(int(params.get("parts", "0"))):
        part = {k.partition(".")[2]: fmt(k, v) for k, v in params.items() if k.startswith(f"{n}.")}
        if "what" not in part:
            part["what"] = part.get("period") or head_title(part.get("head", ""), lang)
        out.append(_pick(BASIS, key, lang).format_map(_Blank(part)))
    return out


class _Blank(dict[str, str]):
    """format_map values: a missing name prints as an empty string, never raises."""

    def __missing__(self, key: str) -> str:
        return ""


def basis_text(code: str, params: Mapping[str, str], lang: str, fallback: str = "", *,
               money: Callable[[Decimal], str] | None = None, number: Callable[[Decimal], str] | None = None,
               date: Callable[[dt.date], str] | None = None) -> str:
    """A head's basis (``Head.basis_code``, ``basis_params``) in ``lang`` with its figures formatted
    by the given functions; ``fallback`` (the English ``Head.basis``) for an unknown code."""
    fmt = _Formats(money, number, date, lang)
    if code == "statutory_increase_nl":
        parts = _parts(params, "statutory_increase_nl.part", lang, fmt)
        tail = _pick(BASIS, "statutory_increase_nl.tail", lang).format_map(_Blank(fmt.all(params)))
        return _sep(lang).join([*parts, tail])
    if code == "statutory_interest_nl":
        text = _sep(lang).join(_parts(params, "statutory_interest_nl.part", lang, fmt))
        text += _pick(BASIS, "statutory_interest_nl.tail", lang).format_map(_Blank(fmt.all(params)))
        if params.get("gap"):
            text += _pick(BASIS, "statutory_interest_nl.gap", lang).format_map(_Blank(fmt.all(params)))
        return text
    if code not in BASIS:
        return fallback
    values = _Blank(fmt.all(params))
    how = params.get("how")
    if how and f"how.{how}" in BASIS:
        values["how"] = _pick(BASIS, f"how.{how}", lang).format_map(values)
    return _pick(BASIS, code, lang).format_map(values)


def head_basis(h: Any, lang: str, **formats: Any) -> str:
    """The basis of head ``h`` in ``lang`` (see ``basis_text``)."""
    return basis_text(h.basis_code, dict(h.basis_params), lang, h.basis, **formats)


def warning_text(code: str, params: Mapping[str, str], lang: str, *,
                 money: Callable[[Decimal], str] | None = None, number: Callable[[Decimal], str] | None = None,
                 date: Callable[[dt.date], str] | None = None) -> str | None:
    """A heads warning (codes head-not-computed, head-not-owed, overpaid-head, status-unknown,
    interest-gap) in ``lang`` from its params; None for a code this module does not word."""
    fmt = _Formats(money, number, date, lang)
    values = _Blank(fmt.all(params))
    if "head" in params:
        values["head"] = head_title(params["head"], lang)
    reason = params.get("reason", "")
    if code == "head-not-computed":
        if reason == "seniority_beyond_table":
            return _pick(WARNINGS, "head-not-computed.seniority_beyond_table", lang).format_map(values)
        what = params.get("year") or params.get("period")
        values["what"] = f"{what} " if what else ""
        return _pick(WARNINGS, code, lang).format_map(values)
    if code == "head-not-owed":
        if reason == "min_days":
            return _pick(WARNINGS, "head-not-owed.min_days", lang).format_map(values)
        values["why"] = (_pick(WARNINGS, f"why.{reason}", lang).format_map(values)
                         if f"why.{reason}" in WARNINGS else reason)
        return _pick(WARNINGS, code, lang).format_map(values)
    if code == "status-unknown":
        values["sector"] = rate_title(params["sector"], lang) if params.get("sector") else "—"
    if code in WARNINGS:
        return _pick(WARNINGS, code, lang).format_map(values)
    return None


# The legal basis of each head (compute/heads.py LEGAL_BASIS in English), by head id; ``wages``
# by jurisdiction (wages_BE, wages_NL); the year-end premium names its sector.
LEGAL: dict[str, dict[str, str]] = {
    "wages_BE": {
        "en": "Wage Protection Act of 12 April 1965, arts. 9 and 10; sector and national minimum wages",
        "fr": "Loi du 12 avril 1965 concernant la protection de la rémunération, art. 9 et 10 ; salaires "
              "minimums sectoriels et national",
        "nl": "Wet van 12 april 1965 betreffende de bescherming van het loon, art. 9 en 10; sectorale en "
              "nationale minimumlonen",
        "de": "Gesetz vom 12. April 1965 über den Schutz der Entlohnung, Art. 9 und 10; sektorale und "
              "nationale Mindestlöhne"},
    "wages_NL": {
        "en": "Wet minimumloon en minimumvakantiebijslag, art. 7; BW art. 7:623",
        "fr": "Wet minimumloon en minimumvakantiebijslag (loi sur le salaire minimum), art. 7 ; BW art. 7:623",
        "nl": "Wet minimumloon en minimumvakantiebijslag, art. 7; BW art. 7:623",
        "de": "Wet minimumloon en minimumvakantiebijslag (Mindestlohngesetz), Art. 7; BW Art. 7:623"},
    "holiday_pay_fund_be": {
        "en": "Royal Decree of 30 March 1967 on annual holidays (blue-collar holiday pay, paid by the "
              "holiday fund on declared wages)",
        "fr": "Arrêté royal du 30 mars 1967 relatif aux vacances annuelles (pécule des ouvriers, payé par "
              "la caisse de vacances sur la rémunération déclarée)",
        "nl": "Koninklijk besluit van 30 maart 1967 betreffende de jaarlijkse vakantie (vakantiegeld van "
              "arbeiders, betaald door het vakantiefonds op het aangegeven loon)",
        "de": "Königlicher Erlass vom 30. März 1967 über den Jahresurlaub (Urlaubsgeld der Arbeiter, von "
              "der Urlaubskasse auf den gemeldeten Lohn gezahlt)"},
    "double_holiday_pay_be": {
        "en": "Royal Decree of 30 March 1967 on annual holidays (double holiday pay); Social Penal Code "
              "art. 162, 3°",
        "fr": "Arrêté royal du 30 mars 1967 relatif aux vacances annuelles (double pécule) ; Code pénal "
              "social, art. 162, 3°",
        "nl": "Koninklijk besluit van 30 maart 1967 betreffende de jaarlijkse vakantie (dubbel "
              "vakantiegeld); Sociaal Strafwetboek, art. 162, 3°",
        "de": "Königlicher Erlass vom 30. März 1967 über den Jahresurlaub (doppeltes Urlaubsgeld); "
              "Sozialstrafgesetzbuch, Art. 162, 3°"},
    "exit_holiday_pay_be": {
        "en": "Royal Decree of 30 March 1967 on annual holidays, art. 46 (exit holiday pay); Social "
              "Penal Code art. 162, 3°",
        "fr": "Arrêté royal du 30 mars 1967 relatif aux vacances annuelles, art. 46 (pécule de sortie) ; "
              "Code pénal social, art. 162, 3°",
        "nl": "Koninklijk besluit van 30 maart 1967 betreffende de jaarlijkse vakantie, art. 46 "
              "(vertrekvakantiegeld); Sociaal Strafwetboek, art. 162, 3°",
        "de": "Königlicher Erlass vom 30. März 1967 über den Jahresurlaub, Art. 46 "
              "(Austrittsurlaubsgeld); Sozialstrafgesetzbuch, Art. 162, 3°"},
    "year_end_premium": {
        "en": "Sector collective agreement on the year-end premium ({sector}); Wage Protection Act "
              "art. 10 when the employer owes it",
        "fr": "Convention collective sectorielle relative à la prime de fin d'année ({sector}) ; loi du "
              "12 avril 1965, art. 10, lorsque l'employeur la doit",
        "nl": "Sectorale cao over de eindejaarspremie ({sector}); loonbeschermingswet, art. 10, als de "
              "werkgever ze verschuldigd is",
        "de": "Sektorales Tarifabkommen über die Jahresendprämie ({sector}); Lohnschutzgesetz, Art. 10, "
              "wenn der Arbeitgeber sie schuldet"},
    "fidelity_stamps_be": {
        "en": "JC 124 collective agreements (fidelity stamps, Fonds de sécurité d'existence)",
        "fr": "Conventions collectives de la CP 124 (timbres fidélité, Fonds de sécurité d'existence)",
        "nl": "Cao's van PC 124 (getrouwheidszegels, Fonds voor bestaanszekerheid)",
        "de": "Tarifabkommen der PK 124 (Treuemarken, Existenzsicherheitsfonds)"},
    "bad_weather_stamps_be": {
        "en": "JC 124 collective agreements (bad-weather stamps, Fonds de sécurité d'existence)",
        "fr": "Conventions collectives de la CP 124 (timbres intempéries, Fonds de sécurité d'existence)",
        "nl": "Cao's van PC 124 (weerverletzegels, Fonds voor bestaanszekerheid)",
        "de": "Tarifabkommen der PK 124 (Schlechtwettermarken, Existenzsicherheitsfonds)"},
    "notice_pay_be": {
        "en": "Law of 3 July 1978 on employment contracts, arts. 37/2 and 39 (notice pay); Wage "
              "Protection Act art. 10 (interest)",
        "fr": "Loi du 3 juillet 1978 relative aux contrats de travail, art. 37/2 et 39 (indemnité de "
              "préavis) ; loi du 12 avril 1965, art. 10 (intérêts)",
        "nl": "Wet van 3 juli 1978 betreffende de arbeidsovereenkomsten, art. 37/2 en 39 "
              "(opzeggingsvergoeding); loonbeschermingswet, art. 10 (interest)",
        "de": "Gesetz vom 3. Juli 1978 über die Arbeitsverträge, Art. 37/2 und 39 "
              "(Kündigungsentschädigung); Lohnschutzgesetz, Art. 10 (Zinsen)"},
    "holiday_allowance_nl": {
        "en": "Wet minimumloon en minimumvakantiebijslag, arts. 15 and 17",
        "fr": "Wet minimumloon en minimumvakantiebijslag, art. 15 et 17",
        "nl": "Wet minimumloon en minimumvakantiebijslag, art. 15 en 17",
        "de": "Wet minimumloon en minimumvakantiebijslag, Art. 15 und 17"},
    "statutory_increase_nl": {
        "en": "BW art. 7:625 (statutory increase; a court may reduce it)",
        "fr": "BW art. 7:625 (majoration légale ; un tribunal peut la réduire)",
        "nl": "BW art. 7:625 (wettelijke verhoging; de rechter kan ze matigen)",
        "de": "BW Art. 7:625 (gesetzliche Erhöhung; ein Gericht kann sie herabsetzen)"},
    "statutory_interest_nl": {
        "en": "BW arts. 6:119 and 6:120 (statutory interest, compounded yearly)",
        "fr": "BW art. 6:119 et 6:120 (intérêts légaux, capitalisés chaque année)",
        "nl": "BW art. 6:119 en 6:120 (wettelijke rente, jaarlijks samengesteld)",
        "de": "BW Art. 6:119 und 6:120 (gesetzliche Zinsen, jährlich kapitalisiert)"},
}


@functools.lru_cache(maxsize=1)
def _fund_names() -> dict[str, PayerName]:
    """The paying bodies' names (``Head.fund`` is the English one, set by compute/heads.py from
    the rate tables' ``payer`` blocks, rates/FORMAT.md) -> their ``PayerName`` in every document
    language, from the tables of the program's rates (with the user's rates folder over them);
    empty when they cannot be read (the English name is then printed)."""
    from wage_remedy.law.catalogue import with_user_rates
    from wage_remedy.law.loader import RateFileError

    try:  # the bundled tables already read for the titles, with the user's rates folder over them
        tables = with_user_rates(dict(_bundled_tables()))[0]
    except RateFileError:
        return {}
    out: dict[str, PayerName] = {}
    for tid in sorted(tables):
        payer = tables[tid].payer
        if payer is not None:
            for entry in (payer, *(payer.sectors or {}).values()):
                out.setdefault(entry.name.en, entry.name)
    return out


def fund_name(fund: str | None, lang: str) -> str:
    """The name of the fund that owes a head, in ``lang`` (the computation's English text when no
    translation is known); empty when no fund owes it."""
    if not fund:
        return ""
    name = _fund_names().get(fund)
    return name.get(lang) if name is not None else fund


def head_legal(h: Any, lang: str, jurisdiction: str) -> str:
    """The legal basis of head ``h`` in ``lang`` (its English ``legal_basis`` when not worded here)."""
    key = f"wages_{jurisdiction}" if h.head == "wages" else h.head
    if key not in LEGAL:
        return str(h.legal_basis)
    sector = dict(h.basis_params).get("sector", "")
    return _pick(LEGAL, key, lang).format_map(_Blank(sector=rate_title(sector, lang) if sector else ""))


HEADINGS: dict[str, dict[str, str]] = {
    "head-not-computed": {"en": "A head of claim could not be computed",
                          "fr": "Un chef de demande n'a pas pu être calculé",
                          "nl": "Een vordering kon niet worden berekend",
                          "de": "Ein Anspruchsposten konnte nicht berechnet werden"},
    "head-not-owed": {"en": "A head of claim is not owed", "fr": "Un chef de demande n'est pas dû",
                      "nl": "Een vordering is niet verschuldigd", "de": "Ein Anspruchsposten ist nicht geschuldet"},
    "overpaid-head": {"en": "A head of claim was overpaid", "fr": "Un chef de demande a été payé en trop",
                      "nl": "Een vordering werd te veel betaald", "de": "Ein Anspruchsposten wurde überzahlt"},
    "status-unknown": {"en": "Blue- or white-collar status unknown", "fr": "Statut ouvrier ou employé inconnu",
                       "nl": "Statuut arbeider of bediende onbekend",
                       "de": "Status Arbeiter oder Angestellter unbekannt"},
    "interest-gap": {"en": "Statutory interest rates missing", "fr": "Taux d'intérêt légal manquants",
                     "nl": "Wettelijke rentevoeten ontbreken", "de": "Gesetzliche Zinssätze fehlen"},
    "continuing-scale-missing": {"en": "Pay scale after the first months of service not in the data",
                                 "fr": "Barème après les premiers mois de service absent des données",
                                 "nl": "Barema na de eerste maanden dienst ontbreekt in de gegevens",
                                 "de": "Tabelle nach den ersten Dienstmonaten fehlt in den Daten"},
}


def warning_heading(code: str, lang: str) -> str | None:
    """A heading for a heads warning code in ``lang``; None for another code."""
    return _pick(HEADINGS, code, lang) if code in HEADINGS else None
