"""Write blank gold skeletons for the wire stories in `fixtures/wire/` (see its README).

Example: python scripts/wire_prepare.py

The stories are not FA-KES: they keep their punctuation and come from many house styles and
conflicts, so they measure the rules on text unlike the corpus they were written from. The
ninth session's eight stories (`qa_*`) were read while fixing rules and go to `dev`; the tenth
session's 32 (`b*_*`) are split in two by a fixed seed before anyone reads the tool's output on
them: half to `dev`, half to `heldout` (never read while tuning). Sentences are cut by the same
plain splitter as the FA-KES gold (`gold_prepare.split`), independent of `verify`'s own. An
existing skeleton is never overwritten.
"""
import json
import random
from pathlib import Path

from gold_prepare import skeleton

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "fixtures" / "wire"
GOLD = ROOT / "fixtures" / "gold-wire"


def main():
    stories = sorted(WIRE.glob("*.txt"))
    drawn = [p for p in stories if not p.name.startswith("qa_")]
    random.Random(2610).shuffle(drawn)
    held = set(drawn[: len(drawn) // 2])
    for path in stories:
        split = "heldout" if path in held else "dev"
        target = GOLD / split / f"{path.stem}.json"
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        record = skeleton(path.stem, f"fixtures/wire/{path.name}", text, split)
        target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{split}: {target.relative_to(ROOT)} ({len(record['sentences'])} sentences)")


if __name__ == "__main__":
    main()
