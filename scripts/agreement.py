"""Agreement between two independent annotations of the same articles.

Example: python scripts/agreement.py fixtures/agreement

Each file in the folder is a second annotation, written blind, of the gold file named in its
`first_annotation`. Both were cut into the same sentences, so they are compared sentence by
sentence with the scorer's own rules for names (`verify.evaluate`): F1 of the second against the
first (symmetric for these tasks up to swapping precision and recall) and Cohen's kappa for the
yes/no decisions. The figures bound what any tool can reach against this gold.
"""
import json
import sys
from pathlib import Path

from verify.evaluate import Counts, _binary, _same_name
from verify.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


def same_name(a: str, b: str, rules) -> bool:
    """The scorer's name match (`verify.evaluate._same_name`), with unnamed sources matching only each other."""
    if a == "(unnamed)" or b == "(unnamed)":
        return a == b
    return _same_name(a, b, rules)


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main(folder: str) -> None:
    rules = load_rules()
    counts = {task: Counts() for task in ("attributed", "source", "hedged", "numbers", "counted", "boilerplate")}
    attributed_pairs, hedged_pairs = [], []
    files = sorted(Path(folder).glob("*.json"))
    done = 0
    for file in files:
        second = json.loads(file.read_text(encoding="utf-8"))
        if not second.get("annotator"):
            continue
        first = json.loads((ROOT / second["first_annotation"]).read_text(encoding="utf-8"))
        done += 1
        for a, b in zip(first["sentences"], second["sentences"]):
            assert (a["start"], a["end"]) == (b["start"], b["end"]), file
            _binary(counts["boilerplate"], a["boilerplate"], b["boilerplate"])
            if a["boilerplate"] or b["boilerplate"]:
                continue
            _binary(counts["attributed"], a["source"] is not None, b["source"] is not None)
            attributed_pairs.append((a["source"] is not None, b["source"] is not None))
            if a["source"] and b["source"] and same_name(a["source"], b["source"], rules):
                counts["source"].tp += 1
            else:
                counts["source"].fn += a["source"] is not None
                counts["source"].fp += b["source"] is not None
            _binary(counts["hedged"], bool(a["hedged"]), bool(b["hedged"]))
            hedged_pairs.append((bool(a["hedged"]), bool(b["hedged"])))
            remaining = list(b["numbers"])
            for number in a["numbers"]:
                hit = next((m for m in remaining if m["text"] == number["text"]), None)
                if hit is None:
                    counts["numbers"].fn += 1
                    counts["counted"].fn += bool(number.get("counted"))
                    continue
                remaining.remove(hit)
                counts["numbers"].tp += 1
                if number.get("counted") and hit.get("counted") and number["counted"].lower() == hit["counted"].lower():
                    counts["counted"].tp += 1
                else:
                    counts["counted"].fn += bool(number.get("counted"))
                    counts["counted"].fp += bool(hit.get("counted"))
            counts["numbers"].fp += len(remaining)
            counts["counted"].fp += sum(bool(m.get("counted")) for m in remaining)
    print(f"{done} articles annotated twice ({folder})")
    for task, c in counts.items():
        p, r, f = c.scores()
        print(f"  {task:<12} F1 {f:.3f}  (second vs first: P {p:.3f} R {r:.3f}; tp {c.tp} fp {c.fp} fn {c.fn})")
    print(f"  kappa attributed {kappa(attributed_pairs):.3f}, hedged {kappa(hedged_pairs):.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "fixtures" / "agreement"))
