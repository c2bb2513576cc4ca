"""Package discovery: the domain core, the Qt front end, and ``rates/`` shipped as the
``wage_remedy_rates`` package (so an installed wheel or a frozen app finds the rate files)."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["wage_remedy", "wage_remedy.*", "ui", "ui.*"]) + ["wage_remedy_rates"],
    package_dir={"wage_remedy_rates": "rates"},
)
