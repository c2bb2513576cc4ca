"""The ``wage-remedy`` launcher: the app without a command, the core CLI with one."""

from __future__ import annotations

import pytest

from wage_remedy.cli import main as cli_main
from wage_remedy.cli import wants_gui
from wage_remedy_ui import launcher


def test_wants_gui() -> None:
    assert wants_gui([]) and wants_gui(["case.json"]) and wants_gui(["--rates", "/x"])
    assert wants_gui(["--rates", "/x", "case.json"])
    assert not wants_gui(["compute", "case.json"]) and not wants_gui(["--version"])
    assert not wants_gui(["rates", "list"])


def test_commands_go_to_the_core(capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher.main(["rates", "list"]) == 0
    assert "be/national-minimum" in capsys.readouterr().out


def test_no_command_opens_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[object, object]] = []
    import wage_remedy_ui.app

    monkeypatch.setattr(wage_remedy_ui.app, "run_app", lambda case, rates=None: seen.append((case, rates)) or 0)
    assert launcher.main(["--rates", "/r", "my.json"]) == 0
    assert seen == [("my.json", "/r")]


def test_core_cli_alone_never_opens_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main([]) == 2
    assert "desktop app is started by the `wage-remedy` launcher" in capsys.readouterr().err
