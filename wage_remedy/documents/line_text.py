"""How a line's rate was obtained, in the reader's language (docs/method.md, step 3).

The engine gives every line an English ``basis`` (in the JSON output) and the same facts as
``basis_params``: a ``kind`` (``ggmmi``, ``cct50``, ``wml``, ``sector``, ``agreed``, ``premium``),
its figures, and the rates it was compared with (``others`` = n, ``<i>.binding``, ``<i>.rate``).
``line_basis`` words them in English, French, Dutch or German; with ``raw=True`` it gives the
engine's English text exactly (a test holds the two together on every scenario).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from wage_remedy.documents.heads_text import _Blank, _pick, _sep, rate_title
from wage_remedy.documents.i18n import t

# One entry per piece; "raw" is the engine's English (ids and ISO dates as they are).
WORDS: dict[str, dict[str, str]] = {
    "ggmmi": {
        "raw": "GGMMI {monthly}/month{tier_text}; x 3/13/{weekly_hours} h",
        "en": "GGMMI {monthly}/month{tier_text}; × 3/13/{weekly_hours} h",
        "fr": "RMMMG {monthly}/mois{tier_text} ; × 3/13/{weekly_hours} h",
        "nl": "GGMMI {monthly}/maand{tier_text}; × 3/13/{weekly_hours} u",
        "de": "GDMMI {monthly}/Monat{tier_text}; × 3/13/{weekly_hours} Std."},
    "tier": {
        "raw": " (tier {tier}: age {age}, {seniority} months' seniority)",
        "en": " (tier {tier}: age {age}, {seniority} months' seniority)",
        "fr": " (palier {tier} : {age} ans, {seniority} mois d'ancienneté)",
        "nl": " (trap {tier}: {age} jaar, {seniority} maanden anciënniteit)",
        "de": " (Stufe {tier}: {age} Jahre, {seniority} Monate Dienstalter)"},
    "cct50": {
        "raw": "CCT 50: {percent} % of {adult} = {monthly}/month ({table}@{version}); x 3/13/{weekly_hours} h",
        "en": "CCT 50: {percent} % of {adult} = {monthly}/month ({table}, from {version}); "
              "× 3/13/{weekly_hours} h",
        "fr": "CCT 50 : {percent} % de {adult} = {monthly}/mois ({table}, à partir du {version}) ; "
              "× 3/13/{weekly_hours} h",
        "nl": "cao 50: {percent} % van {adult} = {monthly}/maand ({table}, vanaf {version}); "
              "× 3/13/{weekly_hours} u",
        "de": "KAA 50: {percent} % von {adult} = {monthly}/Monat ({table}, ab {version}); "
              "× 3/13/{weekly_hours} Std."},
    "wml": {
        "raw": "WML hourly, age {age}", "en": "WML per hour, age {age}",
        "fr": "WML horaire, âge {age}", "nl": "WML per uur, leeftijd {age}",
        "de": "WML pro Stunde, Alter {age}"},
    "agreed": {
        "raw": "hourly rate agreed with the employer", "en": "hourly rate agreed with the employer",
        "fr": "taux horaire convenu avec l'employeur", "nl": "met de werkgever overeengekomen uurloon",
        "de": "mit dem Arbeitgeber vereinbarter Stundenlohn"},
    "sector": {
        "raw": "{table} category {category}", "en": "{table}, category {category}",
        "fr": "{table}, catégorie {category}", "nl": "{table}, categorie {category}",
        "de": "{table}, Kategorie {category}"},
    "years": {
        "raw": ", {years} function years", "en": ", {years} function years",
        "fr": ", {years} années de fonction", "nl": ", {years} functiejaren", "de": ", {years} Funktionsjahre"},
    "years.one": {"en": ", {years} function year", "fr": ", {years} année de fonction",
                  "nl": ", {years} functiejaar", "de": ", {years} Funktionsjahr"},
    "row": {"raw": " (row {row})", "en": " (row {row})", "fr": " (ligne {row})", "nl": " (rij {row})",
            "de": " (Zeile {row})"},
    "steps": {
        "raw": " [rows from {steps_from}: {steps_years}, {steps_effective}]",
        "en": " [rows from {steps_from}: {steps_years}, {steps_effective}]",
        "fr": " [lignes à partir de {steps_from} : {steps_years}, {steps_effective}]",
        "nl": " [rijen vanaf {steps_from}: {steps_years}, {steps_effective}]",
        "de": " [Zeilen ab {steps_from}: {steps_years}, {steps_effective}]"},
    "steps.function_years": {"en": "function years", "fr": "années de fonction", "nl": "functiejaren",
                             "de": "Funktionsjahre"},
    "steps.same_undertaking": {"en": "years in the same undertaking", "fr": "années dans la même entreprise",
                               "nl": "jaren in dezelfde onderneming", "de": "Jahre im selben Unternehmen"},
    "steps.first_of_next_month": {"en": "from the 1st of the next month", "fr": "à partir du 1er du mois suivant",
                                  "nl": "vanaf de 1e van de volgende maand", "de": "ab dem 1. des Folgemonats"},
    "steps.anniversary": {"en": "from the anniversary", "fr": "à partir de l'anniversaire",
                          "nl": "vanaf de verjaardag", "de": "ab dem Jahrestag"},
    "month": {"raw": ": {monthly}/month", "en": ": {monthly}/month", "fr": " : {monthly}/mois",
              "nl": ": {monthly}/maand", "de": ": {monthly}/Monat"},
    "month_pct": {"raw": " ({percent} % of {base})", "en": " ({percent} % of {base})",
                  "fr": " ({percent} % de {base})", "nl": " ({percent} % van {base})",
                  "de": " ({percent} % von {base})"},
    "to_hour": {"raw": "; x 3/13/{weekly_hours} h", "en": "; × 3/13/{weekly_hours} h",
                "fr": " ; × 3/13/{weekly_hours} h", "nl": "; × 3/13/{weekly_hours} u",
                "de": "; × 3/13/{weekly_hours} Std."},
    "hour": {"raw": ": {base}/h", "en": ": {base}/h", "fr": " : {base}/h", "nl": ": {base}/u",
             "de": ": {base}/Std."},
    "hour_pct": {"raw": " x {percent} %", "en": " × {percent} %", "fr": " × {percent} %",
                 "nl": " × {percent} %", "de": " × {percent} %"},
    "premium": {"raw": "{per_hour}/h", "en": "{per_hour}/h", "fr": "{per_hour}/h", "nl": "{per_hour}/u",
                "de": "{per_hour}/Std."},
    "cap": {"raw": ", at most {cap}/day", "en": ", at most {cap}/day", "fr": ", au plus {cap}/jour",
            "nl": ", ten hoogste {cap}/dag", "de": ", höchstens {cap}/Tag"},
    # a rate it beat, with its unit like the line's own rate (the engine's English has none)
    "other": {"en": "{binding} {rate}/h", "fr": "{binding} {rate}/h", "nl": "{binding} {rate}/u",
              "de": "{binding} {rate}/Std."},
    "others": {"raw": " [higher than: {others}]", "en": " [higher than: {others}]",
               "fr": " [plus élevé que : {others}]", "nl": " [hoger dan: {others}]",
               "de": " [höher als: {others}]"},
}

_ONE = {"en": ("1",), "fr": ("0", "1"), "nl": ("1",), "de": ("1",)}  # a count in the singular
# Money at the cent; numbers with their own decimals (hourly rates have four: 1.5862/h). The
# sector scale's "base" is money in a monthly scale and an hourly rate in an hourly one.
_MONEY = frozenset({"monthly", "adult", "cap"})
_NUMBER = frozenset({"percent", "weekly_hours", "rate", "per_hour"})


def line_basis(line: Any, lang: str, *, raw: bool = False, money: Callable[[Decimal], str] | None = None,
               number: Callable[[Decimal], str] | None = None,
               date: Callable[[dt.date], str] | None = None) -> str:
    """How ``line``'s rate was obtained in ``lang`` (en, fr, nl, de; others in English), rate
    tables by their titles and figures through ``money``/``number``/``date`` when given. ``raw``:
    the engine's English ``basis`` exactly. A line without ``basis_params`` gives ``basis``."""
    params = dict(line.basis_params)
    kind = params.get("kind")
    if not kind:
        return str(line.basis)
    key = "raw" if raw else lang if lang in ("en", "fr", "nl", "de") else "en"
    v = _Blank(params if raw else _formatted(params, lang, money, number, date))
    for name in ("steps_years", "steps_effective"):
        if params.get(name):
            v[name] = params[name].replace("_", " ") if raw else _word(f"steps.{params[name]}", key)
    if params.get("tier"):
        v["tier_text"] = WORDS["tier"][key].format_map(v)
    pieces = _pieces(params, kind)
    if not raw and "years" in pieces and params["years"] in _ONE[key]:
        pieces[pieces.index("years")] = "years.one"
    text = "".join(WORDS[p][key].format_map(v) for p in pieces)
    n = int(params.get("others", "0"))
    if n:
        if raw:
            items = [f"{params[f'{i}.binding']} {params[f'{i}.rate']}" for i in range(n)]
        else:
            items = [WORDS["other"][key].format(binding=t("bind." + params[f"{i}.binding"], lang),
                                                rate=v[f"{i}.rate"]) for i in range(n)]
        v["others"] = ("; " if raw else _sep(lang)).join(items)
        text += WORDS["others"][key].format_map(v)
    return text


def _pieces(params: Mapping[str, str], kind: str) -> list[str]:
    """The entries of ``WORDS`` that make the basis of this kind, in order."""
    if kind == "ggmmi":
        return ["ggmmi"]
    if kind == "sector":
        out = ["sector"]
        out += [name for name in ("years", "row", "steps") if params.get(name if name != "steps" else "steps_from")]
        if params.get("unit") == "month":
            out += ["month", *(["month_pct"] if params.get("percent") else []), "to_hour"]
        else:
            out += ["hour", *(["hour_pct"] if params.get("percent") else [])]
        return out
    if kind == "premium":
        return ["premium", *(["cap"] if params.get("cap") else [])]
    return [kind]


def _word(key: str, lang: str) -> str:
    """A word of ``WORDS`` in ``lang``; an unknown code as it is, its underscores as spaces."""
    if key not in WORDS:
        return key.partition(".")[2].replace("_", " ")
    return _pick(WORDS, key, lang)


def _formatted(params: Mapping[str, str], lang: str, money: Callable[[Decimal], str] | None,
               number: Callable[[Decimal], str] | None, date: Callable[[dt.date], str] | None) -> dict[str, str]:
    """The parameters for reading: tables by title, money, numbers and dates formatted."""
    out: dict[str, str] = {}
    for name, value in params.items():
        base = name.rpartition(".")[2]
        try:
            if base == "table":
                out[name] = rate_title(value, lang)
            elif base == "base" and params.get("unit") == "month" and money is not None:
                out[name] = money(Decimal(value))
            elif base == "base" and number is not None:
                out[name] = number(Decimal(value))
            elif base in _MONEY and money is not None:
                out[name] = money(Decimal(value))
            elif base in _NUMBER and number is not None:
                out[name] = number(Decimal(value))
            elif base == "version" and date is not None:
                out[name] = date(dt.date.fromisoformat(value))
            else:
                out[name] = value
        except (ArithmeticError, ValueError):
            out[name] = value
    return out
