"""The claim-check PDF: claimed vs computed per period, the likely causes, the rate versions used
and the case's verification code, in French, Dutch, German or English.

Deterministic: the same case, report and language give the same bytes (reportlab ``invariant``
mode). Amounts and dates are formatted for the language here, at the edge; every figure comes
from the ClaimReport and its Result.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wage_remedy import __version__
from wage_remedy.case.model import CaseFile
from wage_remedy.claims import TOTAL_FIELD, Cause, ClaimReport, ClaimResult, ClaimRow
from wage_remedy.compute.result import Result
from wage_remedy.documents import DocumentError, fonts
from wage_remedy.documents.i18n import TEXTS
from wage_remedy.documents.render import (
    ACCENT,
    BOX_BG,
    FLAG,
    GRID,
    HEAD_BG,
    MARGIN_X,
    PAGE_W,
    WIDTH,
    Fmt,
)

LANGS: tuple[str, ...] = ("fr", "nl", "de", "en")
AGREE = colors.HexColor("#1E6B34")

# ------------------------------------------------------------------------------------ texts
LABELS: dict[str, dict[str, str]] = {
    "title": {"en": "Claim check", "fr": "Vérification d'une réclamation",
              "nl": "Controle van een vordering", "de": "Prüfung einer Forderung"},
    "case": {"en": "Case", "fr": "Dossier", "nl": "Dossier", "de": "Akte"},
    "employer": {"en": "Employer", "fr": "Employeur", "nl": "Werkgever", "de": "Arbeitgeber"},
    "as_of": {"en": "Computed as of", "fr": "Calcul arrêté au", "nl": "Berekend op",
              "de": "Berechnet zum"},
    "verification": {"en": "Verification code", "fr": "Code de vérification",
                     "nl": "Verificatiecode", "de": "Prüfcode"},
    "rates_digest": {"en": "Rates digest", "fr": "Empreinte des taux",
                     "nl": "Vingerafdruk van de tarieven", "de": "Prüfsumme der Sätze"},
    "claim": {"en": "Claim {n}", "fr": "Réclamation {n}", "nl": "Vordering {n}", "de": "Forderung {n}"},
    "worker": {"en": "Worker", "fr": "Travailleur", "nl": "Werknemer", "de": "Arbeitnehmer"},
    "by": {"en": "Claimed by", "fr": "Réclamé par", "nl": "Gevorderd door", "de": "Gefordert von"},
    "date": {"en": "Date of the claim", "fr": "Date de la réclamation",
             "nl": "Datum van de vordering", "de": "Datum der Forderung"},
    "range": {"en": "Total claimed over", "fr": "Total réclamé pour la période",
              "nl": "Totaal gevorderd over", "de": "Gesamtforderung für"},
    "col.field": {"en": "Amount", "fr": "Montant", "nl": "Bedrag", "de": "Betrag"},
    "col.claimed": {"en": "Claimed", "fr": "Réclamé", "nl": "Gevorderd", "de": "Gefordert"},
    "col.computed": {"en": "Computed", "fr": "Calculé", "nl": "Berekend", "de": "Berechnet"},
    "col.difference": {"en": "Difference", "fr": "Différence", "nl": "Verschil", "de": "Differenz"},
    "col.causes": {"en": "Likely cause", "fr": "Cause probable", "nl": "Vermoedelijke oorzaak",
                   "de": "Wahrscheinliche Ursache"},
    "field.due": {"en": "due", "fr": "dû", "nl": "verschuldigd", "de": "geschuldet"},
    "field.paid": {"en": "paid", "fr": "payé", "nl": "betaald", "de": "gezahlt"},
    "field.unpaid": {"en": "unpaid", "fr": "impayé", "nl": "onbetaald", "de": "unbezahlt"},
    "field.total_unpaid": {"en": "total unpaid", "fr": "total impayé", "nl": "totaal onbetaald",
                           "de": "unbezahlt gesamt"},
    "agrees": {"en": "Agrees to the cent.", "fr": "Concorde au centime près.",
               "nl": "Stemt tot op de cent overeen.", "de": "Stimmt auf den Cent überein."},
    "covers": {"en": "Computed unpaid per period: {list}.",
               "fr": "Impayé calculé par période : {list}.",
               "nl": "Berekend onbetaald per periode: {list}.",
               "de": "Berechnet unbezahlt je Zeitraum: {list}."},
    "summary": {"en": "{agree} of {n} figures agree to the cent; sum of differences {diff}.",
                "fr": "{agree} montant(s) sur {n} concordent au centime près ; somme des différences {diff}.",
                "nl": "{agree} van {n} bedragen stemmen tot op de cent overeen; som van de verschillen {diff}.",
                "de": "{agree} von {n} Beträgen stimmen auf den Cent überein; Summe der Differenzen {diff}."},
    "all": {"en": "All claims", "fr": "Toutes les réclamations", "nl": "Alle vorderingen",
            "de": "Alle Forderungen"},
    "no_claims": {"en": "The case has no claims to check.",
                  "fr": "Le dossier ne contient aucune réclamation à vérifier.",
                  "nl": "Het dossier bevat geen vorderingen om te controleren.",
                  "de": "Die Akte enthält keine zu prüfenden Forderungen."},
    "rates": {"en": "Rate versions used", "fr": "Versions des taux utilisées",
              "nl": "Gebruikte tariefversies", "de": "Verwendete Satzversionen"},
    "col.table": {"en": "Table", "fr": "Tableau", "nl": "Tabel", "de": "Tabelle"},
    "col.from": {"en": "In force from", "fr": "En vigueur depuis", "nl": "Van kracht vanaf",
                 "de": "Gültig ab"},
    "col.source": {"en": "Source", "fr": "Source", "nl": "Bron", "de": "Quelle"},
    "status.derived": {"en": "derived", "fr": "dérivé", "nl": "afgeleid", "de": "abgeleitet"},
    "method": {
        "en": "Difference = claimed − computed. A cause is named only when it reproduces the "
              "claimed figure to the cent from the case's inputs and the rates. Amounts are gross, "
              "in euro; interest is shown apart from the unpaid wages.",
        "fr": "Différence = réclamé − calculé. Une cause n'est indiquée que si elle reproduit le "
              "montant réclamé au centime près à partir des données du dossier et des taux. "
              "Montants bruts, en euros ; les intérêts sont présentés à part de la rémunération impayée.",
        "nl": "Verschil = gevorderd − berekend. Een oorzaak wordt alleen vermeld als ze het "
              "gevorderde bedrag tot op de cent reproduceert uit de gegevens van het dossier en de "
              "tarieven. Bedragen zijn bruto, in euro; de interest staat los van het onbetaalde loon.",
        "de": "Differenz = gefordert − berechnet. Eine Ursache wird nur genannt, wenn sie den "
              "geforderten Betrag aus den Angaben der Akte und den Sätzen auf den Cent genau ergibt. "
              "Beträge brutto, in Euro; Zinsen werden getrennt vom unbezahlten Lohn ausgewiesen.",
    },
    "page": {"en": "Page {n} of {total}", "fr": "Page {n} sur {total}",
             "nl": "Pagina {n} van {total}", "de": "Seite {n} von {total}"},
    "method.other": {"en": "other", "fr": "autre", "nl": "ander", "de": "sonstige"},
    # ---- causes and notes
    "cause.overtime-premium": {
        "en": "Overtime premium not counted: {amount} is the premium part of {hours} h of overtime "
              "at {rate}/h × {premium} %.",
        "fr": "Sursalaire pour heures supplémentaires non compté : {amount} est la part de "
              "sursalaire de {hours} h supplémentaires à {rate}/h × {premium} %.",
        "nl": "Overurentoeslag niet meegeteld: {amount} is het toeslaggedeelte van {hours} "
              "overuren aan {rate}/u × {premium} %.",
        "de": "Überstundenzuschlag nicht berücksichtigt: {amount} ist der Zuschlagsanteil von "
              "{hours} Überstunden zu {rate}/Std. × {premium} %.",
    },
    "cause.overtime-premium.mixed": {
        "en": "Overtime premium not counted: {amount} is the premium part of {hours} h of overtime.",
        "fr": "Sursalaire pour heures supplémentaires non compté : {amount} est la part de "
              "sursalaire de {hours} h supplémentaires.",
        "nl": "Overurentoeslag niet meegeteld: {amount} is het toeslaggedeelte van {hours} overuren.",
        "de": "Überstundenzuschlag nicht berücksichtigt: {amount} ist der Zuschlagsanteil von "
              "{hours} Überstunden.",
    },
    "cause.flat-premium": {
        "en": "Flat premium not counted: {amount} ({premium_id}).",
        "fr": "Prime forfaitaire non comptée : {amount} ({premium_id}).",
        "nl": "Forfaitaire premie niet meegeteld: {amount} ({premium_id}).",
        "de": "Pauschalzuschlag nicht berücksichtigt: {amount} ({premium_id}).",
    },
    "cause.payment": {
        "en": "A payment not counted: {amount} ({payments}).",
        "fr": "Un paiement non compté : {amount} ({payments}).",
        "nl": "Een betaling niet meegeteld: {amount} ({payments}).",
        "de": "Eine Zahlung nicht berücksichtigt: {amount} ({payments}).",
    },
    "cause.payment-elsewhere": {
        "en": "A payment the computation counts in another period: {amount} paid on {date}, "
              "counted in {period}.",
        "fr": "Un paiement que le calcul compte dans une autre période : {amount} payé le {date}, "
              "compté en {period}.",
        "nl": "Een betaling die de berekening in een andere periode telt: {amount} betaald op "
              "{date}, geteld in {period}.",
        "de": "Eine Zahlung, die die Berechnung einem anderen Zeitraum zurechnet: {amount}, gezahlt "
              "am {date}, gezählt in {period}.",
    },
    "cause.hours.more": {
        "en": "Hours differ: {hours} h more than computed, at {rate}/h{ot}.",
        "fr": "Les heures diffèrent : {hours} h de plus que le calcul, à {rate}/h{ot}.",
        "nl": "De uren verschillen: {hours} u meer dan berekend, aan {rate}/u{ot}.",
        "de": "Die Stunden weichen ab: {hours} Std. mehr als berechnet, zu {rate}/Std.{ot}.",
    },
    "cause.hours.fewer": {
        "en": "Hours differ: {hours} h fewer than computed, at {rate}/h{ot}.",
        "fr": "Les heures diffèrent : {hours} h de moins que le calcul, à {rate}/h{ot}.",
        "nl": "De uren verschillen: {hours} u minder dan berekend, aan {rate}/u{ot}.",
        "de": "Die Stunden weichen ab: {hours} Std. weniger als berechnet, zu {rate}/Std.{ot}.",
    },
    "cause.hours.ot": {
        "en": " (overtime, +{premium} %)", "fr": " (heures supplémentaires, +{premium} %)",
        "nl": " (overuren, +{premium} %)", "de": " (Überstunden, +{premium} %)",
    },
    "cause.rate-category": {
        "en": "A different rate or category: the claim matches {table} category {category}{years} "
              "({rate}/h, version {version}); the computation uses category {own_category} "
              "({own_rate}/h).",
        "fr": "Un autre taux ou une autre catégorie : la réclamation correspond à {table} "
              "catégorie {category}{years} ({rate}/h, version {version}) ; le calcul applique la "
              "catégorie {own_category} ({own_rate}/h).",
        "nl": "Een ander loon of een andere categorie: de vordering komt overeen met {table} "
              "categorie {category}{years} ({rate}/u, versie {version}); de berekening past "
              "categorie {own_category} toe ({own_rate}/u).",
        "de": "Ein anderer Satz oder eine andere Kategorie: die Forderung entspricht {table} "
              "Kategorie {category}{years} ({rate}/Std., Version {version}); die Berechnung wendet "
              "Kategorie {own_category} an ({own_rate}/Std.).",
    },
    "cause.rate-age.student": {
        "en": "Student rate not applied: the claim matches the adult rate ({rate}/h); the "
              "computation applies the student rate ({own_rate}/h).",
        "fr": "Taux étudiant non appliqué : la réclamation correspond au taux adulte ({rate}/h) ; "
              "le calcul applique le taux étudiant ({own_rate}/h).",
        "nl": "Studententarief niet toegepast: de vordering komt overeen met het volwassenenloon "
              "({rate}/u); de berekening past het studententarief toe ({own_rate}/u).",
        "de": "Studentensatz nicht angewandt: die Forderung entspricht dem Erwachsenensatz "
              "({rate}/Std.); die Berechnung wendet den Studentensatz an ({own_rate}/Std.).",
    },
    "cause.rate-age.youth": {
        "en": "Youth (age) rate not applied: the claim matches the adult rate ({rate}/h); the "
              "computation applies the youth rate ({own_rate}/h).",
        "fr": "Taux jeune (âge) non appliqué : la réclamation correspond au taux adulte ({rate}/h) ; "
              "le calcul applique le taux jeune ({own_rate}/h).",
        "nl": "Jongerenloon (leeftijd) niet toegepast: de vordering komt overeen met het "
              "volwassenenloon ({rate}/u); de berekening past het jongerenloon toe ({own_rate}/u).",
        "de": "Jugendsatz (Alter) nicht angewandt: die Forderung entspricht dem Erwachsenensatz "
              "({rate}/Std.); die Berechnung wendet den Jugendsatz an ({own_rate}/Std.).",
    },
    "cause.rate-category.years": {
        "en": ", {years} function years", "fr": ", {years} années de fonction",
        "nl": ", {years} functiejaren", "de": ", {years} Funktionsjahre",
    },
    "cause.rate-category.bare": {
        "en": " Overtime and flat premiums not counted.",
        "fr": " Sursalaires et primes forfaitaires non comptés.",
        "nl": " Overurentoeslag en forfaitaire premies niet meegeteld.",
        "de": " Überstunden- und Pauschalzuschläge nicht berücksichtigt.",
    },
    "cause.interest-included": {
        "en": "Interest included: the claim adds {amount} of legal interest up to {as_of}.",
        "fr": "Intérêts inclus : la réclamation ajoute {amount} d'intérêts légaux jusqu'au {as_of}.",
        "nl": "Interest inbegrepen: de vordering telt {amount} wettelijke interest tot {as_of} mee.",
        "de": "Zinsen enthalten: die Forderung rechnet {amount} gesetzliche Zinsen bis {as_of} hinzu.",
    },
    "cause.no-work": {
        "en": "No work is recorded in the case for this period.",
        "fr": "Aucun travail n'est enregistré dans le dossier pour cette période.",
        "nl": "In het dossier is voor deze periode geen arbeid geregistreerd.",
        "de": "Für diesen Zeitraum ist in der Akte keine Arbeit erfasst.",
    },
    "cause.heads-included": {
        "en": "Other heads of claim included: the claim adds {amount} owed by the employer besides "
              "the wages ({heads}).",
        "fr": "Autres chefs de demande inclus : la demande ajoute {amount} dus par l'employeur en plus "
              "de la rémunération ({heads}).",
        "nl": "Andere vorderingen inbegrepen: de vordering telt {amount} bij die de werkgever naast het "
              "loon verschuldigd is ({heads}).",
        "de": "Andere Anspruchsposten enthalten: die Forderung rechnet {amount} hinzu, die der "
              "Arbeitgeber neben dem Lohn schuldet ({heads}).",
    },
    "cause.heads-not-claimed": {
        "en": "Other heads of claim not included: {amount} is owed by the employer besides the wages "
              "({heads}).",
        "fr": "Autres chefs de demande non inclus : {amount} sont dus par l'employeur en plus de la "
              "rémunération ({heads}).",
        "nl": "Andere vorderingen niet inbegrepen: {amount} is door de werkgever naast het loon "
              "verschuldigd ({heads}).",
        "de": "Andere Anspruchsposten nicht enthalten: {amount} schuldet der Arbeitgeber neben dem "
              "Lohn ({heads}).",
    },
    "cause.interest-not-claimed": {
        "en": "Interest not included: {amount} of legal interest up to {as_of} is owed on top of "
              "this amount.",
        "fr": "Intérêts non inclus : {amount} d'intérêts légaux jusqu'au {as_of} sont dus en plus "
              "de ce montant.",
        "nl": "Interest niet inbegrepen: {amount} wettelijke interest tot {as_of} is bovenop dit "
              "bedrag verschuldigd.",
        "de": "Zinsen nicht enthalten: {amount} gesetzliche Zinsen bis {as_of} sind zusätzlich zu "
              "diesem Betrag geschuldet.",
    },
    "cause.partial-period": {
        "en": "Period {period} is only partly within the claimed dates; it is counted in full.",
        "fr": "La période {period} n'est que partiellement comprise dans les dates réclamées ; "
              "elle est comptée entièrement.",
        "nl": "Periode {period} valt slechts gedeeltelijk binnen de gevorderde data; ze wordt "
              "volledig meegeteld.",
        "de": "Der Zeitraum {period} liegt nur teilweise innerhalb der geforderten Daten; er wird "
              "vollständig gezählt.",
    },
    "cause.not-found": {
        "en": "Cause not found from the case's inputs.",
        "fr": "Cause non trouvée à partir des données du dossier.",
        "nl": "Oorzaak niet gevonden op basis van de gegevens van het dossier.",
        "de": "Ursache aus den Angaben der Akte nicht ermittelt.",
    },
}


def label(key: str, lang: str, **kw: object) -> str:
    """The text ``key`` in ``lang`` with its placeholders filled (the claim-check texts, then the
    texts shared with the other documents)."""
    text = LABELS[key][lang] if key in LABELS else TEXTS[key][lang]
    return text.format(**kw) if kw else text


def has_label(key: str) -> bool:
    """True when ``label`` knows ``key``."""
    return key in LABELS or key in TEXTS


class _Words:
    """Localised figures and cause sentences for one language."""

    def __init__(self, lang: str, jurisdiction: str):
        self.lang = lang
        self.f = Fmt(lang, jurisdiction)

    def signed(self, d: Decimal) -> str:
        return ("+" if d > 0 else "") + self.f.money(d)

    def money(self, d: Decimal) -> str:
        return self.f.money(d) if d == d.quantize(Decimal("0.01")) else self.f.number(d)

    def cause(self, c: Cause) -> str:
        lang, f = self.lang, self.f
        p = c.p
        kw: dict[str, object] = {}
        for k, v in p.items():
            if isinstance(v, Decimal):
                if k == "amount":
                    kw[k] = self.money(v)
                elif k in ("rate", "own_rate"):
                    kw[k] = f.rate(v)
                else:
                    kw[k] = f.number(abs(v))
            elif isinstance(v, dt.date):
                kw[k] = f.tdate(v)
            else:
                kw[k] = "" if v is None else v
        if c.code == "overtime-premium":
            key = "cause.overtime-premium" if p.get("rate") is not None and p.get("premium") is not None \
                else "cause.overtime-premium.mixed"
            return label(key, lang, **kw)
        if c.code == "payment":
            items = [f"{self.money(a)}, {label('method.' + m, lang) if has_label('method.' + m) else m}, "
                     f"{f.tdate(d)}" for d, a, m in p["payments"]]
            kw["payments"] = "; ".join(items)
            return label("cause.payment", lang, **kw)
        if c.code == "hours":
            kw["ot"] = label("cause.hours.ot", lang, premium=f.number(p["premium"])) if p["premium"] else ""
            return label("cause.hours.more" if p["hours"] > 0 else "cause.hours.fewer", lang, **kw)
        if c.code == "rate-age":
            return label(f"cause.rate-age.{p['which']}", lang, **kw)
        if c.code == "rate-category":
            kw["years"] = label("cause.rate-category.years", lang, years=p["years"]) \
                if p.get("years") is not None else ""
            text = label("cause.rate-category", lang, **kw)
            if not p.get("premiums", True):
                text += label("cause.rate-category.bare", lang)
            return text
        key = f"cause.{c.code}"
        if has_label(key):
            return label(key, lang, **kw)
        return c.text

    def period(self, row: ClaimRow) -> str:
        if row.field == TOTAL_FIELD and "/" in row.period:
            a, b = (dt.date.fromisoformat(x) for x in row.period.split("/"))
            return f"{self.f.tdate(a)} – {self.f.tdate(b)}"
        return row.period


# ------------------------------------------------------------------------------------ layout
def _styles() -> dict[str, ParagraphStyle]:
    s, b, c, cb = fonts.SANS, fonts.SANS_BOLD, fonts.COND, fonts.COND_BOLD
    return {
        "h1": ParagraphStyle("h1", fontName=b, fontSize=15, leading=18, textColor=ACCENT, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=10.5, leading=13, textColor=ACCENT,
                             spaceBefore=8, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=s, fontSize=8.6, leading=11, spaceAfter=3),
        "small": ParagraphStyle("small", fontName=s, fontSize=7.4, leading=9.4, spaceAfter=2),
        "label": ParagraphStyle("label", fontName=c, fontSize=7.8, leading=9.6,
                                textColor=colors.HexColor("#555555")),
        "value": ParagraphStyle("value", fontName=s, fontSize=8.4, leading=10.4),
        "value_b": ParagraphStyle("value_b", fontName=b, fontSize=8.4, leading=10.4),
        "cell": ParagraphStyle("cell", fontName=c, fontSize=7.5, leading=9),
        "cell_r": ParagraphStyle("cell_r", fontName=c, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "cell_br": ParagraphStyle("cell_br", fontName=cb, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", fontName=cb, fontSize=7.5, leading=9),
        "head_r": ParagraphStyle("head_r", fontName=cb, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "ok": ParagraphStyle("ok", fontName=c, fontSize=7.5, leading=9, textColor=AGREE),
        "flag": ParagraphStyle("flag", fontName=c, fontSize=7.5, leading=9, textColor=FLAG),
    }


def _e(text: object) -> str:
    return escape(str(text))


def _canvas_class(footer: str, lang: str) -> type[Canvas]:
    """A canvas that prints the footer with ``page n of total`` on every page."""

    class ClaimCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for n, state in enumerate(self._states, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setStrokeColor(GRID)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, 13 * mm, PAGE_W - MARGIN_X, 13 * mm)
                self.setFillColor(colors.HexColor("#444444"))
                self.setFont(fonts.COND, 7.5)
                self.drawString(MARGIN_X, 9 * mm, footer)
                self.drawRightString(PAGE_W - MARGIN_X, 9 * mm, label("page", lang, n=n, total=total))
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return ClaimCanvas


def _kv(rows: Sequence[tuple[str, str]], st: dict[str, ParagraphStyle]) -> Table:
    data = [[Paragraph(_e(k), st["label"]), Paragraph(_e(v), st["value"])] for k, v in rows]
    tbl = Table(data, colWidths=[38 * mm, WIDTH - 38 * mm], hAlign="LEFT")
    tbl.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
    ]))
    return tbl


def _grid(data: list[list[Any]], widths_mm: Sequence[float], totals: bool = False) -> Table:
    scale = WIDTH / (sum(widths_mm) * mm)
    tbl = Table(data, colWidths=[w * mm * scale for w in widths_mm], repeatRows=1, hAlign="LEFT")
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.2), ("RIGHTPADDING", (0, 0), (-1, -1), 2.2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
    ]
    if totals and len(data) > 2:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, -1), (-1, -1), BOX_BG)]
    tbl.setStyle(TableStyle(style))
    return tbl


def _story(case: CaseFile, report: ClaimReport, result: Result, lang: str) -> list[Flowable]:
    """The claim check: the case, each claim row by row with its causes, the totals, the rate
    versions the computation used and any outdated rate table."""
    st = _styles()
    w = _Words(lang, case.jurisdiction)
    story = _intro(case, report, result, lang, st, w)
    for c in report.claims:
        block = _claim_block(c, lang, st, w)
        story.append(KeepTogether(block[:4]))  # the heading stays with the first rows
        story += block[4:]
    if len(report.claims) > 1:
        story.append(Paragraph(_e(label("all", lang)), st["h2"]))
        story.append(Paragraph(_e(label("summary", lang, agree=report.agree, n=len(report.rows),
                                        diff=w.signed(report.difference))), st["body"]))
    return story + _rates_part(result, lang, st, w)


def _intro(case: CaseFile, report: ClaimReport, result: Result, lang: str,
           st: dict[str, ParagraphStyle], w: _Words) -> list[Flowable]:
    """Title, the case's key facts, the method, or that there is no claim."""
    employer = case.employer.name + (f" — {case.employer.enterprise_number}"
                                     if case.employer.enterprise_number else "")
    story: list[Flowable] = [
        Paragraph(_e(f"{label('title', lang)} — {case.reference}"), st["h1"]),
        _kv([(label("case", lang), case.reference), (label("employer", lang), employer),
             (label("as_of", lang), w.f.date(result.as_of)),
             (label("verification", lang), result.verification_code),
             (label("rates_digest", lang), result.rates_digest[:12])], st),
        Spacer(1, 3 * mm), Paragraph(_e(label("method", lang)), st["small"])]
    if not report.claims:
        story.append(Paragraph(_e(label("no_claims", lang)), st["body"]))
    return story


def _claim_block(c: ClaimResult, lang: str, st: dict[str, ParagraphStyle], w: _Words) -> list[Flowable]:
    """One claim: heading, who made it and when, its rows against the computation, the summary."""
    f = w.f

    def L(key: str, **kw: Any) -> str:  # noqa: N802 - a label, as in the other helpers
        return label(key, lang, **kw)

    block: list[Flowable] = [Paragraph(_e(L("claim", n=c.index + 1) + f" — {c.worker_name}"), st["h2"])]
    info = [(L("worker"), f"{c.worker_name} ({c.worker})")]
    if c.by:
        info.append((L("by"), c.by))
    info.append((L("date"), f.date(c.date)))
    if c.kind == "total" and c.from_ and c.to:
        info.append((L("range"), f"{f.tdate(c.from_)} – {f.tdate(c.to)}"))
    block += [_kv(info, st), Spacer(1, 2 * mm)]
    heads = [L("col.period"), L("col.field"), L("col.claimed"), L("col.computed"),
             L("col.difference"), L("col.causes")]
    data: list[list[Any]] = [[Paragraph(_e(h), st["head_r" if 2 <= i <= 4 else "head"])
                              for i, h in enumerate(heads)]]
    data += [[Paragraph(_e(w.period(r)), st["cell"]), Paragraph(_e(L(f"field.{r.field}")), st["cell"]),
              Paragraph(_e(w.money(r.claimed)), st["cell_r"]), Paragraph(_e(w.money(r.computed)), st["cell_r"]),
              Paragraph(_e(w.signed(r.difference)), st["cell_r" if r.agrees else "cell_br"]),
              _why(r, lang, st, w)] for r in c.rows]
    block += [_grid(data, [22, 18, 20, 20, 20, 80]), Spacer(1, 1.5 * mm)]
    block.append(Paragraph(_e(L("summary", agree=c.agree, n=len(c.rows), diff=w.signed(c.difference))),
                           st["body"]))
    return block


def _why(r: ClaimRow, lang: str, st: dict[str, ParagraphStyle], w: _Words) -> list[Flowable]:
    """A claim row's explanation: agrees, or its causes (not found when none), what the claimed
    amount covers, notes."""
    why: list[Flowable] = []
    if r.agrees:
        why.append(Paragraph(_e(label("agrees", lang)), st["ok"]))
    why += [Paragraph(_e(w.cause(x)), st["cell"]) for x in r.causes]
    if not r.agrees and not r.causes:
        why.append(Paragraph(_e(label("cause.not-found", lang)), st["flag"]))
    if r.covers:
        items = ", ".join(f"{s.period} {w.money(s.computed)}" for s in r.covers)
        why.append(Paragraph(_e(label("covers", lang, list=items)), st["cell"]))
    return why + [Paragraph(_e(w.cause(x)), st["cell"]) for x in r.notes]


def _rates_part(result: Result, lang: str, st: dict[str, ParagraphStyle], w: _Words) -> list[Flowable]:
    """The rate versions the computation used, with their status and source, then the outdated
    rate tables (docs/method.md, Rates that are current: stale rates are said on every document)."""
    from wage_remedy.documents.heads_text import rate_title
    from wage_remedy.documents.i18n import t as doc_text

    story: list[Flowable] = [Paragraph(_e(label("rates", lang)), st["h2"])]
    rdata: list[list[Any]] = [[Paragraph(_e(label(k, lang)), st["head"]) for k in
                               ("col.table", "col.from", "col.status", "col.source")]]
    for table, start, status, title, _url in result.rate_versions:
        key = f"status.{status}"
        stext = label(key, lang) if has_label(key) else status
        rdata.append([Paragraph(_e(rate_title(table, lang)), st["cell"]), Paragraph(_e(w.f.tdate(start)), st["cell"]),
                      Paragraph(_e(stext), st["flag" if status in ("derived", "unverified") else "cell"]),
                      Paragraph(_e(title), st["cell"])])
    story.append(_grid(rdata, [40, 22, 25, 93]))
    for wn in result.warnings:
        tid, day = wn.param("table"), wn.param("date")
        if wn.code == "outdated-rate" and tid and day:
            key = "warn.outdated_gap" if wn.param("gap") else "warn.outdated"
            text = doc_text(key, lang, table=rate_title(tid, lang), date=w.f.date(dt.date.fromisoformat(day)))
            story.append(Paragraph(_e("⚠ " + text), st["flag"]))
    return story


def render_claim_check(case: CaseFile, report: ClaimReport, result: Result, *, lang: str) -> bytes:
    """The claim-check PDF (A4, embedded DejaVu fonts) in ``lang`` (fr, nl, de or en).

    Same inputs, same bytes. ``result`` is the computation the report was made from
    (``report.result``); its rate versions and verification code are printed.
    """
    if lang not in LANGS:
        raise DocumentError(f"{lang!r} is not a language of the claim check; allowed: {', '.join(LANGS)}")
    fonts.register_fonts()
    story = _story(case, report, result, lang)
    title = f"{label('title', lang)} — {case.reference}"
    footer = (f"{case.reference}  ·  {label('title', lang)}  ·  {label('verification', lang)} "
              f"{result.verification_code}")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=14 * mm,
        bottomMargin=20 * mm, title=title, author=case.inspection.inspector,
        subject=title, creator=f"wage-remedy {__version__}", keywords=[case.reference, "claim-check"],
        invariant=1, pageCompression=1, lang=w_locale(lang, case.jurisdiction),
    )
    doc.build(story, canvasmaker=_canvas_class(footer, lang))
    return buf.getvalue()


def cause_words(cause: Cause, lang: str, jurisdiction: str = "BE") -> str:
    """A cause or note in ``lang`` (fr, nl, de, en) with figures formatted for that language."""
    if lang not in LANGS:
        return cause.text
    return _Words(lang, jurisdiction).cause(cause)


def w_locale(lang: str, jurisdiction: str) -> str:
    """The document's language tag (``fr-BE``)."""
    return Fmt(lang, jurisdiction).locale.replace("_", "-")


__all__ = ["LABELS", "LANGS", "cause_words", "label", "render_claim_check"]
