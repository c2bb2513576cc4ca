"""The rates are found by an installed wheel, not only from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_and_finds_the_rates(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels), str(ROOT)], check=True)
    wheel = next(wheels.glob("wage_remedy-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "wage_remedy_rates/be/national-minimum.yaml" in names
    assert "wage_remedy/demo/brasserie-de-kaai.json" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                    str(wheel)], check=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import wage_remedy, wage_remedy_rates; from wage_remedy.law.catalogue import load_catalogue; "
            "c = load_catalogue(); print(wage_remedy.__file__); print(c.root); "
            "print(c.value('be/national-minimum', __import__('datetime').date(2025, 2, 1), '18+0').value)")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    assert out[0].startswith(str(target)) and out[1].startswith(str(target))
    assert out[2] == "2111.89"
