"""The wheel holds every subpackage: pyproject.toml lists them by hand (the rules ship inside as
checker.rules), so a new folder under checker/ must be listed too."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_in_the_wheel():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "checker").rglob("__init__.py")
    }
    assert found - listed == set()
