"""List the sentences whose attribution or hedge level two versions of verify read differently.

Example:
    python scripts/output_compare.py HEAD .                 # the working tree's side effects
    python scripts/output_compare.py c091db6 . --models     # with the shipped models too

How each rule change of this project is checked for side effects: each version (a git revision,
checked out into a temporary worktree, or a directory holding a checkout, "." for this one) audits
the same corpora in a fresh process, with its own code and rules and, by default, the rules alone;
every sentence whose source, source type, relay chain, speaker or hedge level differs is printed with
both readings, then the count. Default corpora: the FA-KES train split and the wire stories of
this checkout (fixtures/fa-kes-train.csv, fixtures/wire). The wire stories and the train split hold
the held-out golds' texts: read the differences for side effects, never to write a rule from. A
byte-identical reading of both corpora means every held-out figure stands. A check, not a test.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_compare import outputs_of, run_pruning  # noqa: E402  (the speed comparison's worktrees)

CORPORA = [ROOT / "fixtures" / "fa-kes-train.csv", ROOT / "fixtures" / "wire"]

# run in a fresh interpreter (`outputs_of`) with the version's directory first on the path: one line of JSON per
# sentence, (document, index, text, reading)
READ = """
import json, sys
sys.path.insert(0, sys.argv[1])
import verify
assert verify.__file__.startswith(sys.argv[1]), verify.__file__
from verify.learn import Models
from verify.pipeline import audit_paths
from verify.records import ReadFailure
models = None if sys.argv[3] == "models" else Models()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for audited in audit_paths(sys.argv[4:], models=models, jobs=1):
        if isinstance(audited, ReadFailure):
            continue
        for sentence in audited.sentences:
            a = sentence.attribution
            reading = None if a is None else [a.source, a.source_type, list(a.via), a.speaker]
            out.write(json.dumps([audited.document.id, sentence.index, sentence.text, reading,
                                  sentence.hedge.level]) + "\\n")
"""


def readings(lines: Path) -> dict:
    out = {}
    with lines.open(encoding="utf-8") as handle:
        for line in handle:
            document, index, text, reading, hedge = json.loads(line)
            out[(document, index)] = (text, reading, hedge)
    return out


def heldout_ids() -> set[str]:
    """The ids of the stories the held-out golds annotate (FA-KES unit ids, wire file stems)."""
    return {json.loads(path.read_text(encoding="utf-8"))["id"]
            for path in ROOT.glob("fixtures/gold*/heldout/*.json")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", help="git revision or checkout directory ('.' for this one)")
    parser.add_argument("second", help="git revision or checkout directory ('.' for this one)")
    parser.add_argument("--corpus", action="append", type=Path,
                        help="file or directory to read (repeatable; default the train split and the wire stories)")
    parser.add_argument("--models", action="store_true", help="read with the shipped models too, not the rules alone")
    parser.add_argument("--hide-heldout", action="store_true",
                        help="count the held-out golds' stories but print only the others' differences")
    args = parser.parse_args()
    corpora = [path.resolve() for path in (args.corpus or CORPORA)]
    for path in corpora:
        if not path.exists():
            print(f"error: {path}: no such file or directory", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="verify-output-") as scratch:
        lines = outputs_of((args.first, args.second), READ, ["models" if args.models else "rules", *corpora],
                           Path(scratch), doing="read the corpora", suffix=".jsonl")
        if lines is None:
            return 2
        read = [readings(path) for path in lines]
    first, second = read
    hidden = heldout_ids() if args.hide_heldout else set()
    differ = unseen = 0
    for key in sorted(set(first) & set(second), key=lambda k: (str(k[0]), k[1])):
        if first[key][1:] != second[key][1:]:
            differ += 1
            if Path(str(key[0])).stem in hidden:
                unseen += 1
                continue
            print(f"{key[0]} #{key[1]}: {first[key][0][:160]}")
            print(f"   {args.first}: {first[key][1]} hedge {first[key][2]}")
            print(f"   {args.second}: {second[key][1]} hedge {second[key][2]}")
    unmatched = len(set(first) ^ set(second))
    print(f"{differ} sentences read differently" + (f" ({unseen} in held-out stories, not shown)" if hidden else "")
          + (f"; {unmatched} sentences in one version only" if unmatched else ""))
    return 0


if __name__ == "__main__":
    run_pruning(main)
