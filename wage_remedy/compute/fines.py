"""Fines and fine-linked compensation figures from a Result (docs/method.md, Fines).

Belgium: Social Penal Code art. 162 (non-payment of remuneration). The offence is not paying on
the due date: only periods due on or before the inspection date and unpaid then count; a period
not yet due is owed but is no offence. Level and ranges in force on the due date of the latest
counted period, x surcharge multiplier, x workers concerned (capped).
Netherlands: the WML fine per underpaid worker from the policy table. Every figure comes from
``rates/`` (``be/sanctions``, ``nl/fines``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wage_remedy.case.model import CaseFile
from wage_remedy.compute.heads import FINE_COMPENSATION_HEADS, HEAD_FINES, offence_heads
from wage_remedy.compute.result import payable_total
from wage_remedy.law.catalogue import Catalogue, LookupError_
from wage_remedy.law.jurisdictions import JURISDICTIONS, jurisdiction
from wage_remedy.money import CENT, ZERO, fmt_decimal

BE_TABLE = JURISDICTIONS["BE"].fines  # the tables of the two fine regimes (law/jurisdictions.py)
NL_TABLE = JURISDICTIONS["NL"].fines

BASIS: dict[str, dict[str, str]] = {
    "be-art162": {
        "en": "Social Penal Code art. 162: remuneration not paid, or not paid on its due date "
              "(Wage Protection Act of 12 April 1965, art. 9); sanction level {level}{aggr}; "
              "amounts x {mult} (surcharge, art. 102 SPC), multiplied by the {n} worker(s) "
              "concerned (at most {cap}).",
        "fr": "Code pénal social art. 162 : rémunération non payée ou non payée à la date "
              "d'exigibilité (loi du 12 avril 1965 sur la protection de la rémunération, art. 9) ; "
              "sanction de niveau {level}{aggr} ; montants x {mult} (décimes additionnels, art. 102 "
              "CPS), multipliés par le nombre de travailleurs concernés ({n}, au maximum {cap}).",
        "nl": "Sociaal Strafwetboek art. 162: loon niet of niet tijdig betaald (Loonbeschermingswet "
              "van 12 april 1965, art. 9); sanctie van niveau {level}{aggr}; bedragen x {mult} "
              "(opdeciemen, art. 102 SSW), vermenigvuldigd met het aantal betrokken werknemers "
              "({n}, ten hoogste {cap}).",
        "de": "Sozialstrafgesetzbuch Art. 162: Entlohnung nicht oder nicht fristgerecht gezahlt "
              "(Lohnschutzgesetz vom 12. April 1965, Art. 9); Sanktion der Stufe {level}{aggr}; "
              "Beträge x {mult} (Zuschlagzehntel, Art. 102), multipliziert mit der Zahl der "
              "betroffenen Arbeitnehmer ({n}, höchstens {cap}).",
    },
    "be-aggravated": {
        "en": " (aggravated: sector minimum wage unpaid together with two or more listed offences)",
        "fr": " (aggravée : salaire minimum sectoriel impayé en concours avec au moins deux infractions visées)",
        "nl": " (verzwaard: sectoraal minimumloon niet betaald samen met minstens twee opgesomde inbreuken)",
        "de": " (erschwert: sektoraler Mindestlohn nicht gezahlt zusammen mit mindestens zwei aufgeführten Verstößen)",
    },
    "be-art21": {
        "en": "Social Penal Code art. 21: the inspector may give a warning, set the employer a "
              "deadline to put things in order, or draw up a report. If paid by the deadline, the "
              "inspector may decide not to draw up a report; no rule says that paying bars a report "
              "or reduces the fine.",
        "fr": "Code pénal social art. 21 : l'inspecteur peut donner un avertissement, fixer à "
              "l'employeur un délai pour se mettre en règle ou dresser un procès-verbal. En cas de "
              "paiement dans le délai, l'inspecteur peut décider de ne pas dresser de procès-verbal ; "
              "aucune règle ne prévoit que le paiement exclut un procès-verbal ou réduit l'amende.",
        "nl": "Sociaal Strafwetboek art. 21: de inspecteur kan een waarschuwing geven, de werkgever "
              "een termijn geven om zich in regel te stellen, of een proces-verbaal opstellen. Bij "
              "betaling binnen de termijn kan de inspecteur beslissen geen proces-verbaal op te "
              "stellen; geen regel bepaalt dat betaling een proces-verbaal uitsluit of de boete "
              "vermindert.",
        "de": "Sozialstrafgesetzbuch Art. 21: Der Inspektor kann verwarnen, dem Arbeitgeber eine "
              "Frist zur Regularisierung setzen oder ein Protokoll aufnehmen. Bei Zahlung innerhalb "
              "der Frist kann der Inspektor beschließen, kein Protokoll aufzunehmen; keine Regel "
              "sieht vor, dass die Zahlung ein Protokoll ausschließt oder die Geldbuße mindert.",
    },
    "nl-wml": {
        "en": "Policy rule on administrative enforcement of the Minimum Wage Act 2018 (WML), "
              "art. 2: fine per underpaid worker by percentage underpaid and duration.",
        "fr": "Règle de politique sur l'application administrative de la loi sur le salaire minimum "
              "2018 (WML), art. 2 : amende par travailleur sous-payé selon le pourcentage et la durée.",
        "nl": "Beleidsregel bestuursrechtelijke handhaving Wet minimumloon en minimumvakantiebijslag "
              "2018, art. 2: boete per onderbetaalde werknemer naar percentage onderbetaling en duur.",
        "de": "Richtlinie zur verwaltungsrechtlichen Durchsetzung des Mindestlohngesetzes 2018 (WML), "
              "Art. 2: Geldbuße je unterbezahltem Arbeitnehmer nach Prozentsatz und Dauer.",
    },
}


@dataclass(frozen=True)
class Range:
    min: Decimal
    max: Decimal


@dataclass(frozen=True)
class WorkerFigure:
    worker: str
    name: str
    unpaid: Decimal
    interest: Decimal
    owed_now: Decimal
    fine: Range | None  # the part of the fine this worker's underpayment drives
    criminal: Range | None
    percent_underpaid: Decimal | None = None
    months: Decimal | None = None
    rule: str = ""
    head_fine: Decimal | None = None  # beside the wage fine: heads with a fine table of their own
    head_rule: str = ""


@dataclass(frozen=True)
class Sanctions:
    jurisdiction: str
    workers_concerned: int
    offence_from: str | None
    offence_to: str | None
    regime_date: dt.date | None
    level: int | None
    aggravated: bool
    multiplier: Decimal | None
    worker_cap: int | None
    counted_workers: int
    admin_per_worker: Range | None
    criminal_per_worker: Range | None
    admin_total: Range | None
    criminal_total: Range | None
    prison_months: Range | None
    nl_total: Decimal | None
    workers: tuple[WorkerFigure, ...]
    rate_table: str
    rate_from: dt.date | None
    status: str | None
    source_title: str | None
    source_url: str | None
    regularisation_deadline: dt.date | None
    notes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """JSON form (``sanctions_to_json``), for ``result_to_json`` without an import cycle."""
        return sanctions_to_json(self)

    @property
    def regime(self) -> str:
        """The fine regime (``be-art162`` or ``nl-wml``; law/jurisdictions.py)."""
        return jurisdiction(self.jurisdiction).fine_regime

    @property
    def head_fines_total(self) -> Decimal | None:
        """Fines of heads with a table of their own (NL holiday allowance), beside the wage fine."""
        fines = [f.head_fine for f in self.workers if f.head_fine is not None]
        return sum(fines, ZERO) if fines else None

    def basis(self, lang: str) -> list[str]:
        """Legal basis texts in ``lang`` (fr, nl, de or en)."""
        lang = lang if lang in ("fr", "nl", "de", "en") else "en"
        if self.regime == "nl-wml":
            return [BASIS["nl-wml"][lang]]
        if self.level is None:
            return []
        aggr = BASIS["be-aggravated"][lang] if self.aggravated else ""
        return [BASIS["be-art162"][lang].format(level=self.level, aggr=aggr, mult=self.multiplier,
                                                n=self.workers_concerned, cap=self.worker_cap),
                BASIS["be-art21"][lang]]


def _r(a: Decimal, b: Decimal) -> Range:
    return Range(a, b)


def _interval_match(key: str, x: Decimal) -> bool:
    m = re.match(r"^([\[(])\s*([\d.]+)\s*,\s*([\d.]+|inf)\s*([\])])$", key)
    if not m:
        raise LookupError_(f"{NL_TABLE}: {key!r} is not an interval such as [5,10)")
    lo, hi = Decimal(m.group(2)), (None if m.group(3) == "inf" else Decimal(m.group(3)))
    ok_lo = x >= lo if m.group(1) == "[" else x > lo
    ok_hi = True if hi is None else (x <= hi if m.group(4) == "]" else x < hi)
    return ok_lo and ok_hi


def _band(values: dict[str, Any], x: Decimal) -> str:
    for key in values:
        if _interval_match(key, x):
            return key
    raise LookupError_(f"{NL_TABLE}: no band for {x}")


def unpaid_on(period: Any, day: dt.date) -> Decimal:
    """What was still unpaid of ``period`` on ``day``: due minus the payments dated on or before it."""
    paid = sum((pa.amount for pa in period.payments if pa.date <= day), ZERO)
    return max(ZERO, period.due - paid)


def offence_periods(worker: Any, inspection: dt.date) -> list[Any]:
    """Periods of ``worker`` that are an art. 162 offence on ``inspection``: due on or before it
    and not paid in full by then (README, "Decisions and deviations")."""
    # Exact shortcut: a period's ``unpaid`` is max(0, due - the sum of all its payments)
    # (docs/method.md, step 6). With no negative payment (the case model refuses them), those
    # dated on or before the inspection add up to at most all of them, so a period unpaid now
    # was unpaid on the inspection date too. Only a period paid in full by now (maybe after the
    # inspection), or any period when a payment is negative, needs its payments up to the date.
    sure = all(pa.amount >= 0 for p in worker.periods for pa in p.payments)
    return [p for p in worker.periods
            if p.due_date <= inspection and ((sure and p.unpaid > 0) or unpaid_on(p, inspection) > 0)]


def compute_sanctions(case: CaseFile, result: Any, cat: Catalogue) -> Sanctions:
    """Fines and fine-linked compensation for a computed case."""
    if jurisdiction(case.jurisdiction).fine_regime == "be-art162":
        return _be(case, result, cat)
    concerned = [w for w in result.workers if w.unpaid > 0 or _head_fines(w, case.inspection.date, cat)]
    underpaid = sorted((p for w in concerned for p in w.periods if p.unpaid > 0), key=lambda p: p.start)
    first = underpaid[0].period if underpaid else None
    last_p = max(underpaid, key=lambda p: p.end) if underpaid else None
    base = dict(jurisdiction=case.jurisdiction, workers_concerned=len(concerned),
                offence_from=first, offence_to=last_p.period if last_p else None,
                regularisation_deadline=case.settings.regularisation_deadline)
    empty = dict(regime_date=None, level=None, aggravated=False, multiplier=None, worker_cap=None,
                 counted_workers=0, admin_per_worker=None, criminal_per_worker=None, admin_total=None,
                 criminal_total=None, prison_months=None, nl_total=None, rate_table=jurisdiction(case.jurisdiction).fines,
                 rate_from=None, status=None,
                 source_title=None, source_url=None)
    figures_plain = tuple(WorkerFigure(w.id, w.name, w.unpaid, w.interest, w.total, None, None)
                          for w in concerned)
    if not concerned:
        return Sanctions(**base, **empty, workers=figures_plain,  # type: ignore[arg-type]
                         notes=("No underpayment: no fine.",))
    return _nl(case, result, cat, base, empty, concerned)


def _be(case: CaseFile, result: Any, cat: Catalogue) -> Sanctions:
    """Art. 162 SPC: only periods overdue and unpaid on the inspection date are offences."""
    inspection = case.inspection.date
    holiday = {w.id: offence_heads(w.heads, inspection) for w in result.workers}  # art. 162, 3°
    # Every worker: a period unpaid on the inspection date is an offence even when it was paid
    # in full later, before the as-of date (only payments dated by the inspection count).
    owed = list(result.workers)
    overdue = {w.id: offence_periods(w, inspection) for w in owed}
    concerned = [w for w in owed if overdue[w.id] or holiday[w.id]]
    counted = sorted((p for w in concerned for p in overdue[w.id]), key=lambda p: p.start)
    notes = _offence_notes(owed, concerned, holiday, inspection)
    first = counted[0].period if counted else None
    last_p = max(counted, key=lambda p: (p.due_date, p.end)) if counted else None
    base = dict(jurisdiction=case.jurisdiction, workers_concerned=len(concerned),
                offence_from=first, offence_to=max(counted, key=lambda p: p.end).period if counted else None,
                regularisation_deadline=case.settings.regularisation_deadline)
    empty = dict(regime_date=None, level=None, aggravated=False, multiplier=None, worker_cap=None,
                 counted_workers=0, admin_per_worker=None, criminal_per_worker=None, admin_total=None,
                 criminal_total=None, prison_months=None, nl_total=None, rate_table=BE_TABLE,
                 rate_from=None, status=None, source_title=None, source_url=None)
    holiday_due = [h.due_date for hs in holiday.values() for h in hs]
    if last_p is None and not holiday_due:
        figures_plain = tuple(WorkerFigure(w.id, w.name, w.unpaid, w.interest, _owed_now(w, result), None,
                                           None) for w in owed)
        return Sanctions(**base, **empty, workers=figures_plain,  # type: ignore[arg-type]
                         notes=tuple(notes) or ("No underpayment: no fine.",))
    on = max(([last_p.due_date] if last_p is not None else []) + holiday_due)
    v = cat.version(BE_TABLE, on)
    p = v.parameters
    aggravated = _aggravated(case, p, concerned, on, notes)
    level = int(p["art162_aggravated_level"] if aggravated else p["art162_level"])
    factor = p.get("art162_aggravated_factor", Decimal(1)) if aggravated else Decimal(1)
    mult = p["surcharge_multiplier"]
    cap = int(p["worker_cap"])
    n = min(len(concerned), cap)
    k = factor * mult
    admin, crim, prison = _level_ranges(p, level, k)
    if len(concerned) > cap:
        notes.append(f"{len(concerned)} workers concerned; the fine is multiplied by at most {cap}.")
    if aggravated:
        offences = ", ".join(case.settings.aggravation_offences) or "not listed in the case"
        notes.append(f"Aggravated variant chosen by the inspector (offences: {offences}).")
    if case.settings.regularisation_deadline:
        notes.append(f"Regularisation deadline set by the inspector (art. 21 SPC): if paid by "
                     f"{case.settings.regularisation_deadline.isoformat()}, the inspector may decide "
                     f"not to draw up a report.")
    offence = {w.id: bool(overdue[w.id] or holiday[w.id]) for w in owed}
    figures = tuple(WorkerFigure(w.id, w.name, w.unpaid, w.interest, _owed_now(w, result),
                                 admin if offence[w.id] else None, crim if offence[w.id] else None)
                    for w in owed)
    return Sanctions(
        **base, regime_date=on, level=level, aggravated=aggravated, multiplier=mult,  # type: ignore[arg-type]
        worker_cap=cap, counted_workers=n, admin_per_worker=admin, criminal_per_worker=crim,
        admin_total=_r(admin.min * n, admin.max * n),
        criminal_total=_r(crim.min * n, crim.max * n) if crim else None,
        prison_months=prison, nl_total=None, workers=figures, rate_table=BE_TABLE,
        rate_from=v.start, status=v.status, source_title=v.source.title, source_url=v.source.url,
        notes=tuple(notes),
    )


def _offence_notes(owed: list[Any], concerned: list[Any], holiday: dict[str, list[Any]],
                   inspection: dt.date) -> list[str]:
    """Notes on the holiday pay counted as art. 162, 3° and on what is owed but not yet due."""
    notes: list[str] = []
    not_yet = sorted({p.period for w in owed for p in w.periods
                      if p.unpaid > 0 and p.due_date > inspection})
    for w in concerned:
        for h in holiday[w.id]:
            notes.append(f"{w.name}: holiday pay not paid ({h.head}, due {h.due_date.isoformat()}, "
                         f"unpaid {h.unpaid}): art. 162, 3° (docs/heads.md).")
    if not_yet:
        notes.append(f"Owed but not yet due on the inspection date {inspection.isoformat()} "
                     f"(not an offence under art. 162): {', '.join(not_yet)}.")
    return notes


def _aggravated(case: CaseFile, p: Mapping[str, Decimal], concerned: list[Any], on: dt.date,
                notes: list[str]) -> bool:
    """Whether the aggravated variant applies: flagged by the inspector, offered by the regime in
    force on ``on``, enough listed concurrent offences, and a sector minimum concerned."""
    if not case.settings.aggravation:
        return False
    need = int(p.get("art162_aggravated_min_offences", Decimal(0)))
    listed = len(set(case.settings.aggravation_offences))
    with_sector = any(case.worker(w.id).employment.sector for w in concerned)
    if "art162_aggravated_level" not in p:
        notes.append(f"Aggravation flagged, but the regime in force on {on} has no aggravated variant.")
    elif listed < need:
        notes.append(f"Aggravation flagged, but it needs {need} or more concurrent offences listed in "
                     f"settings.aggravation_offences ({listed} listed): the basic regime applies.")
    elif not with_sector:
        notes.append("Aggravation flagged, but no underpaid worker has a sector minimum wage: "
                     "the basic regime applies.")
    else:
        return True
    return False


def _level_ranges(p: Mapping[str, Decimal], level: int, k: Decimal
                  ) -> tuple[Range, Range | None, Range | None]:
    """Administrative and criminal ranges of ``level`` times ``k``, and the prison months."""
    admin = _r(p[f"level_{level}_admin_min"] * k, p[f"level_{level}_admin_max"] * k)
    crim = (_r(p[f"level_{level}_criminal_min"] * k, p[f"level_{level}_criminal_max"] * k)
            if f"level_{level}_criminal_min" in p else None)
    prison = (_r(p[f"level_{level}_prison_months_min"], p[f"level_{level}_prison_months_max"])
              if f"level_{level}_prison_months_min" in p else None)
    return admin, crim, prison


def _owed_now(w: Any, result: Any) -> Decimal:
    """The compensation beside the fine: unpaid + interest of the heads the fines are about
    (FINE_COMPENSATION_HEADS: wages, employer holiday pay, NL holiday allowance and its interest),
    due at the as-of date; not notice pay (docs/heads.md). The payment order carries every head."""
    if not w.heads:
        return w.total
    return payable_total([h for h in w.heads if h.head in FINE_COMPENSATION_HEADS], result.as_of).total


def _head_fines(w: Any, on: dt.date, cat: Catalogue) -> list[tuple[Decimal, str, Any]]:
    """Fines of heads with their own fine table (NL holiday allowance, art. 15 WML): per head
    unpaid and due on ``on``, by the percentage unpaid (docs/heads.md)."""
    out = []
    for head, table in HEAD_FINES.items():
        hs = [h for h in w.heads if h.head == head and h.unpaid > 0 and h.due_date <= on]
        if not hs:
            continue
        due = sum((h.due for h in hs), ZERO)
        unpaid = sum((h.unpaid for h in hs), ZERO)
        v = cat.version(table, max(h.due_date for h in hs))
        pct = unpaid * 100 / due if due else ZERO
        if unpaid < v.parameters["small_underpayment_threshold"]:
            fine, band = v.parameters["small_underpayment_fine"], f"< {v.parameters['small_underpayment_threshold']}"
        else:
            band = _band(v.values, pct)
            fine = v.values[band]
        shown = pct.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        out.append((fine, f"{head}: {unpaid} of {due} unpaid ({shown} %, band {band}) -> {fine} ({table})", v))
    return out


def _nl(case: CaseFile, result: Any, cat: Catalogue, base: dict[str, Any], empty: dict[str, Any],
        concerned: list[Any]) -> Sanctions:
    figures = []
    total = ZERO
    last_v = None
    inspection = case.inspection.date
    for w in concerned:
        under = [p for p in w.periods if p.unpaid > 0]
        extra = _head_fines(w, inspection, cat)
        fine_h = sum((f for f, _r_, _v in extra), ZERO) if extra else None
        rule_h = "; ".join(r for _f, r, _v in extra)
        if not under:  # only a head with its own fine (holiday allowance)
            figures.append(WorkerFigure(w.id, w.name, w.unpaid, w.interest, _owed_now(w, result),
                                        None, None, None, None, "", fine_h, rule_h))
            continue
        on = max(p.end for p in under)
        v = cat.version(NL_TABLE, on)
        last_v = v
        due = sum((p.due for p in under), ZERO)
        unpaid = sum((p.unpaid for p in under), ZERO)
        # duration in months: the underpaid months, or for weekly pay the underpaid weeks x 12 / 52
        months: Decimal = (Decimal(len(under)) * 12 / 52 if case.settings.pay_period == "week"
                           else Decimal(len(under)))
        pct = unpaid * 100 / due if due else ZERO
        if unpaid < v.parameters["small_underpayment_threshold"]:
            fine = v.parameters["small_underpayment_fine"]
            rule = f"underpayment {unpaid} < {v.parameters['small_underpayment_threshold']}"
        else:
            pk = _band(v.values, pct)
            dk = _band(v.values[pk], months)
            fine = v.values[pk][dk]
            shown = months.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
            rule = (f"{pct.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)} % underpaid (band {pk}) "
                    f"for {shown} month(s) (band {dk})")
        total += fine
        figures.append(WorkerFigure(w.id, w.name, w.unpaid, w.interest, _owed_now(w, result),
                                    _r(fine, fine), None, pct, months, rule, fine_h, rule_h))
    if last_v is None:
        last_v = cat.version(jurisdiction(case.jurisdiction).fines, inspection)
    return Sanctions(
        **base, **{**empty, "rate_from": last_v.start, "status": last_v.status,  # type: ignore[arg-type]
                   "source_title": last_v.source.title, "source_url": last_v.source.url,
                   "nl_total": total, "counted_workers": len(concerned)},
        workers=tuple(figures), notes=("The fine goes to the State; the arrears are owed to the "
                                       "worker on top of it.",),
    )


def _range(r: Range | None, money: bool = True) -> dict[str, str] | None:
    if r is None:
        return None
    q = (lambda d: fmt_decimal(d.quantize(CENT))) if money else fmt_decimal
    return {"min": q(r.min), "max": q(r.max)}


def sanctions_to_json(s: Sanctions) -> dict[str, Any]:
    """JSON form of the sanctions (money as strings), with the legal basis in 4 languages."""
    return {
        "jurisdiction": s.jurisdiction,
        "workers_concerned": s.workers_concerned,
        "counted_workers": s.counted_workers,
        "offence_period": {"from": s.offence_from, "to": s.offence_to},
        "regime_date": s.regime_date.isoformat() if s.regime_date else None,
        "level": s.level,
        "aggravated": s.aggravated,
        "surcharge_multiplier": fmt_decimal(s.multiplier) if s.multiplier is not None else None,
        "worker_cap": s.worker_cap,
        "administrative": {"per_worker": _range(s.admin_per_worker), "total": _range(s.admin_total)},
        "criminal": {"per_worker": _range(s.criminal_per_worker), "total": _range(s.criminal_total)},
        "prison_months": _range(s.prison_months, money=False),
        "nl_total": fmt_decimal(s.nl_total.quantize(CENT)) if s.nl_total is not None else None,
        "head_fines_total": fmt_decimal(s.head_fines_total.quantize(CENT))  # beside the wage fine
        if s.head_fines_total is not None else None,
        "regularisation_deadline": s.regularisation_deadline.isoformat() if s.regularisation_deadline else None,
        "workers": [{
            "worker": f.worker, "name": f.name, "unpaid": fmt_decimal(f.unpaid.quantize(CENT)),
            "interest": fmt_decimal(f.interest.quantize(CENT)), "owed_now": fmt_decimal(f.owed_now.quantize(CENT)),
            "fine": _range(f.fine), "criminal": _range(f.criminal),
            "percent_underpaid": fmt_decimal(f.percent_underpaid.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
            if f.percent_underpaid is not None else None,
            "months": fmt_decimal(f.months.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize())
            if f.months is not None else None,
            "rule": f.rule,
            "head_fine": fmt_decimal(f.head_fine.quantize(CENT)) if f.head_fine is not None else None,
            "head_rule": f.head_rule,
        } for f in s.workers],
        "rate_table": s.rate_table,
        "rate_from": s.rate_from.isoformat() if s.rate_from else None,
        "status": s.status,
        "source": {"title": s.source_title, "url": s.source_url} if s.source_title else None,
        "basis": {lang: s.basis(lang) for lang in ("en", "fr", "nl", "de")},
        "notes": list(s.notes),
    }
