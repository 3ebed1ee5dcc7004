"""Tests that the built wheel carries its data and works away from the source checkout."""
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))[0]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Build the wheel once (no network: no deps, no build isolation; hatchling is in the venv)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out)], check=True, capture_output=True, text=True, timeout=300)
    [built] = out.glob("verify-*.whl")
    return built


@pytest.fixture(scope="module")
def unzipped(wheel, tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def python_in(site, cwd, *args, stdin=None):
    """Run the interpreter with only the unzipped wheel on PYTHONPATH, from `cwd`."""
    env = {**os.environ, "PYTHONPATH": str(site), "VERIFY_DEBUG": ""}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("member", [
    "verify/schema/audit-1.schema.json",
    "verify/data/punkt.json",
    *(f"verify/rules/{p.name}" for p in sorted((ROOT / "rules").glob("*.jsonl"))),
])
def test_install_wheel_contains_data(wheel, member):
    with zipfile.ZipFile(wheel) as archive:
        assert member in archive.namelist()


def test_install_wheel_rules_are_the_checkout_rules(wheel):
    with zipfile.ZipFile(wheel) as archive:
        for path in sorted((ROOT / "rules").glob("*.jsonl")):
            assert archive.read(f"verify/rules/{path.name}") == path.read_bytes(), path.name


def test_install_wheel_holds_no_tests_or_fixtures(wheel):
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] for name in archive.namelist()}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"verify"}


def test_install_unzipped_wheel_imports_its_own_copy(unzipped, tmp_path):
    result = python_in(unzipped, tmp_path, "-c",
                       "import verify.cli, verify.resources as r; print(verify.cli.__file__); "
                       "print(r.resource_dir('rules')); print(r.DATA_DIR)")
    assert result.returncode == 0, result.stderr
    module, rules, data = map(Path, result.stdout.split())
    for path in (module, rules, data):
        assert path.is_relative_to(unzipped), path
        assert not path.is_relative_to(ROOT), path


def test_install_unzipped_wheel_audits_a_seed(unzipped, tmp_path):
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    result = python_in(unzipped, tmp_path, "-c", "from verify.cli import app; app()",
                       "audit", article.name, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "verify/audit-1"
    [document] = data["documents"]
    assert document["id"] == "article.txt" and len(document["sentences"]) > 5
    check = python_in(unzipped, tmp_path, "-c",
                      "import json, sys; from verify.render import validate; validate(json.load(sys.stdin))",
                      stdin=result.stdout)
    assert check.returncode == 0, check.stderr


def test_install_unzipped_wheel_rules_command(unzipped, tmp_path):
    result = python_in(unzipped, tmp_path, "-c", "from verify.cli import app; app()", "rules")
    assert result.returncode == 0, result.stderr
    assert "all valid" in result.stdout
    listed = [Path(line.strip()) for line in result.stdout.splitlines()[1:] if line.strip()]
    assert listed and all(path.is_relative_to(unzipped) for path in listed)


def test_no_module_binds_a_top_level_name_twice():
    # (fiftieth session) a second `_APPOSED_NAME` in verify/attribution.py silently replaced the first
    # pattern and changed an unrelated reading; a name bound twice at a module's top level is never meant
    import ast
    import collections

    package = Path(__file__).resolve().parent.parent / "verify"
    twice = {}
    for path in sorted(package.glob("*.py")):
        names = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    if isinstance(target, ast.Name):
                        names[target.id] += 1
        repeated = sorted(name for name, count in names.items() if count > 1)
        if repeated:
            twice[path.name] = repeated
    assert twice == {}
