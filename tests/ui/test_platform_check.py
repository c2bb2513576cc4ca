"""The launcher names the missing system library instead of Qt's bare platform-plugin error."""

from __future__ import annotations

from typing import Any

import pytest

from wage_remedy_ui import platform_check


def test_missing_libraries_are_named_with_the_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(platform_check, "missing_libraries",
                        lambda: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    text = platform_check.check_display()
    assert text is not None
    assert "libxcb-cursor.so.0" in text and "libxkbcommon-x11.so.0" in text
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in text


def test_no_display_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert "no graphical display" in (platform_check.check_display() or "")


def test_launcher_stops_with_the_message(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from wage_remedy_ui import launcher
    monkeypatch.setattr(platform_check, "check_display", lambda: "missing: libxcb-icccm.so.4")
    assert launcher.main([]) == 2
    assert "libxcb-icccm.so.4" in capsys.readouterr().err


def test_offscreen_is_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda: ["libxcb-icccm.so.4"])
    assert platform_check.check_display() is None
