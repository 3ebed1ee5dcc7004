"""Compare the audit speed of two or more versions of verify in the same minutes.

Example:
    python scripts/bench_compare.py 174f901 HEAD            # two commits, three rounds each
    python scripts/bench_compare.py 174f901 . --rounds 5    # a commit against the working tree
    python scripts/bench_compare.py 7d0a9ac . --instructions  # a cold audit's instructions, by valgrind

This machine's speed changes through the day (the eighth session's code audited the FA-KES train
split at 332–342 documents/s one day and at 104–109 on another), so a figure is only comparable
with figures taken in the same minutes. Each version (a git revision, checked out into a temporary
worktree, or a directory holding a checkout, "." for this one) audits fixtures/fa-kes-train.csv of
this checkout in a fresh process, with its own rules and models, after a warm-up on the seed
articles; the versions take turns, round after round. Prints every run and, per version, the best
and the median documents per second. A measurement, not a test.

With --instructions it counts instead the machine instructions of a cold `verify audit` of one seed
article (table output) in each version, under valgrind's callgrind: a count that repeats from run
to run whatever else the machine is doing, where the wall time of one cold run moved between 0.8
and 1.3 s within minutes here. Bytecode is written and read as usual (a warm-up run first).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "fa-kes-train.csv"

# run in a fresh interpreter with the version's directory first on the path
RUN = """
import sys, time
sys.path.insert(0, sys.argv[1])
import verify
assert verify.__file__.startswith(sys.argv[1]), verify.__file__
from verify.pipeline import audit_paths
from verify.rules import load_rules
rules = load_rules()
for _ in audit_paths([sys.argv[1] + "/fixtures/seeds"], rules=rules, jobs=1):
    pass
started = time.perf_counter()
documents = sum(1 for _ in audit_paths([sys.argv[2]], rules=rules, jobs=1))
print(documents, time.perf_counter() - started)
"""

# a cold `verify audit` of one article, as the console script runs it
COLD = """
import sys
sys.path.insert(0, sys.argv[1])
sys.argv = ["verify", "audit", sys.argv[2]]
from verify.cli import run
sys.exit(run())
"""
SEED = ROOT / "fixtures" / "seeds" / "000_c4b5080489d27d06.txt"


def checkout(version: str, into: Path) -> Path:
    """The directory holding `version`: itself when it is a checkout, else a new worktree of it."""
    path = Path(version)
    if (path / "verify" / "pipeline.py").is_file():
        return path.resolve()
    target = into / version.replace("/", "_")
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(target), version],
                   check=True, capture_output=True, text=True)
    return target


def outputs_of(versions, program: str, arguments, scratch: Path, *, doing: str, suffix: str) -> list[Path] | None:
    """Check out each version into `scratch` and run `program` (a `python -c` text) in a fresh
    interpreter with the version's directory, a new output file and `arguments`: the output files in
    the versions' order, or None after a one-line error on standard error (what failed, and how)."""
    outputs = []
    for version in versions:
        try:
            directory = checkout(version, scratch)
        except subprocess.CalledProcessError as error:
            print(f"error: cannot check out {version!r}: {error.stderr.strip()}", file=sys.stderr)
            return None
        output = scratch / f"{len(outputs)}{suffix}"
        done = subprocess.run([sys.executable, "-c", program, str(directory), str(output), *map(str, arguments)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            print(f"error: {version} could not {doing}: {last}", file=sys.stderr)
            return None
        outputs.append(output)
    return outputs


def prune_worktrees() -> None:
    """Forget the worktrees whose temporary directories are gone."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], capture_output=True)


def run_pruning(main) -> None:
    """Exit with what a comparison script's `main` returns, forgetting its worktrees afterwards."""
    try:
        sys.exit(main())
    finally:
        prune_worktrees()


def instructions(directory: Path) -> int:
    """The instructions a cold audit of the seed article executes with the code in `directory`."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-c", COLD, str(directory), str(SEED)]
    subprocess.run(command, capture_output=True, env=environment, check=True)   # writes the bytecode
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                          capture_output=True, text=True, env=environment, check=True)
    return int(re.search(r"Collected\s*:\s*(\d+)", done.stderr).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("versions", nargs="+", help="git revisions or checkout directories ('.' for this one)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per version, taken in turns")
    parser.add_argument("--instructions", action="store_true",
                        help="count a cold audit's instructions under valgrind instead of timing the corpus")
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        print("error: --instructions needs valgrind (Debian's package valgrind)", file=sys.stderr)
        return 2
    rates: dict[str, list[float]] = {version: [] for version in args.versions}
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as scratch:
        directories = {}
        try:
            for version in args.versions:
                try:
                    directories[version] = checkout(version, Path(scratch))
                except subprocess.CalledProcessError as error:
                    print(f"error: cannot check out {version!r}: {error.stderr.strip()}", file=sys.stderr)
                    return 2
            if args.instructions:
                for version, directory in directories.items():
                    try:
                        count = instructions(directory)
                    except (subprocess.CalledProcessError, AttributeError):
                        print(f"error: {version} could not audit the seed article under valgrind", file=sys.stderr)
                        return 2
                    print(f"{version}: a cold audit of {SEED.name}: {count / 1e9:.3f} billion instructions",
                          flush=True)
                return 0
            for round_ in range(1, args.rounds + 1):
                for version, directory in directories.items():
                    done = subprocess.run([sys.executable, "-c", RUN, str(directory), str(CORPUS)],
                                          capture_output=True, text=True)
                    if done.returncode != 0:
                        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
                        print(f"error: {version} could not audit the corpus: {last}", file=sys.stderr)
                        return 2
                    documents, seconds = done.stdout.split()
                    rates[version].append(int(documents) / float(seconds))
                    print(f"round {round_}: {version}: {documents} documents in {float(seconds):.2f} s, "
                          f"{rates[version][-1]:.0f} documents/s", flush=True)
        finally:
            for version, directory in directories.items():
                if Path(scratch) in directory.parents:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(directory)],
                                   capture_output=True)
    for version, values in rates.items():
        print(f"{version}: best {max(values):.0f}, median {statistics.median(values):.0f} documents/s "
              f"over {len(values)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
