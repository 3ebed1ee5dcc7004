"""Where the shipped data lives: `rules/`, `reports/` and `verify/data/`.

Example:
    >>> resource_dir("rules").name
    'rules'

In an installed wheel, `rules/` and `reports/` sit inside the package (`verify/rules`); in a
source checkout they sit at the top level beside `verify/`, where editors find them.
"""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the directory `name` (`rules` or `reports`), installed copy first."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ is missing from the installation; reinstall verify")


DATA_DIR = PACKAGE_DIR / "data"
