"""Draw gold articles whose punctuation a person restores by hand, to test the rules on punctuated news.

Example: python scripts/punctuate_prepare.py

FA-KES lost every comma and apostrophe ("Jens Laerke a spokesman for OCHA said", "Russias
military"), and the rules were written on it; news elsewhere keeps them. This draws 20 dev and 20
held-out gold articles (fixed seed, FA-KES articles only, not the seeds) and writes each one's text,
exactly as FA-KES prints it, to `fixtures/punctuated/todo/<split>/<id>.txt`. A person then adds the
commas and apostrophes a copy editor would, changing nothing else, and
`scripts/punctuate_build.py` checks that and builds the punctuated gold. Nobody who punctuates sees
the tool's output; the held-out articles stay held out (scored, never tuned on).
"""
import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold"
OUT = ROOT / "fixtures" / "punctuated" / "todo"
PER_SPLIT = 20


def main() -> None:
    rows = {row["unit_id"]: row for row in csv.DictReader(open(ROOT / "fixtures" / "fa-kes-train.csv", encoding="utf-8"))}
    rng = random.Random(20261201)
    for split in ("dev", "heldout"):
        ids = sorted(json.loads(p.read_text(encoding="utf-8"))["id"] for p in (GOLD / split).glob("*.json"))
        ids = [i for i in ids if i in rows]
        chosen = sorted(rng.sample(ids, PER_SPLIT))
        (OUT / split).mkdir(parents=True, exist_ok=True)
        for doc_id in chosen:
            (OUT / split / f"{doc_id}.txt").write_text(rows[doc_id]["article_content"], encoding="utf-8")
        print(split, " ".join(chosen))


if __name__ == "__main__":
    main()
