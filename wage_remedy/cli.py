"""Command line: ``wage-remedy`` (docs/architecture.md, Command line and JSON output). Exit 0 ok, 2 bad input, 1 internal error."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from wage_remedy.api import (
    CaseError,
    CaseProblem,
    Catalogue,
    DocumentError,
    LookupError_,
    OutputError,
    RateFileError,
    load_case,
    load_catalogue,
)
from wage_remedy.errors import WageRemedyError

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(WageRemedyError):
    """A user error reported with exit code 2."""


def _date(text: str) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date (YYYY-MM-DD)") from None


def _catalogue(args: argparse.Namespace) -> Catalogue:
    return load_catalogue(getattr(args, "rates", None))


def _emit_json(data: Any) -> None:
    from wage_remedy.api import json_text
    sys.stdout.write(json_text(data) + "\n")


# ------------------------------------------------------------------------------------ commands
def _write_utf8(data: bytes) -> None:
    """``data`` (UTF-8) to standard output as it is, or decoded where standard output takes
    text only (a stream replaced by a test or an embedding program)."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    sys.stdout.flush()
    out.write(data)
    out.flush()


def cmd_compute(args: argparse.Namespace) -> int:
    from wage_remedy.api import compute, result_json_bytes, text_statement
    case = load_case(args.case)
    result = compute(case, _catalogue(args), args.as_of)
    if args.format == "json":
        _write_utf8(result_json_bytes(result))
    else:
        sys.stdout.write(text_statement(result))
    if getattr(args, "export", None):
        from wage_remedy.api import ExportError, export
        try:
            written = export(result, case, args.export, overwrite=args.overwrite)
        except (ExportError, OSError) as exc:
            raise BadInput(str(exc)) from None
        for path in written:
            sys.stderr.write(f"written: {path}\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from wage_remedy.api import compute, demo_case_path, result_json_bytes, text_statement
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    case = load_case(demo_case_path())
    cat = _catalogue(args)
    result = compute(case, cat)
    from wage_remedy.api import check_outputs, write_new
    statement = text_statement(result)
    write_new(out / "demo-result.json", result_json_bytes(result), overwrite=args.overwrite)
    write_new(out / "demo-statement.txt", statement.encode("utf-8"), overwrite=args.overwrite)
    written = [out / "demo-result.json", out / "demo-statement.txt"]
    try:
        from wage_remedy.api import issue_all
    except ImportError:
        issue_all = None  # type: ignore[assignment]
    if issue_all is not None:
        case_copy = out / "demo-case.json"
        if not case_copy.exists():  # a second run reprints from the record of the first
            check_outputs([case_copy])
            case_copy.write_bytes(Path(demo_case_path()).read_bytes())
        written += issue_all(case_copy, out, catalogue=cat, lang=args.lang)
    sys.stdout.write(text_statement(result))
    sys.stdout.write("\nWritten:\n" + "".join(f"  {p}\n" for p in written))
    return EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    from wage_remedy.api import issue_all
    written = issue_all(Path(args.case), Path(args.out), catalogue=_catalogue(args), lang=args.lang,
                        worker_lang=args.worker_lang, as_of=args.as_of, kinds=args.kind)
    sys.stdout.write("".join(f"{p}\n" for p in written))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from wage_remedy.api import verify_pdf
    ok, report = verify_pdf(Path(args.case), Path(args.pdf), catalogue=_catalogue(args))
    sys.stdout.write(report + "\n")
    return EXIT_OK if ok else EXIT_BAD_INPUT


def cmd_check(args: argparse.Namespace) -> int:
    from wage_remedy.api import check_claims, claims_text, claims_to_json
    case = load_case(args.case)
    if getattr(args, "pdf", None):  # refused before anything is computed or written
        from wage_remedy.api import check_outputs
        check_outputs([args.pdf], overwrite=args.overwrite)
    report = check_claims(case, _catalogue(args), args.as_of)
    if args.format == "json":
        _emit_json(claims_to_json(report))
    else:
        sys.stdout.write(claims_text(report))
    if getattr(args, "pdf", None):
        from wage_remedy.api import render_claim_check, write_new
        pdf = render_claim_check(case, report, report.result, lang=args.lang)
        write_new(args.pdf, pdf, overwrite=args.overwrite)
        sys.stderr.write(f"written: {args.pdf}\n")
    return EXIT_OK


def cmd_whatif(args: argparse.Namespace) -> int:
    from wage_remedy.api import what_if, whatif_text, whatif_to_json
    case = load_case(args.case)
    report = what_if(case, _catalogue(args), as_of=args.as_of, worker=args.worker,
                     category=args.category, sector=args.sector, function_years=args.function_years,
                     agreed_rate=args.agreed_rate, rates_dir=args.what_if_rates,
                     drop_estimates=args.without_estimates)
    if args.format == "json":
        _emit_json(whatif_to_json(report))
    else:
        sys.stdout.write(whatif_text(report))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from wage_remedy.api import run_import_cli
    return run_import_cli(args)


def cmd_rates_list(args: argparse.Namespace) -> int:
    cat = _catalogue(args)
    today = dt.date.today()
    rows: list[dict[str, Any]] = []
    for tid in sorted(cat.tables):
        t = cat.tables[tid]
        rows.append({"id": tid, "title": t.title.en, "kind": t.kind, "unit": t.unit,
                     "first": t.versions[0].start.isoformat(), "last": t.versions[-1].start.isoformat(),
                     "last_is_gap": t.versions[-1].gap, "versions": len(t.versions),
                     "statuses": ", ".join(s for s in ("verified", "secondary", "derived", "unverified")
                                           if any(v.status == s for v in t.versions)),
                     "reviewed_through": t.reviewed_through.isoformat(),
                     "next_review": t.next_review.isoformat() if t.next_review else None,
                     "outdated": cat.is_outdated(tid, today),
                     "from": "user" if tid in cat.user_tables else "bundled"})
    if args.format == "json":
        _emit_json(rows)
    else:
        sys.stdout.write(f"{'table':<26} {'first':<10} .. {'last':<14} {'n':>2}  {'reviewed':<10}  "
                         f"statuses\n")
        for r in rows:
            last = r["last"] + (" gap" if r["last_is_gap"] else "    ")
            flag = f"  OUTDATED on {today}" if r["outdated"] else ""
            user = "  (user folder)" if r["from"] == "user" else ""
            sys.stdout.write(f"{r['id']:<26} {r['first']} .. {last} {r['versions']:>2}  "
                             f"{r['reviewed_through']}  [{r['statuses']}]{flag}{user}\n")
        if cat.user_root:
            sys.stdout.write(f"user rates folder: {cat.user_root}\n")
            from wage_remedy.api import installed_state
            state = installed_state(Path(cat.user_root))
            if state:
                expired = " (EXPIRED: ask for a current bundle)" if str(state.get("expires", "")) < today.isoformat() else ""
                sys.stdout.write(f"installed rates bundle {state.get('sequence')} of {state.get('created')}, "
                                 f"valid until {state.get('expires')}{expired}\n")
    return EXIT_OK


def cmd_rates_show(args: argparse.Namespace) -> int:
    from wage_remedy.api import show_table
    data, text = show_table(_catalogue(args), args.id, args.on)
    if args.format == "json":
        _emit_json(data)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_rates_check(args: argparse.Namespace) -> int:
    folder = args.dir or getattr(args, "rates", None)
    cat = load_catalogue(folder)  # raises RateFileError with every problem
    from wage_remedy.api import required_problems, sample_problems
    problems = required_problems(cat)  # and what the calculation needs from the folder
    if not problems:
        problems = sample_problems(cat)
    if problems:
        raise RateFileError(problems)
    n = sum(len(t.versions) for t in cat.tables.values())
    if args.format == "json":
        _emit_json({"ok": True, "folder": cat.root, "tables": len(cat.tables), "versions": n, "problems": []})
    else:
        sys.stdout.write(f"OK: {len(cat.tables)} tables, {n} versions in {cat.root}\n")
    return EXIT_OK


# ------------------------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    """The command line of docs/architecture.md: the case commands and the ``rates`` group."""
    p = argparse.ArgumentParser(prog="wage-remedy", description="Back-pay calculator for labour inspectors.")
    p.add_argument("--version", action="store_true", help="print the program and rates versions")
    p.add_argument("--rates", metavar="DIR", help="use the rate files in DIR instead of the bundled ones")
    sub = p.add_subparsers(dest="command")

    def add(name: str, fn: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_)
        sp.set_defaults(func=fn)
        sp.add_argument("--rates", metavar="DIR", default=argparse.SUPPRESS,
                        help="use the rate files in DIR")
        return sp

    _case_commands(add)
    _rates_commands(sub)
    return p


_Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _case_commands(add: _Add) -> None:
    """compute, documents, verify and check (then whatif, import and demo)."""
    c = add("compute", cmd_compute, "compute a case")
    c.add_argument("case")
    c.add_argument("--as-of", type=_date, default=None)
    c.add_argument("--format", choices=["text", "json"], default="text")
    c.add_argument("--export", metavar="PATH", default=None,
                   help="also write the calculation to PATH: .xlsx, a .csv name or a folder (CSV files)")
    c.add_argument("--overwrite", action="store_true",
                   help="replace existing export files (never a case file or an issued document)")

    d = add("documents", cmd_documents, "issue the PDF documents of a case")
    d.add_argument("case")
    d.add_argument("--out", required=True)
    d.add_argument("--lang", choices=["fr", "nl", "de", "en"], default=None)
    d.add_argument("--worker-lang", default=None)
    d.add_argument("--as-of", type=_date, default=None)
    d.add_argument("--kind", action="append", choices=["payment-order", "receipt", "statement", "fines"],
                   default=None, help="only these documents (repeatable)")

    v = add("verify", cmd_verify, "check that a PDF matches its case")
    v.add_argument("case")
    v.add_argument("pdf")

    k = add("check", cmd_check, "compare the case's claims with the computation")
    k.add_argument("case")
    k.add_argument("--as-of", type=_date, default=None)
    k.add_argument("--format", choices=["text", "json"], default="text")
    k.add_argument("--pdf", metavar="PATH", default=None, help="also write the claim-check PDF")
    k.add_argument("--overwrite", action="store_true",
                   help="replace an existing file at --pdf (never a case file or an issued document)")
    k.add_argument("--lang", choices=["fr", "nl", "de", "en"], default="en",
                   help="language of the PDF")

    _whatif_import_demo(add)


def _whatif_import_demo(add: _Add) -> None:
    """whatif, import and demo."""
    wi = add("whatif", cmd_whatif, "recompute a modified copy of the case and show the differences")
    wi.add_argument("case")
    wi.add_argument("--as-of", type=_date, default=None)
    wi.add_argument("--worker", default=None, help="change only this worker (default: every worker)")
    wi.add_argument("--category", default=None)
    wi.add_argument("--sector", default=None, help="a sector table id, or 'none'")
    wi.add_argument("--function-years", type=int, default=None)
    wi.add_argument("--agreed-rate", default=None, help="an hourly rate such as 16.50, or 'none'")
    wi.add_argument("--what-if-rates", metavar="DIR", default=None,
                    help="compute the what-if with the rate files in DIR")
    wi.add_argument("--format", choices=["text", "json"], default="text")
    wi.add_argument("--without-estimates", action="store_true",
                    help="compute the what-if on the records only: drop every estimate (docs/estimates.md)")

    i = add("import", cmd_import, "import shifts, hours and payments from CSV or XLSX")
    i.add_argument("case")
    i.add_argument("file")
    i.add_argument("--worker", default=None)
    i.add_argument("--mapping", default=None)
    i.add_argument("--dry-run", action="store_true")
    i.add_argument("--skip-rejected", action="store_true",
                   help="import the valid rows and leave the rejected ones out")
    i.add_argument("--sheet", default=None, help="import only this sheet of an XLSX workbook")
    i.add_argument("--show-rows", action="store_true", help="print every row of the preview")

    dm = add("demo", cmd_demo, "compute the bundled demo case and write its documents")
    dm.add_argument("--out", required=True)
    dm.add_argument("--lang", choices=["fr", "nl", "de", "en"], default=None)
    dm.add_argument("--overwrite", action="store_true",
                    help="replace demo files that differ (never a case file or an issued document)")


def _rates_commands(sub: Any) -> None:
    """rates list | show | check, and the update commands (add, index, bundles)."""
    r = sub.add_parser("rates", help="list, show and check rate tables")
    r.add_argument("--rates", metavar="DIR", default=argparse.SUPPRESS)
    rs = r.add_subparsers(dest="rates_command", required=True)
    rl = rs.add_parser("list")
    rl.set_defaults(func=cmd_rates_list)
    rl.add_argument("--format", choices=["text", "json"], default="text")
    rsh = rs.add_parser("show")
    rsh.set_defaults(func=cmd_rates_show)
    rsh.add_argument("id")
    rsh.add_argument("--on", type=_date, default=None)
    rsh.add_argument("--format", choices=["text", "json"], default="text")
    rc = rs.add_parser("check")
    rc.set_defaults(func=cmd_rates_check)
    rc.add_argument("dir", nargs="?", default=None)
    rc.add_argument("--format", choices=["text", "json"], default="text")
    from wage_remedy.api import register_rates_commands as register_rates_updates
    for sp in (rl, rsh, rc, *register_rates_updates(rs)):
        sp.add_argument("--rates", metavar="DIR", default=argparse.SUPPRESS)


def _version_text() -> str:
    from wage_remedy.api import build_info
    info = build_info()
    return (f"wage-remedy {info['version']}\nrates {info['rates_version']} ({info['rates_digest'][:12]})\n"
            f"built {info['build_date']}\n")


def _report_problems(problems: Sequence[object], head: str) -> None:
    sys.stderr.write(f"{head}: {len(problems)} problem(s)\n")
    for pr in problems:
        sys.stderr.write(f"  - {pr}\n")


COMMANDS = frozenset({"compute", "documents", "verify", "check", "whatif", "import", "demo", "rates"})


def wants_gui(argv: Sequence[str]) -> bool:
    """True when the arguments ask for the desktop app: none, a case file, or only ``--rates DIR``."""
    args = list(argv)
    if len(args) >= 2 and args[0] == "--rates":
        args = args[2:]
    return not args or (args[0] not in COMMANDS and not args[0].startswith("-"))


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point (``python -m wage_remedy``; the ``wage-remedy`` launcher in
    ``wage_remedy_ui.launcher`` opens the desktop app instead when no command is given)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(argv):
        sys.stderr.write("no command given: the desktop app is started by the `wage-remedy` "
                         "launcher; commands: " + ", ".join(sorted(COMMANDS)) + "\n")
        return EXIT_BAD_INPUT
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_BAD_INPUT if exc.code not in (0, None) else EXIT_OK
    if args.version:
        sys.stdout.write(_version_text())
        return EXIT_OK
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    return _run(args.func, args)


def _run(fn: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return fn(args)
    except CaseError as exc:
        _report_problems(exc.problems, exc.file or getattr(args, "case", None) or "case")
        return EXIT_BAD_INPUT
    except RateFileError as exc:
        _report_problems(exc.problems, "rates")
        return EXIT_BAD_INPUT
    except (LookupError_, BadInput, DocumentError, OutputError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_BAD_INPUT
    except (ArithmeticError, OverflowError) as exc:
        if getattr(args, "rates", None) is None:
            raise
        sys.stderr.write(f"error: the rate files in {args.rates} hold a value the calculation "
                         f"cannot use ({type(exc).__name__}); check them with `wage-remedy rates "
                         "check DIR`\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # pragma: no cover
        return EXIT_OK
    except Exception:  # pragma: no cover - internal errors
        sys.stderr.write("internal error (please report it with the case file):\n")
        traceback.print_exc()
        return EXIT_INTERNAL


__all__ = ["main", "CaseProblem"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
