"""Train the Punkt sentence-splitter parameters shipped in `verify/data/punkt.json`.

Example: python scripts/train_punkt.py   (or: make punkt)

Trains nltk's unsupervised `PunktTrainer` (Kiss & Strunk 2006) on the FA-KES train split and the
seed articles, then stores the learned parameters as plain JSON (never a pickle), so the tool
needs no nltk data download at run time. The result is deterministic for the same input.
"""
import csv
import json
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts():
    with open(ROOT / "fixtures" / "fa-kes-train.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["article_content"]
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def main():
    trainer = PunktTrainer()
    # Only collocations after numbers and initials ("Dec. 25"): with INCLUDE_ALL_COLLOCS every word
    # pair seen once across a stop ("targeted. Obeida") would glue two sentences together.
    trainer.INCLUDE_ALL_COLLOCS = False
    trainer.train("\n\n".join(corpus_texts()), finalize=True)
    params = trainer.get_params()
    data = {
        "trained_on": "FA-KES train split (681 articles) + 5 seed articles",
        # Plain words such as "row" learned as abbreviations would glue "in a row. The" together;
        # keep dotted or short ones and leave named abbreviations to rules/abbreviations.jsonl.
        "abbrev_types": sorted(a for a in params.abbrev_types if "." in a or len(a) <= 2),
        "collocations": sorted([list(pair) for pair in params.collocations]),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": dict(sorted(params.ortho_context.items())),
    }
    out = ROOT / "verify" / "data" / "punkt.json"
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(data['abbrev_types'])} abbreviations, {len(data['collocations'])} collocations, "
          f"{len(data['sent_starters'])} sentence starters, {len(data['ortho_context'])} word types")


if __name__ == "__main__":
    main()
