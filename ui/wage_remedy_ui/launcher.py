"""The ``wage-remedy`` command: the desktop app when no command is given (or a case file),
otherwise the core command line (``wage_remedy.cli``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from wage_remedy.cli import main as cli_main
from wage_remedy.cli import wants_gui


def main(argv: Sequence[str] | None = None) -> int:
    """Open the app (``wage-remedy``, ``wage-remedy CASE``, ``--rates DIR``) or run a command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not wants_gui(args):
        return cli_main(args)
    rates = None
    if len(args) >= 2 and args[0] == "--rates":
        rates, args = args[1], args[2:]
    from wage_remedy_ui.platform_check import check_display

    problem = check_display()
    if problem is not None:  # instead of Qt's bare "could not load the Qt platform plugin"
        print(problem, file=sys.stderr)
        return 2
    from wage_remedy_ui.app import run_app

    return int(run_app(args[0] if args else None, rates=rates))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
