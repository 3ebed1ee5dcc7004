"""Write blank gold skeletons for the wire stories in `fixtures/wire/` (see its README).

Example: python scripts/wire_prepare.py

The stories are not FA-KES: they keep their punctuation and come from many house styles and
conflicts, so they measure the rules on text unlike the corpus they were written from. The
ninth session's eight stories (`qa_*`) were read while fixing rules and go to `dev`; each later
batch is split in two by its own fixed seed before anyone reads the tool's output on it: half to
`dev`, half to `heldout` (never read while tuning). The tenth session's 32 (`b1_*` .. `b4_*`) and
the eleventh session's two batches of 24 (`b5_*` .. `b7_*`, then `b8_*` .. `b10_*`) and the
twelfth session's 24 (`b11_*` .. `b13_*`) and the thirteenth session's three batches of 24 (`b14_*` .. `b16_*`,
`b17_*` .. `b19_*`, `b20_*` .. `b22_*`), and each later batch of 24 (`BATCHES` below: up to the eighteenth
session's `b74_*` .. `b76_*` and the twentieth session's `b77_*` .. `b79_*`, `b80_*` .. `b82_*` and `b83_*` .. `b85_*`, the twenty-first session's `b86_*` .. `b88_*`) are drawn separately, so adding a batch never moves a story already split. Sentences are cut by the same
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


# Each batch of stories: the prefixes of its files and the seed that splits it.
BATCHES = [
    (("b1_", "b2_", "b3_", "b4_"), 2610),
    (("b5_", "b6_", "b7_"), 1201),
    (("b8_", "b9_", "b10_"), 1202),
    (("b11_", "b12_", "b13_"), 1203),
    (("b14_", "b15_", "b16_"), 1204),
    (("b17_", "b18_", "b19_"), 1205),
    (("b20_", "b21_", "b22_"), 1206),
    (("b23_", "b24_", "b25_"), 1207),
    (("b26_", "b27_", "b28_"), 1208),
    (("b29_", "b30_", "b31_"), 1209),
    (("b32_", "b33_", "b34_"), 1210),
    (("b35_", "b36_", "b37_"), 1211),
    (("b38_", "b39_", "b40_"), 1212),
    (("b41_", "b42_", "b43_"), 1213),
    (("b44_", "b45_", "b46_"), 1214),
    (("b47_", "b48_", "b49_"), 1215),
    (("b50_", "b51_", "b52_"), 1216),
    (("b53_", "b54_", "b55_"), 1217),
    (("b56_", "b57_", "b58_"), 1218),
    (("b59_", "b60_", "b61_"), 1219),
    (("b62_", "b63_", "b64_"), 1220),
    (("b65_", "b66_", "b67_"), 1221),
    (("b68_", "b69_", "b70_"), 1222),
    (("b71_", "b72_", "b73_"), 1223),
    (("b74_", "b75_", "b76_"), 1224),
    (("b77_", "b78_", "b79_"), 1225),
    (("b80_", "b81_", "b82_"), 1226),
    (("b83_", "b84_", "b85_"), 1227),
    (("b86_", "b87_", "b88_"), 1228),
]


def held_out(stories):
    """The stories drawn for `heldout`: half of each batch, by the batch's seed."""
    held = set()
    for prefixes, seed in BATCHES:
        drawn = [p for p in stories if p.name.startswith(prefixes)]
        random.Random(seed).shuffle(drawn)
        held.update(drawn[: len(drawn) // 2])
    return held


def main():
    stories = sorted(WIRE.glob("*.txt"))
    held = held_out(stories)
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
