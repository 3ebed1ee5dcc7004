"""Score two versions of verify on the same gold, with paired bootstrap intervals of their difference.

Example:
    python scripts/heldout_compare.py c091db6 .                 # a session's start against the working tree
    python scripts/heldout_compare.py c091db6 . --scoring-rules /tmp/start/rules   # the start's registry scores

Each version (a git revision, checked out into a temporary worktree, or a directory holding a
checkout, "." for this one) audits every gold document in a fresh process, with its own code, rules
and models, twice: with the rules alone and with its shipped models. Both versions' audits are then
scored by this checkout's `verify.evaluate` (and rules, or those of --scoring-rules), so a change of
the scoring itself (a registry alias that makes two names one source) is measured apart from a change
of what the tool says: score the first version with its own rules' directory as --scoring-rules, then
with these. Prints, per gold and mode, each task's F1 for both and the 95 % paired bootstrap interval of
the second minus the first (1,000 samples of whole articles, fixed seed: the same articles drawn for
both). By default the gold is the two held-out golds: read them this way only after the last change
of the rules, never to choose one. A measurement, not a test.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_compare import outputs_of, run_pruning  # noqa: E402  (the speed comparison's worktrees)

GOLDS = [ROOT / "fixtures" / "gold" / "heldout", ROOT / "fixtures" / "gold-wire" / "heldout"]
TASKS = ("attributed", "source", "via", "hedged", "numbers", "counted")

# run in a fresh interpreter (`outputs_of`) with the version's directory first on the path: audit each gold
# document with the rules alone and with the shipped models, and pickle the audits
DUMP = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
import verify
assert verify.__file__.startswith(sys.argv[1]), verify.__file__
from verify.evaluate import gold_document, load_gold
from verify.learn import Models
from verify.pipeline import audit_document
from verify.rules import load_rules
rules = load_rules()
result = {}
for path in sys.argv[3:]:
    gold = load_gold([path])
    for mode, models in (("rules alone", Models()), ("rules + models", None)):
        result[(path, mode)] = [(g, audit_document(gold_document(f, g), rules=rules, models=models)) for f, g in gold]
with open(sys.argv[2], "wb") as out:
    pickle.dump(result, out)
"""


def reports(dump: Path, rules) -> dict:
    """Each (gold, mode)'s `Report`, scored by this checkout's evaluation."""
    from verify.evaluate import Report, score_document
    with dump.open("rb") as handle:
        audits = pickle.load(handle)
    out = {}
    for key, pairs in audits.items():
        report = Report()
        for gold, audited in pairs:
            score_document(gold, audited, rules=rules, report=report)
        out[key] = report
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", help="git revision or checkout directory ('.' for this one)")
    parser.add_argument("second", help="git revision or checkout directory ('.' for this one)")
    parser.add_argument("--gold", action="append", type=Path, help="gold directory (repeatable; default both held-out golds)")
    parser.add_argument("--scoring-rules", type=Path, help="rule directory to score with (default: this checkout's)")
    args = parser.parse_args()
    golds = [path.resolve() for path in (args.gold or GOLDS)]
    for path in golds:
        if not path.is_dir():
            print(f"error: {path}: no such gold directory", file=sys.stderr)
            return 2
    from verify.errors import VerifyError
    from verify.rules import load_rules
    try:
        rules = load_rules(args.scoring_rules)
    except VerifyError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="verify-heldout-") as scratch:
        dumps = outputs_of((args.first, args.second), DUMP, golds, Path(scratch), doing="audit the gold",
                           suffix=".pickle")
        if dumps is None:
            return 2
        scored = [reports(dump, rules) for dump in dumps]
    first, second = scored
    for key in first:
        a, b = first[key], second[key]
        print(f"{Path(key[0]).relative_to(ROOT) if Path(key[0]).is_relative_to(ROOT) else key[0]}, {key[1]} "
              f"({a.documents} documents)")
        difference = b.difference(a)
        for task in TASKS:
            if task not in difference:
                continue
            low, high = difference[task]
            print(f"  {task:10} {a.counts[task].scores()[2]:.3f} -> {b.counts[task].scores()[2]:.3f}"
                  f"   paired 95 %: {low:+.3f} to {high:+.3f}")
        print(f"  {'kind':10} {a.kind_macro_f1():.3f} -> {b.kind_macro_f1():.3f}")
    return 0


if __name__ == "__main__":
    run_pruning(main)
