"""Shared pytest options.

`--update-golden` rewrites the regression snapshots in tests/golden/ from the tool's current
output instead of comparing against them (see tests/golden/README.md).
"""
import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite tests/golden/*.json from the current `verify audit --format json` output",
    )


@pytest.fixture
def update_golden(request):
    """True when the run was asked to rewrite the golden files."""
    return request.config.getoption("--update-golden")
