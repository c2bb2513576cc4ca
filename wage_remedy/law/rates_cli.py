"""``wage-remedy rates add | index | export-bundle | import | keygen | trust-key`` (the update
workflow for legal staff; registered by ``wage_remedy.cli``)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wage_remedy.law.bundle import (
    BundleError,
    export_bundle,
    generate_key,
    install_bundle,
    trust_key,
    verify_bundle,
)
from wage_remedy.law.update import (
    STATUSES,
    Plan,
    UpdateError,
    apply_plan,
    cell_keys,
    editable_root,
    parse_figure,
    prepare_add,
    prepare_index,
)

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _guard(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (UpdateError, BundleError) as exc:
            sys.stderr.write(f"error: {exc}\n")
            return EXIT_BAD_INPUT
    return run


def _ask(label: str, current: str | None = None) -> str:
    """Ask on the terminal (only when stdin is one)."""
    sys.stderr.write(f"{label}{f' [{current}]' if current else ''}: ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip()
    return answer or (current or "")


def _figures(args: argparse.Namespace, rates: Path) -> str:
    if args.set:
        return "\n".join(args.set)
    if args.figures == "-":
        return sys.stdin.read()
    if args.figures:
        try:
            return Path(args.figures).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UpdateError(f"--figures {args.figures}: cannot read ({exc})") from None
    if not sys.stdin.isatty():
        raise UpdateError("no figures: give --figures FILE, --figures - (standard input) or --set KEY=VALUE")
    from wage_remedy.law.loader import parse_rate_text
    path = rates / f"{args.table}.yaml"
    table = parse_rate_text(path.read_text(encoding="utf-8"), path.name, args.table)
    lines = []
    sys.stderr.write(f"Type each figure of {args.table} from {args.start} (decimal comma or point):\n")
    for key in cell_keys(table, args.start):
        while True:
            text = _ask(f"  {key}")
            try:
                parse_figure(text, key)
            except UpdateError as exc:
                sys.stderr.write(f"  {exc}\n")
                continue
            lines.append(f"{key}={text}")
            break
    return "\n".join(lines)


def _source_args(args: argparse.Namespace) -> None:
    interactive = sys.stdin.isatty() and not (args.figures == "-")
    for name, label in (("title", "Source title (what you read)"), ("url", "Source URL")):
        if not getattr(args, name) and interactive:
            setattr(args, name, _ask(label))
        if not getattr(args, name):
            raise UpdateError(f"--{name} is required ({label.lower()})")


def _finish(args: argparse.Namespace, plan: Plan) -> int:
    if args.format == "json":
        sys.stdout.write(json.dumps(plan.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(plan.diff_text())
    if args.dry_run:
        sys.stderr.write("dry run: nothing written\n")
        return EXIT_OK
    accept = args.accept_jumps
    if plan.flags and not accept and sys.stdin.isatty() and args.figures != "-":
        accept = _ask("Some changes look implausible. Write anyway? (yes/no)", "no").lower() in ("y", "yes")
    apply_plan(plan, accept_jumps=accept)
    sys.stderr.write(f"written: {plan.path}\nwritten: {plan.changelog}\n")
    return EXIT_OK


@_guard
def cmd_rates_add(args: argparse.Namespace) -> int:
    rates, target = editable_root(args.table, getattr(args, "rates", None))
    _source_args(args)
    plan = prepare_add(rates, args.table, args.start, _figures(args, rates), status=args.status,
                       title=args.title, url=args.url, instrument=args.instrument,
                       published=args.published, note=args.note,
                       reviewed_through=args.reviewed_through, next_review=args.next_review,
                       who=args.by, write_root=target)
    return _finish(args, plan)


@_guard
def cmd_rates_index(args: argparse.Namespace) -> int:
    rates, target = editable_root(args.table, getattr(args, "rates", None))
    args.figures = None
    _source_args(args)
    plan = prepare_index(rates, args.table, args.start, args.percent, title=args.title, url=args.url,
                         instrument=args.instrument, published=args.published, note=args.note,
                         reviewed_through=args.reviewed_through, next_review=args.next_review,
                         who=args.by, write_root=target)
    return _finish(args, plan)


@_guard
def cmd_rates_export_bundle(args: argparse.Namespace) -> int:
    from wage_remedy.law.catalogue import default_rates_dir
    folder = Path(getattr(args, "rates", None) or default_rates_dir())
    info = export_bundle(folder, Path(args.key), Path(args.out), sequence=args.sequence,
                         expires=args.expires, publisher=args.publisher or "")
    if args.format == "json":
        sys.stdout.write(json.dumps(info, indent=2) + "\n")
    else:
        sys.stdout.write(f"written: {info['file']}\n  sequence {info['sequence']}, created "
                         f"{info['created']}, expires {info['expires']}, key {info['key_id']}, "
                         f"{info['tables']} tables, rates fingerprint {info['rates_digest'][:12]}\n")
    return EXIT_OK


@_guard
def cmd_rates_import(args: argparse.Namespace) -> int:
    verified = verify_bundle(Path(args.file))
    if args.format == "json":
        data: dict[str, Any] = verified.as_json()
        data["installed"] = not args.dry_run
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(verified.summary())
    if args.dry_run:
        sys.stderr.write("dry run: nothing installed\n")
        return EXIT_OK
    target = install_bundle(verified)
    from wage_remedy.law.catalogue import load_catalogue
    cat = load_catalogue()
    sys.stderr.write(f"installed into {target}; rates fingerprint now {cat.digest[:12]}\n")
    return EXIT_OK


@_guard
def cmd_rates_keygen(args: argparse.Namespace) -> int:
    pub, kid = generate_key(Path(args.out))
    sys.stdout.write(f"private key: {args.out} (keep it secret, on the legal team's machine only)\n"
                     f"public key:  {pub} (key id {kid}; give it to every installation: "
                     "`wage-remedy rates trust-key`)\n")
    return EXIT_OK


@_guard
def cmd_rates_trust_key(args: argparse.Namespace) -> int:
    kid = trust_key(Path(args.public_key), args.name)
    from wage_remedy.law.bundle import trusted_keys_file
    sys.stdout.write(f"trusted: {args.name} ({kid}) in {trusted_keys_file()}\n")
    return EXIT_OK


def register(rs: Any) -> list[argparse.ArgumentParser]:
    """Add the update commands to the ``rates`` sub-parsers; returns the new parsers."""
    out = []
    for name, fn, help_ in (("add", cmd_rates_add, "add a version with the published figures"),
                            ("index", cmd_rates_index, "add a derived version: the last figures indexed by a percentage")):
        sp = rs.add_parser(name, help=help_)
        sp.set_defaults(func=fn)
        sp.add_argument("table", help="table id, e.g. be/pc-302")
        sp.add_argument("--from", dest="start", type=_date, required=True, help="first day in force")
        if name == "add":
            sp.add_argument("--figures", metavar="FILE", default=None,
                            help="the figures as a column (one a line, in the order of the previous "
                                 "version) or KEY=VALUE lines; '-' reads standard input")
            sp.add_argument("--set", action="append", metavar="KEY=VALUE", default=None,
                            help="one cell, e.g. I/0=15.2097 (repeatable)")
            sp.add_argument("--status", choices=STATUSES, required=True)
        else:
            sp.add_argument("--percent", required=True, help="index percentage, e.g. 2 or 2.21")
        sp.add_argument("--source", "--title", dest="title", default=None, help="source title: what you read")
        sp.add_argument("--url", default=None, help="source URL")
        sp.add_argument("--instrument", default=None, help="legal instrument (CAO, decree …)")
        sp.add_argument("--published", type=_date, default=None, help="date of the source")
        sp.add_argument("--note", default=None)
        sp.add_argument("--reviewed-through", type=_date, default=None,
                        help="default: the later of the current date and --from")
        sp.add_argument("--next-review", type=_date, default=None)
        sp.add_argument("--accept-jumps", action="store_true",
                        help="write even if a figure falls or rises by more than 10 %%")
        sp.add_argument("--dry-run", action="store_true", help="show the differences, write nothing")
        sp.add_argument("--by", default=None, help="your name for CHANGELOG.md")
        sp.add_argument("--format", choices=["text", "json"], default="text")
        out.append(sp)
    eb = rs.add_parser("export-bundle", help="sign the rates folder into a bundle for other installations")
    eb.set_defaults(func=cmd_rates_export_bundle)
    eb.add_argument("--key", required=True, help="the team's private key (PEM)")
    eb.add_argument("--out", required=True)
    eb.add_argument("--sequence", type=int, default=None, help="default: the creation time YYYYMMDDHHMMSS")
    eb.add_argument("--expires", type=_date, default=None, help="default: 180 days from today")
    eb.add_argument("--publisher", default=None)
    eb.add_argument("--format", choices=["text", "json"], default="text")
    im = rs.add_parser("import", help="verify and install a signed rates bundle")
    im.set_defaults(func=cmd_rates_import)
    im.add_argument("file")
    im.add_argument("--dry-run", action="store_true", help="verify and show the changes, install nothing")
    im.add_argument("--format", choices=["text", "json"], default="text")
    kg = rs.add_parser("keygen", help="create the legal team's signing key pair")
    kg.set_defaults(func=cmd_rates_keygen)
    kg.add_argument("--out", required=True, help="private key file to create")
    tk = rs.add_parser("trust-key", help="accept bundles signed with this public key")
    tk.set_defaults(func=cmd_rates_trust_key)
    tk.add_argument("public_key")
    tk.add_argument("--name", required=True)
    return out + [eb, im, kg, tk]


