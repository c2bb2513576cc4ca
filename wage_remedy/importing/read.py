"""Reading CSV and XLSX files for import: decoding, delimiter sniffing, header detection and the
column mapping (detected from EN, FR and NL column names, adjustable by the user)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wage_remedy.case.store import CaseError, CaseProblem
from wage_remedy.errors import Problem
from wage_remedy.importing.parse import CellError, fold, is_blank, parse_date, parse_time
from wage_remedy.importing.reasons import file_problem, reason

#: Fields a column can be mapped to, with a short English description (the app translates them).
FIELDS: dict[str, str] = {
    "worker": "worker (id or name)",
    "worker_id": "worker id",
    "first_name": "worker's first name",
    "last_name": "worker's last name",
    "date": "date",
    "start": "start time",
    "end": "end time",
    "break": "break",
    "hours": "hours",
    "from": "from (date)",
    "to": "to (date)",
    "amount": "amount paid",
    "payment_date": "payment date",
    "for": "for period",
    "method": "payment method",
    "head": "pays (head of claim)",
    "status": "blue/white collar",
    "contract_end": "end of the contract",
    "end_reason": "end reason",
    "undeclared": "undeclared work",
    "note": "note",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "worker": ("worker", "werknemer", "travailleur", "travailleuse", "werkneemster", "employee",
               "employe", "name", "naam", "nom", "full name", "volledige naam", "nom complet",
               "worker name", "employee name", "naam werknemer", "nom du travailleur",
               "nom travailleur", "medewerker", "naam medewerker", "personeelslid", "person",
               "persoon", "personne", "staff", "personnel", "personeel"),
    "worker_id": ("worker id", "werknemer id", "id werknemer", "employee id", "id travailleur",
                  "travailleur id", "personeelsnummer", "personeelsnr", "matricule", "badge",
                  "badge id", "badge nr", "badgenummer", "badge number", "numero de badge",
                  "employee number", "employee no", "worker no", "worker nr", "personnel number",
                  "werknemersnummer", "worker code", "id", "medewerker id", "medewerkersnummer"),
    "first_name": ("first name", "firstname", "given name", "voornaam", "prenom"),
    "last_name": ("last name", "lastname", "surname", "family name", "achternaam", "familienaam",
                  "nom de famille"),
    "date": ("date", "datum", "day", "dag", "jour", "work date", "werkdatum", "date de travail",
             "shift date", "dienstdatum", "prestatiedatum", "date prestation",
             "date de prestation", "datum prestatie", "werkdag", "jour de travail", "date jour"),
    "start": ("start", "begin", "debut", "aanvang", "start time", "begintijd", "begin tijd",
              "starttijd", "aanvangsuur", "beginuur", "aanvangstijd", "heure de debut",
              "heure debut", "debut de service", "clock in", "in", "inklokken", "ingeklokt",
              "entree", "arrivee", "aankomst", "time in", "in time", "badge in", "check in",
              "start shift", "begin shift", "debut shift", "heure d arrivee", "date in",
              "datum in", "date entree", "start datetime", "shift start", "begin dienst",
              "debut prestation", "begin prestatie", "start of shift"),
    "end": ("end", "einde", "eind", "fin", "end time", "eindtijd", "eind tijd", "einduur",
            "heure de fin", "heure fin", "fin de service", "clock out", "out", "uitklokken",
            "uitgeklokt", "sortie", "depart", "vertrek", "time out", "out time", "badge out",
            "check out", "end shift", "einde shift", "fin shift", "heure de depart", "date out",
            "datum uit", "date sortie", "end datetime", "shift end", "einde dienst",
            "fin prestation", "einde prestatie", "end of shift", "uit"),
    "break": ("break", "pause", "pauze", "rust", "rusttijd", "break minutes", "break min",
              "pauze minuten", "pause minutes", "pauzeduur", "duree pause", "duree de pause",
              "break time", "pauzetijd", "breaks", "pauses", "pauzes", "unpaid break",
              "onbetaalde pauze", "pause non payee"),
    "hours": ("hours", "uren", "heures", "hrs", "hours worked", "worked hours", "gewerkte uren",
              "aantal uren", "nombre d heures", "heures prestees", "heures travaillees",
              "total hours", "totaal uren", "uur", "h", "u", "duration", "duur", "duree",
              "prestaties", "arbeidsuren", "werkuren", "heures de travail", "worked"),
    "from": ("from date", "date from", "start date", "begindatum", "begin datum", "startdatum",
             "start datum", "date de debut", "date debut", "periode van", "vanaf datum",
             "first day", "eerste dag", "premier jour", "period start", "debut periode"),
    "to": ("to date", "date to", "end date", "einddatum", "eind datum", "date de fin", "date fin",
           "tot en met", "t m", "jusqu au", "until", "last day", "laatste dag", "dernier jour",
           "period end", "fin periode", "periode tot"),
    "amount": ("amount", "bedrag", "montant", "paid", "betaald", "paye", "amount paid",
               "paid amount", "montant paye", "betaald bedrag", "uitbetaald",
               "uitbetaald bedrag", "sum", "som", "somme", "payment", "betaling", "paiement",
               "loon betaald", "salaire paye", "gross paid", "bruto betaald", "brut paye",
               "net paid", "netto betaald", "net paye", "eur", "euro", "euros", "amount eur",
               "montant eur", "bedrag eur"),
    "payment_date": ("payment date", "paid on", "date paid", "betaaldatum", "datum betaling",
                     "betalingsdatum", "datum van betaling", "date de paiement",
                     "date paiement", "date du paiement", "betaald op", "paye le",
                     "payment day", "datum uitbetaling", "uitbetalingsdatum"),
    "for": ("for", "period", "periode", "for period", "voor", "pour", "month", "maand", "mois",
            "pay period", "loonperiode", "periode de paie", "betreft", "concerne", "for month",
            "voor maand", "pour le mois", "periode de remuneration", "pay month",
            "payment for", "betaling voor", "paiement pour"),
    "method": ("method", "methode", "payment method", "betaalwijze", "betaalmethode",
               "wijze van betaling", "mode de paiement", "mode paiement", "moyen de paiement",
               "betalingswijze", "how paid", "type betaling", "type de paiement", "payment type",
               "paid by", "betaald via", "paye par", "wijze", "mode"),
    "head": ("head", "head of claim", "chef de demande", "rubrique",
             "vordering", "looncomponent", "component", "composante", "anspruchsposten",
             "soort betaling", "aard betaling", "nature du paiement", "nature paiement"),
    "status": ("statuut", "statut", "worker status", "employment status", "blue or white collar",
               "blue white collar", "arbeider of bediende", "arbeider bediende", "ouvrier ou employe",
               "ouvrier employe", "arbeiter oder angestellter", "collar"),
    "contract_end": ("end of contract", "contract end", "end of employment", "einde contract",
                     "einde arbeidsovereenkomst", "datum uit dienst", "uit dienst", "fin de contrat",
                     "fin du contrat", "date de fin de contrat", "leaving date", "vertrekdatum",
                     "ontslagdatum", "dismissal date", "date de licenciement", "vertragsende",
                     "austrittsdatum", "date de sortie de service"),
    "end_reason": ("end reason", "reason for leaving", "reden einde", "reden uit dienst", "ontslagreden",
                   "reden van ontslag", "motif de fin", "motif de sortie", "motif de depart",
                   "motif de fin de contrat", "beendigungsgrund", "austrittsgrund"),
    "undeclared": ("undeclared", "undeclared work", "niet aangegeven", "zwartwerk", "non declare",
                   "travail non declare", "travail au noir", "nicht gemeldet", "schwarzarbeit"),
    "note": ("note", "notes", "opmerking", "opmerkingen", "remarque", "remarques", "comment",
             "comments", "commentaar", "commentaire", "memo", "omschrijving", "description",
             "libelle", "mededeling", "communication", "toelichting", "remark", "remarks"),
}

# Column names that mean "from"/"to" in both senses: dates of an hours block, or the times of a
# shift. The column's content decides.
_AMBIGUOUS = {
    "from": ("from", "van", "de", "du", "vanaf", "from time"),
    "to": ("to", "tot", "a", "au", "tot en met", "till", "jusqu a"),
}
_FIELD_ALIASES = {
    "break_minutes": "break", "pauze": "break", "pause": "break", "period": "for",
    "periode": "for", "for_": "for", "from_": "from", "name": "worker", "worker_name": "worker",
    "naam": "worker", "nom": "worker", "id": "worker_id", "paid": "amount", "bedrag": "amount",
    "montant": "amount", "datum": "date", "uren": "hours", "heures": "hours", "start_time": "start",
    "end_time": "end", "firstname": "first_name", "lastname": "last_name",
}
_IGNORE = {"ignore", "ignored", "-", "skip", "none", "", "negeren", "ignorer"}
_KEY_FIELDS = {"date", "start", "end", "hours", "amount", "from", "to", "for", "payment_date",
               "status", "contract_end", "end_reason"}  # the last three: a worker list (docs/heads.md)
_HOUR_UNITS = {"h", "u", "uur", "uren", "hours", "hour", "heures", "heure", "hrs"}
_MINUTE_UNITS = {"min", "mins", "minutes", "minuten", "minuut", "minute", "m"}
HEADER_SCAN_ROWS = 30

# Input bounds (not legal figures): what a real timesheet or payroll export never exceeds. They
# are checked before a file is parsed, so a hostile file is refused in seconds, in bounded memory.
MAX_FILE_BYTES = 50 * 1024 * 1024  # a CSV file, or an XLSX file as stored
MAX_XLSX_MEMBER_BYTES = 200 * 1024 * 1024  # one uncompressed part of an XLSX workbook
MAX_XLSX_TOTAL_BYTES = 400 * 1024 * 1024  # all parts together, uncompressed
MAX_XLSX_MEMBERS = 2000
MAX_COLUMNS = 256  # columns A..IV
MAX_ROWS = 200_000
MAX_CELLS = 4_000_000  # rows x columns of the area a sheet spans
MAX_CELL_CHARS = 1000
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "pipe"}

Cell = Any  # str | int | float | datetime | date | time | timedelta | bool | None


class ImportFileError(CaseError):
    """A file cannot be imported as a whole (unreadable, no header, bad mapping, unknown worker)."""


def _fail(where: str, message: str, file: str | None = None, *, code: str | None = None,
          **params: object) -> ImportFileError:
    """The file cannot be imported: ``message`` at ``where``; with a ``code`` (reasons.py) and its
    parameters for the app, else the English alone."""
    if code is None:
        return ImportFileError([CaseProblem(where, message)], file)
    return ImportFileError([file_problem(where, code, message, **params)], file)


# ---------------------------------------------------------------------------- mapping
@dataclass
class ColumnMapping:
    """User choices on top of the detected mapping.

    ``columns`` maps a column name (compared without case, accents or punctuation) to a field of
    ``FIELDS`` or to None (ignore the column). ``times`` settles ``8.30`` (``clock`` or
    ``decimal``), ``decimal`` the decimal separator (``comma`` or ``point``), ``header_row`` the
    row holding the column names (1-based).
    """

    columns: dict[str, str | None] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    times: str | None = None
    decimal: str | None = None
    header_row: int | None = None

    def field_for(self, header: str) -> tuple[bool, str | None]:
        """(True, field) when the user mapped this column name, else (False, None)."""
        key = fold(header)
        if key in self.columns:
            return True, self.columns[key]
        return False, None


def _field_name(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(where, f"{repr(value)[:40]} is not a field name; allowed: {', '.join(FIELDS)} or ignore")
    v = value.strip().lower().replace("-", "_").replace(" ", "_")
    if v in _IGNORE or value.strip() in _IGNORE:
        return None
    v = _FIELD_ALIASES.get(v, v)
    if v not in FIELDS:
        raise _fail(where, f"unknown field {repr(value)[:40]}; allowed: {', '.join(FIELDS)} or ignore")
    return v


def _is_field(value: str) -> bool:
    try:
        return _field_name(value, "") is not None or value.strip().lower() in _IGNORE
    except ImportFileError:
        return False


_MAPPING_OPTIONS = ("times", "decimal", "header_row")


def parse_mapping(spec: str | Path | Mapping[str, Any] | ColumnMapping | None) -> ColumnMapping:
    """A mapping from ``--mapping``: a JSON file, or ``"col=field,col=field"``; options
    ``@times=clock|decimal``, ``@decimal=comma|point``, ``@header_row=N``. In JSON:
    ``{"columns": {"Datum": "date", ...}, "times": "clock"}`` or a flat object."""
    if spec is None:
        return ColumnMapping()
    if isinstance(spec, ColumnMapping):
        return spec
    columns, options = _split_mapping(_mapping_items(spec))
    out = ColumnMapping()
    _map_columns_of(out, columns)
    _mapping_options(out, options)
    return out


def _mapping_items(spec: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    """The mapping's keys and values as given: JSON text, a JSON file, ``col=field`` pairs or an
    object."""
    text = spec.strip() if isinstance(spec, str) else ""
    if isinstance(spec, str) and text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _fail("mapping", f"not valid JSON: {exc.msg}") from None
        if not isinstance(data, dict):  # pragma: no cover - starts with "{"
            raise _fail("mapping", "a mapping is a JSON object")
        return dict(data)
    if isinstance(spec, Path) or (isinstance(spec, str) and "=" not in spec and text):
        return _mapping_file(Path(spec))
    if isinstance(spec, str):
        raw: dict[str, Any] = {}
        for item in spec.split(","):
            if not item.strip():
                continue
            if "=" not in item:
                raise _fail("mapping", f"{item.strip()!r} is not column=field")
            col, _, fld = item.rpartition("=")
            raw[col.strip()] = fld.strip()
        return raw
    return dict(spec)


def _mapping_file(p: Path) -> dict[str, Any]:
    """The object of a JSON mapping file."""
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise _fail("mapping", f"{p}: no such file; give a JSON file or \"column=field,...\"") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail("mapping", f"{p}: cannot read it: {exc}") from None
    except json.JSONDecodeError as exc:
        raise _fail("mapping", f"{p}: not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise _fail("mapping", f"{p}: a mapping file is a JSON object")
    return dict(data)


def _split_mapping(raw: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """(columns, options) of a mapping: ``@name`` keys are options; so are the keys of
    ``_MAPPING_OPTIONS`` beside ``columns``, or in a flat object when their value is not a field."""
    options = {k[1:]: v for k, v in raw.items() if k.startswith("@")}
    raw = {k: v for k, v in raw.items() if not k.startswith("@")}
    columns = raw.pop("columns", None)
    if columns is not None:  # {"columns": {...}, "times": ...}
        for k in _MAPPING_OPTIONS:
            if k in raw:
                options[k] = raw.pop(k)
        if raw:
            raise _fail("mapping", f"unknown key(s) {', '.join(sorted(raw))}; allowed: columns, "
                        + ", ".join(_MAPPING_OPTIONS))
        if not isinstance(columns, dict):
            raise _fail("mapping.columns", "is an object {\"column name\": \"field\"}")
    else:  # a flat object: option names whose value is not a field are options
        for k in _MAPPING_OPTIONS:
            if k in raw and not (isinstance(raw[k], str) and _is_field(raw[k])):
                options[k] = raw.pop(k)
        columns = raw
    unknown = set(options) - set(_MAPPING_OPTIONS)
    if unknown:
        raise _fail("mapping", f"unknown option(s) {', '.join(sorted(unknown))}; allowed: "
                    + ", ".join(_MAPPING_OPTIONS))
    return columns, options


def _map_columns_of(out: ColumnMapping, columns: Mapping[Any, Any]) -> None:
    """Put each column name (folded) and its field (None: ignored) into ``out``; two columns
    mapped to one field are refused."""
    seen: dict[str, str] = {}
    for col, fld in columns.items():
        name = _field_name(fld, f"mapping[{col!r}]")
        key = fold(str(col))
        if not key:
            raise _fail("mapping", f"{col!r} is not a column name")
        if name is not None and name in seen:
            raise _fail("mapping", f"columns {seen[name]!r} and {col!r} are both mapped to {name!r}")
        if name is not None:
            seen[name] = str(col)
        out.columns[key] = name
        out.labels[key] = str(col)


def _mapping_options(out: ColumnMapping, options: Mapping[str, Any]) -> None:
    """Check the options ``times``, ``decimal`` and ``header_row`` and set them in ``out``."""
    times = options.get("times")
    if times not in (None, "auto", "clock", "decimal"):
        raise _fail("mapping.times", f"{times!r}: allowed clock, decimal or auto")
    out.times = None if times in (None, "auto") else str(times)
    dec = options.get("decimal")
    if dec not in (None, "auto", "comma", "point"):
        raise _fail("mapping.decimal", f"{dec!r}: allowed comma, point or auto")
    out.decimal = None if dec in (None, "auto") else str(dec)
    hr = options.get("header_row")
    if hr is not None:
        try:
            out.header_row = int(hr)
        except (TypeError, ValueError):
            raise _fail("mapping.header_row", f"{hr!r} is not a row number") from None
        if out.header_row < 1:
            raise _fail("mapping.header_row", "rows are numbered from 1")


# ---------------------------------------------------------------------------- header detection
def _strip_units(header: str) -> tuple[str, str | None]:
    """Folded header without a unit in brackets, and the unit it names (hours/minutes)."""
    text = str(header)
    unit = None
    inner = ""
    for o, c in (("(", ")"), ("[", "]")):
        if o in text and c in text.split(o, 1)[1]:
            before, rest = text.split(o, 1)
            inner, after = rest.split(c, 1)
            text = before + " " + after
    for tok in fold(inner).split() + fold(text).split()[1:]:
        if tok in _HOUR_UNITS:
            unit = "hours"
        elif tok in _MINUTE_UNITS:
            unit = "minutes"
    return fold(text), unit


_EXACT: dict[str, str] = {}
_BY_TOKENS: list[tuple[frozenset[str], int, str]] = []
for _f, _words in _SYNONYMS.items():
    for _w in _words:
        _EXACT.setdefault(_w, _f)
        toks = _w.split()
        if len(toks) > 1 or len(toks[0]) >= 3:
            _BY_TOKENS.append((frozenset(toks), len(toks), _f))
_AMBIG_EXACT = {w: f for f, words in _AMBIGUOUS.items() for w in words}


def detect_field(header: object) -> str | None:
    """The field a column name means (EN, FR, NL), ``"from?"``/``"to?"`` when the content must
    decide between a date and a time, or None."""
    if is_blank(header):
        return None
    key, _unit = _strip_units(str(header))
    if not key:
        return None
    if key in _AMBIG_EXACT:
        return _AMBIG_EXACT[key] + "?"
    if key in _EXACT:
        return _EXACT[key]
    tokens = set(key.split())
    best: dict[str, int] = {}
    for toks, n, f in _BY_TOKENS:
        if toks <= tokens:
            best[f] = max(best.get(f, 0), n)
    if not best:
        return None
    top = max(best.values())
    winners = {f for f, n in best.items() if n == top}
    return winners.pop() if len(winners) == 1 else None


def unit_hint(header: object) -> str | None:
    """``hours`` or ``minutes`` when the column name states its unit (``Pauze (min)``)."""
    return _strip_units(str(header))[1] if not is_blank(header) else None


@dataclass
class Column:
    """One column of a sheet and the field it is mapped to."""

    index: int
    header: str
    field: str | None
    detected: str | None  # what detection found (before the user's mapping)
    unit: str | None = None
    remark: Problem | None = None  # why a column that looks like a field is ignored (reasons.py)

    @property
    def note(self) -> str:
        """The remark in English (``""``: none)."""
        return self.remark.message if self.remark is not None else ""


def _looks(values: list[Cell]) -> str:
    """``date`` or ``time`` according to most sample values of a from/to column."""
    dates = times = 0
    for v in values[:50]:
        try:
            minutes, day = parse_time(v)
            if day is not None and minutes:
                times += 1
                continue
        except CellError:
            pass
        try:
            parse_date(v)
            dates += 1
            continue
        except CellError:
            pass
        try:
            parse_time(v, "clock")
            times += 1
        except CellError:
            pass
    return "date" if dates > times else "time"


def map_columns(header: tuple[Cell, ...], body: list[tuple[Cell, ...]], mapping: ColumnMapping
                ) -> list[Column]:
    """The columns of a header row with their fields: the user's mapping first, detection else."""
    cols: list[Column] = []
    taken: dict[str, Column] = {}
    explicit = {f for f in mapping.columns.values() if f}
    for i, h in enumerate(header):
        if is_blank(h):
            continue
        text = str(h).strip()
        user, fld = mapping.field_for(text)
        detected = _settle_from_to(detect_field(text), i, body)
        col = Column(i, text, fld if user else detected, detected, unit_hint(text))
        if not user and col.field in explicit:
            col.remark = reason("mapped-elsewhere", f"looks like {col.field!r}, but another column is "
                                "mapped to it", field=col.field)
            col.field = None
        if col.field is not None:
            if col.field in taken:
                used = taken[col.field].header
                col.remark = reason("also-looks-like", f"also looks like {col.field!r} (column {used!r} "
                                    "is used)", field=col.field, used=used)
                col.field = None
            else:
                taken[col.field] = col
        cols.append(col)
    return cols


def _settle_from_to(detected: str | None, i: int, body: list[tuple[Cell, ...]]) -> str | None:
    """A "from"/"to" column (``from?``, ``to?``) as dates (``from``, ``to``) or times (``start``,
    ``end``), as its values ``i`` in the body look; any other field as it is."""
    if detected not in ("from?", "to?"):
        return detected
    sample = [r[i] for r in body if i < len(r) and not is_blank(r[i])]
    as_date = _looks(sample) == "date"
    return ("from" if as_date else "start") if detected == "from?" else ("to" if as_date else "end")


def find_header(rows: list[tuple[int, tuple[Cell, ...]]], mapping: ColumnMapping) -> int | None:
    """Position in ``rows`` of the header row: the first with two or more known column names
    including a date, time, hours or amount column, or holding every name the user mapped."""
    if mapping.header_row is not None:
        for k, (num, _cells) in enumerate(rows):
            if num == mapping.header_row:
                return k
        return None
    wanted = {k for k in mapping.columns}
    for k, (_num, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = {fold(str(c)) for c in cells if not is_blank(c) and isinstance(c, str)}
        if wanted and wanted <= keys:
            return k
        found = _fields_named(cells, mapping)
        if len(found) >= 2 and found & _KEY_FIELDS:
            return k
    return None


def _fields_named(cells: tuple[Cell, ...], mapping: ColumnMapping) -> set[str]:
    """The fields a row's text cells name as column names (the user's mapping first)."""
    found = set()
    for c in cells:
        if isinstance(c, str) and not is_blank(c):
            user, fld = mapping.field_for(c)
            f = fld if user else detect_field(c)
            if f:
                found.add(f.rstrip("?"))
    return found


# ---------------------------------------------------------------------------- reading
@dataclass
class Table:
    """The rows of one CSV file or one XLSX sheet, each with its row number (1-based)."""

    file: str
    sheet: str | None
    rows: list[tuple[int, tuple[Cell, ...]]]
    epoch: dt.datetime | None = None
    detail: str = ""  # encoding and delimiter, or "XLSX"

    @property
    def where(self) -> str:
        """``hours.xlsx, sheet 'March'`` or ``hours.csv``."""
        return f"{self.file}, sheet {self.sheet!r}" if self.sheet is not None else self.file


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "UTF-8 with BOM"
        except UnicodeDecodeError as exc:
            raise _fail("", f"starts like UTF-8 but byte {exc.start + 3} is not UTF-8", name) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise _fail("", "starts like UTF-16 but is not valid UTF-16", name) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter (``;``, tab, ``,`` or ``|``) that splits the sample lines most consistently."""
    best: tuple[float, int, int] | None = None
    choice = ","
    for pref, d in enumerate((";", "\t", ",", "|")):
        counts = [len(r) for r in csv.reader(lines, delimiter=d) if any(c.strip() for c in r)]
        if not counts:
            continue
        mode, n = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        score = (n / len(counts), -pref, mode)
        if best is None or score[:2] > best[:2]:
            best, choice = score, d
    return choice


def read_csv(path: Path, display: str) -> Table:
    """A CSV file: any of ; , tab | as delimiter, UTF-8 (with or without BOM) or Windows-1252."""
    _check_size(path, display)
    text, encoding = _decode(path.read_bytes(), display)
    lines = text.splitlines()
    skip = 0
    delim: str | None = None
    if lines and lines[0].strip().lower().startswith("sep="):  # Excel's "sep=;" first line
        named = lines[0].strip()[4:]
        named = "\t" if named in ("\t", "\\t", "tab") else named
        if named not in _DELIMITER_NAMES:
            raise _fail("row 1", f"the first line {cut(lines[0].strip())!r} names the delimiter "
                        f"{cut(named)!r}; allowed: sep=; sep=, sep=| or a tab", display)
        delim, skip = named, 1
    if delim is None:
        sample = [ln for ln in lines[:60] if ln.strip()]
        delim = sniff_delimiter(sample)
    reader = csv.reader(io.StringIO(text), delimiter=delim, strict=True)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    try:
        for num, rec in enumerate(reader, start=1):
            if num <= skip:
                continue
            if len(rows) >= MAX_ROWS:
                raise _fail("", f"more than {MAX_ROWS:,} rows; split the file", display)
            if len(rec) > MAX_COLUMNS:
                raise _fail(f"row {reader.line_num}", f"{len(rec):,} columns; at most "
                            f"{MAX_COLUMNS}", display)
            for k, cell in enumerate(rec):
                if len(cell) > MAX_CELL_CHARS:
                    raise _fail(f"row {reader.line_num}, column {k + 1}",
                                f"a cell of {len(cell):,} characters ({cut(cell)!r}); cells hold at "
                                f"most {MAX_CELL_CHARS:,}", display)
            rows.append((num, tuple(rec)))
    except csv.Error as exc:
        raise _fail(f"row {reader.line_num}", f"cannot read the CSV: {cut(str(exc), 200)}",
                    display) from None
    return Table(display, None, rows, None, f"CSV, {_DELIMITER_NAMES[delim]}-separated, {encoding}")


def cut(text: str, limit: int = 40) -> str:
    """``text`` shortened to ``limit`` characters for a message (``abc…`` with its length)."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def _check_size(path: Path, display: str) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail("", f"cannot read the file: {exc.strerror or exc}", display, code="cannot-read",
                    detail=exc.strerror or exc) from None
    if size > MAX_FILE_BYTES:
        raise _fail("", f"{size:,} bytes; files to import are at most {MAX_FILE_BYTES // 2**20} MB "
                    "(split the file)", display, code="file-too-large", size=size,
                    max_mb=MAX_FILE_BYTES // 2**20)


#: Read XLSX with python-calamine (Rust, ~10x faster) when it is installed and the workbook has
#: no error cells (calamine reads ``#N/A`` as an empty cell); else with openpyxl.
USE_CALAMINE = True
_EPOCH_1904 = dt.datetime(1904, 1, 1)
_EPOCH_1900 = dt.datetime(1899, 12, 30)


class _UseOpenpyxl(Exception):
    pass


@dataclass
class XlsxInfo:
    """What ``inspect_xlsx`` found before the workbook is read."""

    epoch: dt.datetime = _EPOCH_1900
    error_cells: bool = False  # ``#N/A`` and the like (calamine reads them as empty)
    dimension_too_large: bool = False  # a declared sheet size calamine would allocate


_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension)\b([^>]*)>")
_ATTR_R = re.compile(rb"\br\s*=\s*[\"']([^\"']*)[\"']")
_ATTR_REF = re.compile(rb"\bref\s*=\s*[\"']([^\"']*)[\"']")
_CELL_REF = re.compile(rb"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
_CHUNK = 1 << 20


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _ref(text: bytes) -> tuple[int, int] | None:
    m = _CELL_REF.match(text)
    return (int(m.group(2)), _col_number(m.group(1))) if m else None


def inspect_xlsx(path: Path, display: str) -> XlsxInfo:
    """Check an XLSX workbook before any reader sees it: zip parts and their uncompressed sizes
    (read, not trusted from the directory), no XML entities, every sheet's rows, columns and
    area within the bounds above. Raises ``ImportFileError`` for a damaged or oversized
    workbook; never loads more than one chunk of a part in memory."""
    info = XlsxInfo()
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
            if len(members) > MAX_XLSX_MEMBERS:
                raise _fail("", f"{len(members):,} parts in the workbook; at most "
                            f"{MAX_XLSX_MEMBERS:,}", display)
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names:
                raise _fail("", "not an XLSX workbook (no xl/workbook.xml)", display)
            total = 0
            for m in members:
                if m.is_dir():
                    continue
                total += _scan_member(z, m, info, display, total)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError, KeyError, zlib.error) as exc:
        raise _fail("", f"not a readable XLSX workbook (damaged: {cut(str(exc), 80)})",
                    display, code="xlsx-unreadable") from None
    return info


def _scan_member(z: zipfile.ZipFile, m: zipfile.ZipInfo, info: XlsxInfo, display: str,
                 before: int) -> int:
    """Read one part of the workbook chunk by chunk, checking its size (with the ``before``
    bytes of the parts read already), XML entities and, in a worksheet, its cell references and
    bounds; returns its uncompressed size."""
    name = m.filename
    is_sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
    is_xml = name.endswith((".xml", ".rels", ".vml"))
    size = 0
    carry = b""
    counts = _SheetCounts()
    with z.open(m) as fh:
        first = True
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_XLSX_MEMBER_BYTES or before + size > MAX_XLSX_TOTAL_BYTES:
                raise _fail("", f"the workbook unpacks to more than "
                            f"{min(MAX_XLSX_MEMBER_BYTES, MAX_XLSX_TOTAL_BYTES) // 2**20} MB "
                            f"({name}); it is refused", display)
            if first:
                _check_first_chunk(chunk, name, is_xml, info, display)
            first = False
            if not is_sheet:
                continue
            buf = carry + chunk
            end = buf.rfind(b">") + 1
            if end == 0 and len(buf) < 4 * _CHUNK:
                carry = buf
                continue
            part, carry = (buf[:end], buf[end:]) if end else (buf, b"")
            if b't="e"' in part:
                info.error_cells = True
            _scan_tags(part, counts, info, name, display)
    return size


def _check_first_chunk(chunk: bytes, name: str, is_xml: bool, info: XlsxInfo, display: str) -> None:
    """Refuse a part that declares XML entities; note a workbook dated from 1904."""
    if is_xml and (b"<!DOCTYPE" in chunk[:4096] or b"<!ENTITY" in chunk[:4096]):
        raise _fail("", f"{name} declares XML entities; a spreadsheet never does, it is "
                    "refused", display)
    if name == "xl/workbook.xml" and re.search(rb"date1904=\"(1|true)\"", chunk):
        info.epoch = _EPOCH_1904


@dataclass
class _SheetCounts:
    """What a worksheet's tags read so far show: its highest row and column referenced, rows,
    cells in the current row and in the widest row."""

    max_row: int = 0
    max_col: int = 0
    rows: int = 0
    cells_in_row: int = 0
    widest: int = 0


def _scan_tags(part: bytes, counts: _SheetCounts, info: XlsxInfo, name: str, display: str) -> None:
    """Count the ``row``, ``c`` and ``dimension`` tags of a piece of a worksheet into ``counts``;
    refuse a damaged reference and a sheet beyond the bounds as soon as it shows."""
    max_row, max_col, rows = counts.max_row, counts.max_col, counts.rows  # locals: a hot loop
    cells_in_row, widest = counts.cells_in_row, counts.widest
    for tag in _TAG.finditer(part):
        kind, attrs = tag.group(1), tag.group(2)
        if kind == b"row":
            rows += 1
            widest = max(widest, cells_in_row)
            cells_in_row = 0
            r = _ATTR_R.search(attrs)
            if r:
                if not _ROW_REF.match(r.group(1)):
                    raise _bad_ref(name, r.group(1), display)
                max_row = max(max_row, int(r.group(1)))
        elif kind == b"c":
            cells_in_row += 1
            r = _ATTR_R.search(attrs)
            if r:
                ref = _ref(r.group(1))
                if ref is None or ref[0] == 0:  # calamine aborts on such references
                    raise _bad_ref(name, r.group(1), display)
                max_row, max_col = max(max_row, ref[0]), max(max_col, ref[1])
        elif _dimension_too_large(attrs):
            info.dimension_too_large = True
        max_row = max(max_row, rows)
        bad = _sheet_bound(max_row, max(max_col, widest, cells_in_row))
        if bad:
            sheet = name.rsplit("/", 1)[-1]
            raise _fail("", f"the sheet {sheet} spans {bad}; a workbook to import has at "
                        f"most {MAX_ROWS:,} rows, {MAX_COLUMNS} columns (A to IV) and "
                        f"{MAX_CELLS:,} cells. Copy the data into a new workbook",
                        display)
    counts.max_row, counts.max_col, counts.rows = max_row, max_col, rows
    counts.cells_in_row, counts.widest = cells_in_row, widest


def _dimension_too_large(attrs: bytes) -> bool:
    """True when a ``dimension`` tag's area reaches beyond ``MAX_ROWS`` or ``MAX_COLUMNS`` (the
    sheet is then read with openpyxl)."""
    r = _ATTR_REF.search(attrs)
    ends = [x for x in (r.group(1).split(b":") if r else []) if _ref(x)]
    area = [_ref(x) for x in ends]
    return bool(area) and any(a is not None and (a[0] > MAX_ROWS or a[1] > MAX_COLUMNS) for a in area)


_ROW_REF = re.compile(rb"^[1-9][0-9]{0,6}$")


def _bad_ref(part: str, ref: bytes, display: str) -> ImportFileError:
    text = ref.decode("latin-1")
    return _fail("", f"the workbook is damaged: {part.rsplit('/', 1)[-1]} has the cell or row "
                 f"reference {cut(text, 20)!r}", display)


def _sheet_bound(rows: int, cols: int) -> str | None:
    if rows > MAX_ROWS:
        return f"{rows:,} rows"
    if cols > MAX_COLUMNS:
        return f"{cols:,} columns"
    if rows * cols > MAX_CELLS:
        return f"{rows:,} rows x {cols:,} columns"
    return None


def read_xlsx(path: Path, display: str, sheet: str | None = None) -> list[Table]:
    """The worksheets of an XLSX workbook (values of formulas as last saved by Excel), after
    ``inspect_xlsx`` found it within bounds."""
    _check_size(path, display)
    info = inspect_xlsx(path, display)
    if USE_CALAMINE and not info.error_cells and not info.dimension_too_large:
        try:
            return _read_xlsx_calamine(path, display, sheet, info.epoch)
        except _UseOpenpyxl:
            pass
    return _read_xlsx_openpyxl(path, display, sheet)


def _read_xlsx_calamine(path: Path, display: str, sheet: str | None,
                        epoch: dt.datetime) -> list[Table]:
    try:
        from python_calamine import CalamineWorkbook, SheetTypeEnum
    except ImportError:
        raise _UseOpenpyxl() from None
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception:  # damaged or unusual workbook: openpyxl reports it
        raise _UseOpenpyxl() from None
    try:
        names = [m.name for m in wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        if sheet is not None and sheet not in names:
            raise _fail("", f"no sheet {sheet!r}; the sheets are {', '.join(map(repr, names))}", display,
                    code="no-such-sheet", sheet=sheet, sheets=", ".join(names))
        out = []
        for name in names:
            if sheet is not None and name != sheet:
                continue
            data = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            rows = []
            for num, r in enumerate(data, start=1):
                _check_cells(r, num, display, name)
                rows.append((num, tuple(r)))
            out.append(Table(display, name, rows, epoch, "XLSX"))
        return out
    except ImportFileError:
        raise
    except Exception:
        raise _UseOpenpyxl() from None
    finally:
        wb.close()


def _read_xlsx_openpyxl(path: Path, display: str, sheet: str | None) -> list[Table]:
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # any damage: openpyxl raises many kinds
        raise _fail("", f"not a readable XLSX workbook ({cut(str(exc), 80)})", display,
                    code="xlsx-unreadable") from None
    try:
        return _openpyxl_tables(wb, display, sheet)
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged part found while reading
        raise _fail("", f"not a readable XLSX workbook ({cut(str(exc), 80)})", display,
                    code="xlsx-unreadable") from None
    finally:
        wb.close()


def _openpyxl_tables(wb: Any, display: str, sheet: str | None) -> list[Table]:
    names = list(wb.sheetnames)
    if sheet is not None and sheet not in names:
        raise _fail("", f"no sheet {sheet!r}; the sheets are {', '.join(map(repr, names))}", display,
                    code="no-such-sheet", sheet=sheet, sheets=", ".join(names))
    out = []
    for ws in wb.worksheets:
        if sheet is not None and ws.title != sheet:
            continue
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        rows = []
        for num, r in enumerate(ws.iter_rows(values_only=True), start=1):
            _check_cells(r, num, display, ws.title)
            rows.append((num, tuple(r)))
        out.append(Table(display, ws.title, rows, wb.epoch, "XLSX"))
    return out


def _check_cells(row: Any, num: int, display: str, sheet: str) -> None:
    for k, v in enumerate(row):
        if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
            raise _fail(f"sheet {sheet!r}, row {num}, column {k + 1}",
                        f"a cell of {len(v):,} characters ({cut(v)!r}); cells hold at most "
                        f"{MAX_CELL_CHARS:,}", display)


def xlsx_sheet_names(path: str | Path) -> list[str]:
    """The worksheet names of an XLSX workbook (empty when it cannot be read)."""
    import openpyxl
    try:
        _check_size(Path(path), Path(path).name)
        inspect_xlsx(Path(path), Path(path).name)
        wb = openpyxl.load_workbook(path, read_only=True)
    except Exception:
        return []
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def read_tables(source: str | Path, sheet: str | None = None) -> list[Table]:
    """Every table of a CSV or XLSX file (one per worksheet)."""
    path = Path(source)
    display = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise _fail("", "file not found", str(path), code="file-not-found") from None
    except OSError as exc:
        raise _fail("", f"cannot read the file: {exc}", str(path), code="cannot-read",
                    detail=exc.strerror or exc) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail("", "this is an old Excel .xls file; save it as .xlsx or CSV and import that", display,
                    code="xls-file")
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                if "mimetype" in z.namelist():
                    with z.open("mimetype") as fh:
                        if b"opendocument" in fh.read(200):
                            raise _fail("", "this is an OpenDocument spreadsheet; save it as .xlsx "
                                        "or CSV", display, code="ods-file")
        except ImportFileError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError, KeyError, zlib.error):
            raise _fail("", "not a readable XLSX workbook (damaged zip)", display,
                        code="xlsx-unreadable") from None
        return read_xlsx(path, display, sheet)
    if sheet is not None:
        raise _fail("", "a CSV file has no sheets", display)
    return [read_csv(path, display)]
