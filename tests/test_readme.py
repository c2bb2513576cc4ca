"""The README says what the program is: its command table matches the real command-line parser,
and its layout table matches the tree."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from wage_remedy.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


def _subparsers(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(p: argparse.ArgumentParser) -> set[str]:
    return set(p._option_string_actions)


def _documented() -> list[tuple[list[str], set[str]]]:
    """(command path, options) for each alternative of each line of the command table."""
    block = re.search(r"```\n(.*?)```", _section("Command line"), re.S)
    assert block
    out: list[tuple[list[str], set[str]]] = []
    for line in block.group(1).splitlines():
        if not line.startswith("wage-remedy"):
            continue
        words = line.split()[1:]
        if words and words[0] == "rates":
            for alt in " ".join(words[1:]).split(" | "):
                first = alt.split()[0]
                out.append((["rates", first], set(re.findall(r"--[\w-]+", alt))))
        elif words and re.fullmatch(r"[a-z][\w-]*", words[0]):
            out.append(([words[0]], set(re.findall(r"--[\w-]+", line))))
        else:  # the app (``wage-remedy [CASE]``) or a top-level option (``--version``)
            out.append(([], set(re.findall(r"--[\w-]+", line))))
    return out


def test_every_documented_command_and_option_exists() -> None:
    parser = build_parser()
    for path, options in _documented():
        p = parser
        for name in path:
            subs = _subparsers(p)
            assert name in subs, f"README documents 'wage-remedy {' '.join(path)}', the parser has no {name!r}"
            p = subs[name]
        missing = options - _options(p)
        assert not missing, f"'wage-remedy {' '.join(path)}': README options {sorted(missing)} do not exist"


def test_every_command_of_the_parser_is_documented() -> None:
    parser = build_parser()
    documented = {tuple(path) for path, _ in _documented()}
    for name, sub in _subparsers(parser).items():
        if name == "rates":
            for rname in _subparsers(sub):
                assert ("rates", rname) in documented, f"'wage-remedy rates {rname}' is not in the README"
        else:
            assert (name,) in documented, f"'wage-remedy {name}' is not in the README's command table"


def test_the_layout_table_names_what_is_in_the_tree() -> None:
    table = _section("Layout")
    named = re.findall(r"^\| `([^`]+)` \|", table, re.M)
    for path in named:  # everything the table names exists
        assert (ROOT / path).exists(), f"README layout names {path}, which does not exist"
    tops = {p.name + ("/" if p.is_dir() else "") for p in ROOT.iterdir()
            if not p.name.startswith(".") and p.name not in ("README.md", "pyproject.toml")
            and (ROOT / p.name).exists() and p.name not in ("build", "dist")
            and not p.name.endswith(".egg-info") and p.name != "__pycache__"}
    tops |= {".ci/run"}
    for top in tops:  # every top-level folder has its row
        assert top in named, f"README layout has no row for {top}"
    core = next(line for line in table.splitlines() if line.startswith("| `wage_remedy/`"))
    for pkg in sorted((ROOT / "wage_remedy").iterdir()):
        if (pkg / "__init__.py").is_file():  # every package of the core is named in its row
            assert f"`{pkg.name}/`" in core, f"README layout does not name wage_remedy/{pkg.name}/"
