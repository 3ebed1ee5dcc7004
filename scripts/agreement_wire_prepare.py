"""Write blank skeletons for a second, blind annotation of some wire stories (`fixtures/agreement-wire/`).

Example: python scripts/agreement_wire_prepare.py

Eight dev and eight held-out stories are drawn with a fixed seed from the wire gold
(`fixtures/gold-wire/`); each skeleton is cut by the same splitter as the first annotation and
names it in `first_annotation`, so `scripts/agreement.py fixtures/agreement-wire` compares the two
sentence by sentence. A second annotation scores no tool and tunes nothing: the annotators never
see the first annotation or the tool's output. An existing skeleton is never overwritten.
"""
import json
import random
from pathlib import Path

from gold_prepare import skeleton

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold-wire"
TARGET = ROOT / "fixtures" / "agreement-wire"
SEED = 1301


def main():
    drawn = []
    for split in ("dev", "heldout"):
        files = sorted(GOLD.glob(f"{split}/*.json"))
        drawn += random.Random(SEED).sample(files, 8)
    TARGET.mkdir(parents=True, exist_ok=True)
    for file in drawn:
        first = json.loads(file.read_text(encoding="utf-8"))
        target = TARGET / file.name
        if target.exists():
            continue
        text = (ROOT / first["origin"]).read_text(encoding="utf-8")
        record = skeleton(first["id"], first["origin"], text, "agreement")
        assert [(s["start"], s["end"]) for s in record["sentences"]] == \
            [(s["start"], s["end"]) for s in first["sentences"]], file
        record["first_annotation"] = str(file.relative_to(ROOT))
        target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target.relative_to(ROOT)} ({len(record['sentences'])} sentences, first: {record['first_annotation']})")


if __name__ == "__main__":
    main()
