"""Fast checks of the release build's sources (installer/); the build itself runs in
installer/ci_build_if_needed.sh, only when packaging changes."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import wage_remedy
from wage_remedy import buildinfo, cli

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def test_program_version_is_the_pyproject_version() -> None:
    # `wage-remedy --version`, Help -> About and the installer's name all show __version__;
    # the release is named after pyproject.toml's version.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert wage_remedy.__version__ == project["version"]


def test_version_text_shows_the_build_date_of_a_frozen_build(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "_build.json").write_text(json.dumps({"build_date": "2031-02-03"}), encoding="utf-8")
    real_files = buildinfo.resources.files

    def files(package: str):  # type: ignore[no-untyped-def]
        return tmp_path if package == "wage_remedy" else real_files(package)

    monkeypatch.setattr(buildinfo.resources, "files", files)
    lines = cli._version_text().splitlines()
    assert lines[0] == f"wage-remedy {wage_remedy.__version__}"
    assert lines[2] == "built 2031-02-03"


def test_a_checkout_is_a_development_build() -> None:
    # The build writes _build.json into its work folder, never into the source tree.
    assert not (ROOT / "wage_remedy" / "_build.json").exists()
    assert buildinfo.build_info()["build_date"] == "development"


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((INSTALLER / "wage_remedy.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in installer/wage_remedy.spec")


def test_the_app_imports_no_qt_module_that_the_build_leaves_out() -> None:
    # An excluded module the app imports would crash the installed program only (not the tests).
    unused = set(_spec_list("QT_UNUSED"))
    used: dict[str, str] = {}
    for path in sorted([*ROOT.joinpath("ui").rglob("*.py"), *ROOT.joinpath("wage_remedy").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                names = [f"PySide6.{a.name}" for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    used[parts[1]] = f"{path.relative_to(ROOT)}:{node.lineno}"
    clash = {m: where for m, where in used.items() if m in unused}
    assert not clash, f"remove from QT_UNUSED in installer/wage_remedy.spec: {clash}"


def _iss_registry() -> list[dict[str, str]]:
    text = (INSTALLER / "wage_remedy.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))
    section = re.search(r"^\[Registry\]\n(.*?)(?=^\[)", text, re.M | re.S)
    assert section, "no [Registry] section"
    entries = []
    for line in section.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        line = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line)
        fields = {}
        for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line):
            value = value.strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('""', '"')
            fields[key] = value
        entries.append(fields)
    return entries


def test_installer_offers_open_with_for_json_without_taking_over_json() -> None:
    entries = _iss_registry()
    json_keys = [e for e in entries if e["Subkey"].lower().startswith(r"software\classes\.json")]
    # The default program for .json stays the user's: nothing writes .json's default value or
    # its UserChoice; the program only adds itself to .json's OpenWithProgids.
    assert json_keys, "no .json entry"
    for e in json_keys:
        assert e["Subkey"].lower() == r"software\classes\.json\openwithprogids", e
        assert e.get("ValueName"), e
        assert "uninsdeletevalue" in e.get("Flags", ""), e
    progid = json_keys[0]["ValueName"]
    command = [e for e in entries if e["Subkey"] == rf"Software\Classes\{progid}\shell\open\command"]
    assert command and command[0]["ValueData"] == '"{app}\\wage-remedy.exe" "%1"'


def test_uninstall_removes_every_registry_entry() -> None:
    entries = _iss_registry()
    removed = [e["Subkey"].lower() for e in entries if "uninsdeletekey" in e.get("Flags", "")]
    for e in entries:
        key = e["Subkey"].lower()
        covered = "uninsdeletevalue" in e.get("Flags", "") or any(
            key == k or key.startswith(k + "\\") for k in removed)
        assert covered, f"not removed on uninstall: {e}"


def test_installer_packs_the_executable_the_build_makes() -> None:
    spec = (INSTALLER / "wage_remedy.spec").read_text(encoding="utf-8")
    iss = (INSTALLER / "wage_remedy.iss").read_text(encoding="utf-8")
    name = re.search(r'^NAME = "([^"]+)"', spec, re.M)
    assert name and f'#define AppExe "{name.group(1)}.exe"' in iss
    assert r"DefaultDirName={autopf}\wage-remedy" in iss


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("script", ["build_linux.sh", "smoke_test.sh", "ci_build_if_needed.sh"])
def test_shell_scripts_parse(script: str) -> None:
    proc = subprocess.run(["bash", "-n", str(INSTALLER / script)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def _entry_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wage_remedy_entry", INSTALLER / "entry.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_startup_probe_ends_the_event_loop_once_a_window_is_shown(
        qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMainWindow

    monkeypatch.setattr(QApplication, "exec", QApplication.exec)  # restored after the test
    monkeypatch.setenv("WAGE_REMEDY_STARTUP_PROBE", "1")
    monkeypatch.setenv("WAGE_REMEDY_STARTUP_PROBE_TIMEOUT", "20")
    _entry_module().install_startup_probe()
    window = QMainWindow()
    window.setWindowTitle("probe test")
    window.show()
    try:
        assert qapp.exec() == 0
    finally:
        window.close()
    out = capsys.readouterr().out
    assert re.search(r"startup-probe: window shown after \S+ s from process start .*'probe test'", out)


def test_startup_probe_fails_when_no_window_appears(
        qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        w.hide()
    monkeypatch.setattr(QApplication, "exec", QApplication.exec)
    monkeypatch.setenv("WAGE_REMEDY_STARTUP_PROBE_TIMEOUT", "0.2")
    _entry_module().install_startup_probe()
    assert qapp.exec() == 3
    assert "no window shown within 0.2 s" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_process_age_is_measured_from_process_start() -> None:
    # This test process started before the test ran, and not days ago.
    age = _entry_module()._process_age()
    assert age is not None and 0 < age < 24 * 3600


def test_every_package_folder_is_packaged_and_nothing_else() -> None:
    # pyproject.toml lists the packages (the rates/ folder is mapped to wage_remedy_rates there):
    # a package folder left out would be missing from the wheel and the installed program.
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setup["package-dir"] == {"wage_remedy_rates": "rates", "wage_remedy_ui": "ui/wage_remedy_ui"}
    on_disk = {".".join(p.parent.relative_to(base).parts)
               for base, top in ((ROOT, "wage_remedy"), (ROOT / "ui", "wage_remedy_ui"))
               for p in (base / top).rglob("__init__.py") if "__pycache__" not in p.parts}
    assert (ROOT / "rates" / "__init__.py").is_file()
    assert set(setup["packages"]) == on_disk | {"wage_remedy_rates"}
    assert not (ROOT / "setup.py").exists()  # pyproject.toml only
